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

/// What kind of token the caller says this is. The two are validated by different rules,
/// and the `typ` header keeps them apart (RFC 9068 §4), so one is never accepted as the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TokenType {
    /// An OpenID Connect ID token (Core 3.1.3.7).
    #[default]
    Id,
    /// A JWT access token (RFC 9068): `typ` `at+jwt` and its required claims.
    Access,
    /// Whatever the `typ` header says: for summaries of tokens atomctl just obtained.
    FromHeader,
}

/// What the token is checked against.
#[derive(Debug, Clone, Default)]
pub struct Expect {
    pub issuer: Option<String>,
    /// The audience the token must carry (the client id for ID tokens).
    pub audience: Option<String>,
    /// Without an audience to compare with, fail (`validate`) rather than warn (summaries).
    pub require_audience: bool,
    /// The client, for `azp`; the audience stands for it when there is none.
    pub client_id: Option<String>,
    pub nonce: Option<String>,
    /// The access token issued with an ID token, for `at_hash`.
    pub access_token: Option<String>,
    pub token_type: TokenType,
    pub leeway: u64,
    /// Seconds since the epoch.
    pub now: u64,
}

/// Validate a decoded token against a key set. Everything is checked and reported even after
/// a failure, so the report names every problem at once.
pub fn validate(t: &Decoded, keys: &JwkSet, e: &Expect) -> Checklist {
    let mut c = Checklist::default();
    let access = match e.token_type {
        TokenType::Id => false,
        TokenType::Access => true,
        TokenType::FromHeader => t.is_access_token(),
    };
    check_alg(&mut c, t.alg());
    check_header(&mut c, t);
    check_signature(&mut c, t, keys);
    let claim = |k: &str| t.claims.get(k);
    let text = |k: &str| claim(k).and_then(Value::as_str);
    match (&e.issuer, text("iss")) {
        (Some(want), Some(got)) if want == got => c.pass("iss", got),
        (Some(want), Some(got)) => c.fail("iss", format!("`{got}`, expected exactly `{want}`")),
        (_, None) => c.fail("iss", "missing"),
        (None, Some(got)) => c.warn("iss", format!("`{got}` (no issuer to compare with)")),
    }
    match text("sub") {
        Some(sub) if !sub.is_empty() => c.pass("sub", sub),
        _ => c.fail(
            "sub",
            "missing: every ID token and JWT access token names its subject",
        ),
    }
    check_audience(&mut c, t, e, access);
    check_times(&mut c, t, e);
    if !access {
        check_nonce(&mut c, t, e);
        check_at_hash(&mut c, t, e);
    }
    check_type(&mut c, t, access);
    c
}

fn check_alg(c: &mut Checklist, alg: &str) {
    if alg.eq_ignore_ascii_case("none") {
        c.fail("alg", "alg none: an unsigned token");
    } else if alg.starts_with("HS") {
        c.fail("alg", format!("{alg}: HMAC is not accepted for provider tokens (a public key used as the secret is the key-confusion attack)"));
    } else if !ALLOWED_ALGS.contains(&alg) {
        c.fail(
            "alg",
            format!(
                "{alg:?} is not on the allow-list ({})",
                ALLOWED_ALGS.join(", ")
            ),
        );
    } else {
        c.pass("alg", alg);
    }
}

