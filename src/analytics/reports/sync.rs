//! `sync`: the jobs table per period: what ran, how long, how much, how it ended.

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde_json::json;

use super::{Params, parse_ts};
use crate::analytics::chart::Chart;
use crate::analytics::period::{day_of, label, period_start};
use crate::analytics::{AnalyticsError, Report, round2};

#[derive(Default)]
struct Acc {
    runs: u64,
    ok: u64,
    failed: u64,
    durations: Vec<i64>,
    added: i64,
    modified: i64,
    deleted: i64,
}

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let mut rep = Report::new(
        "sync",
        "Sync jobs",
        &[
            "period",
            "source",
            "profile",
            "runs",
            "ok",
            "failed",
            "avg_duration_ms",
            "max_duration_ms",
            "added",
            "modified",
            "deleted",
        ],
    );
    let mut st = conn.prepare(
        "SELECT started_at, source, profile, outcome, duration_ms, added, modified, deleted FROM jobs WHERE command = 'sync' ORDER BY id",
    )?;
    let mut acc: BTreeMap<(i64, String, String), Acc> = BTreeMap::new();
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<i64>>(4)?,
            r.get::<_, Option<i64>>(5)?,
            r.get::<_, Option<i64>>(6)?,
            r.get::<_, Option<i64>>(7)?,
        ))
    })?;
    for r in rows {
        let (started, source, profile, outcome, dur, added, modified, deleted) = r?;
        let Some(t) = parse_ts(Some(started)) else {
            continue;
        };
        if !p.window.contains(t) || outcome == "running" {
            continue;
        }
        let a = acc
            .entry((period_start(day_of(t), p.by), source, profile))
            .or_default();
        a.runs += 1;
        if outcome == "ok" {
            a.ok += 1;
        } else {
            a.failed += 1;
        }
        if let Some(d) = dur {
            a.durations.push(d);
        }
        a.added += added.unwrap_or(0);
        a.modified += modified.unwrap_or(0);
        a.deleted += deleted.unwrap_or(0);
    }
    let mut series: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
    let mut x: Vec<String> = Vec::new();
    for ((start, source, profile), a) in &acc {
        let avg = if a.durations.is_empty() {
            None
        } else {
            Some(round2(
                a.durations.iter().sum::<i64>() as f64 / a.durations.len() as f64,
            ))
        };
        let l = label(*start, p.by);
        if !x.contains(&l) {
            x.push(l.clone());
        }
        series
            .entry(format!("{source} {profile}"))
            .or_default()
            .insert(l.clone(), avg.unwrap_or(0.0));
        rep.push(vec![
            json!(l),
            json!(source),
            json!(profile),
            json!(a.runs),
            json!(a.ok),
            json!(a.failed),
            json!(avg),
            json!(a.durations.iter().max()),
            json!(a.added),
            json!(a.modified),
            json!(a.deleted),
        ]);
    }
    let lines = series
        .into_iter()
        .map(|(name, by)| {
            (
                name,
                x.iter()
                    .map(|l| by.get(l).copied().unwrap_or(0.0))
                    .collect(),
            )
        })
        .collect();
    rep.charts
        .push(Chart::line("Average sync duration (ms)", x, lines));
    rep.notes.push(
        "runs that ended ok count as ok; failed, partial and interrupted runs as failed.".into(),
    );
    Ok(rep)
}
