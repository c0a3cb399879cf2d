//! `jobs` rows (what ran, when, how long, counts, outcome) and `audit` rows (who ran what
//! against which system with which profile).

use rusqlite::{Connection, params};

use super::now_rfc3339;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct JobCounts {
    pub added: u64,
    pub modified: u64,
    pub deleted: u64,
    pub total: u64,
}

impl JobCounts {
    /// What several loads of one run did, together.
    pub fn sum<'a>(loads: impl IntoIterator<Item = &'a super::keyed::WriteCounts>) -> JobCounts {
        loads.into_iter().fold(JobCounts::default(), |mut t, c| {
            t.added += c.added;
            t.modified += c.modified;
            t.deleted += c.deleted;
            t.total += c.total;
            t
        })
    }
}

#[derive(Debug, Clone)]
pub struct JobRecord {
    pub source: &'static str,
    pub command: &'static str,
    pub profile: String,
    pub target: String,
    pub mode: String,
}

/// Insert a `running` row and commit it at once, so a killed run is visible afterwards. Any
/// older `running` row for the same source and profile belongs to a run that died: the caller
/// holds the sync lock, so nobody else can be running.
pub fn start_job(conn: &Connection, job: &JobRecord) -> rusqlite::Result<i64> {
    conn.execute(
        "UPDATE jobs SET outcome = 'interrupted', message = 'the process ended before the job finished'
         WHERE outcome = 'running' AND source = ?1 AND profile = ?2",
        params![job.source, job.profile],
    )?;
    conn.execute(
        "INSERT INTO jobs (source, command, profile, target, mode, pid, started_at, outcome)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'running')",
        params![
            job.source,
            job.command,
            job.profile,
            job.target,
            job.mode,
            std::process::id(),
            now_rfc3339()
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn finish_job(
    conn: &Connection,
    id: i64,
    started: std::time::Instant,
    counts: JobCounts,
    outcome: &str,
    message: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE jobs SET finished_at = ?2, duration_ms = ?3, added = ?4, modified = ?5, deleted = ?6,
                total = ?7, outcome = ?8, message = ?9 WHERE id = ?1",
        params![
            id,
            now_rfc3339(),
            started.elapsed().as_millis() as i64,
            counts.added as i64,
            counts.modified as i64,
            counts.deleted as i64,
            counts.total as i64,
            outcome,
            message
        ],
    )?;
    Ok(())
}

/// The `jobs` row of a sync in progress: written `running` when the sync starts (so a
/// killed run shows as interrupted afterwards) and finished through the same cache writer.
pub struct RunningJob {
    id: i64,
    started: std::time::Instant,
}

impl RunningJob {
    pub fn start(cache: &super::CacheWriter, job: JobRecord) -> Result<Self, super::CacheError> {
        let id = cache.call_blocking(move |conn| Ok(start_job(conn, &job)?))?;
        Ok(RunningJob {
            id,
            started: std::time::Instant::now(),
        })
    }

    pub fn finish(
        self,
        cache: &super::CacheWriter,
        counts: JobCounts,
        outcome: &'static str,
        message: Option<String>,
    ) -> Result<(), super::CacheError> {
        let RunningJob { id, started } = self;
        cache.call_blocking(move |conn| {
            Ok(finish_job(
                conn,
                id,
                started,
                counts,
                outcome,
                message.as_deref(),
            )?)
        })
    }

    pub fn elapsed(&self) -> std::time::Duration {
        self.started.elapsed()
    }
}

/// A finished job in one row, for commands that are quick enough to need no `running` row
/// (searches, lookups, checks).
pub fn record_job(
    conn: &Connection,
    job: &JobRecord,
    started_at: &str,
    duration_ms: u64,
    total: Option<u64>,
    outcome: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO jobs (source, command, profile, target, mode, pid, started_at, finished_at, duration_ms, total, outcome)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            job.source,
            job.command,
            job.profile,
            job.target,
            (!job.mode.is_empty()).then_some(&job.mode),
            std::process::id(),
            started_at,
            now_rfc3339(),
            duration_ms as i64,
            total.map(|t| t as i64),
            outcome
        ],
    )?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct AuditRow<'a> {
    pub user: &'a str,
    pub profile: &'a str,
    pub system: &'a str,
    pub command: &'a str,
    pub target: &'a str,
    pub outcome: &'a str,
    pub exit_code: i32,
    /// What a write changed (object, operation, counts, ids); None for reads.
    pub detail: Option<&'a str>,
}

pub fn record_audit(conn: &Connection, row: &AuditRow<'_>) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO audit (ts, user, profile, system, command, target, outcome, exit_code, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            now_rfc3339(),
            row.user,
            row.profile,
            row.system,
            row.command,
            row.target,
            row.outcome,
            row.exit_code,
            row.detail
        ],
    )?;
    Ok(())
}

/// The columns of an audit row, in the order [`audit_rows`] gives them.
pub const AUDIT_COLUMNS: [&str; 9] = [
    "ts",
    "user",
    "profile",
    "system",
    "command",
    "target",
    "outcome",
    "exit_code",
    "detail",
];

/// Which audit rows: `since` / `until` are RFC 3339 UTC text (which sorts like time).
#[derive(Debug, Default)]
pub struct AuditFilter<'a> {
    pub since: Option<&'a str>,
    pub until: Option<&'a str>,
    pub system: Option<&'a str>,
    pub limit: Option<u32>,
}

/// Audit rows, newest first (`cache audit` and the `audit` report).
pub fn audit_rows(
    conn: &Connection,
    f: &AuditFilter<'_>,
) -> rusqlite::Result<Vec<Vec<serde_json::Value>>> {
    let mut st = conn.prepare(
        "SELECT ts, user, profile, system, command, target, outcome, exit_code, detail FROM audit
         WHERE (?1 IS NULL OR ts >= ?1) AND (?2 IS NULL OR ts < ?2) AND (?3 IS NULL OR system = ?3)
         ORDER BY id DESC LIMIT ?4",
    )?;
    let limit = f.limit.map_or(-1, i64::from);
    st.query_map(params![f.since, f.until, f.system, limit], |r| {
        (0..AUDIT_COLUMNS.len())
            .map(|i| r.get_ref(i).map(super::sql_value))
            .collect()
    })?
    .collect()
}
