//! One Graph client per run: a bearer token renewed before it expires and once on a 401, every
//! `@odata.nextLink` followed verbatim (with `ConsistencyLevel` sent again on each page, which
//! Graph does not carry over), and 429/503/504 waited out by `Retry-After` or a growing
//! back-off within one overall deadline, never forever. A page is handed on only when it has
//! been read whole, so a retry never duplicates or loses a record.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::Value;

use super::GraphError;
use super::auth::{Renewal, Token, now_secs};

pub struct ClientSettings {
    /// `https://graph.microsoft.com` (no version).
    pub graph_url: String,
    pub timeout: Duration,
    pub ca_file: Option<std::path::PathBuf>,
    /// How long one request may keep retrying through throttling and outages.
    pub deadline: Duration,
}

pub struct Graph {
    http: reqwest::Client,
    base: String,
    token: Mutex<Token>,
    renewal: Option<Renewal>,
    deadline: Duration,
    /// A token renewed during the run, for the caller to store.
    renewed: Mutex<Option<Token>>,
}

/// One page of a collection.
pub struct Page {
    pub items: Vec<Value>,
    pub next: Option<String>,
    pub delta: Option<String>,
}

/// Attempts per request at most, whatever the deadline leaves.
const MAX_ATTEMPTS: u32 = 8;

