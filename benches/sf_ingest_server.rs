//! The import benchmark's Salesforce: Bulk API 2.0 ingest jobs (create, one upload, close,
//! poll, results) for upserts of Contacts by `Ext_Id__c`, processed in memory, and the CSV
//! the benchmark uploads. Used by scripts/bench-sf-import.sh; not a test fake (that is
//! tests/cli/support/sf_fake.rs).
//!
//!   sf-ingest-bench-server --existing K [--dir D]     serve; K contacts exist beforehand
//!   sf-ingest-bench-server --write-csv FILE --rows N  write the upload file and exit
//!
//! Prints `READY <base-url>`. Each job's processing time (from close to `JobComplete`) is
//! appended to `<dir>/processing.log` as `<job> <ms> <rows>`: the benchmark's reference is
//! curl's upload plus this. `POST /bench/reset` forgets every contact made since start-up,
//! so each round does the same work (half updates, half creates).
#![allow(clippy::print_stdout)] // the READY line is how the benchmark script finds the server

use std::collections::HashMap;
use std::io::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::Method;
use axum::response::Response;

const API: &str = "/services/data/v63.0";
const COLUMNS: &str = "Ext_Id__c,FirstName,LastName,Email,Phone,Title,Department,MailingStreet,MailingCity,MailingPostalCode,Description";

#[derive(Default)]
struct Job {
    external_id: String,
    state: String,
    upload: Option<Bytes>,
    processed: Arc<AtomicU64>,
    successful: Bytes,
    header: String,
}

struct Org {
    existing: usize,
    /// External id → record id.
    contacts: Mutex<HashMap<String, String>>,
    jobs: Mutex<HashMap<String, Job>>,
    seq: AtomicU64,
    log: String,
}

impl Org {
    fn reset(&self) {
        let mut c = self.contacts.lock().unwrap();
        c.clear();
        for i in 0..self.existing {
            c.insert(format!("C-{i:07}"), format!("003BENCH{i:010}"));
        }
    }
}

/// One upload file record: ~150 bytes, some values quoted (a comma, a doubled quote, a
/// line break).
fn record(i: usize) -> String {
    let description = match i % 10 {
        0 => "\"Met at the \"\"Summit\"\",\nfollow up\"",
        3 => "Prefers email",
        _ => "",
    };
    format!(
        "C-{i:07},Person{i},Lastname {i},person{i}@example.com,+1 555 {:07},\"Director, Sales\",Sales,\"{} Main St, Suite {}\",Springfield,{:05},{description}\n",
        i % 10_000_000,
        i % 9000 + 1,
        i % 400,
        i % 100_000
    )
}

fn write_csv(path: &str, rows: usize) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(f, "{COLUMNS}").unwrap();
    for i in 0..rows {
        f.write_all(record(i).as_bytes()).unwrap();
    }
    f.flush().unwrap();
}

/// Upsert every row of the upload and build the successful-results file, as the org would.
fn process(org: &Org, upload: &[u8], external_id: &str, processed: &AtomicU64) -> (Bytes, String) {
    let mut r = csv::ReaderBuilder::new().from_reader(upload);
    let header = r.headers().unwrap().clone();
    let key = header.iter().position(|h| h == external_id).unwrap();
    let mut out = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::with_capacity(upload.len() + upload.len() / 4));
    let mut head = csv::ByteRecord::from(vec!["sf__Id", "sf__Created"]);
    for h in &header {
        head.push_field(h.as_bytes());
    }
    out.write_byte_record(&head).unwrap();
    let mut contacts = org.contacts.lock().unwrap();
    let mut rec = csv::ByteRecord::new();
    let mut row = csv::ByteRecord::new();
    let mut n = 0u64;
    while r.read_byte_record(&mut rec).unwrap() {
        let ext = String::from_utf8_lossy(&rec[key]).into_owned();
        let (id, created) = match contacts.get(&ext) {
            Some(id) => (id.clone(), "false"),
            None => {
                let id = format!("003NEW{:012}", org.seq.fetch_add(1, Ordering::Relaxed));
                contacts.insert(ext, id.clone());
                (id, "true")
            }
        };
        row.clear();
        row.push_field(id.as_bytes());
        row.push_field(created.as_bytes());
        for c in &rec {
            row.push_field(c);
        }
        out.write_byte_record(&row).unwrap();
        n += 1;
        if n.is_multiple_of(10_000) {
            processed.store(n, Ordering::Relaxed);
        }
    }
    processed.store(n, Ordering::Relaxed);
    (
        Bytes::from(out.into_inner().unwrap()),
        header.iter().collect::<Vec<_>>().join(","),
    )
}

fn json(status: u16, v: serde_json::Value) -> Response {
    Response::builder()
        .status(status)
        .header("content-type", "application/json;charset=UTF-8")
        .header("Sforce-Limit-Info", "api-usage=100/5000")
        .body(Body::from(v.to_string()))
        .unwrap()
}

