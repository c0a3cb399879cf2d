//! `atomctl analytics`: events from the repo's generator, the directory from a real slapd sync,
//! Salesforce data from the fake org's sync, SSO checks and jobs from real runs. Every number a
//! report prints is compared with one this file computes on its own from the same inputs.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Map, Value, json};

use crate::support::sf_fake::{FakeSalesforce, Org};
use crate::support::slapd::template_ldif;
use crate::support::{Env, Slapd, expect_code, script, stderr};

const START: &str = "2026-01-01";
const DAYS: &str = "120";
const ANOMALY: &str = "2026-03-10";

/// Runs scripts/gen-events.py; returns the file.
fn events(dir: &Path, format: &str, extra: &[&str]) -> PathBuf {
    let path = dir.join(format!("events-{}.{format}", extra.len()));
    let out = Command::new("python3")
        .arg(script("gen-events.py"))
        .args([
            "--start",
            START,
            "--days",
            DAYS,
            "--users",
            "300",
            "--unknown",
            "3",
        ])
        .args(["--anomaly-day", ANOMALY, "--format", format])
        .args(extra)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(&path, &out.stdout).unwrap();
    path
}

/// An event as the test reads it from the CSV, independently of atomctl.
#[derive(Debug, Clone)]
struct Ev {
    day: String,
    month: String,
    user: String,
    kind: String,
    channel: String,
    response_ms: Option<i64>,
    bytes: Option<i64>,
}

fn read_csv(path: &Path) -> Vec<Ev> {
    let mut r = csv::Reader::from_path(path).unwrap();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            Ev {
                day: rec[0][..10].to_owned(),
                month: rec[0][..7].to_owned(),
                user: rec[1].to_lowercase(),
                kind: rec[2].to_owned(),
                channel: rec[5].to_owned(),
                response_ms: rec[6].parse().ok(),
                bytes: rec[7].parse().ok(),
            }
        })
        .collect()
}

