//! The OAuth 2.0 flows a CLI uses against Salesforce's token endpoint, and the renewal of an
//! expired session in the middle of a run (refresh token, or a new JWT / client-credentials
//! grant). Access tokens carry no expiry: a 401 is the only sign, so renewal is lazy.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rustls::pki_types::PrivateKeyDer;
use rustls::pki_types::pem::PemObject;
use serde::Deserialize;

use super::SfError;
use super::client::{api_error, check_url};
use crate::config::Secret;

pub const PRODUCTION: &str = "https://login.salesforce.com";
pub const SANDBOX: &str = "https://test.salesforce.com";

/// `production`, `sandbox`, or a My Domain / community URL.
pub fn login_url(name: &str) -> String {
    match name {
        "production" | "prod" | "login" => PRODUCTION.into(),
        "sandbox" | "test" => SANDBOX.into(),
        url => url.trim_end_matches('/').to_owned(),
    }
}

/// What a token endpoint hands back.
#[derive(Debug, Clone)]
pub struct Token {
    pub access_token: Secret,
    pub refresh_token: Option<Secret>,
    pub instance_url: String,
    /// Identity URL `https://login…/id/<orgId>/<userId>`.
    pub id: Option<String>,
    pub issued_at: Option<String>,
}

#[derive(Deserialize)]
struct TokenBody {
    access_token: String,
    refresh_token: Option<String>,
    instance_url: String,
    id: Option<String>,
    issued_at: Option<String>,
}

/// How to get a new access token without the user, when the session has expired.
#[derive(Debug, Clone)]
pub enum Renewal {
    Refresh {
        login_url: String,
        client_id: String,
        client_secret: Option<Secret>,
        refresh_token: Secret,
    },
    Jwt {
        login_url: String,
        client_id: String,
        username: String,
        key_file: PathBuf,
    },
    ClientCredentials {
        login_url: String,
        client_id: String,
        client_secret: Secret,
    },
}

impl Renewal {
    pub async fn renew(&self, http: &reqwest::Client) -> Result<Token, SfError> {
        match self {
            Renewal::Refresh {
                login_url,
                client_id,
                client_secret,
                refresh_token,
            } => {
                let mut form = vec![
                    ("grant_type", "refresh_token".to_owned()),
                    ("refresh_token", refresh_token.expose().to_owned()),
                    ("client_id", client_id.clone()),
                ];
                if let Some(s) = client_secret {
                    form.push(("client_secret", s.expose().to_owned()));
                }
                let mut t = token_request(http, login_url, &form).await?;
                // Salesforce does not rotate refresh tokens; keep the one we have.
                if t.refresh_token.is_none() {
                    t.refresh_token = Some(refresh_token.clone());
                }
                Ok(t)
            }
            Renewal::Jwt {
                login_url,
                client_id,
                username,
                key_file,
            } => jwt_bearer(http, login_url, client_id, username, key_file).await,
            Renewal::ClientCredentials {
                login_url,
                client_id,
                client_secret,
            } => client_credentials(http, login_url, client_id, client_secret).await,
        }
    }
}

/// JWT bearer: an RS256 assertion signed with the connected app's key, valid three minutes.
pub async fn jwt_bearer(
    http: &reqwest::Client,
    login_url: &str,
    client_id: &str,
    username: &str,
    key_file: &Path,
) -> Result<Token, SfError> {
    let assertion = jwt_assertion(login_url, client_id, username, key_file, now_secs())?;
    let form = [
        (
            "grant_type",
            "urn:ietf:params:oauth:grant-type:jwt-bearer".to_owned(),
        ),
        ("assertion", assertion),
    ];
    token_request(http, login_url, &form).await
}

pub async fn client_credentials(
    http: &reqwest::Client,
    login_url: &str,
    client_id: &str,
    client_secret: &Secret,
) -> Result<Token, SfError> {
    let form = [
        ("grant_type", "client_credentials".to_owned()),
        ("client_id", client_id.to_owned()),
        ("client_secret", client_secret.expose().to_owned()),
    ];
    token_request(http, login_url, &form).await
}

pub async fn password(
    http: &reqwest::Client,
    login_url: &str,
    client_id: &str,
    client_secret: Option<&Secret>,
    username: &str,
    password: &Secret,
) -> Result<Token, SfError> {
    let mut form = vec![
        ("grant_type", "password".to_owned()),
        ("client_id", client_id.to_owned()),
        ("username", username.to_owned()),
        ("password", password.expose().to_owned()),
    ];
    if let Some(s) = client_secret {
        form.push(("client_secret", s.expose().to_owned()));
    }
    token_request(http, login_url, &form).await
}

