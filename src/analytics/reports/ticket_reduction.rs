//! `ticket-reduction`: does the chat assistant take load off the service desk? Incidents per
//! department (the caller's, from the directory) against the department's assistant usage,
//! per period, and each department's incident rate before and after it adopted the
//! assistant. The assumptions are printed with the numbers: this is a comparison over time,
//! not a controlled experiment.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Value, json};

use super::incidents::incidents;
use super::{GroupBy, Params, Source, by_key, cached_rows, directory_users};
use crate::analytics::chart::Chart;
use crate::analytics::period::{By, day_of, label, period_start, periods};
use crate::analytics::{AnalyticsError, Report, round2};

/// A department has adopted the assistant once this share of its directory users (at least
/// one) has used it.
pub const ADOPTION_SHARE: f64 = 0.10;
const UNMATCHED: &str = "(caller not in the directory)";

fn day_text(day: i64) -> String {
    label(day, By::Day)
}

/// Incidents per 100 directory users per 30 days.
fn rate(incidents: u64, users: usize, days: i64) -> Option<f64> {
    (users > 0 && days > 0)
        .then(|| round2(incidents as f64 * 100.0 / users as f64 * 30.0 / days as f64))
}

pub fn run(src: &Source<'_>, p: &Params) -> Result<Report, AnalyticsError> {
    let conn = src.conn;
    let mut rep = Report::new(
        "ticket-reduction",
        "Support ticket reduction",
        &[
            "section",
            "period",
            "department",
            "users",
            "chat_users",
            "incidents",
            "adopted_on",
            "rate_before",
            "rate_after",
            "change_pct",
        ],
    );
    let profile = p.profile.as_deref();
    let Some(all) = incidents(conn, profile)? else {
        rep.notes.push(
            "no synced incidents: atomctl snow sync incident sys_user (callers are joined to the directory by email)"
                .into(),
        );
        return Ok(rep);
    };
    let dir = directory_users(conn, profile)?;
    if dir.is_empty() {
        rep.notes
            .push("no synced directory: atomctl ldap sync (departments come from it)".into());
        return Ok(rep);
    }
    let department = |i: usize| dir[i].group(GroupBy::Department);
    let mut size: HashMap<String, usize> = HashMap::new();
    for i in 0..dir.len() {
        *size.entry(department(i)).or_default() += 1;
    }
    // Callers: ServiceNow user → email (or user name) → directory user → department.
    let by_mail = by_key(&dir, super::JoinKey::Mail);
    let by_uid = by_key(&dir, super::JoinKey::Uid);
    let callers: HashMap<String, String> = cached_rows(
        conn,
        "snow_sys_user",
        &["sys_id", "email", "user_name"],
        profile,
    )?
    .unwrap_or_default()
    .into_iter()
    .filter_map(|r| {
        let get = |k: &str| r.get(k).and_then(Value::as_str).map(str::to_lowercase);
        let at = get("email")
            .and_then(|m| by_mail.get(&m))
            .or_else(|| get("user_name").and_then(|u| by_uid.get(&u)))?;
        Some((get("sys_id")?, department(*at)))
    })
    .collect();
    // Chat usage per department and day, from every event up to the window's end (a
    // department may have adopted before the window).
    let keys = by_key(&dir, p.join_key);
    let mut first_use: HashMap<String, HashMap<String, i64>> = HashMap::new();
    let mut active: BTreeMap<(i64, String), HashSet<String>> = BTreeMap::new();
    for (user, (first, _)) in crate::cache::daily::user_span(conn)? {
        let Some(at) = keys.get(&user) else { continue };
        if first < p.window.end {
            first_use
                .entry(department(*at))
                .or_default()
                .insert(user, day_of(first));
        }
    }
    let daily = src.daily(p.window.start, p.window.end)?;
    for r in daily.rows_in(p.window.start, p.window.end) {
        let user = daily.user(r);
        let Some(at) = keys.get(user) else { continue };
        active
            .entry((period_start(r.day, p.by), department(*at)))
            .or_default()
            .insert(user.to_owned());
    }
    let adopted: HashMap<String, i64> = first_use
        .iter()
        .filter_map(|(dept, users)| {
            let need = ((size.get(dept).copied().unwrap_or(0) as f64 * ADOPTION_SHARE).ceil()
                as usize)
                .max(1);
            let mut days: Vec<i64> = users.values().copied().collect();
            days.sort_unstable();
            days.get(need - 1).map(|d| (dept.clone(), *d))
        })
        .collect();
    // Incidents opened in the window, by the caller's department.
    let mut opened: Vec<(i64, String)> = Vec::new();
    for i in &all {
        let Some(t) = i.opened.filter(|t| p.window.contains(*t)) else {
            continue;
        };
        let dept = i
            .caller
            .as_ref()
            .and_then(|c| callers.get(c).cloned())
            .unwrap_or_else(|| UNMATCHED.to_owned());
        opened.push((t, dept));
    }
    let mut departments: Vec<String> = size.keys().cloned().collect();
    departments.sort();
    if opened.iter().any(|(_, d)| d == UNMATCHED) {
        departments.push(UNMATCHED.to_owned());
    }
    // Per period: incidents and active assistant users.
    let starts = periods(&p.window, p.by);
    let mut per_period: BTreeMap<(i64, String), u64> = BTreeMap::new();
    for (t, d) in &opened {
        *per_period
            .entry((period_start(day_of(*t), p.by), d.clone()))
            .or_default() += 1;
    }
    let mut inc_series = vec![0.0; starts.len()];
    let mut chat_series = vec![0.0; starts.len()];
    for (k, start) in starts.iter().enumerate() {
        for d in &departments {
            let n = per_period.get(&(*start, d.clone())).copied().unwrap_or(0);
            let users = active.get(&(*start, d.clone())).map_or(0, HashSet::len);
            if n == 0 && users == 0 {
                continue;
            }
            inc_series[k] += n as f64;
            chat_series[k] += users as f64;
            rep.push(vec![
                json!("period"),
                json!(label(*start, p.by)),
                json!(d),
                size.get(d).map_or(Value::Null, |s| json!(s)),
                json!(users),
                json!(n),
                Value::Null,
                Value::Null,
                Value::Null,
                Value::Null,
            ]);
        }
    }
    // Per department: the rate before and after its adoption day, within the window.
    let (w0, w1) = (day_of(p.window.start), day_of(p.window.end - 1) + 1);
    for d in &departments {
        let users = size.get(d).copied().unwrap_or(0);
        let mine: Vec<i64> = opened
            .iter()
            .filter(|(_, x)| x == d)
            .map(|(t, _)| day_of(*t))
            .collect();
        let chat_users = first_use.get(d).map_or(0, HashMap::len);
        let adoption = adopted.get(d).copied();
        let (before, after, adopted_on) = match adoption {
            Some(a) => {
                let a_in = a.clamp(w0, w1);
                let b = mine.iter().filter(|x| **x < a_in).count() as u64;
                let n = mine.len() as u64 - b;
                (
                    rate(b, users, a_in - w0),
                    rate(n, users, w1 - a_in),
                    json!(day_text(a)),
                )
            }
            None => (rate(mine.len() as u64, users, w1 - w0), None, Value::Null),
        };
        let change = match (before, after) {
            (Some(b), Some(a)) if b > 0.0 => json!(round2((a - b) / b * 100.0)),
            _ => Value::Null,
        };
        rep.push(vec![
            json!("department"),
            Value::Null,
            json!(d),
            if d == UNMATCHED {
                Value::Null
            } else {
                json!(users)
            },
            json!(chat_users),
            json!(mine.len()),
            adopted_on,
            before.map_or(Value::Null, |r| json!(r)),
            after.map_or(Value::Null, |r| json!(r)),
            change,
        ]);
    }
    let x: Vec<String> = starts.iter().map(|s| label(*s, p.by)).collect();
    rep.charts.push(Chart::line(
        "Incidents and assistant users",
        x,
        vec![
            ("incidents".into(), inc_series),
            ("assistant users".into(), chat_series),
        ],
    ));
    let window = format!("{} to {}", day_text(w0), day_text(w1 - 1));
    rep.notes.extend([
        format!("incidents opened {window}, attributed to the caller's department: ServiceNow caller → sys_user email (or user name) → directory user (mail or uid) → department; callers not found are counted as {UNMATCHED:?}"),
        format!("chat users are joined to the directory on {:?} (--join-key); a department adopted the assistant on the day {}% of its directory users (at least one) had used it, counting usage before the window", p.join_key, ADOPTION_SHARE * 100.0),
        "rate_before and rate_after are incidents per 100 directory users per 30 days, before and after the adoption day within the window; change_pct compares them. A department that has not adopted has only rate_before".into(),
        "this compares periods, it does not isolate a cause: seasonality, outages, new systems and staffing change incident counts too; read it beside the per-period rows".into(),
    ]);
    Ok(rep.headline(&[
        "section",
        "period",
        "department",
        "chat_users",
        "incidents",
        "adopted_on",
        "change_pct",
    ]))
}
