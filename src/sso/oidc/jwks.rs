//! JSON Web Keys: the health of a provider's key set, choosing the key for a token by `kid`
//! only, and signature verification with an explicit algorithm allow-list.

use aws_lc_rs::signature::{self, RsaPublicKeyComponents, UnparsedPublicKey};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;

use crate::sso::checks::Checklist;

/// The signing algorithms atomctl verifies. No `none`, and no HMAC: a provider's public key
/// used as an HMAC secret is the key-confusion attack.
/// How long a fetched key set is trusted without asking again: what `Cache-Control` says,
/// an hour when it says nothing, and never more than a day, so a key the provider withdrew
/// stops validating tokens within a day at worst.
pub fn lifetime(max_age: Option<u64>) -> u64 {
    const UNSAID: u64 = 3600;
    const MOST: u64 = 24 * 3600;
    max_age.unwrap_or(UNSAID).min(MOST)
}

pub const ALLOWED_ALGS: &[&str] = &[
    "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA", "Ed25519",
];

/// Members that only a private key has; none may appear in a published JWKS.
const PRIVATE: &[&str] = &["d", "p", "q", "dp", "dq", "qi", "k", "oth"];

#[derive(Debug, Clone, Deserialize)]
pub struct Jwk {
    pub kty: String,
    pub kid: Option<String>,
    pub alg: Option<String>,
    #[serde(rename = "use")]
    pub use_: Option<String>,
    pub n: Option<String>,
    pub e: Option<String>,
    pub crv: Option<String>,
    pub x: Option<String>,
    pub y: Option<String>,
    /// Everything else, to find private members.
    #[serde(flatten)]
    pub rest: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct JwkSet {
    pub keys: Vec<Jwk>,
}

fn b64(s: &Option<String>) -> Option<Vec<u8>> {
    s.as_deref()
        .and_then(|v| URL_SAFE_NO_PAD.decode(v.trim_end_matches('=')).ok())
}

impl Jwk {
    pub fn name(&self) -> String {
        self.kid
            .clone()
            .unwrap_or_else(|| format!("({} key without kid)", self.kty))
    }

    /// RSA modulus size in bits.
    pub fn rsa_bits(&self) -> Option<usize> {
        let n = b64(&self.n)?;
        let first = n.iter().position(|&b| b != 0)?;
        Some((n.len() - first) * 8 - n[first].leading_zeros() as usize)
    }

    fn private_members(&self) -> Vec<&str> {
        PRIVATE
            .iter()
            .copied()
            .filter(|m| self.rest.contains_key(*m))
            .collect()
    }

