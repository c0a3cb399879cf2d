//! `usage`: per period (and group), who was active and what they did.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::Connection;
use serde_json::{Value, json};

use super::{ANOMALY_Z, GroupBy, Params, by_key, directory_users, modified_z, percentile};
use crate::analytics::chart::Chart;
use crate::analytics::period::{By, day_of, label, period_start, periods};
use crate::analytics::{AnalyticsError, Report, round2};

/// An anomaly must also differ from the baseline median by this share of it: with a handful
/// of baseline values the MAD can be small enough to flag ordinary noise.
const ANOMALY_MIN_CHANGE: f64 = 0.5;

/// The anomaly baseline: how many earlier periods, how far apart (days compare with the same
/// weekday, so weekends are not anomalies), and how many must exist.
fn baseline_len(by: By) -> (usize, usize, usize) {
    match by {
        By::Day => (8, 7, 4),
        By::Week => (8, 1, 4),
        By::Month => (6, 1, 3),
    }
}

#[derive(Default)]
pub struct Stats {
    pub users: HashSet<u32>,
    pub sessions: u64,
    pub conversations: u64,
    pub messages: u64,
    pub responses: u64,
    pub response_ms: Vec<i64>,
    pub voice: u64,
    pub files: u64,
    pub bytes: u64,
    pub errors: u64,
}

/// Events of the window (and the lookback before it) folded per group and period.
pub struct Folded {
    /// Every period start from the lookback through the window.
    pub periods: Vec<i64>,
    /// The first period start inside the window.
    pub first: i64,
    /// The period of the first event ever ingested: periods before it are "no data", not zero.
    pub data_first: Option<i64>,
    pub stats: BTreeMap<String, HashMap<i64, Stats>>,
    /// Users active per group and day, for WAU / MAU.
    pub day_users: HashMap<String, HashMap<i64, HashSet<u32>>>,
}

pub fn fold(conn: &Connection, p: &Params) -> Result<Folded, AnalyticsError> {
    let (blen, step, _) = baseline_len(p.by);
    let first = period_start(day_of(p.window.start), p.by);
    let span = match p.by {
        By::Day => 1,
        By::Week => 7,
        By::Month => 31,
    };
    let ext_day = (first - (blen * step) as i64 * span).min(day_of(p.window.start) - 30);
    let ext = crate::analytics::period::Window {
        start: ext_day * 86_400,
        end: p.window.end,
    };
    let periods = periods(&ext, p.by);

    let dir = match p.group_by {
        Some(GroupBy::Department | GroupBy::Ou | GroupBy::Title) => {
            let users = directory_users(conn, p.profile.as_deref())?;
            let keys = by_key(&users, p.join_key);
            let g = p.group_by.expect("matched");
            Some(
                keys.into_iter()
                    .map(|(k, i)| (k, users[i].group(g)))
                    .collect::<HashMap<_, _>>(),
            )
        }
        _ => None,
    };
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut stats: BTreeMap<String, HashMap<i64, Stats>> = BTreeMap::new();
    let mut day_users: HashMap<String, HashMap<i64, HashSet<u32>>> = HashMap::new();
    let mut st = conn.prepare_cached(
        "SELECT ts, user, type, response_ms, bytes, channel FROM analytics_events WHERE ts >= ?1 AND ts < ?2",
    )?;
    let mut rows = st.query([ext.start, ext.end])?;
    let mut period_of_day: HashMap<i64, i64> = HashMap::new();
    while let Some(r) = rows.next()? {
        let ts: i64 = r.get(0)?;
        let user = r.get_ref(1)?.as_str()?;
        let kind = r.get_ref(2)?.as_str()?;
        let group = match p.group_by {
            None => String::new(),
            Some(GroupBy::Channel) => r
                .get::<_, Option<String>>(5)?
                .unwrap_or_else(|| "(none)".into()),
            Some(_) => dir
                .as_ref()
                .and_then(|d| d.get(user).cloned())
                .unwrap_or_else(|| "(unknown)".into()),
        };
        let uid = match ids.get(user) {
            Some(id) => *id,
            None => {
                let id = ids.len() as u32;
                ids.insert(user.to_owned(), id);
                id
            }
        };
        let day = day_of(ts);
        let period = *period_of_day
            .entry(day)
            .or_insert_with(|| period_start(day, p.by));
        let s = stats
            .entry(group.clone())
            .or_default()
            .entry(period)
            .or_default();
        s.users.insert(uid);
        match kind {
            "session_start" => s.sessions += 1,
            "conversation_started" => s.conversations += 1,
            "message_sent" => s.messages += 1,
            "message_received" => {
                s.responses += 1;
                if let Some(ms) = r.get::<_, Option<i64>>(3)? {
                    s.response_ms.push(ms);
                }
            }
            "voice_command" => s.voice += 1,
            "file_uploaded" => {
                s.files += 1;
                s.bytes += r.get::<_, Option<i64>>(4)?.unwrap_or(0) as u64;
            }
            "error" => s.errors += 1,
            _ => {}
        }
        day_users
            .entry(group)
            .or_default()
            .entry(day)
            .or_default()
            .insert(uid);
    }
    let data_first: Option<i64> =
        conn.query_row("SELECT min(ts) FROM analytics_events", [], |r| r.get(0))?;
    Ok(Folded {
        periods,
        first,
        data_first: data_first.map(|t| period_start(day_of(t), p.by)),
        stats,
        day_users,
    })
}

