//! `atomctl sso saml`: Responses signed and encrypted by the real xmlsec1 at test time, every
//! attack class of reference/sso.md built from a validly signed Response (each must be rejected
//! with the check that catches it named), SP metadata checked by xmlsec1 and by xmllint against
//! the OASIS schemas offline, IdP metadata health, and the Redirect binding.

use std::path::PathBuf;

use base64::Engine;
use openssl::hash::MessageDigest;
use serde_json::Value;

use crate::support::saml::{
    ACS, IDP_ENTITY, IDP_SSO, KeyPair, SP_ENTITY, Spec, assertion_of, idp_metadata, keypair,
    response, xmlsec_sign,
};
use crate::support::{Env, code, expect_code, failing, stderr, stdout};

struct Saml {
    env: Env,
    idp: KeyPair,
    /// Another key whose certificate carries the IdP's own subject name.
    rogue: KeyPair,
    sp: KeyPair,
}

impl Saml {
    fn new() -> Saml {
        let env = Env::new();
        let dir = env.dir.path();
        let idp = keypair(
            dir,
            "idp",
            "idp.example.com",
            -1,
            365,
            MessageDigest::sha256(),
        );
        let rogue = keypair(
            dir,
            "rogue",
            "idp.example.com",
            -1,
            365,
            MessageDigest::sha256(),
        );
        let sp = keypair(
            dir,
            "sp",
            "sp.example.com",
            -1,
            365,
            MessageDigest::sha256(),
        );
        std::fs::write(
            env.path("idp.xml"),
            idp_metadata(IDP_ENTITY, &[&idp], None, "_md"),
        )
        .unwrap();
        std::fs::write(
            env.config(),
            format!(
                r#"default_profile = "t"
[profiles.t.saml]
entity_id = "{SP_ENTITY}"
acs_urls = ["{ACS}", "https://sp.example.com/acs2"]
key_file = "{}"
cert_file = "{}"
idp_metadata = "{}"
want_assertions_signed = false
"#,
                sp.key.display(),
                sp.cert.display(),
                env.path("idp.xml").display()
            ),
        )
        .unwrap();
        Saml {
            env,
            idp,
            rogue,
            sp,
        }
    }

    fn dir(&self) -> &std::path::Path {
        self.env.dir.path()
    }

    fn signed(&self, spec: &Spec) -> String {
        response(self.dir(), spec, &self.idp)
    }

    /// Validates `xml` given as the POST value (base64 on stdin); returns (exit code, report).
    fn validate(&self, xml: &str, extra: &[&str]) -> (i32, Value) {
        let b64 = base64::engine::general_purpose::STANDARD.encode(xml);
        let mut args = vec!["sso", "saml", "validate", "-", "--format", "json"];
        args.extend_from_slice(extra);
        let out = self
            .env
            .cmd()
            .args(&args)
            .write_stdin(b64)
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|_| panic!("a JSON report; stderr: {}", stderr(&out)));
        (code(&out), report)
    }

    fn validate_req1(&self, xml: &str) -> (i32, Value) {
        self.validate(xml, &["--request-id", "_req1"])
    }
}

fn detail<'a>(report: &'a Value, name: &str) -> &'a str {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .and_then(|c| c["detail"].as_str())
        .unwrap_or_else(|| panic!("no check {name} in {report}"))
}

#[track_caller]
fn assert_accepted(code: i32, r: &Value) {
    assert_eq!(r["verdict"], "accept", "{r:#}");
    assert_eq!(code, 0);
    assert!(failing(r).is_empty());
}

/// Rejected with exit 3, and `check` is the failing one.
#[track_caller]
fn assert_rejected_by(code: i32, r: &Value, check: &str) {
    assert_eq!(r["verdict"], "reject", "{r:#}");
    assert_eq!(code, 3, "{r:#}");
    assert_eq!(
        r["nameid"],
        Value::Null,
        "a rejected Response shows no NameID"
    );
    assert!(
        failing(r).contains(&check.to_owned()),
        "expected {check} to fail: {r:#}"
    );
}

#[test]
fn valid_responses_are_accepted_however_they_are_signed() {
    let t = Saml::new();
    let cases = [
        ("assertion signed", false, true, false),
        ("response signed", true, false, false),
        ("both signed", true, true, false),
    ];
    for (what, sign_response, sign_assertion, sha1) in cases {
        let spec = Spec {
            sign_response,
            sign_assertion,
            sha1,
            ..Spec::default()
        };
        let (c, r) = t.validate_req1(&t.signed(&spec));
        assert_accepted(c, &r);
        assert_eq!(r["nameid"], "alice@example.com", "{what}");
        assert_eq!(
            r["nameid_format"],
            "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
        );
        assert_eq!(
            r["attributes"]["groups"],
            serde_json::json!(["admins", "staff & friends"])
        );
        assert_eq!(
            r["attributes"]["mail"],
            serde_json::json!(["alice@example.com"])
        );
        assert_eq!(r["assertion_id"], spec.assertion_id.as_str());
        assert_eq!(r["session"]["session_index"], "_s1");
        assert_eq!(r["in_response_to"], "_req1");
        assert!(r["warnings"].as_array().unwrap().is_empty(), "{what}: {r}");
        let sig = detail(&r, "signature");
        assert_eq!(sig.contains("Response ("), sign_response, "{what}: {sig}");
        assert_eq!(sig.contains("Assertion ("), sign_assertion, "{what}: {sig}");
    }
}

