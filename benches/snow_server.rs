//! The benchmark's ServiceNow instance: N incidents rendered once at start-up as the Table
//! API sends them (database values, references without links, 22 fields), answering the
//! keyset pages atomctl and the minimal client ask for by binary search, so that the
//! timings measure the clients. Used by scripts/bench-snow.sh; not a test fake (that is
//! tests/cli/support/snow_fake.rs).
//!
//!   snow-bench-server --incidents N [--slow-after-first MS]
//!
//! Understands, for `incident`: no condition, `sys_updated_on>=T`,
//! `sys_updated_on>T^NQsys_updated_on=T^sys_id>ID` (each with
//! `^ORDERBYsys_updated_on^ORDERBYsys_id`), and `sys_id>ID^ORDERBYsys_id`; the dictionary
//! reads of incident → task; an empty sys_audit_delete. `POST /bench/touch?n=C` updates C
//! incidents (the next C in turn) to one new second, as a burst of changes. With
//! `--slow-after-first MS`, every page but a read's first waits MS before answering, and
//! `GET /bench/sent` tells when (ms since the epoch) the second page's answer went out.
#![allow(clippy::print_stdout)] // the READY line is how the benchmark script finds the server

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{Method, Uri};
use axum::response::Response;

const AUTH: &str = "Basic YmVuY2g6YmVuY2gtc2VjcmV0"; // bench:bench-secret

struct Row {
    sys_id: String,
    stamp: String,
    json: Bytes,
}

struct Table {
    /// In (sys_updated_on, sys_id) order.
    by_stamp: Vec<Row>,
    /// Positions in `by_stamp`, in sys_id order.
    by_id: Vec<usize>,
}

struct Server {
    table: RwLock<Table>,
    touches: AtomicU64,
    slow_ms: u64,
    /// When the second page's answer went out, in ms since the epoch.
    second_sent_ms: AtomicU64,
}

fn arg(args: &[String], name: &str, default: usize) -> usize {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn sys_id(i: usize) -> String {
    // Not in creation order, like real sys_ids.
    format!(
        "{:032x}",
        (i as u128).wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835)
    )
}

fn stamp(secs: u64) -> String {
    // 2026-01-01 00:00:00 UTC plus secs.
    let t = time::OffsetDateTime::from_unix_timestamp(1_767_225_600 + secs as i64).unwrap();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

fn render(i: usize, updated: &str, version: u64) -> Bytes {
    let p = 1 + i % 5;
    let closed = i % 5 >= 3;
    let category = ["hardware", "software", "network", "inquiry"][i % 4];
    let state = ["1", "2", "3", "6", "7"][i % 5];
    let v = serde_json::json!({
        "sys_id": sys_id(i),
        "number": format!("INC{:07}", i),
        "short_description": format!("Printer {i} on floor {} is jammed again (v{version})", i % 12),
        "description": "The printer shows error 0x51 after every third page; power cycling clears it for an hour.",
        "category": category,
        "priority": p.to_string(),
        "impact": (1 + i % 3).to_string(),
        "urgency": (1 + (i / 3) % 3).to_string(),
        "state": state,
        "active": (!closed).to_string(),
        "caller_id": sys_id(1_000_000 + i % 5000),
        "assigned_to": if i.is_multiple_of(4) { String::new() } else { sys_id(2_000_000 + i % 300) },
        "assignment_group": sys_id(3_000_000 + i % 40),
        "opened_at": stamp((i as u64) * 90),
        "resolved_at": if closed { stamp((i as u64) * 90 + 7200) } else { String::new() },
        "close_code": if closed { "Solved (Permanently)" } else { "" },
        "close_notes": if closed { "Replaced the fuser unit" } else { "" },
        "correlation_id": "",
        "sys_mod_count": (3 + version).to_string(),
        "sys_created_on": stamp((i as u64) * 90),
        "sys_updated_on": updated,
    });
    Bytes::from(v.to_string())
}

fn build(n: usize) -> Table {
    // Many incidents share one second: 50 per second of updates.
    let mut rows: Vec<Row> = (0..n)
        .map(|i| {
            let updated = stamp(86_400 * 300 + (i as u64) / 50);
            Row {
                sys_id: sys_id(i),
                json: render(i, &updated, 0),
                stamp: updated,
            }
        })
        .collect();
    rows.sort_by(|a, b| (&a.stamp, &a.sys_id).cmp(&(&b.stamp, &b.sys_id)));
    index(rows)
}

fn index(by_stamp: Vec<Row>) -> Table {
    let mut by_id: Vec<usize> = (0..by_stamp.len()).collect();
    by_id.sort_by(|a, b| by_stamp[*a].sys_id.cmp(&by_stamp[*b].sys_id));
    Table { by_stamp, by_id }
}

fn json(status: u16, body: impl Into<Body>) -> Response {
    Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(body.into())
        .unwrap()
}

fn result(rows: &[&Bytes]) -> Response {
    let mut out = Vec::with_capacity(rows.iter().map(|r| r.len() + 1).sum::<usize>() + 16);
    out.extend_from_slice(b"{\"result\":[");
    for (k, r) in rows.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        out.extend_from_slice(r);
    }
    out.extend_from_slice(b"]}");
    json(200, out)
}

