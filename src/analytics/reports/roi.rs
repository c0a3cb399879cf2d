//! `roi`: time saved, from usage and stated assumptions.

use serde_json::json;

use super::usage::fold;
use super::{Params, Source};
use crate::analytics::chart::Chart;
use crate::analytics::period::label;
use crate::analytics::{AnalyticsError, Report, round2};

pub fn run(src: &Source<'_>, p: &Params) -> Result<Report, AnalyticsError> {
    let f = fold(src, &p.ungrouped())?;
    let mut rep = Report::new(
        "roi",
        "Return on investment",
        &[
            "period",
            "interactions",
            "minutes_per_interaction",
            "hours_saved",
            "hourly_cost",
            "currency",
            "value",
        ],
    );
    let per = f.stats.get("");
    let (mut total_i, mut total_h, mut total_v) = (0u64, 0.0, 0.0);
    let mut x = Vec::new();
    let mut values = Vec::new();
    for &start in f.periods.iter().filter(|s| **s >= f.first) {
        let interactions = per
            .and_then(|m| m.get(&start))
            .map_or(0, |s| s.messages + s.voice + s.files);
        let hours = interactions as f64 * p.minutes_per_interaction / 60.0;
        let value = hours * p.hourly_cost;
        total_i += interactions;
        total_h += hours;
        total_v += value;
        x.push(label(start, p.by));
        values.push(round2(value));
        rep.push(vec![
            json!(label(start, p.by)),
            json!(interactions),
            json!(p.minutes_per_interaction),
            json!(round2(hours)),
            json!(p.hourly_cost),
            json!(p.currency),
            json!(round2(value)),
        ]);
    }
    rep.push(vec![
        json!("total"),
        json!(total_i),
        json!(p.minutes_per_interaction),
        json!(round2(total_h)),
        json!(p.hourly_cost),
        json!(p.currency),
        json!(round2(total_v)),
    ]);
    rep.charts.push(Chart::line(
        format!("Value of time saved ({})", p.currency),
        x,
        vec![("value".into(), values)],
    ));
    rep.notes.push(format!(
        "Assumptions: every interaction (a message sent, a voice command or a file uploaded) saves {} minutes; an hour costs {} {}. value = interactions × {} / 60 × {}. Change them with --minutes-per-interaction and --hourly-cost (or [analytics] in the profile).",
        p.minutes_per_interaction, p.hourly_cost, p.currency, p.minutes_per_interaction, p.hourly_cost
    ));
    Ok(rep)
}
