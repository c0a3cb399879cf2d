//! The provider's discovery document and key set, fetched and judged: exact issuer, https,
//! required fields, grant and response types, PKCE S256, signing algorithms, JWKS health,
//! reachable endpoints — each request timed.

use std::time::Instant;

use serde_json::Value;

use super::jwks::{self, JwkSet};
use crate::http::{Transport, transport};
use crate::sso::checks::{Checklist, Status};

/// What discovery fetched, for later steps (tokens, validation).
#[derive(Debug, Clone)]
pub struct Provider {
    pub issuer: String,
    pub doc: Value,
    pub jwks: Option<JwkSet>,
    /// The key set as served and the seconds it may be kept, to cache it.
    pub jwks_raw: Option<(String, u64)>,
}

impl Provider {
    pub fn endpoint(&self, name: &str) -> Option<&str> {
        self.doc.get(name).and_then(Value::as_str)
    }
}

/// A JSON document as fetched, with how long the server says it may be kept.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub value: Value,
    /// Seconds, from `Cache-Control` (`no-store` / `no-cache` are 0); `None` when not said.
    pub max_age: Option<u64>,
}

/// `GET url` and the time it took; the body when the answer was 2xx JSON.
pub async fn get_json(http: &reqwest::Client, url: &str) -> (Result<Fetched, String>, u64) {
    let started = Instant::now();
    let result = async {
        let resp = http
            .get(url)
            .header("accept", "application/json")
            .send()
            .await
            .map_err(|e| crate::http::describe(&e))?;
        let status = resp.status();
        let ctype = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let max_age = resp
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .and_then(max_age);
        let body = crate::http::read_capped(resp, crate::http::DOCUMENT_CAP).await?;
        if !status.is_success() {
            return Err(format!("HTTP {}", status.as_u16()));
        }
        if !ctype.contains("json") {
            return Err(format!("served as `{ctype}`, not application/json"));
        }
        let value = serde_json::from_slice(&body).map_err(|e| format!("not JSON: {e}"))?;
        Ok(Fetched { value, max_age })
    }
    .await;
    (result, started.elapsed().as_millis() as u64)
}

/// What `Cache-Control` allows (RFC 9111 §5.2.2): `no-store` and `no-cache` keep nothing,
/// `max-age=N` keeps N seconds.
fn max_age(cache_control: &str) -> Option<u64> {
    let mut age = None;
    for d in cache_control.split(',').map(str::trim) {
        let (name, value) = d.split_once('=').unwrap_or((d, ""));
        match name.to_ascii_lowercase().as_str() {
            "no-store" | "no-cache" => return Some(0),
            "max-age" => age = value.trim_matches('"').parse().ok().or(Some(0)),
            _ => {}
        }
    }
    age
}

/// Discovery URL for an issuer (a trailing slash on the issuer is kept out of the path).
pub fn discovery_url(issuer: &str) -> String {
    format!(
        "{}/.well-known/openid-configuration",
        issuer.trim_end_matches('/')
    )
}

const REQUIRED: &[&str] = &[
    "issuer",
    "authorization_endpoint",
    "token_endpoint",
    "jwks_uri",
    "response_types_supported",
    "subject_types_supported",
    "id_token_signing_alg_values_supported",
];

const ENDPOINTS: &[&str] = &[
    "authorization_endpoint",
    "token_endpoint",
    "userinfo_endpoint",
    "jwks_uri",
    "introspection_endpoint",
    "revocation_endpoint",
    "device_authorization_endpoint",
    "end_session_endpoint",
];

