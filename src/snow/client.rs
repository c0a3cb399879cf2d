//! One ServiceNow client per run: basic auth or a bearer token (renewed before it expires,
//! and once more when the instance refuses it, the same request then sent again), and
//! 429 / 502 / 503 / 504 and
//! broken connections waited out — `Retry-After` honoured however long (ServiceNow's rate
//! windows are hourly) but never past the run's deadline. A page is handed on only when it
//! was read whole, so a retry never loses or repeats a row. A create is sent again only when
//! the instance certainly did not act on it ([`Retry::OnlyRefused`]).

use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::SnowError;
use super::auth::{self, Credentials, Grant, Tokens};
use super::values;
use crate::config::Secret;

pub struct Snow {
    http: reqwest::Client,
    base: String,
    auth: Auth,
    /// Retries stop once the run is this old: a Retry-After is waited out however long, but
    /// not past it.
    deadline: Duration,
    started: Instant,
    rate: Mutex<Option<RateLimit>>,
}

enum Auth {
    Basic {
        user: String,
        password: Secret,
    },
    Bearer {
        tokens: tokio::sync::Mutex<Tokens>,
        grant: Option<Grant>,
        renewed: std::sync::atomic::AtomicBool,
    },
}

/// The rate-limit headers of the last answer that had them. An instance sends them only
/// when a rate-limit rule matches the request, and never a remaining count.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RateLimit {
    /// Requests per hour (`X-RateLimit-Limit`).
    pub limit: Option<u64>,
    /// When the window resets (`X-RateLimit-Reset`, RFC 3339 UTC).
    pub reset: Option<String>,
    /// The rule's sys_id (`X-RateLimit-Rule`).
    pub rule: Option<String>,
    pub seen_at: String,
}

/// An answer of the API: its body (JSON, whole: a page cut short was read again) and the
/// headers that matter.
pub struct Answer {
    pub body: Vec<u8>,
    /// `X-Total-Count`: the whole query's count, before row ACLs hide rows.
    pub total: Option<u64>,
    pub next: Option<String>,
}

impl Answer {
    /// The body as a JSON document.
    pub fn doc(&self) -> Result<Value, SnowError> {
        serde_json::from_slice(&self.body)
            .map_err(|e| SnowError::Protocol(format!("not JSON: {e}")))
    }
}

const MAX_ATTEMPTS: u32 = 8;

impl Snow {
    pub fn new(
        base: &str,
        credentials: Credentials,
        ca_file: Option<&std::path::Path>,
        timeout: Duration,
        deadline: Duration,
    ) -> Result<Snow, SnowError> {
        let http = crate::http::client(ca_file, timeout).map_err(SnowError::Config)?;
        let auth = match credentials {
            Credentials::Basic { user, password } => Auth::Basic { user, password },
            Credentials::Bearer { tokens, grant } => Auth::Bearer {
                tokens: tokio::sync::Mutex::new(tokens),
                grant,
                renewed: false.into(),
            },
        };
        Ok(Snow {
            http,
            base: base.trim_end_matches('/').to_owned(),
            auth,
            deadline,
            started: Instant::now(),
            rate: Mutex::new(None),
        })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// The bearer tokens as they are now, when they were renewed during the run (to be
    /// stored for the next one).
    pub async fn renewed_tokens(&self) -> Option<Tokens> {
        match &self.auth {
            Auth::Bearer {
                tokens, renewed, ..
            } if renewed.load(std::sync::atomic::Ordering::Relaxed) => {
                Some(tokens.lock().await.clone())
            }
            _ => None,
        }
    }

    /// The rate-limit headers last seen in this run.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.rate.lock().map(|r| r.clone()).unwrap_or(None)
    }

