//! SAML 2.0 for a Service Provider: keys, metadata (ours and the IdP's), AuthnRequests on the
//! Redirect binding, and Response validation. XML is read with roxmltree (which refuses DTDs);
//! signatures are made and checked by xmlsec through samael.

pub mod authn;
pub mod binding;
pub mod crypto;
pub mod idp;
pub mod keys;
pub mod metadata;
pub mod response;
pub mod source;
pub mod sp;
pub mod xml;

use time::OffsetDateTime;

use crate::error::{ExitClass, ExitKind};
use time::format_description::well_known::Rfc3339;

#[derive(Debug, thiserror::Error)]
pub enum SamlError {
    /// The input is not what it should be (not XML, not base64, a missing element).
    #[error("{0}")]
    Input(String),
    /// The input is refused on principle (a DOCTYPE, a forbidden algorithm).
    #[error("{0}")]
    Refused(String),
    /// A key or certificate could not be read or used.
    #[error("{0}")]
    Key(String),
    /// xmlsec or OpenSSL failed.
    #[error("{0}")]
    Crypto(String),
    /// The IdP's metadata could not be fetched.
    #[error("{0}")]
    Unavailable(String),
    /// The IdP's metadata is not to be trusted (bad signature, no such entity).
    #[error("{0}")]
    Untrusted(String),
}

impl ExitClass for SamlError {
    fn exit_kind(&self) -> ExitKind {
        match self {
            SamlError::Key(_) => ExitKind::Config,
            SamlError::Input(_) | SamlError::Refused(_) => ExitKind::Usage,
            SamlError::Crypto(_) => ExitKind::Failed,
            SamlError::Unavailable(_) => ExitKind::Unavailable,
            SamlError::Untrusted(_) => ExitKind::CheckFailed,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            SamlError::Untrusted(_) => {
                Some("atomctl sso saml idp-check tells what is wrong with it".into())
            }
            SamlError::Refused(m) if m.contains("plain http") => {
                Some("use https, or download it and check it with --trust-cert".into())
            }
            _ => None,
        }
    }
}

/// A SAML timestamp (xs:dateTime, UTC in practice).
pub fn parse_instant(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s.trim(), &Rfc3339).ok()
}

/// A 128-bit random ID that is a valid xs:ID (it must not start with a digit). OpenSSL's RNG,
/// which the SAML code loads anyway: seeding aws-lc's costs ~40 ms of CPU per process.
pub fn random_id() -> String {
    let mut b = [0u8; 16];
    openssl::rand::rand_bytes(&mut b).expect("the system RNG works");
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("_{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_128_bit_and_distinct() {
        let (a, b) = (random_id(), random_id());
        assert_eq!(a.len(), 33);
        assert!(a.starts_with('_'));
        assert_ne!(a, b);
    }

    #[test]
    fn instants_round_trip() {
        let t = parse_instant("2026-11-26T12:34:56.789Z").unwrap();
        assert_eq!(crate::utc::format(t), "2026-11-26T12:34:56Z");
    }
}
