//! App tokens from the Microsoft identity platform (v2 endpoint), and renewing them before
//! they expire or when Graph answers 401. A client-credentials grant never returns a refresh
//! token: renewal is the same grant again, with the secret read only then.

use std::time::{SystemTime, UNIX_EPOCH};

use super::GraphError;
use crate::config::Secret;
use crate::oauth::{ClientAuth, OAuthClient, OAuthError, SecretOnDemand, token};

/// An access token and when it stops working (seconds since the epoch).
#[derive(Debug, Clone)]
pub struct Token {
    pub access_token: Secret,
    pub expires_at: u64,
    /// A delegated login's refresh token (Microsoft rotates it: keep the newest).
    pub refresh_token: Option<Secret>,
}

/// Renewed this long before the token's expiry, so no request goes out with a dying token.
pub const RENEW_BEFORE_SECS: u64 = 120;

impl Token {
    pub fn fresh(&self, now: u64) -> bool {
        now + RENEW_BEFORE_SECS < self.expires_at
    }
}

/// The token endpoint of a tenant: `{login}/{tenant}/oauth2/v2.0/token`.
pub fn token_endpoint(login_url: &str, tenant: &str) -> String {
    let tenant: String = url::form_urlencoded::byte_serialize(tenant.as_bytes()).collect();
    format!(
        "{}/{tenant}/oauth2/v2.0/token",
        login_url.trim_end_matches('/')
    )
}

/// `{graph}/.default`: every application permission granted to the app, for that cloud.
pub fn default_scope(graph_url: &str) -> String {
    format!("{}/.default", graph_url.trim_end_matches('/'))
}

/// How a token is obtained again without the user.
#[derive(Debug, Clone)]
pub enum Renewal {
    ClientCredentials {
        endpoint: String,
        client_id: String,
        secret: SecretOnDemand,
        scope: String,
    },
    /// A delegated (device-code) login: the refresh token, which Microsoft replaces on use.
    Refresh {
        endpoint: String,
        client_id: String,
        refresh_token: Secret,
        scope: String,
    },
    /// A certificate credential: a new signed assertion per request.
    Certificate {
        endpoint: String,
        client_id: String,
        cert: Certificate,
        scope: String,
    },
}

/// The app's certificate and its private key (PEM files).
#[derive(Debug, Clone)]
pub struct Certificate {
    pub cert_file: std::path::PathBuf,
    pub key_file: std::path::PathBuf,
}

impl Renewal {
    pub async fn renew(&self, http: &reqwest::Client) -> Result<Token, GraphError> {
        match self {
            Renewal::ClientCredentials {
                endpoint,
                client_id,
                secret,
                scope,
            } => {
                let secret = secret.read().await.map_err(GraphError::Config)?;
                client_credentials(http, endpoint, client_id, &secret, scope).await
            }
            Renewal::Certificate {
                endpoint,
                client_id,
                cert,
                scope,
            } => client_assertion(http, endpoint, client_id, cert, scope).await,
            Renewal::Refresh {
                endpoint,
                client_id,
                refresh_token,
                scope,
            } => {
                let form = vec![
                    ("grant_type", "refresh_token".to_owned()),
                    ("refresh_token", refresh_token.expose().to_owned()),
                    ("scope", scope.clone()),
                ];
                let mut t = redeem(http, endpoint, &public(client_id), form).await?;
                if t.refresh_token.is_none() {
                    t.refresh_token = Some(refresh_token.clone());
                }
                Ok(t)
            }
        }
    }
}

/// The client-credentials grant authenticated by a certificate: a short-lived JWT signed with
/// the app's key (PS256), naming the certificate by its SHA-256 thumbprint (`x5t#S256`), for
/// this token endpoint only (reference/msgraph.md §12).
pub async fn client_assertion(
    http: &reqwest::Client,
    endpoint: &str,
    client_id: &str,
    cert: &Certificate,
    scope: &str,
) -> Result<Token, GraphError> {
    // Reading and signing are blocking work: off the runtime's workers.
    let assertion = {
        let (endpoint, client_id, cert) = (endpoint.to_owned(), client_id.to_owned(), cert.clone());
        tokio::task::spawn_blocking(move || {
            sign_assertion(&endpoint, &client_id, &cert, now_secs())
        })
        .await
        .map_err(|_| GraphError::Config("signing the client assertion stopped".into()))??
    };
    let client = OAuthClient {
        id: client_id.to_owned(),
        secret: None,
        auth: ClientAuth::InGrant,
    };
    let form = vec![
        ("grant_type", "client_credentials".to_owned()),
        ("client_id", client_id.to_owned()),
        ("scope", scope.to_owned()),
        (
            "client_assertion_type",
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".to_owned(),
        ),
        ("client_assertion", assertion),
    ];
    redeem(http, endpoint, &client, form).await
}

