//! The loopback redirect listener of native-app logins (RFC 8252): a socket on 127.0.0.1,
//! localhost or [::1], on any free port unless one is asked for, that waits for the browser to
//! come back to one path and hands over the query parameters.

use std::collections::HashMap;

use aws_lc_rs::digest::{SHA256, digest};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

pub struct Listener {
    listener: TcpListener,
    /// `http://HOST:PORT` as the browser reaches it.
    pub origin: String,
}

/// Listen on `host` (`127.0.0.1`, `localhost` or `[::1]`).
pub async fn bind(host: &str, port: Option<u16>) -> Result<Listener, String> {
    let ip = match host {
        "127.0.0.1" | "localhost" => "127.0.0.1",
        "[::1]" | "::1" => "::1",
        other => {
            return Err(format!(
                "redirect host `{other}`: use 127.0.0.1, localhost or [::1]"
            ));
        }
    };
    let listener = TcpListener::bind((ip, port.unwrap_or(0)))
        .await
        .map_err(|e| format!("cannot listen on {host}:{}: {e}", port.unwrap_or(0)))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let shown = if ip == "::1" { "[::1]" } else { host };
    Ok(Listener {
        listener,
        origin: format!("http://{shown}:{port}"),
    })
}

/// How the page the browser lands on reads.
pub enum Page {
    Done,
    Failed,
}

impl Listener {
    /// The query parameters of the first request for `path`. Other paths (a favicon) get a 404
    /// and the wait goes on. `judge` decides what the browser is shown.
    pub async fn wait(
        &self,
        path: &str,
        timeout: Duration,
        judge: impl Fn(&HashMap<String, String>) -> Page,
    ) -> Result<HashMap<String, String>, String> {
        let waited = tokio::time::timeout(timeout, async {
            loop {
                let (mut sock, _) = self
                    .listener
                    .accept()
                    .await
                    .map_err(|e| format!("loopback listener: {e}"))?;
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
                if url.path() != path {
                    let _ = respond(&mut sock, "404 Not Found", "Not found").await;
                    continue;
                }
                let params: HashMap<String, String> = url.query_pairs().into_owned().collect();
                let text = match judge(&params) {
                    Page::Done => "Logged in to atomctl. You can close this window.",
                    Page::Failed => "The login did not succeed; see the terminal.",
                };
                let _ = respond(&mut sock, "200 OK", text).await;
                return Ok(params);
            }
        })
        .await;
        waited.unwrap_or_else(|_| {
            Err(format!(
                "nobody completed the login within {} s",
                timeout.as_secs()
            ))
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

/// Open `url` in a browser: run `command` with the URL as its argument (never spliced into
/// the shell text), or `xdg-open`, or nothing with `no_browser`. Returns whether something
/// was started; the caller prints the URL either way.
pub fn open_browser(url: &str, no_browser: bool, command: Option<&str>) -> bool {
    if no_browser {
        return false;
    }
    match command {
        Some(cmd) => std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{cmd} \"$1\""))
            .arg("sh")
            .arg(url)
            .spawn()
            .is_ok(),
        None => std::process::Command::new("xdg-open")
            .arg(url)
            .spawn()
            .is_ok(),
    }
}

/// `n` random bytes, base64url: PKCE verifiers, states, nonces.
pub fn random_b64(n: usize) -> Result<String, String> {
    let mut buf = vec![0u8; n];
    aws_lc_rs::rand::fill(&mut buf).map_err(|_| "no randomness available".to_owned())?;
    Ok(URL_SAFE_NO_PAD.encode(buf))
}

/// The S256 challenge of a PKCE verifier (RFC 7636).
pub fn pkce_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(digest(&SHA256, verifier.as_bytes()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn pkce_s256_matches_rfc_7636_appendix_b() {
        assert_eq!(
            super::pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
