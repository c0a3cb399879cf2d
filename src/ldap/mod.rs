//! The directory: connecting (TLS, failover, bind), paged streaming search, AD value
//! decoding, DN handling, nested-group expansion and the sync engine. Free of CLI types.

pub mod account;
pub mod ad;
mod conn;
pub mod dn;
mod entry;
pub mod filter;
pub mod groups;
mod pager;
mod search;
pub mod sync;
mod wire;

#[doc(hidden)]
pub use wire::read_messages;

pub use conn::{ConnSettings, Directory, DirectoryKind};
pub use entry::{Attr, Entry, is_binary_attr};
pub use search::{SearchOutcome, SearchRequest, search_scope};

use crate::error::{ExitClass, ExitKind};

/// What went wrong talking to a directory, classified for exit codes and hints.
#[derive(Debug, thiserror::Error)]
pub enum LdapFailure {
    #[error("cannot reach any LDAP server ({tried}): {last}")]
    Unreachable { tried: String, last: String },
    #[error("bind as {dn} failed: {text}")]
    Bind { dn: String, rc: u32, text: String },
    #[error("the server refused the search (rc={rc}, {name}): {text}")]
    Refused {
        rc: u32,
        name: &'static str,
        text: String,
    },
    #[error("LDAP protocol error: {0}")]
    Protocol(String),
    #[error("writing output")]
    Output(#[source] std::io::Error),
    #[error("no search base: the server announces no naming context")]
    NoBase,
    #[error("the bind password would cross the network in clear text to {url}")]
    CleartextBind { url: String },
    #[error("{url} does not answer in LDAP ({detail})")]
    NotLdap { url: String, detail: String },
}

impl ExitClass for LdapFailure {
    fn exit_kind(&self) -> ExitKind {
        match self {
            LdapFailure::Unreachable { .. } => ExitKind::Unavailable,
            LdapFailure::Bind { .. } => ExitKind::Auth,
            LdapFailure::Refused { rc: 50, .. } => ExitKind::Auth,
            LdapFailure::Refused { rc: 87, .. } => ExitKind::Usage,
            LdapFailure::NoBase
            | LdapFailure::CleartextBind { .. }
            | LdapFailure::NotLdap { .. } => ExitKind::Config,
            _ => ExitKind::Failed,
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            LdapFailure::Unreachable { last, .. } if last.contains("certificate") || last.contains("Certificate") => {
                "the server certificate is not trusted: pass --ca-file with the issuing CA (or ca_file in the profile)".into()
            }
            LdapFailure::Unreachable { tried, last } if tried.contains("ldaps://") && not_tls(last) => {
                "the server did not answer in TLS: a plain LDAP port (389) takes ldap:// with --starttls; ldaps:// is for port 636".into()
            }
            LdapFailure::Unreachable { .. } => "check the URL and port, and that the server is up; list several --url for failover".into(),
            LdapFailure::NotLdap { url, .. } if url.starts_with("ldap://") => {
                "check the port: LDAP listens on 389, LDAP over TLS on 636 (use ldaps:// there)".into()
            }
            LdapFailure::NotLdap { .. } => "check the host and port: LDAP over TLS listens on 636, plain LDAP on 389".into(),
            LdapFailure::Bind { rc: 49, .. } => "wrong bind DN or password (LDAP rc=49, invalidCredentials)".into(),
            LdapFailure::Bind { rc: 13, .. } => "the server wants TLS for this bind: use ldaps:// or --starttls".into(),
            LdapFailure::Bind { .. } => "check the bind DN and the password source".into(),
            LdapFailure::Refused { rc: 87, .. } => "the filter is not valid RFC 4515: parenthesize it and escape *, (, ), \\ as \\2a, \\28, \\29, \\5c".into(),
            LdapFailure::Refused { rc: 32, .. } => "the search base does not exist: check --base / base_dn".into(),
            LdapFailure::Refused { rc: 50, .. } => "the bind DN may not read this; bind as a DN with read access".into(),
            LdapFailure::NoBase => "give --base DN or base_dn in the profile".into(),
            LdapFailure::CleartextBind { .. } => "use ldaps:// or --starttls (starttls = true in the profile); --allow-cleartext-bind sends it anyway".into(),
            _ => return None,
        })
    }
}

/// What rustls says when the other side of a TLS handshake is not TLS at all: it closed on
/// the ClientHello (a plain LDAP server does), or answered with something else.
fn not_tls(reason: &str) -> bool {
    [
        "tls handshake eof",
        "InvalidContentType",
        "corrupt message",
        "unexpected EOF",
    ]
    .iter()
    .any(|s| reason.contains(s))
}

/// Map a search's final result code to a failure, or None when it is success.
pub(crate) fn check_rc(res: &ldap3::LdapResult) -> Result<(), LdapFailure> {
    if res.rc == 0 {
        return Ok(());
    }
    Err(LdapFailure::Refused {
        rc: res.rc,
        name: rc_name(res.rc),
        text: res.text.clone(),
    })
}

pub fn rc_name(rc: u32) -> &'static str {
    match rc {
        1 => "operationsError",
        2 => "protocolError",
        3 => "timeLimitExceeded",
        4 => "sizeLimitExceeded",
        8 => "strongerAuthRequired",
        10 => "referral",
        11 => "adminLimitExceeded",
        12 => "unavailableCriticalExtension",
        13 => "confidentialityRequired",
        16 => "noSuchAttribute",
        17 => "undefinedAttributeType",
        21 => "invalidAttributeSyntax",
        32 => "noSuchObject",
        34 => "invalidDNSyntax",
        48 => "inappropriateAuthentication",
        49 => "invalidCredentials",
        50 => "insufficientAccessRights",
        51 => "busy",
        52 => "unavailable",
        53 => "unwillingToPerform",
        80 => "other",
        87 => "filterError",
        4096 => "e-syncRefreshRequired",
        _ => "error",
    }
}
