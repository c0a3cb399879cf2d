//! The browser login of a native app (RFC 8252): a loopback listener on 127.0.0.1, localhost
//! or [::1] (any free port unless one is asked for), the authorization URL with PKCE S256
//! (RFC 7636) and a state, and the wait for the browser to come back with a code whose state
//! matches. Every connector's browser login is this one.

use std::collections::HashMap;

use aws_lc_rs::digest::{SHA256, digest};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::OAuthError;

/// A browser login in progress.
pub struct AuthorizationLogin {
    listener: Listener,
    path: String,
    pub redirect_uri: String,
    pub authorize_url: String,
    /// The PKCE verifier, sent with the code to the token endpoint.
    pub verifier: String,
    state: String,
}

/// The browser came back: the code, and every parameter of the redirect (an OIDC `iss`).
pub struct Redirected {
    pub code: String,
    pub params: HashMap<String, String>,
}

impl AuthorizationLogin {
    /// Listen on `host` and build the URL of `authorize_endpoint` the browser opens. The
    /// redirect comes back to `path`; `extra` adds the provider's parameters (scope, nonce).
    pub async fn start(
        authorize_endpoint: &str,
        client_id: &str,
        host: &str,
        port: Option<u16>,
        path: &str,
        extra: &[(&str, &str)],
    ) -> Result<AuthorizationLogin, OAuthError> {
        let listener = bind(host, port).await.map_err(OAuthError::Local)?;
        let redirect_uri = format!("{}{path}", listener.origin);
        let verifier = random_b64(32).map_err(OAuthError::Local)?;
        let state = random_b64(16).map_err(OAuthError::Local)?;
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.append_pair("response_type", "code")
            .append_pair("client_id", client_id)
            .append_pair("redirect_uri", &redirect_uri);
        for (k, v) in extra {
            q.append_pair(k, v);
        }
        q.append_pair("state", &state)
            .append_pair("code_challenge", &pkce_challenge(&verifier))
            .append_pair("code_challenge_method", "S256");
        let sep = if authorize_endpoint.contains('?') {
            '&'
        } else {
            '?'
        };
        Ok(AuthorizationLogin {
            authorize_url: format!("{authorize_endpoint}{sep}{}", q.finish()),
            listener,
            path: path.to_owned(),
            redirect_uri,
            verifier,
            state,
        })
    }

    /// Wait for the browser. Only a redirect that carries this login's state is acted on: a
    /// request without it (any local page can make one) gets a page saying so and the wait
    /// goes on. With the state, an `error` from the provider or a missing code ends the login.
    pub async fn wait(&self, timeout: Duration) -> Result<Redirected, OAuthError> {
        let state = self.state.clone();
        let mut params = self
            .listener
            .wait(&self.path, timeout, move |p| {
                if p.get("state") != Some(&state) {
                    Page::NotOurs
                } else if p.contains_key("code") {
                    Page::Done
                } else {
                    Page::Failed
                }
            })
            .await
            .map_err(OAuthError::Login)?;
        if let Some(err) = params.get("error") {
            return Err(OAuthError::Login(format!(
                "the provider refused the login: {err} {}",
                params
                    .get("error_description")
                    .map(String::as_str)
                    .unwrap_or("")
            )));
        }
        let code = params.remove("code").ok_or_else(|| {
            OAuthError::Login("the redirect carried no authorization code".into())
        })?;
        Ok(Redirected { code, params })
    }
}

struct Listener {
    listener: TcpListener,
    /// `http://HOST:PORT` as the browser reaches it.
    pub origin: String,
}

