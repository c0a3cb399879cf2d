//! `incidents`: the synced ServiceNow incidents (`snow sync incident sys_user_group`):
//! opened, resolved and backlog per period and assignment group, and the time to resolve
//! per priority.

use std::collections::{BTreeMap, HashMap};

use rusqlite::Connection;
use serde_json::{Value, json};

use super::{Params, cached_rows, median, parse_ts};
use crate::analytics::chart::Chart;
use crate::analytics::period::{By, day_of, label, period_start, periods};
use crate::analytics::{AnalyticsError, Report, round2};

/// incident.state: 6 Resolved, 7 Closed, 8 Canceled (reference/servicenow.md §6).
const CANCELED: i64 = 8;

/// An incident as the ServiceNow reports need it.
pub struct Incident {
    pub sys_id: String,
    pub caller: Option<String>,
    pub group: String,
    pub priority: Option<i64>,
    pub state: Option<i64>,
    pub opened: Option<i64>,
    /// When it was resolved (or closed, for one closed without a resolution time).
    pub resolved: Option<i64>,
}

impl Incident {
    pub fn canceled(&self) -> bool {
        self.state == Some(CANCELED)
    }
}

fn text(r: &BTreeMap<String, Value>, k: &str) -> Option<String> {
    r.get(k).and_then(Value::as_str).map(str::to_owned)
}

fn time(r: &BTreeMap<String, Value>, k: &str) -> Option<i64> {
    parse_ts(text(r, k))
}

/// A cached table's sys_id → name (assignment groups, users), when it was synced.
pub fn names(
    conn: &Connection,
    table: &str,
    field: &str,
    profile: Option<&str>,
) -> Result<HashMap<String, String>, AnalyticsError> {
    Ok(cached_rows(conn, table, &["sys_id", field], profile)?
        .unwrap_or_default()
        .into_iter()
        .filter_map(|r| Some((text(&r, "sys_id")?, text(&r, field)?)))
        .collect())
}

