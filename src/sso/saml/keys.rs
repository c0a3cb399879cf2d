//! Keys and certificates: reading them, describing them (expiry, strength) and making a
//! self-signed pair for a new SP.

use std::path::Path;

use openssl::asn1::{Asn1Integer, Asn1Time};
use openssl::bn::BigNum;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{Id, PKey, Private};
use openssl::rsa::Rsa;
use openssl::x509::{X509, X509NameBuilder};
use serde::Serialize;
use time::OffsetDateTime;

use super::SamlError;

pub fn read_cert(path: &Path) -> Result<X509, SamlError> {
    let bytes =
        std::fs::read(path).map_err(|e| SamlError::Key(format!("{}: {e}", path.display())))?;
    X509::from_pem(&bytes)
        .or_else(|_| X509::from_der(&bytes))
        .map_err(|_| {
            SamlError::Key(format!(
                "{}: not a PEM or DER X.509 certificate",
                path.display()
            ))
        })
}

pub fn read_key(path: &Path) -> Result<PKey<Private>, SamlError> {
    let bytes =
        std::fs::read(path).map_err(|e| SamlError::Key(format!("{}: {e}", path.display())))?;
    PKey::private_key_from_pem(&bytes)
        .or_else(|_| PKey::private_key_from_der(&bytes))
        .map_err(|_| {
            SamlError::Key(format!(
                "{}: not an unencrypted PEM or DER private key",
                path.display()
            ))
        })
}

/// A certificate from its base64 body, as metadata and KeyInfo carry it.
pub fn cert_from_b64(body: &str) -> Result<X509, SamlError> {
    use base64::Engine;
    let clean: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(clean)
        .map_err(|e| SamlError::Input(format!("a certificate is not base64: {e}")))?;
    X509::from_der(&der).map_err(|_| SamlError::Input("a certificate does not parse".into()))
}

/// The base64 DER body that goes into `<ds:X509Certificate>`.
pub fn cert_b64(cert: &X509) -> Result<String, SamlError> {
    use base64::Engine;
    let der = cert.to_der().map_err(crypto_err)?;
    Ok(base64::engine::general_purpose::STANDARD.encode(der))
}

/// Does the key belong to the certificate?
pub fn matches(key: &PKey<Private>, cert: &X509) -> bool {
    cert.public_key().is_ok_and(|p| p.public_eq(key))
}

pub(crate) fn crypto_err(e: openssl::error::ErrorStack) -> SamlError {
    SamlError::Crypto(e.to_string())
}

/// What an admin needs to know about a certificate.
#[derive(Debug, Clone, Serialize)]
pub struct CertInfo {
    pub subject: String,
    pub issuer: String,
    pub not_before: String,
    pub not_after: String,
    /// Whole days until not_after (negative once expired).
    pub days_left: i64,
    /// `RSA 2048`, `EC P-256`, …
    pub key: String,
    pub signature_algorithm: String,
    pub sha256: String,
    #[serde(skip)]
    pub not_after_unix: i64,
    #[serde(skip)]
    pub not_before_unix: i64,
    #[serde(skip)]
    pub weak: Vec<String>,
}

fn unix(t: &openssl::asn1::Asn1TimeRef) -> Result<i64, SamlError> {
    let epoch = Asn1Time::from_unix(0).map_err(crypto_err)?;
    let d = epoch.diff(t).map_err(crypto_err)?;
    Ok(i64::from(d.days) * 86_400 + i64::from(d.secs))
}

