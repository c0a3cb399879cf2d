//! `sso`: the recorded SSO checks (`sso oidc check`, `sso saml idp-check`).

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde_json::{Value, json};

use super::{Params, parse_ts};
use crate::analytics::chart::Chart;
use crate::analytics::period::{By, day_of, label};
use crate::analytics::{AnalyticsError, Report};

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let mut rep = Report::new(
        "sso",
        "SSO checks",
        &["section", "provider", "kind", "value", "detail"],
    );
    let mut st = conn.prepare(
        "SELECT ts, kind, provider, verdict, failed, report FROM sso_checks ORDER BY id",
    )?;
    #[derive(Default)]
    struct Hist {
        runs: u64,
        failures: u64,
        last: String,
        last_verdict: String,
        last_report: Option<String>,
    }
    let mut hist: BTreeMap<(String, String), Hist> = BTreeMap::new();
    let mut failures = Vec::new();
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    for r in rows {
        let (ts, kind, provider, verdict, failed, report) = r?;
        let Some(t) = parse_ts(Some(ts.clone())) else {
            continue;
        };
        if !p.window.contains(t) {
            continue;
        }
        let h = hist.entry((provider.clone(), kind.clone())).or_default();
        h.runs += 1;
        if failed > 0 {
            h.failures += 1;
            let names: Vec<String> = serde_json::from_str::<Value>(&report)
                .ok()
                .and_then(|v| v.get("checks").and_then(Value::as_array).cloned())
                .unwrap_or_default()
                .iter()
                .filter(|c| c["status"] == "fail")
                .filter_map(|c| c["name"].as_str().map(str::to_owned))
                .collect();
            failures.push((ts.clone(), provider.clone(), kind.clone(), names.join(", ")));
        }
        h.last = ts;
        h.last_verdict = verdict;
        h.last_report = Some(report);
    }
    let now = p.now.unix_timestamp();
    let mut calendar = Vec::new();
    for ((provider, kind), h) in &hist {
        rep.push(vec![
            json!("history"),
            json!(provider),
            json!(kind),
            json!(h.runs),
            json!(format!(
                "{} failed; last {} at {}",
                h.failures, h.last_verdict, h.last
            )),
        ]);
        // The certificates of the latest run, with the days left as of now.
        let certs = h
            .last_report
            .as_deref()
            .and_then(|r| serde_json::from_str::<Value>(r).ok())
            .and_then(|v| v.get("certificates").and_then(Value::as_array).cloned())
            .unwrap_or_default();
        for c in certs {
            let Some(not_after) = c["not_after"].as_str() else {
                continue;
            };
            let Some(t) = parse_ts(Some(not_after.to_owned())) else {
                continue;
            };
            calendar.push((
                (t - now).div_euclid(86_400),
                provider.clone(),
                kind.clone(),
                format!(
                    "{} certificate {} expires {}",
                    c["use"].as_str().unwrap_or("?"),
                    c["subject"].as_str().unwrap_or("?"),
                    label(day_of(t), By::Day)
                ),
            ));
        }
    }
    calendar.sort();
    let (mut x, mut ys) = (Vec::new(), Vec::new());
    for (days, provider, kind, detail) in calendar {
        x.push(provider.clone());
        ys.push(days as f64);
        rep.push(vec![
            json!("certificate_days_left"),
            json!(provider),
            json!(kind),
            json!(days),
            json!(detail),
        ]);
    }
    if !x.is_empty() {
        rep.charts.push(Chart::bars(
            "Certificate days left",
            x,
            vec![("days".into(), ys)],
        ));
    }
    for (ts, provider, kind, names) in failures {
        rep.push(vec![
            json!("failure"),
            json!(provider),
            json!(kind),
            json!(null),
            json!(format!("{ts}: {names}")),
        ]);
    }
    rep.notes.push("history and failures: checks recorded in the window; certificates: from each provider's latest check, days left as of now.".into());
    Ok(rep)
}
