//! `forecast`: the next four weeks of messages and active users, day by day with a 95%
//! interval, from additive Holt-Winters with a weekly season fitted to the window's complete
//! days (the usage report's own daily rows: one computation), and the backtest error of the
//! same model on the last four weeks held out.

use serde_json::{Value, json};

use super::{Params, Source, usage};
use crate::analytics::forecast::{backtest, fit};
use crate::analytics::period::{By, label};
use crate::analytics::{AnalyticsError, Report, round2};

/// Days forecast, and held out by the backtest.
const HORIZON: usize = 28;
const SEASON: usize = 7;

pub fn run(src: &Source<'_>, p: &Params) -> Result<Report, AnalyticsError> {
    let daily = usage::run(
        src,
        &Params {
            by: By::Day,
            ..p.ungrouped()
        },
    )?;
    from_daily(&daily, p)
}

/// The forecast from the usage report's daily rows (a caller that has them already, the
/// overview page, does not fold the events again).
pub fn from_daily(daily: &Report, p: &Params) -> Result<Report, AnalyticsError> {
    let mut rep = Report::new(
        "forecast",
        "Forecast",
        &[
            "series",
            "date",
            "forecast",
            "low",
            "high",
            "backtest_mape_pct",
        ],
    );
    let col = |name: &str| daily.columns.iter().position(|c| c == name);
    let (Some(period), Some(partial)) = (col("period"), col("partial")) else {
        return Ok(rep);
    };
    // Complete days only, from the first with any activity (days before the data began
    // are not zeros).
    let days: Vec<&Vec<Value>> = daily
        .rows
        .iter()
        .filter(|r| r[partial] == Value::Bool(false))
        .collect();
    let start = days
        .iter()
        .position(|r| col("messages").is_some_and(|m| r[m].as_u64().unwrap_or(0) > 0));
    let days = &days[start.unwrap_or(days.len())..];
    let Some(last) = days.last().and_then(|r| r[period].as_str()) else {
        rep.notes.push(
            "no complete day with chat events in the window: atomctl analytics ingest".into(),
        );
        return Ok(rep);
    };
    let last_day =
        crate::analytics::period::parse_since(last, p.now).map(crate::analytics::period::day_of)?;
    // Days the usage report flags as anomalies stand in for their weekday's median of the
    // weeks before: one spike would otherwise bend the season and the level it learns.
    let anomalies: Vec<usize> = col("anomaly")
        .map(|a| {
            days.iter()
                .enumerate()
                .filter(|(_, r)| r[a] == Value::Bool(true))
                .map(|(i, _)| i)
                .collect()
        })
        .unwrap_or_default();
    for (series, column) in [("messages", "messages"), ("active_users", "active_users")] {
        let Some(c) = col(column) else { continue };
        let mut y: Vec<f64> = days.iter().map(|r| r[c].as_f64().unwrap_or(0.0)).collect();
        for &i in &anomalies {
            let mut same_weekday: Vec<f64> = (1..=8)
                .filter_map(|k| i.checked_sub(k * SEASON))
                .map(|j| y[j])
                .collect();
            if !same_weekday.is_empty() {
                y[i] = super::median(&mut same_weekday);
            }
        }
        let Some(model) = fit(&y, SEASON) else {
            rep.notes.push(format!(
                "{series}: {} complete days of history; a forecast needs more than {} (--since 90d)",
                y.len(),
                2 * SEASON
            ));
            continue;
        };
        let mape = backtest(&y, SEASON, HORIZON).map(round2);
        let points = model.forecast(HORIZON);
        for (k, pt) in points.iter().enumerate() {
            rep.push(vec![
                json!(series),
                json!(label(last_day + 1 + k as i64, By::Day)),
                json!(round2(pt.value)),
                json!(round2(pt.low)),
                json!(round2(pt.high)),
                json!(mape),
            ]);
        }
        let weeks: Vec<String> = points
            .chunks(SEASON)
            .map(|w| format!("{:.0}", w.iter().map(|p| p.value).sum::<f64>()))
            .collect();
        rep.notes.push(format!(
            "{series}: additive Holt-Winters with a weekly season over {} complete days (alpha {}, beta {}, gamma {}, one-step error sd {:.1}); next four weeks: {}; backtest on the last {HORIZON} days held out: {}",
            y.len(),
            model.alpha,
            model.beta,
            model.gamma,
            model.sigma,
            weeks.join(", "),
            match mape {
                Some(m) => format!("MAPE {m}%"),
                None => format!("not enough history (needs {} days)", HORIZON + 2 * SEASON + 1),
            }
        ));
    }
    if !anomalies.is_empty() {
        rep.notes.push(format!(
            "{} anomalous day{} (the usage report's) replaced by the median of the same weekday in the 8 weeks before, for fitting",
            anomalies.len(),
            if anomalies.len() == 1 { "" } else { "s" }
        ));
    }
    rep.notes.push(
        "the interval is 95%, from the model's one-step errors, widening with the horizon; a forecast assumes the weekly rhythm and trend of the window go on".into(),
    );
    Ok(rep)
}