    /// Can this key verify `alg`?
    pub fn fits(&self, alg: &str) -> bool {
        match alg {
            "RS256" | "RS384" | "RS512" | "PS256" | "PS384" | "PS512" => self.kty == "RSA",
            "ES256" => self.kty == "EC" && self.crv.as_deref() == Some("P-256"),
            "ES384" => self.kty == "EC" && self.crv.as_deref() == Some("P-384"),
            "EdDSA" | "Ed25519" => self.kty == "OKP" && self.crv.as_deref() == Some("Ed25519"),
            _ => false,
        }
    }
}

/// What a published key set must look like.
pub fn health(set: &JwkSet) -> Checklist {
    let mut c = Checklist::default();
    if set.keys.is_empty() {
        c.fail(
            "jwks.keys",
            "the key set is empty: no token can be verified",
        );
        return c;
    }
    c.pass("jwks.keys", format!("{} key(s)", set.keys.len()));
    let mut kids: Vec<&str> = set.keys.iter().filter_map(|k| k.kid.as_deref()).collect();
    kids.sort_unstable();
    let dups: Vec<&str> = kids
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    if !dups.is_empty() {
        c.fail(
            "jwks.unique_kids",
            format!(
                "duplicate kid(s): {}: a token cannot name its key",
                dups.join(", ")
            ),
        );
    } else if set.keys.len() > 1 && kids.len() < set.keys.len() {
        c.warn(
            "jwks.unique_kids",
            "some keys have no kid; tokens cannot name them",
        );
    } else {
        c.pass("jwks.unique_kids", "every kid is unique");
    }
    for k in &set.keys {
        let name = k.name();
        let private = k.private_members();
        if !private.is_empty() {
            c.fail(
                "jwks.private_members",
                format!(
                    "{name} publishes private key members ({}): the key is leaked",
                    private.join(", ")
                ),
            );
        }
        match k.kty.as_str() {
            "RSA" => match k.rsa_bits() {
                Some(b) if b >= 2048 => {
                    c.pass("jwks.key_strength", format!("{name}: RSA {b} bits"))
                }
                Some(b) => c.fail(
                    "jwks.key_strength",
                    format!("{name}: RSA {b} bits, below 2048"),
                ),
                None => c.fail(
                    "jwks.key_strength",
                    format!("{name}: RSA key without a readable modulus"),
                ),
            },
            "EC" => match k.crv.as_deref() {
                Some(crv @ ("P-256" | "P-384" | "P-521")) => {
                    c.pass("jwks.key_strength", format!("{name}: EC {crv}"))
                }
                other => c.fail(
                    "jwks.key_strength",
                    format!(
                        "{name}: EC curve {} is not P-256 or stronger",
                        other.unwrap_or("(none)")
                    ),
                ),
            },
            "OKP" => c.pass(
                "jwks.key_strength",
                format!("{name}: {}", k.crv.as_deref().unwrap_or("OKP")),
            ),
            "oct" => c.fail(
                "jwks.key_strength",
                format!("{name}: a symmetric key in a public key set"),
            ),
            other => c.warn(
                "jwks.key_strength",
                format!("{name}: unknown key type {other}"),
            ),
        }
        match (&k.use_, &k.alg) {
            (Some(u), _) if u != "sig" && u != "enc" => c.fail(
                "jwks.use_alg",
                format!("{name}: use `{u}` is neither sig nor enc"),
            ),
            (_, Some(a)) if a == "none" || a.starts_with("HS") => c.fail(
                "jwks.use_alg",
                format!("{name}: alg {a} in a public key set"),
            ),
            (Some(u), Some(a)) if u == "sig" && !k.fits(a) => c.fail(
                "jwks.use_alg",
                format!("{name}: alg {a} does not fit a {} key", k.kty),
            ),
            _ => c.pass(
                "jwks.use_alg",
                format!(
                    "{name}: use {} alg {}",
                    k.use_.as_deref().unwrap_or("-"),
                    k.alg.as_deref().unwrap_or("-")
                ),
            ),
        }
    }
    c
}

/// The key for a token: by `kid` only (never `jku`, `x5u` or an embedded `jwk`). Without a
/// kid, the only signing key that fits the algorithm.
pub fn select<'a>(set: &'a JwkSet, kid: Option<&str>, alg: &str) -> Option<&'a Jwk> {
    let usable = |k: &&Jwk| k.use_.as_deref().is_none_or(|u| u == "sig") && k.fits(alg);
    match kid {
        Some(kid) => set.keys.iter().find(|k| k.kid.as_deref() == Some(kid)),
        None => {
            let mut fits = set.keys.iter().filter(usable);
            let first = fits.next();
            if fits.next().is_some() { None } else { first }
        }
    }
}

