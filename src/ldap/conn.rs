//! Connecting: URLs tried in order, TLS verified against the system roots plus an optional
//! CA file, StartTLS, simple bind, and a look at the rootDSE to learn what the server is.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, Scope, StdStream};

use super::{Entry, LdapFailure};
use crate::config::{Flavor, Secret};

/// Everything needed to open a session, resolved from flags, profile and environment.
#[derive(Debug, Clone)]
pub struct ConnSettings {
    pub urls: Vec<String>,
    pub bind_dn: Option<String>,
    pub password: Option<Secret>,
    pub base: Option<String>,
    pub ca_file: Option<PathBuf>,
    pub starttls: bool,
    pub insecure: bool,
    /// Send a bind password over plain ldap:// to another host anyway (the admin said so).
    pub allow_cleartext_bind: bool,
    pub timeout: Duration,
    pub flavor: Flavor,
}

impl ConnSettings {
    /// The DN and password of a simple bind; None binds anonymously.
    pub fn simple_bind(&self) -> Result<Option<(&str, &str)>, LdapFailure> {
        let Some(dn) = self.bind_dn.as_deref() else {
            return Ok(None);
        };
        let pw = self.password.as_ref().map(Secret::expose).unwrap_or("");
        if pw.is_empty() {
            // An empty password is an unauthenticated bind (RFC 4513 5.1.2): it "succeeds"
            // as anonymous. Refuse rather than silently search as nobody.
            return Err(LdapFailure::Bind {
                dn: dn.to_owned(),
                rc: 49,
                text: "no password given for the bind DN".into(),
            });
        }
        Ok(Some((dn, pw)))
    }

    /// A password goes over TLS (ldaps://, StartTLS), to this machine (loopback, ldapi://),
    /// or not at all unless the admin opted in: refused before any connection is made.
    fn check_bind_transport(&self) -> Result<(), LdapFailure> {
        if self.bind_dn.is_none() || self.starttls || self.allow_cleartext_bind {
            return Ok(());
        }
        match self
            .urls
            .iter()
            .find(|u| Endpoint::parse(u).is_some_and(|e| !e.tls && !e.is_loopback()))
        {
            Some(url) => Err(LdapFailure::CleartextBind { url: url.clone() }),
            None => Ok(()),
        }
    }
}

/// What kind of server answered, from the rootDSE unless the profile says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectoryKind {
    OpenLdap,
    ActiveDirectory,
}

impl DirectoryKind {
    pub fn name(self) -> &'static str {
        match self {
            DirectoryKind::OpenLdap => "openldap",
            DirectoryKind::ActiveDirectory => "ad",
        }
    }
}

/// An open, bound session.
pub struct Directory {
    pub ldap: Ldap,
    pub url: String,
    pub kind: DirectoryKind,
    pub base: String,
    pub root_dse: Entry,
    pub timeout: Duration,
    /// What the session was opened with, for opening more to the same server.
    pub settings: ConnSettings,
    /// The verifying TLS configuration it used (None without TLS, or with `--insecure`).
    pub tls: Option<Arc<rustls::ClientConfig>>,
}

/// The rootDSE attributes atomctl looks at.
const ROOT_DSE_ATTRS: &[&str] = &[
    "namingContexts",
    "defaultNamingContext",
    "supportedControl",
    "supportedCapabilities",
    "highestCommittedUSN",
    "vendorName",
    "vendorVersion",
    "dnsHostName",
    "supportedLDAPVersion",
];

/// LDAP_CAP_ACTIVE_DIRECTORY_OID: present on AD and Samba AD DCs.
const AD_CAPABILITY: &str = "1.2.840.113556.1.4.800";

/// A failure of the first request, explained by why the connection ended, if it did.
async fn explain_first_failure(
    e: LdapFailure,
    url: &str,
    ended: tokio::sync::oneshot::Receiver<String>,
) -> LdapFailure {
    if matches!(e, LdapFailure::Bind { .. } | LdapFailure::Refused { .. }) {
        return e;
    }
    // The connection task reports just after the request sees its channel close.
    match tokio::time::timeout(Duration::from_millis(200), ended).await {
        Ok(Ok(why)) => LdapFailure::NotLdap {
            url: url.to_owned(),
            detail: why,
        },
        _ => e,
    }
}

