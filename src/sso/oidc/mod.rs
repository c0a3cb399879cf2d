//! OpenID Connect provider testing: discovery and JWKS checks, token validation, and the
//! client-credentials grant. Free of CLI types.

pub mod discovery;
pub mod flows;
pub mod jwks;
pub mod jwt;
pub mod store;

use std::time::Instant;

use serde::Deserialize;

use crate::config::Secret;

/// How the client authenticates at the token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuth {
    /// HTTP Basic (`client_secret_basic`, the default).
    Basic,
    /// In the form body (`client_secret_post`).
    Post,
}

#[derive(Debug, Clone)]
pub struct Client {
    pub id: String,
    pub secret: Option<Secret>,
    pub auth: ClientAuth,
}

/// A token endpoint answer. The tokens are secrets.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access_token: Secret,
    pub token_type: String,
    pub expires_in: Option<u64>,
    pub refresh_token: Option<Secret>,
    pub id_token: Option<String>,
    pub scope: Option<String>,
    pub ms: u64,
}

#[derive(Deserialize)]
struct TokenBody {
    access_token: String,
    token_type: Option<String>,
    expires_in: Option<u64>,
    refresh_token: Option<String>,
    id_token: Option<String>,
    scope: Option<String>,
}

/// A token endpoint refusal: the OAuth error code, for the flows that react to it
/// (`authorization_pending`, `slow_down`, `invalid_grant`, …).
#[derive(Debug, Clone)]
pub struct TokenError {
    pub code: String,
    pub text: String,
}

impl std::fmt::Display for TokenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// POST a form with the client's authentication: Basic or in the body for a confidential
/// client, just `client_id` for a public one. Returns the status and the body.
pub async fn client_post(
    http: &reqwest::Client,
    endpoint: &str,
    client: &Client,
    mut form: Vec<(&str, String)>,
) -> Result<(u16, bytes::Bytes), String> {
    let mut req = http.post(endpoint);
    match (&client.secret, client.auth) {
        (Some(secret), ClientAuth::Basic) => {
            // RFC 6749 §2.3.1: id and secret are form-encoded before Basic encoding.
            let enc =
                |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
            req = req.basic_auth(enc(&client.id), Some(enc(secret.expose())));
        }
        (Some(secret), ClientAuth::Post) => {
            form.push(("client_id", client.id.clone()));
            form.push(("client_secret", secret.expose().to_owned()));
        }
        (None, _) => form.push(("client_id", client.id.clone())),
    }
    let resp = req
        .form(&form)
        .send()
        .await
        .map_err(|e| format!("{endpoint}: {e}"))?;
    let status = resp.status().as_u16();
    let body = resp.bytes().await.map_err(|e| format!("{endpoint}: {e}"))?;
    Ok((status, body))
}

/// POST a grant to the token endpoint.
pub async fn token_request(
    http: &reqwest::Client,
    token_endpoint: &str,
    client: &Client,
    form: Vec<(&str, String)>,
) -> Result<Tokens, TokenError> {
    let fail = |code: &str, text: String| TokenError {
        code: code.to_owned(),
        text,
    };
    let started = Instant::now();
    let (status, body) = client_post(http, token_endpoint, client, form)
        .await
        .map_err(|e| fail("unreachable", e))?;
    let ms = started.elapsed().as_millis() as u64;
    if !(200..300).contains(&status) {
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        let code = v
            .get("error")
            .and_then(|e| e.as_str())
            .unwrap_or("")
            .to_owned();
        let desc = v
            .get("error_description")
            .and_then(|e| e.as_str())
            .unwrap_or("");
        return Err(fail(
            &code,
            format!("token endpoint answered HTTP {status}: {code} {desc}"),
        ));
    }
    let b: TokenBody = serde_json::from_slice(&body)
        .map_err(|e| fail("invalid_response", format!("token endpoint answer: {e}")))?;
    Ok(Tokens {
        access_token: Secret::new(b.access_token),
        token_type: b.token_type.unwrap_or_else(|| "Bearer".into()),
        expires_in: b.expires_in,
        refresh_token: b.refresh_token.map(Secret::new),
        id_token: b.id_token,
        scope: b.scope,
        ms,
    })
}

/// The client-credentials grant (RFC 6749 §4.4), with `scope`, `resource` (RFC 8707) or
/// `audience` as the provider needs.
pub async fn client_credentials(
    http: &reqwest::Client,
    token_endpoint: &str,
    client: &Client,
    extra: &[(&str, String)],
) -> Result<Tokens, String> {
    if client.secret.is_none() {
        return Err("the client-credentials grant needs the client secret".into());
    }
    let mut form: Vec<(&str, String)> = vec![("grant_type", "client_credentials".into())];
    form.extend(extra.iter().cloned());
    token_request(http, token_endpoint, client, form)
        .await
        .map_err(|e| e.text)
}

/// The userinfo claims for an access token.
pub async fn userinfo(
    http: &reqwest::Client,
    endpoint: &str,
    access_token: &str,
) -> Result<serde_json::Value, String> {
    let resp = http
        .get(endpoint)
        .bearer_auth(access_token)
        .send()
        .await
        .map_err(|e| format!("{endpoint}: {e}"))?;
    let status = resp.status();
    let body = resp.bytes().await.map_err(|e| e.to_string())?;
    if !status.is_success() {
        return Err(format!(
            "userinfo answered HTTP {}{}",
            status.as_u16(),
            if status.as_u16() == 401 {
                ": the access token is expired, revoked or lacks the openid scope"
            } else {
                ""
            }
        ));
    }
    serde_json::from_slice(&body).map_err(|e| format!("userinfo is not JSON: {e}"))
}

/// RFC 7662 introspection (the answer's `active` says whether the token is alive) or RFC 7009
/// revocation (`revoke`: an empty 200).
pub async fn token_call(
    http: &reqwest::Client,
    endpoint: &str,
    client: &Client,
    token: &str,
    hint: &str,
) -> Result<serde_json::Value, String> {
    let form = vec![
        ("token", token.to_owned()),
        ("token_type_hint", hint.to_owned()),
    ];
    let (status, body) = client_post(http, endpoint, client, form).await?;
    if !(200..300).contains(&status) {
        return Err(format!(
            "{endpoint} answered HTTP {status}: {}",
            String::from_utf8_lossy(&body)
                .chars()
                .take(200)
                .collect::<String>()
        ));
    }
    if body.is_empty() {
        return Ok(serde_json::Value::Null);
    }
    serde_json::from_slice(&body).map_err(|e| format!("{endpoint}: not JSON: {e}"))
}

pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}