fn report(env: &Env, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["analytics", "report"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let out = env.run(&all);
    expect_code(&out, 0);
    serde_json::from_slice::<Vec<Value>>(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn ingest(env: &Env, file: &Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec![
        "analytics",
        "ingest",
        file.to_str().unwrap(),
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    let v: Value = serde_json::from_slice::<Vec<Value>>(&out.stdout)
        .ok()
        .and_then(|mut v| v.pop())
        .unwrap_or(Value::Null);
    (crate::support::code(&out), v)
}

fn events_in_cache(env: &Env) -> i64 {
    rusqlite::Connection::open(env.cache())
        .unwrap()
        .query_row("SELECT count(*) FROM analytics_events", [], |r| r.get(0))
        .unwrap()
}

fn nearest_rank(mut v: Vec<i64>, p: f64) -> Value {
    if v.is_empty() {
        return Value::Null;
    }
    v.sort_unstable();
    let rank = ((p / 100.0) * v.len() as f64).ceil().max(1.0) as usize;
    json!(v[rank - 1])
}

#[test]
fn ingest_is_idempotent_across_formats_reports_bad_lines_and_strict_writes_nothing() {
    let env = Env::new();
    let csv = events(env.dir.path(), "csv", &[]);
    let ndjson = events(env.dir.path(), "ndjson", &[]);
    let expected = read_csv(&csv).len() as i64;
    let (code, s) = ingest(&env, &csv, &[]);
    assert_eq!(code, 0, "{s}");
    assert_eq!(s["read"], expected);
    assert_eq!(s["added"], expected);
    assert_eq!(events_in_cache(&env), expected);
    // The same events as NDJSON (ids, and hashes for the id-less tenth) add nothing.
    let (code, s) = ingest(&env, &ndjson, &[]);
    assert_eq!(code, 0);
    assert_eq!(
        (s["added"].as_i64(), s["duplicates"].as_i64()),
        (Some(0), Some(expected))
    );
    assert_eq!(events_in_cache(&env), expected);

    // Bad lines: reported with their numbers, skipped, exit 4; the good ones are loaded.
    let fresh = Env::new();
    let generated = Command::new("python3")
        .arg(script("gen-events.py"))
        .args([
            "--start", START, "--days", "10", "--users", "20", "--format", "ndjson", "--bad", "3",
        ])
        .output()
        .unwrap();
    let bad_file = fresh.path("bad.ndjson");
    std::fs::write(&bad_file, &generated.stdout).unwrap();
    let said: BTreeSet<u64> = String::from_utf8_lossy(&generated.stderr)
        .lines()
        .filter_map(|l| l.rsplit(' ').next()?.parse().ok())
        .collect();
    assert_eq!(said.len(), 3);
    let total = generated.stdout.iter().filter(|b| **b == b'\n').count() as i64;
    let out = fresh.run(&[
        "analytics",
        "ingest",
        bad_file.to_str().unwrap(),
        "--format",
        "json",
    ]);
    expect_code(&out, 4);
    let reported: BTreeSet<u64> = stderr(&out)
        .lines()
        .filter_map(|l| l.split("line ").nth(1)?.split(':').next()?.parse().ok())
        .collect();
    assert_eq!(reported, said, "{}", stderr(&out));
    assert!(stderr(&out).contains("ts:"), "the reason names the field");
    assert_eq!(events_in_cache(&fresh), total - 3);

    // --strict: the first bad line ends it and nothing is written.
    let strict = Env::new();
    let out = strict.run(&[
        "analytics",
        "ingest",
        bad_file.to_str().unwrap(),
        "--strict",
    ]);
    expect_code(&out, 2);
    assert!(stderr(&out).contains(&format!("line {}", said.iter().next().unwrap())));
    assert_eq!(events_in_cache(&strict), 0);
}

#[test]
fn usage_and_roi_equal_what_the_events_say() {
    let env = Env::new();
    let csv = events(env.dir.path(), "csv", &[]);
    expect_code(
        &env.run(&["analytics", "ingest", csv.to_str().unwrap(), "--quiet"]),
        0,
    );
    let evs = read_csv(&csv);

    let rows = report(
        &env,
        &["usage", "--since", "2026-02-01", "--until", "2026-03-31"],
    );
    assert_eq!(rows.len(), 59, "one row per day");
    let mut by_day: BTreeMap<&str, Vec<&Ev>> = BTreeMap::new();
    for e in &evs {
        by_day.entry(e.day.as_str()).or_default().push(e);
    }
    for row in &rows {
        let day = row["period"].as_str().unwrap();
        let es = by_day.get(day).cloned().unwrap_or_default();
        let count = |k: &str| es.iter().filter(|e| e.kind == k).count() as u64;
        let users: HashSet<&str> = es.iter().map(|e| e.user.as_str()).collect();
        assert_eq!(row["active_users"], users.len() as u64, "{day}");
        assert_eq!(row["messages"], count("message_sent"), "{day}");
        assert_eq!(row["conversations"], count("conversation_started"), "{day}");
        assert_eq!(row["voice_commands"], count("voice_command"), "{day}");
        assert_eq!(row["files"], count("file_uploaded"), "{day}");
        assert_eq!(row["errors"], count("error"), "{day}");
        let bytes: i64 = es
            .iter()
            .filter(|e| e.kind == "file_uploaded")
            .filter_map(|e| e.bytes)
            .sum();
        assert_eq!(row["bytes"], bytes, "{day}");
        let ms: Vec<i64> = es
            .iter()
            .filter(|e| e.kind == "message_received")
            .filter_map(|e| e.response_ms)
            .collect();
        assert_eq!(
            row["response_p50_ms"],
            nearest_rank(ms.clone(), 50.0),
            "{day}"
        );
        assert_eq!(row["response_p95_ms"], nearest_rank(ms, 95.0), "{day}");
        // MAU: distinct users in the 30 days ending that day.
        let d = time::Date::parse(
            day,
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .unwrap();
        let mau: HashSet<&str> = (0..30)
            .flat_map(|k| {
                let dd = (d - time::Duration::days(k)).to_string();
                by_day.get(dd.as_str()).cloned().unwrap_or_default()
            })
            .map(|e| e.user.as_str())
            .collect();
        assert_eq!(row["mau"], mau.len() as u64, "{day}");
        assert_eq!(
            row["anomaly"],
            day == ANOMALY,
            "only the planted day is an anomaly: {row}"
        );
    }
    // The change against the previous day, for a day whose predecessor is in the window.
    let (a, b) = (&rows[10], &rows[11]);
    let want = (b["messages"].as_f64().unwrap() - a["messages"].as_f64().unwrap())
        / a["messages"].as_f64().unwrap()
        * 100.0;
    assert!((b["messages_change_pct"].as_f64().unwrap() - want).abs() < 0.01);

    // The forecast of April from January to March: the model over the events' own daily
    // counts (computed here), and close to what April then held.
    let fc = report(
        &env,
        &["forecast", "--since", "2026-01-01", "--until", "2026-03-31"],
    );
    let daily = |kind: Option<&str>, from: &str, to: &str| -> Vec<f64> {
        by_day
            .range(from..=to)
            .map(|(_, es)| match kind {
                Some(k) => es.iter().filter(|e| e.kind == k).count() as f64,
                None => es
                    .iter()
                    .map(|e| e.user.as_str())
                    .collect::<HashSet<_>>()
                    .len() as f64,
            })
            .collect()
    };
    for (series, kind) in [("messages", Some("message_sent")), ("active_users", None)] {
        let rows: Vec<&Value> = fc.iter().filter(|r| r["series"] == series).collect();
        assert_eq!(rows.len(), 28, "{series}");
        assert_eq!(rows[0]["date"], "2026-04-01");
        assert_eq!(rows[27]["date"], "2026-04-28");
        let mut history = daily(kind, "2026-01-01", "2026-03-31");
        assert_eq!(history.len(), 90);
        // The planted anomaly (day 68, 2026-03-10) stands in for its weekday's median of
        // the eight weeks before.
        let mut before: Vec<f64> = (1..=8).map(|k| history[68 - 7 * k]).collect();
        before.sort_by(f64::total_cmp);
        history[68] = (before[3] + before[4]) / 2.0;
        let want = atomctl::analytics::forecast::fit(&history, 7)
            .unwrap()
            .forecast(28);
        for (r, w) in rows.iter().zip(&want) {
            assert!(
                (r["forecast"].as_f64().unwrap() - w.value).abs() < 0.01,
                "{r}"
            );
            assert!(
                r["low"].as_f64() <= r["forecast"].as_f64()
                    && r["forecast"].as_f64() <= r["high"].as_f64()
            );
        }
        let mape = atomctl::analytics::forecast::backtest(&history, 7, 28).unwrap();
        assert!((rows[0]["backtest_mape_pct"].as_f64().unwrap() - mape).abs() < 0.01);
        let april = daily(kind, "2026-04-01", "2026-04-28");
        let off: f64 = rows
            .iter()
            .zip(&april)
            .map(|(r, a)| (r["forecast"].as_f64().unwrap() - a).abs() / a)
            .sum::<f64>()
            / 28.0;
        assert!(off < 0.25, "{series}: April off by {:.0}%", off * 100.0);
    }

    // Weekly rows flag the anomaly's week.
    let weeks = report(
        &env,
        &[
            "usage",
            "--since",
            "2026-02-02",
            "--until",
            "2026-04-26",
            "--by",
            "week",
        ],
    );
    let flagged: Vec<&str> = weeks
        .iter()
        .filter(|w| w["anomaly"] == true)
        .map(|w| w["period"].as_str().unwrap())
        .collect();
    assert_eq!(flagged, vec!["2026-W11"]);
    assert!(weeks.iter().all(|w| w["partial"] == false));
    assert!(
        weeks[1..]
            .iter()
            .all(|w| w["messages_change_pct"].is_number())
    );

    // A window that ends on a Wednesday: its last week is partial, with no change figures
    // and no anomaly judged, where the whole week would show a fall.
    let cut = report(
        &env,
        &[
            "usage",
            "--since",
            "2026-03-02",
            "--until",
            "2026-03-18",
            "--by",
            "week",
        ],
    );
    let last = cut.last().unwrap();
    assert_eq!(
        (last["period"].as_str(), last["partial"].as_bool()),
        (Some("2026-W12"), Some(true))
    );
    assert!(last["messages_change_pct"].is_null() && last["active_users_change_pct"].is_null());
    assert!(last["anomaly_score"].is_null() && last["anomaly"] == false);
    assert!(cut[..cut.len() - 1].iter().all(|w| w["partial"] == false));
    let whole = &weeks.iter().find(|w| w["period"] == "2026-W12").unwrap();
    assert!(
        last["messages"].as_u64() < whole["messages"].as_u64(),
        "the cut week holds part of its events"
    );

    // Per channel.
    let chan = report(
        &env,
        &[
            "usage",
            "--since",
            "2026-03-02",
            "--until",
            "2026-03-02",
            "--group-by",
            "channel",
        ],
    );
    for row in &chan {
        let c = row["group"].as_str().unwrap();
        let n = evs
            .iter()
            .filter(|e| e.day == "2026-03-02" && e.channel == c && e.kind == "message_sent")
            .count();
        assert_eq!(row["messages"], n as u64, "{c}");
    }

    // ROI per month with the stated assumptions.
    let roi = report(
        &env,
        &[
            "roi",
            "--since",
            START,
            "--until",
            "2026-04-30",
            "--by",
            "month",
            "--minutes-per-interaction",
            "3",
            "--hourly-cost",
            "60",
            "--currency",
            "EUR",
        ],
    );
    assert_eq!(roi.len(), 5, "four months and the total");
    let mut total = 0u64;
    for row in &roi[..4] {
        let m = row["period"].as_str().unwrap();
        let n = evs
            .iter()
            .filter(|e| {
                e.month == m
                    && matches!(
                        e.kind.as_str(),
                        "message_sent" | "voice_command" | "file_uploaded"
                    )
            })
            .count() as u64;
        total += n;
        assert_eq!(row["interactions"], n, "{m}");
        let value = (n as f64 * 3.0 / 60.0 * 60.0 * 100.0).round() / 100.0;
        assert_eq!(row["value"].as_f64().unwrap(), value, "{m}");
        assert_eq!(row["currency"], "EUR");
        assert_eq!(row["minutes_per_interaction"].as_f64(), Some(3.0));
    }
    assert_eq!(roi[4]["period"], "total");
    assert_eq!(roi[4]["interactions"], total);

    let list = report(&env, &["--list"]);
    let names: Vec<&str> = list.iter().map(|r| r["report"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "usage",
            "forecast",
            "engagement",
            "directory",
            "crm",
            "incidents",
            "sla",
            "ticket-reduction",
            "access-review",
            "mfa",
            "privileged",
            "threats",
            "sso",
            "sync",
            "teams",
            "roi",
            "audit"
        ]
    );
}

/// `analytics export overview ARGS… -o overview.html` in `env`, which must succeed: the
/// page's path and text.
pub(crate) fn overview_page(env: &Env, args: &[&str]) -> (std::path::PathBuf, String) {
    let page = env.path("overview.html");
    let mut all = vec!["analytics", "export", "overview"];
    all.extend_from_slice(args);
    all.extend(["-o", page.to_str().unwrap()]);
    expect_code(&env.run(&all), 0);
    let html = std::fs::read_to_string(&page).unwrap();
    (page, html)
}

/// The rows of the overview page's table under `<h2>title</h2>`, as cell texts (unescaped).
pub(crate) fn page_table(html: &str, title: &str) -> Vec<Vec<String>> {
    let start = html
        .find(&format!("<h2>{title}</h2>"))
        .unwrap_or_else(|| panic!("no {title} on the page"));
    let body = &html[start..];
    let body = &body[body.find("<tbody>").unwrap()..body.find("</tbody>").unwrap()];
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|c| {
                    let c = &c[c.find('>').unwrap() + 1..];
                    // The template escapes as minijinja does.
                    c[..c.find("</td>").unwrap()]
                        .replace("&#x2f;", "/")
                        .replace("&#x27;", "'")
                        .replace("&quot;", "\"")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&")
                })
                .collect()
        })
        .collect()
}

/// mail → department, and the groups with their members, from the LDIF the servers loaded.
pub(crate) struct Directory {
    pub(crate) department: HashMap<String, String>,
    pub(crate) users: usize,
    pub(crate) groups: BTreeMap<String, Vec<String>>,
    pub(crate) dn_mail: HashMap<String, String>,
}

impl Directory {
    /// The user DNs a group reaches through nesting (cycles walked once).
    pub(crate) fn nested_users(&self, group: &str) -> BTreeSet<String> {
        let mut seen = HashSet::new();
        let mut todo = vec![group.to_owned()];
        let mut users = BTreeSet::new();
        while let Some(g) = todo.pop() {
            for m in &self.groups[&g] {
                if self.groups.contains_key(m) {
                    if seen.insert(m.clone()) {
                        todo.push(m.clone());
                    }
                } else if self.dn_mail.contains_key(m) {
                    users.insert(m.clone());
                }
            }
        }
        users
    }
}

pub(crate) fn directory() -> Directory {
    let entries = crate::support::ldif::parse(&std::fs::read_to_string(template_ldif()).unwrap());
    let text = |v: &Vec<Vec<u8>>| String::from_utf8(v[0].clone()).unwrap();
    let mut d = Directory {
        department: HashMap::new(),
        users: 0,
        groups: BTreeMap::new(),
        dn_mail: HashMap::new(),
    };
    for (dn, attrs) in &entries {
        let classes: Vec<String> = attrs
            .get("objectclass")
            .map(|v| {
                v.iter()
                    .map(|c| String::from_utf8_lossy(c).to_lowercase())
                    .collect()
            })
            .unwrap_or_default();
        if classes.iter().any(|c| c == "inetorgperson") {
            d.users += 1;
            let mail = text(&attrs["mail"]).to_lowercase();
            d.department
                .insert(mail.clone(), text(&attrs["departmentnumber"]));
            d.dn_mail.insert(dn.to_lowercase(), mail);
        } else if classes.iter().any(|c| c == "groupofnames") {
            let cn = text(&attrs["cn"]);
            let members = attrs["member"]
                .iter()
                .map(|m| String::from_utf8_lossy(m).to_lowercase())
                .filter(|m| !m.is_empty())
                .collect();
            d.groups.insert(dn.to_lowercase(), members);
            let _ = cn;
        }
    }
    d
}

/// One record of the fake org: its fields, plus the SystemModstamp a sync needs.
fn record(fields: Vec<(&str, Value)>) -> Map<String, Value> {
    let mut r: Map<String, Value> = fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    r.insert(
        "SystemModstamp".into(),
        json!("2026-01-05T10:00:00.000+0000"),
    );
    r
}

fn sample_org() -> Org {
    let mut org = Org::default();
    let stages = [
        ("Prospecting", false, false, "2026-05-20", 1000),
        ("Negotiation", false, false, "2026-03-15", 2500),
        ("Closed Won", true, true, "2026-02-10", 4000),
        ("Closed Lost", true, false, "2026-03-01", 700),
        ("Negotiation", false, false, "2026-04-02", 1500),
        ("Closed Won", true, true, "2025-12-01", 9000),
    ];
    let opps = stages
        .iter()
        .enumerate()
        .map(|(i, (stage, closed, won, close, amount))| {
            record(vec![
                ("Id", json!(format!("006000000000{i:03}AAA"))),
                ("Name", json!(format!("Deal {i}"))),
                ("StageName", json!(stage)),
                ("Amount", json!(amount)),
                ("CloseDate", json!(close)),
                ("IsClosed", json!(closed)),
                ("IsWon", json!(won)),
            ])
        })
        .collect();
    org.objects.insert("Opportunity".into(), opps);
    let cases = [
        ("New", "High", false),
        ("Working", "Medium", false),
        ("Closed", "High", true),
        ("New", "Low", false),
    ];
    let cs = cases
        .iter()
        .enumerate()
        .map(|(i, (status, prio, closed))| {
            record(vec![
                ("Id", json!(format!("500000000000{i:03}AAA"))),
                ("Status", json!(status)),
                ("Priority", json!(prio)),
                ("IsClosed", json!(closed)),
                (
                    "CreatedDate",
                    json!(format!("2026-0{}-01T00:00:00.000+0000", i + 1)),
                ),
            ])
        })
        .collect();
    org.objects.insert("Case".into(), cs);
    let users = [
        ("user000010@example.test", true),
        ("user000011@example.test", false),
        ("gone@example.test", true),
    ];
    let us = users
        .iter()
        .enumerate()
        .map(|(i, (mail, active))| {
            record(vec![
                ("Id", json!(format!("005000000000{i:03}AAA"))),
                ("Username", json!(mail)),
                ("Email", json!(mail)),
                ("IsActive", json!(active)),
            ])
        })
        .collect();
    org.objects.insert("User".into(), us);
    org.earliest_deleted = "2025-01-01T00:00:00.000+0000".into();
    org
}

#[test]
fn cross_system_reports_join_the_directory_salesforce_and_chat() {
    let env = Env::new();
    let slapd = Slapd::start();
    slapd.sync_into(&env);
    let fake = FakeSalesforce::start(sample_org());
    let out = env
        .cmd()
        .env("SFTOK", fake.token())
        .args([
            "sf",
            "sync",
            "Opportunity",
            "Case",
            "User",
            "--quiet",
            "--instance-url",
            &fake.url(),
            "--access-token-env",
            "SFTOK",
        ])
        .output()
        .unwrap();
    expect_code(&out, 0);
    let csv = events(env.dir.path(), "csv", &[]);
    expect_code(
        &env.run(&["analytics", "ingest", csv.to_str().unwrap(), "--quiet"]),
        0,
    );
    let evs = read_csv(&csv);
    let dir = directory();
    let window = ["--since", "2026-03-01", "--until", "2026-03-31"];

    // Engagement per department: active users and messages through the directory join.
    let mut args = window.to_vec();
    args.extend(["--group-by", "department"]);
    let rows = report(&env, &{
        let mut a = vec!["engagement"];
        a.extend(args.iter());
        a
    });
    let mut want: BTreeMap<String, (HashSet<&str>, u64)> = BTreeMap::new();
    for e in evs.iter().filter(|e| e.month == "2026-03") {
        let dept = dir
            .department
            .get(&e.user)
            .cloned()
            .unwrap_or_else(|| "(unknown)".into());
        let w = want.entry(dept).or_default();
        w.0.insert(e.user.as_str());
        if e.kind == "message_sent" {
            w.1 += 1;
        }
    }
    let mut members: HashMap<String, u64> = HashMap::new();
    for d in dir.department.values() {
        *members.entry(d.clone()).or_default() += 1;
    }
    assert_eq!(rows.len(), want.len(), "{rows:?}");
    for row in &rows {
        let g = row["group"].as_str().unwrap();
        let (users, messages) = &want[g];
        assert_eq!(row["active_users"], users.len() as u64, "{g}");
        assert_eq!(row["messages"], *messages, "{g}");
        if g != "(unknown)" {
            assert_eq!(row["directory_users"], members[g], "{g}");
        }
    }
    assert_eq!(want["(unknown)"].0.len(), 3, "the three strangers");

    // Directory: counts, the deepest nesting, a privileged group through nesting.
    let rows = report(
        &env,
        &["directory", "--privileged-group", "engineering-all"],
    );
    let get = |section: &str, item: &str| {
        rows.iter()
            .find(|r| r["section"] == section && r["item"] == item)
            .unwrap_or_else(|| panic!("{section}/{item} in {rows:?}"))["value"]
            .clone()
    };
    assert_eq!(get("summary", "users"), dir.users as u64);
    assert_eq!(get("summary", "groups"), dir.groups.len() as u64);
    let deepest = rows
        .iter()
        .find(|r| r["section"] == "deepest_nesting")
        .unwrap();
    assert_eq!(
        (deepest["item"].as_str(), deepest["value"].as_u64()),
        (Some("engineering-all"), Some(3))
    );
    // engineering-all > group00001 > group00002, plus a user of its own.
    let users = dir.nested_users("cn=engineering-all,ou=groups,dc=example,dc=test");
    assert_eq!(
        get("privileged_group", "engineering-all"),
        users.len() as u64
    );
    for d in ["Engineering", "Sales"] {
        assert_eq!(get("users_per_department", d), members[d]);
    }

    // Access review: the Salesforce user without a directory account, and the strangers.
    let rows = report(&env, &{
        let mut a = vec!["access-review", "--stale-days", "300"];
        a.extend(window);
        a
    });
    let findings = |f: &str| -> BTreeSet<String> {
        rows.iter()
            .filter(|r| r["finding"] == f)
            .map(|r| r["account"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        findings("sf_active_directory_missing"),
        BTreeSet::from(["gone@example.test".to_owned()])
    );
    assert_eq!(
        findings("chat_user_unknown_to_directory"),
        (1..=3)
            .map(|i| format!("stranger{i}@elsewhere.test"))
            .collect()
    );
    // No sign-in for 300 days: directory users whose last chat event is older, or who never chatted.
    let cutoff = (time::OffsetDateTime::now_utc() - time::Duration::days(300))
        .date()
        .to_string();
    let mut last: HashMap<&str, &str> = HashMap::new();
    for e in &evs {
        let l = last.entry(e.user.as_str()).or_insert(e.day.as_str());
        if e.day.as_str() > *l {
            *l = e.day.as_str();
        }
    }
    let stale = dir
        .department
        .keys()
        .filter(|m| last.get(m.as_str()).is_none_or(|d| *d < cutoff.as_str()))
        .count();
    assert_eq!(findings("directory_no_sign_in").len(), stale);

    // CRM from the seeded org.
    let rows = report(
        &env,
        &[
            "crm",
            "--since",
            START,
            "--until",
            "2026-04-30",
            "--by",
            "month",
        ],
    );
    let row = |s: &str, i: &str| {
        rows.iter()
            .find(|r| r["section"] == s && r["item"] == i)
            .unwrap_or_else(|| panic!("{s}/{i} in {rows:?}"))
            .clone()
    };
    assert_eq!(
        (
            row("pipeline", "Negotiation")["count"].as_u64(),
            row("pipeline", "Negotiation")["amount"].as_f64()
        ),
        (Some(2), Some(4000.0))
    );
    assert_eq!(row("pipeline", "Prospecting")["count"], 1);
    assert!(
        rows.iter()
            .all(|r| !(r["section"] == "pipeline" && r["item"] == "Closed Won"))
    );
    let win = rows.iter().find(|r| r["section"] == "win_rate").unwrap();
    assert_eq!(
        (
            win["count"].as_u64(),
            win["value"].as_f64(),
            win["amount"].as_f64()
        ),
        (Some(2), Some(50.0), Some(4000.0))
    );
    assert_eq!(row("closing", "2026-03")["count"], 1);
    assert_eq!(row("closing", "2026-04")["amount"].as_f64(), Some(1500.0));
    assert_eq!(row("cases_by_status", "New")["count"], 2);
    assert_eq!(row("cases_by_priority", "High")["count"], 2);
    let ages = rows
        .iter()
        .find(|r| r["section"] == "case_age" && r["item"].as_str().unwrap().contains("mean"))
        .unwrap();
    assert_eq!(ages["count"], 3);
    let now = time::OffsetDateTime::now_utc().unix_timestamp() as f64;
    let created = |m: u8| {
        time::Date::from_calendar_date(2026, time::Month::try_from(m).unwrap(), 1)
            .unwrap()
            .midnight()
            .assume_utc()
            .unix_timestamp() as f64
    };
    let mean = ([1u8, 2, 4]
        .iter()
        .map(|m| (now - created(*m)) / 86_400.0)
        .sum::<f64>())
        / 3.0;
    assert!(
        (ages["value"].as_f64().unwrap() - mean).abs() < 0.05,
        "{ages} vs {mean}"
    );

    // The overview page over the same window: its sections hold the reports' numbers.
    let (_, html) = overview_page(&env, &["--since", START, "--until", "2026-04-30"]);
    let pipeline: Vec<Vec<String>> = rows
        .iter()
        .filter(|r| r["section"] == "pipeline")
        .map(|r| {
            vec![
                r["item"].as_str().unwrap().to_owned(),
                r["count"].to_string(),
                r["amount"].to_string(),
            ]
        })
        .collect();
    let on_page = page_table(&html, "CRM pipeline by stage");
    assert_eq!(on_page[..pipeline.len()], pipeline[..]);
    assert_eq!(on_page[pipeline.len()], ["win rate %", "", "50.0"]);
    let dir_rows = report(&env, &["directory"]);
    let health = page_table(&html, "Directory health");
    for item in ["users", "disabled", "locked", "stale"] {
        let want = dir_rows
            .iter()
            .find(|r| r["section"] == "summary" && r["item"] == item)
            .unwrap();
        assert!(
            health.contains(&vec![item.to_owned(), want["value"].to_string()]),
            "{item}: {health:?}"
        );
    }
    let review = report(
        &env,
        &["access-review", "--since", START, "--until", "2026-04-30"],
    );
    assert!(health.contains(&vec![
        "access review findings".to_owned(),
        review.len().to_string()
    ]));
    let depts = report(
        &env,
        &[
            "engagement",
            "--group-by",
            "department",
            "--since",
            START,
            "--until",
            "2026-04-30",
        ],
    );
    let mut scored: Vec<(String, f64)> = depts
        .iter()
        .filter(|r| r["directory_users"].as_u64() > Some(0))
        .map(|r| {
            (
                r["group"].as_str().unwrap().to_owned(),
                r["score_avg"].as_f64().unwrap(),
            )
        })
        .collect();
    scored.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
    let least = page_table(&html, "Least engaged departments");
    let want: Vec<Vec<String>> = scored
        .iter()
        .take(3)
        .map(|(d, s)| vec![d.clone(), format!("{s:.1}")])
        .collect();
    assert_eq!(least, want);
    for (d, s) in &scored {
        assert!(
            html.contains(&format!("{d}: {s:.1}")),
            "the bars' description names {d}"
        );
    }

    // The sync report: one ldap and one sf sync ran.
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let rows = report(&env, &["sync", "--since", &today]);
    let sources: BTreeSet<&str> = rows.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(sources, BTreeSet::from(["ldap", "sf"]));
    assert!(
        rows.iter().all(|r| r["runs"] == 1 && r["failed"] == 0),
        "{rows:?}"
    );
}

#[test]
fn the_sso_report_reads_the_recorded_checks() {
    use crate::support::saml::{idp_metadata, keypair};
    let env = Env::new();
    let dir = env.dir.path();
    let good = keypair(
        dir,
        "good",
        "idp-a.example.com",
        -1,
        40,
        openssl::hash::MessageDigest::sha256(),
    );
    let old = keypair(
        dir,
        "old",
        "idp-b.example.com",
        -100,
        -3,
        openssl::hash::MessageDigest::sha256(),
    );
    let a = env.path("a.xml");
    let b = env.path("b.xml");
    std::fs::write(
        &a,
        idp_metadata("https://idp-a.example.com", &[&good], None, "_a"),
    )
    .unwrap();
    std::fs::write(
        &b,
        idp_metadata("https://idp-b.example.com", &[&old], None, "_b"),
    )
    .unwrap();
    expect_code(
        &env.run(&["sso", "saml", "idp-check", a.to_str().unwrap(), "--quiet"]),
        0,
    );
    expect_code(
        &env.run(&["sso", "saml", "idp-check", a.to_str().unwrap(), "--quiet"]),
        0,
    );
    expect_code(
        &env.run(&["sso", "saml", "idp-check", b.to_str().unwrap(), "--quiet"]),
        3,
    );

    let today = time::OffsetDateTime::now_utc().date().to_string();
    let rows = report(&env, &["sso", "--since", &today]);
    let row = |section: &str, provider: &str| {
        rows.iter()
            .find(|r| r["section"] == section && r["provider"] == provider)
            .unwrap_or_else(|| panic!("{section}/{provider} in {rows:?}"))
            .clone()
    };
    assert_eq!(row("history", "https://idp-a.example.com")["value"], 2);
    assert!(
        row("history", "https://idp-b.example.com")["detail"]
            .as_str()
            .unwrap()
            .starts_with("1 failed")
    );
    let days = row("certificate_days_left", "https://idp-a.example.com")["value"]
        .as_i64()
        .unwrap();
    assert!((39..=40).contains(&days), "{days}");
    assert!(
        row("certificate_days_left", "https://idp-b.example.com")["value"]
            .as_i64()
            .unwrap()
            < 0
    );
    let failure = row("failure", "https://idp-b.example.com");
    assert!(
        failure["detail"]
            .as_str()
            .unwrap()
            .contains("signing certificate"),
        "{failure}"
    );
    assert!(
        rows.iter()
            .all(|r| !(r["section"] == "failure" && r["provider"] == "https://idp-a.example.com"))
    );
    // The calendar is soonest first.
    let cal: Vec<i64> = rows
        .iter()
        .filter(|r| r["section"] == "certificate_days_left")
        .map(|r| r["value"].as_i64().unwrap())
        .collect();
    assert!(cal.windows(2).all(|w| w[0] <= w[1]));
    // The overview page draws the same calendar, and lists the failure.
    let (page, html) = overview_page(&env, &["--since", &today]);
    assert!(html.contains("SSO certificate expiry: days left per provider"));
    for r in rows
        .iter()
        .filter(|r| r["section"] == "certificate_days_left")
    {
        let said = format!(
            "{}: {} days left ({})",
            r["provider"].as_str().unwrap(),
            r["value"],
            r["detail"].as_str().unwrap()
        );
        assert!(html.contains(&said), "{said}");
    }
    assert!(html.contains(&format!(
            "expired {} days ago",
            -row("certificate_days_left", "https://idp-b.example.com")["value"]
                .as_i64()
                .unwrap()
        )));
    let shots = tempfile::tempdir().unwrap();
    let seen = in_browser(&page, shots.path());
    assert!(
        seen["widths"]["390"]["titles"]
            .as_array()
            .unwrap()
            .contains(&json!("SSO certificate expiry: days left per provider"))
    );
    let failures = page_table(&html, "SSO check failures");
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert_eq!(
        failures[0][..2],
        ["https://idp-b.example.com", today.as_str()]
    );
    assert!(
        failures[0][2].contains("signing certificate"),
        "{failures:?}"
    );

    // cache audit: what ran, filtered by system and time; exportable like any report.
    let out = env.run(&[
        "cache", "audit", "--since", "1d", "--system", "sso", "--format", "csv",
    ]);
    expect_code(&out, 0);
    let (header, rows) = crate::support::csv_rows(&out);
    assert_eq!(header[..5], ["ts", "user", "profile", "system", "command"]);
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter()
            .all(|r| r[3] == "sso" && r[4] == "saml idp-check")
    );
    assert_eq!(rows.iter().filter(|r| r[6] == "failed").count(), 1);
    let out = env.run(&["cache", "audit", "--since", "2099-01-01", "--format", "csv"]);
    assert_eq!(crate::support::csv_rows(&out).1.len(), 0);
    // The same rows as a report, exportable like any other.
    let audit = report(&env, &["audit", "--since", "1d"]);
    let sso: Vec<&Value> = audit.iter().filter(|r| r["system"] == "sso").collect();
    assert_eq!(sso.len(), 3);
    assert_eq!(sso.iter().filter(|r| r["exit_code"] == 3).count(), 1);
    let out = env.run(&[
        "analytics",
        "export",
        "audit",
        "--since",
        "1d",
        "--format",
        "csv",
    ]);
    expect_code(&out, 0);
    assert_eq!(crate::support::csv_rows(&out).1.len(), audit.len());
}

/// A loopback "proxy" that records every connection made to it.
fn watching_proxy() -> (u16, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::Read;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            let mut buf = [0u8; 512];
            let mut c = conn;
            let n = c.read(&mut buf).unwrap_or(0);
            log.lock().unwrap().push(
                String::from_utf8_lossy(&buf[..n])
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_owned(),
            );
        }
    });
    (port, seen)
}