fn name_text(name: &openssl::x509::X509NameRef) -> String {
    name.entries()
        .map(|e| {
            let key = e.object().nid().short_name().unwrap_or("?");
            let value = e.data().to_string().unwrap_or_default();
            format!("{key}={value}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn describe(cert: &X509, now: OffsetDateTime) -> Result<CertInfo, SamlError> {
    let not_after_unix = unix(cert.not_after())?;
    let not_before_unix = unix(cert.not_before())?;
    let pk = cert.public_key().map_err(crypto_err)?;
    let mut weak = Vec::new();
    let key = match pk.id() {
        Id::RSA => {
            if pk.bits() < 2048 {
                weak.push(format!("RSA key of {} bits (2048 at least)", pk.bits()));
            }
            format!("RSA {}", pk.bits())
        }
        Id::EC => format!("EC {}", pk.bits()),
        other => format!("{other:?}"),
    };
    let sig_nid = cert.signature_algorithm().object().nid();
    let signature_algorithm = sig_nid.long_name().unwrap_or("unknown").to_owned();
    if matches!(
        sig_nid,
        Nid::SHA1WITHRSAENCRYPTION | Nid::MD5WITHRSAENCRYPTION | Nid::ECDSA_WITH_SHA1
    ) {
        weak.push(format!("certificate signed with {signature_algorithm}"));
    }
    let digest = cert.digest(MessageDigest::sha256()).map_err(crypto_err)?;
    let sha256 = digest
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":");
    let fmt = |u: i64| {
        OffsetDateTime::from_unix_timestamp(u)
            .map(crate::utc::format)
            .unwrap_or_default()
    };
    Ok(CertInfo {
        subject: name_text(cert.subject_name()),
        issuer: name_text(cert.issuer_name()),
        not_before: fmt(not_before_unix),
        not_after: fmt(not_after_unix),
        days_left: (not_after_unix - now.unix_timestamp()).div_euclid(86_400),
        key,
        signature_algorithm,
        sha256,
        not_after_unix,
        not_before_unix,
        weak,
    })
}

/// A new RSA key and a self-signed certificate for it (SHA-256, serial 128 random bits).
/// Returns (key PEM, certificate PEM).
pub fn keygen(cn: &str, days: u32, bits: u32) -> Result<(Vec<u8>, Vec<u8>), SamlError> {
    let rsa = Rsa::generate(bits).map_err(crypto_err)?;
    let key = PKey::from_rsa(rsa).map_err(crypto_err)?;
    let mut name = X509NameBuilder::new().map_err(crypto_err)?;
    name.append_entry_by_nid(Nid::COMMONNAME, cn)
        .map_err(|_| SamlError::Input(format!("--cn {cn:?} is not a usable common name")))?;
    let name = name.build();
    let mut b = X509::builder().map_err(crypto_err)?;
    b.set_version(2).map_err(crypto_err)?;
    let mut serial = BigNum::new().map_err(crypto_err)?;
    serial
        .rand(127, openssl::bn::MsbOption::MAYBE_ZERO, false)
        .map_err(crypto_err)?;
    let serial = Asn1Integer::from_bn(&serial).map_err(crypto_err)?;
    b.set_serial_number(&serial).map_err(crypto_err)?;
    b.set_subject_name(&name).map_err(crypto_err)?;
    b.set_issuer_name(&name).map_err(crypto_err)?;
    b.set_pubkey(&key).map_err(crypto_err)?;
    let start = Asn1Time::days_from_now(0).map_err(crypto_err)?;
    let end = Asn1Time::days_from_now(days).map_err(crypto_err)?;
    b.set_not_before(&start).map_err(crypto_err)?;
    b.set_not_after(&end).map_err(crypto_err)?;
    b.sign(&key, MessageDigest::sha256()).map_err(crypto_err)?;
    let cert = b.build();
    Ok((
        key.private_key_to_pem_pkcs8().map_err(crypto_err)?,
        cert.to_pem().map_err(crypto_err)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keygen_makes_a_matching_pair_that_describe_reads() {
        let (k, c) = keygen("sp.example.com", 30, 2048).unwrap();
        let key = PKey::private_key_from_pem(&k).unwrap();
        let cert = X509::from_pem(&c).unwrap();
        assert!(matches(&key, &cert));
        let info = describe(&cert, OffsetDateTime::now_utc()).unwrap();
        assert_eq!(info.subject, "CN=sp.example.com");
        assert_eq!(info.key, "RSA 2048");
        assert!((29..=30).contains(&info.days_left), "{}", info.days_left);
        assert!(info.weak.is_empty());
        assert_eq!(info.sha256.len(), 32 * 3 - 1);
    }
}
