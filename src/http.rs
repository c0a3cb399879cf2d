//! The HTTP client every web API shares (Salesforce, OpenID providers): verified TLS with the
//! system roots plus an optional CA file, gzip, timeouts, no redirects (a bearer token or a
//! client secret must never follow a redirect somewhere else), and what counts as a safe URL.

use std::path::Path;
use std::time::Duration;

/// For APIs that stream (Salesforce pages): `timeout` bounds each read, so a long download
/// that keeps moving is never cut off.
pub fn client(ca_file: Option<&Path>, timeout: Duration) -> Result<reqwest::Client, String> {
    builder(ca_file, timeout)?
        .build()
        .map_err(|e| format!("cannot set up HTTPS: {e}"))
}

/// For documents read whole (discovery, key sets, token answers, metadata): `deadline` also
/// bounds each request from connect to last byte, so a server that trickles a byte at a
/// time cannot hold a check or a login open.
pub fn document_client(
    ca_file: Option<&Path>,
    timeout: Duration,
    deadline: Duration,
) -> Result<reqwest::Client, String> {
    builder(ca_file, timeout)?
        .timeout(deadline)
        .build()
        .map_err(|e| format!("cannot set up HTTPS: {e}"))
}

fn builder(ca_file: Option<&Path>, timeout: Duration) -> Result<reqwest::ClientBuilder, String> {
    let tls = crate::tls::client_config(ca_file)?;
    Ok(reqwest::Client::builder()
        .use_preconfigured_tls(tls)
        .user_agent(concat!("atomctl/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(timeout.min(Duration::from_secs(30)))
        .read_timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .gzip(true))
}

/// The most atomctl reads of a discovery document, key set, token, userinfo or
/// introspection answer: real ones are a few KB.
pub const DOCUMENT_CAP: u64 = 1 << 20;
/// The most atomctl reads of SAML metadata: federation aggregates run to tens of MB.
pub const METADATA_CAP: u64 = 128 << 20;

/// A body read whole, at most `cap` bytes after decompression (a small gzip body can
/// inflate to gigabytes); more is an error, never a truncated document.
pub async fn read_capped(mut resp: reqwest::Response, cap: u64) -> Result<Vec<u8>, String> {
    if let Some(n) = resp.content_length().filter(|n| *n > cap) {
        return Err(format!(
            "the answer is {n} bytes, over atomctl's limit of {cap}"
        ));
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| e.to_string())? {
        if body.len() as u64 + chunk.len() as u64 > cap {
            return Err(format!("the answer is over atomctl's limit of {cap} bytes"));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// What the TLS stack said about the server's certificate, when that is why a request failed.
/// Not a transient failure: retrying gets the same certificate, so callers fail at once.
pub fn certificate_problem(e: &(dyn std::error::Error + 'static)) -> Option<String> {
    match rustls_error(e, 0)? {
        rustls::Error::InvalidCertificate(c) => Some(describe_certificate(c)),
        _ => None,
    }
}

/// The rustls error somewhere in `e`'s causes. It travels inside io::Errors (sometimes one
/// inside another), whose `source` skips what they wrap, so those are opened explicitly.
fn rustls_error<'a>(
    e: &'a (dyn std::error::Error + 'static),
    depth: usize,
) -> Option<&'a rustls::Error> {
    if depth > 16 {
        return None;
    }
    if let Some(r) = e.downcast_ref::<rustls::Error>() {
        return Some(r);
    }
    if let Some(inner) = e
        .downcast_ref::<std::io::Error>()
        .and_then(|io| io.get_ref())
        && let Some(r) = rustls_error(inner, depth + 1)
    {
        return Some(r);
    }
    rustls_error(e.source()?, depth + 1)
}

fn describe_certificate(c: &rustls::CertificateError) -> String {
    use rustls::CertificateError as C;
    match c {
        C::UnknownIssuer => "the server's certificate is not signed by a trusted CA".into(),
        C::Expired | C::ExpiredContext { .. } => "the server's certificate has expired".into(),
        C::NotValidYet | C::NotValidYetContext { .. } => {
            "the server's certificate is not valid yet".into()
        }
        C::NotValidForName | C::NotValidForNameContext { .. } => {
            "the server's certificate is for another host name".into()
        }
        C::Revoked => "the server's certificate is revoked".into(),
        C::BadSignature => "the server's certificate has a bad signature".into(),
        C::Other(o) if o.to_string().contains("CaUsedAsEndEntity") => {
            "the server presents a CA certificate as its own (CaUsedAsEndEntity): its chain is misconfigured".into()
        }
        other => format!("the server's certificate is not acceptable: {other:?}"),
    }
}

/// What to do about a certificate problem.
pub const CERTIFICATE_HINT: &str = "a certificate problem does not go away by retrying: check the server's certificate chain, or pass --ca-file with the CA that issued it (ca_file in the profile)";

/// A transport failure in words: what failed, then each cause.
pub fn describe(e: &reqwest::Error) -> String {
    if let Some(problem) = certificate_problem(e) {
        return problem;
    }
    let what = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "cannot connect"
    } else if e.is_body() || e.is_decode() {
        "connection lost while reading the answer"
    } else {
        "request failed"
    };
    let mut text = format!("{what}: {e}");
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        text.push_str(&format!(": {s}"));
        src = s.source();
    }
    text
}

/// Secrets, and the keys that decide which tokens to trust, go over https, or plain http
/// to this machine only (tests, local proxies).
pub fn require_secure(what: &str, url: &str) -> Result<Transport, String> {
    match transport(url).map_err(|e| format!("{what}: {e}"))? {
        Transport::PlainHttp => Err(format!(
            "{what} `{url}` is plain http to another host: anyone on the way could read or change it; use https"
        )),
        t => Ok(t),
    }
}

/// How a URL will carry secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Https,
    /// Plain http to this machine: acceptable for tests and local proxies, with a warning.
    LoopbackHttp,
    /// Plain http over the network: secrets in the clear.
    PlainHttp,
}