/// The last day of the whole period that starts on `start` (whatever the window holds).
fn natural_end_day(start: i64, by: By) -> i64 {
    match by {
        By::Day => start,
        By::Week => start + 6,
        By::Month => period_start(start + 31, By::Month) - 1,
    }
}

/// The last day of the period that starts on `start`.
fn period_end_day(periods: &[i64], i: usize, window_end_day: i64) -> i64 {
    periods.get(i + 1).map_or(window_end_day, |n| n - 1)
}

fn distinct_in(days: &HashMap<i64, HashSet<u32>>, from: i64, to: i64) -> usize {
    let mut set = HashSet::new();
    for d in from..=to {
        if let Some(v) = days.get(&d) {
            set.extend(v.iter().copied());
        }
    }
    set.len()
}

fn change_pct(now: f64, before: Option<f64>) -> Value {
    match before {
        Some(b) if b > 0.0 => json!(round2((now - b) / b * 100.0)),
        _ => Value::Null,
    }
}

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let f = fold(conn, p)?;
    let grouped = p.group_by.is_some();
    let mut cols = vec!["period", "partial"];
    if grouped {
        cols.push("group");
    }
    cols.extend([
        "active_users",
        "dau",
        "wau",
        "mau",
        "sessions",
        "conversations",
        "messages",
        "responses",
        "response_p50_ms",
        "response_p95_ms",
        "voice_commands",
        "files",
        "bytes",
        "errors",
        "active_users_change_pct",
        "messages_change_pct",
        "anomaly_score",
        "anomaly",
    ]);
    let mut head = vec!["period", "partial"];
    if grouped {
        head.push("group");
    }
    head.extend([
        "active_users",
        "conversations",
        "messages",
        "response_p95_ms",
        "errors",
        "anomaly",
    ]);
    let mut rep = Report::new("usage", "Usage", &cols).headline(&head);
    let (blen, step, bmin) = baseline_len(p.by);
    let last_day = day_of(p.window.end - 1);
    let today = day_of(p.now.unix_timestamp());
    // A period the window's end cuts, or that is not over yet, holds part of its events:
    // its changes and anomaly are not computed, nor the next period's change against it.
    // (A period the window's start cuts is read whole: its events come from the lookback.)
    let partial = |i: usize| {
        let natural_end = natural_end_day(f.periods[i], p.by);
        natural_end > last_day || natural_end >= today
    };
    let empty = HashMap::new();
    let groups: Vec<String> = if grouped {
        f.stats.keys().cloned().collect()
    } else {
        vec![String::new()]
    };
    let mut chart_x = Vec::new();
    let mut chart_users = Vec::new();
    let mut chart_messages = Vec::new();
    let mut chart_groups: Vec<(String, Vec<f64>)> = Vec::new();
    for g in &groups {
        let per = f.stats.get(g);
        let days = f.day_users.get(g).unwrap_or(&empty);
        let messages_of = |i: usize| -> f64 {
            per.and_then(|m| m.get(&f.periods[i]))
                .map_or(0.0, |s| s.messages as f64)
        };
        let users_of = |i: usize| -> f64 {
            per.and_then(|m| m.get(&f.periods[i]))
                .map_or(0.0, |s| s.users.len() as f64)
        };
        let mut group_series = Vec::new();
        for (i, &start) in f.periods.iter().enumerate() {
            if start < f.first {
                continue;
            }
            let s = per.and_then(|m| m.get(&start));
            let end_day = period_end_day(&f.periods, i, last_day).min(last_day);
            let first_day = start.max(day_of(p.window.start));
            let n_days = (end_day - first_day + 1).max(1);
            let dau: f64 = (first_day..=end_day)
                .map(|d| days.get(&d).map_or(0, HashSet::len))
                .sum::<usize>() as f64
                / n_days as f64;
            let mut ms = s.map(|s| s.response_ms.clone()).unwrap_or_default();
            ms.sort_unstable();
            let messages = messages_of(i);
            let users = users_of(i);
            let cut = partial(i);
            let prev = i.checked_sub(1).filter(|j| !cut && !partial(*j));
            let baseline: Vec<f64> = (1..=blen)
                .filter_map(|k| i.checked_sub(k * step))
                .filter(|j| f.data_first.is_some_and(|d| f.periods[*j] >= d))
                .map(messages_of)
                .collect();
            let z = modified_z(messages, &baseline, bmin);
            let far = {
                let mut b = baseline.clone();
                !b.is_empty() && {
                    let m = super::median(&mut b);
                    (messages - m).abs() >= ANOMALY_MIN_CHANGE * m
                }
            };
            let (z, far) = if cut { (None, false) } else { (z, far) };
            let mut row = vec![json!(label(start, p.by)), json!(cut)];
            if grouped {
                row.push(json!(g));
            }
            row.extend([
                json!(users as u64),
                json!(round2(dau)),
                json!(distinct_in(days, end_day - 6, end_day)),
                json!(distinct_in(days, end_day - 29, end_day)),
                json!(s.map_or(0, |s| s.sessions)),
                json!(s.map_or(0, |s| s.conversations)),
                json!(messages as u64),
                json!(s.map_or(0, |s| s.responses)),
                json!(percentile(&ms, 50.0)),
                json!(percentile(&ms, 95.0)),
                json!(s.map_or(0, |s| s.voice)),
                json!(s.map_or(0, |s| s.files)),
                json!(s.map_or(0, |s| s.bytes)),
                json!(s.map_or(0, |s| s.errors)),
                change_pct(users, prev.map(users_of)),
                change_pct(messages, prev.map(messages_of)),
                z.filter(|z| z.is_finite())
                    .map_or(Value::Null, |z| json!(round2(z))),
                json!(far && z.is_some_and(|z| z.abs() > ANOMALY_Z)),
            ]);
            rep.push(row);
            if grouped {
                group_series.push(messages);
            } else {
                chart_x.push(label(start, p.by));
                chart_users.push(users);
                chart_messages.push(messages);
            }
        }
        if grouped {
            if chart_x.is_empty() {
                chart_x = f
                    .periods
                    .iter()
                    .filter(|s| **s >= f.first)
                    .map(|s| label(*s, p.by))
                    .collect();
            }
            chart_groups.push((g.clone(), group_series));
        }
    }
    if grouped {
        chart_groups.sort_by(|a, b| b.1.iter().sum::<f64>().total_cmp(&a.1.iter().sum::<f64>()));
        chart_groups.truncate(8);
        rep.charts
            .push(Chart::line("Messages per group", chart_x, chart_groups));
    } else {
        rep.charts.push(Chart::line(
            "Active users",
            chart_x.clone(),
            vec![("active users".into(), chart_users)],
        ));
        rep.charts.push(Chart::line(
            "Messages sent",
            chart_x,
            vec![("messages".into(), chart_messages)],
        ));
    }
    rep.notes.push(
        "active_users: distinct users per period; dau: the average of daily distinct users; wau / mau: distinct users in the 7 / 30 days ending on the period's last day.".into(),
    );
    rep.notes.push("messages: message_sent events; responses: message_received; conversations: conversation_started; response time percentiles are nearest-rank over message_received response_ms.".into());
    rep.notes.push(
        "partial: the window ends inside the period, or it is not over yet; its change figures and anomaly are not computed, nor the next period's change against it.".into(),
    );
    rep.notes.push(format!(
        "anomaly: modified z-score of messages against {} (median and MAD; Iglewicz & Hoaglin): an anomaly when |z| > {ANOMALY_Z} and messages differ from the median by at least {}%; no score with fewer than {bmin} earlier periods that have data.",
        if step == 7 { format!("the same weekday of the {blen} weeks before") } else { format!("the {blen} periods before") },
        ANOMALY_MIN_CHANGE * 100.0
    ));
    Ok(rep)
}