/// Verify a JWS signature. The algorithm must be on the allow-list and fit the key.
pub fn verify(key: &Jwk, alg: &str, input: &[u8], sig: &[u8]) -> Result<(), String> {
    if !ALLOWED_ALGS.contains(&alg) {
        return Err(format!("algorithm {alg} is not allowed"));
    }
    if !key.fits(alg) {
        return Err(format!("a {} key cannot verify {alg}", key.kty));
    }
    let bad = |_| "the signature does not verify".to_owned();
    match alg {
        "RS256" | "RS384" | "RS512" | "PS256" | "PS384" | "PS512" => {
            let (n, e) = (
                b64(&key.n).ok_or("bad RSA modulus")?,
                b64(&key.e).ok_or("bad RSA exponent")?,
            );
            if key.rsa_bits().unwrap_or(0) < 2048 {
                return Err("the RSA key is shorter than 2048 bits".into());
            }
            let params: &signature::RsaParameters = match alg {
                "RS256" => &signature::RSA_PKCS1_2048_8192_SHA256,
                "RS384" => &signature::RSA_PKCS1_2048_8192_SHA384,
                "RS512" => &signature::RSA_PKCS1_2048_8192_SHA512,
                "PS256" => &signature::RSA_PSS_2048_8192_SHA256,
                "PS384" => &signature::RSA_PSS_2048_8192_SHA384,
                _ => &signature::RSA_PSS_2048_8192_SHA512,
            };
            RsaPublicKeyComponents { n: &n, e: &e }
                .verify(params, input, sig)
                .map_err(bad)
        }
        "ES256" | "ES384" => {
            // All-zero r and s verify under some broken implementations ("psychic signatures").
            if sig.iter().all(|&b| b == 0) {
                return Err("an all-zero ECDSA signature".into());
            }
            let (x, y) = (
                b64(&key.x).ok_or("bad EC x")?,
                b64(&key.y).ok_or("bad EC y")?,
            );
            let mut point = vec![4u8];
            point.extend_from_slice(&x);
            point.extend_from_slice(&y);
            let params = if alg == "ES256" {
                &signature::ECDSA_P256_SHA256_FIXED
            } else {
                &signature::ECDSA_P384_SHA384_FIXED
            };
            UnparsedPublicKey::new(params, point)
                .verify(input, sig)
                .map_err(bad)
        }
        _ => {
            let x = b64(&key.x).ok_or("bad Ed25519 key")?;
            UnparsedPublicKey::new(&signature::ED25519, x)
                .verify(input, sig)
                .map_err(bad)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(json: &str) -> JwkSet {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn health_catches_leaks_weak_keys_and_duplicates() {
        // A 1024-bit modulus (128 bytes, top bit set).
        let n1024 = URL_SAFE_NO_PAD.encode([0x80u8; 128]);
        let s = set(&format!(
            r#"{{"keys":[
            {{"kty":"RSA","kid":"a","n":"{n1024}","e":"AQAB","use":"sig","alg":"RS256"}},
            {{"kty":"EC","kid":"a","crv":"P-256","x":"AA","y":"AA","d":"secret","use":"sig","alg":"RS256"}}]}}"#
        ));
        let c = health(&s);
        assert!(c.failed("jwks.unique_kids"));
        assert!(c.failed("jwks.private_members"));
        assert!(c.failed("jwks.key_strength"));
        assert!(c.failed("jwks.use_alg"), "RS256 on an EC key");
    }

    #[test]
    fn keys_are_chosen_by_kid_only() {
        let s = set(
            r#"{"keys":[{"kty":"RSA","kid":"r","n":"AQAB","e":"AQAB"},{"kty":"EC","kid":"e","crv":"P-256","x":"AA","y":"AA"}]}"#,
        );
        assert_eq!(
            select(&s, Some("e"), "ES256").unwrap().kid.as_deref(),
            Some("e")
        );
        assert!(select(&s, Some("zz"), "RS256").is_none());
        assert_eq!(select(&s, None, "RS256").unwrap().kid.as_deref(), Some("r"));
    }

    #[test]
    fn hmac_and_none_are_never_verified() {
        let s = set(r#"{"keys":[{"kty":"RSA","kid":"r","n":"AQAB","e":"AQAB"}]}"#);
        assert!(verify(&s.keys[0], "HS256", b"x", b"y").is_err());
        assert!(verify(&s.keys[0], "none", b"x", b"").is_err());
    }
}
