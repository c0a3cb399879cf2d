//! The local SQLite cache: opening, schema migrations by `PRAGMA user_version`, jobs and
//! audit rows, the sync lock, and the writer every sync stores through. Connections never
//! cross an `.await`: async code reaches the cache only through [`CacheWriter`], whose
//! connection lives on a blocking thread of its own.

pub mod daily;
pub mod events;
pub mod graph;
mod jobs;
pub mod keyed;
pub mod ldap;
mod lock;
pub mod reconcile;
mod schema;
pub mod security;
pub mod sf;
pub mod snow;
pub mod sso;
pub mod teams;
mod writer;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use jobs::{
    AUDIT_COLUMNS, AuditFilter, AuditRow, JobCounts, JobRecord, RunningJob, audit_rows, finish_job,
    record_audit, record_job, start_job,
};
pub use lock::{LockAttempt, SyncLock};
pub use schema::{ANALYTICS_KEY_INDEX, SCHEMA_VERSION, migrate};
pub use writer::{Batches, CacheWriter, Load, Run, WriterStopped};

use crate::error::{AppError, ExitClass, ExitKind};

/// An open cache database.
pub struct Cache {
    pub conn: Connection,
    pub path: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("cannot open the cache at {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error(
        "the cache at {path} has schema version {found}, newer than this atomctl understands ({supported})"
    )]
    TooNew {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
    #[error("cannot start the cache writer: {0}")]
    Thread(String),
    #[error("the cache writer stopped unexpectedly")]
    WriterGone,
    /// A run was rolled back on purpose (the fetch failed or was stopped).
    #[error("the cache run was abandoned")]
    Abandoned,
}

/// A cache that cannot be opened or written is a failure of this machine, never a
/// configuration error.
impl ExitClass for CacheError {
    fn exit_kind(&self) -> ExitKind {
        ExitKind::Failed
    }

    fn hint(&self) -> Option<String> {
        match self {
            CacheError::TooNew { .. } => {
                Some("upgrade atomctl, or point --cache at another file".into())
            }
            CacheError::Open { .. } => Some(
                "check that the cache's directory is writable, or point --cache / ATOMCTL_CACHE elsewhere"
                    .into(),
            ),
            _ => None,
        }
    }
}

impl From<CacheError> for AppError {
    fn from(e: CacheError) -> Self {
        AppError::from_class(e)
    }
}

impl Cache {
    /// Open (creating it and its directory if needed) and bring the schema up to date.
    pub fn open(path: &Path) -> Result<Cache, CacheError> {
        Self::open_with(path, false).map(|(c, _)| c)
    }

    /// Open for the cache writer. A file that does not exist yet is created for a bulk
    /// load: 16 KB pages, and a rollback journal instead of the WAL until the writer closes
    /// (see `writer`). Returns whether the file was created.
    fn open_for_writer(path: &Path) -> Result<(Cache, bool), CacheError> {
        Self::open_with(path, true)
    }

    fn open_with(path: &Path, for_writer: bool) -> Result<(Cache, bool), CacheError> {
        // Failing here is not fatal: opening the database reports the same problem.
        let _ = make_private(path);
        let wrap = |source| CacheError::Open {
            path: path.display().to_string(),
            source,
        };
        // Missing, or empty (a run killed before its first write leaves a file of 0 bytes).
        let fresh = for_writer
            && match std::fs::metadata(path) {
                Ok(m) => m.len() == 0,
                Err(_) => true,
            };
        let conn = Connection::open(path).map_err(wrap)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(wrap)?;
        if fresh {
            // Larger pages: a first full sync of 100,000 users writes about 70 MB, and its
            // index pages split less (about a tenth off the load). Only a new file can take
            // them without a VACUUM.
            conn.pragma_update(None, "page_size", 16384).map_err(wrap)?;
            // A new file has no reader to keep going and no page to protect: a rollback
            // journal writes the load once, where the WAL writes it twice (into the log, then
            // the checkpoint copies it into the file: half a second of a 2.5 s first sync).
            // New pages past the end of the file are not even journaled, and a kill still
            // leaves a hot journal that the next open rolls back.
            conn.pragma_update(None, "journal_mode", "TRUNCATE")
                .map_err(wrap)?;
        } else {
            conn.pragma_update(None, "journal_mode", "WAL")
                .map_err(wrap)?;
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(wrap)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(wrap)?;
        let mut cache = Cache {
            conn,
            path: path.to_path_buf(),
        };
        if first_open_in_process(path) {
            migrate(&mut cache.conn, path)?;
        }
        Ok((cache, fresh))
    }

    /// Open for reading only: `cache sql` can never change anything.
    pub fn open_read_only(path: &Path) -> Result<Cache, AppError> {
        if !path.exists() {
            return Err(AppError::failed(format!("no cache at {}", path.display()))
                .with_hint("run a sync first (e.g. `atomctl ldap sync`), or point --cache / ATOMCTL_CACHE at a cache"));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| {
            AppError::failed(format!("cannot open the cache at {}: {e}", path.display()))
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(|e| AppError::failed(e.to_string()))?;
        conn.pragma_update(None, "query_only", "ON")
            .map_err(|e| AppError::failed(e.to_string()))?;
        Ok(Cache {
            conn,
            path: path.to_path_buf(),
        })
    }
}

/// The cache holds directory data, CRM records, audit rows and SSO state, so it is for its
/// owner only: a directory atomctl creates for it is 0700, a new database file 0600 (SQLite
/// gives its -wal and -shm files the database's mode), and an existing database of ours that
/// group or others can read (an older atomctl made them 0644) is narrowed to 0600. Existing
/// directories are left as they are: `--cache /tmp/x.db` must not change /tmp.
#[cfg(unix)]
fn make_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
        && !dir.exists()
    {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    let created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path);
    match created {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let meta = std::fs::symlink_metadata(path)?;
            // SAFETY: geteuid has no preconditions and cannot fail.
            let me = unsafe { libc::geteuid() };
            if meta.is_file() && meta.uid() == me && meta.permissions().mode() & 0o077 != 0 {
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
            }
            Ok(())
        }
        Err(e) => Err(e),
    }
}

#[cfg(not(unix))]
fn make_private(path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir)?;
    }
    Ok(())
}

/// Migrations run once per cache per process: a later open of the same file finds the
/// schema already current (another process migrating meanwhile would only ever make it newer,
/// which `migrate` refuses on the first open anyway).
fn first_open_in_process(path: &Path) -> bool {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static MIGRATED: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();
    let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    MIGRATED
        .get_or_init(Default::default)
        .lock()
        .map(|mut set| set.insert(key))
        .unwrap_or(true)
}

/// A stored value as JSON: numbers stay numbers, text text, blobs base64 (JSON has no bytes).
pub fn sql_value(v: rusqlite::types::ValueRef<'_>) -> serde_json::Value {
    use rusqlite::types::ValueRef;
    use serde_json::Value;
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null),
        ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => {
            use base64::Engine;
            Value::String(base64::engine::general_purpose::STANDARD.encode(b))
        }
    }
}

/// Now, as RFC 3339 UTC with seconds: the one timestamp format the cache stores.
pub fn now_rfc3339() -> String {
    crate::utc::now()
}
