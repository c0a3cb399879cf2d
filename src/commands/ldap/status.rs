use rusqlite::params;
use serde_json::{Value, json};

use super::Context;
use crate::output::{ROW_FORMATS, RowWriter, TableLayout};

/// Per profile: the last sync (when, mode, duration, counts, cookie/USN) and cache counts.
pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let format = ctx.globals.format().require(ROW_FORMATS, "ldap status")?;
    let cache = crate::cache::Cache::open_read_only(&ctx.globals.cache_path)?;
    let cols = [
        "profile",
        "server",
        "method",
        "last_sync",
        "last_mode",
        "last_outcome",
        "duration_ms",
        "added",
        "modified",
        "deleted",
        "cookie",
        "usn",
        "users",
        "groups",
        "memberships",
        "last_full_sync",
    ];
    let mut w = RowWriter::new(ctx.globals.sink()?, format, cols.map(String::from).to_vec())
        .layout(TableLayout::Vertical);
    let mut st = cache.conn.prepare(
        "SELECT p.name, s.server, s.method, s.last_sync_at, s.cookie, s.usn, s.last_full_at,
                (SELECT count(*) FROM ldap_entries e WHERE e.pid = s.pid AND e.kind = 'user'),
                (SELECT count(*) FROM ldap_entries e WHERE e.pid = s.pid AND e.kind = 'group'),
                (SELECT count(*) FROM ldap_member_refs r WHERE r.pid = s.pid)
         FROM sync_state s JOIN profiles p ON p.pid = s.pid WHERE s.source = 'ldap' ORDER BY p.name",
    )?;
    let rows: Vec<_> = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<Vec<u8>>>(4)?,
                r.get::<_, Option<i64>>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, i64>(7)?,
                r.get::<_, i64>(8)?,
                r.get::<_, i64>(9)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    for (profile, server, method, last_sync, cookie, usn, last_full, users, groups, members) in rows
    {
        let job = cache
            .conn
            .query_row(
                "SELECT mode, outcome, duration_ms, added, modified, deleted FROM jobs
                 WHERE source = 'ldap' AND profile = ?1 ORDER BY id DESC LIMIT 1",
                params![profile],
                |r| {
                    Ok([
                        json!(r.get::<_, Option<String>>(0)?),
                        json!(r.get::<_, Option<String>>(1)?),
                        json!(r.get::<_, Option<i64>>(2)?),
                        json!(r.get::<_, Option<i64>>(3)?),
                        json!(r.get::<_, Option<i64>>(4)?),
                        json!(r.get::<_, Option<i64>>(5)?),
                    ])
                },
            )
            .unwrap_or([
                Value::Null,
                Value::Null,
                Value::Null,
                Value::Null,
                Value::Null,
                Value::Null,
            ]);
        let cookie = cookie.map(|c| String::from_utf8_lossy(&c).into_owned());
        let [mode, outcome, ms, added, modified, deleted] = job;
        w.write_row(&[
            json!(profile),
            json!(server),
            json!(method),
            json!(last_sync),
            mode,
            outcome,
            ms,
            added,
            modified,
            deleted,
            json!(cookie),
            json!(usn),
            json!(users),
            json!(groups),
            json!(members),
            json!(last_full),
        ])?;
    }
    w.finish()?.commit()?;
    Ok(())
}