#[test]
fn rsa_sha1_is_refused_unless_allowed_and_then_warned_about() {
    let t = Saml::new();
    let xml = t.signed(&Spec {
        sha1: true,
        ..Spec::default()
    });
    let (c, r) = t.validate_req1(&xml);
    assert_rejected_by(c, &r, "signature");
    assert!(detail(&r, "signature").contains("--allow-sha1"), "{r:#}");
    let (c, r) = t.validate(&xml, &["--request-id", "_req1", "--allow-sha1"]);
    assert_accepted(c, &r);
    let warnings = r["warnings"].as_array().unwrap();
    assert!(
        warnings
            .iter()
            .any(|w| w.as_str().unwrap().contains("SHA-1")),
        "{r:#}"
    );
    let sig = r["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "signature")
        .unwrap();
    assert_eq!(sig["status"], "warn");
    assert!(sig["detail"].as_str().unwrap().contains("RSA-SHA1 / SHA-1"));
}

#[test]
fn in_response_to_on_an_unsigned_response_around_a_signed_assertion_is_not_trusted() {
    let t = Saml::new();
    // An IdP-initiated assertion (signed, no InResponseTo anywhere), then an attacker adds
    // InResponseTo to the unsigned Response around it.
    let xml = t
        .signed(&Spec {
            in_response_to: None,
            ..Spec::default()
        })
        .replacen(
            "<samlp:Response ",
            r#"<samlp:Response InResponseTo="_req1" "#,
            1,
        );
    let (c, r) = t.validate_req1(&xml);
    assert_rejected_by(c, &r, "in_response_to");
    assert!(detail(&r, "in_response_to").contains("unsigned"), "{r:#}");
    // Signed, the same attribute is the IdP's word.
    let signed = t.signed(&Spec {
        in_response_to: Some("_req1".into()),
        sign_response: true,
        ..Spec::default()
    });
    let (c, r) = t.validate_req1(&signed);
    assert_accepted(c, &r);
}

#[test]
fn a_far_future_not_on_or_after_is_judged_without_panicking() {
    let t = Saml::new();
    // Signed with NotOnOrAfter 9999-12-31T23:59:59Z: adding the clock skew to it is past the
    // last instant the calendar holds, which panicked.
    let last = time::macros::datetime!(9999-12-31 23:59:59 UTC).unix_timestamp();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let xml = t.signed(&Spec {
        not_on_or_after: last - now,
        ..Spec::default()
    });
    assert!(xml.contains("9999-12-31T23:59:59"), "{xml}");
    let (c, r) = t.validate_req1(&xml);
    assert_accepted(c, &r);
}

#[test]
fn expired_idp_metadata_is_refused_unless_allowed() {
    let t = Saml::new();
    std::fs::write(
        t.env.path("idp.xml"),
        idp_metadata(
            IDP_ENTITY,
            &[&t.idp],
            Some(&crate::support::saml::instant(-3600)),
            "_md",
        ),
    )
    .unwrap();
    let xml = t.signed(&Spec::default());
    let b64 = base64::engine::general_purpose::STANDARD.encode(&xml);
    let out = t
        .env
        .cmd()
        .args([
            "sso",
            "saml",
            "validate",
            "-",
            "--request-id",
            "_req1",
            "--format",
            "json",
        ])
        .write_stdin(b64.clone())
        .output()
        .unwrap();
    expect_code(&out, 3);
    assert!(
        stderr(&out).contains("--allow-expired-metadata"),
        "{}",
        stderr(&out)
    );
    let out = t.env.run(&["sso", "saml", "authn-url", "--format", "json"]);
    expect_code(&out, 3);
    let (c, r) = t.validate(&xml, &["--request-id", "_req1", "--allow-expired-metadata"]);
    assert_accepted(c, &r);
}

#[test]
fn an_encrypted_assertion_is_decrypted_with_the_sp_key_and_its_signature_checked() {
    let t = Saml::new();
    for sign_response in [false, true] {
        let spec = Spec {
            encrypt_for: Some(t.sp.clone()),
            sign_response,
            sign_assertion: !sign_response,
            ..Spec::default()
        };
        let xml = t.signed(&spec);
        assert!(xml.contains("EncryptedAssertion") && !xml.contains("alice@example.com"));
        let (c, r) = t.validate_req1(&xml);
        assert_accepted(c, &r);
        assert_eq!(r["nameid"], "alice@example.com");
        assert_eq!(r["attributes"]["groups"][0], "admins");
        assert_eq!(
            r["checks"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["name"] == "decryption")
                .unwrap()["status"],
            "pass"
        );
    }
    // Without the key there is nothing to read; with another key it does not decrypt.
    let xml = t.signed(&Spec {
        encrypt_for: Some(t.sp.clone()),
        ..Spec::default()
    });
    std::fs::write(
        t.env.config(),
        std::fs::read_to_string(t.env.config())
            .unwrap()
            .replace(&format!("key_file = \"{}\"\n", t.sp.key.display()), ""),
    )
    .unwrap();
    let (c, r) = t.validate_req1(&xml);
    assert_rejected_by(c, &r, "decryption");
    assert!(detail(&r, "decryption").contains("--sp-key"));
    let other = keypair(t.dir(), "other", "x", -1, 10, MessageDigest::sha256());
    let (c, r) = t.validate(
        &xml,
        &[
            "--request-id",
            "_req1",
            "--sp-key",
            other.key.to_str().unwrap(),
            "--sp-cert",
            other.cert.to_str().unwrap(),
        ],
    );
    assert_rejected_by(c, &r, "decryption");
}

#[test]
fn tampering_stripping_and_foreign_keys_are_caught_by_the_signature_check() {
    let t = Saml::new();
    let good = t.signed(&Spec::default());

    let altered = good.replace(
        ">alice@example.com</saml:NameID>",
        ">admin@example.com</saml:NameID>",
    );
    assert_ne!(altered, good);
    let (c, r) = t.validate_req1(&altered);
    assert_rejected_by(c, &r, "signature");

    let unsigned = t.signed(&Spec {
        sign_assertion: false,
        ..Spec::default()
    });
    let (c, r) = t.validate_req1(&unsigned);
    assert_rejected_by(c, &r, "signature");
    assert!(detail(&r, "signature").contains("neither"), "{r:#}");

    // Signed by another key whose certificate (embedded in KeyInfo) names the IdP.
    let foreign = response(t.dir(), &Spec::default(), &t.rogue);
    assert!(foreign.contains("X509Certificate"));
    let (c, r) = t.validate_req1(&foreign);
    assert_rejected_by(c, &r, "signature");
    assert!(detail(&r, "signature").contains("does not verify"));

    // An IdP metadata without a signing certificate trusts nothing (samael would skip the check).
    std::fs::write(
        t.env.path("idp.xml"),
        idp_metadata(IDP_ENTITY, &[], None, "_md"),
    )
    .unwrap();
    let (c, r) = t.validate_req1(&good);
    assert_rejected_by(c, &r, "signature");
    assert!(detail(&r, "signature").contains("no signing certificate"));
}

/// Builds the eight XML Signature Wrapping shapes (after "On Breaking SAML" / SAML Raider) from
/// a validly signed Response: the signed element is kept somewhere and an unsigned evil one put
/// where a naive reader looks.
fn xsw_variants(t: &Saml) -> Vec<(&'static str, String)> {
    let resp_signed = t.signed(&Spec {
        sign_response: true,
        sign_assertion: false,
        ..Spec::default()
    });
    let asrt_signed = t.signed(&Spec::default());
    let evil_assertion = |signed: &str| {
        assertion_of(signed)
            .replace("alice@example.com", "mallory@example.com")
            .replacen(" ID=\"_a", " ID=\"_evil", 1)
    };
    let strip_sig = |a: &str| match (a.find("<ds:Signature"), a.find("</ds:Signature>")) {
        (Some(s), Some(e)) => format!("{}{}", &a[..s], &a[e + "</ds:Signature>".len()..]),
        _ => a.to_owned(),
    };
    let body = |xml: &str| {
        let start = xml.find("<samlp:Response").unwrap();
        xml[start..].trim().to_owned()
    };
    let resp = body(&resp_signed);
    let resp_sig_start = resp.find("<ds:Signature").unwrap();
    let resp_sig_end = resp.find("</ds:Signature>").unwrap() + "</ds:Signature>".len();
    let resp_sig = &resp[resp_sig_start..resp_sig_end];
    let evil_resp = strip_sig(&resp)
        .replace(&assertion_of(&resp), &strip_sig(&evil_assertion(&resp)))
        .replacen(" ID=\"_r", " ID=\"_evilr", 1);
    let orig_assertion = assertion_of(&asrt_signed);
    let asrt = body(&asrt_signed);
    let evil = strip_sig(&evil_assertion(&asrt));
    let with_assertions = |inner: &str| asrt.replace(&orig_assertion, inner);
    let sig_of = |a: &str| {
        let s = a.find("<ds:Signature").unwrap();
        let e = a.find("</ds:Signature>").unwrap() + "</ds:Signature>".len();
        a[s..e].to_owned()
    };
    let orig_sig = sig_of(&orig_assertion);
    // The evil Assertion carrying the original signature, with `inside` in its ds:Object.
    let evil_signed_holding = |inside: &str| {
        let sig = orig_sig.replace(
            "</ds:Signature>",
            &format!("<ds:Object>{inside}</ds:Object></ds:Signature>"),
        );
        with_assertions(&evil.replacen("</saml:Issuer>", &format!("</saml:Issuer>{sig}"), 1))
    };
    vec![
        // XSW1: an evil Response whose Signature carries the original signed Response.
        (
            "XSW1",
            evil_resp.replacen(
                "<samlp:Status>",
                &format!(
                    "{}<samlp:Status>",
                    resp_sig.replace(
                        "</ds:Signature>",
                        &format!("<ds:Object>{resp}</ds:Object></ds:Signature>")
                    )
                ),
                1,
            ),
        ),
        // XSW2: the original signed Response detached before the evil content.
        (
            "XSW2",
            evil_resp.replacen(
                "<samlp:Status>",
                &format!("{resp_sig}{resp}<samlp:Status>"),
                1,
            ),
        ),
        // XSW3: an evil Assertion before the signed one.
        ("XSW3", with_assertions(&format!("{evil}{orig_assertion}"))),
        // XSW4: the signed Assertion inside the evil one.
        (
            "XSW4",
            with_assertions(&evil.replace(
                "</saml:Assertion>",
                &format!("{orig_assertion}</saml:Assertion>"),
            )),
        ),
        // XSW5: the evil Assertion carries the signature; an unsigned copy of the original follows.
        (
            "XSW5",
            with_assertions(&format!(
                "{}{}",
                evil.replacen("</saml:Issuer>", &format!("</saml:Issuer>{orig_sig}"), 1),
                strip_sig(&orig_assertion)
            )),
        ),
        // XSW6: the original inside the signature's Object inside the evil Assertion.
        ("XSW6", evil_signed_holding(&orig_assertion)),
        // XSW7: the signed Assertion hidden in Extensions, the evil one in its place.
        (
            "XSW7",
            asrt.replace(
                &orig_assertion,
                &format!("<samlp:Extensions>{orig_assertion}</samlp:Extensions>{evil}"),
            ),
        ),
        // XSW8: the evil Assertion whose Signature Object holds the original without its signature.
        ("XSW8", evil_signed_holding(&strip_sig(&orig_assertion))),
    ]
}

#[test]
fn every_signature_wrapping_variant_is_rejected_before_anything_is_read() {
    let t = Saml::new();
    for (name, xml) in xsw_variants(&t) {
        assert!(
            xml.contains("mallory@example.com"),
            "{name} carries the evil NameID"
        );
        let (c, r) = t.validate_req1(&xml);
        assert_eq!(r["verdict"], "reject", "{name}: {r:#}");
        assert_eq!(c, 3, "{name}");
        let failed = failing(&r);
        assert!(
            failed.iter().any(|f| f == "structure" || f == "ids"),
            "{name} must fail on structure or duplicate IDs, failed {failed:?}: {r:#}"
        );
        assert!(!r.to_string().contains("\"nameid\":\"mallory"), "{name}");
    }
}

#[test]
fn a_signature_that_references_another_element_is_refused() {
    let t = Saml::new();
    let good = t.signed(&Spec::default());
    // The Assertion's signature now claims to cover an element elsewhere.
    let moved = good.replacen("URI=\"#_a", "URI=\"#_x", 1);
    let (c, r) = t.validate_req1(&moved);
    assert_rejected_by(c, &r, "signature");
    assert!(
        detail(&r, "signature").contains("not the element it sits in"),
        "{r:#}"
    );
}

#[test]
fn comment_injection_reads_the_whole_signed_nameid() {
    let t = Saml::new();
    // The IdP signed "user@evil.com<!---->.example.com"; c14n leaves the comment out, so what
    // is signed is user@evil.com.example.com, and that is the only right answer.
    let xml = t.signed(&Spec {
        nameid: "user@evil.com<!---->.example.com".into(),
        ..Spec::default()
    });
    assert!(xml.contains("user@evil.com<!---->.example.com"));
    let (c, r) = t.validate_req1(&xml);
    assert_accepted(c, &r);
    assert_eq!(r["nameid"], "user@evil.com.example.com");
    // A comment slipped into a signed NameID afterwards changes what is signed: rejected.
    let good = t.signed(&Spec::default());
    let injected = good.replace(
        ">alice@example.com</saml:NameID>",
        ">alice@example.com<!---->.evil.com</saml:NameID>",
    );
    let (c, r) = t.validate_req1(&injected);
    assert_rejected_by(c, &r, "signature");
}

#[test]
fn conditions_audience_recipient_destination_issuer_and_status_each_fail_by_name() {
    let t = Saml::new();
    let cases: Vec<(&str, Spec)> = vec![
        (
            "conditions",
            Spec {
                not_before: -600,
                not_on_or_after: -300,
                ..Spec::default()
            },
        ),
        (
            "conditions",
            Spec {
                not_before: 600,
                not_on_or_after: 900,
                ..Spec::default()
            },
        ),
        (
            "audience",
            Spec {
                audience: "https://other-sp.example.com".into(),
                ..Spec::default()
            },
        ),
        (
            "recipient",
            Spec {
                recipient: "https://evil.example.com/acs".into(),
                ..Spec::default()
            },
        ),
        (
            "destination",
            Spec {
                destination: "https://evil.example.com/acs".into(),
                ..Spec::default()
            },
        ),
        (
            "issuer",
            Spec {
                issuer: "https://evil-idp.example.com".into(),
                ..Spec::default()
            },
        ),
        (
            "in_response_to",
            Spec {
                in_response_to: Some("_other".into()),
                ..Spec::default()
            },
        ),
    ];
    for (check, spec) in cases {
        let (c, r) = t.validate_req1(&t.signed(&spec));
        assert_rejected_by(c, &r, check);
    }
    // Expired: both the conditions and the bearer confirmation say so.
    let (_, r) = t.validate_req1(&t.signed(&Spec {
        not_on_or_after: -300,
        not_before: -600,
        ..Spec::default()
    }));
    assert!(
        failing(&r).contains(&"subject_confirmation".to_owned()),
        "{r:#}"
    );

    let (c, r) = t.validate_req1(&t.signed(&Spec {
        status: "urn:oasis:names:tc:SAML:2.0:status:Responder".into(),
        ..Spec::default()
    }));
    assert_rejected_by(c, &r, "status");
    assert!(detail(&r, "status").contains("Responder"));
}

#[test]
fn clock_skew_and_now_judge_time_as_asked() {
    let t = Saml::new();
    // Expired 30 s ago: inside a 60 s skew, outside a 10 s one.
    let xml = t.signed(&Spec {
        not_on_or_after: -30,
        not_before: -600,
        ..Spec::default()
    });
    let (c, r) = t.validate(&xml, &["--request-id", "_req1", "--clock-skew", "10"]);
    assert_rejected_by(c, &r, "conditions");
    let (c, r) = t.validate(&xml, &["--request-id", "_req1", "--clock-skew", "60"]);
    assert_accepted(c, &r);
    // "Was it valid ten minutes ago?" — no; "two minutes before it expired?" — yes.
    let old = t.signed(&Spec {
        not_on_or_after: -3600,
        not_before: -7200,
        ..Spec::default()
    });
    let (c, r) = t.validate(&old, &["--request-id", "_req1", "--clock-skew", "0"]);
    assert_rejected_by(c, &r, "conditions");
    let at = crate::support::saml::instant(-3600 - 120);
    let (c, r) = t.validate(
        &old,
        &["--request-id", "_req1", "--clock-skew", "0", "--now", &at],
    );
    assert_accepted(c, &r);
    // --now does not remember the assertion: validating it again for real is not a replay.
    let (_, r) = t.validate(&old, &["--request-id", "_req1", "--now", &at]);
    assert_eq!(r["verdict"], "accept", "{r:#}");
}

#[test]
fn a_replayed_assertion_is_rejected() {
    let t = Saml::new();
    let xml = t.signed(&Spec::default());
    let (c, r) = t.validate_req1(&xml);
    assert_accepted(c, &r);
    let (c, r) = t.validate_req1(&xml);
    assert_rejected_by(c, &r, "replay");
    assert!(detail(&r, "replay").contains("already accepted"));
}

#[test]
fn doctype_entities_and_forbidden_transforms_are_refused() {
    let t = Saml::new();
    let good = t.signed(&Spec::default());
    let body = &good[good.find("<samlp:Response").unwrap()..];
    let xxe = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>{}",
        body.replace("alice@example.com</saml:NameID>", "&x;</saml:NameID>")
    );
    let (c, r) = t.validate_req1(&xxe);
    assert_rejected_by(c, &r, "xml");
    assert!(detail(&r, "xml").contains("DOCTYPE"));
    let laughs = format!(
        "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>{body}"
    );
    let (c, r) = t.validate_req1(&laughs);
    assert_rejected_by(c, &r, "xml");

    let xslt = good.replacen(
        "<ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>",
        "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\"><xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\"/></ds:Transform>",
        1,
    );
    assert_ne!(xslt, good);
    let (c, r) = t.validate_req1(&xslt);
    assert_rejected_by(c, &r, "signature");
    assert!(detail(&r, "signature").contains("transform"), "{r:#}");

    let dup = good.replacen(
        "<samlp:Status>",
        &format!(
            "<samlp:Extensions><x ID=\"{}\"/></samlp:Extensions><samlp:Status>",
            {
                let a = assertion_of(&good);
                let s = a.find("ID=\"").unwrap() + 4;
                a[s..s + a[s..].find('"').unwrap()].to_owned()
            }
        ),
        1,
    );
    let (c, r) = t.validate_req1(&dup);
    assert_rejected_by(c, &r, "ids");
}

