//! `analytics export overview`: one self-contained page across every system. Each section
//! is drawn from the rows of the report that computes it (usage, forecast, engagement,
//! directory, access-review, sso, crm, incidents, mfa, threats, roi), so the page and the
//! per-report exports carry the same numbers. A section whose data is not in the cache is
//! left out with a one-line note.

use serde_json::Value;

use super::period::By;
use super::reports::{self, GroupBy, Params, Source};
use super::{AnalyticsError, Report};

/// A headline number: the last complete week against the week before, and the weeks as a
/// sparkline.
#[derive(Debug, Clone)]
pub struct Kpi {
    pub label: &'static str,
    pub unit: &'static str,
    /// None when the week had nothing to measure (no response times).
    pub value: Option<f64>,
    pub change_pct: Option<f64>,
    pub weeks: Vec<f64>,
    /// A fall is good news (response time).
    pub lower_is_better: bool,
}

/// A day of a usage chart.
#[derive(Debug, Clone)]
pub struct Day {
    pub date: String,
    pub value: f64,
    pub partial: bool,
    pub anomaly: bool,
}

/// A usage series per day, and its forecast after it.
#[derive(Debug, Clone)]
pub struct Series {
    /// `messages`, `active-users`: the chart's id.
    pub id: &'static str,
    pub title: &'static str,
    /// What a value counts, for the text alternative.
    pub unit: &'static str,
    pub days: Vec<Day>,
    pub forecast: Vec<Ahead>,
    /// The forecast's backtest error (MAPE, %), for the page to state.
    pub mape: Option<f64>,
}

/// A certificate of the SSO calendar.
#[derive(Debug, Clone)]
pub struct Certificate {
    pub provider: String,
    pub days_left: i64,
    /// What it is and when it expires.
    pub detail: String,
}

/// A day of the forecast.
#[derive(Debug, Clone)]
pub struct Ahead {
    pub date: String,
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

/// A small table: a title, at most four columns, the rows a reader needs.
#[derive(Debug, Clone)]
pub struct Table {
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Default)]
pub struct Overview {
    /// The last complete week's label (`2026-W11`), what the tiles compare.
    pub week: Option<String>,
    pub kpis: Vec<Kpi>,
    /// Messages and active users per day, each with its forecast.
    pub series: Vec<Series>,
    /// The SSO certificates, fewest days left first.
    pub certificates: Vec<Certificate>,
    /// Department → engagement score (0–100), highest first.
    pub departments: Vec<(String, f64)>,
    pub tables: Vec<Table>,
    /// What a section's numbers mean, printed under the tables.
    pub notes: Vec<String>,
    /// Sections left out, each with why and how to fill it.
    pub left_out: Vec<String>,
}

/// A report's cell by column name.
fn cell<'a>(rep: &Report, row: &'a [Value], col: &str) -> Option<&'a Value> {
    rep.columns.iter().position(|c| c == col).map(|i| &row[i])
}

fn num(rep: &Report, row: &[Value], col: &str) -> f64 {
    cell(rep, row, col).and_then(Value::as_f64).unwrap_or(0.0)
}

/// A count as a table shows it.
fn fmt_count(v: f64) -> String {
    format!("{}", v.round() as i64)
}

fn text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    }
}

/// Rows of a report whose `section` is `name`.
fn section<'a>(rep: &'a Report, name: &str) -> Vec<&'a Vec<Value>> {
    rep.rows
        .iter()
        .filter(|r| cell(rep, r, "section").and_then(Value::as_str) == Some(name))
        .collect()
}

