//! What a login keeps between runs (tokens, the instance, how to renew): one JSON file per
//! login under the data directory, written atomically and readable by the owner only (0600).
//! Each connector has its own record type; this is the one place that reads and writes them.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Why a stored login could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the stored login in {path} is damaged: {reason}")]
    Damaged { path: String, reason: String },
    #[error("cannot read {path}: {reason}")]
    Read { path: String, reason: String },
    #[error("cannot store the login in {path}: {reason}")]
    Write { path: String, reason: String },
}

impl crate::error::ExitClass for StoreError {
    fn exit_kind(&self) -> crate::error::ExitKind {
        crate::error::ExitKind::Config
    }
}

/// The record at `path`, or `None` when nothing was stored yet.
pub fn load<T: DeserializeOwned>(path: &Path) -> Result<Option<T>, StoreError> {
    match std::fs::read(path) {
        Ok(b) => serde_json::from_slice(&b)
            .map(Some)
            .map_err(|e| StoreError::Damaged {
                path: path.display().to_string(),
                reason: e.to_string(),
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::Read {
            path: path.display().to_string(),
            reason: e.to_string(),
        }),
    }
}

/// Replace the record at `path` (0600, atomically).
pub fn save<T: Serialize>(path: &Path, record: &T) -> Result<(), StoreError> {
    let body = serde_json::to_vec_pretty(record).expect("a stored login serializes");
    crate::files::write_atomic(path, &body, crate::files::Access::Private).map_err(|e| {
        StoreError::Write {
            path: path.display().to_string(),
            reason: e.to_string(),
        }
    })
}