impl Graph {
    pub fn new(
        s: &ClientSettings,
        token: Token,
        renewal: Option<Renewal>,
    ) -> Result<Graph, GraphError> {
        let http = crate::http::client(s.ca_file.as_deref(), s.timeout)
            .map_err(|e| GraphError::Config(e.to_string()))?;
        Ok(Graph {
            http,
            base: format!("{}/v1.0", s.graph_url.trim_end_matches('/')),
            token: Mutex::new(token),
            renewal,
            deadline: s.deadline,
            renewed: Mutex::new(None),
        })
    }

    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// `application` or `delegated`: what the current token was issued as.
    pub fn token_kind(&self) -> &'static str {
        let t = self.token.lock().expect("token lock");
        super::auth::token_facts(t.access_token.expose()).kind
    }

    /// A token renewed during this run, if any (to be written back to the stored login).
    pub fn renewed(&self) -> Option<Token> {
        self.renewed.lock().expect("renewed lock").clone()
    }

    /// `path` under `/v1.0`, or a full URL (a nextLink) as it is.
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            path.to_owned()
        } else {
            format!("{}/{}", self.base, path.trim_start_matches('/'))
        }
    }

    /// GET one JSON document.
    pub async fn get(
        &self,
        path: &str,
        headers: &[(&'static str, &str)],
        needs: Option<&'static str>,
    ) -> Result<Value, GraphError> {
        let url = self.url(path);
        let body = self
            .send(reqwest::Method::GET, &url, None, headers, needs)
            .await?;
        serde_json::from_slice(&body)
            .map_err(|e| GraphError::Protocol(format!("{url}: not JSON: {e}")))
    }

    /// POST a JSON body and read the JSON answer. Only a 429 is retried: the request was
    /// refused before it ran. A 503 or a broken connection may have created the thing
    /// already, so a second POST could create it twice; those are reported instead.
    pub async fn post(
        &self,
        path: &str,
        body: &Value,
        needs: Option<&'static str>,
    ) -> Result<Value, GraphError> {
        let url = self.url(path);
        let answer = self
            .send(reqwest::Method::POST, &url, Some(body), &[], needs)
            .await?;
        serde_json::from_slice(&answer)
            .map_err(|e| GraphError::Protocol(format!("{url}: not JSON: {e}")))
    }

    /// DELETE one thing. Retried like a GET: deleting twice deletes once, and the caller
    /// takes a 404 on the retry as done.
    pub async fn delete(&self, path: &str, needs: Option<&'static str>) -> Result<(), GraphError> {
        let url = self.url(path);
        self.send(reqwest::Method::DELETE, &url, None, &[], needs)
            .await
            .map(|_| ())
    }

    /// GET one page of a collection.
    pub async fn page(
        &self,
        url: &str,
        headers: &[(&'static str, &str)],
        needs: Option<&'static str>,
    ) -> Result<Page, GraphError> {
        let mut doc = self.get(url, headers, needs).await?;
        let link = |k: &str| doc.get(k).and_then(Value::as_str).map(str::to_owned);
        let (next, delta) = (link("@odata.nextLink"), link("@odata.deltaLink"));
        let items = match doc.get_mut("value").map(Value::take) {
            Some(Value::Array(items)) => items,
            _ => {
                return Err(GraphError::Protocol(format!(
                    "{url}: a collection page without a `value` array"
                )));
            }
        };
        Ok(Page { items, next, delta })
    }

    /// Every page of a collection, each handed to `each` as it arrives. A page token that
    /// expires mid-listing (`Directory_ExpiredPageToken`) restarts the listing once; items
    /// already handed on are not handed on again (by `id`).
    pub async fn each_page(
        &self,
        first: &str,
        headers: &[(&'static str, &str)],
        needs: Option<&'static str>,
        mut each: impl FnMut(Vec<Value>) -> Result<(), GraphError>,
    ) -> Result<(), GraphError> {
        // The ids handed on so far: after a restart, the listing starts over and what was
        // handed on before is skipped.
        let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
        let mut restarted = false;
        let mut url = self.url(first);
        loop {
            let page = match self.page(&url, headers, needs).await {
                Ok(p) => p,
                Err(e) if e.code() == Some("Directory_ExpiredPageToken") && !restarted => {
                    tracing::warn!("the page token expired mid-listing; reading the list again");
                    restarted = true;
                    url = self.url(first);
                    continue;
                }
                Err(e) => return Err(e),
            };
            let items: Vec<Value> = page
                .items
                .into_iter()
                .filter(|i| match i.get("id").and_then(Value::as_str) {
                    Some(id) => seen.insert(id.to_owned()) || !restarted,
                    None => true,
                })
                .collect();
            each(items)?;
            match page.next {
                Some(next) => url = next,
                None => return Ok(()),
            }
        }
    }

    async fn bearer(&self) -> Result<String, GraphError> {
        let fresh = {
            let t = self.token.lock().expect("token lock");
            t.fresh(now_secs())
                .then(|| t.access_token.expose().to_owned())
        };
        match (fresh, &self.renewal) {
            (Some(t), _) => Ok(t),
            (None, Some(_)) => self.renew().await,
            // No way to renew: use it while Graph takes it.
            (None, None) => Ok(self
                .token
                .lock()
                .expect("token lock")
                .access_token
                .expose()
                .to_owned()),
        }
    }

    async fn renew(&self) -> Result<String, GraphError> {
        let renewal = self.renewal.as_ref().ok_or_else(|| GraphError::Api {
            status: 401,
            code: "InvalidAuthenticationToken".into(),
            message: "the token expired and this login cannot be renewed".into(),
            needs: None,
        })?;
        tracing::debug!("renewing the Graph access token");
        // A refresh token works once: renew with the newest one this run was given.
        let latest = self.token.lock().expect("token lock").refresh_token.clone();
        let renewal = match (renewal, latest) {
            (
                Renewal::Refresh {
                    endpoint,
                    client_id,
                    scope,
                    ..
                },
                Some(refresh_token),
            ) => Renewal::Refresh {
                endpoint: endpoint.clone(),
                client_id: client_id.clone(),
                refresh_token,
                scope: scope.clone(),
            },
            (r, _) => r.clone(),
        };
        let t = renewal.renew(&self.http).await?;
        let text = t.access_token.expose().to_owned();
        *self.token.lock().expect("token lock") = t.clone();
        *self.renewed.lock().expect("renewed lock") = Some(t);
        Ok(text)
    }

    async fn send(
        &self,
        method: reqwest::Method,
        url: &str,
        body: Option<&Value>,
        headers: &[(&'static str, &str)],
        needs: Option<&'static str>,
    ) -> Result<bytes::Bytes, GraphError> {
        let idempotent = method == reqwest::Method::GET || method == reqwest::Method::DELETE;
        let started = Instant::now();
        let mut attempts = 0u32;
        let mut renewed = false;
        loop {
            attempts += 1;
            let bearer = self.bearer().await?;
            let mut req = self
                .http
                .request(method.clone(), url)
                .bearer_auth(bearer)
                .header("accept", "application/json");
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            if let Some(b) = body {
                req = req.json(b);
            }
            let answer = async {
                let resp = req.send().await.map_err(Failure::Transport)?;
                let status = resp.status();
                let retry_after = resp
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok());
                let body = crate::http::read_capped(resp, crate::http::DOCUMENT_CAP * 8)
                    .await
                    .map_err(Failure::Body)?;
                Ok::<_, Failure>((status, retry_after, body))
            }
            .await;
            let (last, wait) = match answer {
                Ok((status, _, body)) if status.is_success() => return Ok(body.into()),
                Ok((StatusCode::UNAUTHORIZED, _, _)) if !renewed && self.renewal.is_some() => {
                    renewed = true;
                    self.renew().await?;
                    continue;
                }
                Ok((status, retry_after, body))
                    if status.as_u16() == 429
                        || (idempotent && matches!(status.as_u16(), 500 | 502 | 503 | 504)) =>
                {
                    let err = api_error(status.as_u16(), &body, needs);
                    // Teams sends 429 without Retry-After too: back off on our own then.
                    let wait = retry_after
                        .map(Duration::from_secs)
                        .unwrap_or_else(|| backoff(attempts));
                    (err.to_string(), wait)
                }
                Ok((status, _, body)) => return Err(api_error(status.as_u16(), &body, needs)),
                Err(Failure::Transport(e)) => match crate::http::certificate_problem(&e) {
                    Some(p) => return Err(GraphError::Certificate(p)),
                    None if idempotent => (crate::http::describe(&e), backoff(attempts)),
                    None => {
                        return Err(GraphError::Unavailable {
                            attempts,
                            last: crate::http::describe(&e),
                        });
                    }
                },
                Err(Failure::Body(reason)) if idempotent => (reason, backoff(attempts)),
                Err(Failure::Body(reason)) => {
                    return Err(GraphError::Unavailable {
                        attempts,
                        last: reason,
                    });
                }
            };
            let left = self.deadline.saturating_sub(started.elapsed());
            if attempts >= MAX_ATTEMPTS || wait > left {
                return Err(GraphError::Unavailable { attempts, last });
            }
            tracing::debug!(%url, attempts, wait_ms = wait.as_millis() as u64, %last, "retrying");
            tokio::time::sleep(wait).await;
        }
    }
}

enum Failure {
    Transport(reqwest::Error),
    Body(String),
}

/// 1, 2, 4, 8, 16, 30, 30 … seconds, with up to a quarter more at random so that many
/// clients throttled together do not come back together.
fn backoff(attempt: u32) -> Duration {
    let base = 1u64 << attempt.saturating_sub(1).min(5);
    let base = Duration::from_secs(base.min(30));
    let mut r = [0u8; 1];
    let _ = aws_lc_rs::rand::fill(&mut r);
    base + base.mul_f64(f64::from(r[0]) / 1024.0)
}

/// Graph's error envelope, `{"error":{"code","message",…}}`, or the bare status.
fn api_error(status: u16, body: &[u8], needs: Option<&'static str>) -> GraphError {
    let v: Value = serde_json::from_slice(body).unwrap_or_default();
    let e = v.get("error");
    let text = |k: &str| {
        e.and_then(|e| e.get(k))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    GraphError::Api {
        status,
        code: text("code").unwrap_or_else(|| format!("HTTP{status}")),
        message: text("message")
            .unwrap_or_else(|| String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned()),
        needs,
    }
}
