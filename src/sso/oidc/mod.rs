//! OpenID Connect provider testing: discovery and JWKS checks, token validation, and the
//! client-credentials grant. Free of CLI types.

pub mod discovery;
pub mod flows;
pub mod jwks;
pub mod jwt;
pub mod store;

use serde_json::Value;

use self::jwks::JwkSet;
use crate::error::{ExitClass, ExitKind};
use crate::oauth::OAuthError;

pub use crate::oauth::{ClientAuth, OAuthClient, TokenResponse};

/// What went wrong with an OpenID provider, classified for exit codes.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    /// A token-endpoint exchange or a browser login.
    #[error(transparent)]
    OAuth(#[from] OAuthError),
    /// Discovery or the key set could not be fetched.
    #[error("{what}: {reason}")]
    Unavailable { what: String, reason: String },
    /// The issuer or an endpoint is plain http to another host.
    #[error("{0}")]
    Insecure(String),
    /// The discovery document lacks what the command needs.
    #[error("the provider has no {0}")]
    NoEndpoint(String),
    /// The provider refused (a login denied, an expired device code, a rejected token).
    #[error("{0}")]
    Refused(String),
    /// An answer that is not what the protocol says.
    #[error("{0}")]
    Answer(String),
    /// Stored tokens that cannot be read or written.
    #[error(transparent)]
    Store(#[from] crate::oauth::store::StoreError),
}

impl ExitClass for OidcError {
    fn exit_kind(&self) -> ExitKind {
        match self {
            OidcError::OAuth(e) => e.exit_kind(),
            OidcError::Unavailable { .. } => ExitKind::Unavailable,
            OidcError::Refused(_) => ExitKind::Auth,
            OidcError::NoEndpoint(_) | OidcError::Answer(_) => ExitKind::Failed,
            OidcError::Insecure(_) => ExitKind::Config,
            OidcError::Store(e) => e.exit_kind(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            OidcError::OAuth(OAuthError::Refused { code, .. }) if code == "invalid_client" => {
                Some("check the client id and secret, and --client-auth basic|post".into())
            }
            OidcError::OAuth(e) => e.hint(),
            OidcError::Unavailable { reason, .. }
                if reason.starts_with("the server's certificate") =>
            {
                Some(crate::http::CERTIFICATE_HINT.into())
            }
            _ => None,
        }
    }
}

/// The provider's discovery document. An issuer over plain http to another host is refused
/// before anything is fetched: the keys and endpoints it names decide what is trusted and
/// where secrets go.
pub async fn discover(http: &reqwest::Client, issuer: &str) -> Result<Value, OidcError> {
    crate::http::require_secure("the issuer", issuer).map_err(OidcError::Insecure)?;
    let (doc, _) = discovery::get_json(http, &discovery::discovery_url(issuer)).await;
    doc.map(|f| f.value)
        .map_err(|reason| OidcError::Unavailable {
            what: format!("discovery of {issuer}"),
            reason,
        })
}

/// An endpoint the discovery document must name for this command, over https (or http to
/// this machine): a discovery document may name any URL, and tokens and secrets go there.
pub fn endpoint<'a>(doc: &'a Value, name: &str) -> Result<&'a str, OidcError> {
    let url = doc
        .get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| OidcError::NoEndpoint(name.to_owned()))?;
    crate::http::require_secure(name, url).map_err(OidcError::Insecure)?;
    Ok(url)
}

/// A key set as fetched: parsed, as served (to cache it), and the seconds it may be kept.
pub struct FetchedKeys {
    pub set: JwkSet,
    pub raw: String,
    pub lifetime: u64,
}

/// The key set the discovery document names.
pub async fn fetch_keys(http: &reqwest::Client, doc: &Value) -> Result<FetchedKeys, OidcError> {
    let uri = endpoint(doc, "jwks_uri")?;
    let (set, _) = discovery::get_json(http, uri).await;
    let set = set.map_err(|reason| OidcError::Unavailable {
        what: format!("JWKS {uri}"),
        reason,
    })?;
    let raw = set.value.to_string();
    let parsed = serde_json::from_value(set.value)
        .map_err(|e| OidcError::Answer(format!("JWKS {uri}: not a JWK set: {e}")))?;
    Ok(FetchedKeys {
        set: parsed,
        raw,
        lifetime: jwks::lifetime(set.max_age),
    })
}

/// Whether a key set can check a token signed with key `kid` (any set will do without one).
pub fn knows_key(set: &JwkSet, kid: Option<&str>) -> bool {
    kid.is_none_or(|k| set.keys.iter().any(|j| j.kid.as_deref() == Some(k)))
}

