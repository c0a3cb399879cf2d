//! Signed JWT assertions (RFC 7523): the JWT bearer grant (Salesforce) and certificate
//! client authentication (Microsoft), RS256 or PS256 over aws-lc-rs with a PEM key.

use std::path::Path;

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{RSA_PKCS1_SHA256, RSA_PSS_SHA256, RsaEncoding, RsaKeyPair};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rustls::pki_types::PrivateKeyDer;
use rustls::pki_types::pem::PemObject;

use super::OAuthError;

/// The signature algorithms an assertion can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alg {
    Rs256,
    Ps256,
}

/// An RSA signing key read from a PEM file (PKCS #8 or PKCS #1).
pub struct SigningKey(RsaKeyPair);

impl SigningKey {
    pub fn from_pem_file(path: &Path) -> Result<SigningKey, OAuthError> {
        let bad = |why: String| {
            OAuthError::Local(format!(
                "cannot use {} as the JWT signing key: {why}",
                path.display()
            ))
        };
        let der = PrivateKeyDer::from_pem_file(path).map_err(|e| bad(e.to_string()))?;
        match der {
            PrivateKeyDer::Pkcs8(k) => RsaKeyPair::from_pkcs8(k.secret_pkcs8_der()),
            PrivateKeyDer::Pkcs1(k) => RsaKeyPair::from_der(k.secret_pkcs1_der()),
            _ => return Err(bad("not an RSA key (RS256 needs RSA)".into())),
        }
        .map(SigningKey)
        .map_err(|e| bad(e.to_string()))
    }

    /// `header.claims.signature`, RS256; `header` adds fields (a `kid`, an `x5t`) to
    /// `{"alg":"RS256","typ":"JWT"}`.
    pub fn sign(
        &self,
        header: serde_json::Map<String, serde_json::Value>,
        claims: &serde_json::Value,
    ) -> Result<String, OAuthError> {
        self.sign_with(Alg::Rs256, header, claims)
    }

    /// The same with the algorithm named: Microsoft's certificate credentials now ask for
    /// PS256 (RSA-PSS with SHA-256).
    pub fn sign_with(
        &self,
        alg: Alg,
        header: serde_json::Map<String, serde_json::Value>,
        claims: &serde_json::Value,
    ) -> Result<String, OAuthError> {
        let (name, padding): (&str, &'static dyn RsaEncoding) = match alg {
            Alg::Rs256 => ("RS256", &RSA_PKCS1_SHA256),
            Alg::Ps256 => ("PS256", &RSA_PSS_SHA256),
        };
        let mut h = serde_json::Map::new();
        h.insert("alg".into(), name.into());
        h.insert("typ".into(), "JWT".into());
        h.extend(header);
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(serde_json::Value::Object(h).to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut sig = vec![0u8; self.0.public_modulus_len()];
        self.0
            .sign(
                padding,
                &SystemRandom::new(),
                signing_input.as_bytes(),
                &mut sig,
            )
            .map_err(|_| OAuthError::Local("signing the JWT assertion failed".into()))?;
        Ok(format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig)))
    }
}
