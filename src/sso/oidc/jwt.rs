//! Token validation: every item of the checklist reported on its own — algorithm, key choice,
//! signature, issuer, audience and azp, time claims with leeway, nonce, at_hash, token type.

use aws_lc_rs::digest;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

use super::jwks::{self, ALLOWED_ALGS, JwkSet};
use crate::sso::checks::Checklist;

/// A JWS split into its parts, nothing verified yet.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub header: Value,
    pub claims: Value,
    signing_input: String,
    signature: Vec<u8>,
}

impl Decoded {
    pub fn alg(&self) -> &str {
        self.header.get("alg").and_then(Value::as_str).unwrap_or("")
    }

    pub fn kid(&self) -> Option<&str> {
        self.header.get("kid").and_then(Value::as_str)
    }

    /// An RFC 9068 access token (`typ: at+jwt`) rather than an ID token.
    pub fn is_access_token(&self) -> bool {
        let typ = self.header.get("typ").and_then(Value::as_str).unwrap_or("");
        typ.eq_ignore_ascii_case("at+jwt") || typ.eq_ignore_ascii_case("application/at+jwt")
    }
}

pub fn decode(token: &str) -> Result<Decoded, String> {
    let token = token.trim();
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return Err(format!(
            "a JWS has three dot-separated parts; this has {}",
            parts.len()
        ));
    }
    let part = |i: usize, what: &str| {
        URL_SAFE_NO_PAD
            .decode(parts[i])
            .map_err(|e| format!("the {what} is not base64url: {e}"))
    };
    let json = |bytes: Vec<u8>, what: &str| {
        serde_json::from_slice::<Value>(&bytes)
            .ok()
            .filter(Value::is_object)
            .ok_or_else(|| format!("the {what} is not a JSON object"))
    };
    Ok(Decoded {
        header: json(part(0, "header")?, "header")?,
        claims: json(part(1, "payload")?, "payload")?,
        signing_input: format!("{}.{}", parts[0], parts[1]),
        signature: part(2, "signature")?,
    })
}

/// What the token is checked against.
#[derive(Debug, Clone, Default)]
pub struct Expect {
    pub issuer: Option<String>,
    /// The audience the token must carry (the client id for ID tokens).
    pub audience: Option<String>,
    /// The client, for `azp` when there are several audiences.
    pub client_id: Option<String>,
    pub nonce: Option<String>,
    /// The access token issued with an ID token, for `at_hash`.
    pub access_token: Option<String>,
    pub leeway: u64,
    /// Seconds since the epoch.
    pub now: u64,
}

/// Validate a decoded token against a key set. Everything is checked and reported even after
/// a failure, so the report names every problem at once.
pub fn validate(t: &Decoded, keys: &JwkSet, e: &Expect) -> Checklist {
    let mut c = Checklist::default();
    let alg = t.alg();
    if alg.eq_ignore_ascii_case("none") {
        c.fail("alg", "alg none: an unsigned token");
    } else if alg.starts_with("HS") {
        c.fail("alg", format!("{alg}: HMAC is not accepted for provider tokens (a public key used as the secret is the key-confusion attack)"));
    } else if !ALLOWED_ALGS.contains(&alg) {
        c.fail(
            "alg",
            format!(
                "{alg} is not on the allow-list ({})",
                ALLOWED_ALGS.join(", ")
            ),
        );
    } else {
        c.pass("alg", alg);
    }
    let ignored: Vec<&str> = ["jku", "x5u", "jwk", "x5c"]
        .into_iter()
        .filter(|h| t.header.get(*h).is_some())
        .collect();
    if !ignored.is_empty() {
        c.warn(
            "header",
            format!(
                "{} ignored: keys come from the provider's JWKS only",
                ignored.join(", ")
            ),
        );
    }
    match jwks::select(keys, t.kid(), alg) {
        None => c.fail(
            "kid",
            match t.kid() {
                Some(k) => format!("no key with kid {k} in the provider's JWKS"),
                None => "no kid, and no single key fits the algorithm".into(),
            },
        ),
        Some(key) => {
            c.pass("kid", key.name());
            if !c.failed("alg") {
                match jwks::verify(key, alg, t.signing_input.as_bytes(), &t.signature) {
                    Ok(()) => c.pass("signature", format!("{alg} with {}", key.name())),
                    Err(why) => c.fail("signature", why),
                }
            }
        }
    }
    // Without an acceptable algorithm or a key there is no signature item: the failing item
    // above is the reason, and the verdict is already fail.
    let claim = |k: &str| t.claims.get(k);
    let text = |k: &str| claim(k).and_then(Value::as_str);
    match (&e.issuer, text("iss")) {
        (Some(want), Some(got)) if want == got => c.pass("iss", got),
        (Some(want), Some(got)) => c.fail("iss", format!("`{got}`, expected exactly `{want}`")),
        (_, None) => c.fail("iss", "missing"),
        (None, Some(got)) => c.warn("iss", format!("`{got}` (no issuer to compare with)")),
    }
    let auds: Vec<&str> = match claim("aud") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    match &e.audience {
        Some(want) if auds.contains(&want.as_str()) => c.pass("aud", auds.join(" ")),
        Some(want) => c.fail(
            "aud",
            format!("[{}] does not contain `{want}`", auds.join(", ")),
        ),
        None if auds.is_empty() => c.fail("aud", "missing"),
        None => c.warn(
            "aud",
            format!("{} (no audience to compare with)", auds.join(" ")),
        ),
    }
    if auds.len() > 1 || text("azp").is_some() {
        match (text("azp"), &e.client_id) {
            (Some(azp), Some(cid)) if azp == cid => c.pass("azp", azp),
            (Some(azp), Some(cid)) => c.fail("azp", format!("`{azp}` is not the client `{cid}`")),
            (None, _) => c.fail("azp", "several audiences but no azp"),
            (Some(azp), None) => c.warn("azp", format!("`{azp}` (no client to compare with)")),
        }
    }
    let num = |k: &str| claim(k).and_then(Value::as_u64);
    let (now, leeway) = (e.now, e.leeway);
    match num("exp") {
        Some(exp) if now > exp + leeway => c.fail(
            "exp",
            format!("expired {} s ago (leeway {leeway} s)", now - exp),
        ),
        Some(exp) => c.pass(
            "exp",
            format!("valid for {} s more", exp.saturating_sub(now)),
        ),
        None => c.fail("exp", "missing: a token that never expires"),
    }
    match num("nbf") {
        Some(nbf) if nbf > now + leeway => {
            c.fail("nbf", format!("not valid for another {} s", nbf - now))
        }
        Some(_) => c.pass("nbf", "already valid"),
        None => {}
    }
    match num("iat") {
        Some(iat) if iat > now + leeway => {
            c.fail("iat", format!("issued {} s in the future", iat - now))
        }
        Some(iat) => c.pass("iat", format!("issued {} s ago", now.saturating_sub(iat))),
        None if t.is_access_token() => {
            c.fail("iat", "missing (required in RFC 9068 access tokens)")
        }
        None => c.fail("iat", "missing"),
    }
    match (&e.nonce, text("nonce")) {
        (Some(want), Some(got)) if want == got => c.pass("nonce", "matches"),
        (Some(_), Some(_)) => c.fail("nonce", "does not match the nonce sent"),
        (Some(_), None) => c.fail("nonce", "missing, but a nonce was sent"),
        (None, _) => {}
    }
    match (&e.access_token, text("at_hash")) {
        (Some(at), Some(h)) => match half_hash(alg, at) {
            Some(want) if want == h => c.pass("at_hash", "matches the access token"),
            Some(_) => c.fail("at_hash", "does not match the access token"),
            None => c.fail("at_hash", format!("no hash is defined for {alg}")),
        },
        (Some(_), None) => c.warn(
            "at_hash",
            "the token has no at_hash to bind the access token",
        ),
        (None, Some(_)) => c.warn("at_hash", "present but not checked (give --access-token)"),
        (None, None) => {}
    }
    if t.is_access_token() {
        let missing: Vec<&str> = ["sub", "client_id", "jti"]
            .into_iter()
            .filter(|k| claim(k).is_none())
            .collect();
        if missing.is_empty() {
            c.pass("typ", "at+jwt (RFC 9068 access token)");
        } else {
            c.fail("typ", format!("at+jwt without {}", missing.join(", ")));
        }
    } else {
        c.pass(
            "typ",
            t.header
                .get("typ")
                .and_then(Value::as_str)
                .unwrap_or("JWT (ID token)"),
        );
    }
    c
}

