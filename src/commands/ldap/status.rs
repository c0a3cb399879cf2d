use serde::Serialize;

use super::Context;
use crate::cache::ldap::{ProfileStatus, profile_status};
use crate::output::{TableLayout, TypedRows};

/// Per profile: the last sync (when, mode, duration, counts, cookie/USN) and cache counts.
pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    let cache = crate::cache::Cache::open_read_only(&ctx.globals.cache_path)?;
    let mut w = TypedRows::new(ctx.globals.sink()?, format).layout(TableLayout::Vertical);
    for p in profile_status(&cache.conn)? {
        let ProfileStatus {
            profile,
            server,
            method,
            last_sync,
            cookie,
            usn,
            last_full_sync,
            users,
            groups,
            memberships,
            last_job,
        } = p;
        let job = last_job.unwrap_or_default();
        w.write(&StatusRow {
            profile,
            server,
            method,
            last_sync,
            last_mode: job.mode,
            last_outcome: job.outcome,
            duration_ms: job.duration_ms,
            added: job.added,
            modified: job.modified,
            deleted: job.deleted,
            cookie: cookie.map(|c| String::from_utf8_lossy(&c).into_owned()),
            usn,
            users,
            groups,
            memberships,
            last_full_sync,
        })?;
    }
    w.finish()?.commit()?;
    Ok(())
}

/// One synced profile.
#[derive(Serialize, Default)]
struct StatusRow {
    profile: String,
    server: Option<String>,
    method: String,
    last_sync: Option<String>,
    last_mode: Option<String>,
    last_outcome: Option<String>,
    duration_ms: Option<i64>,
    added: Option<i64>,
    modified: Option<i64>,
    deleted: Option<i64>,
    /// The RFC 4533 cookie or the csn mark, as text.
    cookie: Option<String>,
    usn: Option<i64>,
    users: i64,
    groups: i64,
    memberships: i64,
    last_full_sync: Option<String>,
}
