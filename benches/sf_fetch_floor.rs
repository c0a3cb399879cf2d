//! The floor under `sf query` in scripts/bench-sf.sh: the HTTP stack atomctl uses (reqwest
//! with rustls on a tokio runtime, one connection) fetching the same page sequence as curl
//! does, counting each body's chunks as they arrive and dropping them. No body is even kept
//! whole, no JSON is parsed and nothing is written: whatever this takes beyond curl is the
//! price of the stack, before any of the work `sf query` has to do.
//!
//!   sf-fetch-floor URLS_FILE   (curl's `-K` file: `url = "…"` lines)

#![allow(clippy::print_stderr)] // a benchmark helper: its errors and byte count go to stderr

use std::process::ExitCode;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let Some(file) = std::env::args().nth(1) else {
        eprintln!("usage: sf-fetch-floor URLS_FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    let urls = text
        .lines()
        .filter_map(|l| l.strip_prefix("url = \"")?.strip_suffix('"'));
    let client = reqwest::Client::new();
    let mut bytes = 0usize;
    for url in urls {
        let body = client
            .get(url)
            .bearer_auth("bench")
            .send()
            .await
            .and_then(reqwest::Response::error_for_status);
        let mut resp = match body {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{url}: {e}");
                return ExitCode::FAILURE;
            }
        };
        loop {
            match resp.chunk().await {
                Ok(Some(c)) => bytes += c.len(),
                Ok(None) => break,
                Err(e) => {
                    eprintln!("{url}: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    // On stderr, which the benchmark discards: run by hand, it shows every page arrived.
    eprintln!("{bytes} bytes");
    ExitCode::SUCCESS
}