/// The client-credentials grant (RFC 6749 §4.4), with `scope`, `resource` (RFC 8707) or
/// `audience` as the provider needs.
pub async fn client_credentials(
    http: &reqwest::Client,
    token_endpoint: &str,
    client: &OAuthClient,
    extra: &[(&str, String)],
) -> Result<TokenResponse, OidcError> {
    if client.secret.is_none() {
        return Err(OidcError::Refused(
            "the client-credentials grant needs the client secret".into(),
        ));
    }
    let mut form: Vec<(&str, String)> = vec![("grant_type", "client_credentials".into())];
    form.extend(extra.iter().cloned());
    Ok(crate::oauth::token::request(http, token_endpoint, client, form).await?)
}

/// The userinfo claims for an access token.
pub async fn userinfo(
    http: &reqwest::Client,
    endpoint: &str,
    access_token: &str,
) -> Result<serde_json::Value, OidcError> {
    let unavailable = |e: reqwest::Error| OidcError::Unavailable {
        what: endpoint.to_owned(),
        reason: crate::http::describe(&e),
    };
    let resp = http
        .get(endpoint)
        .bearer_auth(access_token)
        .send()
        .await
        .map_err(unavailable)?;
    let status = resp.status();
    let body = crate::http::read_capped(resp, crate::http::DOCUMENT_CAP)
        .await
        .map_err(|reason| OidcError::Unavailable {
            what: endpoint.to_owned(),
            reason,
        })?;
    if status.as_u16() == 401 {
        return Err(OidcError::Refused(
            "userinfo answered HTTP 401: the access token is expired, revoked or lacks the openid scope"
                .into(),
        ));
    }
    if !status.is_success() {
        return Err(OidcError::Answer(format!(
            "userinfo answered HTTP {}",
            status.as_u16()
        )));
    }
    serde_json::from_slice(&body)
        .map_err(|e| OidcError::Answer(format!("userinfo is not JSON: {e}")))
}

/// RFC 7662 introspection (the answer's `active` says whether the token is alive) or RFC 7009
/// revocation (`revoke`: an empty 200).
pub async fn token_call(
    http: &reqwest::Client,
    endpoint: &str,
    client: &OAuthClient,
    token: &str,
    hint: &str,
) -> Result<serde_json::Value, OidcError> {
    let form = vec![
        ("token", token.to_owned()),
        ("token_type_hint", hint.to_owned()),
    ];
    let (status, body) = crate::oauth::token::post(http, endpoint, client, form).await?;
    if !(200..300).contains(&status) {
        return Err(OidcError::Answer(format!(
            "{endpoint} answered HTTP {status}: {}",
            String::from_utf8_lossy(&body)
                .chars()
                .take(200)
                .collect::<String>()
        )));
    }
    if body.is_empty() {
        return Ok(serde_json::Value::Null);
    }
    serde_json::from_slice(&body)
        .map_err(|e| OidcError::Answer(format!("{endpoint}: not JSON: {e}")))
}

pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_discovered_endpoint_in_plain_http_to_another_host_is_refused() {
        let doc = serde_json::json!({
            "token_endpoint": "http://idp.example.com/token",
            "jwks_uri": "https://idp.example.com/jwks",
            "userinfo_endpoint": "http://127.0.0.1:8080/me",
        });
        let e = endpoint(&doc, "token_endpoint").unwrap_err();
        assert!(matches!(e, OidcError::Insecure(_)), "{e}");
        assert_eq!(e.exit_kind(), ExitKind::Config);
        assert!(e.to_string().contains("plain http"));
        assert_eq!(
            endpoint(&doc, "jwks_uri").unwrap(),
            "https://idp.example.com/jwks"
        );
        assert_eq!(
            endpoint(&doc, "userinfo_endpoint").unwrap(),
            "http://127.0.0.1:8080/me"
        );
    }

    #[test]
    fn a_plain_http_issuer_is_refused_before_anything_is_fetched() {
        // The client would fail any request (no connection can be made in 1 ns): the error
        // must be the refusal, not an unreachable provider.
        let http = crate::http::document_client(
            None,
            std::time::Duration::from_nanos(1),
            std::time::Duration::from_nanos(1),
        )
        .unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let e = rt
            .block_on(discover(&http, "http://idp.example.com"))
            .unwrap_err();
        assert!(matches!(e, OidcError::Insecure(_)), "{e}");
    }
}