impl Directory {
    /// Try each URL in order; the first that connects and binds wins. A bind failure is
    /// final (the next server would say the same); a connection failure moves on.
    pub async fn connect(s: &ConnSettings) -> Result<Directory, LdapFailure> {
        if s.urls.is_empty() {
            return Err(LdapFailure::Unreachable {
                tried: "no URL".into(),
                last: "no server URL given".into(),
            });
        }
        s.check_bind_transport()?;
        // The trust store (system roots, ~10 ms to load) only when some URL will use TLS.
        let needs_tls = s.starttls || s.urls.iter().any(|u| u.starts_with("ldaps://"));
        let tls = if s.insecure || !needs_tls {
            None
        } else {
            Some(tls_config(s)?)
        };
        let mut last = String::new();
        for url in &s.urls {
            let mut settings = LdapConnSettings::new().set_conn_timeout(s.timeout);
            settings = match &tls {
                Some(cfg) => settings.set_config(cfg.clone()),
                None if s.insecure => settings.set_no_tls_verify(true),
                None => settings,
            };
            if s.starttls && url.starts_with("ldap://") {
                settings = settings.set_starttls(true);
            }
            // Our own socket, for TCP_NODELAY (see Endpoint::connect).
            match nodelay_socket(url, s.timeout).await {
                Ok(Some(sock)) => settings = settings.set_std_stream(StdStream::Tcp(sock)),
                Ok(None) => {}
                Err(e) => {
                    tracing::debug!(%url, error = %e, "connect failed");
                    last = format!("{url}: {e}");
                    continue;
                }
            }
            match LdapConnAsync::with_settings(settings, url).await {
                Ok((conn, ldap)) => {
                    // ldap3's drive! macro logs the connection's end as a raw warning; keep
                    // the reason instead, to explain a failed first request.
                    let (ended, why) = tokio::sync::oneshot::channel();
                    tokio::spawn(async move {
                        if let Err(e) = conn.drive().await {
                            tracing::debug!(error = %e, "LDAP connection ended");
                            let _ = ended.send(e.to_string());
                        }
                    });
                    return match Self::bind_and_inspect(ldap, url, s, tls).await {
                        Ok(d) => Ok(d),
                        Err(e) => Err(explain_first_failure(e, url, why).await),
                    };
                }
                Err(e) => {
                    tracing::debug!(%url, error = %e, "connect failed");
                    last = format!("{url}: {e}");
                }
            }
        }
        Err(LdapFailure::Unreachable {
            tried: s.urls.join(", "),
            last,
        })
    }

    async fn bind_and_inspect(
        mut ldap: Ldap,
        url: &str,
        s: &ConnSettings,
        tls: Option<Arc<rustls::ClientConfig>>,
    ) -> Result<Directory, LdapFailure> {
        if let Some((dn, pw)) = s.simple_bind()? {
            let res = ldap
                .with_timeout(s.timeout)
                .simple_bind(dn, pw)
                .await
                .map_err(|e| LdapFailure::Unreachable {
                    tried: url.into(),
                    last: e.to_string(),
                })?;
            if res.rc != 0 {
                return Err(LdapFailure::Bind {
                    dn: dn.to_owned(),
                    rc: res.rc,
                    text: format!("{} {}", super::rc_name(res.rc), res.text),
                });
            }
        }
        let root_dse = read_root_dse(&mut ldap, s.timeout).await?;
        let kind = match s.flavor {
            Flavor::OpenLdap => DirectoryKind::OpenLdap,
            Flavor::ActiveDirectory => DirectoryKind::ActiveDirectory,
            Flavor::Auto => {
                if root_dse
                    .strs("supportedCapabilities")
                    .any(|c| c == AD_CAPABILITY)
                {
                    DirectoryKind::ActiveDirectory
                } else {
                    DirectoryKind::OpenLdap
                }
            }
        };
        let base = match &s.base {
            Some(b) => b.clone(),
            None => root_dse
                .first_str("defaultNamingContext")
                .or_else(|| root_dse.first_str("namingContexts"))
                .map(str::to_owned)
                .ok_or(LdapFailure::NoBase)?,
        };
        Ok(Directory {
            ldap,
            url: url.to_owned(),
            kind,
            base,
            root_dse,
            timeout: s.timeout,
            settings: s.clone(),
            tls,
        })
    }

    pub fn supports_control(&self, oid: &str) -> bool {
        self.root_dse.strs("supportedControl").any(|c| c == oid)
    }

    pub async fn unbind(mut self) {
        let _ = self.ldap.unbind().await;
    }
}

async fn read_root_dse(ldap: &mut Ldap, timeout: Duration) -> Result<Entry, LdapFailure> {
    let mut stream = ldap
        .with_timeout(timeout)
        .streaming_search("", Scope::Base, "(objectClass=*)", ROOT_DSE_ATTRS.to_vec())
        .await
        .map_err(|e| LdapFailure::Protocol(e.to_string()))?;
    let mut found = Entry::default();
    while let Some(re) = stream
        .next()
        .await
        .map_err(|e| LdapFailure::Protocol(e.to_string()))?
    {
        if !re.is_ref() && !re.is_intermediate() {
            found =
                super::entry::from_result(re).map_err(|e| LdapFailure::Protocol(e.to_string()))?;
        }
    }
    let res = stream.finish().await;
    // Some servers hide the rootDSE from anonymous binds; that is not fatal.
    if res.rc != 0 {
        tracing::debug!(rc = res.rc, "rootDSE not readable");
    }
    Ok(found)
}

