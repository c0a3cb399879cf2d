//! `sla`: the synced task SLAs (`snow sync task_sla incident sys_user_group`): breached and
//! at-risk SLAs per assignment group and priority of their task. Read from `task_sla`, the
//! SLA engine's own records; the task's `made_sla` and `sla_due` are legacy fields the
//! engine does not update (reference/servicenow.md §6).

use std::collections::{BTreeMap, HashMap};

use rusqlite::Connection;
use serde_json::{Value, json};

use super::incidents::incidents;
use super::{Params, cached_rows, parse_ts};
use crate::analytics::{AnalyticsError, Report, round2};

/// An SLA in progress past this share of its allowed time is at risk.
pub const AT_RISK_PERCENT: f64 = 75.0;

#[derive(Default)]
struct Counts {
    slas: u64,
    in_progress: u64,
    breached: u64,
    at_risk: u64,
    met: u64,
}

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let mut rep = Report::new(
        "sla",
        "Task SLAs",
        &[
            "group",
            "priority",
            "slas",
            "in_progress",
            "breached",
            "at_risk",
            "met",
            "breach_rate",
        ],
    );
    let profile = p.profile.as_deref();
    let Some(slas) = task_slas(conn, profile)? else {
        rep.notes
            .push("no synced task SLAs: atomctl snow sync task_sla incident sys_user_group".into());
        return Ok(rep);
    };
    let tasks: HashMap<String, (String, Option<i64>)> = incidents(conn, profile)?
        .unwrap_or_default()
        .into_iter()
        .map(|i| (i.sys_id, (i.group, i.priority)))
        .collect();
    let mut counts: BTreeMap<(String, Option<i64>), Counts> = BTreeMap::new();
    for s in &slas {
        if !s.started.is_some_and(|t| p.window.contains(t)) {
            continue;
        }
        let (group, priority) = s
            .task
            .as_ref()
            .and_then(|t| tasks.get(t).cloned())
            .unwrap_or_else(|| ("(task not synced)".into(), None));
        let c = counts.entry((group, priority)).or_default();
        c.slas += 1;
        c.in_progress += u64::from(s.running);
        c.breached += u64::from(s.breached);
        c.at_risk += u64::from(s.running && !s.breached && s.percent >= AT_RISK_PERCENT);
        c.met += u64::from(s.completed && !s.breached);
    }
    for ((group, priority), c) in counts {
        let rate = if c.slas == 0 {
            Value::Null
        } else {
            json!(round2(c.breached as f64 / c.slas as f64 * 100.0))
        };
        rep.push(vec![
            json!(group),
            priority.map_or(Value::Null, |p| json!(p)),
            json!(c.slas),
            json!(c.in_progress),
            json!(c.breached),
            json!(c.at_risk),
            json!(c.met),
            rate,
        ]);
    }
    rep.notes.push(format!(
        "task SLAs that started in the window, per assignment group and priority of their incident; from task_sla (has_breached, stage, percentage), never the legacy made_sla; at risk = in progress or paused, not breached, at {AT_RISK_PERCENT}% or more of the allowed time; breach_rate = breached / slas, %"
    ));
    Ok(rep)
}

/// A task SLA as the reports judge it.
pub struct TaskSla {
    pub task: Option<String>,
    pub started: Option<i64>,
    /// `has_breached`, or the stage says so.
    pub breached: bool,
    /// In progress or paused.
    pub running: bool,
    pub completed: bool,
    /// Of the allowed time used.
    pub percent: f64,
}

/// The synced task SLAs; None when `snow sync task_sla` never ran.
pub fn task_slas(
    conn: &Connection,
    profile: Option<&str>,
) -> Result<Option<Vec<TaskSla>>, AnalyticsError> {
    let Some(rows) = cached_rows(
        conn,
        "snow_task_sla",
        &["task", "stage", "has_breached", "percentage", "start_time"],
        profile,
    )?
    else {
        return Ok(None);
    };
    Ok(Some(
        rows.iter()
            .map(|s| {
                let stage = s
                    .get("stage")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_ascii_lowercase();
                TaskSla {
                    task: s.get("task").and_then(Value::as_str).map(str::to_owned),
                    started: parse_ts(
                        s.get("start_time")
                            .and_then(Value::as_str)
                            .map(str::to_owned),
                    ),
                    breached: matches!(s.get("has_breached"), Some(v) if v.as_i64() == Some(1))
                        || stage == "breached",
                    running: matches!(stage.as_str(), "in_progress" | "paused"),
                    completed: stage == "completed",
                    percent: s.get("percentage").and_then(Value::as_f64).unwrap_or(0.0),
                }
            })
            .collect(),
    ))
}