/// Fetch and judge. The checklist always says what could not be checked and why.
pub async fn check(http: &reqwest::Client, issuer: &str) -> (Checklist, Option<Provider>) {
    let mut c = Checklist::default();
    let url = discovery_url(issuer);
    let (doc, ms) = get_json(http, &url).await;
    let doc = match doc {
        Ok(Fetched { value: d, .. }) => {
            c.timed("discovery", Status::Pass, format!("GET {url}"), ms);
            d
        }
        Err(e) => {
            c.timed("discovery", Status::Fail, format!("GET {url}: {e}"), ms);
            return (c, None);
        }
    };
    let s = |k: &str| doc.get(k).and_then(Value::as_str);
    let list = |k: &str| -> Vec<String> {
        doc.get(k)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    match s("issuer") {
        Some(i) if i == issuer => c.pass("issuer", format!("`{i}` equals the URL")),
        Some(i) => c.fail(
            "issuer",
            format!("`{i}` differs from `{issuer}`: every token would fail the iss check"),
        ),
        None => c.fail("issuer", "missing"),
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|k| doc.get(*k).is_none())
        .collect();
    if missing.is_empty() {
        c.pass("required_fields", "all required discovery fields present");
    } else {
        c.fail(
            "required_fields",
            format!("missing: {}", missing.join(", ")),
        );
    }
    let mut plain = Vec::new();
    let mut loopback = Vec::new();
    for k in std::iter::once("issuer").chain(ENDPOINTS.iter().copied()) {
        if let Some(u) = s(k) {
            match transport(u) {
                Ok(Transport::Https) => {}
                Ok(Transport::LoopbackHttp) => loopback.push(k),
                _ => plain.push(k),
            }
        }
    }
    if !plain.is_empty() {
        c.fail("https", format!("not https: {}", plain.join(", ")));
    } else if !loopback.is_empty() {
        c.warn(
            "https",
            format!(
                "plain http on loopback (acceptable only for local testing): {}",
                loopback.join(", ")
            ),
        );
    } else {
        c.pass("https", "every endpoint is https");
    }
    let grants = list("grant_types_supported");
    let grants_text = if grants.is_empty() {
        "authorization_code, implicit (default)".to_owned()
    } else {
        grants.join(", ")
    };
    let risky: Vec<&String> = grants
        .iter()
        .filter(|g| *g == "password" || *g == "implicit")
        .collect();
    if risky.is_empty() {
        c.pass("grant_types", grants_text);
    } else {
        c.warn(
            "grant_types",
            format!(
                "{grants_text} (offers {} — deprecated by OAuth 2.1)",
                risky
                    .iter()
                    .map(|g| g.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    let responses = list("response_types_supported");
    let implicit: Vec<&String> = responses
        .iter()
        .filter(|r| r.split(' ').any(|p| p == "token" || p == "id_token") && !r.contains("code"))
        .collect();
    if responses.is_empty() {
        c.fail("response_types", "none announced");
    } else if !implicit.is_empty() {
        c.warn(
            "response_types",
            format!("{} (implicit response types offered)", responses.join(", ")),
        );
    } else {
        c.pass("response_types", responses.join(", "));
    }
    let pkce = list("code_challenge_methods_supported");
    if pkce.iter().any(|m| m == "S256") {
        c.pass(
            "pkce",
            format!("code_challenge_methods_supported: {}", pkce.join(", ")),
        );
    } else if pkce.is_empty() {
        c.fail(
            "pkce",
            "no code_challenge_methods_supported: PKCE S256 is not announced",
        );
    } else {
        c.fail(
            "pkce",
            format!("only {}: S256 is not supported", pkce.join(", ")),
        );
    }
    let algs = list("id_token_signing_alg_values_supported");
    if algs.iter().any(|a| a.eq_ignore_ascii_case("none")) {
        c.fail(
            "signing_algs",
            format!(
                "{} includes none: unsigned ID tokens would be accepted",
                algs.join(", ")
            ),
        );
    } else if algs.is_empty() {
        c.fail("signing_algs", "none announced");
    } else {
        c.pass("signing_algs", algs.join(", "));
    }
    // The key set and the endpoint probes go out together: they do not depend on each other,
    // and a check should take about as long as its slowest request, not their sum.
    let probes: Vec<(&str, String)> = ENDPOINTS
        .iter()
        .filter(|k| **k != "jwks_uri")
        .filter_map(|k| s(k).map(|u| (*k, u.to_owned())))
        .collect();
    let mut tasks = tokio::task::JoinSet::new();
    for (i, (_, u)) in probes.iter().enumerate() {
        let (http, u) = (http.clone(), u.clone());
        tasks.spawn(async move {
            let started = Instant::now();
            // On a connection of its own: a probe the server answers with an error must not
            // leave a half-closed connection for the next request to trip over.
            let r = http.get(&u).header("connection", "close").send().await;
            (
                i,
                r.map(|resp| resp.status().as_u16())
                    .map_err(|e| crate::http::describe(&e)),
                started.elapsed().as_millis() as u64,
            )
        });
    }
    let mut keys = None;
    let mut raw = None;
    if let Some(ju) = s("jwks_uri") {
        // Keys fetched in the clear could be anyone's, and `validate` would trust them later.
        if let Err(why) = crate::http::require_secure("jwks_uri", ju) {
            c.fail("jwks", format!("not fetched: {why}"));
        } else {
            let (set, ms) = get_json(http, ju).await;
            let text = set.as_ref().ok().map(|f| f.value.to_string());
            let kept = set.as_ref().ok().map(|f| jwks::lifetime(f.max_age));
            match set.and_then(|f| {
                serde_json::from_value::<JwkSet>(f.value).map_err(|e| format!("not a JWK set: {e}"))
            }) {
                Ok(set) => {
                    c.timed("jwks", Status::Pass, format!("GET {ju}"), ms);
                    c.extend(jwks::health(&set));
                    keys = Some(set);
                    raw = text.zip(kept);
                }
                Err(e) => c.timed("jwks", Status::Fail, format!("GET {ju}: {e}"), ms),
            }
        }
    }
    let mut answers = vec![None; probes.len()];
    while let Some(done) = tasks.join_next().await {
        if let Ok((i, r, ms)) = done {
            answers[i] = Some((r, ms));
        }
    }
    for ((k, _), answer) in probes.iter().zip(answers) {
        let name = format!("reachable.{k}");
        // Reachable is any HTTP answer (most endpoints refuse a bare GET); a server error to
        // it is worth a look, but the server is there.
        match answer {
            Some((Ok(code), ms)) if code < 500 => {
                c.timed(&name, Status::Pass, format!("HTTP {code}"), ms)
            }
            Some((Ok(code), ms)) => c.timed(
                &name,
                Status::Warn,
                format!("HTTP {code} to a bare GET"),
                ms,
            ),
            Some((Err(e), ms)) => c.timed(&name, Status::Fail, e, ms),
            None => c.fail(&name, "the probe did not finish"),
        }
    }
    let p = Provider {
        issuer: issuer.to_owned(),
        doc,
        jwks: keys,
        jwks_raw: raw,
    };
    (c, Some(p))
}
