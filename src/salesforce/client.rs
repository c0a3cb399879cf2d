//! The REST client: one place that sends requests, reads `Sforce-Limit-Info`, renews an
//! expired session once and retries transient failures with backoff and jitter. A request is
//! only answered once its whole body has arrived, so a connection dropped mid-body is retried
//! and never handed on half read.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{ACCEPT, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;
use time::OffsetDateTime;

use super::SfError;
use super::auth::{Renewal, Token};
use crate::config::Secret;
use crate::http::Transport;

#[derive(Debug, Clone)]
pub struct ClientSettings {
    pub instance_url: String,
    pub api_version: String,
    pub ca_file: Option<PathBuf>,
    pub timeout: Duration,
    /// Attempts after the first for transient failures (5xx, 429, timeouts, dropped bodies).
    pub retries: u32,
}

/// API calls used in the rolling 24 hours against the org's limit, from `Sforce-Limit-Info`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiUsage {
    pub used: u64,
    pub max: u64,
}

impl std::fmt::Display for ApiUsage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "api-usage {}/{}", self.used, self.max)
    }
}

/// A successful answer, body complete.
#[derive(Debug)]
pub struct Reply {
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// The whole body in one buffer sized from Content-Length when the server sends it (capped:
/// the header is the server's word, not a promise). Each chunk is copied in and released as
/// it arrives, so a page is held once rather than as chunks plus their concatenation, and
/// the transport reuses its read buffer instead of faulting in fresh memory for every page.
async fn read_body(mut resp: reqwest::Response) -> Result<Bytes, reqwest::Error> {
    const CAP: u64 = 64 << 20;
    let mut body = Vec::with_capacity(resp.content_length().unwrap_or(0).min(CAP) as usize);
    while let Some(chunk) = resp.chunk().await? {
        body.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(body))
}

/// Where a body too large for memory goes, chunk by chunk. `start` comes before each
/// attempt: a body cut short is fetched again from the beginning.
pub trait BodySink {
    fn start(&mut self) -> std::io::Result<()>;
    fn write(&mut self, chunk: &[u8]) -> std::io::Result<()>;
}

/// Pour a successful body into `sink`. A write that fails is put in `disk_error` and ends
/// the stream: the disk, not the network, failed, and sending again would not help.
async fn stream_to(
    mut resp: reqwest::Response,
    sink: &mut (dyn BodySink + Send),
    disk_error: &mut Option<std::io::Error>,
) -> Result<(), reqwest::Error> {
    if let Err(e) = sink.start() {
        *disk_error = Some(e);
        return Ok(());
    }
    while let Some(chunk) = resp.chunk().await? {
        if let Err(e) = sink.write(&chunk) {
            *disk_error = Some(e);
            return Ok(());
        }
    }
    Ok(())
}

pub struct Client {
    http: reqwest::Client,
    instance: String,
    version: String,
    token: Mutex<Secret>,
    renewal: Option<Renewal>,
    /// The token a renewal produced, for the caller to store.
    renewed: Mutex<Option<Token>>,
    usage: Mutex<Option<ApiUsage>>,
    /// The server's clock as its last answer's `Date` header gave it, and when that arrived.
    server_clock: Mutex<Option<(OffsetDateTime, Instant)>>,
    retries: u32,
}

/// The HTTP client for the REST API and the token endpoint.
pub fn http_client(
    ca_file: Option<&std::path::Path>,
    timeout: Duration,
) -> Result<reqwest::Client, SfError> {
    crate::http::client(ca_file, timeout).map_err(SfError::Config)
}

/// Plain http is accepted only for a server on this machine (a test or a local proxy).
pub fn check_url(what: &str, url: &str) -> Result<(), SfError> {
    match crate::http::transport(url).map_err(|e| SfError::Config(format!("{what} {e}")))? {
        Transport::Https | Transport::LoopbackHttp => Ok(()),
        Transport::PlainHttp => Err(SfError::Config(format!(
            "{what} `{url}` is plain http: tokens would cross the network unencrypted; use https"
        ))),
    }
}

impl Client {
    pub fn new(
        s: &ClientSettings,
        token: Secret,
        renewal: Option<Renewal>,
    ) -> Result<Client, SfError> {
        check_url("instance URL", &s.instance_url)?;
        Ok(Client {
            http: http_client(s.ca_file.as_deref(), s.timeout)?,
            instance: s.instance_url.trim_end_matches('/').to_owned(),
            version: s.api_version.trim_start_matches('v').to_owned(),
            token: Mutex::new(token),
            renewal,
            renewed: Mutex::new(None),
            usage: Mutex::new(None),
            server_clock: Mutex::new(None),
            retries: s.retries,
        })
    }

    pub fn instance_url(&self) -> &str {
        &self.instance
    }