/// A public client (a device-code app): its id and no secret.
fn public(client_id: &str) -> OAuthClient {
    OAuthClient {
        id: client_id.to_owned(),
        secret: None,
        auth: ClientAuth::Post,
    }
}

/// The scopes of a delegated login: the app's consented Graph permissions, and a refresh
/// token so that cron can keep using it.
pub fn delegated_scope(graph_url: &str) -> String {
    format!("offline_access {}", default_scope(graph_url))
}

/// What the device-code endpoint hands out.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct DeviceCode {
    pub device_code: String,
    pub user_code: String,
    pub verification_uri: String,
    pub expires_in: u64,
    #[serde(default = "five")]
    pub interval: u64,
}

fn five() -> u64 {
    5
}

/// `{login}/{tenant}/oauth2/v2.0/devicecode`.
pub fn device_endpoint(login_url: &str, tenant: &str) -> String {
    token_endpoint(login_url, tenant).replace("/oauth2/v2.0/token", "/oauth2/v2.0/devicecode")
}

/// Start a device-code login.
pub async fn device_start(
    http: &reqwest::Client,
    endpoint: &str,
    client_id: &str,
    scope: &str,
) -> Result<DeviceCode, GraphError> {
    let (status, body) = token::post(
        http,
        endpoint,
        &public(client_id),
        vec![("scope", scope.to_owned())],
    )
    .await
    .map_err(sign_in_error)?;
    if !(200..300).contains(&status) {
        return Err(sign_in_error(token::refusal(status, &body)));
    }
    serde_json::from_slice(&body)
        .map_err(|e| GraphError::Protocol(format!("{endpoint}: not a device-code answer: {e}")))
}

/// Poll until the person approves, declines, or the code expires.
pub async fn device_poll(
    http: &reqwest::Client,
    endpoint: &str,
    client_id: &str,
    d: &DeviceCode,
) -> Result<Token, GraphError> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(d.expires_in);
    let mut interval = d.interval.max(1);
    loop {
        tokio::time::sleep(std::time::Duration::from_secs(interval)).await;
        let form = vec![
            (
                "grant_type",
                "urn:ietf:params:oauth:grant-type:device_code".to_owned(),
            ),
            ("device_code", d.device_code.clone()),
        ];
        match redeem(http, endpoint, &public(client_id), form).await {
            Ok(t) => return Ok(t),
            Err(GraphError::SignIn { code, .. }) if code == "authorization_pending" => {}
            Err(GraphError::SignIn { code, .. }) if code == "slow_down" => interval += 5,
            Err(e) => return Err(e),
        }
        if std::time::Instant::now() >= deadline {
            return Err(GraphError::SignIn {
                status: 400,
                code: "expired_token".into(),
                aadsts: Some(70020),
                description: "nobody approved the login before the code expired".into(),
            });
        }
    }
}

/// One grant at the token endpoint, as a token with its end time.
async fn redeem(
    http: &reqwest::Client,
    endpoint: &str,
    client: &OAuthClient,
    form: Vec<(&str, String)>,
) -> Result<Token, GraphError> {
    let t = token::request(http, endpoint, client, form)
        .await
        .map_err(sign_in_error)?;
    // Microsoft always says how long the token lasts; an answer without it is renewed soon.
    let lifetime = t.expires_in.unwrap_or(RENEW_BEFORE_SECS + 60);
    Ok(Token {
        access_token: t.access_token,
        expires_at: now_secs() + lifetime,
        refresh_token: t.refresh_token,
    })
}