/// Chromium headless on `page` behind the watching proxy: (the DOM it built, the requests).
fn chromium_dump(page: &Path) -> (String, Vec<String>) {
    let (port, seen) = watching_proxy();
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--proxy-server=http://127.0.0.1:{port}"))
        .arg("--proxy-bypass-list=<-loopback>")
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium (apt-get install chromium)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    let log = seen.lock().unwrap().clone();
    (String::from_utf8(out.stdout).unwrap(), log)
}

#[test]
fn the_html_export_renders_charts_and_tables_in_chromium_with_no_request_leaving_the_file() {
    let env = Env::new();
    let csv = events(env.dir.path(), "csv", &[]);
    expect_code(
        &env.run(&["analytics", "ingest", csv.to_str().unwrap(), "--quiet"]),
        0,
    );
    let window = ["--since", "2026-02-01", "--until", "2026-03-31"];
    let html = env.path("usage.html");
    let mut args = vec!["analytics", "export", "usage", "-o", html.to_str().unwrap()];
    args.extend(window);
    expect_code(&env.run(&args), 0);
    let json_rows = report(&env, &{
        let mut a = vec!["usage"];
        a.extend(window);
        a
    });
    let page = std::fs::read_to_string(&html).unwrap();
    // Nothing in the file points anywhere.
    for attr in ["src=", "href=", "url(", "<script", "<link", "@import"] {
        assert!(!page.contains(attr), "the page has {attr}");
    }

    // Every request Chromium makes goes to a loopback "proxy" that writes it down. The browser
    // talks to Google's update and time services on its own; anything else came from the page.
    // A control page with one external image proves the watch sees page requests.
    let control = env.path("control.html");
    std::fs::write(
        &control,
        "<html><body><img src=\"http://atomctl-test.invalid/pixel.png\"></body></html>",
    )
    .unwrap();
    let from_page = |log: &[String]| -> Vec<String> {
        log.iter()
            .filter(|l| {
                !["google.com", "googleapis.com", "gstatic.com", "gvt1.com"]
                    .iter()
                    .any(|h| l.contains(h))
            })
            .cloned()
            .collect()
    };
    let (_, control_log) = chromium_dump(&control);
    assert!(
        from_page(&control_log)
            .iter()
            .any(|l| l.contains("atomctl-test.invalid")),
        "the watch must see a page's request: {control_log:?}"
    );
    let (dom, log) = chromium_dump(&html);
    // Chromium's DOM dump is HTML, not XML: count what the browser built by its markup.
    let svgs = dom.matches("<svg").count();
    assert_eq!(svgs, 2, "two trend charts");
    assert!(
        dom.matches("<polyline").count() >= 2,
        "each chart has its line"
    );
    let body_rows = dom
        .split("<tbody>")
        .nth(1)
        .unwrap()
        .split("</tbody>")
        .next()
        .unwrap()
        .matches("<tr>")
        .count();
    assert_eq!(body_rows, json_rows.len());
    assert!(
        dom.contains(&format!(">{}<", json_rows[5]["messages"])),
        "a cell's value"
    );
    assert_eq!(
        from_page(&log),
        Vec::<String>::new(),
        "requests left the page"
    );

    // HTML is only for analytics export.
    let out = env.run(&["cache", "info", "--format", "html"]);
    expect_code(&out, 2);
}

