//! The web server flow with PKCE (RFC 7636, S256) through a loopback listener: the browser
//! logs in at Salesforce, which redirects to `http://localhost:PORT/OauthRedirect` with the
//! code; the state must come back unchanged.

use std::time::Duration;

use aws_lc_rs::digest::{SHA256, digest};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::SfError;

pub struct WebLogin {
    listener: TcpListener,
    pub redirect_uri: String,
    pub authorize_url: String,
    pub verifier: String,
    state: String,
}

fn random_b64(n: usize) -> Result<String, SfError> {
    let mut buf = vec![0u8; n];
    aws_lc_rs::rand::fill(&mut buf)
        .map_err(|_| SfError::Config("no randomness available".into()))?;
    Ok(URL_SAFE_NO_PAD.encode(buf))
}

/// Listen on 127.0.0.1 (any free port unless one is given) and build the authorize URL.
pub async fn start(
    login_url: &str,
    client_id: &str,
    port: Option<u16>,
) -> Result<WebLogin, SfError> {
    let listener = TcpListener::bind(("127.0.0.1", port.unwrap_or(0)))
        .await
        .map_err(|e| {
            SfError::Config(format!(
                "cannot listen on 127.0.0.1:{}: {e}",
                port.unwrap_or(0)
            ))
        })?;
    let port = listener
        .local_addr()
        .map_err(|e| SfError::Config(e.to_string()))?
        .port();
    let redirect_uri = format!("http://localhost:{port}/OauthRedirect");
    let verifier = random_b64(32)?;
    let challenge = URL_SAFE_NO_PAD.encode(digest(&SHA256, verifier.as_bytes()));
    let state = random_b64(16)?;
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("response_type", "code")
        .append_pair("client_id", client_id)
        .append_pair("redirect_uri", &redirect_uri)
        .append_pair("code_challenge", &challenge)
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
    /// Wait for the redirect and return the code. Other paths (a favicon) get a 404 and the
    /// wait goes on; an `error` or a wrong state ends it.
    pub async fn wait_for_code(&self, timeout: Duration) -> Result<String, SfError> {
        let waited = tokio::time::timeout(timeout, async {
            loop {
                let (mut sock, _) = self
                    .listener
                    .accept()
                    .await
                    .map_err(|e| SfError::Config(format!("loopback listener: {e}")))?;
                let mut buf = Vec::with_capacity(2048);
                let mut chunk = [0u8; 1024];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 16 * 1024 {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&buf);
                let target = head.split_whitespace().nth(1).unwrap_or("/");
                let Ok(url) = url::Url::parse(&format!("http://localhost{target}")) else {
                    continue;
                };
                if url.path() != "/OauthRedirect" {
                    let _ = respond(&mut sock, "404 Not Found", "Not found").await;
                    continue;
                }
                let param = |k: &str| {
                    url.query_pairs()
                        .find(|(n, _)| n == k)
                        .map(|(_, v)| v.into_owned())
                };
                if let Some(err) = param("error") {
                    let desc = param("error_description").unwrap_or_default();
                    let _ = respond(&mut sock, "200 OK", "Login failed; see the terminal.").await;
                    return Err(SfError::Auth(format!("{err}: {desc}")));
                }
                if param("state").as_deref() != Some(self.state.as_str()) {
                    let _ = respond(
                        &mut sock,
                        "400 Bad Request",
                        "State mismatch: this answer does not belong to this login.",
                    )
                    .await;
                    return Err(SfError::Auth(
                        "the redirect carried a different state: not the answer to this login"
                            .into(),
                    ));
                }
                let Some(code) = param("code") else {
                    let _ = respond(&mut sock, "400 Bad Request", "No code.").await;
                    return Err(SfError::Auth(
                        "the redirect carried no authorization code".into(),
                    ));
                };
                let _ = respond(
                    &mut sock,
                    "200 OK",
                    "Logged in to atomctl. You can close this window.",
                )
                .await;
                return Ok(code);
            }
        })
        .await;
        waited.unwrap_or_else(|_| {
            Err(SfError::Auth(format!(
                "nobody completed the login within {} s",
                timeout.as_secs()
            )))
        })
    }
}

async fn respond(
    sock: &mut tokio::net::TcpStream,
    status: &str,
    text: &str,
) -> std::io::Result<()> {
    let body = format!("<!doctype html><title>atomctl</title><p>{text}</p>");
    let head = format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    sock.write_all(head.as_bytes()).await?;
    sock.write_all(body.as_bytes()).await?;
    sock.shutdown().await
}