/// Listen on `host` (`127.0.0.1`, `localhost` or `[::1]`).
async fn bind(host: &str, port: Option<u16>) -> Result<Listener, String> {
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

/// What a request to the redirect path is, and so what the browser is shown.
enum Page {
    /// The answer to this login, with a code.
    Done,
    /// The answer to this login, without a code (the provider's error).
    Failed,
    /// Not the answer to this login (no state, or another one): ignored.
    NotOurs,
}

/// How long one connection may take to send its request: a browser sends it at once, and a
/// connection that sends nothing must not hold up the one that matters.
const REQUEST_WITHIN: Duration = Duration::from_secs(10);

impl Listener {
    /// The query parameters of the first request for `path` that `judge` does not call
    /// `NotOurs`. Connections are served side by side, each within `REQUEST_WITHIN`; other
    /// paths (a favicon) get a 404.
    async fn wait<J>(
        &self,
        path: &str,
        timeout: Duration,
        judge: J,
    ) -> Result<HashMap<String, String>, String>
    where
        J: Fn(&HashMap<String, String>) -> Page + Clone + Send + 'static,
    {
        let waited = tokio::time::timeout(timeout, async {
            let mut connections = tokio::task::JoinSet::new();
            loop {
                tokio::select! {
                    accepted = self.listener.accept() => {
                        let (sock, _) = accepted.map_err(|e| format!("loopback listener: {e}"))?;
                        let (path, judge) = (path.to_owned(), judge.clone());
                        connections.spawn(tokio::time::timeout(
                            REQUEST_WITHIN,
                            serve(sock, path, judge),
                        ));
                    }
                    Some(done) = connections.join_next() => {
                        if let Ok(Ok(Some(params))) = done {
                            return Ok(params);
                        }
                    }
                }
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

/// One connection: read the request line, answer it, and hand back its parameters when it is
/// the redirect this login waits for.
async fn serve(
    mut sock: tokio::net::TcpStream,
    path: String,
    judge: impl Fn(&HashMap<String, String>) -> Page,
) -> Option<HashMap<String, String>> {
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
    let url = url::Url::parse(&format!("http://localhost{target}")).ok()?;
    if url.path() != path {
        let _ = respond(&mut sock, "404 Not Found", "Not found").await;
        return None;
    }
    let params: HashMap<String, String> = url.query_pairs().into_owned().collect();
    let (text, ours) = match judge(&params) {
        Page::Done => ("Logged in to atomctl. You can close this window.", true),
        Page::Failed => ("The login did not succeed; see the terminal.", true),
        Page::NotOurs => (
            "This is not the answer to the login atomctl is waiting for; it was ignored.",
            false,
        ),
    };
    let _ = respond(&mut sock, "200 OK", text).await;
    ours.then_some(params)
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
/// the shell text), or `xdg-open`. Returns whether something was started; the caller decides
/// whether to open at all and prints the URL either way. Nothing a browser prints reaches
/// stdout, which is atomctl's (`TOKEN=$(atomctl … --token-only)`).
pub fn open_browser(url: &str, command: Option<&str>) -> bool {
    let mut child = match command {
        Some(cmd) => {
            let mut c = std::process::Command::new("sh");
            c.arg("-c").arg(format!("{cmd} \"$1\"")).arg("sh").arg(url);
            // The user's own command: its complaints are theirs to see.
            c.stdout(std::io::stderr());
            c
        }
        None => {
            // xdg-open tries browsers in turn and reports each failure ("lynx: not found");
            // the URL is shown anyway, so its chatter is not.
            let mut c = std::process::Command::new("xdg-open");
            c.arg(url)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            c
        }
    };
    child.stdin(std::process::Stdio::null()).spawn().is_ok()
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
    use super::*;

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    async fn get(origin: &str, target: &str) {
        let addr = origin
            .trim_start_matches("http://")
            .replace("localhost", "127.0.0.1");
        let mut sock = tokio::net::TcpStream::connect(addr).await.unwrap();
        let req = format!("GET {target} HTTP/1.1\r\nhost: x\r\n\r\n");
        sock.write_all(req.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        let _ = sock.read_to_end(&mut answer).await;
    }

    async fn login() -> AuthorizationLogin {
        AuthorizationLogin::start(
            "https://idp.example.com/authorize",
            "c",
            "127.0.0.1",
            None,
            "/callback",
            &[],
        )
        .await
        .unwrap()
    }

    #[test]
    fn an_error_without_this_logins_state_is_ignored() {
        runtime().block_on(async {
            let l = login().await;
            let origin = l.redirect_uri.trim_end_matches("/callback").to_owned();
            let state = l.state.clone();
            let browser = tokio::spawn(async move {
                get(&origin, "/callback?error=access_denied").await;
                get(&origin, "/callback?error=access_denied&state=guess").await;
                get(&origin, &format!("/callback?code=the-code&state={state}")).await;
            });
            let back = l.wait(Duration::from_secs(5)).await.unwrap();
            assert_eq!(back.code, "the-code");
            browser.await.unwrap();
        });
    }

    #[test]
    fn an_idle_connection_does_not_block_the_login() {
        runtime().block_on(async {
            let l = login().await;
            let origin = l.redirect_uri.trim_end_matches("/callback").to_owned();
            let addr = origin.trim_start_matches("http://").to_owned();
            // Connected and silent for the whole login.
            let _idle = tokio::net::TcpStream::connect(&addr).await.unwrap();
            let state = l.state.clone();
            let browser = tokio::spawn(async move {
                get(&origin, &format!("/callback?code=c2&state={state}")).await;
            });
            let started = std::time::Instant::now();
            let back = l.wait(Duration::from_secs(5)).await.unwrap();
            assert_eq!(back.code, "c2");
            assert!(started.elapsed() < Duration::from_secs(3));
            browser.await.unwrap();
        });
    }

    #[test]
    fn the_providers_error_with_the_state_ends_the_login() {
        runtime().block_on(async {
            let l = login().await;
            let origin = l.redirect_uri.trim_end_matches("/callback").to_owned();
            let state = l.state.clone();
            tokio::spawn(async move {
                get(
                    &origin,
                    &format!("/callback?error=access_denied&state={state}"),
                )
                .await;
            });
            let e = l.wait(Duration::from_secs(5)).await.err().unwrap();
            assert!(e.to_string().contains("access_denied"), "{e}");
        });
    }

    #[test]
    fn pkce_s256_matches_rfc_7636_appendix_b() {
        assert_eq!(
            super::pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
