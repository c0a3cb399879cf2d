//! `usage`: per period (and group), who was active and what they did.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Value, json};

use super::{ANOMALY_Z, GroupBy, Params, Source, by_key, directory_users, modified_z, percentile};
use crate::analytics::chart::Chart;
use crate::analytics::period::{By, day_of, label, period_start, periods};
use crate::analytics::{AnalyticsError, Report, round2};
use crate::cache::daily::Row;

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
    /// Nearest-rank percentiles of the response times.
    pub response_p50_ms: Option<u32>,
    pub response_p95_ms: Option<u32>,
    pub voice: u64,
    pub files: u64,
    pub bytes: u64,
    pub errors: u64,
}

/// The window's usage (and the lookback before it) folded per group and period, from the
/// daily rollup.
pub struct Folded {
    /// Every period start from the lookback through the window.
    pub periods: Vec<i64>,
    /// The first period start inside the window.
    pub first: i64,
    /// The period of the first event ever ingested: periods before it are "no data", not zero.
    pub data_first: Option<i64>,
    pub stats: BTreeMap<String, HashMap<i64, Stats>>,
    /// Users active per group and day (each list without repeats), for WAU / MAU.
    pub day_users: HashMap<String, BTreeMap<i64, Vec<u32>>>,
    /// How many users the ids above number.
    pub users: usize,
}