#[test]
fn exported_csv_neutralizes_formulas_unless_told_to_keep_them() {
    let env = Env::new();
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let hostile = ["=cmd|' /C calc'!A0", "+SUM(1,2)", "@x", "-2+3"];
    let lines: String = hostile
        .iter()
        .enumerate()
        .map(|(i, ch)| {
            format!(
                "{}\n",
                json!({"id": format!("e{i}"), "ts": now, "user": "a@example.com", "type": "message_sent", "channel": ch})
            )
        })
        .collect();
    let file = env.path("hostile.ndjson");
    std::fs::write(&file, lines).unwrap();
    assert_eq!(ingest(&env, &file, &[]).0, 0);
    let export = |extra: &[&str]| {
        let mut args = vec![
            "analytics",
            "export",
            "usage",
            "--group-by",
            "channel",
            "--since",
            "7d",
            "--format",
            "csv",
        ];
        args.extend_from_slice(extra);
        let out = env.run(&args);
        expect_code(&out, 0);
        let (_, rows) = crate::support::csv_rows(&out);
        rows.into_iter().flatten().collect::<BTreeSet<String>>()
    };
    let cells = export(&[]);
    for h in hostile {
        assert!(
            cells.contains(&format!("'{h}")),
            "{h} neutralized: {cells:?}"
        );
        assert!(!cells.contains(h), "{h} written raw");
    }
    let cells = export(&["--csv-formulas", "keep"]);
    for h in hostile {
        assert!(cells.contains(h), "{h} kept: {cells:?}");
    }
    // Elsewhere CSV keeps cells as they are unless asked.
    let out = env.run(&[
        "cache",
        "sql",
        "SELECT channel FROM analytics_events ORDER BY id",
        "--format",
        "csv",
        "--csv-formulas",
        "neutralize",
    ]);
    expect_code(&out, 0);
    let (_, rows) = crate::support::csv_rows(&out);
    assert_eq!(rows[0][0], format!("'{}", hostile[0]));
}