fn tls_config(s: &ConnSettings) -> Result<Arc<rustls::ClientConfig>, LdapFailure> {
    crate::tls::client_config(s.ca_file.as_deref())
        .map(Arc::new)
        .map_err(|last| LdapFailure::Unreachable {
            tried: "-".into(),
            last,
        })
}

/// A connected TCP socket with TCP_NODELAY for an ldap:// or ldaps:// URL (None for other
/// schemes, which ldap3 connects itself).
async fn nodelay_socket(
    url: &str,
    timeout: std::time::Duration,
) -> std::io::Result<Option<std::net::TcpStream>> {
    let Some(ep) = Endpoint::parse(url) else {
        return Ok(None);
    };
    Ok(Some(ep.connect(timeout).await?.into_std()?))
}

/// Where an ldap:// or ldaps:// URL points, host and port as ldap3 would read them.
pub(super) struct Endpoint {
    pub tls: bool,
    pub host: String,
    pub port: u16,
}

impl Endpoint {
    pub fn parse(url: &str) -> Option<Endpoint> {
        let u = url::Url::parse(url).ok()?;
        let (tls, default_port) = match u.scheme() {
            "ldap" => (false, 389),
            "ldaps" => (true, 636),
            _ => return None,
        };
        let host = match u.host_str() {
            Some("") | None => "localhost".to_owned(),
            Some(h) => h.trim_start_matches('[').trim_end_matches(']').to_owned(),
        };
        Some(Endpoint {
            tls,
            host,
            port: u.port().unwrap_or(default_port),
        })
    }

    /// 127.0.0.0/8, ::1 or localhost: traffic that never leaves this machine.
    pub fn is_loopback(&self) -> bool {
        self.host.eq_ignore_ascii_case("localhost")
            || self
                .host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }

    /// Connect with TCP_NODELAY: without it the TLS handshake's small writes wait for delayed
    /// ACKs, 40 ms and more per ldaps connection (ldap3 does not set it).
    pub async fn connect(&self, timeout: Duration) -> std::io::Result<tokio::net::TcpStream> {
        let stream = tokio::time::timeout(
            timeout,
            tokio::net::TcpStream::connect((self.host.as_str(), self.port)),
        )
        .await
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "connection timed out"))??;
        stream.set_nodelay(true)?;
        Ok(stream)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(bind_dn: Option<&str>, password: Option<&str>) -> ConnSettings {
        ConnSettings {
            urls: vec!["ldap://127.0.0.1".into()],
            bind_dn: bind_dn.map(str::to_owned),
            password: password.map(Secret::new),
            base: None,
            ca_file: None,
            starttls: false,
            allow_cleartext_bind: false,
            insecure: false,
            timeout: Duration::from_secs(1),
            flavor: Flavor::Auto,
        }
    }

    #[test]
    fn a_bind_dn_without_a_password_is_refused_not_sent_as_anonymous() {
        assert!(matches!(settings(None, None).simple_bind(), Ok(None)));
        for pw in [None, Some("")] {
            match settings(Some("cn=a"), pw).simple_bind() {
                Err(LdapFailure::Bind { dn, rc: 49, .. }) => assert_eq!(dn, "cn=a"),
                other => panic!("{pw:?}: {other:?}"),
            }
        }
        let s = settings(Some("cn=a"), Some("pw"));
        assert_eq!(s.simple_bind().unwrap(), Some(("cn=a", "pw")));
    }

    #[test]
    fn a_password_never_crosses_the_network_in_clear_text_unless_allowed() {
        let with = |url: &str, starttls: bool, allow: bool| {
            let mut s = settings(Some("cn=a"), Some("pw"));
            s.urls = vec!["ldaps://dc1.example.com".into(), url.into()];
            s.starttls = starttls;
            s.allow_cleartext_bind = allow;
            s.check_bind_transport()
        };
        assert!(matches!(
            with("ldap://dc2.example.com", false, false),
            Err(LdapFailure::CleartextBind { url }) if url == "ldap://dc2.example.com"
        ));
        assert!(with("ldap://10.0.0.5:389", false, false).is_err());
        assert!(
            with("ldap://dc2.example.com", true, false).is_ok(),
            "StartTLS"
        );
        assert!(
            with("ldap://dc2.example.com", false, true).is_ok(),
            "opted in"
        );
        for local in [
            "ldap://127.0.0.1:3890",
            "ldap://localhost",
            "ldap://[::1]",
            "ldapi://%2Fvar%2Frun%2Fslapd",
        ] {
            assert!(with(local, false, false).is_ok(), "{local}");
        }
        let mut anonymous = settings(None, None);
        anonymous.urls = vec!["ldap://dc2.example.com".into()];
        assert!(anonymous.check_bind_transport().is_ok());
    }
}
