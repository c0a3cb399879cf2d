//! The user flows: authorization code with PKCE S256, state, nonce and the RFC 9207 `iss`
//! check through a loopback redirect, and refresh with rotation. Each returns the tokens; the
//! caller validates the ID token with the nonce.

use std::time::Duration;

use serde_json::Value;

use super::{Client, TokenError, Tokens, token_request};
use crate::loopback::{self, Listener, Page, pkce_challenge as challenge, random_b64};

pub struct CodeLogin {
    listener: Listener,
    pub redirect_uri: String,
    pub authorize_url: String,
    verifier: String,
    state: String,
    pub nonce: String,
}

/// Listen on the loopback host and build the authorization URL.
pub async fn start_code(
    doc: &Value,
    client_id: &str,
    scopes: &[String],
    resource: Option<&str>,
    host: &str,
    port: Option<u16>,
) -> Result<CodeLogin, String> {
    let endpoint = doc
        .get("authorization_endpoint")
        .and_then(Value::as_str)
        .ok_or("the provider has no authorization_endpoint")?;
    let listener = loopback::bind(host, port).await?;
    let redirect_uri = format!("{}/callback", listener.origin);
    let (verifier, state, nonce) = (random_b64(32)?, random_b64(16)?, random_b64(16)?);
    let mut scope: Vec<String> = vec!["openid".into()];
    scope.extend(scopes.iter().filter(|s| *s != "openid").cloned());
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    q.append_pair("response_type", "code")
        .append_pair("client_id", client_id)
        .append_pair("redirect_uri", &redirect_uri)
        .append_pair("scope", &scope.join(" "))
        .append_pair("state", &state)
        .append_pair("nonce", &nonce)
        .append_pair("code_challenge", &challenge(&verifier))
        .append_pair("code_challenge_method", "S256");
    if let Some(r) = resource {
        q.append_pair("resource", r);
    }
    if scope.iter().any(|s| s == "offline_access") {
        // Providers only issue a refresh token for offline_access after consent.
        q.append_pair("prompt", "consent");
    }
    let sep = if endpoint.contains('?') { '&' } else { '?' };
    Ok(CodeLogin {
        authorize_url: format!("{endpoint}{sep}{}", q.finish()),
        listener,
        redirect_uri,
        verifier,
        state,
        nonce,
    })
}

impl CodeLogin {
    /// Wait for the browser, check state and `iss`, and redeem the code.
    pub async fn finish(
        &self,
        http: &reqwest::Client,
        doc: &Value,
        issuer: &str,
        client: &Client,
        timeout: Duration,
    ) -> Result<Tokens, String> {
        let state = self.state.clone();
        let p = self
            .listener
            .wait("/callback", timeout, |p| {
                if p.get("state") == Some(&state) && p.contains_key("code") {
                    Page::Done
                } else {
                    Page::Failed
                }
            })
            .await?;
        if let Some(err) = p.get("error") {
            return Err(format!(
                "the provider refused the login: {err} {}",
                p.get("error_description").map(String::as_str).unwrap_or("")
            ));
        }
        if p.get("state") != Some(&self.state) {
            return Err(
                "the redirect carried a different state: not the answer to this login".into(),
            );
        }
        // RFC 9207: the authorization response names its issuer, so a response from another
        // provider (mix-up attack) is told apart.
        let announced =
            doc.get("authorization_response_iss_parameter_supported") == Some(&Value::Bool(true));
        match p.get("iss") {
            Some(iss) if iss != issuer => {
                return Err(format!(
                    "the redirect came from issuer `{iss}`, not `{issuer}` (RFC 9207 mix-up check)"
                ));
            }
            None if announced => {
                return Err("the provider announces RFC 9207 but the redirect has no iss".into());
            }
            _ => {}
        }
        let code = p
            .get("code")
            .ok_or("the redirect carried no authorization code")?;
        let endpoint = doc
            .get("token_endpoint")
            .and_then(Value::as_str)
            .ok_or("the provider has no token_endpoint")?;
        let form = vec![
            ("grant_type", "authorization_code".to_owned()),
            ("code", code.clone()),
            ("redirect_uri", self.redirect_uri.clone()),
            ("code_verifier", self.verifier.clone()),
        ];
        token_request(http, endpoint, client, form)
            .await
            .map_err(|e| e.text)
    }
}

/// Refresh. A refused refresh token is the end of the session, said plainly; the caller does
/// not retry.
pub async fn refresh(
    http: &reqwest::Client,
    token_endpoint: &str,
    client: &Client,
    refresh_token: &str,
) -> Result<Tokens, TokenError> {
    let form = vec![
        ("grant_type", "refresh_token".to_owned()),
        ("refresh_token", refresh_token.to_owned()),
    ];
    token_request(http, token_endpoint, client, form).await
}

/// The first answer of the device flow (RFC 8628 §3.2).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct DeviceStart {
    pub device_code: String,
    pub user_code: String,
    pub verification_uri: String,
    pub verification_uri_complete: Option<String>,
    pub expires_in: u64,
    /// Seconds between polls; 5 when the provider does not say.
    #[serde(default = "default_interval")]
    pub interval: u64,
}

fn default_interval() -> u64 {
    5
}

pub async fn device_start(
    http: &reqwest::Client,
    endpoint: &str,
    client: &Client,
    scopes: &[String],
) -> Result<DeviceStart, String> {
    let mut scope: Vec<String> = vec!["openid".into()];
    scope.extend(scopes.iter().filter(|s| *s != "openid").cloned());
    let (status, body) =
        super::client_post(http, endpoint, client, vec![("scope", scope.join(" "))]).await?;
    if !(200..300).contains(&status) {
        return Err(format!(
            "device authorization answered HTTP {status}: {}",
            String::from_utf8_lossy(&body)
                .chars()
                .take(200)
                .collect::<String>()
        ));
    }
    serde_json::from_slice(&body).map_err(|e| format!("device authorization answer: {e}"))
}

/// Poll the token endpoint at the given interval, 5 s slower after each `slow_down`, until
/// someone approves, denies, or the code expires.
pub async fn device_poll(
    http: &reqwest::Client,
    token_endpoint: &str,
    client: &Client,
    d: &DeviceStart,
) -> Result<Tokens, String> {
    let deadline = std::time::Instant::now() + Duration::from_secs(d.expires_in);
    let mut interval = Duration::from_secs(d.interval.max(1));
    loop {
        if std::time::Instant::now() + interval > deadline {
            return Err(format!(
                "the device code expired after {} s before anyone logged in",
                d.expires_in
            ));
        }
        tokio::time::sleep(interval).await;
        let form = vec![
            (
                "grant_type",
                "urn:ietf:params:oauth:grant-type:device_code".to_owned(),
            ),
            ("device_code", d.device_code.clone()),
        ];
        match token_request(http, token_endpoint, client, form).await {
            Ok(t) => return Ok(t),
            Err(e) => match e.code.as_str() {
                "authorization_pending" => {}
                "slow_down" => interval += Duration::from_secs(5),
                "access_denied" => return Err("the login was denied at the provider".into()),
                "expired_token" => {
                    return Err("the device code expired before anyone logged in".into());
                }
                _ => return Err(e.text),
            },
        }
    }
}
