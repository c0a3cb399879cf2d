//! `access-review`: accounts that exist in one system and should not in another.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::json;

use super::{Params, Source, by_key, columns_of, directory_users};
use crate::analytics::{AnalyticsError, Report};

pub fn run(src: &Source<'_>, p: &Params) -> Result<Report, AnalyticsError> {
    let conn = src.conn;
    let mut rep = Report::new(
        "access-review",
        "Access review",
        &["finding", "system", "account", "name", "detail"],
    );
    let users = directory_users(conn, p.profile.as_deref())?;
    let by_mail = by_key(&users, super::JoinKey::Mail);
    let by_join = by_key(&users, p.join_key);
    let now = p.now.unix_timestamp();
    let cutoff = now - p.stale_days * 86_400;

    // Last chat activity per user (ever), as evidence of a sign-in.
    let last_chat: HashMap<String, i64> = crate::cache::daily::user_span(conn)?
        .into_iter()
        .map(|(u, (_, last))| (u, last))
        .collect();

    // Salesforce users that are active while their directory account is not.
    let sf_cols = columns_of(conn, "sf_user")?;
    if sf_cols.is_empty() {
        rep.notes
            .push("no synced Salesforce users: atomctl sf sync User".into());
    } else {
        let has = |c: &str| sf_cols.iter().any(|x| x == c);
        let sql = format!(
            "SELECT \"Id\", {}, {}, {} FROM sf_user WHERE ?1 IS NULL OR profile = ?1",
            if has("Username") {
                "\"Username\""
            } else {
                "NULL"
            },
            if has("Email") { "\"Email\"" } else { "NULL" },
            if has("IsActive") { "\"IsActive\"" } else { "1" },
        );
        let mut st = conn.prepare(&sql)?;
        let rows = st.query_map([p.profile.as_deref()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<i64>>(3)?,
            ))
        })?;
        let mut found = Vec::new();
        for r in rows {
            let (id, username, email, active) = r?;
            if active != Some(1) {
                continue;
            }
            let account = username.clone().or(email.clone()).unwrap_or(id);
            let dir = [email.as_deref(), username.as_deref()]
                .into_iter()
                .flatten()
                .find_map(|k| by_mail.get(&k.to_lowercase()))
                .map(|i| &users[*i]);
            match dir {
                None => found.push((
                    "sf_active_directory_missing",
                    account,
                    String::new(),
                    "no directory account with this mail".to_owned(),
                )),
                Some(d) if d.enabled == Some(false) => found.push((
                    "sf_active_directory_disabled",
                    account,
                    d.name.clone(),
                    "the directory account is disabled".into(),
                )),
                Some(d) if d.last_logon.is_some_and(|t| t < cutoff) => found.push((
                    "sf_active_directory_stale",
                    account,
                    d.name.clone(),
                    format!("no directory logon for {} days", p.stale_days),
                )),
                Some(_) => {}
            }
        }
        found.sort();
        for (f, a, n, d) in found {
            rep.push(vec![
                json!(f),
                json!("salesforce"),
                json!(a),
                json!(n),
                json!(d),
            ]);
        }
    }

    // Enabled directory users with no sign-in (directory logon or chat activity) for N days.
    let mut stale: Vec<(String, String)> = Vec::new();
    for u in users.iter().filter(|u| u.enabled != Some(false)) {
        let chat = u.key(p.join_key).and_then(|k| last_chat.get(&k).copied());
        let last = u.last_logon.into_iter().chain(chat).max();
        if last.is_none_or(|t| t < cutoff) {
            let when = last.map_or("never".to_owned(), |t| {
                crate::analytics::period::label(
                    crate::analytics::period::day_of(t),
                    crate::analytics::period::By::Day,
                )
            });
            stale.push((u.name.clone(), format!("last sign-in: {when}")));
        }
    }
    stale.sort();
    for (name, d) in stale {
        rep.push(vec![
            json!("directory_no_sign_in"),
            json!("directory"),
            json!(name),
            json!(name),
            json!(d),
        ]);
    }

    // Chat users the directory does not know.
    let daily = src.daily(p.window.start, p.window.end)?;
    let chat_users: BTreeSet<&str> = daily
        .rows_in(p.window.start, p.window.end)
        .iter()
        .map(|r| daily.user(r))
        .collect();
    let mut unknown: HashSet<&str> = HashSet::new();
    for u in chat_users {
        if !by_join.contains_key(u) && unknown.insert(u) {
            rep.push(vec![
                json!("chat_user_unknown_to_directory"),
                json!("chat"),
                json!(u),
                json!(null),
                json!(format!("no directory user with this {:?}", p.join_key).to_lowercase()),
            ]);
        }
    }
    rep.notes.push(format!(
        "sign-in evidence: the directory's last logon or the user's last chat event, whichever is later; stale after {} days (--stale-days). Salesforce users are matched on Email, then Username, against directory mail; chat users on --join-key {:?}.",
        p.stale_days, p.join_key
    ));
    Ok(rep)
}