    pub fn api_version(&self) -> &str {
        &self.version
    }

    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    pub fn usage(&self) -> Option<ApiUsage> {
        *self.usage.lock().expect("usage lock")
    }

    /// The token obtained by a renewal during this run, if any (to be stored).
    pub fn take_renewed(&self) -> Option<Token> {
        self.renewed.lock().expect("renewed lock").take()
    }

    /// `/services/…` paths are taken as they are (the `nextRecordsUrl` form); anything else
    /// is relative to `/services/data/vXX.X/`.
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("https://") || path.starts_with("http://") {
            path.to_owned()
        } else if path.starts_with('/') {
            format!("{}{}", self.instance, path)
        } else {
            format!("{}/services/data/v{}/{}", self.instance, self.version, path)
        }
    }

    pub async fn get(&self, path: &str) -> Result<Reply, SfError> {
        self.send(Method::GET, path, None, &[]).await
    }

    /// A create: POSTed once. A 429 or a connection never made is retried (nothing reached
    /// the org); any other failure after the request went out may have created records, so
    /// it is an error ([`SfError::Unconfirmed`]) rather than a second POST and duplicates.
    pub async fn post_once(&self, path: &str, body: &Value) -> Result<Reply, SfError> {
        self.send_as(Method::POST, path, Some(body), &[], false, None)
            .await
    }

    /// PUT a CSV upload. `body` makes the body for each attempt (a stream is read once).
    /// An upload is sent again only when nothing reached the org: a connection never made,
    /// a 429, or a 401 answered before the body was read (the token is renewed first).
    pub async fn put_csv(
        &self,
        path: &str,
        body: impl Fn() -> Result<reqwest::Body, SfError>,
    ) -> Result<Reply, SfError> {
        let url = self.url(path);
        let mut failures = 0u32;
        let mut renewed = false;
        loop {
            let token = self.token.lock().expect("token lock").clone();
            let sent = self
                .http
                .put(&url)
                .bearer_auth(token.expose())
                .header(ACCEPT, HeaderValue::from_static("application/json"))
                .header("content-type", "text/csv")
                .body(body()?)
                .send()
                .await;
            let last = match sent {
                Ok(resp) => {
                    let status = resp.status();
                    let headers = resp.headers().clone();
                    self.note_usage(&headers);
                    let bytes = read_body(resp).await.unwrap_or_default();
                    if status.is_success() {
                        return Ok(Reply {
                            headers,
                            body: bytes,
                        });
                    }
                    let err = api_error(status, &bytes);
                    match status {
                        StatusCode::UNAUTHORIZED if !renewed && self.renewal.is_some() => {
                            self.renew().await?;
                            renewed = true;
                            continue;
                        }
                        StatusCode::UNAUTHORIZED => return Err(SfError::Auth(err.to_string())),
                        StatusCode::TOO_MANY_REQUESTS => err.to_string(),
                        _ if status.is_server_error() => {
                            return Err(SfError::Unconfirmed(err.to_string()));
                        }
                        _ => return Err(err),
                    }
                }
                Err(e) => match crate::http::certificate_problem(&e) {
                    Some(problem) => return Err(SfError::Certificate(problem)),
                    None if e.is_connect() => crate::http::describe(&e),
                    None => return Err(SfError::Unconfirmed(crate::http::describe(&e))),
                },
            };
            failures += 1;
            if failures > self.retries {
                return Err(SfError::Unavailable {
                    attempts: failures,
                    last,
                });
            }
            tokio::time::sleep(backoff(failures)).await;
        }
    }

    pub async fn delete(&self, path: &str) -> Result<Reply, SfError> {
        self.send(Method::DELETE, path, None, &[]).await
    }