fn describe() -> serde_json::Value {
    let fields: Vec<serde_json::Value> = std::iter::once("Id")
        .chain(COLUMNS.split(','))
        .map(|name| {
            serde_json::json!({"name": name, "type": if name == "Id" { "id" } else { "string" },
                "label": name, "createable": name != "Id", "updateable": name != "Id",
                "externalId": name == "Ext_Id__c", "idLookup": name == "Id" || name == "Email"})
        })
        .collect();
    serde_json::json!({"name": "Contact", "fields": fields})
}

async fn handle(State(org): State<Arc<Org>>, req: Request) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    if path == "/bench/reset" {
        org.reset();
        org.jobs.lock().unwrap().clear();
        return json(200, serde_json::json!({}));
    }
    if path == format!("{API}/sobjects/Contact/describe") {
        return json(200, describe());
    }
    let Some(rest) = path.strip_prefix(&format!("{API}/jobs/ingest")) else {
        return json(
            404,
            serde_json::json!([{"errorCode": "NOT_FOUND", "message": "The requested resource does not exist"}]),
        );
    };
    let rest = rest.trim_matches('/').to_owned();
    let body = axum::body::to_bytes(req.into_body(), usize::MAX)
        .await
        .unwrap_or_default();
    if method == Method::POST && rest.is_empty() {
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        let id = format!("750BENCH{:010}", org.seq.fetch_add(1, Ordering::Relaxed));
        let job = Job {
            external_id: v["externalIdFieldName"].as_str().unwrap_or("").to_owned(),
            state: "Open".into(),
            ..Default::default()
        };
        org.jobs.lock().unwrap().insert(id.clone(), job);
        return json(
            200,
            serde_json::json!({"id": id, "state": "Open", "object": "Contact",
            "operation": "upsert", "contentUrl": format!("services/data/v63.0/jobs/ingest/{id}/batches"),
            "lineEnding": v["lineEnding"], "columnDelimiter": "COMMA"}),
        );
    }
    let (id, tail) = rest.split_once('/').unwrap_or((&rest, ""));
    let mut jobs = org.jobs.lock().unwrap();
    let Some(job) = jobs.get_mut(id) else {
        return json(
            404,
            serde_json::json!([{"errorCode": "NOT_FOUND", "message": "no such job"}]),
        );
    };
    match (method.as_str(), tail.trim_end_matches('/')) {
        ("PUT", "batches") => {
            job.upload = Some(body);
            Response::builder().status(201).body(Body::empty()).unwrap()
        }
        ("PATCH", "") => {
            job.state = "InProgress".into();
            let upload = job.upload.take().unwrap_or_default();
            let ext = job.external_id.clone();
            let processed = job.processed.clone();
            let (org2, id2) = (org.clone(), id.to_owned());
            drop(jobs);
            tokio::task::spawn_blocking(move || {
                let t = Instant::now();
                let (ok, header) = process(&org2, &upload, &ext, &processed);
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                let mut jobs = org2.jobs.lock().unwrap();
                if let Some(j) = jobs.get_mut(&id2) {
                    j.successful = ok;
                    j.header = header;
                    j.state = "JobComplete".into();
                }
                let mut log = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&org2.log)
                    .unwrap();
                writeln!(log, "{id2} {ms:.1} {}", processed.load(Ordering::Relaxed)).unwrap();
            });
            json(
                200,
                serde_json::json!({"id": id, "state": "UploadComplete"}),
            )
        }
        ("GET", "") => json(
            200,
            serde_json::json!({"id": id, "state": job.state,
            "numberRecordsProcessed": job.processed.load(Ordering::Relaxed), "numberRecordsFailed": 0}),
        ),
        ("GET", "successfulResults") => Response::builder()
            .header("content-type", "text/csv")
            .body(Body::from(job.successful.clone()))
            .unwrap(),
        ("GET", "failedResults") => Response::builder()
            .header("content-type", "text/csv")
            .body(Body::from(format!(
                "\"sf__Id\",\"sf__Error\",{}\n",
                job.header
            )))
            .unwrap(),
        ("GET", "unprocessedrecords") => Response::builder()
            .header("content-type", "text/csv")
            .body(Body::from(format!("{}\n", job.header)))
            .unwrap(),
        _ => json(
            404,
            serde_json::json!([{"errorCode": "NOT_FOUND", "message": "no such resource"}]),
        ),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    if let Some(path) = arg("--write-csv") {
        let rows = arg("--rows")
            .and_then(|r| r.parse().ok())
            .unwrap_or(1_000_000);
        write_csv(&path, rows);
        return;
    }
    let dir = arg("--dir").unwrap_or_else(|| ".".into());
    let org = Arc::new(Org {
        existing: arg("--existing")
            .and_then(|r| r.parse().ok())
            .unwrap_or(500_000),
        contacts: Mutex::new(HashMap::new()),
        jobs: Mutex::new(HashMap::new()),
        seq: AtomicU64::new(1),
        log: format!("{dir}/processing.log"),
    });
    org.reset();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        println!("READY http://{}", listener.local_addr().unwrap());
        let app = Router::new().fallback(handle).with_state(org);
        axum::serve(listener, app).await.unwrap();
    });
}