pub fn transport(url: &str) -> Result<Transport, String> {
    let u = reqwest::Url::parse(url).map_err(|e| format!("`{url}` is not a URL: {e}"))?;
    match u.scheme() {
        "https" => Ok(Transport::Https),
        "http" if is_loopback(&u) => Ok(Transport::LoopbackHttp),
        "http" => Ok(Transport::PlainHttp),
        s => Err(format!("`{url}`: unsupported scheme {s}")),
    }
}

fn is_loopback(u: &reqwest::Url) -> bool {
    match u.host() {
        Some(url::Host::Ipv4(a)) => a.is_loopback(),
        Some(url::Host::Ipv6(a)) => a.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A loopback server that answers one request with `head` and then `body`, written in
    /// `pieces` parts `pause` apart.
    async fn serve_once(head: String, body: Vec<u8>, pieces: usize, pause: Duration) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/doc", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let (mut sock, _) = listener.accept().await.unwrap();
            let mut buf = [0u8; 4096];
            let _ = sock.read(&mut buf).await;
            let _ = sock.write_all(head.as_bytes()).await;
            for part in body.chunks(body.len().div_ceil(pieces).max(1)) {
                if sock.write_all(part).await.is_err() {
                    return;
                }
                tokio::time::sleep(pause).await;
            }
        });
        url
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    #[test]
    fn a_gzip_bomb_stops_at_the_cap() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b' '; 64 << 20]).unwrap();
        let bomb = gz.finish().unwrap();
        assert!(bomb.len() < 200_000, "{} bytes on the wire", bomb.len());
        runtime().block_on(async {
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\ncontent-length: {}\r\n\r\n",
                bomb.len()
            );
            let url = serve_once(head, bomb, 1, Duration::ZERO).await;
            let http = client(None, Duration::from_secs(10)).unwrap();
            let resp = http.get(&url).send().await.unwrap();
            let err = read_capped(resp, DOCUMENT_CAP).await.unwrap_err();
            assert!(err.contains("limit"), "{err}");
        });
    }

    #[test]
    fn a_trickling_server_meets_the_deadline() {
        runtime().block_on(async {
            let body = vec![b' '; 40];
            let head = "HTTP/1.1 200 OK\r\ncontent-length: 40\r\n\r\n".to_owned();
            // A byte every 100 ms: every read is quick, the whole takes 4 s.
            let url = serve_once(head, body, 40, Duration::from_millis(100)).await;
            let http =
                document_client(None, Duration::from_secs(2), Duration::from_millis(800)).unwrap();
            let started = std::time::Instant::now();
            let outcome = match http.get(&url).send().await {
                Ok(resp) => read_capped(resp, DOCUMENT_CAP).await.map(|_| ()),
                Err(e) => Err(e.to_string()),
            };
            assert!(outcome.is_err());
            assert!(
                started.elapsed() < Duration::from_secs(2),
                "{:?}",
                started.elapsed()
            );
        });
    }

    #[test]
    fn loopback_http_is_told_apart() {
        assert_eq!(
            transport("https://idp.example.com").unwrap(),
            Transport::Https
        );
        assert_eq!(
            transport("http://127.0.0.1:8080/x").unwrap(),
            Transport::LoopbackHttp
        );
        assert_eq!(
            transport("http://[::1]:80").unwrap(),
            Transport::LoopbackHttp
        );
        assert_eq!(
            transport("http://localhost").unwrap(),
            Transport::LoopbackHttp
        );
        assert_eq!(
            transport("http://idp.example.com").unwrap(),
            Transport::PlainHttp
        );
        assert!(transport("ftp://x").is_err());
    }
}
