//! `atomctl sso oidc` against the real oidc-provider: the checklist of a healthy provider and
//! of broken ones, client credentials (basic and post), and forged attack tokens — each must be
//! rejected with the failing check named.

use serde_json::{Value, json};

use crate::support::oidc::OidcProvider;
use crate::support::{Env, failing};

fn status_of<'a>(report: &'a Value, name: &str) -> &'a str {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .and_then(|c| c["status"].as_str())
        .unwrap_or_else(|| panic!("no check {name} in {report}"))
}

fn check(env: &Env, op: &OidcProvider, extra: &[&str]) -> (i32, Value) {
    let mut args = vec![
        "sso", "oidc", "check", "--issuer", &op.issuer, "--format", "json",
    ];
    args.extend_from_slice(extra);
    let out = env
        .cmd()
        .env("CCS", "cc-basic-secret")
        .env("CPS", "cc-post-secret")
        .args(&args)
        .output()
        .unwrap();
    (
        crate::support::code(&out),
        serde_json::from_slice(&out.stdout).expect("a JSON report"),
    )
}

#[test]
fn a_healthy_provider_passes_and_its_client_credentials_token_validates() {
    let op = OidcProvider::start("normal");
    let env = Env::new();
    let (code, r) = check(
        &env,
        &op,
        &[
            "--client-id",
            "cc-basic",
            "--client-secret-env",
            "CCS",
            "--flow",
            "client-credentials",
        ],
    );
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["issuer"], op.issuer.as_str());
    assert!(failing(&r).is_empty(), "{r}");
    for name in [
        "issuer",
        "pkce",
        "signing_algs",
        "jwks.unique_kids",
        "token.client_credentials",
        "token.signature",
        "token.iss",
    ] {
        assert_eq!(status_of(&r, name), "pass", "{name}");
    }
    assert!(
        r["checks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["name"] != "jwks.private_members"),
        "no leaked key, no item"
    );
    assert_eq!(
        status_of(&r, "https"),
        "warn",
        "http on loopback is only a warning"
    );
    assert!(r["round_trips_ms"].as_u64().is_some());
    // --strict fails on that warning.
    let (code, _) = check(&env, &op, &["--strict"]);
    assert_eq!(code, 3);
    // The runs are in the cache's history.
    let n: i64 = rusqlite::Connection::open(env.cache())
        .unwrap()
        .query_row(
            "SELECT count(*) FROM sso_checks WHERE kind = 'oidc' AND target = ?1",
            [&op.issuer],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 2);

    // client_secret_post, and a wrong secret named as the failing step.
    let (code, r) = check(
        &env,
        &op,
        &[
            "--client-id",
            "cc-post",
            "--client-secret-env",
            "CPS",
            "--client-auth",
            "post",
            "--flow",
            "client-credentials",
        ],
    );
    assert_eq!(code, 0, "{r}");
    let (code, r) = check(
        &env,
        &op,
        &[
            "--client-id",
            "cc-basic",
            "--client-secret-env",
            "CPS",
            "--flow",
            "client-credentials",
        ],
    );
    assert_eq!(code, 3);
    assert_eq!(failing(&r), ["token.client_credentials"]);
}

#[test]
fn broken_providers_fail_the_named_check() {
    for (variant, check_name) in [
        ("issuer-slash", "issuer"),
        ("none-alg", "signing_algs"),
        ("no-pkce", "pkce"),
        ("private-jwk", "jwks.private_members"),
        ("weak-rsa", "jwks.key_strength"),
        ("dup-kid", "jwks.unique_kids"),
    ] {
        let op = OidcProvider::start(variant);
        let env = Env::new();
        let (code, r) = check(&env, &op, &[]);
        assert_eq!(code, 3, "{variant}: {r}");
        assert_eq!(failing(&r), [check_name], "{variant}");
    }
}

fn claims(op: &OidcProvider, over: Value) -> Value {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let mut c = json!({"iss": op.issuer, "aud": "native", "sub": "alice", "iat": now, "exp": now + 300, "nonce": "n-123"});
    for (k, v) in over.as_object().unwrap() {
        if v.is_null() {
            c.as_object_mut().unwrap().remove(k);
        } else {
            c[k] = v.clone();
        }
    }
    c
}