/// One hand-made event per minute of `day` from `from` to `to` (HH:MM, inclusive), as NDJSON.
fn minute_events(day: &str, from: (u32, u32), to: (u32, u32)) -> String {
    let mut out = String::new();
    for m in from.0 * 60 + from.1..=to.0 * 60 + to.1 {
        out.push_str(&format!(
            "{{\"ts\":\"{day}T{:02}:{:02}:00Z\",\"user\":\"u{}@example.com\",\"type\":\"message_sent\"}}\n",
            m / 60,
            m % 60,
            m % 7
        ));
    }
    out
}

/// The hourly cron line of examples/crontab reads the file of an hour ago and today's: at
/// 00:15 that is yesterday's (now complete) and today's, so the last 45 minutes of a day are
/// not lost as they were when only today's file was read. Several files, globs and missing
/// files behave as a cron user needs.
#[test]
fn ingest_reads_several_files_and_the_hourly_pattern_loses_nothing() {
    let env = Env::new();
    let day1 = env.path("events-20261201.ndjson");
    let day2 = env.path("events-20261202.ndjson");
    let arg = |p: &PathBuf| p.to_str().unwrap().to_owned();
    // 23:15 on day 1: the file holds events up to 23:15; the job reads it (twice named, once read).
    std::fs::write(&day1, minute_events("2026-12-01", (0, 0), (23, 15))).unwrap();
    let out = env.run(&[
        "analytics",
        "ingest",
        &arg(&day1),
        &arg(&day1),
        "--format",
        "json",
    ]);
    expect_code(&out, 0);
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.len(), 1, "a file named twice is read once");
    assert_eq!(rows[0]["added"], 23 * 60 + 16);
    // 00:15 on day 2: day 1 has its last 44 minutes, day 2 its first 16; today's file alone
    // would leave the 44 out.
    std::fs::write(&day1, minute_events("2026-12-01", (0, 0), (23, 59))).unwrap();
    std::fs::write(&day2, minute_events("2026-12-02", (0, 0), (0, 15))).unwrap();
    let out = env.run(&[
        "analytics",
        "ingest",
        &arg(&day1),
        &arg(&day2),
        "--format",
        "json",
    ]);
    expect_code(&out, 0);
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0]["file"], arg(&day1));
    assert_eq!(
        (rows[0]["added"].as_i64(), rows[0]["duplicates"].as_i64()),
        (Some(44), Some(23 * 60 + 16))
    );
    assert_eq!(
        (rows[1]["file"].as_str(), rows[1]["added"].as_i64()),
        (Some(arg(&day2).as_str()), Some(16))
    );
    assert_eq!(events_in_cache(&env), 24 * 60 + 16);

    // A quoted glob is expanded (sorted); everything is already there.
    let glob = env.path("events-*.ndjson");
    let out = env.run(&["analytics", "ingest", &arg(&glob), "--format", "json"]);
    expect_code(&out, 0);
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = rows.iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert_eq!(files, [arg(&day1), arg(&day2)]);
    assert!(rows.iter().all(|r| r["added"] == 0));

    // A file that does not exist yet is an error, unless --skip-missing.
    let day3 = env.path("events-20261203.ndjson");
    let out = env.run(&["analytics", "ingest", &arg(&day2), &arg(&day3)]);
    expect_code(&out, 2);
    assert!(stderr(&out).contains("no such file") && stderr(&out).contains("--skip-missing"));
    let out = env.run(&[
        "analytics",
        "ingest",
        &arg(&day2),
        &arg(&day3),
        "--skip-missing",
        "--quiet",
    ]);
    expect_code(&out, 0);
    assert!(stderr(&out).is_empty());

    // --strict and a bad line in the second file: the first is in, the second is not, and
    // the message says so.
    let fresh = Env::new();
    let bad = fresh.path("bad.ndjson");
    std::fs::write(
        &bad,
        format!("{}not json\n", minute_events("2026-12-03", (0, 0), (0, 9))),
    )
    .unwrap();
    let out = fresh.run(&["analytics", "ingest", &arg(&day2), &arg(&bad), "--strict"]);
    expect_code(&out, 2);
    assert!(stderr(&out).contains("line 11"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("loaded before it"),
        "{}",
        stderr(&out)
    );
    assert_eq!(events_in_cache(&fresh), 16);
}