pub fn build(conn: &rusqlite::Connection, p: &Params) -> Result<Overview, AnalyticsError> {
    let mut o = Overview::default();
    // One load of the usage rollup for every section: the widest lookback a section reads
    // is the weekly usage's eight weeks before the window's first week, or the usage
    // outliers' baseline.
    let src = Source::new(conn);
    let lookback = 63.max(p.threats.s.usage_baseline_days);
    src.daily(
        (super::period::day_of(p.window.start) - lookback) * 86_400,
        p.window.end,
    )?;
    let run = |name: &str, params: &Params| reports::run_in(name, &src, params);
    let with = |by: By| Params {
        by,
        ..p.ungrouped()
    };

    // Tiles: complete weeks only (a week in progress is not a fall).
    let weekly = run("usage", &with(By::Week))?;
    let complete: Vec<&Vec<Value>> = weekly
        .rows
        .iter()
        .filter(|r| cell(&weekly, r, "partial") == Some(&Value::Bool(false)))
        .collect();
    let any_events = weekly
        .rows
        .iter()
        .any(|r| num(&weekly, r, "messages") > 0.0);
    if any_events && !complete.is_empty() {
        o.week = complete.last().map(|r| text(cell(&weekly, r, "period")));
        for (label, col, unit) in [
            ("Active users", "active_users", ""),
            ("Messages", "messages", ""),
            ("Voice commands", "voice_commands", ""),
            ("Files", "files", ""),
            ("Response p95", "response_p95_ms", " ms"),
        ] {
            let weeks: Vec<f64> = complete.iter().map(|r| num(&weekly, r, col)).collect();
            let value = complete
                .last()
                .and_then(|r| cell(&weekly, r, col))
                .and_then(Value::as_f64);
            let change_pct = value
                .zip((weeks.len() >= 2).then(|| weeks[weeks.len() - 2]))
                .and_then(|(v, b)| (b > 0.0).then(|| super::round2((v - b) / b * 100.0)));
            o.kpis.push(Kpi {
                label,
                unit,
                value,
                change_pct,
                weeks,
                lower_is_better: col == "response_p95_ms",
            });
        }
    } else {
        o.left_out.push(
            "Usage: no complete week of chat events in the window (atomctl analytics ingest; --since 90d)".into(),
        );
    }

    // Messages and active users per day (anomalies are judged on messages), each with the
    // forecast after it.
    if any_events {
        let daily = run("usage", &with(By::Day))?;
        let fc = reports::forecast::from_daily(&daily, p)?;
        for (id, title, unit, column) in [
            ("messages", "Messages per day", "messages", "messages"),
            (
                "active-users",
                "Active users per day",
                "active users",
                "active_users",
            ),
        ] {
            let days = daily
                .rows
                .iter()
                .map(|r| Day {
                    date: text(cell(&daily, r, "period")),
                    value: num(&daily, r, column),
                    partial: cell(&daily, r, "partial") == Some(&Value::Bool(true)),
                    anomaly: id == "messages"
                        && cell(&daily, r, "anomaly") == Some(&Value::Bool(true)),
                })
                .collect();
            let mut series = Series {
                id,
                title,
                unit,
                days,
                forecast: Vec::new(),
                mape: None,
            };
            for r in fc
                .rows
                .iter()
                .filter(|r| cell(&fc, r, "series").and_then(Value::as_str) == Some(column))
            {
                series.mape = cell(&fc, r, "backtest_mape_pct").and_then(Value::as_f64);
                series.forecast.push(Ahead {
                    date: text(cell(&fc, r, "date")),
                    value: num(&fc, r, "forecast"),
                    low: num(&fc, r, "low"),
                    high: num(&fc, r, "high"),
                });
            }
            o.series.push(series);
        }
        if fc.rows.is_empty() {
            o.left_out
                .push("Forecast: not enough history in the window (--since 90d)".into());
        }
    }

    // Engagement by department.
    let by_dept = run(
        "engagement",
        &Params {
            group_by: Some(GroupBy::Department),
            ..p.clone()
        },
    )?;
    o.departments = by_dept
        .rows
        .iter()
        .filter(|r| num(&by_dept, r, "directory_users") > 0.0)
        .map(|r| {
            (
                text(cell(&by_dept, r, "group")),
                num(&by_dept, r, "score_avg"),
            )
        })
        .collect();
    o.departments
        .sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    if o.departments.is_empty() {
        o.left_out.push(
            "Engagement by department: no directory in the cache to group by (atomctl ldap sync)"
                .into(),
        );
    } else {
        let mut least: Vec<&(String, f64)> = o.departments.iter().collect();
        least.reverse();
        o.tables.push(Table {
            title: "Least engaged departments".into(),
            columns: vec!["department".into(), "score".into()],
            rows: least
                .iter()
                .take(3)
                .map(|(d, s)| vec![d.clone(), format!("{s:.1}")])
                .collect(),
        });
    }

    // Directory health and the access review.
    let dir = run("directory", p)?;
    let summary = section(&dir, "summary");
    let users = summary
        .iter()
        .find(|r| cell(&dir, r, "item").and_then(Value::as_str) == Some("users"))
        .map_or(0.0, |r| num(&dir, r, "value"));
    if users > 0.0 {
        let mut rows: Vec<Vec<String>> = summary
            .iter()
            .filter(|r| {
                matches!(
                    cell(&dir, r, "item").and_then(Value::as_str),
                    Some("users" | "disabled" | "locked" | "stale")
                )
            })
            .map(|r| vec![text(cell(&dir, r, "item")), text(cell(&dir, r, "value"))])
            .collect();
        let privileged: f64 = section(&dir, "privileged_group")
            .iter()
            .map(|r| num(&dir, r, "value"))
            .sum();
        rows.push(vec!["privileged".into(), fmt_count(privileged)]);
        let review = run("access-review", p)?;
        rows.push(vec![
            "access review findings".into(),
            review.rows.len().to_string(),
        ]);
        o.tables.push(Table {
            title: "Directory health".into(),
            columns: vec!["".into(), "accounts".into()],
            rows,
        });
    } else {
        o.left_out
            .push("Directory health: no directory in the cache (atomctl ldap sync)".into());
    }

    // SSO: the certificate calendar and the latest check failures.
    let sso = run("sso", p)?;
    o.certificates = section(&sso, "certificate_days_left")
        .iter()
        .map(|r| Certificate {
            provider: text(cell(&sso, r, "provider")),
            days_left: num(&sso, r, "value") as i64,
            detail: text(cell(&sso, r, "detail")),
        })
        .collect();
    if sso.rows.is_empty() {
        o.left_out
            .push("SSO: no recorded checks (atomctl sso oidc check / sso saml idp-check)".into());
    } else {
        let failures = section(&sso, "failure");
        let mut rows: Vec<Vec<String>> = failures
            .iter()
            .rev()
            .take(5)
            .map(|r| {
                let detail = text(cell(&sso, r, "detail"));
                let (when, what) = detail.split_once(": ").unwrap_or(("", &detail));
                vec![
                    text(cell(&sso, r, "provider")),
                    when.get(..10).unwrap_or(when).to_owned(),
                    what.to_owned(),
                ]
            })
            .collect();
        if rows.is_empty() {
            rows.push(vec![
                "no failed checks in the window".into(),
                String::new(),
                String::new(),
            ]);
        } else if failures.len() > rows.len() {
            rows.push(vec![
                format!("{} failed checks in all", failures.len()),
                String::new(),
                String::new(),
            ]);
        }
        o.tables.push(Table {
            title: "SSO check failures".into(),
            columns: vec!["provider".into(), "date".into(), "failed".into()],
            rows,
        });
    }

    // CRM and support.
    let crm = run("crm", p)?;
    let pipeline = section(&crm, "pipeline");
    if pipeline.is_empty() {
        o.left_out
            .push("CRM: no synced opportunities (atomctl sf sync Opportunity Case)".into());
    } else {
        let mut rows: Vec<Vec<String>> = pipeline
            .iter()
            .map(|r| {
                vec![
                    text(cell(&crm, r, "item")),
                    text(cell(&crm, r, "count")),
                    text(cell(&crm, r, "amount")),
                ]
            })
            .collect();
        if let Some(w) = section(&crm, "win_rate").first() {
            rows.push(vec![
                "win rate %".into(),
                String::new(),
                text(cell(&crm, w, "value")),
            ]);
        }
        o.tables.push(Table {
            title: "CRM pipeline by stage".into(),
            columns: vec!["stage".into(), "count".into(), "amount".into()],
            rows,
        });
    }
    let incidents = run(
        "incidents",
        &Params {
            by: By::Week,
            ..p.ungrouped()
        },
    )?;
    let flow = section(&incidents, "flow");
    if flow.is_empty() {
        o.left_out.push(
            "Support: no synced ServiceNow incidents (atomctl snow sync incident task_sla)".into(),
        );
    } else {
        // Per week, across the assignment groups, beside the week's chat users.
        let mut weeks: Vec<(String, [f64; 4])> = Vec::new();
        for r in &flow {
            let week = text(cell(&incidents, r, "period"));
            if weeks.last().is_none_or(|(w, _)| *w != week) {
                weeks.push((week, [0.0; 4]));
            }
            let sums = &mut weeks.last_mut().expect("pushed").1;
            for (i, c) in ["opened", "resolved", "backlog", "sla_breached"]
                .iter()
                .enumerate()
            {
                sums[i] += num(&incidents, r, c);
            }
        }
        let has_slas = flow
            .iter()
            .any(|r| cell(&incidents, r, "sla_breached").is_some_and(|v| !v.is_null()));
        let chat = |week: &str| {
            weekly
                .rows
                .iter()
                .find(|r| text(cell(&weekly, r, "period")) == week)
                .map_or(0.0, |r| num(&weekly, r, "active_users"))
        };
        let mut columns = vec!["week", "opened", "resolved", "backlog"];
        if has_slas {
            columns.push("SLA breached");
        }
        columns.push("chat users");
        let start = weeks.len().saturating_sub(8);
        o.tables.push(Table {
            title: "Support against chat usage".into(),
            columns: columns.into_iter().map(str::to_owned).collect(),
            rows: weeks[start..]
                .iter()
                .map(|(week, v)| {
                    let mut row = vec![week.clone()];
                    row.extend(v[..3].iter().map(|n| fmt_count(*n)));
                    if has_slas {
                        row.push(fmt_count(v[3]));
                    }
                    row.push(fmt_count(chat(week)));
                    row
                })
                .collect(),
        });
        // Each adopting department's incident rate before and after it took up the
        // assistant (the ticket-reduction report).
        let reduction = run("ticket-reduction", p)?;
        let adopted: Vec<Vec<String>> = section(&reduction, "department")
            .iter()
            .filter(|r| cell(&reduction, r, "adopted_on").is_some_and(|v| !v.is_null()))
            .map(|r| {
                [
                    "department",
                    "adopted_on",
                    "rate_before",
                    "rate_after",
                    "change_pct",
                ]
                .iter()
                .map(|c| text(cell(&reduction, r, c)))
                .collect()
            })
            .collect();
        if !adopted.is_empty() {
            o.tables.push(Table {
                title: "Ticket reduction".into(),
                columns: ["department", "adopted", "before", "after", "change %"]
                    .iter()
                    .map(|c| (*c).to_owned())
                    .collect(),
                rows: adopted,
            });
            o.notes.push(format!(
                "Ticket reduction: incidents per 100 directory users per 30 days, before and after the day {}% of a department's users had used the assistant (atomctl analytics report ticket-reduction).",
                reports::ADOPTION_SHARE * 100.0
            ));
        }
    }

    // Security: MFA coverage and high-severity findings not yet reported.
    let mfa = run(
        "mfa",
        &Params {
            group_by: Some(GroupBy::Department),
            ..p.clone()
        },
    )?;
    let (members, capable) = mfa.rows.iter().fold((0.0, 0.0), |(m, c), r| {
        (m + num(&mfa, r, "users"), c + num(&mfa, r, "capable"))
    });
    if members > 0.0 {
        let threats = run("threats", p)?;
        let high = threats
            .rows
            .iter()
            .filter(|r| cell(&threats, r, "severity").and_then(Value::as_str) == Some("high"))
            .count();
        let new_high = threats
            .rows
            .iter()
            .filter(|r| {
                cell(&threats, r, "severity").and_then(Value::as_str) == Some("high")
                    && cell(&threats, r, "status").and_then(Value::as_str) == Some("new")
            })
            .count();
        o.tables.push(Table {
            title: "Security".into(),
            columns: vec!["".into(), "value".into()],
            rows: vec![
                vec![
                    "MFA-capable accounts %".into(),
                    format!("{:.1}", 100.0 * capable / members),
                ],
                vec!["high-severity findings".into(), high.to_string()],
                vec!["of which not yet reported".into(), new_high.to_string()],
            ],
        });
    } else {
        o.left_out
            .push("Security: no MFA registration data (atomctl teams sync --security)".into());
    }

    // ROI with its assumptions.
    if any_events {
        let roi = run("roi", p)?;
        if let Some(total) = roi
            .rows
            .iter()
            .find(|r| cell(&roi, r, "period").and_then(Value::as_str) == Some("total"))
        {
            o.tables.push(Table {
                title: "Return on investment".into(),
                columns: vec!["".into(), "value".into()],
                rows: vec![
                    vec![
                        "interactions".into(),
                        text(cell(&roi, total, "interactions")),
                    ],
                    vec!["hours saved".into(), text(cell(&roi, total, "hours_saved"))],
                    vec![
                        format!("value ({})", text(cell(&roi, total, "currency"))),
                        text(cell(&roi, total, "value")),
                    ],
                    vec![
                        "assumed minutes per interaction".into(),
                        text(cell(&roi, total, "minutes_per_interaction")),
                    ],
                    vec![
                        "assumed hourly cost".into(),
                        text(cell(&roi, total, "hourly_cost")),
                    ],
                ],
            });
        }
    }
    Ok(o)
}