#[test]
fn unsolicited_responses_need_allow_unsolicited() {
    let t = Saml::new();
    let xml = t.signed(&Spec {
        in_response_to: None,
        ..Spec::default()
    });
    let (c, r) = t.validate(&xml, &[]);
    assert_rejected_by(c, &r, "in_response_to");
    assert!(detail(&r, "in_response_to").contains("--allow-unsolicited"));
    let (c, r) = t.validate(&xml, &["--allow-unsolicited"]);
    assert_accepted(c, &r);
}

fn query_param(url: &str, name: &str) -> Option<String> {
    let q = url.split_once('?').unwrap().1;
    url::form_urlencoded::parse(q.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

#[test]
fn authn_url_remembers_its_request_and_validate_uses_it_once() {
    let t = Saml::new();
    let out = t.env.run(&[
        "sso",
        "saml",
        "authn-url",
        "--relay-state",
        "/home?x=1&y",
        "--force-authn",
        "--format",
        "json",
    ]);
    expect_code(&out, 0);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let url = doc["url"].as_str().unwrap();
    let id = doc["id"].as_str().unwrap().to_owned();
    assert!(url.starts_with(&format!("{IDP_SSO}?SAMLRequest=")));
    assert_eq!(
        id.len(),
        33,
        "128 random bits in hex after an underscore: {id}"
    );
    assert_eq!(
        query_param(url, "RelayState").as_deref(),
        Some("/home?x=1&y")
    );
    assert!(
        query_param(url, "Signature").is_none(),
        "the profile does not ask for signing"
    );

    // decode gives back the AuthnRequest that was sent.
    let out = t.env.run(&["sso", "saml", "decode", url]);
    expect_code(&out, 0);
    let xml = stdout(&out);
    let d = roxmltree::Document::parse(&xml).unwrap();
    let req = d.root_element();
    assert_eq!(req.tag_name().name(), "AuthnRequest");
    assert_eq!(req.attribute("ID"), Some(id.as_str()));
    assert_eq!(req.attribute("Destination"), Some(IDP_SSO));
    assert_eq!(req.attribute("AssertionConsumerServiceURL"), Some(ACS));
    assert_eq!(req.attribute("ForceAuthn"), Some("true"));
    assert_eq!(req.attribute("IsPassive"), None);
    let issuer = req.children().find(|n| n.has_tag_name("Issuer")).unwrap();
    assert_eq!(issuer.text(), Some(SP_ENTITY));

    // The IdP answers that request: accepted without --request-id, once.
    let spec = Spec {
        in_response_to: Some(id.clone()),
        ..Spec::default()
    };
    let (c, r) = t.validate(&t.signed(&spec), &[]);
    assert_accepted(c, &r);
    let again = Spec {
        in_response_to: Some(id),
        ..Spec::default()
    };
    let (c, r) = t.validate(&t.signed(&again), &[]);
    assert_rejected_by(c, &r, "in_response_to");
}

#[test]
fn a_signed_authn_url_verifies_with_the_sp_certificate() {
    let t = Saml::new();
    let out = t
        .env
        .run(&["sso", "saml", "authn-url", "--sign", "--relay-state", "r s"]);
    expect_code(&out, 0);
    let url = stdout(&out).trim().to_owned();
    assert_eq!(
        query_param(&url, "SigAlg").as_deref(),
        Some("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
    );
    // The signature covers the query string exactly as sent, without &Signature.
    let query = url.split_once('?').unwrap().1;
    let (signed, sig) = query.split_once("&Signature=").unwrap();
    let sig = base64::engine::general_purpose::STANDARD
        .decode(
            percent_encoding::percent_decode_str(sig)
                .decode_utf8()
                .unwrap()
                .as_bytes(),
        )
        .unwrap();
    let cert = openssl::x509::X509::from_pem(&std::fs::read(&t.sp.cert).unwrap()).unwrap();
    let key = cert.public_key().unwrap();
    let verify = |data: &[u8]| {
        let mut v = openssl::sign::Verifier::new(MessageDigest::sha256(), &key).unwrap();
        v.update(data).unwrap();
        v.verify(&sig).unwrap()
    };
    assert!(verify(signed.as_bytes()));
    assert!(!verify(
        signed.replace("RelayState=r", "RelayState=x").as_bytes()
    ));
}

fn schema_valid(path: &std::path::Path) -> Result<(), String> {
    let out = std::process::Command::new("xmllint")
        .env(
            "XML_CATALOG_FILES",
            crate::support::repo_root().join("tests/saml/catalog.xml"),
        )
        .args([
            "--nonet",
            "--noout",
            "--schema",
            "/usr/share/xml/opensaml/saml-schema-metadata-2.0.xsd",
        ])
        .arg(path)
        .output()
        .expect("xmllint (apt-get install libxml2-utils opensaml-schemas xmltooling-schemas)");
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn sp_metadata_is_schema_valid_and_its_signature_verifies_with_xmlsec1() {
    let t = Saml::new();
    let enc = keypair(
        t.dir(),
        "enc",
        "sp-enc.example.com",
        -1,
        365,
        MessageDigest::sha256(),
    );
    let mut cfg = std::fs::read_to_string(t.env.config()).unwrap();
    cfg.push_str(&format!(
        r#"encryption_cert_file = "{}"
slo_url = "https://sp.example.com/slo"
nameid_format = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
authn_requests_signed = true
organization = {{ name = "Example & Co", url = "https://example.com" }}
contacts = [{{ type = "technical", given_name = "IAM", email = "iam@example.com" }}]
requested_attributes = [{{ name = "urn:oid:0.9.2342.19200300.100.1.3", friendly_name = "mail", required = true }}]
"#,
        enc.cert.display()
    ));
    let cfg = cfg.replace(
        "want_assertions_signed = false",
        "want_assertions_signed = true",
    );
    std::fs::write(t.env.config(), cfg).unwrap();

    let plain = t.env.path("md.xml");
    let signed = t.env.path("md-signed.xml");
    expect_code(
        &t.env
            .run(&["sso", "saml", "metadata", "-o", plain.to_str().unwrap()]),
        0,
    );
    expect_code(
        &t.env.run(&[
            "sso",
            "saml",
            "metadata",
            "--sign",
            "--valid-days",
            "7",
            "-o",
            signed.to_str().unwrap(),
        ]),
        0,
    );
    for p in [&plain, &signed] {
        schema_valid(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    }

    let text = std::fs::read_to_string(&plain).unwrap();
    let d = roxmltree::Document::parse(&text).unwrap();
    let root = d.root_element();
    assert_eq!(root.attribute("entityID"), Some(SP_ENTITY));
    let spsso = root
        .children()
        .find(|n| n.has_tag_name("SPSSODescriptor"))
        .unwrap();
    assert_eq!(spsso.attribute("AuthnRequestsSigned"), Some("true"));
    assert_eq!(spsso.attribute("WantAssertionsSigned"), Some("true"));
    let kd: Vec<(String, String)> = spsso
        .children()
        .filter(|n| n.has_tag_name("KeyDescriptor"))
        .map(|k| {
            let body = k
                .descendants()
                .find(|n| n.has_tag_name("X509Certificate"))
                .unwrap();
            (
                k.attribute("use").unwrap().to_owned(),
                body.text().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(kd.len(), 2);
    assert_eq!(kd[0], ("signing".to_owned(), t.sp.cert_body()));
    assert_eq!(kd[1], ("encryption".to_owned(), enc.cert_body()));
    let acs: Vec<_> = spsso
        .children()
        .filter(|n| n.has_tag_name("AssertionConsumerService"))
        .map(|n| {
            (
                n.attribute("Location").unwrap(),
                n.attribute("index").unwrap(),
            )
        })
        .collect();
    assert_eq!(acs, vec![(ACS, "0"), ("https://sp.example.com/acs2", "1")]);
    assert!(text.contains("Example &amp; Co"));
    assert!(text.contains("mailto:iam@example.com"));

    // xmlsec1 accepts the signature with the SP certificate, and refuses it after a change.
    let verify = |path: &std::path::Path| {
        std::process::Command::new("xmlsec1")
            .arg("--verify")
            .arg("--pubkey-cert-pem")
            .arg(&t.sp.cert)
            .args([
                "--id-attr:ID",
                "urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor",
            ])
            .arg(path)
            .output()
            .unwrap()
            .status
            .success()
    };
    assert!(verify(&signed));
    let signed_text = std::fs::read_to_string(&signed).unwrap();
    assert!(signed_text.contains("validUntil=\""));
    assert!(
        signed_text.contains("xmldsig-more#rsa-sha256") && signed_text.contains("xmlenc#sha256")
    );
    let tampered = t.env.path("md-tampered.xml");
    std::fs::write(
        &tampered,
        signed_text.replace(ACS, "https://evil.example.com/acs"),
    )
    .unwrap();
    assert!(!verify(&tampered));

    // --sign without a key is a configuration problem, said clearly. (A config without any
    // profile, so that nothing but the missing key can fail.)
    let bare = Env::new();
    let out = bare.run(&[
        "sso",
        "saml",
        "metadata",
        "--sign",
        "--sp-entity-id",
        "x",
        "--acs-url",
        "https://x/acs",
    ]);
    assert_ne!(code(&out), 0);
    expect_code(&out, 7);
    assert!(
        stderr(&out).contains("--sign needs the SP key"),
        "{}",
        stderr(&out)
    );
    // The same without --sign works: it was the key.
    expect_code(
        &bare.run(&[
            "sso",
            "saml",
            "metadata",
            "--sp-entity-id",
            "x",
            "--acs-url",
            "https://x/acs",
        ]),
        0,
    );
}

fn idp_check(t: &Saml, file: &str, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["sso", "saml", "idp-check", file, "--format", "json"];
    args.extend_from_slice(extra);
    let out = t.env.run(&args);
    let r = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("a JSON report; stderr {}", stderr(&out)));
    (code(&out), r)
}

fn status_of<'a>(r: &'a Value, name: &str) -> Vec<&'a str> {
    r["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["name"] == name)
        .map(|c| c["status"].as_str().unwrap())
        .collect()
}

#[test]
fn idp_check_reports_health_expiry_and_metadata_signatures() {
    let t = Saml::new();
    let dir = t.dir().to_owned();
    let write = |name: &str, xml: &str| -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, xml).unwrap();
        p
    };
    let healthy = write(
        "healthy.xml",
        &idp_metadata(IDP_ENTITY, &[&t.idp], None, "_h"),
    );
    let (c, r) = idp_check(&t, healthy.to_str().unwrap(), &[]);
    assert_eq!((c, r["status"].as_str().unwrap()), (0, "healthy"), "{r:#}");
    assert_eq!(r["entity_id"], IDP_ENTITY);
    let cert = &r["certificates"][0];
    assert_eq!(cert["use"], "signing");
    assert_eq!(cert["subject"], "CN=idp.example.com");
    assert!(
        (363..=365).contains(&cert["days_left"].as_i64().unwrap()),
        "{cert}"
    );
    assert_eq!(r["sso"][0]["location"], IDP_SSO);
    assert_eq!(r["want_authn_requests_signed"], true);

    let expired = keypair(
        &dir,
        "expired",
        "old.example.com",
        -400,
        -2,
        MessageDigest::sha256(),
    );
    let p = write(
        "expired.xml",
        &idp_metadata(IDP_ENTITY, &[&expired], None, "_e"),
    );
    let (c, r) = idp_check(&t, p.to_str().unwrap(), &[]);
    assert_eq!(
        (c, r["status"].as_str().unwrap()),
        (3, "unhealthy"),
        "{r:#}"
    );
    assert_eq!(status_of(&r, "signing certificate"), vec!["fail"]);
    assert!(r["certificates"][0]["days_left"].as_i64().unwrap() < 0);

    let soon = keypair(
        &dir,
        "soon",
        "soon.example.com",
        -300,
        10,
        MessageDigest::sha256(),
    );
    let p = write("soon.xml", &idp_metadata(IDP_ENTITY, &[&soon], None, "_s"));
    let (c, r) = idp_check(&t, p.to_str().unwrap(), &[]);
    assert_eq!((c, r["status"].as_str().unwrap()), (0, "warn"), "{r:#}");
    assert_eq!(status_of(&r, "signing certificate"), vec!["warn"]);
    let (c, _) = idp_check(&t, p.to_str().unwrap(), &["--strict"]);
    assert_eq!(c, 3);
    let (c, r) = idp_check(&t, p.to_str().unwrap(), &["--warn-days", "5"]);
    assert_eq!((c, r["status"].as_str().unwrap()), (0, "healthy"));

    let p = write(
        "stale.xml",
        &idp_metadata(
            IDP_ENTITY,
            &[&t.idp],
            Some(&crate::support::saml::instant(-3600)),
            "_v",
        ),
    );
    let (c, r) = idp_check(&t, p.to_str().unwrap(), &[]);
    assert_eq!((c, r["status"].as_str().unwrap()), (3, "unhealthy"));
    assert_eq!(status_of(&r, "validUntil"), vec!["fail"]);

    let p = write("nosig.xml", &idp_metadata(IDP_ENTITY, &[], None, "_n"));
    let (c, r) = idp_check(&t, p.to_str().unwrap(), &[]);
    assert_eq!(c, 3);
    assert_eq!(status_of(&r, "signing certificate"), vec!["fail"]);

    // An aggregate signed by a federation key: verifies with that key only.
    let fed = keypair(
        &dir,
        "fed",
        "federation.example.org",
        -1,
        365,
        MessageDigest::sha256(),
    );
    let other_idp = idp_metadata("https://other.example.org/idp", &[&soon], None, "_o");
    let ours = idp_metadata(IDP_ENTITY, &[&t.idp], None, "_ours");
    let strip_ns = |x: &str| {
        x.replace(
            " xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"",
            "",
        )
    };
    let aggregate = format!(
        "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" ID=\"_fed\" Name=\"fed\">{}{}{}</md:EntitiesDescriptor>",
        crate::support::saml::signature_template("_fed", false),
        strip_ns(&other_idp),
        strip_ns(&ours)
    );
    let signed = xmlsec_sign(&dir, &aggregate, &fed, "/*/*[local-name()='Signature']");
    let p = write("fed.xml", &signed);
    let out = t
        .env
        .run(&["sso", "saml", "idp-check", p.to_str().unwrap()]);
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("--entity-id"),
        "two IdPs: say which is needed"
    );
    let (c, r) = idp_check(
        &t,
        p.to_str().unwrap(),
        &[
            "--entity-id",
            IDP_ENTITY,
            "--trust-cert",
            fed.cert.to_str().unwrap(),
        ],
    );
    assert_eq!((c, r["status"].as_str().unwrap()), (0, "healthy"), "{r:#}");
    assert_eq!(r["entity_id"], IDP_ENTITY);
    assert!(
        r["checks"][1]["detail"]
            .as_str()
            .unwrap()
            .contains("verified")
    );
    let (c, r) = idp_check(
        &t,
        p.to_str().unwrap(),
        &[
            "--entity-id",
            IDP_ENTITY,
            "--trust-cert",
            t.rogue.cert.to_str().unwrap(),
        ],
    );
    assert_eq!(
        (c, r["status"].as_str().unwrap()),
        (3, "unhealthy"),
        "{r:#}"
    );
    assert_eq!(status_of(&r, "metadata signature"), vec!["fail"]);
    let tampered = write(
        "fed-tampered.xml",
        &signed.replace(IDP_SSO, "https://evil.example.com/sso"),
    );
    let (c, _) = idp_check(
        &t,
        tampered.to_str().unwrap(),
        &[
            "--entity-id",
            IDP_ENTITY,
            "--trust-cert",
            fed.cert.to_str().unwrap(),
        ],
    );
    assert_eq!(c, 3);

    // Every run is in the cache.
    let db = rusqlite::Connection::open(t.env.cache()).unwrap();
    let rows: Vec<(String, String)> = db
        .prepare("SELECT kind, verdict FROM sso_checks ORDER BY rowid")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 10, "{rows:?}");
    assert!(rows.iter().all(|(k, _)| k == "saml-idp"));
    assert_eq!(rows[0].1, "healthy");
    assert_eq!(rows[1].1, "unhealthy");
}

#[test]
fn decode_unwraps_every_form_and_keygen_writes_a_private_key() {
    let t = Saml::new();
    let xml = t.signed(&Spec::default());
    let b64 = base64::engine::general_purpose::STANDARD.encode(&xml);
    let urlenc: String = url::form_urlencoded::byte_serialize(b64.as_bytes()).collect();
    for input in [b64.as_str(), urlenc.as_str()] {
        let out = t.env.run(&["sso", "saml", "decode", input]);
        expect_code(&out, 0);
        let text = stdout(&out);
        let d = roxmltree::Document::parse(&text).unwrap();
        assert_eq!(d.root_element().tag_name().name(), "Response");
        let nameid = d.descendants().find(|n| n.has_tag_name("NameID")).unwrap();
        assert_eq!(nameid.text(), Some("alice@example.com"));
        assert!(text.lines().count() > 10, "indented");
    }
    let out = t.env.run(&["sso", "saml", "decode", "%%% not base64"]);
    expect_code(&out, 2);

    let out = t.env.run(&[
        "sso",
        "saml",
        "keygen",
        "--cn",
        "new-sp.example.com",
        "--days",
        "90",
        "--bits",
        "2048",
        "--key-out",
        "new.key",
        "--cert-out",
        "new.crt",
    ]);
    expect_code(&out, 0);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(t.env.path("new.key"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let cert =
        openssl::x509::X509::from_pem(&std::fs::read(t.env.path("new.crt")).unwrap()).unwrap();
    let key =
        openssl::pkey::PKey::private_key_from_pem(&std::fs::read(t.env.path("new.key")).unwrap())
            .unwrap();
    assert!(cert.public_key().unwrap().public_eq(&key));
    let cn = cert
        .subject_name()
        .entries()
        .next()
        .unwrap()
        .data()
        .to_string()
        .unwrap();
    assert_eq!(cn, "new-sp.example.com");
    let days = cert.not_before().diff(cert.not_after()).unwrap().days;
    assert_eq!(days, 90);
    // An existing key is never overwritten without --force.
    let before = std::fs::read(&t.sp.key).unwrap();
    let out = t.env.run(&[
        "sso",
        "saml",
        "keygen",
        "--cn",
        "again",
        "--key-out",
        "sp.key",
    ]);
    expect_code(&out, 2);
    assert_eq!(std::fs::read(&t.sp.key).unwrap(), before);
    assert!(stderr(&out).contains("--force"));
}

#[test]
fn config_check_loads_the_sp_keys_and_the_idp_metadata() {
    let t = Saml::new();
    let out = t.env.run(&["config", "list", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(
        crate::support::ndjson(&out)[0]["services"],
        serde_json::json!(["saml"])
    );
    let out = t.env.run(&["config", "check", "--format", "csv"]);
    expect_code(&out, 0);
    let (_, rows) = crate::support::csv_rows(&out);
    let saml: Vec<_> = rows.iter().filter(|r| r[0] == "saml").collect();
    assert_eq!(saml.len(), 1, "{rows:?}");
    assert_eq!(saml[0][1], "ok");
    assert_eq!(saml[0][2], SP_ENTITY);
    assert!(saml[0][3].contains(IDP_ENTITY), "{:?}", saml[0]);

    // A key that is not the certificate's, and metadata without a signing certificate, fail.
    let other = keypair(t.dir(), "other", "x", -1, 10, MessageDigest::sha256());
    let cfg = std::fs::read_to_string(t.env.config()).unwrap();
    std::fs::write(
        t.env.config(),
        cfg.replace(t.sp.key.to_str().unwrap(), other.key.to_str().unwrap()),
    )
    .unwrap();
    let out = t.env.run(&["config", "check", "--format", "csv"]);
    expect_code(&out, 3);
    let (_, rows) = crate::support::csv_rows(&out);
    assert_eq!(rows[0][1], "fail");
    assert!(rows[0][3].contains("does not belong"), "{rows:?}");
    std::fs::write(t.env.config(), cfg).unwrap();
    std::fs::write(
        t.env.path("idp.xml"),
        idp_metadata(IDP_ENTITY, &[], None, "_md"),
    )
    .unwrap();
    let out = t.env.run(&["config", "check", "--format", "csv"]);
    expect_code(&out, 3);
    let (_, rows) = crate::support::csv_rows(&out);
    assert!(rows[0][3].contains("no signing certificate"), "{rows:?}");
}

/// Writes the SAML fuzz corpora's seeds from the shapes these tests use, signed with the fuzz
/// fixture key (fuzz/fixtures/idp.key), and the IdP metadata fixture the targets trust.
/// Not a test: run `cargo test --test cli write_saml_fuzz_seeds -- --ignored` to refresh them.
#[test]
#[ignore]
fn write_saml_fuzz_seeds() {
    let fuzz = crate::support::repo_root().join("fuzz");
    let idp = KeyPair {
        key: fuzz.join("fixtures/idp.key"),
        cert: fuzz.join("fixtures/idp.crt"),
    };
    let metadata = idp_metadata(IDP_ENTITY, &[&idp], Some("2036-01-01T00:00:00Z"), "_md");
    std::fs::write(fuzz.join("fixtures/idp-metadata.xml"), &metadata).unwrap();
    let dir = |name: &str| {
        let d = fuzz.join("corpus").join(name);
        std::fs::create_dir_all(&d).unwrap();
        d
    };
    let (responses, bindings, metadatas) = (
        dir("saml_response"),
        dir("saml_binding"),
        dir("idp_metadata"),
    );
    let tmp = tempfile::tempdir().unwrap();
    let shapes = [
        ("assertion-signed", Spec::default()),
        (
            "response-signed",
            Spec {
                sign_response: true,
                sign_assertion: false,
                ..Spec::default()
            },
        ),
        (
            "both-signed",
            Spec {
                sign_response: true,
                ..Spec::default()
            },
        ),
        (
            "sha1",
            Spec {
                sha1: true,
                ..Spec::default()
            },
        ),
        (
            "unsolicited",
            Spec {
                in_response_to: None,
                ..Spec::default()
            },
        ),
        (
            "unsigned",
            Spec {
                sign_assertion: false,
                ..Spec::default()
            },
        ),
    ];
    for (name, spec) in shapes {
        let xml = response(tmp.path(), &spec, &idp);
        std::fs::write(responses.join(format!("{name}.xml")), &xml).unwrap();
        let b64 = base64::engine::general_purpose::STANDARD.encode(&xml);
        std::fs::write(bindings.join(format!("{name}.b64")), &b64).unwrap();
        let deflated = atomctl::sso::saml::binding::deflate_b64(&xml);
        let form: String = url::form_urlencoded::byte_serialize(deflated.as_bytes()).collect();
        std::fs::write(
            bindings.join(format!("{name}.url")),
            format!("{IDP_SSO}?SAMLResponse={form}&RelayState=x"),
        )
        .unwrap();
    }
    std::fs::write(metadatas.join("signing-cert.xml"), &metadata).unwrap();
    std::fs::write(
        metadatas.join("expired.xml"),
        idp_metadata(IDP_ENTITY, &[&idp], Some("2001-01-01T00:00:00Z"), "_old"),
    )
    .unwrap();
    std::fs::write(
        metadatas.join("no-cert.xml"),
        idp_metadata(IDP_ENTITY, &[], None, "_n"),
    )
    .unwrap();
}
