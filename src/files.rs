//! Files atomctl writes in place of others: `-o` outputs, the config file, stored logins and
//! tokens, SAML keys. Each is written to a temp file with a random name created exclusively
//! beside its destination (a pre-created file or a symlink at that name makes the create
//! fail instead of being written through), synced, renamed onto the destination, and the
//! directory synced, so a reader sees the old file or the whole new one, even after a crash.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Who may read the file that lands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Ordinary output: a file it replaces keeps its mode; a new one gets the usual
    /// `0666 & ~umask`.
    Ordinary,
    /// Secrets and keys: a new file is 0600, and a file it replaces keeps its mode with the
    /// group and other bits cleared; a secret never becomes readable by more people than the
    /// owner, whatever the old file allowed.
    Private,
}

/// A file being written; it replaces its destination only on `commit`, and disappears if
/// dropped before.
pub struct AtomicFile {
    temp: tempfile::NamedTempFile,
    dest: PathBuf,
}

impl AtomicFile {
    pub fn create(dest: &Path, access: Access) -> io::Result<AtomicFile> {
        let dir = parent_dir(dest);
        let name = dest
            .file_name()
            .ok_or_else(|| io::Error::other("the path has no file name"))?;
        if access == Access::Private {
            std::fs::create_dir_all(&dir)?;
        }
        let prefix = format!(".{}.", name.to_string_lossy());
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        #[cfg(unix)]
        builder.permissions(initial_mode(access));
        let temp = builder.tempfile_in(&dir)?;
        keep_mode(temp.as_file(), dest, access)?;
        Ok(AtomicFile {
            temp,
            dest: dest.to_path_buf(),
        })
    }

    pub fn dest(&self) -> &Path {
        &self.dest
    }

    pub fn file(&mut self) -> &mut File {
        self.temp.as_file_mut()
    }

    /// Sync the data, rename onto the destination, sync the directory entry.
    pub fn commit(self) -> io::Result<()> {
        let dest = self.dest.clone();
        self.commit_as(&dest)
    }

    /// As `commit`, under another name (a `.partial` result beside the destination).
    pub fn commit_as(self, dest: &Path) -> io::Result<()> {
        self.temp.as_file().sync_all()?;
        self.temp.persist(dest).map_err(|e| e.error)?;
        sync_dir(&parent_dir(dest))
    }
}

/// Write `bytes` to `dest` atomically.
pub fn write_atomic(dest: &Path, bytes: &[u8], access: Access) -> io::Result<()> {
    let mut f = AtomicFile::create(dest, access)?;
    f.file().write_all(bytes)?;
    f.commit()
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(unix)]
fn initial_mode(access: Access) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    // The mode goes to open(2), so the umask applies as it does to any new file.
    std::fs::Permissions::from_mode(match access {
        Access::Ordinary => 0o666,
        Access::Private => 0o600,
    })
}

/// The new file takes the mode of the file it will replace (set on the open descriptor, so
/// the umask does not narrow it and nothing else can be changed through the name).
#[cfg(unix)]
fn keep_mode(temp: &File, dest: &Path, access: Access) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let old = match std::fs::metadata(dest) {
        Ok(m) if m.is_file() => m.permissions().mode() & 0o7777,
        _ => return Ok(()),
    };
    let mode = match access {
        Access::Ordinary => old,
        Access::Private => old & !0o077,
    };
    temp.set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn keep_mode(_: &File, _: &Path, _: Access) -> io::Result<()> {
    Ok(())
}

/// A rename is durable once the directory that holds it is synced.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_: &Path) -> io::Result<()> {
    Ok(())
}

/// Open (creating if needed) a file that must be a regular file at that very name: a symlink
/// there makes the open fail instead of redirecting it (lock files beside the cache).
pub fn open_no_follow(path: &Path) -> io::Result<File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.create(true).truncate(false).read(true).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    opts.open(path)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_replaced_file_keeps_its_mode_and_a_new_secret_is_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.csv");
        std::fs::write(&out, "old").unwrap();
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&out, b"new", Access::Ordinary).unwrap();
        assert_eq!(mode(&out), 0o640);
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");

        let key = dir.path().join("sp.key");
        write_atomic(&key, b"k", Access::Private).unwrap();
        assert_eq!(mode(&key), 0o600);
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_atomic(&key, b"k2", Access::Private).unwrap();
        assert_eq!(mode(&key), 0o600, "a secret never stays readable by others");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn a_file_or_symlink_planted_at_the_old_temp_name_is_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("sp.key");
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "untouched").unwrap();
        // The names an older atomctl used, and a whole family of pid guesses.
        for pid in [std::process::id(), 1, 2, 3] {
            let planted = dir.path().join(format!(".sp.key.{pid}.tmp"));
            std::os::unix::fs::symlink(&victim, &planted).unwrap();
        }
        write_atomic(&key, b"secret", Access::Private).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
        assert_eq!(std::fs::read_to_string(&key).unwrap(), "secret");
        assert_eq!(mode(&key), 0o600);
        assert!(std::fs::symlink_metadata(&key).unwrap().is_file());
    }

    #[test]
    fn a_lock_path_that_is_a_symlink_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "untouched").unwrap();
        let lock = dir.path().join("x.lock");
        std::os::unix::fs::symlink(&victim, &lock).unwrap();
        assert!(open_no_follow(&lock).is_err());
        assert!(open_no_follow(&dir.path().join("y.lock")).is_ok());
    }
}