pub async fn authorization_code(
    http: &reqwest::Client,
    login_url: &str,
    client_id: &str,
    client_secret: Option<&Secret>,
    code: &str,
    redirect_uri: &str,
    verifier: &str,
) -> Result<Token, SfError> {
    let mut form = vec![
        ("grant_type", "authorization_code".to_owned()),
        ("code", code.to_owned()),
        ("redirect_uri", redirect_uri.to_owned()),
        ("client_id", client_id.to_owned()),
        ("code_verifier", verifier.to_owned()),
    ];
    if let Some(s) = client_secret {
        form.push(("client_secret", s.expose().to_owned()));
    }
    token_request(http, login_url, &form).await
}

async fn token_request(
    http: &reqwest::Client,
    login_url: &str,
    form: &[(&str, String)],
) -> Result<Token, SfError> {
    check_url("login URL", login_url)?;
    let url = format!("{}/services/oauth2/token", login_url.trim_end_matches('/'));
    let resp = http
        .post(&url)
        .form(form)
        .send()
        .await
        .map_err(|e| SfError::Unavailable {
            attempts: 1,
            last: format!("token endpoint {url}: {e}"),
        })?;
    let status = resp.status();
    let body = resp.bytes().await.map_err(|e| SfError::Unavailable {
        attempts: 1,
        last: format!("token endpoint {url}: {e}"),
    })?;
    if !status.is_success() {
        return Err(match api_error(status, &body) {
            SfError::Api { code, message, .. } if status.is_client_error() => {
                SfError::Auth(format!("{code}: {message}"))
            }
            other => other,
        });
    }
    let b: TokenBody = serde_json::from_slice(&body)
        .map_err(|e| SfError::Protocol(format!("token endpoint answer: {e}")))?;
    Ok(Token {
        access_token: Secret::new(b.access_token),
        refresh_token: b.refresh_token.map(Secret::new),
        instance_url: b.instance_url,
        id: b.id,
        issued_at: b.issued_at,
    })
}

/// The audience Salesforce expects: the production or sandbox login host, else the URL
/// itself (a community, or a local test server).
fn audience(login_url: &str) -> String {
    let host = reqwest::Url::parse(login_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .unwrap_or_default();
    if host == "test.salesforce.com" || host.contains(".sandbox.") {
        SANDBOX.into()
    } else if host.ends_with(".salesforce.com") {
        PRODUCTION.into()
    } else {
        login_url.trim_end_matches('/').to_owned()
    }
}

pub fn jwt_assertion(
    login_url: &str,
    client_id: &str,
    username: &str,
    key_file: &Path,
    now: u64,
) -> Result<String, SfError> {
    let key = read_rsa_key(key_file)?;
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","typ":"JWT"}"#);
    let claims = serde_json::json!({
        "iss": client_id,
        "sub": username,
        "aud": audience(login_url),
        "exp": now + 180,
    });
    let claims = URL_SAFE_NO_PAD.encode(claims.to_string());
    let signing_input = format!("{header}.{claims}");
    let mut sig = vec![0u8; key.public_modulus_len()];
    key.sign(
        &RSA_PKCS1_SHA256,
        &SystemRandom::new(),
        signing_input.as_bytes(),
        &mut sig,
    )
    .map_err(|_| SfError::Config("signing the JWT assertion failed".into()))?;
    Ok(format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig)))
}

fn read_rsa_key(path: &Path) -> Result<RsaKeyPair, SfError> {
    let bad = |why: String| {
        SfError::Config(format!(
            "cannot use {} as the JWT signing key: {why}",
            path.display()
        ))
    };
    let der = PrivateKeyDer::from_pem_file(path).map_err(|e| bad(e.to_string()))?;
    match der {
        PrivateKeyDer::Pkcs8(k) => RsaKeyPair::from_pkcs8(k.secret_pkcs8_der()),
        PrivateKeyDer::Pkcs1(k) => RsaKeyPair::from_der(k.secret_pkcs1_der()),
        _ => return Err(bad("not an RSA key (RS256 needs RSA)".into())),
    }
    .map_err(|e| bad(e.to_string()))
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audience_follows_the_login_host() {
        assert_eq!(audience("https://login.salesforce.com"), PRODUCTION);
        assert_eq!(audience("https://acme.my.salesforce.com"), PRODUCTION);
        assert_eq!(audience("https://test.salesforce.com/"), SANDBOX);
        assert_eq!(
            audience("https://acme--dev.sandbox.my.salesforce.com"),
            SANDBOX
        );
        assert_eq!(audience("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
    }
}
