//! The self-contained HTML dashboard: one file, inline CSS and SVG, no script, no request
//! leaving the page (a Content-Security-Policy says so to the browser too).

use minijinja::{Environment, Value, context};

use super::Report;

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} · atomctl</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1f24; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
.meta { color: #57606a; margin-top: 0; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem; }
.table { overflow-x: auto; margin-top: 1rem; }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; text-align: left; white-space: nowrap; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
ul.notes { color: #57606a; font-size: 0.85rem; }
</style>
</head>
<body>
<h1>{{ title }}</h1>
<p class="meta">{{ window }} · generated {{ generated }} by atomctl {{ version }}</p>
{% if charts %}<section class="charts">
{% for c in charts %}<figure class="chart">{{ c }}</figure>
{% endfor %}</section>{% endif %}
<div class="table"><table id="report">
<thead><tr>{% for c in columns %}<th>{{ c }}</th>{% endfor %}</tr></thead>
<tbody>
{% for row in rows %}<tr>{% for cell in row %}<td{% if cell.num %} class="num"{% endif %}>{{ cell.text }}</td>{% endfor %}</tr>
{% endfor %}</tbody>
</table></div>
{% if notes %}<ul class="notes">{% for n in notes %}<li>{{ n }}</li>{% endfor %}</ul>{% endif %}
</body>
</html>
"#;

pub fn render(report: &Report, window: &str, generated: &str) -> Result<String, String> {
    let mut env = Environment::new();
    env.add_template("report.html", PAGE)
        .map_err(|e| e.to_string())?;
    let charts: Vec<Value> = report
        .charts
        .iter()
        .filter_map(|c| c.svg().transpose())
        .map(|s| s.map(Value::from_safe_string))
        .collect::<Result<_, _>>()?;
    let rows: Vec<Vec<Value>> = report
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|v| {
                    let text = match v {
                        serde_json::Value::Null => String::new(),
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    Value::from_serialize(serde_json::json!({"text": text, "num": v.is_number()}))
                })
                .collect()
        })
        .collect();
    env.get_template("report.html")
        .and_then(|t| {
            t.render(context! {
                title => report.title,
                window => window,
                generated => generated,
                version => env!("CARGO_PKG_VERSION"),
                charts => charts,
                columns => report.columns,
                rows => rows,
                notes => report.notes,
            })
        })
        .map_err(|e| e.to_string())
}
