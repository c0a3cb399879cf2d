//! One sync per profile and source at a time: an OS file lock beside the cache. The OS
//! releases it when the process dies, so a killed sync never leaves a stale lock behind.

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

pub struct SyncLock {
    _file: File,
    pub path: PathBuf,
}

pub enum LockAttempt {
    Acquired(SyncLock),
    /// Held by another process (its pid, when it wrote one).
    Busy(Option<u32>, File, PathBuf),
}

impl SyncLock {
    pub fn path_for(cache: &Path, source: &str, profile: &str) -> PathBuf {
        let safe = crate::config::safe_file_name(profile);
        let name = format!(
            "{}.{source}-{safe}-{:08x}.lock",
            cache
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "cache".into()),
            fnv32(profile)
        );
        cache.with_file_name(name)
    }

    pub fn try_acquire(path: &Path) -> std::io::Result<LockAttempt> {
        let mut file = crate::files::open_no_follow(path)?;
        match file.try_lock() {
            Ok(()) => {
                file.set_len(0)?;
                file.rewind()?;
                write!(file, "{}", std::process::id())?;
                file.flush()?;
                Ok(LockAttempt::Acquired(SyncLock {
                    _file: file,
                    path: path.to_path_buf(),
                }))
            }
            Err(TryLockError::WouldBlock) => {
                let mut s = String::new();
                let _ = file.read_to_string(&mut s);
                Ok(LockAttempt::Busy(
                    s.trim().parse().ok(),
                    file,
                    path.to_path_buf(),
                ))
            }
            Err(TryLockError::Error(e)) => Err(e),
        }
    }

    /// Block until the holder finishes.
    pub fn wait(file: File, path: PathBuf) -> std::io::Result<SyncLock> {
        file.lock()?;
        let mut file = file;
        file.set_len(0)?;
        file.rewind()?;
        write!(file, "{}", std::process::id())?;
        Ok(SyncLock { _file: file, path })
    }
}

fn fnv32(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}
