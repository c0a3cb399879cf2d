//! `graph_mfa_registration` and `graph_risky_users`: each source replaced whole for the
//! profile in one transaction, with what changed counted against the rows it replaces (by
//! id, and by the source's own last-updated time).

use std::collections::HashMap;

use rusqlite::{Connection, params};

use super::CacheError;
use super::teams::TableCounts;
use crate::analytics::threats::Alert;
use crate::graph::security::{Registration, RiskyUser, SignIn};

fn flag(b: Option<bool>) -> Option<i64> {
    b.map(i64::from)
}

/// Ids and last-updated times the profile holds in `table`.
fn held(
    tx: &rusqlite::Transaction<'_>,
    table: &str,
    stamp: &str,
    profile: &str,
) -> rusqlite::Result<HashMap<String, Option<String>>> {
    let mut st = tx.prepare(&format!(
        "SELECT id, {stamp} FROM {table} WHERE profile = ?1"
    ))?;
    st.query_map([profile], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

fn counts<'a>(
    before: &HashMap<String, Option<String>>,
    after: impl Iterator<Item = (&'a str, Option<&'a str>)>,
) -> TableCounts {
    let mut c = TableCounts::default();
    let mut seen = 0;
    for (id, stamp) in after {
        c.total += 1;
        match before.get(id) {
            None => c.added += 1,
            Some(old) => {
                seen += 1;
                if old.as_deref() != stamp {
                    c.modified += 1;
                }
            }
        }
    }
    c.deleted = (before.len() - seen) as u64;
    c
}

/// A table a source is replaced into: its name, the column with the source's own
/// last-updated time, and the INSERT of one row.
struct Table {
    name: &'static str,
    stamp: &'static str,
    insert: &'static str,
}

/// Replace the profile's rows of `t` with `rows` in one transaction: what was there is
/// compared first (by id, and by the stamp column), then deleted, then each row inserted
/// by `bind`.
fn replace<T>(
    conn: &mut Connection,
    t: Table,
    profile: &str,
    rows: &[T],
    key: impl Fn(&T) -> (&str, Option<&str>),
    bind: impl Fn(&mut rusqlite::Statement<'_>, &T) -> rusqlite::Result<usize>,
) -> Result<TableCounts, CacheError> {
    let Table {
        name: table,
        stamp,
        insert: insert_sql,
    } = t;
    let tx = conn.transaction()?;
    let before = held(&tx, table, stamp, profile)?;
    let c = counts(&before, rows.iter().map(&key));
    tx.execute(
        &format!("DELETE FROM {table} WHERE profile = ?1"),
        [profile],
    )?;
    {
        let mut ins = tx.prepare(insert_sql)?;
        for r in rows {
            bind(&mut ins, r)?;
        }
    }
    tx.commit()?;
    Ok(c)
}

pub fn replace_registration(
    conn: &mut Connection,
    profile: &str,
    rows: &[Registration],
    now: &str,
) -> Result<TableCounts, CacheError> {
    replace(
        conn,
        Table {
            name: "graph_mfa_registration",
            stamp: "last_updated",
            insert: "INSERT OR REPLACE INTO graph_mfa_registration (profile, id,
             user_principal_name, display_name, user_type, is_admin, is_mfa_registered,
             is_mfa_capable, is_passwordless_capable, is_sspr_registered, methods_registered,
             preferred_method, last_updated, synced_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        },
        profile,
        rows,
        |r| (r.id.as_str(), r.last_updated_date_time.as_deref()),
        |ins, r| {
            ins.execute(params![
                profile,
                r.id,
                r.user_principal_name,
                r.user_display_name,
                r.user_type,
                flag(r.is_admin),
                flag(r.is_mfa_registered),
                flag(r.is_mfa_capable),
                flag(r.is_passwordless_capable),
                flag(r.is_sspr_registered),
                serde_json::to_string(&r.methods_registered).unwrap_or_default(),
                r.user_preferred_method_for_secondary_authentication,
                r.last_updated_date_time,
                now
            ])
        },
    )
}

pub fn replace_risky_users(
    conn: &mut Connection,
    profile: &str,
    rows: &[RiskyUser],
    now: &str,
) -> Result<TableCounts, CacheError> {
    replace(
        conn,
        Table {
            name: "graph_risky_users",
            stamp: "risk_last_updated",
            insert: "INSERT OR REPLACE INTO graph_risky_users (profile, id, user_principal_name,
             display_name, risk_level, risk_state, risk_detail, risk_last_updated, is_deleted,
             synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        },
        profile,
        rows,
        |r| (r.id.as_str(), r.risk_last_updated_date_time.as_deref()),
        |ins, r| {
            ins.execute(params![
                profile,
                r.id,
                r.user_principal_name,
                r.user_display_name,
                r.risk_level,
                r.risk_state,
                r.risk_detail,
                r.risk_last_updated_date_time,
                flag(r.is_deleted),
                now
            ])
        },
    )
}

/// The newest sign-in the profile holds (the next read starts there, less an overlap).
pub fn newest_sign_in(conn: &Connection, profile: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT max(created) FROM graph_signins WHERE profile = ?1",
        [profile],
        |r| r.get(0),
    )
}

/// Add sign-ins (an id already held is kept as it is: a log does not change), in one
/// transaction; the counts say how many were new.
pub fn add_sign_ins(
    conn: &mut Connection,
    profile: &str,
    rows: &[SignIn],
) -> Result<TableCounts, CacheError> {
    let tx = conn.transaction()?;
    let mut c = TableCounts::default();
    {
        let mut ins = tx.prepare(
            "INSERT OR IGNORE INTO graph_signins (profile, id, created, user_id,
             user_principal_name, user_display_name, app_display_name, ip_address,
             client_app_used, is_interactive, error_code, failure_reason, city, state, country,
             latitude, longitude, conditional_access_status, risk_level, risk_event_types)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
        )?;
        for r in rows {
            let geo = r.location.geo_coordinates.as_ref();
            c.added += ins.execute(params![
                profile,
                r.id,
                r.created_date_time,
                r.user_id,
                r.user_principal_name,
                r.user_display_name,
                r.app_display_name,
                r.ip_address,
                r.client_app_used,
                flag(r.is_interactive),
                r.status.error_code,
                r.status.failure_reason,
                r.location.city,
                r.location.state,
                r.location.country_or_region,
                geo.and_then(|g| g.latitude),
                geo.and_then(|g| g.longitude),
                r.conditional_access_status,
                r.risk_level_aggregated,
                serde_json::to_string(&r.risk_event_types_v2).unwrap_or_default()
            ])? as u64;
        }
    }
    c.total = tx.query_row(
        "SELECT count(*) FROM graph_signins WHERE profile = ?1",
        [profile],
        |r| r.get::<_, i64>(0),
    )? as u64;
    tx.commit()?;
    Ok(c)
}

/// Record findings as reported (`threat_alerts`), every piece of evidence of each, in one
/// transaction; a piece recorded before keeps its first time.
pub fn mark_reported(
    conn: &mut Connection,
    profile: &str,
    alerts: &[Alert],
    now: &str,
) -> Result<(), CacheError> {
    let tx = conn.transaction()?;
    {
        let mut ins = tx.prepare(
            "INSERT OR IGNORE INTO threat_alerts (profile, rule, subject, evidence, severity, reported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for a in alerts {
            for e in &a.evidence {
                ins.execute(params![
                    profile,
                    a.rule,
                    a.subject,
                    e,
                    a.severity.as_str(),
                    now
                ])?;
            }
        }
    }
    tx.commit()?;
    Ok(())
}