/// A page in headless Chromium at 1280 and 390 px (tests/browser/cdp.py, screenshots into
/// `shots`): it made no request, logged no console or CSP error, and is no wider than either
/// viewport. What the browser saw, per width.
pub(crate) fn in_browser(page: &std::path::Path, shots: &std::path::Path) -> Value {
    let out = Command::new("python3")
        .arg(crate::support::repo_root().join("tests/browser/cdp.py"))
        .arg(page)
        .arg(shots)
        .args(["1280", "390"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(seen["requests"], json!([]), "the page asked for something");
    assert_eq!(seen["errors"], json!([]), "console or CSP errors");
    for w in ["1280", "390"] {
        let v = &seen["widths"][w];
        assert!(
            v["scrollWidth"].as_u64() <= v["clientWidth"].as_u64(),
            "{w} px: {v:?}"
        );
    }
    seen
}

/// The overview page in a real browser (headless Chromium driven over the DevTools protocol
/// by tests/browser/cdp.py): nothing wider than a phone or a desktop, every chart with its
/// title and description, the planted anomaly labelled, the forecast's backtest error stated,
/// no request and no CSP violation, and the numbers the per-report exports give.
#[test]
fn the_overview_page_fits_a_phone_makes_no_request_and_shows_the_reports_numbers() {
    let env = Env::new();
    let today = time::OffsetDateTime::now_utc().date();
    let start = (today - time::Duration::days(100)).to_string();
    let anomaly = (today - time::Duration::days(20)).to_string();
    let out = Command::new("python3")
        .arg(script("gen-events.py"))
        .args(["--start", &start, "--days", "101", "--users", "300"])
        .args(["--anomaly-day", &anomaly, "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = env.path("events.csv");
    std::fs::write(&csv, &out.stdout).unwrap();
    expect_code(
        &env.run(&["analytics", "ingest", csv.to_str().unwrap(), "--quiet"]),
        0,
    );
    let (page, html) = overview_page(&env, &["--since", "90d"]);
    assert!(html.contains(r#"data-theme="auto""#) && html.contains("prefers-color-scheme: dark"));
    assert!(
        html.contains(r#"class="partial""#),
        "today is drawn as incomplete"
    );

    let shots = tempfile::tempdir().unwrap();
    let seen = in_browser(&page, shots.path());
    let weekly = report(&env, &["usage", "--since", "90d", "--by", "week"]);
    let last = weekly.iter().rev().find(|w| w["partial"] == false).unwrap();
    let forecast = report(&env, &["forecast", "--since", "90d"]);
    let ahead: Vec<f64> = forecast
        .iter()
        .filter(|r| r["series"] == "messages")
        .map(|r| r["forecast"].as_f64().unwrap())
        .collect();
    let weeks: Vec<String> = ahead
        .chunks(7)
        .map(|w| format!("{}", w.iter().sum::<f64>().round() as i64))
        .collect();
    let mape = forecast[0]["backtest_mape_pct"].as_f64().unwrap();
    let users: Vec<&Value> = forecast
        .iter()
        .filter(|r| r["series"] == "active_users")
        .collect();
    let users_mape = users[0]["backtest_mape_pct"].as_f64().unwrap();
    let users_weeks: Vec<String> = users
        .chunks(7)
        .map(|w| {
            let sum: f64 = w.iter().map(|r| r["forecast"].as_f64().unwrap()).sum();
            format!("{}", (sum / w.len() as f64).round() as i64)
        })
        .collect();
    for w in ["1280", "390"] {
        let v = &seen["widths"][w];
        let titles: Vec<&str> = v["titles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        for t in [
            "Active users, weekly",
            "Messages, weekly",
            "Response p95, weekly",
            "Messages per day",
            "Active users per day",
        ] {
            assert!(titles.contains(&t), "{w} px: {titles:?}");
        }
        assert!(
            v["descs"]
                .as_array()
                .unwrap()
                .iter()
                .all(|d| !d.as_str().unwrap().is_empty())
        );
        let text = v["text"].as_str().unwrap();
        assert!(text.contains(&format!("anomaly {anomaly}")), "{text}");
        assert!(
            text.contains(&format!("backtest error (MAPE) {mape:.1}%")),
            "{text}"
        );
        assert!(
            text.contains(&format!("next four weeks {} messages", weeks.join(" / "))),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "next four weeks {} active users a day on average; backtest error (MAPE) {users_mape:.1}%",
                users_weeks.join(" / ")
            )),
            "{text}"
        );
        assert!(
            text.contains(&format!("({})", last["period"].as_str().unwrap())),
            "{text}"
        );
        assert!(
            text.contains(&format!("Messages\n{}", last["messages"])),
            "{text}"
        );
        assert!(
            text.contains(&format!("Active users\n{}", last["active_users"])),
            "{text}"
        );
        assert!(
            text.contains("Directory health: no directory in the cache"),
            "{text}"
        );
        assert!(
            std::fs::metadata(shots.path().join(format!("shot-{w}.png")))
                .unwrap()
                .len()
                > 1000
        );
    }
    // ROI: the roi export's total row and its assumptions.
    let roi = report(&env, &["roi", "--since", "90d"]);
    let total = roi.iter().find(|r| r["period"] == "total").unwrap();
    let html_text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        v => v.to_string(),
    };
    assert_eq!(
        page_table(&html, "Return on investment"),
        [
            vec!["interactions".to_owned(), html_text(&total["interactions"])],
            vec!["hours saved".to_owned(), html_text(&total["hours_saved"])],
            vec![
                format!("value ({})", html_text(&total["currency"])),
                html_text(&total["value"])
            ],
            vec![
                "assumed minutes per interaction".to_owned(),
                html_text(&total["minutes_per_interaction"])
            ],
            vec![
                "assumed hourly cost".to_owned(),
                html_text(&total["hourly_cost"])
            ],
        ]
    );
    let (_, dark) = overview_page(&env, &["--theme", "dark"]);
    assert!(dark.contains(r#"data-theme="dark""#));
}
