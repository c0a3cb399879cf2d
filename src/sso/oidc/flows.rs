//! The user flows: authorization code with PKCE S256, state, nonce and the RFC 9207 `iss`
//! check through a loopback redirect, and refresh with rotation. Each returns the tokens; the
//! caller validates the ID token with the nonce.

use std::time::Duration;

use serde_json::Value;

use super::{OAuthClient, OidcError, TokenResponse, endpoint};
use crate::oauth::redirect::random_b64;
use crate::oauth::token::request as token_request;
use crate::oauth::{AuthorizationLogin, OAuthError};

/// A code login: the shared browser login (PKCE, state) plus the OIDC nonce and the RFC 9207
/// issuer check.
pub struct CodeLogin {
    login: AuthorizationLogin,
    pub nonce: String,
}

/// The `scope` of a login: `openid` first, then what was asked for, each once, whether given
/// as separate values or as one space-separated value (`--scope "openid profile"`).
fn openid_scope(scopes: &[String]) -> String {
    let mut out: Vec<&str> = vec!["openid"];
    for s in scopes.iter().flat_map(|s| s.split_whitespace()) {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out.join(" ")
}

/// Listen on the loopback host and build the authorization URL.
pub async fn start_code(
    doc: &Value,
    client_id: &str,
    scopes: &[String],
    resource: Option<&str>,
    host: &str,
    port: Option<u16>,
) -> Result<CodeLogin, OidcError> {
    let authorize = endpoint(doc, "authorization_endpoint")?;
    let nonce = random_b64(16).map_err(OAuthError::Local)?;
    let scope = openid_scope(scopes);
    let mut extra = vec![("scope", scope.as_str()), ("nonce", nonce.as_str())];
    if let Some(r) = resource {
        extra.push(("resource", r));
    }
    if scope.split(' ').any(|s| s == "offline_access") {
        // Providers only issue a refresh token for offline_access after consent.
        extra.push(("prompt", "consent"));
    }
    let login =
        AuthorizationLogin::start(authorize, client_id, host, port, "/callback", &extra).await?;
    Ok(CodeLogin { login, nonce })
}

impl CodeLogin {
    pub fn authorize_url(&self) -> &str {
        &self.login.authorize_url
    }

    /// Wait for the browser, check state and `iss`, and redeem the code.
    pub async fn finish(
        &self,
        http: &reqwest::Client,
        doc: &Value,
        issuer: &str,
        client: &OAuthClient,
        timeout: Duration,
    ) -> Result<TokenResponse, OidcError> {
        let back = self.login.wait(timeout).await?;
        // RFC 9207: the authorization response names its issuer, so a response from another
        // provider (mix-up attack) is told apart.
        let announced =
            doc.get("authorization_response_iss_parameter_supported") == Some(&Value::Bool(true));
        match back.params.get("iss") {
            Some(iss) if iss != issuer => {
                return Err(OidcError::Refused(format!(
                    "the redirect came from issuer `{iss}`, not `{issuer}` (RFC 9207 mix-up check)"
                )));
            }
            None if announced => {
                return Err(OidcError::Refused(
                    "the provider announces RFC 9207 but the redirect has no iss".into(),
                ));
            }
            _ => {}
        }
        let token_endpoint = endpoint(doc, "token_endpoint")?;
        let form = vec![
            ("grant_type", "authorization_code".to_owned()),
            ("code", back.code),
            ("redirect_uri", self.login.redirect_uri.clone()),
            ("code_verifier", self.login.verifier.clone()),
        ];
        Ok(token_request(http, token_endpoint, client, form).await?)
    }
}

/// Refresh. A refused refresh token is the end of the session, said plainly; the caller does
/// not retry.
pub async fn refresh(
    http: &reqwest::Client,
    token_endpoint: &str,
    client: &OAuthClient,
    refresh_token: &str,
) -> Result<TokenResponse, OAuthError> {
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
    client: &OAuthClient,
    scopes: &[String],
) -> Result<DeviceStart, OidcError> {
    let scope = openid_scope(scopes);
    let (status, body) =
        crate::oauth::token::post(http, endpoint, client, vec![("scope", scope)]).await?;
    if !(200..300).contains(&status) {
        return Err(OidcError::Answer(format!(
            "device authorization answered HTTP {status}: {}",
            String::from_utf8_lossy(&body)
                .chars()
                .take(200)
                .collect::<String>()
        )));
    }
    serde_json::from_slice(&body)
        .map_err(|e| OidcError::Answer(format!("device authorization answer: {e}")))
}

/// Poll the token endpoint at the given interval, 5 s slower after each `slow_down`, until
/// someone approves, denies, or the code expires.
pub async fn device_poll(
    http: &reqwest::Client,
    token_endpoint: &str,
    client: &OAuthClient,
    d: &DeviceStart,
) -> Result<TokenResponse, OidcError> {
    // The provider's word, bounded: a device code is good for minutes, never years.
    let deadline = std::time::Instant::now() + Duration::from_secs(d.expires_in.min(24 * 3600));
    let mut interval = Duration::from_secs(d.interval.max(1));
    loop {
        if std::time::Instant::now() + interval > deadline {
            return Err(OidcError::Refused(format!(
                "the device code expired after {} s before anyone logged in",
                d.expires_in
            )));
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
            Err(e) => match e.code().unwrap_or("") {
                "authorization_pending" => {}
                "slow_down" => interval += Duration::from_secs(5),
                "access_denied" => {
                    return Err(OidcError::Refused(
                        "the login was denied at the provider".into(),
                    ));
                }
                "expired_token" => {
                    return Err(OidcError::Refused(
                        "the device code expired before anyone logged in".into(),
                    ));
                }
                _ => return Err(e.into()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn openid_is_asked_for_once_however_the_scopes_are_given() {
        let given =
            |v: &[&str]| super::openid_scope(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(given(&[]), "openid");
        assert_eq!(given(&["openid", "profile"]), "openid profile");
        assert_eq!(
            given(&["openid profile", "offline_access openid"]),
            "openid profile offline_access"
        );
        assert_eq!(given(&["email", "email"]), "openid email");
    }
}
