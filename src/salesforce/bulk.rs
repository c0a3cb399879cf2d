//! Bulk API 2.0 query jobs: create, poll until the job completes, then read the result pages
//! by `Sforce-Locator` until it is the literal string `null`. Every page is a standalone CSV
//! with its own header; the header is written once. Pages are bounded by `maxRecords`, read
//! whole (so a dropped connection is retried without writing anything twice) and the next
//! one is fetched while the current one is written.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use serde::Deserialize;
use serde_json::json;
use tokio::sync::mpsc;

use super::{Client, SfError};

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JobInfo {
    pub id: String,
    pub state: String,
    #[serde(default)]
    pub number_records_processed: Option<u64>,
    /// Ingest jobs: the processed records that failed (included in the processed count).
    #[serde(default)]
    pub number_records_failed: Option<u64>,
    #[serde(default)]
    pub error_message: Option<String>,
    #[serde(default)]
    pub object: Option<String>,
}

pub async fn create(client: &Client, soql: &str, all_rows: bool) -> Result<JobInfo, SfError> {
    let body = json!({
        "operation": if all_rows { "queryAll" } else { "query" },
        "query": soql,
        "columnDelimiter": "COMMA",
        "lineEnding": "LF",
    });
    let reply = client.post_json("jobs/query", &body).await?;
    super::client::parse_json(&reply.body)
}

pub async fn status(client: &Client, kind: &str, id: &str) -> Result<JobInfo, SfError> {
    client.get_json(&format!("jobs/{kind}/{id}")).await
}

/// Poll until the job is complete. `on_poll` sees every state (for a progress bar). A job
/// that fails or is aborted is an error with the server's message; running out of `wait`
/// is an error that names the job so it can be resumed.
pub async fn wait_for(
    client: &Client,
    id: &str,
    wait: Duration,
    on_poll: impl FnMut(&JobInfo),
) -> Result<JobInfo, SfError> {
    wait_for_job(client, "query", id, wait, on_poll).await
}

/// [`wait_for`] for a job of either kind (`query`, `ingest`).
pub async fn wait_for_job(
    client: &Client,
    kind: &str,
    id: &str,
    wait: Duration,
    on_poll: impl FnMut(&JobInfo),
) -> Result<JobInfo, SfError> {
    let info = wait_until_done(client, kind, id, wait, None, on_poll).await?;
    match info.state.as_str() {
        "JobComplete" => Ok(info),
        _ => Err(SfError::Api {
            status: 200,
            code: format!("BULK_JOB_{}", info.state.to_ascii_uppercase()),
            message: format!(
                "bulk job {id} {}: {}",
                info.state.to_ascii_lowercase(),
                info.error_message.as_deref().unwrap_or("no reason given")
            ),
        }),
    }
}

/// Poll until the job reaches a final state (`JobComplete`, `Failed` or `Aborted`) and
/// return it, whichever it is: a failed ingest job still has results to fetch.
///
/// Polls start short for small jobs and thin out to every 5 s like the sf CLI: the next
/// one comes after half the time waited so far (at least 200 ms). When the job's size is
/// `expected` and it reports progress, the rate seen between two polls can bring the next
/// one closer (a quarter of the time that rate says is left, at least 100 ms), so a job
/// that finishes between polls is not left waiting for seconds.
pub async fn wait_until_done(
    client: &Client,
    kind: &str,
    id: &str,
    wait: Duration,
    expected: Option<u64>,
    mut on_poll: impl FnMut(&JobInfo),
) -> Result<JobInfo, SfError> {
    let started = Instant::now();
    let mut last: Option<(Instant, u64)> = None;
    loop {
        let info = status(client, kind, id).await?;
        tracing::debug!(job = id, state = %info.state, processed = ?info.number_records_processed, "polled");
        on_poll(&info);
        if matches!(info.state.as_str(), "JobComplete" | "Failed" | "Aborted") {
            return Ok(info);
        }
        let now = Instant::now();
        let done = info.number_records_processed.unwrap_or(0);
        let mut interval =
            (started.elapsed() / 2).clamp(Duration::from_millis(200), Duration::from_secs(5));
        if let (Some(total), Some((then, before))) = (expected, last)
            && done > before
            && total > done
        {
            // A quarter of the time the rate gives: the rate swings (the org's load, the
            // other jobs), and a poll too early costs one small request where one too
            // late costs the user the wait.
            let rate = (done - before) as f64 / now.duration_since(then).as_secs_f64();
            let left = Duration::from_secs_f64(((total - done) as f64 / rate / 4.0).min(5.0));
            interval = interval.min(left.max(Duration::from_millis(100)));
        }
        last = Some((now, done));
        if started.elapsed() + interval > wait {
            return Err(SfError::Unavailable {
                attempts: 1,
                last: format!(
                    "bulk job {id} is still {} after {} s; continue later with --resume {id}",
                    info.state,
                    wait.as_secs()
                ),
            });
        }
        tokio::time::sleep(interval).await;
    }
}

/// One result page: its CSV (header included) and the record count the server announced.
pub struct ResultPage {
    pub csv: Bytes,
    pub records: Option<u64>,
}

/// Read the result pages in order on a task of its own, one page ahead of the writer.
pub fn results(
    client: Arc<Client>,
    id: String,
    max_records: u64,
) -> mpsc::Receiver<Result<ResultPage, SfError>> {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        let mut locator: Option<String> = None;
        loop {
            let mut path = format!("jobs/query/{id}/results?maxRecords={max_records}");
            if let Some(l) = &locator {
                path.push_str("&locator=");
                path.push_str(
                    &url::form_urlencoded::byte_serialize(l.as_bytes()).collect::<String>(),
                );
            }
            let reply = match client
                .get_with(&path, &[("accept", "text/csv".into())])
                .await
            {
                Ok(r) => r,
                Err(e) => {
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            };
            let next = reply.header("sforce-locator").map(str::to_owned);
            let records = reply
                .header("sforce-numberofrecords")
                .and_then(|n| n.trim().parse().ok());
            let page = ResultPage {
                csv: reply.body,
                records,
            };
            if tx.send(Ok(page)).await.is_err() {
                return;
            }
            match next.as_deref() {
                // The end is the literal string `null`: not an absent or empty header.
                Some("null") => return,
                Some(l) if !l.is_empty() => locator = Some(l.to_owned()),
                _ => {
                    let _ = tx
                        .send(Err(SfError::Protocol(
                            "a result page has no Sforce-Locator header: cannot tell whether more follow".into(),
                        )))
                        .await;
                    return;
                }
            }
        }
    });
    rx
}

/// Where the header line of a CSV page ends (after its line break), quotes respected.
pub fn header_end(csv: &[u8]) -> usize {
    let mut quoted = false;
    for (i, &b) in csv.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => return i + 1,
            _ => {}
        }
    }
    csv.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_end_respects_quotes() {
        assert_eq!(header_end(b"\"Id\",\"Name\"\n\"1\",\"a\"\n"), 12);
        assert_eq!(header_end(b"\"a\nb\",\"c\"\n\"1\",\"2\"\n"), 10);
        assert_eq!(header_end(b"\"Id\""), 4);
    }
}
