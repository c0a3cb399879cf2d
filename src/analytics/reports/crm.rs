//! `crm`: the synced Salesforce opportunities and cases (`sf sync Opportunity Case`).

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde_json::{Value, json};

use super::{Params, cached_rows as records, median, parse_ts};
use crate::analytics::chart::Chart;
use crate::analytics::period::{By, day_of, label, period_start};
use crate::analytics::{AnalyticsError, Report, round2};

fn truthy(v: &Value) -> bool {
    matches!(v, Value::Bool(true)) || v.as_i64() == Some(1) || v.as_str() == Some("true")
}

fn date_ts(v: Option<&Value>) -> Option<i64> {
    let s = v?.as_str()?;
    if s.len() == 10 {
        return crate::analytics::period::parse_until(s)
            .ok()
            .map(|t| t - 86_400);
    }
    parse_ts(Some(s.replace("+0000", "Z")))
}

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let mut rep = Report::new(
        "crm",
        "CRM",
        &["section", "item", "count", "amount", "value"],
    );
    let profile = p.profile.as_deref();
    let opps = records(
        conn,
        "sf_opportunity",
        &["StageName", "Amount", "CloseDate", "IsClosed", "IsWon"],
        profile,
    )?;
    match opps {
        None => rep
            .notes
            .push("no synced opportunities: atomctl sf sync Opportunity".into()),
        Some(opps) => {
            let amount = |o: &BTreeMap<String, Value>| {
                o.get("Amount").and_then(Value::as_f64).unwrap_or(0.0)
            };
            let closed = |o: &BTreeMap<String, Value>| o.get("IsClosed").is_some_and(truthy);
            let mut stages: BTreeMap<String, (u64, f64)> = BTreeMap::new();
            for o in opps.iter().filter(|o| !closed(o)) {
                let s = o
                    .get("StageName")
                    .and_then(Value::as_str)
                    .unwrap_or("(none)")
                    .to_owned();
                let e = stages.entry(s).or_default();
                e.0 += 1;
                e.1 += amount(o);
            }
            let (mut x, mut ys) = (Vec::new(), Vec::new());
            for (stage, (n, a)) in &stages {
                x.push(stage.clone());
                ys.push(round2(*a));
                rep.push(vec![
                    json!("pipeline"),
                    json!(stage),
                    json!(n),
                    json!(round2(*a)),
                    json!(null),
                ]);
            }
            rep.charts.push(Chart::bars(
                "Open pipeline by stage",
                x,
                vec![("amount".into(), ys)],
            ));
            let in_window = |o: &BTreeMap<String, Value>| {
                date_ts(o.get("CloseDate")).is_some_and(|t| p.window.contains(t))
            };
            let closed_in: Vec<_> = opps.iter().filter(|o| closed(o) && in_window(o)).collect();
            let won: Vec<_> = closed_in
                .iter()
                .filter(|o| o.get("IsWon").is_some_and(truthy))
                .collect();
            let rate = if closed_in.is_empty() {
                Value::Null
            } else {
                json!(round2(won.len() as f64 / closed_in.len() as f64 * 100.0))
            };
            rep.push(vec![
                json!("win_rate"),
                json!("closed in the window: won / closed, %"),
                json!(closed_in.len()),
                json!(round2(won.iter().map(|o| amount(o)).sum())),
                rate,
            ]);
            let mut closing: BTreeMap<i64, (u64, f64)> = BTreeMap::new();
            for o in opps.iter().filter(|o| !closed(o) && in_window(o)) {
                let d = day_of(date_ts(o.get("CloseDate")).expect("in the window"));
                let e = closing.entry(period_start(d, p.by)).or_default();
                e.0 += 1;
                e.1 += amount(o);
            }
            for (start, (n, a)) in closing {
                rep.push(vec![
                    json!("closing"),
                    json!(label(start, p.by)),
                    json!(n),
                    json!(round2(a)),
                    json!(null),
                ]);
            }
        }
    }
    let cases = records(
        conn,
        "sf_case",
        &["Status", "Priority", "CreatedDate", "IsClosed"],
        profile,
    )?;
    match cases {
        None => rep
            .notes
            .push("no synced cases: atomctl sf sync Case".into()),
        Some(cases) => {
            for field in ["Status", "Priority"] {
                let mut by: BTreeMap<String, u64> = BTreeMap::new();
                for c in &cases {
                    *by.entry(
                        c.get(field)
                            .and_then(Value::as_str)
                            .unwrap_or("(none)")
                            .to_owned(),
                    )
                    .or_default() += 1;
                }
                for (k, n) in by {
                    rep.push(vec![
                        json!(format!("cases_by_{}", field.to_lowercase())),
                        json!(k),
                        json!(n),
                        json!(null),
                        json!(null),
                    ]);
                }
            }
            let now = p.now.unix_timestamp();
            let mut ages: Vec<f64> = cases
                .iter()
                .filter(|c| !c.get("IsClosed").is_some_and(truthy))
                .filter_map(|c| date_ts(c.get("CreatedDate")))
                .map(|t| (now - t) as f64 / 86_400.0)
                .collect();
            let n = ages.len();
            let mean = if n == 0 {
                Value::Null
            } else {
                json!(round2(ages.iter().sum::<f64>() / n as f64))
            };
            rep.push(vec![
                json!("case_age"),
                json!("open cases: mean age, days"),
                json!(n),
                json!(null),
                mean,
            ]);
            let med = if n == 0 {
                Value::Null
            } else {
                json!(round2(median(&mut ages)))
            };
            rep.push(vec![
                json!("case_age"),
                json!("open cases: median age, days"),
                json!(n),
                json!(null),
                med,
            ]);
        }
    }
    rep.notes.push(format!(
        "pipeline: open opportunities (IsClosed false) by StageName; win rate: opportunities closed with CloseDate in the window, won / closed; closing: open opportunities whose CloseDate falls in the window, per {}; case age: from CreatedDate to now.",
        match p.by { By::Day => "day", By::Week => "week", By::Month => "month" }
    ));
    Ok(rep)
}