    /// The request with its authorization: the bearer renewed first when it is about to
    /// expire (or, `force`, when the instance refused it).
    async fn authorize(
        &self,
        req: reqwest::RequestBuilder,
        force: bool,
    ) -> Result<reqwest::RequestBuilder, SnowError> {
        match &self.auth {
            Auth::Basic { user, password } => Ok(req.basic_auth(user, Some(password.expose()))),
            Auth::Bearer {
                tokens,
                grant,
                renewed,
            } => {
                let mut t = tokens.lock().await;
                if let Some(new) =
                    auth::renew(&self.http, &self.base, &t, grant.as_ref(), force).await?
                {
                    *t = new;
                    renewed.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                Ok(req.bearer_auth(t.access.expose()))
            }
        }
    }

    fn note_rate_limit(&self, headers: &reqwest::header::HeaderMap) {
        let h = |k: &str| headers.get(k).and_then(|v| v.to_str().ok()).map(str::trim);
        let Some(limit) = h("x-ratelimit-limit") else {
            return;
        };
        let seen = RateLimit {
            limit: limit.parse().ok(),
            reset: h("x-ratelimit-reset")
                .and_then(|r| r.parse::<i64>().ok())
                .map(crate::utc::from_unix),
            rule: h("x-ratelimit-rule").map(str::to_owned),
            seen_at: crate::utc::now(),
        };
        if let Ok(mut r) = self.rate.lock() {
            *r = Some(seen);
        }
    }

    /// GET `path` (under the instance) with `query` parameters; every failure worth a
    /// retry is retried.
    pub async fn get(&self, path: &str, query: &[(&str, String)]) -> Result<Answer, SnowError> {
        self.send(reqwest::Method::GET, path, query, None, Retry::Always)
            .await
    }

    /// One request with a JSON body (or none), retried as `retry` allows.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
        retry: Retry,
    ) -> Result<Answer, SnowError> {
        let url = reqwest::Url::parse_with_params(
            &format!("{}/{}", self.base, path.trim_start_matches('/')),
            query,
        )
        .map_err(|e| SnowError::Config(format!("{path}: {e}")))?;
        let mut attempts = 0u32;
        let mut refused_token = false;
        loop {
            attempts += 1;
            let req = self
                .http
                .request(method.clone(), url.clone())
                .header("accept", "application/json");
            let mut req = self.authorize(req, refused_token).await?;
            if let Some(b) = body {
                req = req.json(b);
            }
            let sent = req.send().await;
            // (why it failed, how long to wait, whether the instance may have acted on it)
            let (last, wait, maybe_done) = match sent {
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    self.note_rate_limit(resp.headers());
                    // An expired or revoked bearer: renew it and send the same request once
                    // more (nothing was done with it).
                    if status == 401 && !refused_token && matches!(self.auth, Auth::Bearer { .. }) {
                        refused_token = true;
                        tracing::debug!(url = %path, "the token was refused; renewing it");
                        continue;
                    }
                    let header = |k: &str| {
                        resp.headers()
                            .get(k)
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_owned)
                    };
                    let retry_after = header("retry-after").and_then(|v| v.trim().parse().ok());
                    let total = header("x-total-count").and_then(|v| v.trim().parse().ok());
                    let next = header("link").and_then(|l: String| values::next_link(&l));
                    match crate::http::read_capped(resp, crate::http::DOCUMENT_CAP * 16).await {
                        Ok(_) if status == 204 => {
                            return Ok(Answer {
                                body: b"null".to_vec(),
                                total,
                                next,
                            });
                        }
                        Ok(body) if (200..300).contains(&status) => {
                            // Checked whole without building it: a page's rows are decoded
                            // by whoever reads them.
                            match serde_json::from_slice::<serde::de::IgnoredAny>(&body) {
                                Ok(_) => return Ok(Answer { body, total, next }),
                                // Big pages sometimes come back cut short or damaged: the
                                // same request again usually reads whole.
                                Err(e) if e.is_eof() || e.is_syntax() => (
                                    format!("{path}: the answer was cut short or damaged: {e}"),
                                    backoff(attempts),
                                    true,
                                ),
                                Err(e) => {
                                    return Err(SnowError::Protocol(format!(
                                        "{path}: not JSON: {e}"
                                    )));
                                }
                            }
                        }
                        // A rate limit refuses the request before it runs.
                        Ok(body) if status == 429 => (
                            SnowError::from_status(status, &body).to_string(),
                            retry_after
                                .map(Duration::from_secs)
                                .unwrap_or_else(|| backoff(attempts)),
                            false,
                        ),
                        // A gateway's error may come after the instance did the work.
                        Ok(body) if (502..=504).contains(&status) => (
                            SnowError::from_status(status, &body).to_string(),
                            retry_after
                                .map(Duration::from_secs)
                                .unwrap_or_else(|| backoff(attempts)),
                            true,
                        ),
                        Ok(body) => return Err(SnowError::from_status(status, &body)),
                        Err(reason) => (reason, backoff(attempts), true),
                    }
                }
                Err(e) => match crate::http::certificate_problem(&e) {
                    Some(p) => return Err(SnowError::Certificate(p)),
                    // A connection never made carried nothing to the instance.
                    None => (
                        crate::http::describe(&e),
                        backoff(attempts),
                        !e.is_connect(),
                    ),
                },
            };
            if maybe_done && matches!(retry, Retry::OnlyRefused) {
                return Err(SnowError::Unconfirmed(last));
            }
            let left = self.deadline.saturating_sub(self.started.elapsed());
            if attempts >= MAX_ATTEMPTS || wait > left {
                return Err(SnowError::Unavailable { attempts, last });
            }
            tracing::debug!(url = %path, attempts, wait_ms = wait.as_millis() as u64, %last, "retrying");
            tokio::time::sleep(wait).await;
        }
    }
}

/// Which failures a request may be sent again after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Reads and idempotent writes (PATCH with the same values): 429, 502/503/504 and
    /// broken connections.
    Always,
    /// A create: only what the instance certainly did not act on (429, a connection never
    /// made). Anything else ends in [`SnowError::Unconfirmed`], for the caller to look
    /// before it sends again.
    OnlyRefused,
}

/// 1, 2, 4 … 30 s.
fn backoff(attempt: u32) -> Duration {
    Duration::from_secs((1u64 << attempt.saturating_sub(1).min(5)).min(30))
}