/// The assertion: `aud` the token endpoint, `iss` = `sub` the app, a fresh `jti`, valid five
/// minutes from now.
pub fn sign_assertion(
    endpoint: &str,
    client_id: &str,
    cert: &Certificate,
    now: u64,
) -> Result<String, GraphError> {
    use base64::Engine;
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let bad = |what: &std::path::Path, why: String| {
        GraphError::Config(format!("{}: {why}", what.display()))
    };
    let der = CertificateDer::from_pem_file(&cert.cert_file)
        .map_err(|e| bad(&cert.cert_file, format!("not a PEM certificate: {e}")))?;
    let thumbprint = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, der.as_ref());
    let key = crate::oauth::assertion::SigningKey::from_pem_file(&cert.key_file)
        .map_err(|e| bad(&cert.key_file, e.to_string()))?;
    let jti = crate::oauth::redirect::random_b64(16).map_err(GraphError::Config)?;
    let mut header = serde_json::Map::new();
    header.insert(
        "x5t#S256".into(),
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(thumbprint.as_ref())
            .into(),
    );
    let claims = serde_json::json!({
        "aud": endpoint,
        "iss": client_id,
        "sub": client_id,
        "jti": jti,
        "nbf": now,
        "iat": now,
        "exp": now + 300,
    });
    key.sign_with(crate::oauth::assertion::Alg::Ps256, header, &claims)
        .map_err(|e| GraphError::Config(e.to_string()))
}

/// The client-credentials grant with a secret (sent in the form, as Microsoft documents).
pub async fn client_credentials(
    http: &reqwest::Client,
    endpoint: &str,
    client_id: &str,
    secret: &Secret,
    scope: &str,
) -> Result<Token, GraphError> {
    let client = OAuthClient {
        id: client_id.to_owned(),
        secret: Some(secret.clone()),
        auth: ClientAuth::Post,
    };
    let form = vec![
        ("grant_type", "client_credentials".to_owned()),
        ("scope", scope.to_owned()),
    ];
    redeem(http, endpoint, &client, form).await
}

/// A token endpoint failure in Microsoft's terms: the AADSTS code picks the hint.
pub fn sign_in_error(e: OAuthError) -> GraphError {
    match e {
        OAuthError::Refused {
            status,
            code,
            description,
        } => GraphError::SignIn {
            status,
            aadsts: super::aadsts_code(&description),
            // Microsoft appends trace and correlation ids on their own lines: keep the first.
            description: description.lines().next().unwrap_or("").trim().to_owned(),
            code,
        },
        OAuthError::Certificate { endpoint, problem } => {
            GraphError::Certificate(format!("{endpoint}: {problem}"))
        }
        OAuthError::Unreachable { endpoint, reason } => GraphError::Unavailable {
            attempts: 1,
            last: format!("{endpoint}: {reason}"),
        },
        other => GraphError::Protocol(other.to_string()),
    }
}

/// What a Graph access token says about itself, read without verifying it (Graph does that):
/// the tenant, the app, the application permissions (`roles`) or delegated scopes (`scp`).
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct TokenFacts {
    pub tenant_id: Option<String>,
    pub app_id: Option<String>,
    /// `application` (roles) or `delegated` (scp).
    pub kind: &'static str,
    pub permissions: Vec<String>,
    pub expires_at: Option<u64>,
}

pub fn token_facts(access_token: &str) -> TokenFacts {
    use base64::Engine;
    let claims: serde_json::Value = access_token
        .split('.')
        .nth(1)
        .and_then(|p| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(p.trim_end_matches('='))
                .ok()
        })
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    let text = |k: &str| claims.get(k).and_then(|v| v.as_str()).map(str::to_owned);
    let (kind, permissions) = match (claims.get("roles"), text("scp")) {
        (Some(serde_json::Value::Array(r)), _) => (
            "application",
            r.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
        ),
        (_, Some(scp)) => ("delegated", scp.split(' ').map(str::to_owned).collect()),
        _ => ("application", Vec::new()),
    };
    TokenFacts {
        tenant_id: text("tid"),
        app_id: text("appid").or_else(|| text("azp")),
        kind,
        permissions,
        expires_at: claims.get("exp").and_then(serde_json::Value::as_u64),
    }
}

pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}
