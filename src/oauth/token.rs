//! The token endpoint: one form POST per grant (RFC 6749 §4), with the client authenticated
//! as the provider wants, and the answer's standard fields typed while the provider's own
//! stay at hand.

use std::time::Instant;

use serde::Deserialize;

use super::OAuthError;
use crate::config::Secret;

/// How the client authenticates (RFC 6749 §2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuth {
    /// HTTP Basic (`client_secret_basic`, the OIDC default).
    Basic,
    /// In the form body (`client_secret_post`; what Salesforce expects).
    Post,
    /// The grant itself authenticates the client (a JWT bearer assertion): nothing is added.
    InGrant,
}

/// A registered client: a public one has no secret and sends just its id.
#[derive(Debug, Clone)]
pub struct OAuthClient {
    pub id: String,
    pub secret: Option<Secret>,
    pub auth: ClientAuth,
}

/// A token endpoint answer. The tokens are secrets; `extra` holds the provider's own
/// fields (Salesforce's `instance_url`, `id`, `issued_at`).
#[derive(Debug, Clone)]
pub struct TokenResponse {
    pub access_token: Secret,
    pub token_type: String,
    pub expires_in: Option<u64>,
    pub refresh_token: Option<Secret>,
    pub id_token: Option<String>,
    pub scope: Option<String>,
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// How long the endpoint took to answer.
    pub ms: u64,
}

#[derive(Deserialize)]
struct Body {
    access_token: String,
    token_type: Option<String>,
    expires_in: Option<u64>,
    refresh_token: Option<String>,
    id_token: Option<String>,
    scope: Option<String>,
    #[serde(flatten)]
    extra: serde_json::Map<String, serde_json::Value>,
}

/// POST `form` with the client's authentication: Basic or in the body for a confidential
/// client, just `client_id` for a public one. Returns the status and the body.
pub async fn post(
    http: &reqwest::Client,
    endpoint: &str,
    client: &OAuthClient,
    mut form: Vec<(&str, String)>,
) -> Result<(u16, bytes::Bytes), OAuthError> {
    let mut req = http.post(endpoint);
    match (&client.secret, client.auth) {
        (_, ClientAuth::InGrant) => {}
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
    let unreachable = |e: reqwest::Error| match crate::http::certificate_problem(&e) {
        Some(problem) => OAuthError::Certificate {
            endpoint: endpoint.to_owned(),
            problem,
        },
        None => OAuthError::Unreachable {
            endpoint: endpoint.to_owned(),
            reason: crate::http::describe(&e),
        },
    };
    let resp = req.form(&form).send().await.map_err(unreachable)?;
    let status = resp.status().as_u16();
    let body = crate::http::read_capped(resp, crate::http::DOCUMENT_CAP)
        .await
        .map_err(|reason| OAuthError::Unreachable {
            endpoint: endpoint.to_owned(),
            reason,
        })?;
    Ok((status, body.into()))
}

/// Redeem a grant (`grant_type` and its parameters in `form`) at the token endpoint.
pub async fn request(
    http: &reqwest::Client,
    endpoint: &str,
    client: &OAuthClient,
    form: Vec<(&str, String)>,
) -> Result<TokenResponse, OAuthError> {
    let started = Instant::now();
    let (status, body) = post(http, endpoint, client, form).await?;
    let ms = started.elapsed().as_millis() as u64;
    if !(200..300).contains(&status) {
        return Err(refusal(status, &body));
    }
    let b: Body = serde_json::from_slice(&body).map_err(|e| OAuthError::Invalid {
        endpoint: endpoint.to_owned(),
        reason: format!("the token answer is not what RFC 6749 §5.1 says: {e}"),
    })?;
    Ok(TokenResponse {
        access_token: Secret::new(b.access_token),
        token_type: b.token_type.unwrap_or_else(|| "Bearer".into()),
        expires_in: b.expires_in,
        refresh_token: b.refresh_token.map(Secret::new),
        id_token: b.id_token,
        scope: b.scope,
        extra: b.extra,
        ms,
    })
}

/// An error answer: the OAuth `error` and `error_description` when the body has them.
pub fn refusal(status: u16, body: &[u8]) -> OAuthError {
    let v: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    let text = |k: &str| {
        v.get(k)
            .and_then(serde_json::Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    OAuthError::Refused {
        status,
        code: text("error"),
        description: text("error_description"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_carries_the_oauth_error_and_its_description() {
        let e = refusal(
            400,
            br#"{"error":"invalid_grant","error_description":"expired"}"#,
        );
        assert_eq!(e.code(), Some("invalid_grant"));
        assert_eq!(
            e.to_string(),
            "token endpoint answered HTTP 400: invalid_grant expired"
        );
        let bare = refusal(502, b"<html>bad gateway</html>");
        assert_eq!(bare.code(), Some(""));
    }
}
