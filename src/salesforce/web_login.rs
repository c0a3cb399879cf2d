//! The web server flow with PKCE through the shared loopback login (`oauth::redirect`): the
//! browser logs in at Salesforce, which redirects to `http://localhost:PORT/OauthRedirect`
//! with the code.

use super::SfError;
use crate::oauth::AuthorizationLogin;

/// Listen on localhost (any free port unless one is given) and build the authorize URL.
pub async fn start(
    login_url: &str,
    client_id: &str,
    port: Option<u16>,
) -> Result<AuthorizationLogin, SfError> {
    let authorize = format!(
        "{}/services/oauth2/authorize",
        login_url.trim_end_matches('/')
    );
    Ok(AuthorizationLogin::start(
        &authorize,
        client_id,
        "localhost",
        port,
        "/OauthRedirect",
        &[],
    )
    .await?)
}
