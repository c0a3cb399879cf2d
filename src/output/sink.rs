//! Where data goes: stdout, or a file written atomically (temp file + rename) so that a
//! cron reader never sees half a file and a failed run leaves the previous file in place.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::files::{Access, AtomicFile};

pub struct Sink {
    inner: BufWriter<Output>,
}

enum Output {
    Stdout(io::Stdout),
    File(AtomicFile),
}

impl Sink {
    pub fn stdout() -> Sink {
        Sink {
            inner: BufWriter::with_capacity(64 * 1024, Output::Stdout(io::stdout())),
        }
    }

    /// A temp file beside `dest`, renamed onto it by `commit`; see `files` for the modes.
    pub fn file(dest: &Path, access: Access) -> io::Result<Sink> {
        let file = AtomicFile::create(dest, access)?;
        Ok(Sink {
            inner: BufWriter::with_capacity(64 * 1024, Output::File(file)),
        })
    }

    /// Flush and, for a file, sync it and move it into place. Without this the temp file
    /// is removed.
    pub fn commit(self) -> io::Result<()> {
        match self.finish()? {
            Output::File(f) => f.commit(),
            Output::Stdout(_) => Ok(()),
        }
    }

    /// Flush and, for a file, move it to `<dest>.partial` instead of onto `dest`, so an
    /// incomplete result never replaces a complete one. Returns where it went.
    pub fn commit_partial(self) -> io::Result<Option<PathBuf>> {
        match self.finish()? {
            Output::File(f) => {
                let mut name = f.dest().as_os_str().to_owned();
                name.push(".partial");
                let partial = PathBuf::from(name);
                f.commit_as(&partial)?;
                Ok(Some(partial))
            }
            Output::Stdout(_) => Ok(None),
        }
    }

    fn finish(self) -> io::Result<Output> {
        self.inner.into_inner().map_err(|e| e.into_error())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(s) => s.write(buf),
            Output::File(f) => f.file().write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Output::Stdout(s) => s.write_all(buf),
            Output::File(f) => f.file().write_all(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(s) => s.flush(),
            Output::File(f) => f.file().flush(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_appears_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.csv");
        std::fs::write(&dest, "old").unwrap();
        let mut s = Sink::file(&dest, Access::Ordinary).unwrap();
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
            let mut s = Sink::file(&dest, Access::Ordinary).unwrap();
            s.write_all(b"partial").unwrap();
        }
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
