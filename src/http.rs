//! The HTTP client every web API shares (Salesforce, OpenID providers): verified TLS with the
//! system roots plus an optional CA file, gzip, timeouts, no redirects (a bearer token or a
//! client secret must never follow a redirect somewhere else), and what counts as a safe URL.

use std::path::Path;
use std::time::Duration;

pub fn client(ca_file: Option<&Path>, timeout: Duration) -> Result<reqwest::Client, String> {
    let tls = crate::tls::client_config(ca_file)?;
    reqwest::Client::builder()
        .use_preconfigured_tls(tls)
        .user_agent(concat!("atomctl/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(timeout.min(Duration::from_secs(30)))
        .read_timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .gzip(true)
        .build()
        .map_err(|e| format!("cannot set up HTTPS: {e}"))
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