/// The left half of the hash of `value` that matches the token's algorithm, base64url.
fn half_hash(alg: &str, value: &str) -> Option<String> {
    let algo = match &alg[alg.len().saturating_sub(3)..] {
        "256" => &digest::SHA256,
        "384" => &digest::SHA384,
        "512" => &digest::SHA512,
        _ if alg == "EdDSA" || alg == "Ed25519" => &digest::SHA512,
        _ => return None,
    };
    let d = digest::digest(algo, value.as_bytes());
    let bytes = d.as_ref();
    Some(URL_SAFE_NO_PAD.encode(&bytes[..bytes.len() / 2]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(header: &str, claims: &str) -> String {
        format!(
            "{}.{}.",
            URL_SAFE_NO_PAD.encode(header),
            URL_SAFE_NO_PAD.encode(claims)
        )
    }

    #[test]
    fn unsigned_tokens_fail_by_name() {
        let t = decode(&token(
            r#"{"alg":"none"}"#,
            r#"{"iss":"i","aud":"a","exp":10,"iat":1}"#,
        ))
        .unwrap();
        let keys: JwkSet = serde_json::from_str(r#"{"keys":[]}"#).unwrap();
        let c = validate(
            &t,
            &keys,
            &Expect {
                issuer: Some("i".into()),
                audience: Some("a".into()),
                now: 5,
                ..Default::default()
            },
        );
        assert!(c.failed("alg"));
        assert!(
            c.checks
                .iter()
                .all(|x| x.name != "signature" || x.status != crate::sso::checks::Status::Pass)
        );
        assert!(!c.failed("iss") && !c.failed("aud") && !c.failed("exp"));
    }

    #[test]
    fn time_claims_respect_the_leeway() {
        let t = decode(&token(
            r#"{"alg":"RS256"}"#,
            r#"{"exp":100,"nbf":200,"iat":50}"#,
        ))
        .unwrap();
        let keys: JwkSet = serde_json::from_str(r#"{"keys":[]}"#).unwrap();
        let c = validate(
            &t,
            &keys,
            &Expect {
                now: 105,
                leeway: 10,
                ..Default::default()
            },
        );
        assert!(!c.failed("exp"), "5 s late is within 10 s of leeway");
        assert!(c.failed("nbf"));
        let c = validate(
            &t,
            &keys,
            &Expect {
                now: 120,
                leeway: 10,
                ..Default::default()
            },
        );
        assert!(c.failed("exp"));
    }

    #[test]
    fn at_hash_is_the_left_half_of_sha256() {
        // The example of OpenID Connect Core (RS256).
        assert_eq!(
            half_hash("RS256", "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y").unwrap(),
            "77QmUPtjPfzWtF2AnpK9RQ"
        );
    }

    #[test]
    fn garbage_is_a_clear_error() {
        assert!(decode("abc").unwrap_err().contains("three"));
        assert!(decode("a.b.c").is_err());
    }
}
