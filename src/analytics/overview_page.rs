//! The overview as one self-contained page: no script, no request (the same
//! Content-Security-Policy as every export), charts as inline SVG drawn here with a
//! `viewBox` so they scale to a phone, each with a title and a description for screen
//! readers. Light, dark, or the reader's own setting (CSS only), and a print stylesheet.

use std::fmt::Write;

use minijinja::{Environment, Value, context};

use super::overview::{Certificate, Day, Kpi, Overview, Series};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    Auto,
}

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en" data-theme="{{ theme }}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Overview · atomctl</title>
<style>
:root { --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --card: #f6f8fa;
  --accent: #0969da; --band: #0969da33; --up: #1a7f37; --down: #cf222e; --mark: #bf3989; }
html[data-theme="dark"] { --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --line: #30363d;
  --card: #161b22; --accent: #4493f8; --band: #4493f833; --up: #3fb950; --down: #f85149; --mark: #db61a2; }
@media (prefers-color-scheme: dark) {
  html[data-theme="auto"] { --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --line: #30363d;
    --card: #161b22; --accent: #4493f8; --band: #4493f833; --up: #3fb950; --down: #f85149; --mark: #db61a2; }
}
* { box-sizing: border-box; }
body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 72rem;
  background: var(--bg); color: var(--fg); }
h1 { font-size: 1.4rem; margin: 0 0 0.2rem; }
h2 { font-size: 1.05rem; margin: 1.4rem 0 0.5rem; }
.meta, .note { color: var(--muted); font-size: 0.85rem; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: 0.6rem; }
.tile { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem; min-width: 0; }
.tile .label { color: var(--muted); font-size: 0.8rem; }
.tile .value { font-size: 1.4rem; font-variant-numeric: tabular-nums; }
.up { color: var(--up); } .down { color: var(--down); }
svg { display: block; width: 100%; height: auto; }
figure { margin: 0; }
svg text { fill: var(--muted); font-size: 11px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
table { width: 100%; border-collapse: collapse; font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.4rem; text-align: left; overflow-wrap: anywhere; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
th { overflow-wrap: normal; } /* a column is at least as wide as its heading's words */
ul.note { padding-left: 1.2rem; }
/* A chart is drawn 760 units wide and scaled to the page: on a phone its text would shrink
   to a few pixels, so it is set larger there (the charts leave room for it). */
@media (max-width: 40rem) {
  svg.chart text { font-size: 22px; }
  table { font-size: 0.8rem; }
  th, td { padding: 0.2rem 0.15rem; }
}
@media print {
  :root, html[data-theme] { --bg: #fff; --fg: #000; --muted: #444; --card: #fff; }
  body { max-width: none; padding: 0; }
  .tile, figure, table { break-inside: avoid; }
}
</style>
</head>
<body>
<h1>Overview</h1>
<p class="meta">{{ window }} · generated {{ generated }} by atomctl {{ version }}</p>
{% if kpis %}<h2>Last complete week ({{ week }}) against the week before</h2>
<section class="tiles">
{% for k in kpis %}<div class="tile"><div class="label">{{ k.label }}</div><div class="value">{{ k.value }}</div>
<div class="{{ k.class }}">{{ k.change }}</div>{{ k.spark }}</div>
{% endfor %}</section>{% endif %}
{% for s in series %}<h2>{{ s.title }}</h2>
<figure>{{ s.svg }}</figure>
{% if s.text %}<p class="note">{{ s.text }}</p>{% endif %}{% endfor %}
{% if departments %}<h2>Engagement by department</h2>
<figure>{{ departments }}</figure>{% endif %}
{% if certificates %}<h2>SSO certificates: days left</h2>
<figure>{{ certificates }}</figure>{% endif %}
<div class="grid">
{% for t in tables %}<section><h2>{{ t.title }}</h2><table>
<thead><tr>{% for c in t.columns %}<th>{{ c }}</th>{% endfor %}</tr></thead>
<tbody>{% for row in t.rows %}<tr>{% for c in row %}<td{% if c.num %} class="num"{% endif %}>{{ c.text }}</td>{% endfor %}</tr>{% endfor %}</tbody>
</table></section>
{% endfor %}</div>
{% for n in notes %}<p class="note">{{ n }}</p>{% endfor %}
{% if left_out %}<h2>Not shown</h2><ul class="note">{% for n in left_out %}<li>{{ n }}</li>{% endfor %}</ul>{% endif %}
</body>
</html>
"#;

/// Escape text for SVG/HTML.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.1}")
    }
}

/// A sparkline of the weeks, with its title and description.
fn sparkline(k: &Kpi) -> String {
    let (w, h) = (120.0, 28.0);
    let max = k.weeks.iter().copied().fold(0.0f64, f64::max).max(1.0);
    let n = k.weeks.len().max(2) - 1;
    let points: Vec<String> = k
        .weeks
        .iter()
        .enumerate()
        .map(|(i, v)| {
            format!(
                "{:.1},{:.1}",
                i as f64 * w / n as f64,
                h - 2.0 - v / max * (h - 4.0)
            )
        })
        .collect();
    format!(
        r#"<svg viewBox="0 0 {w} {h}" role="img" aria-labelledby="s-{id}-t s-{id}-d"><title id="s-{id}-t">{label}, weekly</title><desc id="s-{id}-d">{desc}</desc><polyline fill="none" stroke="var(--accent)" stroke-width="1.5" points="{pts}"/></svg>"#,
        id = esc(&k.label.replace(' ', "-").to_lowercase()),
        label = esc(k.label),
        desc = esc(&format!(
            "{} complete weeks: {}",
            k.weeks.len(),
            k.weeks
                .iter()
                .map(|v| fmt_num(*v))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        pts = points.join(" "),
    )
}

/// A usage series per day: the complete days solid, the day in progress dashed, anomalies
/// marked and labelled, and the forecast after them dotted inside its interval band.
fn series_chart(s: &Series) -> String {
    let (days, ahead, id) = (&s.days, &s.forecast, s.id);
    // Room on the left and below for the axis labels at a phone's larger text.
    let (w, h, left, bottom) = (760.0, 300.0, 64.0, 34.0);
    let n = days.len() + ahead.len();
    let max = days
        .iter()
        .map(|d| d.value)
        .chain(ahead.iter().map(|a| a.high))
        .fold(0.0f64, f64::max)
        .max(1.0)
        * 1.1;
    let x = |i: usize| left + (w - left - 8.0) * i as f64 / (n.max(2) - 1) as f64;
    let y = |v: f64| (h - bottom) - v / max * (h - bottom - 12.0);
    let mut svg = String::new();
    let anomalies: Vec<&Day> = days.iter().filter(|d| d.anomaly).collect();
    let desc = format!(
        "{} from {} to {}{}{}.",
        s.title,
        days.first().map_or("", |d| d.date.as_str()),
        days.last().map_or("", |d| d.date.as_str()),
        if anomalies.is_empty() {
            String::new()
        } else {
            format!(
                "; anomalies: {}",
                anomalies
                    .iter()
                    .map(|d| format!("{} ({} {})", d.date, fmt_num(d.value), s.unit))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        },
        match (ahead.first(), ahead.last()) {
            (Some(a), Some(b)) => format!(
                "; forecast from {} to {} with a 95% interval",
                a.date, b.date
            ),
            _ => String::new(),
        }
    );
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="{id}-t {id}-d"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        esc(s.title),
        esc(&desc)
    );
    for k in 0..=4 {
        let v = max / 1.1 * k as f64 / 4.0;
        let _ = write!(
            svg,
            r#"<line x1="{left}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="var(--line)"/><text x="{}" y="{:.1}" text-anchor="end">{}</text>"#,
            w - 8.0,
            left - 4.0,
            y(v) + 4.0,
            fmt_num(v.round()),
            y = y(v)
        );
    }
    // Forecast band and line.
    if !ahead.is_empty() {
        let off = days.len();
        let upper: Vec<String> = ahead
            .iter()
            .enumerate()
            .map(|(i, a)| format!("{:.1},{:.1}", x(off + i), y(a.high)))
            .collect();
        let lower: Vec<String> = ahead
            .iter()
            .enumerate()
            .rev()
            .map(|(i, a)| format!("{:.1},{:.1}", x(off + i), y(a.low)))
            .collect();
        let _ = write!(
            svg,
            r#"<polygon fill="var(--band)" points="{} {}"><title>forecast interval (95%)</title></polygon>"#,
            upper.join(" "),
            lower.join(" ")
        );
        let line: Vec<String> = ahead
            .iter()
            .enumerate()
            .map(|(i, a)| format!("{:.1},{:.1}", x(off + i), y(a.value)))
            .collect();
        let _ = write!(
            svg,
            r#"<polyline fill="none" stroke="var(--accent)" stroke-dasharray="2 3" stroke-width="1.5" points="{}"/>"#,
            line.join(" ")
        );
    }
    // Complete days solid; from the last complete day on, dashed.
    let complete = days.iter().take_while(|d| !d.partial).count();
    let pts = |range: std::ops::Range<usize>| -> String {
        range
            .map(|i| format!("{:.1},{:.1}", x(i), y(days[i].value)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let _ = write!(
        svg,
        r#"<polyline fill="none" stroke="var(--accent)" stroke-width="2" points="{}"/>"#,
        pts(0..complete)
    );
    if complete < days.len() {
        let _ = write!(
            svg,
            r#"<polyline class="partial" fill="none" stroke="var(--accent)" stroke-dasharray="6 4" stroke-width="2" points="{}"><title>incomplete: the day is not over</title></polyline>"#,
            pts(complete.saturating_sub(1)..days.len())
        );
    }
    for (i, d) in days.iter().enumerate().filter(|(_, d)| d.anomaly) {
        let (cx, cy) = (x(i), y(d.value));
        let label = format!("anomaly {}: {} {}", d.date, fmt_num(d.value), s.unit);
        // The label goes on the side of the mark with room for it at a phone's text size
        // (22 units, about 12 units a character).
        let room = label.chars().count() as f64 * 12.5;
        let anchor = if cx + 8.0 + room > w && cx > w / 2.0 {
            "end"
        } else {
            "start"
        };
        let _ = write!(
            svg,
            r#"<circle cx="{cx:.1}" cy="{cy:.1}" r="5" fill="none" stroke="var(--mark)" stroke-width="2"/><text class="anomaly" x="{:.1}" y="{:.1}" text-anchor="{anchor}" style="fill: var(--mark)">{}</text>"#,
            if anchor == "end" { cx - 8.0 } else { cx + 8.0 },
            // Beside the mark, or under it when the mark is at the top (clear of the axis).
            if cy < 40.0 { cy + 26.0 } else { cy + 4.0 },
            esc(&label)
        );
    }
    // First and last dates on the axis.
    if let (Some(a), Some(b)) = (
        days.first(),
        ahead
            .last()
            .map(|a| &a.date)
            .or(days.last().map(|d| &d.date)),
    ) {
        let _ = write!(
            svg,
            r#"<text x="{left}" y="{}">{}</text><text x="{}" y="{}" text-anchor="end">{}</text>"#,
            h - 6.0,
            esc(&a.date),
            w - 8.0,
            h - 6.0,
            esc(b)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// One bar of a bar chart.
struct Bar {
    label: String,
    /// What the bar says after its label (`42.0`, `39 days left`).
    says: String,
    /// Its length, 0–1 of the chart's width.
    share: f64,
    colour: &'static str,
    /// The bar's own title (a tooltip, and read out).
    about: Option<String>,
}

/// Horizontal bars, each under its label: a long label (a provider's URL) needs no margin
/// and stays readable when the chart shrinks to a phone.
fn bar_chart(id: &str, title: &str, desc: &str, bars: &[Bar]) -> String {
    let (w, row_h) = (760.0, 48.0);
    let h = row_h * bars.len() as f64 + 4.0;
    let mut svg = format!(
        r#"<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="{id}-t {id}-d"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        esc(title),
        esc(desc)
    );
    for (i, b) in bars.iter().enumerate() {
        let top = i as f64 * row_h;
        let len = ((w - 4.0) * b.share.clamp(0.0, 1.0)).max(4.0);
        let _ = write!(
            svg,
            r#"<text x="2" y="{:.1}">{} · {}</text><rect x="2" y="{:.1}" width="{len:.1}" height="16" fill="{}">"#,
            top + 20.0,
            esc(&b.label),
            esc(&b.says),
            top + 26.0,
            b.colour
        );
        if let Some(about) = &b.about {
            let _ = write!(svg, "<title>{}</title>", esc(about));
        }
        svg.push_str("</rect>");
    }
    svg.push_str("</svg>");
    svg
}

/// A department's engagement score, highest first.
fn department_bars(rows: &[(String, f64)]) -> String {
    let desc = rows
        .iter()
        .map(|(d, s)| format!("{d}: {s:.1}"))
        .collect::<Vec<_>>()
        .join("; ");
    let bars: Vec<Bar> = rows
        .iter()
        .map(|(dept, score)| Bar {
            label: dept.clone(),
            says: format!("{score:.1}"),
            share: score / 100.0,
            colour: "var(--accent)",
            about: None,
        })
        .collect();
    bar_chart(
        "dept",
        "Engagement score by department (0–100)",
        &desc,
        &bars,
    )
}

/// Days left below which a certificate is drawn as urgent.
const CERT_URGENT_DAYS: i64 = 30;

/// The SSO certificate calendar: a bar per certificate, its length the days left (an
/// expired one a stub in the alarm colour), fewest first.
fn certificate_bars(certs: &[Certificate]) -> String {
    let longest = certs
        .iter()
        .map(|c| c.days_left)
        .max()
        .unwrap_or(1)
        .max(CERT_URGENT_DAYS) as f64;
    let desc = certs
        .iter()
        .map(|c| format!("{}: {} days left ({})", c.provider, c.days_left, c.detail))
        .collect::<Vec<_>>()
        .join("; ");
    let bars: Vec<Bar> = certs
        .iter()
        .map(|c| {
            let (colour, says) = if c.days_left < 0 {
                ("var(--down)", format!("expired {} days ago", -c.days_left))
            } else if c.days_left <= CERT_URGENT_DAYS {
                ("var(--mark)", format!("{} days left", c.days_left))
            } else {
                ("var(--accent)", format!("{} days left", c.days_left))
            };
            Bar {
                label: c.provider.clone(),
                says,
                share: c.days_left.max(0) as f64 / longest,
                colour,
                about: Some(c.detail.clone()),
            }
        })
        .collect();
    bar_chart(
        "certs",
        "SSO certificate expiry: days left per provider",
        &desc,
        &bars,
    )
}

/// What the page says under a series: its forecast, the model and its backtest error.
fn forecast_text(s: &Series) -> Option<String> {
    let mape = s.mape?;
    let per_week: Vec<String> = s
        .forecast
        .chunks(7)
        .map(|w| {
            let sum: f64 = w.iter().map(|a| a.value).sum();
            if s.id == "messages" {
                fmt_num(sum.round())
            } else {
                fmt_num((sum / w.len() as f64).round())
            }
        })
        .collect();
    let ahead = if s.id == "messages" {
        format!("next four weeks {} {}", per_week.join(" / "), s.unit)
    } else {
        format!(
            "next four weeks {} {} a day on average",
            per_week.join(" / "),
            s.unit
        )
    };
    Some(format!(
        "Forecast: Holt-Winters (additive, weekly season) fitted to the complete days, {ahead}; backtest error (MAPE) {mape:.1}% over the last 4 weeks held out. The shaded band is the 95% interval."
    ))
}

pub fn render(o: &Overview, theme: Theme, window: &str, generated: &str) -> Result<String, String> {
    let mut env = Environment::new();
    env.add_template("overview.html", PAGE)
        .map_err(|e| e.to_string())?;
    let kpis: Vec<Value> = o
        .kpis
        .iter()
        .map(|k| {
            let (good, bad) = if k.lower_is_better {
                ("down", "up")
            } else {
                ("up", "down")
            };
            let (class, change) = match (k.value, k.change_pct) {
                (None, _) => ("", "nothing measured this week".into()),
                (_, Some(c)) if c > 0.0 => (good, format!("▲ {c:.1}%")),
                (_, Some(c)) if c < 0.0 => (bad, format!("▼ {:.1}%", -c)),
                (_, Some(_)) => ("", "no change".into()),
                (_, None) => ("", "no earlier week".into()),
            };
            context! {
                label => k.label,
                value => k.value.map_or_else(|| "–".to_owned(), |v| format!("{}{}", fmt_num(v), k.unit)),
                class => class,
                change => change,
                // Markup drawn here from numbers; everything else is escaped text.
                spark => Value::from_safe_string(sparkline(k)),
            }
        })
        .collect();
    let series: Vec<Value> = o
        .series
        .iter()
        .filter(|s| !s.days.is_empty())
        .map(|s| {
            context! {
                title => s.title,
                svg => Value::from_safe_string(series_chart(s)),
                text => forecast_text(s),
            }
        })
        .collect();
    let certificates = (!o.certificates.is_empty())
        .then(|| Value::from_safe_string(certificate_bars(&o.certificates)));
    let departments = (!o.departments.is_empty())
        .then(|| Value::from_safe_string(department_bars(&o.departments)));
    let tables: Vec<Value> = o
        .tables
        .iter()
        .map(|t| {
            // Numbers align right, text (dates, names, what failed) left.
            let rows: Vec<Vec<serde_json::Value>> = t
                .rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| {
                            let num = !c.is_empty() && c.trim().parse::<f64>().is_ok();
                            serde_json::json!({"text": c, "num": num})
                        })
                        .collect()
                })
                .collect();
            Value::from_serialize(serde_json::json!({
                "title": t.title, "columns": t.columns, "rows": rows,
            }))
        })
        .collect();
    env.get_template("overview.html")
        .and_then(|t| {
            t.render(context! {
                theme => match theme { Theme::Light => "light", Theme::Dark => "dark", Theme::Auto => "auto" },
                window => window,
                generated => generated,
                version => env!("CARGO_PKG_VERSION"),
                week => o.week,
                kpis => kpis,
                series => series,
                departments => departments,
                certificates => certificates,
                notes => o.notes,
                tables => tables,
                left_out => o.left_out,
            })
        })
        .map_err(|e| e.to_string())
}
