//! Where data goes: stdout, or a file written atomically (temp file + rename) so that a
//! cron reader never sees half a file and a failed run leaves the previous file in place.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

pub struct Sink {
    inner: BufWriter<Box<dyn Write + Send>>,
    target: Option<Target>,
}

struct Target {
    temp: PathBuf,
    dest: PathBuf,
}

impl Sink {
    pub fn stdout() -> Sink {
        Sink {
            inner: BufWriter::with_capacity(64 * 1024, Box::new(io::stdout())),
            target: None,
        }
    }

    /// A temp file beside `dest`, renamed onto it by `commit`.
    pub fn file(dest: &Path) -> io::Result<Sink> {
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = dest
            .file_name()
            .ok_or_else(|| io::Error::other("output path has no file name"))?;
        let temp = dir.join(format!(
            ".{}.{}.tmp",
            name.to_string_lossy(),
            std::process::id()
        ));
        let file = File::create(&temp)?;
        Ok(Sink {
            inner: BufWriter::with_capacity(64 * 1024, Box::new(file)),
            target: Some(Target {
                temp,
                dest: dest.to_path_buf(),
            }),
        })
    }

    /// Flush and, for a file, move it into place. Without this the temp file is removed.
    pub fn commit(mut self) -> io::Result<()> {
        self.inner.flush()?;
        if let Some(t) = self.target.take() {
            let file = std::mem::replace(self.inner.get_mut(), Box::new(io::sink()));
            drop(file);
            std::fs::rename(&t.temp, &t.dest)?;
        }
        Ok(())
    }
}

impl Sink {
    /// Flush and, for a file, move it to `<dest>.partial` instead of onto `dest`, so an
    /// incomplete result never replaces a complete one. Returns where it went.
    pub fn commit_partial(mut self) -> io::Result<Option<PathBuf>> {
        self.inner.flush()?;
        let Some(t) = self.target.take() else {
            return Ok(None);
        };
        let file = std::mem::replace(self.inner.get_mut(), Box::new(io::sink()));
        drop(file);
        let mut name = t.dest.into_os_string();
        name.push(".partial");
        let dest = PathBuf::from(name);
        std::fs::rename(&t.temp, &dest)?;
        Ok(Some(dest))
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.inner.write_all(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        if let Some(t) = &self.target {
            let _ = std::fs::remove_file(&t.temp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_appears_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.csv");
        std::fs::write(&dest, "old").unwrap();
        let mut s = Sink::file(&dest).unwrap();
        s.write_all(b"new").unwrap();
        s.flush().unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old");
        s.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn dropped_sink_leaves_old_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.csv");
        std::fs::write(&dest, "old").unwrap();
        {
            let mut s = Sink::file(&dest).unwrap();
            s.write_all(b"partial").unwrap();
        }
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
