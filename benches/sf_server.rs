//! The benchmark's Salesforce: a query and a Bulk 2.0 job whose pages are rendered once at
//! start-up and then served as static bytes, so the timings measure the clients, not the
//! server. Used by scripts/bench-sf.sh; not a test fake (that is tests/cli/support/sf_fake.rs).
//!
//!   sf-bench-server --records N --fields 13|7 [--page 2000] [--bulk-page 50000]
//!
//! Prints `READY <base-url>` when it listens on 127.0.0.1, and the page URLs to
//! `<dir>/query-urls.txt` / `bulk-urls.txt` for curl.
#![allow(clippy::print_stdout)] // the READY line is how the benchmark script finds the server

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{Method, Uri};
use axum::response::Response;

struct Pages {
    /// `describe` of Account with the served fields, for `sf sync Account`.
    describe: Bytes,
    page: usize,
    query: Vec<Bytes>,
    bulk: Vec<Bytes>,
    bulk_counts: Vec<usize>,
    total: usize,
}

fn arg(args: &[String], name: &str, default: usize) -> usize {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// One record's fields: (name, JSON text, CSV text). Values include commas, quotes and
/// non-ASCII text, Java-style doubles and Salesforce datetimes.
fn record(i: usize, wide: bool) -> Vec<(&'static str, String, String)> {
    let name = format!("Account {i}, \"Inc\" Ünïcode");
    let mut f = vec![
        ("Id", format!("\"001{i:015}\""), format!("001{i:015}")),
        ("Name", serde_json::to_string(&name).unwrap(), name.clone()),
        (
            "AnnualRevenue",
            format!("{}.5E{}", 1 + i % 9, 3 + i % 5),
            format!(
                "{}",
                (1.0 + (i % 9) as f64 + 0.5) * 10f64.powi(3 + (i % 5) as i32)
            ),
        ),
        (
            "CreatedDate",
            format!(
                "\"2024-0{}-1{}T0{}:15:00.000+0000\"",
                1 + i % 9,
                i % 10,
                i % 10
            ),
            format!("2024-0{}-1{}T0{}:15:00.000Z", 1 + i % 9, i % 10, i % 10),
        ),
        ("Phone", format!("\"+47 {:08}\"", i), format!("+47 {i:08}")),
        ("Industry", "\"Banking\"".into(), "Banking".into()),
        (
            "NumberOfEmployees",
            format!("{}", i % 5000),
            format!("{}", i % 5000),
        ),
    ];
    if wide {
        let desc = if i.is_multiple_of(10) {
            "line one\nline two".to_owned()
        } else {
            "plain description".to_owned()
        };
        f.extend([
            (
                "Type",
                "\"Customer - Direct\"".into(),
                "Customer - Direct".into(),
            ),
            (
                "Website",
                format!("\"https://example{i}.test\""),
                format!("https://example{i}.test"),
            ),
            ("BillingCity", "\"Oslo\"".into(), "Oslo".into()),
            ("BillingCountry", "\"Norway\"".into(), "Norway".into()),
            (
                "SystemModstamp",
                "\"2024-06-01T10:00:00.000+0000\"".into(),
                "2024-06-01T10:00:00.000Z".into(),
            ),
            ("Description", serde_json::to_string(&desc).unwrap(), desc),
        ]);
    }
    f
}

fn render(records: usize, wide: bool, page: usize, bulk_page: usize) -> Pages {
    let mut query = Vec::new();
    let mut offset = 0;
    while offset < records || (records == 0 && query.is_empty()) {
        let end = (offset + page).min(records);
        let mut s = String::with_capacity((end - offset) * 400);
        write!(s, "{{\"totalSize\":{records},\"done\":{}", end == records).unwrap();
        if end < records {
            write!(
                s,
                ",\"nextRecordsUrl\":\"/services/data/v63.0/query/01gBENCH000000001-{end}\""
            )
            .unwrap();
        }
        s.push_str(",\"records\":[");
        for i in offset..end {
            if i > offset {
                s.push(',');
            }
            write!(s, "{{\"attributes\":{{\"type\":\"Account\",\"url\":\"/services/data/v63.0/sobjects/Account/001{i:015}\"}}").unwrap();
            for (k, json, _) in record(i, wide) {
                write!(s, ",\"{k}\":{json}").unwrap();
            }
            s.push('}');
        }
        s.push_str("]}");
        query.push(Bytes::from(s));
        offset = end;
        if records == 0 {
            break;
        }
    }
    let mut bulk = Vec::new();
    let mut bulk_counts = Vec::new();
    let header: Vec<String> = record(0, wide)
        .iter()
        .map(|(k, _, _)| format!("\"{k}\""))
        .collect();
    let mut offset = 0;
    loop {
        let end = (offset + bulk_page).min(records);
        let mut s = header.join(",");
        s.push('\n');
        for i in offset..end {
            let cells: Vec<String> = record(i, wide)
                .into_iter()
                .map(|(_, _, csv)| format!("\"{}\"", csv.replace('"', "\"\"")))
                .collect();
            s.push_str(&cells.join(","));
            s.push('\n');
        }
        bulk.push(Bytes::from(s));
        bulk_counts.push(end - offset);
        offset = end;
        if offset >= records {
            break;
        }
    }
    Pages {
        page,
        describe: describe(wide),
        query,
        bulk,
        bulk_counts,
        total: records,
    }
}

fn describe(wide: bool) -> Bytes {
    let fields: Vec<serde_json::Value> = record(0, wide)
        .into_iter()
        .map(|(name, _, _)| {
            let kind = match name {
                "Id" => "id",
                "AnnualRevenue" => "currency",
                "NumberOfEmployees" => "int",
                "CreatedDate" | "SystemModstamp" => "datetime",
                "Description" => "textarea",
                _ => "string",
            };
            serde_json::json!({"name": name, "type": kind})
        })
        .collect();
    Bytes::from(serde_json::json!({"name": "Account", "fields": fields}).to_string())
}

async fn handle(State(p): State<Arc<Pages>>, method: Method, uri: Uri) -> Response {
    let path = uri.path();
    let q: HashMap<String, String> =
        url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let json = |b: Bytes| {
        Response::builder()
            .header("content-type", "application/json;charset=UTF-8")
            .header("Sforce-Limit-Info", "api-usage=100/5000")
            .body(Body::from(b))
            .unwrap()
    };
    if path == "/services/data/v63.0/sobjects/Account/describe" {
        return json(p.describe.clone());
    }
    if path == "/services/data/v63.0/query" {
        return json(p.query[0].clone());
    }
    if let Some(off) = path.strip_prefix("/services/data/v63.0/query/01gBENCH000000001-") {
        let off: usize = off.parse().unwrap_or(0);
        return json(p.query[(off / p.page).min(p.query.len() - 1)].clone());
    }
    if method == Method::POST && path == "/services/data/v63.0/jobs/query" {
        return json(Bytes::from_static(br#"{"id":"750BENCH000000001","state":"UploadComplete","operation":"query","object":"Account","contentType":"CSV","apiVersion":63.0,"lineEnding":"LF","columnDelimiter":"COMMA"}"#));
    }
    if path == "/services/data/v63.0/jobs/query/750BENCH000000001" {
        return json(Bytes::from(format!(
            r#"{{"id":"750BENCH000000001","state":"JobComplete","numberRecordsProcessed":{}}}"#,
            p.total
        )));
    }
    if path == "/services/data/v63.0/jobs/query/750BENCH000000001/results" {
        let idx: usize = q
            .get("locator")
            .and_then(|l| l.strip_prefix('P'))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let idx = idx.min(p.bulk.len() - 1);
        let locator = if idx + 1 < p.bulk.len() {
            format!("P{}", idx + 1)
        } else {
            "null".into()
        };
        return Response::builder()
            .header("content-type", "text/csv")
            .header("Sforce-Locator", locator)
            .header("Sforce-NumberOfRecords", p.bulk_counts[idx].to_string())
            .header("Sforce-Limit-Info", "api-usage=100/5000")
            .body(Body::from(p.bulk[idx].clone()))
            .unwrap();
    }
    Response::builder()
        .status(404)
        .body(Body::from(
            "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]",
        ))
        .unwrap()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let records = arg(&args, "--records", 100_000);
    let wide = arg(&args, "--fields", 13) >= 13;
    let page = arg(&args, "--page", 2000);
    let bulk_page = arg(&args, "--bulk-page", 50_000);
    let dir = args
        .iter()
        .position(|a| a == "--dir")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| ".".into());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let pages = Arc::new(render(records, wide, page, bulk_page));
        let mut urls = String::new();
        let first = format!("{base}/services/data/v63.0/query?q=SELECT");
        writeln!(urls, "url = \"{first}\"\noutput = /dev/null").unwrap();
        for k in 1..pages.query.len() {
            writeln!(urls, "url = \"{base}/services/data/v63.0/query/01gBENCH000000001-{}\"\noutput = /dev/null", k * page).unwrap();
        }
        std::fs::write(format!("{dir}/query-urls.txt"), urls).unwrap();
        let mut urls = String::new();
        for k in 0..pages.bulk.len() {
            let loc = if k == 0 { String::new() } else { format!("&locator=P{k}") };
            writeln!(urls, "url = \"{base}/services/data/v63.0/jobs/query/750BENCH000000001/results?maxRecords={bulk_page}{loc}\"\noutput = /dev/null").unwrap();
        }
        std::fs::write(format!("{dir}/bulk-urls.txt"), urls).unwrap();
        println!("READY {base}");
        let app = Router::new().fallback(handle).with_state(pages);
        axum::serve(listener, app).await.unwrap();
    });
}
