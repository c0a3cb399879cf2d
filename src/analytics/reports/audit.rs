//! `audit`: who ran what against which system with which profile, and the outcome (the same
//! rows as `cache audit`, windowed, so that it exports like any report).

use rusqlite::Connection;
use serde_json::json;

use super::Params;
use crate::analytics::{AnalyticsError, Report};

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let cols = [
        "ts",
        "user",
        "profile",
        "system",
        "command",
        "target",
        "outcome",
        "exit_code",
    ];
    let mut rep = Report::new("audit", "Audit", &cols);
    let instant = |t: i64| {
        time::OffsetDateTime::from_unix_timestamp(t)
            .map(crate::sso::saml::format_instant)
            .unwrap_or_default()
    };
    // The timestamps are RFC 3339 UTC text, which sorts like time.
    let mut st = conn.prepare(
        "SELECT ts, user, profile, system, command, target, outcome, exit_code FROM audit
         WHERE ts >= ?1 AND ts < ?2 ORDER BY id DESC",
    )?;
    let rows = st.query_map([instant(p.window.start), instant(p.window.end)], |r| {
        (0..8)
            .map(|i| match r.get_ref(i)? {
                rusqlite::types::ValueRef::Integer(n) => Ok(json!(n)),
                rusqlite::types::ValueRef::Text(t) => Ok(json!(String::from_utf8_lossy(t))),
                _ => Ok(serde_json::Value::Null),
            })
            .collect::<rusqlite::Result<Vec<_>>>()
    })?;
    for r in rows {
        rep.push(r?);
    }
    rep.notes
        .push("newest first; the same rows as `atomctl cache audit`.".into());
    Ok(rep)
}