/// Header parameters: `crit` names extensions the recipient must understand or reject the
/// token (RFC 7515 §4.1.11); atomctl understands none. Key-carrying headers are ignored.
fn check_header(c: &mut Checklist, t: &Decoded) {
    if let Some(crit) = t.header.get("crit") {
        c.fail(
            "crit",
            format!("critical extensions {crit} are not understood, so the token is rejected"),
        );
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
}

/// Without an acceptable algorithm or a key there is no signature item: the failing item
/// is the reason, and the verdict is already fail.
fn check_signature(c: &mut Checklist, t: &Decoded, keys: &JwkSet) {
    let alg = t.alg();
    match jwks::select(keys, t.kid(), alg) {
        None => c.fail(
            "kid",
            match t.kid() {
                Some(k) => format!("no key with kid {k:?} in the provider's JWKS"),
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
}

/// `aud` must hold the expected audience. For an ID token, `azp`, when present (and it must be
/// with several audiences), names the client; with no client id given the expected audience
/// is the client (OIDC Core 3.1.3.7, items 3–5).
fn check_audience(c: &mut Checklist, t: &Decoded, e: &Expect, access: bool) {
    let auds: Vec<&str> = match t.claims.get("aud") {
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
        None if e.require_audience => c.fail(
            "aud",
            format!(
                "{}: no audience to compare with (give --audience or --client-id, or skip the check explicitly)",
                auds.join(" ")
            ),
        ),
        None => c.warn(
            "aud",
            format!("{} (no audience to compare with)", auds.join(" ")),
        ),
    }
    if access {
        return;
    }
    let azp = t.claims.get("azp").and_then(Value::as_str);
    if auds.len() > 1 || azp.is_some() {
        let client = e.client_id.as_ref().or(e.audience.as_ref());
        match (azp, client) {
            (Some(azp), Some(cid)) if azp == cid => c.pass("azp", azp),
            (Some(azp), Some(cid)) => c.fail("azp", format!("`{azp}` is not the client `{cid}`")),
            (None, _) => c.fail("azp", "several audiences but no azp"),
            (Some(azp), None) => c.warn("azp", format!("`{azp}` (no client to compare with)")),
        }
    }
}

/// `exp`, `nbf` and `iat` are NumericDates: a present value that is not a non-negative
/// integer is a failure, never skipped. Additions saturate, so no value wraps round.
fn check_times(c: &mut Checklist, t: &Decoded, e: &Expect) {
    let (now, leeway) = (e.now, e.leeway);
    let num = |c: &mut Checklist, k: &str| match t.claims.get(k) {
        None => Ok(None),
        Some(v) => match v.as_u64() {
            Some(n) => Ok(Some(n)),
            None => {
                c.fail(
                    k,
                    format!("{v} is not a NumericDate (whole seconds since 1970)"),
                );
                Err(())
            }
        },
    };
    match num(c, "exp") {
        Ok(Some(exp)) if now > exp.saturating_add(leeway) => c.fail(
            "exp",
            format!("expired {} s ago (leeway {leeway} s)", now - exp),
        ),
        Ok(Some(exp)) => c.pass(
            "exp",
            format!("valid for {} s more", exp.saturating_sub(now)),
        ),
        Ok(None) => c.fail("exp", "missing: a token that never expires"),
        Err(()) => {}
    }
    match num(c, "nbf") {
        Ok(Some(nbf)) if nbf > now.saturating_add(leeway) => {
            c.fail("nbf", format!("not valid for another {} s", nbf - now))
        }
        Ok(Some(_)) => c.pass("nbf", "already valid"),
        Ok(None) | Err(()) => {}
    }
    match num(c, "iat") {
        Ok(Some(iat)) if iat > now.saturating_add(leeway) => {
            c.fail("iat", format!("issued {} s in the future", iat - now))
        }
        Ok(Some(iat)) => c.pass("iat", format!("issued {} s ago", now.saturating_sub(iat))),
        Ok(None) => c.fail("iat", "missing"),
        Err(()) => {}
    }
}

fn check_nonce(c: &mut Checklist, t: &Decoded, e: &Expect) {
    match (&e.nonce, t.claims.get("nonce").and_then(Value::as_str)) {
        (Some(want), Some(got)) if want == got => c.pass("nonce", "matches"),
        (Some(_), Some(_)) => c.fail("nonce", "does not match the nonce sent"),
        (Some(_), None) => c.fail("nonce", "missing, but a nonce was sent"),
        (None, _) => {}
    }
}

fn check_at_hash(c: &mut Checklist, t: &Decoded, e: &Expect) {
    match (
        &e.access_token,
        t.claims.get("at_hash").and_then(Value::as_str),
    ) {
        (Some(at), Some(h)) => match half_hash(t.alg(), at) {
            Some(want) if want == h => c.pass("at_hash", "matches the access token"),
            Some(_) => c.fail("at_hash", "does not match the access token"),
            None => c.fail("at_hash", format!("no hash is defined for {:?}", t.alg())),
        },
        (Some(_), None) => c.warn(
            "at_hash",
            "the token has no at_hash to bind the access token",
        ),
        (None, Some(_)) => c.warn(
            "at_hash",
            "present but not checked (give --access-token-env or --access-token-file)",
        ),
        (None, None) => {}
    }
}

/// An access token must say so in `typ` and carry RFC 9068's claims; an ID token must not
/// say it is an access token.
fn check_type(c: &mut Checklist, t: &Decoded, access: bool) {
    let typ = t.header.get("typ").and_then(Value::as_str);
    match (access, t.is_access_token()) {
        (true, true) => {
            let missing: Vec<&str> = ["iss", "exp", "aud", "sub", "client_id", "iat", "jti"]
                .into_iter()
                .filter(|k| t.claims.get(*k).is_none())
                .collect();
            if missing.is_empty() {
                c.pass("typ", "at+jwt (RFC 9068 access token)");
            } else {
                c.fail("typ", format!("at+jwt without {}", missing.join(", ")));
            }
        }
        (true, false) => c.fail(
            "typ",
            format!(
                "{}: not an RFC 9068 access token, whose typ is at+jwt (an ID token used as an access token?)",
                typ.unwrap_or("no typ")
            ),
        ),
        (false, true) => c.fail(
            "typ",
            "at+jwt: an access token, not an ID token (validate it with --token-type access)",
        ),
        (false, false) => c.pass("typ", typ.unwrap_or("JWT (ID token)")),
    }
}

/// The left half of the hash of `value` that matches the token's algorithm, base64url.
fn half_hash(alg: &str, value: &str) -> Option<String> {
    // Only algorithms on the allow-list have a hash here; anything else (including text
    // that is not ASCII) has none.
    let algo = match alg {
        "RS256" | "PS256" | "ES256" => &digest::SHA256,
        "RS384" | "PS384" | "ES384" => &digest::SHA384,
        "RS512" | "PS512" | "EdDSA" | "Ed25519" => &digest::SHA512,
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

    fn check(header: &str, claims: &str, e: Expect) -> Checklist {
        let keys: JwkSet = serde_json::from_str(r#"{"keys":[]}"#).unwrap();
        validate(&decode(&token(header, claims)).unwrap(), &keys, &e)
    }

    fn expect() -> Expect {
        Expect {
            issuer: Some("i".into()),
            audience: Some("a".into()),
            require_audience: true,
            now: 1000,
            leeway: 60,
            ..Default::default()
        }
    }

    const GOOD: &str = r#"{"iss":"i","sub":"s","aud":"a","exp":2000,"iat":900}"#;

    #[test]
    fn an_unknown_critical_header_rejects_the_token() {
        assert!(check(r#"{"alg":"RS256","crit":["exp"],"exp":1}"#, GOOD, expect()).failed("crit"));
        assert!(!check(r#"{"alg":"RS256"}"#, GOOD, expect()).failed("crit"));
    }

    #[test]
    fn time_claims_that_are_not_whole_seconds_fail_and_none_wraps() {
        for bad in [r#""2000""#, "2000.5", "-5", "null", "{}"] {
            let claims = format!(r#"{{"iss":"i","sub":"s","aud":"a","exp":{bad},"iat":900}}"#);
            assert!(
                check(r#"{"alg":"RS256"}"#, &claims, expect()).failed("exp"),
                "{bad}"
            );
            let claims =
                format!(r#"{{"iss":"i","sub":"s","aud":"a","exp":2000,"iat":900,"nbf":{bad}}}"#);
            assert!(
                check(r#"{"alg":"RS256"}"#, &claims, expect()).failed("nbf"),
                "{bad}"
            );
        }
        let max = u64::MAX;
        let claims =
            format!(r#"{{"iss":"i","sub":"s","aud":"a","exp":{max},"nbf":{max},"iat":{max}}}"#);
        let mut e = expect();
        e.now = u64::MAX - 1;
        e.leeway = u64::MAX;
        let c = check(r#"{"alg":"RS256"}"#, &claims, e);
        assert!(!c.failed("exp") && !c.failed("nbf") && !c.failed("iat"));
    }

    #[test]
    fn an_id_token_without_a_subject_is_invalid() {
        let c = check(
            r#"{"alg":"RS256"}"#,
            r#"{"iss":"i","aud":"a","exp":2000,"iat":900}"#,
            expect(),
        );
        assert!(c.failed("sub"));
        assert!(!check(r#"{"alg":"RS256"}"#, GOOD, expect()).failed("sub"));
    }

    #[test]
    fn the_audience_stands_for_the_client_in_the_azp_rule() {
        let claims = r#"{"iss":"i","sub":"s","aud":["a","b"],"azp":"b","exp":2000,"iat":900}"#;
        assert!(check(r#"{"alg":"RS256"}"#, claims, expect()).failed("azp"));
        let claims = r#"{"iss":"i","sub":"s","aud":["a","b"],"azp":"a","exp":2000,"iat":900}"#;
        assert!(!check(r#"{"alg":"RS256"}"#, claims, expect()).failed("azp"));
    }

    #[test]
    fn no_audience_to_compare_with_fails_unless_the_check_is_skipped() {
        let mut e = expect();
        e.audience = None;
        assert!(check(r#"{"alg":"RS256"}"#, GOOD, e.clone()).failed("aud"));
        e.require_audience = false;
        assert!(!check(r#"{"alg":"RS256"}"#, GOOD, e).failed("aud"));
    }

    #[test]
    fn an_id_token_is_not_accepted_as_an_access_token_nor_the_reverse() {
        let access = Expect {
            token_type: TokenType::Access,
            ..expect()
        };
        assert!(check(r#"{"alg":"RS256","typ":"JWT"}"#, GOOD, access.clone()).failed("typ"));
        let at =
            r#"{"iss":"i","sub":"s","aud":"a","exp":2000,"iat":900,"client_id":"c","jti":"j"}"#;
        assert!(!check(r#"{"alg":"RS256","typ":"at+jwt"}"#, at, access.clone()).failed("typ"));
        assert!(
            check(r#"{"alg":"RS256","typ":"at+jwt"}"#, GOOD, access).failed("typ"),
            "no jti"
        );
        assert!(check(r#"{"alg":"RS256","typ":"at+jwt"}"#, at, expect()).failed("typ"));
    }

    #[test]
    fn a_non_ascii_algorithm_with_at_hash_is_a_failure_not_a_panic() {
        let mut e = expect();
        e.access_token = Some("x".into());
        let claims = r#"{"iss":"i","sub":"s","aud":"a","exp":2000,"iat":900,"at_hash":"h"}"#;
        let c = check(r#"{"alg":"RS2ü"}"#, claims, e);
        assert!(c.failed("alg") && c.failed("at_hash"));
    }

    #[test]
    fn garbage_is_a_clear_error() {
        assert!(decode("abc").unwrap_err().contains("three"));
        assert!(decode("a.b.c").is_err());
    }
}
