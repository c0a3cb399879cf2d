//! `graph_mfa_registration` and `graph_risky_users`: each source replaced whole for the
//! profile in one transaction, with what changed counted against the rows it replaces (by
//! id, and by the source's own last-updated time).

use std::collections::HashMap;

use rusqlite::{Connection, params};

use super::CacheError;
use super::teams::TableCounts;
use crate::graph::security::{Registration, RiskyUser};

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

pub fn replace_registration(
    conn: &mut Connection,
    profile: &str,
    rows: &[Registration],
    now: &str,
) -> Result<TableCounts, CacheError> {
    let tx = conn.transaction()?;
    let before = held(&tx, "graph_mfa_registration", "last_updated", profile)?;
    let c = counts(
        &before,
        rows.iter()
            .map(|r| (r.id.as_str(), r.last_updated_date_time.as_deref())),
    );
    tx.execute(
        "DELETE FROM graph_mfa_registration WHERE profile = ?1",
        [profile],
    )?;
    {
        let mut ins = tx.prepare(
            "INSERT OR REPLACE INTO graph_mfa_registration (profile, id, user_principal_name,
             display_name, user_type, is_admin, is_mfa_registered, is_mfa_capable,
             is_passwordless_capable, is_sspr_registered, methods_registered, preferred_method,
             last_updated, synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?;
        for r in rows {
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
            ])?;
        }
    }
    tx.commit()?;
    Ok(c)
}

pub fn replace_risky_users(
    conn: &mut Connection,
    profile: &str,
    rows: &[RiskyUser],
    now: &str,
) -> Result<TableCounts, CacheError> {
    let tx = conn.transaction()?;
    let before = held(&tx, "graph_risky_users", "risk_last_updated", profile)?;
    let c = counts(
        &before,
        rows.iter()
            .map(|r| (r.id.as_str(), r.risk_last_updated_date_time.as_deref())),
    );
    tx.execute(
        "DELETE FROM graph_risky_users WHERE profile = ?1",
        [profile],
    )?;
    {
        let mut ins = tx.prepare(
            "INSERT OR REPLACE INTO graph_risky_users (profile, id, user_principal_name,
             display_name, risk_level, risk_state, risk_detail, risk_last_updated, is_deleted,
             synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for r in rows {
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
            ])?;
        }
    }
    tx.commit()?;
    Ok(c)
}
