//! The OAuth 2.0 flows a CLI uses against Salesforce's token endpoint, and the renewal of an
//! expired session in the middle of a run (refresh token, or a new JWT / client-credentials
//! grant). Access tokens carry no expiry: a 401 is the only sign, so renewal is lazy.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::SfError;
use super::client::check_url;
use crate::config::Secret;
use crate::oauth::assertion::SigningKey;
use crate::oauth::{ClientAuth, OAuthClient, token};

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

pub use crate::oauth::SecretOnDemand;

/// How to get a new access token without the user, when the session has expired.
#[derive(Debug, Clone)]
pub enum Renewal {
    Refresh {
        login_url: String,
        client_id: String,
        client_secret: Option<SecretOnDemand>,
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
        client_secret: SecretOnDemand,
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
                let form = vec![
                    ("grant_type", "refresh_token".to_owned()),
                    ("refresh_token", refresh_token.expose().to_owned()),
                ];
                let secret = match client_secret {
                    Some(s) => Some(s.read().await.map_err(SfError::Config)?),
                    None => None,
                };
                let client = client(client_id, secret.as_ref());
                let mut t = token_request(http, login_url, &client, form).await?;
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
            } => {
                let secret = client_secret.read().await.map_err(SfError::Config)?;
                client_credentials(http, login_url, client_id, &secret).await
            }
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
    // Reading the key file is blocking work: off the runtime's workers.
    let assertion = {
        let (login, id, user, key) = (
            login_url.to_owned(),
            client_id.to_owned(),
            username.to_owned(),
            key_file.to_owned(),
        );
        tokio::task::spawn_blocking(move || jwt_assertion(&login, &id, &user, &key, now_secs()))
            .await
            .map_err(|_| SfError::Config("signing the JWT assertion stopped".into()))??
    };
    let form = vec![
        (
            "grant_type",
            "urn:ietf:params:oauth:grant-type:jwt-bearer".to_owned(),
        ),
        ("assertion", assertion),
    ];
    let client = OAuthClient {
        id: client_id.to_owned(),
        secret: None,
        auth: ClientAuth::InGrant,
    };
    token_request(http, login_url, &client, form).await
}

pub async fn client_credentials(
    http: &reqwest::Client,
    login_url: &str,
    client_id: &str,
    client_secret: &Secret,
) -> Result<Token, SfError> {
    let form = vec![("grant_type", "client_credentials".to_owned())];
    let client = client(client_id, Some(client_secret));
    token_request(http, login_url, &client, form).await
}

pub async fn password(
    http: &reqwest::Client,
    login_url: &str,
    client_id: &str,
    client_secret: Option<&Secret>,
    username: &str,
    password: &Secret,
) -> Result<Token, SfError> {
    let form = vec![
        ("grant_type", "password".to_owned()),
        ("username", username.to_owned()),
        ("password", password.expose().to_owned()),
    ];
    token_request(http, login_url, &client(client_id, client_secret), form).await
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
    let form = vec![
        ("grant_type", "authorization_code".to_owned()),
        ("code", code.to_owned()),
        ("redirect_uri", redirect_uri.to_owned()),
        ("code_verifier", verifier.to_owned()),
    ];
    token_request(http, login_url, &client(client_id, client_secret), form).await
}

/// Salesforce takes the client's id and secret in the form body.
fn client(client_id: &str, secret: Option<&Secret>) -> OAuthClient {
    OAuthClient {
        id: client_id.to_owned(),
        secret: secret.cloned(),
        auth: ClientAuth::Post,
    }
}

/// A grant at `<login URL>/services/oauth2/token` through the shared token client; the
/// answer's `instance_url` says where the org's API is.
async fn token_request(
    http: &reqwest::Client,
    login_url: &str,
    client: &OAuthClient,
    form: Vec<(&str, String)>,
) -> Result<Token, SfError> {
    check_url("login URL", login_url)?;
    let url = format!("{}/services/oauth2/token", login_url.trim_end_matches('/'));
    let t = token::request(http, &url, client, form).await?;
    let text = |k: &str| t.extra.get(k).and_then(|v| v.as_str()).map(str::to_owned);
    Ok(Token {
        instance_url: text("instance_url")
            .ok_or_else(|| SfError::Protocol("token endpoint answer: no instance_url".into()))?,
        id: text("id"),
        issued_at: text("issued_at"),
        access_token: t.access_token,
        refresh_token: t.refresh_token,
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
    let claims = serde_json::json!({
        "iss": client_id,
        "sub": username,
        "aud": audience(login_url),
        "exp": now + 180,
    });
    Ok(SigningKey::from_pem_file(key_file)?.sign(Default::default(), &claims)?)
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
