//! The local SQLite cache: opening, schema migrations by `PRAGMA user_version`, jobs and
//! audit rows, and the sync lock. Connections never cross an `.await`: callers use them on a
//! blocking thread or in synchronous commands.

mod jobs;
pub mod ldap;
mod lock;
mod schema;
pub mod sf;
pub mod sso;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use jobs::{
    AUDIT_COLUMNS, AuditFilter, AuditRow, JobCounts, JobRecord, audit_rows, finish_job,
    record_audit, record_job, start_job,
};
pub use lock::{LockAttempt, SyncLock};
pub use schema::{ANALYTICS_KEY_INDEX, SCHEMA_VERSION, migrate};

use crate::error::AppError;

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
}

impl From<CacheError> for AppError {
    fn from(e: CacheError) -> Self {
        match &e {
            CacheError::TooNew { .. } => AppError::failed(e.to_string())
                .with_hint("upgrade atomctl, or point --cache at another file"),
            _ => AppError::failed(e.to_string()),
        }
    }
}

impl Cache {
    /// Open (creating it and its directory if needed) and bring the schema up to date.
    pub fn open(path: &Path) -> Result<Cache, CacheError> {
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
        {
            let _ = std::fs::create_dir_all(dir);
        }
        let wrap = |source| CacheError::Open {
            path: path.display().to_string(),
            source,
        };
        let conn = Connection::open(path).map_err(wrap)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(wrap)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(wrap)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(wrap)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(wrap)?;
        let mut cache = Cache {
            conn,
            path: path.to_path_buf(),
        };
        migrate(&mut cache.conn, path)?;
        Ok(cache)
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
