//! The floor under `snow sync incident` in scripts/bench-snow.sh: a minimal client fetching
//! the same pages. The HTTP stack atomctl uses asks for the same keyset pages, one after the
//! other ((sys_updated_on, sys_id) order, the same page size and parameters), and reads of
//! each page only what the next page's query needs: the last row's sys_updated_on and sys_id.
//! Nothing is converted or stored.
//!
//! With `--store DB`, the same work as the sync with nothing around it: each page parsed
//! with serde_json and its rows written by one prepared INSERT (every field as the text
//! the instance sent) into a table of the same shape in a new SQLite file, in one
//! transaction, one page after the other.
//!
//!   snow-fetch-floor BASE_URL PAGE_SIZE [--store DB]

#![allow(clippy::print_stderr, clippy::print_stdout)] // a benchmark helper

use std::process::ExitCode;

use serde::Deserialize;

#[derive(Deserialize)]
struct Key {
    sys_id: String,
    sys_updated_on: String,
}

#[derive(Deserialize)]
struct Page {
    result: Vec<Key>,
}

#[derive(Deserialize)]
struct FullPage {
    result: Vec<serde_json::Map<String, serde_json::Value>>,
}

/// The incident fields the benchmark instance sends, sys_id first.
const FIELDS: &[&str] = &[
    "sys_id",
    "number",
    "short_description",
    "description",
    "category",
    "priority",
    "impact",
    "urgency",
    "state",
    "active",
    "caller_id",
    "assigned_to",
    "assignment_group",
    "opened_at",
    "resolved_at",
    "close_code",
    "close_notes",
    "correlation_id",
    "sys_mod_count",
    "sys_created_on",
    "sys_updated_on",
];

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(base), Some(size)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: snow-fetch-floor BASE_URL PAGE_SIZE");
        return ExitCode::from(2);
    };
    let store = args
        .iter()
        .position(|a| a == "--store")
        .and_then(|i| args.get(i + 1));
    let mut conn = store.map(|db| {
        let _ = std::fs::remove_file(db);
        let c = rusqlite::Connection::open(db).unwrap();
        // The same page size and page cache as atomctl's cache writer.
        c.pragma_update(None, "page_size", 16384).unwrap();
        c.pragma_update(None, "cache_size", -16_384).unwrap();
        let cols: Vec<String> = FIELDS[1..].iter().map(|f| format!("\"{f}\"")).collect();
        c.execute_batch(&format!(
            "CREATE TABLE snow_incident (profile TEXT NOT NULL, sys_id TEXT NOT NULL, {}, PRIMARY KEY (profile, sys_id))",
            cols.join(", ")
        ))
        .unwrap();
        c
    });
    let tx = conn.as_mut().map(|c| c.transaction().unwrap());
    let insert = format!(
        "INSERT INTO snow_incident VALUES ('p', {})",
        (1..=FIELDS.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut st = tx.as_ref().map(|t| t.prepare(&insert).unwrap());
    let client = reqwest::Client::new();
    let url = format!("{base}/api/now/table/incident");
    let order = "ORDERBYsys_updated_on^ORDERBYsys_id";
    let mut last: Option<(String, String)> = None;
    let mut rows = 0usize;
    loop {
        let query = match &last {
            None => order.to_owned(),
            Some((t, id)) => {
                format!("sys_updated_on>{t}^NQsys_updated_on={t}^sys_id>{id}^{order}")
            }
        };
        let page_url = reqwest::Url::parse_with_params(
            &url,
            &[
                ("sysparm_query", query.as_str()),
                ("sysparm_limit", size.as_str()),
                ("sysparm_display_value", "false"),
                ("sysparm_exclude_reference_link", "true"),
                ("sysparm_suppress_pagination_header", "true"),
            ],
        )
        .expect("a URL");
        let resp = client
            .get(page_url)
            .basic_auth("bench", Some("bench-secret"))
            .header("accept", "application/json")
            .send()
            .await
            .and_then(reqwest::Response::error_for_status);
        let body = match resp {
            Ok(r) => r.bytes().await.unwrap_or_default(),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        };
        if let Some(st) = st.as_mut() {
            let page: FullPage = serde_json::from_slice(&body).unwrap();
            let Some(k) = page.result.last() else { break };
            last = Some((
                k["sys_updated_on"].as_str().unwrap_or("").to_owned(),
                k["sys_id"].as_str().unwrap_or("").to_owned(),
            ));
            for r in &page.result {
                let cells = FIELDS.iter().map(|f| r.get(*f).and_then(|v| v.as_str()));
                st.execute(rusqlite::params_from_iter(cells)).unwrap();
            }
            rows += page.result.len();
            continue;
        }
        let page: Page = match serde_json::from_slice(&body) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        };
        let Some(k) = page.result.last() else { break };
        rows += page.result.len();
        last = Some((k.sys_updated_on.clone(), k.sys_id.clone()));
    }
    drop(st);
    if let Some(t) = tx {
        t.commit().unwrap();
    }
    println!("{rows}");
    ExitCode::SUCCESS
}
