//! The web server flow with PKCE (RFC 7636, S256) through a loopback listener: the browser
//! logs in at Salesforce, which redirects to `http://localhost:PORT/OauthRedirect` with the
//! code; the state must come back unchanged.

use std::time::Duration;

use super::SfError;
use crate::loopback::{self, Listener, Page, pkce_challenge as challenge, random_b64};

pub struct WebLogin {
    listener: Listener,
    pub redirect_uri: String,
    pub authorize_url: String,
    pub verifier: String,
    state: String,
}

/// Listen on localhost (any free port unless one is given) and build the authorize URL.
pub async fn start(
    login_url: &str,
    client_id: &str,
    port: Option<u16>,
) -> Result<WebLogin, SfError> {
    let listener = loopback::bind("localhost", port)
        .await
        .map_err(SfError::Config)?;
    let redirect_uri = format!("{}/OauthRedirect", listener.origin);
    let verifier = random_b64(32).map_err(SfError::Config)?;
    let state = random_b64(16).map_err(SfError::Config)?;
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("response_type", "code")
        .append_pair("client_id", client_id)
        .append_pair("redirect_uri", &redirect_uri)
        .append_pair("code_challenge", &challenge(&verifier))
        .append_pair("code_challenge_method", "S256")
        .append_pair("state", &state)
        .finish();
    Ok(WebLogin {
        listener,
        authorize_url: format!(
            "{}/services/oauth2/authorize?{query}",
            login_url.trim_end_matches('/')
        ),
        redirect_uri,
        verifier,
        state,
    })
}

impl WebLogin {
    /// Wait for the redirect and return the code. An `error` or a wrong state ends the login.
    pub async fn wait_for_code(&self, timeout: Duration) -> Result<String, SfError> {
        let state = self.state.clone();
        let params = self
            .listener
            .wait("/OauthRedirect", timeout, |p| {
                if p.get("state") == Some(&state) && p.contains_key("code") {
                    Page::Done
                } else {
                    Page::Failed
                }
            })
            .await
            .map_err(SfError::Auth)?;
        if let Some(err) = params.get("error") {
            let desc = params
                .get("error_description")
                .map(String::as_str)
                .unwrap_or("");
            return Err(SfError::Auth(format!("{err}: {desc}")));
        }
        if params.get("state") != Some(&self.state) {
            return Err(SfError::Auth(
                "the redirect carried a different state: not the answer to this login".into(),
            ));
        }
        params
            .get("code")
            .cloned()
            .ok_or_else(|| SfError::Auth("the redirect carried no authorization code".into()))
    }
}
