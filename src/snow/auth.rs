//! How atomctl signs in to an instance (reference/servicenow.md §1): basic auth on every
//! request, or a bearer token from `/oauth_token.do` — the password grant (with a refresh
//! token), client credentials (Washington DC and later, off by default), or a token given as
//! it is. The token endpoint takes only a form body; almost every failure answers the same
//! opaque `access_denied`, so the causes are listed by atomctl itself.

use std::time::{SystemTime, UNIX_EPOCH};

use super::SnowError;
use crate::config::Secret;
use crate::oauth::token::{self, ClientAuth, OAuthClient};

/// Renew a token this long before it expires, so that no request carries a dying one.
const EARLY: u64 = 60;

/// The way in, as `--auth` and `auth =` name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    Basic,
    OauthPassword,
    ClientCredentials,
    Token,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Basic => "basic",
            Mode::OauthPassword => "oauth-password",
            Mode::ClientCredentials => "client-credentials",
            Mode::Token => "token",
        }
    }
}

/// A bearer token and what renews it.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access: Secret,
    pub refresh: Option<Secret>,
    /// Seconds since the epoch; 0 when unknown (a token given as it is).
    pub expires_at: u64,
}

impl Tokens {
    fn fresh(&self) -> bool {
        self.expires_at == 0 || now() + EARLY < self.expires_at
    }
}

/// What a run signs in with.
pub enum Credentials {
    Basic {
        user: String,
        password: Secret,
    },
    Bearer {
        tokens: Tokens,
        /// How to get a new token; None for a token given as it is.
        grant: Option<Grant>,
    },
}

/// A grant at the instance's token endpoint.
pub struct Grant {
    pub client_id: String,
    pub client_secret: Secret,
    /// The password grant's user and password; None for client credentials.
    pub user: Option<(String, Secret)>,
}

pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

pub fn token_endpoint(base: &str) -> String {
    format!("{}/oauth_token.do", base.trim_end_matches('/'))
}

impl Grant {
    fn client(&self) -> OAuthClient {
        // The instance reads the client from the form, which must be form-encoded: a JSON
        // body "results in an unspecified error".
        OAuthClient {
            id: self.client_id.clone(),
            secret: Some(self.client_secret.clone()),
            auth: ClientAuth::Post,
        }
    }

    /// A new token by the grant itself.
    pub async fn request(&self, http: &reqwest::Client, base: &str) -> Result<Tokens, SnowError> {
        let form = match &self.user {
            Some((user, password)) => vec![
                ("grant_type", "password".to_owned()),
                ("username", user.clone()),
                ("password", password.expose().to_owned()),
            ],
            None => vec![("grant_type", "client_credentials".to_owned())],
        };
        redeem(http, base, &self.client(), form, None).await
    }

    /// A new access token from the refresh token (which stays the same).
    pub async fn refresh(
        &self,
        http: &reqwest::Client,
        base: &str,
        refresh: &Secret,
    ) -> Result<Tokens, SnowError> {
        let form = vec![
            ("grant_type", "refresh_token".to_owned()),
            ("refresh_token", refresh.expose().to_owned()),
        ];
        redeem(http, base, &self.client(), form, Some(refresh.clone())).await
    }
}

async fn redeem(
    http: &reqwest::Client,
    base: &str,
    client: &OAuthClient,
    form: Vec<(&str, String)>,
    keep_refresh: Option<Secret>,
) -> Result<Tokens, SnowError> {
    let t = token::request(http, &token_endpoint(base), client, form)
        .await
        .map_err(|e| SnowError::Token(e.to_string()))?;
    Ok(Tokens {
        access: t.access_token,
        refresh: t.refresh_token.or(keep_refresh),
        expires_at: t.expires_in.map_or(0, |s| now() + s),
    })
}

/// The bearer to send now: the current one while it is fresh, else a renewed one (refresh
/// first, the grant again if the refresh token is refused). `force`: the instance refused
/// the current one.
pub async fn renew(
    http: &reqwest::Client,
    base: &str,
    tokens: &Tokens,
    grant: Option<&Grant>,
    force: bool,
) -> Result<Option<Tokens>, SnowError> {
    if !force && tokens.fresh() {
        return Ok(None);
    }
    let Some(grant) = grant else {
        return if force {
            Err(SnowError::Token(
                "the instance refused the token, and a token given as it is cannot be renewed"
                    .into(),
            ))
        } else {
            Ok(None)
        };
    };
    if let Some(r) = &tokens.refresh {
        match grant.refresh(http, base, r).await {
            Ok(t) => return Ok(Some(t)),
            Err(e) => tracing::debug!(%e, "the refresh token was refused; asking for a new grant"),
        }
    }
    grant.request(http, base).await.map(Some)
}