pub fn fold(src: &Source<'_>, p: &Params) -> Result<Folded, AnalyticsError> {
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
    let daily = src.daily(ext.start, ext.end)?;

    // Each row's group, by its user (directory attributes) or its channel.
    let mut names: Vec<String> = Vec::new();
    let mut intern = |g: String| match names.iter().position(|n| *n == g) {
        Some(i) => i,
        None => {
            names.push(g);
            names.len() - 1
        }
    };
    let (by_user, by_channel): (Vec<usize>, Vec<usize>) = match p.group_by {
        None => (vec![intern(String::new()); daily.users.len()], Vec::new()),
        Some(GroupBy::Channel) => (
            Vec::new(),
            daily
                .channels
                .iter()
                .map(|c| {
                    intern(if c.is_empty() {
                        "(none)".into()
                    } else {
                        c.clone()
                    })
                })
                .collect(),
        ),
        Some(g) => {
            let users = directory_users(src.conn, p.profile.as_deref())?;
            let keys = by_key(&users, p.join_key);
            (
                daily
                    .users
                    .iter()
                    .map(|u| {
                        intern(
                            keys.get(u)
                                .map_or_else(|| "(unknown)".into(), |i| users[*i].group(g)),
                        )
                    })
                    .collect(),
                Vec::new(),
            )
        }
    };
    let group_of = |r: &Row| {
        if by_channel.is_empty() {
            by_user[r.user as usize]
        } else {
            by_channel[r.channel as usize]
        }
    };
    let mut per: Vec<HashMap<i64, Stats>> = (0..names.len()).map(|_| HashMap::new()).collect();
    let mut day_users: Vec<BTreeMap<i64, Vec<u32>>> = vec![BTreeMap::new(); names.len()];
    // The response times of the period being read, per group: rows come by day, so a
    // period's percentiles are taken when the next period begins, and only one period's
    // times are held at a time.
    let mut times: Vec<Vec<u32>> = vec![Vec::new(); names.len()];
    let settle = |per: &mut Vec<HashMap<i64, Stats>>, times: &mut Vec<Vec<u32>>, period: i64| {
        for (g, t) in times.iter_mut().enumerate().filter(|(_, t)| !t.is_empty()) {
            if let Some(s) = per[g].get_mut(&period) {
                s.response_p50_ms = percentile(t, 50.0);
                s.response_p95_ms = percentile(t, 95.0);
            }
            t.clear();
        }
    };
    let mut period = (i64::MIN, i64::MIN);
    for r in daily.rows_in(ext.start, ext.end) {
        if period.0 != r.day {
            let start = period_start(r.day, p.by);
            if start != period.1 {
                settle(&mut per, &mut times, period.1);
            }
            period = (r.day, start);
        }
        let g = group_of(r);
        let s = per[g].entry(period.1).or_default();
        let c = &r.counts;
        s.users.insert(r.user);
        s.sessions += u64::from(c.sessions);
        s.conversations += u64::from(c.conversations);
        s.messages += u64::from(c.messages);
        s.responses += u64::from(c.responses);
        times[g].extend_from_slice(daily.response_ms(r));
        s.voice += u64::from(c.voice);
        s.files += u64::from(c.files);
        s.bytes += c.bytes;
        s.errors += u64::from(c.errors);
        // A day's rows come by user, so a user's rows on several channels are neighbours.
        let today = day_users[g].entry(r.day).or_default();
        if today.last() != Some(&r.user) {
            today.push(r.user);
        }
    }
    settle(&mut per, &mut times, period.1);
    let data_first = crate::cache::daily::first_day(src.conn)?;
    let mut stats = BTreeMap::new();
    let mut days = HashMap::new();
    for ((name, s), d) in names.into_iter().zip(per).zip(day_users) {
        if !s.is_empty() {
            stats.insert(name.clone(), s);
            days.insert(name, d);
        }
    }
    Ok(Folded {
        periods,
        first,
        data_first: data_first.map(|d| period_start(d, p.by)),
        stats,
        day_users: days,
        users: daily.users.len(),
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

/// Distinct users in the `span` days ending on each of `ends` (ascending): one pass over the
/// days, users counted in as the window's end moves on and out as its start does.
fn trailing_distinct(
    days: &BTreeMap<i64, Vec<u32>>,
    ends: &[i64],
    span: i64,
    users: usize,
) -> Vec<usize> {
    let list: Vec<(&i64, &Vec<u32>)> = days.iter().collect();
    let mut count = vec![0u32; users];
    let (mut distinct, mut added, mut dropped) = (0usize, 0usize, 0usize);
    let mut out = Vec::with_capacity(ends.len());
    for &end in ends {
        while added < list.len() && *list[added].0 <= end {
            for &u in list[added].1 {
                distinct += usize::from(count[u as usize] == 0);
                count[u as usize] += 1;
            }
            added += 1;
        }
        while dropped < added && *list[dropped].0 <= end - span {
            for &u in list[dropped].1 {
                count[u as usize] -= 1;
                distinct -= usize::from(count[u as usize] == 0);
            }
            dropped += 1;
        }
        out.push(distinct);
    }
    out
}

fn change_pct(now: f64, before: Option<f64>) -> Value {
    match before {
        Some(b) if b > 0.0 => json!(round2((now - b) / b * 100.0)),
        _ => Value::Null,
    }
}

pub fn run(src: &Source<'_>, p: &Params) -> Result<Report, AnalyticsError> {
    let f = fold(src, p)?;
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
    let empty = BTreeMap::new();
    // The last day each period of the window counts (its end, or the window's).
    let shown: Vec<usize> = (0..f.periods.len())
        .filter(|i| f.periods[*i] >= f.first)
        .collect();
    let ends: Vec<i64> = shown
        .iter()
        .map(|&i| period_end_day(&f.periods, i, last_day).min(last_day))
        .collect();
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
        let wau = trailing_distinct(days, &ends, 7, f.users);
        let mau = trailing_distinct(days, &ends, 30, f.users);
        for (k, &i) in shown.iter().enumerate() {
            let start = f.periods[i];
            let s = per.and_then(|m| m.get(&start));
            let end_day = ends[k];
            let first_day = start.max(day_of(p.window.start));
            let n_days = (end_day - first_day + 1).max(1);
            let dau: f64 = (first_day..=end_day)
                .map(|d| days.get(&d).map_or(0, Vec::len))
                .sum::<usize>() as f64
                / n_days as f64;
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
                json!(wau[k]),
                json!(mau[k]),
                json!(s.map_or(0, |s| s.sessions)),
                json!(s.map_or(0, |s| s.conversations)),
                json!(messages as u64),
                json!(s.map_or(0, |s| s.responses)),
                json!(s.and_then(|s| s.response_p50_ms)),
                json!(s.and_then(|s| s.response_p95_ms)),
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
