//! OpenID Connect provider testing: discovery and JWKS checks, token validation, and the
//! client-credentials grant. Free of CLI types.

pub mod discovery;
pub mod jwks;
pub mod jwt;

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

/// The client-credentials grant (RFC 6749 §4.4), with `scope`, `resource` (RFC 8707) or
/// `audience` as the provider needs.
pub async fn client_credentials(
    http: &reqwest::Client,
    token_endpoint: &str,
    client: &Client,
    extra: &[(&str, String)],
) -> Result<Tokens, String> {
    let mut form: Vec<(&str, String)> = vec![("grant_type", "client_credentials".into())];
    form.extend(extra.iter().cloned());
    let secret = client
        .secret
        .as_ref()
        .ok_or("the client-credentials grant needs the client secret")?;
    let mut req = http.post(token_endpoint);
    match client.auth {
        ClientAuth::Basic => {
            // RFC 6749 §2.3.1: id and secret are form-encoded before Basic encoding.
            let enc =
                |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
            req = req.basic_auth(enc(&client.id), Some(enc(secret.expose())));
        }
        ClientAuth::Post => {
            form.push(("client_id", client.id.clone()));
            form.push(("client_secret", secret.expose().to_owned()));
        }
    }
    let started = Instant::now();
    let resp = req
        .form(&form)
        .send()
        .await
        .map_err(|e| format!("token endpoint {token_endpoint}: {e}"))?;
    let status = resp.status();
    let body = resp.bytes().await.map_err(|e| e.to_string())?;
    let ms = started.elapsed().as_millis() as u64;
    if !status.is_success() {
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        return Err(format!(
            "token endpoint answered HTTP {}: {} {}",
            status.as_u16(),
            v.get("error").and_then(|e| e.as_str()).unwrap_or(""),
            v.get("error_description")
                .and_then(|e| e.as_str())
                .unwrap_or("")
        ));
    }
    let b: TokenBody =
        serde_json::from_slice(&body).map_err(|e| format!("token endpoint answer: {e}"))?;
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

pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}