/// The synced incidents; None when `snow sync incident` never ran.
pub fn incidents(
    conn: &Connection,
    profile: Option<&str>,
) -> Result<Option<Vec<Incident>>, AnalyticsError> {
    let Some(rows) = cached_rows(
        conn,
        "snow_incident",
        &[
            "sys_id",
            "caller_id",
            "assignment_group",
            "priority",
            "state",
            "opened_at",
            "resolved_at",
            "closed_at",
        ],
        profile,
    )?
    else {
        return Ok(None);
    };
    let groups = names(conn, "snow_sys_user_group", "name", profile)?;
    Ok(Some(
        rows.into_iter()
            .map(|r| {
                let state = r.get("state").and_then(Value::as_i64);
                let group = text(&r, "assignment_group")
                    .map(|id| groups.get(&id).cloned().unwrap_or(id))
                    .unwrap_or_else(|| "(unassigned)".into());
                let resolved = time(&r, "resolved_at").or_else(|| {
                    matches!(state, Some(6 | 7))
                        .then(|| time(&r, "closed_at"))
                        .flatten()
                });
                Incident {
                    sys_id: text(&r, "sys_id").unwrap_or_default(),
                    caller: text(&r, "caller_id"),
                    group,
                    priority: r.get("priority").and_then(Value::as_i64),
                    state,
                    opened: time(&r, "opened_at"),
                    resolved,
                }
            })
            .collect(),
    ))
}

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let mut rep = Report::new(
        "incidents",
        "Incidents",
        &[
            "section",
            "period",
            "group",
            "priority",
            "opened",
            "resolved",
            "backlog",
            "sla_breached",
            "mean_hours",
            "median_hours",
        ],
    );
    let Some(all) = incidents(conn, p.profile.as_deref())? else {
        rep.notes.push(
            "no synced incidents: atomctl snow sync incident sys_user_group (the groups give the names)"
                .into(),
        );
        return Ok(rep);
    };
    let starts = periods(&p.window, p.by);
    let ends: Vec<i64> = starts
        .iter()
        .skip(1)
        .map(|d| d * 86_400)
        .chain([p.window.end])
        .collect();
    let mut groups: Vec<&str> = all.iter().map(|i| i.group.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    // Breached task SLAs by the period they started in and their incident's group.
    let group_of: HashMap<&str, &str> = all
        .iter()
        .map(|i| (i.sys_id.as_str(), i.group.as_str()))
        .collect();
    let slas = super::sla::task_slas(conn, p.profile.as_deref())?;
    let mut breached: HashMap<(i64, &str), u64> = HashMap::new();
    for s in slas.iter().flatten().filter(|s| s.breached) {
        let (Some(t), Some(g)) = (
            s.started.filter(|t| p.window.contains(*t)),
            s.task.as_deref().and_then(|t| group_of.get(t)),
        ) else {
            continue;
        };
        *breached
            .entry((period_start(day_of(t), p.by), g))
            .or_default() += 1;
    }
    let mut totals = vec![(0u64, 0u64, 0u64); starts.len()];
    for (k, (start, end)) in starts.iter().zip(&ends).enumerate() {
        let begin = (start * 86_400).max(p.window.start);
        let inside = |t: Option<i64>| t.is_some_and(|t| t >= begin && t < *end);
        for g in &groups {
            let mine = all.iter().filter(|i| i.group == *g);
            let (mut opened, mut resolved, mut backlog) = (0u64, 0u64, 0u64);
            for i in mine {
                opened += u64::from(inside(i.opened));
                resolved += u64::from(!i.canceled() && inside(i.resolved));
                // Open at the period's end: opened before it, not resolved by then.
                let open_then = i.opened.is_some_and(|o| o < *end)
                    && i.resolved.is_none_or(|r| r >= *end)
                    && !i.canceled();
                backlog += u64::from(open_then);
            }
            let sla_breached = breached.get(&(*start, *g)).copied().unwrap_or(0);
            if opened + resolved + backlog + sla_breached == 0 {
                continue;
            }
            totals[k].0 += opened;
            totals[k].1 += resolved;
            totals[k].2 += backlog;
            rep.push(vec![
                json!("flow"),
                json!(label(*start, p.by)),
                json!(g),
                Value::Null,
                json!(opened),
                json!(resolved),
                json!(backlog),
                if slas.is_some() {
                    json!(sla_breached)
                } else {
                    Value::Null
                },
                Value::Null,
                Value::Null,
            ]);
        }
    }
    // Time to resolve of the incidents resolved in the window, per priority.
    let mut hours: BTreeMap<Option<i64>, Vec<f64>> = BTreeMap::new();
    for i in &all {
        if let (Some(o), Some(r)) = (i.opened, i.resolved)
            && !i.canceled()
            && p.window.contains(r)
            && r >= o
        {
            hours
                .entry(i.priority)
                .or_default()
                .push((r - o) as f64 / 3600.0);
        }
    }
    for (priority, mut h) in hours {
        let mean = h.iter().sum::<f64>() / h.len() as f64;
        let n = h.len();
        let med = median(&mut h);
        rep.push(vec![
            json!("time_to_resolve"),
            Value::Null,
            Value::Null,
            priority.map_or(Value::Null, |p| json!(p)),
            Value::Null,
            json!(n),
            Value::Null,
            Value::Null,
            json!(round2(mean)),
            json!(round2(med)),
        ]);
    }
    let x: Vec<String> = starts.iter().map(|s| label(*s, p.by)).collect();
    rep.charts.push(Chart::line(
        "Incidents opened, resolved and open",
        x,
        vec![
            ("opened".into(), totals.iter().map(|t| t.0 as f64).collect()),
            (
                "resolved".into(),
                totals.iter().map(|t| t.1 as f64).collect(),
            ),
            (
                "backlog".into(),
                totals.iter().map(|t| t.2 as f64).collect(),
            ),
        ],
    ));
    rep.notes.push(format!(
        "flow: per {} and assignment group, incidents opened and resolved in the period, and the backlog (opened before the period's end and not resolved by then; canceled ones, state 8, are not backlog), and the task SLAs that started in the period and breached (empty when task_sla was not synced)",
        match p.by {
            By::Day => "day",
            By::Week => "week",
            By::Month => "month",
        }
    ));
    rep.notes.push(
        "time_to_resolve: opened_at to resolved_at (closed_at when there is no resolution time) in calendar hours, for incidents resolved in the window, per priority (1 Critical … 5 Planning)".into(),
    );
    Ok(rep)
}