const FIELDS: &[(&str, &str)] = &[
    ("sys_id", "GUID"),
    ("number", "string"),
    ("short_description", "string"),
    ("description", "string"),
    ("category", "string"),
    ("priority", "integer"),
    ("impact", "integer"),
    ("urgency", "integer"),
    ("state", "integer"),
    ("active", "boolean"),
    ("caller_id", "reference"),
    ("assigned_to", "reference"),
    ("assignment_group", "reference"),
    ("opened_at", "glide_date_time"),
    ("resolved_at", "glide_date_time"),
    ("close_code", "string"),
    ("close_notes", "string"),
    ("correlation_id", "string"),
    ("sys_mod_count", "integer"),
    ("sys_created_on", "glide_date_time"),
    ("sys_updated_on", "glide_date_time"),
];

fn dictionary(q: &str) -> Response {
    let incident = sys_id(9_000_001);
    let task = sys_id(9_000_002);
    if q == "name=incident" {
        return json(
            200,
            format!(
                r#"{{"result":[{{"sys_id":"{incident}","name":"incident","super_class":"{task}"}}]}}"#
            ),
        );
    }
    if q == format!("sys_id={task}") {
        return json(
            200,
            format!(r#"{{"result":[{{"sys_id":"{task}","name":"task","super_class":""}}]}}"#),
        );
    }
    json(200, r#"{"result":[]}"#)
}

fn dictionary_fields() -> Response {
    let rows: Vec<String> = FIELDS
        .iter()
        .map(|(f, t)| {
            format!(r#"{{"name":"task","element":"{f}","reference":"","internal_type":"{t}"}}"#)
        })
        .collect();
    json(200, format!(r#"{{"result":[{}]}}"#, rows.join(",")))
}

async fn handle(
    State(s): State<Arc<Server>>,
    method: Method,
    uri: Uri,
    headers: axum::http::HeaderMap,
) -> Response {
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(AUTH) {
        return json(
            401,
            r#"{"error":{"message":"User Not Authenticated","detail":""},"status":"failure"}"#,
        );
    }
    let p: HashMap<String, String> =
        url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    match (method.as_str(), uri.path()) {
        ("POST", "/bench/touch") => {
            let n: usize = p.get("n").and_then(|v| v.parse().ok()).unwrap_or(1000);
            let turn = s.touches.fetch_add(1, Ordering::Relaxed) + 1;
            let mut t = s.table.write().unwrap();
            let mut rows = std::mem::take(&mut t.by_stamp);
            // The C rows of this turn, by their original number, to one new second.
            let total = rows.len();
            let updated = stamp(86_400 * 400 + turn);
            let chosen: HashMap<String, usize> = (0..n)
                .map(|k| {
                    let i = (turn as usize * n + k) % total;
                    (sys_id(i), i)
                })
                .collect();
            for r in rows.iter_mut() {
                if let Some(i) = chosen.get(&r.sys_id) {
                    r.stamp = updated.clone();
                    r.json = render(*i, &updated, turn);
                }
            }
            rows.sort_by(|a, b| (&a.stamp, &a.sys_id).cmp(&(&b.stamp, &b.sys_id)));
            *t = index(rows);
            return json(200, format!(r#"{{"touched":{n}}}"#));
        }
        ("GET", "/bench/sent") => {
            return json(200, s.second_sent_ms.swap(0, Ordering::Relaxed).to_string());
        }
        _ => {}
    }
    let Some(table) = uri.path().strip_prefix("/api/now/table/") else {
        return json(
            400,
            r#"{"error":{"message":"no such resource","detail":""},"status":"failure"}"#,
        );
    };
    let q = p.get("sysparm_query").cloned().unwrap_or_default();
    let limit: usize = p
        .get("sysparm_limit")
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    match table {
        "sys_db_object" => return dictionary(&q),
        "sys_dictionary" => return dictionary_fields(),
        "sys_audit_delete" => return json(200, r#"{"result":[]}"#),
        "incident" => {}
        other => {
            return json(
                400,
                format!(
                    r#"{{"error":{{"message":"Invalid table {other}","detail":""}},"status":"failure"}}"#
                ),
            );
        }
    }
    let first_page = !q.contains('>');
    if s.slow_ms > 0 && !first_page {
        tokio::time::sleep(Duration::from_millis(s.slow_ms)).await;
    }
    let conditions = q.split("^ORDERBY").next().unwrap_or("");
    let t = s.table.read().unwrap();
    let response = if q.contains("ORDERBYsys_updated_on") {
        let start = if conditions.is_empty() {
            0
        } else if let Some(since) = conditions.strip_prefix("sys_updated_on>=") {
            t.by_stamp.partition_point(|r| r.stamp.as_str() < since)
        } else {
            // sys_updated_on>T^NQsys_updated_on=T^sys_id>ID
            let (head, id) = conditions
                .rsplit_once("^sys_id>")
                .unwrap_or((conditions, ""));
            let at = head
                .strip_prefix("sys_updated_on>")
                .and_then(|h| h.split("^NQ").next())
                .unwrap_or("");
            t.by_stamp
                .partition_point(|r| (r.stamp.as_str(), r.sys_id.as_str()) <= (at, id))
        };
        let rows: Vec<&Bytes> = t.by_stamp[start..]
            .iter()
            .take(limit)
            .map(|r| &r.json)
            .collect();
        result(&rows)
    } else {
        let after = conditions.strip_prefix("sys_id>").unwrap_or("");
        let start = if after.is_empty() {
            0
        } else {
            t.by_id
                .partition_point(|i| t.by_stamp[*i].sys_id.as_str() <= after)
        };
        let rows: Vec<&Bytes> = t.by_id[start..]
            .iter()
            .take(limit)
            .map(|i| &t.by_stamp[*i].json)
            .collect();
        result(&rows)
    };
    if s.slow_ms > 0 && !first_page {
        let _ = s.second_sent_ms.compare_exchange(
            0,
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as u64),
            Ordering::Relaxed,
            Ordering::Relaxed,
        );
    }
    response
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n = arg(&args, "--incidents", 200_000);
    let slow = arg(&args, "--slow-after-first", 0) as u64;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let server = Arc::new(Server {
            table: RwLock::new(build(n)),
            touches: AtomicU64::new(0),
            slow_ms: slow,
            second_sent_ms: AtomicU64::new(0),
        });
        println!("READY {base}");
        let app = Router::new().fallback(handle).with_state(server);
        axum::serve(listener, app).await.unwrap();
    });
}