/// OIDC Core's at_hash for RS256: the left half of SHA-256, base64url.
fn at_hash(token: &str) -> String {
    use base64::Engine;
    let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, token.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&d.as_ref()[..16])
}

fn validate(env: &Env, op: &OidcProvider, token: &str, extra: &[&str]) -> (i32, Value) {
    let mut args = vec![
        "sso",
        "oidc",
        "validate",
        token,
        "--issuer",
        &op.issuer,
        "--client-id",
        "native",
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    (
        crate::support::code(&out),
        serde_json::from_slice(&out.stdout).expect("a JSON report"),
    )
}

#[test]
fn forged_tokens_are_rejected_with_the_failing_check_named() {
    let op = OidcProvider::start("normal");
    let env = Env::new();
    let good = op.forge(json!({"key": "rs1", "claims": claims(&op, json!({}))}));
    let (code, r) = validate(&env, &op, &good, &["--nonce", "n-123"]);
    assert_eq!(code, 0, "{r}");
    assert!(failing(&r).is_empty());
    let es = op.forge(json!({"key": "ec1", "claims": claims(&op, json!({}))}));
    assert_eq!(validate(&env, &op, &es, &[]).0, 0, "ES256 verifies too");

    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let at_file = env.path("access-token");
    std::fs::write(&at_file, "the-access-token\n").unwrap();
    let at_file = at_file.to_str().unwrap();
    let with_access_token = ["--access-token-file", at_file];
    let cases: Vec<(&str, Value, &[&str], &str)> = vec![
        (
            "alg none",
            json!({"alg": "none", "claims": claims(&op, json!({}))}),
            &[],
            "alg",
        ),
        (
            "HS256 keyed with the RSA public key",
            json!({"alg": "HS256", "hmacWithPublic": true, "claims": claims(&op, json!({}))}),
            &[],
            "alg",
        ),
        (
            "unknown kid",
            json!({"key": "rot1", "header": {"kid": "nope"}, "claims": claims(&op, json!({}))}),
            &[],
            "kid",
        ),
        (
            "an attacker key in the jwk header",
            json!({"key": "rot1", "header": {"kid": "rs1", "jwk": {"kty": "RSA"}, "jku": "http://evil.test/jwks"}, "claims": claims(&op, json!({}))}),
            &[],
            "signature",
        ),
        (
            "wrong iss",
            json!({"claims": claims(&op, json!({"iss": "http://evil.test"}))}),
            &[],
            "iss",
        ),
        (
            "wrong aud",
            json!({"claims": claims(&op, json!({"aud": "someone-else"}))}),
            &[],
            "aud",
        ),
        (
            "several audiences, wrong azp",
            json!({"claims": claims(&op, json!({"aud": ["native", "other"], "azp": "other"}))}),
            &[],
            "azp",
        ),
        (
            "expired",
            json!({"claims": claims(&op, json!({"exp": now - 3600}))}),
            &[],
            "exp",
        ),
        (
            "future nbf",
            json!({"claims": claims(&op, json!({"nbf": now + 3600}))}),
            &[],
            "nbf",
        ),
        (
            "wrong nonce",
            json!({"claims": claims(&op, json!({}))}),
            &["--nonce", "other"],
            "nonce",
        ),
        (
            "wrong at_hash",
            json!({"claims": claims(&op, json!({"at_hash": "AAAAAAAAAAAAAAAAAAAAAA"}))}),
            &with_access_token,
            "at_hash",
        ),
        (
            "a critical header extension nobody understands",
            json!({"header": {"crit": ["x-magic"], "x-magic": true}, "claims": claims(&op, json!({}))}),
            &[],
            "crit",
        ),
        (
            "exp as a string",
            json!({"claims": claims(&op, json!({"exp": (now + 300).to_string()}))}),
            &[],
            "exp",
        ),
        (
            "no subject",
            json!({"claims": claims(&op, json!({"sub": null}))}),
            &[],
            "sub",
        ),
        (
            "an ID token presented as an access token",
            json!({"claims": claims(&op, json!({}))}),
            &["--token-type", "access"],
            "typ",
        ),
        (
            "an access token presented as an ID token",
            json!({"header": {"typ": "at+jwt"}, "claims": claims(&op, json!({"client_id": "native", "jti": "j1"}))}),
            &[],
            "typ",
        ),
        (
            "all-zero ES256 signature",
            json!({"key": "ec1", "zeroSig": true, "claims": claims(&op, json!({}))}),
            &[],
            "signature",
        ),
    ];
    for (what, spec, extra, name) in cases {
        let token = op.forge(spec);
        let (code, r) = validate(&env, &op, &token, extra);
        assert_eq!(code, 3, "{what}: {r}");
        assert_eq!(failing(&r), [name], "{what}");
    }
    // The right at_hash, read from a file (never argv), and a real RFC 9068 access token.
    let hashed =
        op.forge(json!({"claims": claims(&op, json!({"at_hash": at_hash("the-access-token")}))}));
    let (code, r) = validate(&env, &op, &hashed, &["--access-token-file", at_file]);
    assert_eq!(code, 0, "{r}");
    assert!(
        r["checks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == "at_hash" && c["status"] == "pass")
    );
    let access = op.forge(json!({"header": {"typ": "at+jwt"}, "claims": claims(&op, json!({"client_id": "native", "jti": "j1", "nonce": null}))}));
    let (code, r) = validate(&env, &op, &access, &["--token-type", "access"]);
    assert_eq!(code, 0, "{r}");
    // No audience to compare with: a failure unless the user skips the check by name.
    let no_client = |extra: &[&str]| {
        let mut args = vec![
            "sso", "oidc", "validate", &good, "--issuer", &op.issuer, "--format", "json",
        ];
        args.extend_from_slice(extra);
        let out = env.run(&args);
        (crate::support::code(&out), crate::support::json(&out))
    };
    let (code, r) = no_client(&[]);
    assert_eq!((code, failing(&r)), (3, vec!["aud".to_owned()]), "{r}");
    assert_eq!(no_client(&["--no-audience-check"]).0, 0);
    // decode shows what any token says, labelled unverified, even a forged one.
    let forged = op.forge(json!({"alg": "none", "claims": claims(&op, json!({"sub": "mallory"}))}));
    let out = env.run(&["sso", "oidc", "decode", &forged, "--format", "json"]);
    crate::support::expect_code(&out, 0);
    let d = crate::support::json(&out);
    assert_eq!(d["verified"], false);
    assert_eq!(
        (d["header"]["alg"].as_str(), d["claims"]["sub"].as_str()),
        (Some("none"), Some("mallory"))
    );
    assert!(crate::support::stderr(&out).contains("NOT VERIFIED"));
    // Not a JWT at all.
    let (code, r) = validate(&env, &op, "not-a-token", &[]);
    assert_eq!(code, 3);
    assert_eq!(failing(&r), ["format"]);
}

#[test]
fn an_unknown_kid_refetches_the_key_set_once() {
    let op = OidcProvider::start("normal");
    let env = Env::new();
    let good = op.forge(json!({"claims": claims(&op, json!({}))}));
    assert_eq!(validate(&env, &op, &good, &[]).0, 0);
    let fetched = op.jwks_fetches();
    // Cached: no fetch at all.
    assert_eq!(validate(&env, &op, &good, &[]).0, 0);
    assert_eq!(op.jwks_fetches(), fetched);
    // The provider rotates in a new key: one refetch finds it.
    op.rotate();
    let rotated = op.forge(json!({"key": "rot1", "claims": claims(&op, json!({}))}));
    let (code, r) = validate(&env, &op, &rotated, &[]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(op.jwks_fetches(), fetched + 1);
    // A kid nobody knows: one refetch, then the verdict; never a loop.
    let stranger = op
        .forge(json!({"key": "rs1", "header": {"kid": "ghost"}, "claims": claims(&op, json!({}))}));
    let (code, r) = validate(&env, &op, &stranger, &[]);
    assert_eq!(code, 3);
    assert_eq!(failing(&r), ["kid"]);
    assert_eq!(op.jwks_fetches(), fetched + 2);
}

#[test]
fn a_cached_key_set_expires_so_a_withdrawn_key_stops_validating() {
    let op = OidcProvider::start("normal");
    let env = Env::new();
    let good = op.forge(json!({"claims": claims(&op, json!({}))}));
    // A provider that asks for ten days is kept one day at most.
    op.jwks_cache_control("public, max-age=864000");
    assert_eq!(validate(&env, &op, &good, &[]).0, 0);
    let cache = rusqlite::Connection::open(env.cache()).unwrap();
    let kept: i64 = cache
        .query_row(
            "SELECT expires_at - unixepoch() FROM oidc_keys WHERE issuer = ?1",
            [&op.issuer],
            |r| r.get(0),
        )
        .unwrap();
    assert!((86_000..=86_400).contains(&kept), "kept {kept} s");
    // One that says a second: the withdrawn key validates nothing once the second is over.
    op.jwks_cache_control("max-age=1");
    op.withdraw("rs1");
    cache
        .execute("UPDATE oidc_keys SET expires_at = unixepoch() - 1", [])
        .unwrap();
    let fetched = op.jwks_fetches();
    let (code, r) = validate(&env, &op, &good, &[]);
    assert_eq!(code, 3, "{r}");
    assert_eq!(failing(&r), ["kid"]);
    assert_eq!(
        op.jwks_fetches(),
        fetched + 1,
        "one fetch when the set expired"
    );
}

fn stored(env: &Env) -> Value {
    let dir = env.path(".local/share/atomctl/oidc");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
}

#[test]
fn code_login_then_userinfo_refresh_rotation_introspection_and_revocation() {
    let op = OidcProvider::start("normal");
    let env = Env::new();
    // Real browsers print to stdout; none of it may reach atomctl's.
    let browser = format!(
        "echo BROWSER-NOISE; python3 {}",
        crate::support::repo_root()
            .join("tests/oidc/browser.py")
            .display()
    );
    let base = [
        "--issuer",
        op.issuer.as_str(),
        "--client-id",
        "native",
        "--format",
        "ndjson",
    ];
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend_from_slice(&base);
        env.run(&all)
    };
    let out = run(&[
        "sso",
        "oidc",
        "token",
        "--flow",
        "code",
        "--scope",
        "openid offline_access",
        "--browser-command",
        &browser,
        "--wait",
        "30",
    ]);
    crate::support::expect_code(&out, 0);
    assert!(!crate::support::stdout(&out).contains("BROWSER-NOISE"));
    assert!(crate::support::stderr(&out).contains("BROWSER-NOISE"));
    let summary = &crate::support::ndjson(&out)[0];
    assert_eq!(summary["id_token_claims"]["sub"], "alice");
    assert_eq!(summary["id_token_claims"]["aud"], "native");
    assert_eq!(summary["refresh_token"], true);
    let first = stored(&env);
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains(first["access_token"].as_str().unwrap()),
        "tokens are not printed"
    );

    let out = run(&["sso", "oidc", "userinfo"]);
    crate::support::expect_code(&out, 0);
    assert_eq!(crate::support::ndjson(&out)[0]["sub"], "alice");

    // Refresh: the rotated refresh token replaces the old one.
    let out = run(&["sso", "oidc", "token", "--flow", "refresh"]);
    crate::support::expect_code(&out, 0);
    let second = stored(&env);
    assert_ne!(first["refresh_token"], second["refresh_token"], "rotated");
    assert_ne!(first["access_token"], second["access_token"]);

    let out = run(&["sso", "oidc", "introspect"]);
    crate::support::expect_code(&out, 0);
    let i = &crate::support::ndjson(&out)[0];
    assert_eq!(
        (i["active"].as_bool(), i["client_id"].as_str()),
        (Some(true), Some("native"))
    );

    // The old refresh token was rotated away: using it ends the grant, and atomctl says a
    // new login is needed instead of retrying.
    let mut old = second.clone();
    old["refresh_token"] = first["refresh_token"].clone();
    let file = std::fs::read_dir(env.path(".local/share/atomctl/oidc"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(&file, old.to_string()).unwrap();
    let out = run(&["sso", "oidc", "token", "--flow", "refresh"]);
    crate::support::expect_code(&out, 5);
    assert!(
        crate::support::stderr(&out).contains("a new login is needed"),
        "{}",
        crate::support::stderr(&out)
    );

    // A fresh login, then revocation: the refresh token (the grant) and the access token are
    // revoked at the provider, and only then forgotten.
    let out = run(&[
        "sso",
        "oidc",
        "token",
        "--flow",
        "code",
        "--scope",
        "offline_access",
        "--browser-command",
        &browser,
        "--wait",
        "30",
    ]);
    crate::support::expect_code(&out, 0);
    let tokens = stored(&env);
    let out = run(&["sso", "oidc", "revoke"]);
    crate::support::expect_code(&out, 0);
    assert_eq!(
        crate::support::ndjson(&out)[0]["revoked"],
        json!(["refresh_token", "access_token"])
    );
    assert!(!file.exists());
    for (name, hint) in [
        ("access_token", vec![]),
        ("refresh_token", vec!["--refresh"]),
    ] {
        let out = env
            .cmd()
            .env("T", tokens[name].as_str().unwrap())
            .args(["sso", "oidc", "introspect", "--token-env", "T"])
            .args(hint)
            .args(base)
            .output()
            .unwrap();
        crate::support::expect_code(&out, 0);
        assert_eq!(crate::support::ndjson(&out)[0]["active"], false, "{name}");
    }
}

#[test]
fn a_code_login_nobody_completes_times_out_clearly() {
    let op = OidcProvider::start("normal");
    let env = Env::new();
    let out = env.run(&[
        "sso",
        "oidc",
        "token",
        "--flow",
        "code",
        "--issuer",
        &op.issuer,
        "--client-id",
        "native",
        "--no-browser",
        "--wait",
        "1",
    ]);
    crate::support::expect_code(&out, 5);
    let err = crate::support::stderr(&out);
    assert!(
        err.contains("within 1 s") && err.contains("code_challenge_method=S256"),
        "{err}"
    );
    assert!(
        !env.path(".local/share/atomctl/oidc").exists(),
        "nothing stored"
    );
}

#[test]
fn device_login_approved_and_denied() {
    let op = OidcProvider::start("normal");
    let env = Env::new();
    let browser = format!(
        "python3 {}",
        crate::support::repo_root()
            .join("tests/oidc/browser.py")
            .display()
    );
    let out = env.run(&[
        "sso",
        "oidc",
        "token",
        "--flow",
        "device",
        "--issuer",
        &op.issuer,
        "--client-id",
        "device",
        "--browser-command",
        &browser,
        "--format",
        "ndjson",
    ]);
    crate::support::expect_code(&out, 0);
    let err = crate::support::stderr(&out);
    assert!(
        err.contains("enter the code") && err.contains("every 5 s"),
        "the user code is shown; no interval from the provider means 5 s: {err}"
    );
    assert_eq!(
        crate::support::ndjson(&out)[0]["id_token_claims"]["sub"],
        "alice"
    );

    let deny = format!("{browser} --deny");
    let out = env.run(&[
        "sso",
        "oidc",
        "token",
        "--flow",
        "device",
        "--issuer",
        &op.issuer,
        "--client-id",
        "device",
        "--browser-command",
        &deny,
        "--no-store",
    ]);
    crate::support::expect_code(&out, 5);
    assert!(
        crate::support::stderr(&out).contains("denied"),
        "{}",
        crate::support::stderr(&out)
    );
}

#[test]
fn providers_come_from_the_profile() {
    let op = OidcProvider::start("normal");
    let env = Env::new();
    let config = format!(
        "default_profile = \"corp\"\n[profiles.corp.oidc.local]\nissuer = \"{}\"\nclient_id = \"cc-post\"\nclient_secret_env = \"CPS\"\nclient_auth = \"post\"\n",
        op.issuer
    );
    std::fs::write(env.config(), config).unwrap();
    let out = env
        .cmd()
        .env("CPS", "cc-post-secret")
        .args([
            "sso",
            "oidc",
            "check",
            "local",
            "--flow",
            "client-credentials",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    crate::support::expect_code(&out, 0);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["provider"], "local");
    assert_eq!(status_of(&r, "token.client_credentials"), "pass");
    let out = env.run(&["sso", "oidc", "check", "nope"]);
    crate::support::expect_code(&out, 7);
    assert!(
        crate::support::stderr(&out).contains("known providers: local"),
        "{}",
        crate::support::stderr(&out)
    );
    let out = env.run(&["config", "list", "--format", "ndjson"]);
    assert_eq!(
        crate::support::ndjson(&out)[0]["services"],
        json!(["oidc:local"])
    );
}

/// The device flow is for logging in on another device. On a headless host atomctl shows the
/// URL and the code and starts no browser (xdg-open there only prints its failures); with a
/// graphical session it opens one, and xdg-open's chatter stays out of atomctl's output.
#[test]
fn device_login_opens_a_browser_only_where_one_can_be_shown() {
    use std::io::BufRead;
    let op = OidcProvider::start("normal");
    let env = Env::new();
    // A stand-in xdg-open: notes that it ran, complains like a headless one, and approves
    // the login with the test browser.
    let bin = env.path("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let opened = env.path("xdg-open-ran");
    let script = format!(
        "#!/bin/sh\necho \"$1\" > {}\necho 'lynx: not found' >&2\necho 'xdg-open: no method available' \nexec python3 {} \"$1\"\n",
        opened.display(),
        crate::support::repo_root()
            .join("tests/oidc/browser.py")
            .display()
    );
    let fake = bin.join("xdg-open");
    std::fs::write(&fake, script).unwrap();
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let args = [
        "sso",
        "oidc",
        "token",
        "--flow",
        "device",
        "--issuer",
        &op.issuer,
        "--client-id",
        "device",
        "--format",
        "ndjson",
        "--no-store",
    ];

    // Headless: the URL and the code, then waiting; no browser started.
    let mut child = env
        .std_cmd()
        .env("PATH", &path)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut shown = String::new();
    while !shown.contains("waiting for the login") {
        let mut line = String::new();
        assert!(err.read_line(&mut line).unwrap() > 0, "{shown}");
        shown.push_str(&line);
    }
    std::thread::sleep(std::time::Duration::from_millis(500));
    let _ = child.kill();
    let _ = child.wait();
    assert!(shown.contains("enter the code"), "{shown}");
    assert!(
        shown.contains("user_code="),
        "the complete URL is shown too: {shown}"
    );
    assert!(!opened.exists(), "no browser on a headless host");

    // A graphical session: the browser is opened, and xdg-open's lines are not shown.
    let out = env
        .std_cmd()
        .env("PATH", &path)
        .env("DISPLAY", ":0")
        .args(args)
        .output()
        .unwrap();
    crate::support::expect_code(&out, 0);
    assert!(opened.exists(), "the browser was opened");
    let err = crate::support::stderr(&out);
    assert!(!err.contains("lynx") && !err.contains("no method"), "{err}");
    assert!(!crate::support::stdout(&out).contains("no method"));
    assert_eq!(
        crate::support::ndjson(&out)[0]["id_token_claims"]["sub"],
        "alice"
    );
}

/// A login made with flags alone remembers its client and where the secret comes from (never
/// the secret), so the next one works with --issuer alone.
#[test]
fn a_flag_only_login_remembers_its_client_and_secret_source() {
    let op = OidcProvider::start("normal");
    let env = Env::new();
    let login = |extra: &[&str]| {
        env.cmd()
            .env("CS", "cc-basic-secret")
            .args([
                "sso",
                "oidc",
                "token",
                "--flow",
                "client-credentials",
                "--issuer",
                &op.issuer,
            ])
            .args(extra)
            .args(["--format", "ndjson"])
            .output()
            .unwrap()
    };
    let out = login(&["--client-id", "cc-basic", "--client-secret-env", "CS"]);
    crate::support::expect_code(&out, 0);
    let first = stored(&env);
    assert_eq!(first["client_secret_from"], json!({"env": "CS"}));
    assert!(!first.to_string().contains("cc-basic-secret"));
    // The issuer alone: the client and the secret's variable come from the stored login.
    let out = login(&[]);
    crate::support::expect_code(&out, 0);
    let second = stored(&env);
    assert_eq!(second["client_id"], "cc-basic");
    assert_ne!(first["access_token"], second["access_token"], "a new token");
}