    pub async fn get_with(
        &self,
        path: &str,
        headers: &[(&'static str, String)],
    ) -> Result<Reply, SfError> {
        self.send(Method::GET, path, None, headers).await
    }

    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> Result<T, SfError> {
        let reply = self.get(path).await?;
        parse_json(&reply.body)
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> Result<Reply, SfError> {
        self.send(Method::POST, path, Some(body), &[]).await
    }

    pub async fn patch_json(&self, path: &str, body: &Value) -> Result<Reply, SfError> {
        self.send(Method::PATCH, path, Some(body), &[]).await
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        headers: &[(&'static str, String)],
    ) -> Result<Reply, SfError> {
        self.send_as(method, path, body, headers, true, None).await
    }

    /// GET into `sink` rather than memory (a bulk result file can be larger than the
    /// memory atomctl allows itself). A body cut short is fetched again from the start; on
    /// error the sink holds nothing to be trusted.
    pub async fn download(
        &self,
        path: &str,
        headers: &[(&'static str, String)],
        sink: &mut (dyn BodySink + Send),
    ) -> Result<HeaderMap, SfError> {
        let reply = self
            .send_as(Method::GET, path, None, headers, true, Some(sink))
            .await?;
        Ok(reply.headers)
    }

    /// `idempotent`: the request may be sent again after any transient failure.
    async fn send_as(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        headers: &[(&'static str, String)],
        idempotent: bool,
        mut sink: Option<&mut (dyn BodySink + Send)>,
    ) -> Result<Reply, SfError> {
        let url = self.url(path);
        let mut disk_error: Option<std::io::Error> = None;
        let mut failures = 0u32;
        let mut renewed = false;
        loop {
            let token = self.token.lock().expect("token lock").clone();
            let mut req = self
                .http
                .request(method.clone(), &url)
                .bearer_auth(token.expose());
            if !headers
                .iter()
                .any(|(k, _)| k.eq_ignore_ascii_case("accept"))
            {
                req = req.header(ACCEPT, HeaderValue::from_static("application/json"));
            }
            for (k, v) in headers {
                req = req.header(*k, v);
            }
            if let Some(b) = body {
                req = req.json(b);
            }
            let answer = async {
                let resp = req.send().await?;
                let status = resp.status();
                let headers = resp.headers().clone();
                let body = match sink.as_deref_mut() {
                    Some(sink) if status.is_success() => {
                        stream_to(resp, sink, &mut disk_error).await?;
                        Bytes::new()
                    }
                    _ => read_body(resp).await?,
                };
                Ok::<_, reqwest::Error>((status, headers, body))
            }
            .await;
            if let Some(e) = disk_error.take() {
                return Err(SfError::Output(e));
            }
            let transient = match answer {
                Ok((status, headers, body)) => {
                    self.note_usage(&headers);
                    self.note_date(&headers);
                    if status.is_success() {
                        return Ok(Reply { headers, body });
                    }
                    let err = api_error(status, &body);
                    match status {
                        StatusCode::UNAUTHORIZED if !renewed && self.renewal.is_some() => {
                            self.renew().await?;
                            renewed = true;
                            continue;
                        }
                        StatusCode::UNAUTHORIZED => return Err(SfError::Auth(err.to_string())),
                        StatusCode::FORBIDDEN if err.code() == Some("REQUEST_LIMIT_EXCEEDED") => {
                            let usage = self
                                .usage()
                                .map_or_else(|| "usage not reported".into(), |u| u.to_string());
                            return Err(SfError::Limit(usage));
                        }
                        StatusCode::TOO_MANY_REQUESTS => err.to_string(),
                        StatusCode::INTERNAL_SERVER_ERROR
                        | StatusCode::BAD_GATEWAY
                        | StatusCode::SERVICE_UNAVAILABLE
                        | StatusCode::GATEWAY_TIMEOUT
                            if idempotent =>
                        {
                            err.to_string()
                        }
                        StatusCode::INTERNAL_SERVER_ERROR
                        | StatusCode::BAD_GATEWAY
                        | StatusCode::SERVICE_UNAVAILABLE
                        | StatusCode::GATEWAY_TIMEOUT => {
                            return Err(SfError::Unconfirmed(err.to_string()));
                        }
                        _ => return Err(err),
                    }
                }
                Err(e) => match crate::http::certificate_problem(&e) {
                    Some(problem) => return Err(SfError::Certificate(problem)),
                    None if idempotent || e.is_connect() => crate::http::describe(&e),
                    None => return Err(SfError::Unconfirmed(crate::http::describe(&e))),
                },
            };
            failures += 1;
            if failures > self.retries {
                return Err(SfError::Unavailable {
                    attempts: failures,
                    last: transient,
                });
            }
            let wait = backoff(failures);
            tracing::debug!(%url, failures, wait_ms = wait.as_millis() as u64, %transient, "retrying");
            tokio::time::sleep(wait).await;
        }
    }

    async fn renew(&self) -> Result<(), SfError> {
        let renewal = self.renewal.as_ref().expect("checked by the caller");
        tracing::debug!("session expired; renewing the access token");
        let token = renewal.renew(&self.http).await?;
        *self.token.lock().expect("token lock") = token.access_token.clone();
        *self.renewed.lock().expect("renewed lock") = Some(token);
        Ok(())
    }

    /// The server's time now: its last `Date` header plus the time since it arrived. Sync
    /// windows come from here, never from this machine's clock, which may be hours off
    /// (Salesforce stamps deletions with its own). None before any answer carried a Date.
    pub fn server_now(&self) -> Option<OffsetDateTime> {
        let (at, seen) = (*self.server_clock.lock().expect("clock lock"))?;
        at.checked_add(time::Duration::try_from(seen.elapsed()).ok()?)
    }

    fn note_date(&self, headers: &HeaderMap) {
        if let Some(t) = headers
            .get("date")
            .and_then(|v| v.to_str().ok())
            .and_then(parse_http_date)
        {
            *self.server_clock.lock().expect("clock lock") = Some((t, Instant::now()));
        }
    }

    fn note_usage(&self, headers: &HeaderMap) {
        let Some(v) = headers
            .get("sforce-limit-info")
            .and_then(|v| v.to_str().ok())
        else {
            return;
        };
        if let Some(u) = parse_limit_info(v) {
            *self.usage.lock().expect("usage lock") = Some(u);
        }
    }
}

/// An HTTP date (RFC 9110 §5.6.7, the IMF-fixdate every server sends):
/// `Sun, 06 Nov 1994 08:49:37 GMT`.
pub fn parse_http_date(s: &str) -> Option<OffsetDateTime> {
    let format = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    time::PrimitiveDateTime::parse(s.trim(), format)
        .ok()
        .map(time::PrimitiveDateTime::assume_utc)
}

/// `api-usage=18/5000` (possibly followed by `; per-app-api-usage=…`).
pub fn parse_limit_info(v: &str) -> Option<ApiUsage> {
    let part = v
        .split([';', ','])
        .map(str::trim)
        .find_map(|p| p.strip_prefix("api-usage="))?;
    let (used, max) = part.split_once('/')?;
    Some(ApiUsage {
        used: used.trim().parse().ok()?,
        max: max.trim().parse().ok()?,
    })
}

pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, SfError> {
    serde_json::from_slice(body).map_err(|e| SfError::Protocol(format!("bad JSON: {e}")))
}

/// The REST error array `[{"message","errorCode"}]`, or an OAuth `{"error","error_description"}`,
/// or whatever text came back.
pub fn api_error(status: StatusCode, body: &[u8]) -> SfError {
    let parsed: Option<Value> = serde_json::from_slice(body).ok();
    let first = match &parsed {
        Some(Value::Array(items)) => items.first(),
        Some(v @ Value::Object(_)) => Some(v),
        _ => None,
    };
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let (code, message) = match first {
        Some(v) => (
            text(v, "errorCode").or_else(|| text(v, "error")),
            text(v, "message").or_else(|| text(v, "error_description")),
        ),
        None => (None, None),
    };
    SfError::Api {
        status: status.as_u16(),
        code: code.unwrap_or_else(|| format!("HTTP {}", status.as_u16())),
        message: message.unwrap_or_else(|| {
            let t = String::from_utf8_lossy(body);
            let t = t.trim();
            if t.is_empty() {
                status.canonical_reason().unwrap_or("no message").to_owned()
            } else {
                t.chars().take(300).collect()
            }
        }),
    }
}

/// 250 ms doubling per failure up to 8 s, with up to 50 % jitter so that parallel clients
/// do not retry in step.
fn backoff(failures: u32) -> Duration {
    let base = 250u64 << failures.saturating_sub(1).min(5);
    let base = base.min(8_000);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() as u64)
        .unwrap_or(0);
    Duration::from_millis(base + nanos % (base / 2 + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_read_as_the_servers_clock() {
        let t = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(t.unix_timestamp(), 784_111_777);
        assert!(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT").is_none());
        assert!(parse_http_date("").is_none());
    }

    #[test]
    fn limit_info_with_per_app_usage() {
        assert_eq!(
            parse_limit_info("api-usage=18/5000; per-app-api-usage=17/250(appName=sample)"),
            Some(ApiUsage {
                used: 18,
                max: 5000
            })
        );
        assert_eq!(parse_limit_info("garbage"), None);
    }

    #[test]
    fn error_bodies_of_both_shapes() {
        let e = api_error(
            StatusCode::BAD_REQUEST,
            br#"[{"message":"Your query request was running for too long.","errorCode":"QUERY_TIMEOUT"}]"#,
        );
        assert_eq!(e.code(), Some("QUERY_TIMEOUT"));
        let e = api_error(
            StatusCode::BAD_REQUEST,
            br#"{"error":"invalid_grant","error_description":"authentication failure"}"#,
        );
        assert_eq!(e.code(), Some("invalid_grant"));
        assert!(e.to_string().contains("authentication failure"));
        let e = api_error(StatusCode::BAD_GATEWAY, b"<html>oops</html>");
        assert_eq!(e.code(), Some("HTTP 502"));
    }

    #[test]
    fn backoff_grows_and_is_bounded() {
        assert!(
            backoff(1) >= Duration::from_millis(250) && backoff(1) <= Duration::from_millis(375)
        );
        assert!(backoff(3) >= Duration::from_millis(1000));
        assert!(backoff(30) <= Duration::from_millis(12_000));
    }
}
