//! Validating a `<samlp:Response>` as a Service Provider must: structure first (so that no
//! wrapped or duplicated element can be read), then every signature against the IdP's
//! certificates from its metadata only, then the conditions, read only from the XML that the
//! verified signatures cover.

use std::collections::HashSet;

use openssl::pkey::{PKey, Private};
use serde::Serialize;
use serde_json::{Map, Value};
use time::{Duration, OffsetDateTime};

use super::crypto::{self, SignatureInfo, decrypt_assertion, inspect_signatures};
use super::idp::IdpMetadata;
use super::parse_instant;
use super::xml::{self, NS_SAML, NS_SAMLP};
use crate::sso::checks::{Checklist, Status};

const SUCCESS: &str = "urn:oasis:names:tc:SAML:2.0:status:Success";
const BEARER: &str = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

/// Which request the Response must answer.
pub enum Solicited<'a> {
    /// `--request-id ID`.
    Given(&'a str),
    /// The requests `authn-url` remembered that have not expired.
    Remembered(&'a [String]),
}

pub struct Expect<'a> {
    pub sp_entity_id: &'a str,
    pub acs_urls: &'a [String],
    pub want_assertions_signed: bool,
    pub idp: &'a IdpMetadata,
    pub solicited: Solicited<'a>,
    pub allow_unsolicited: bool,
    pub sp_key: Option<&'a PKey<Private>>,
    pub clock_skew: Duration,
    pub now: OffsetDateTime,
    /// When an assertion ID was already accepted, the time it was.
    pub seen: &'a dyn Fn(&str) -> Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NameId {
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Session {
    pub authn_instant: Option<String>,
    pub session_index: Option<String>,
    pub session_not_on_or_after: Option<String>,
    pub authn_context: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Accepted {
    pub assertion_id: String,
    pub issuer: String,
    pub in_response_to: Option<String>,
    pub nameid: NameId,
    /// Attribute name → values, in document order.
    pub attributes: Map<String, Value>,
    pub session: Session,
    /// Until when the assertion ID must be remembered against replay.
    #[serde(skip)]
    pub remember_until: OffsetDateTime,
}

pub struct Outcome {
    pub checks: Checklist,
    pub warnings: Vec<String>,
    pub accepted: Option<Accepted>,
}

impl Outcome {
    pub fn verdict(&self) -> &'static str {
        if self.accepted.is_some() {
            "accept"
        } else {
            "reject"
        }
    }
}

struct Run {
    list: Checklist,
    warnings: Vec<String>,
}

impl Run {
    fn reject(self) -> Outcome {
        Outcome {
            checks: self.list,
            warnings: self.warnings,
            accepted: None,
        }
    }
}

/// The first ID (or Id) value that occurs twice.
fn duplicate_id(doc: &roxmltree::Document<'_>) -> Option<String> {
    let mut seen = HashSet::new();
    doc.descendants()
        .filter(|n| n.is_element())
        .flat_map(|n| n.attributes())
        .filter(|a| a.namespace().is_none() && matches!(a.name(), "ID" | "Id"))
        .map(|a| a.value().to_owned())
        .find(|v| !seen.insert(v.clone()))
}

fn is_assertion(n: roxmltree::Node<'_, '_>) -> bool {
    xml::is(n, NS_SAML, "Assertion") || xml::is(n, NS_SAML, "EncryptedAssertion")
}

fn signed_summary(sigs: &[SignatureInfo]) -> String {
    sigs.iter()
        .map(|s| format!("{} ({})", s.parent, s.algorithms))
        .collect::<Vec<_>>()
        .join(" and ")
}

pub fn validate(text: &str, e: &Expect<'_>) -> Outcome {
    let mut run = Run {
        list: Checklist::default(),
        warnings: Vec::new(),
    };
    let list = &mut run.list;
    let stripped = match xml::parse(text) {
        Ok(d) => xml::strip_comments(text, &d),
        Err(err) => {
            list.fail("xml", err.to_string());
            return run.reject();
        }
    };
    if stripped.is_some() {
        run.warnings.push(
            "the Response has XML comments; they were removed before verification (they are not signed)".into(),
        );
    }
    let text = stripped.as_deref().unwrap_or(text);
    let list = &mut run.list;
    let doc = match xml::parse(text) {
        Ok(d) => d,
        Err(err) => {
            list.fail("xml", err.to_string());
            return run.reject();
        }
    };
    let root = doc.root_element();
    if !xml::is(root, NS_SAMLP, "Response") {
        list.fail(
            "xml",
            format!(
                "the root is <{}>, not samlp:Response",
                root.tag_name().name()
            ),
        );
        return run.reject();
    }
    list.pass("xml", "well-formed, no DOCTYPE");
    if let Some(dup) = duplicate_id(&doc) {
        list.fail(
            "ids",
            format!("ID {dup:?} occurs more than once (signature wrapping?)"),
        );
        return run.reject();
    }
    list.pass("ids", "unique");

    let status = xml::child(root, NS_SAMLP, "Status")
        .and_then(|s| xml::child(s, NS_SAMLP, "StatusCode"))
        .and_then(|c| c.attribute("Value"))
        .unwrap_or_default();
    if status != SUCCESS {
        let message = xml::child(root, NS_SAMLP, "Status")
            .and_then(|s| xml::child(s, NS_SAMLP, "StatusMessage"))
            .map(xml::text_trimmed);
        let sub = xml::child(root, NS_SAMLP, "Status")
            .and_then(|s| xml::child(s, NS_SAMLP, "StatusCode"))
            .and_then(|c| xml::child(c, NS_SAMLP, "StatusCode"))
            .and_then(|c| c.attribute("Value"));
        let mut why = format!("{:?}", status.rsplit(':').next().unwrap_or(status));
        if let Some(s) = sub {
            why.push_str(&format!(" / {}", s.rsplit(':').next().unwrap_or(s)));
        }
        if let Some(m) = message {
            why.push_str(&format!(": {m}"));
        }
        list.fail("status", format!("not Success: {why}"));
        return run.reject();
    }
    list.pass("status", "Success");

    let assertions: Vec<_> = doc.descendants().filter(|n| is_assertion(*n)).collect();
    let assertion_in = match assertions.as_slice() {
        [one] if one.parent_element() == Some(root) => *one,
        [one] => {
            list.fail(
                "structure",
                format!(
                    "the assertion sits in <{}>, not directly in the Response (signature wrapping?)",
                    one.parent_element().map_or("", |p| p.tag_name().name())
                ),
            );
            return run.reject();
        }
        many => {
            list.fail(
                "structure",
                format!(
                    "{} assertions where exactly one belongs (signature wrapping?)",
                    many.len()
                ),
            );
            return run.reject();
        }
    };
    list.pass("structure", "one assertion, directly in the Response");

    let sigs = match inspect_signatures(&doc) {
        Ok(s) => s,
        Err(err) => {
            list.fail("signature", err.to_string());
            return run.reject();
        }
    };
    let root_id = root.attribute("ID");
    let assertion_id_in = assertion_in.attribute("ID");
    for s in &sigs {
        let ok = (s.parent == "Response" && s.parent_id.as_deref() == root_id)
            || (s.parent == "Assertion" && s.parent_id.as_deref() == assertion_id_in);
        if !ok {
            list.fail(
                "signature",
                format!(
                    "a signature in <{}> (only the Response or the Assertion may be signed)",
                    s.parent
                ),
            );
            return run.reject();
        }
    }
    if e.idp.signing_certs.is_empty() {
        list.fail(
            "signature",
            "the IdP metadata has no signing certificate, so nothing can be trusted",
        );
        return run.reject();
    }
    let encrypted = xml::is(assertion_in, NS_SAML, "EncryptedAssertion");
    let response_signed = sigs.iter().any(|s| s.parent == "Response");

    // Verify what is signed in the document as received.
    let reduced: Option<String> = if sigs.is_empty() {
        None
    } else {
        match crypto::reduce_to_signed(text, &e.idp.signing_certs) {
            Ok(r) => Some(r),
            Err(_) => {
                list.fail(
                    "signature",
                    format!(
                        "{} does not verify with the IdP's certificates from its metadata (altered, or signed by another key)",
                        signed_summary(&sigs)
                    ),
                );
                return run.reject();
            }
        }
    };
    if sigs.iter().any(|s| s.weak) {
        run.warnings
            .push("signed with SHA-1, which is weak; ask the IdP for SHA-256".into());
    }
    let list = &mut run.list;

    // The assertion's own document: decrypted, or the verified one.
    let plain: Option<String> = if encrypted {
        let Some(key) = e.sp_key else {
            list.fail(
                "decryption",
                "the assertion is encrypted: pass --sp-key FILE",
            );
            return run.reject();
        };
        match decrypt_assertion(assertion_in, key) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(s) => {
                    let s = wrap_namespaces(&s, assertion_in);
                    Some(
                        match xml::parse(&s)
                            .ok()
                            .and_then(|d| xml::strip_comments(&s, &d))
                        {
                            Some(stripped) => stripped,
                            None => s,
                        },
                    )
                }
                Err(_) => {
                    list.fail("decryption", "the decrypted assertion is not UTF-8");
                    return run.reject();
                }
            },
            Err(err) => {
                list.fail("decryption", err.to_string());
                return run.reject();
            }
        }
    } else {
        None
    };
    let plain_doc = match plain.as_deref().map(xml::parse) {
        None => None,
        Some(Ok(d)) => Some(d),
        Some(Err(err)) => {
            list.fail("decryption", format!("the decrypted assertion: {err}"));
            return run.reject();
        }
    };
    let mut inner_sigs = Vec::new();
    if let Some(pd) = &plain_doc {
        let inner: Vec<_> = pd.descendants().filter(|n| is_assertion(*n)).collect();
        if inner.len() != 1 || !xml::is(inner[0], NS_SAML, "Assertion") {
            list.fail(
                "decryption",
                "the decrypted content is not exactly one Assertion",
            );
            return run.reject();
        }
        if let Some(dup) = duplicate_id(pd) {
            list.fail(
                "ids",
                format!("ID {dup:?} occurs more than once in the decrypted assertion"),
            );
            return run.reject();
        }
        inner_sigs = match inspect_signatures(pd) {
            Ok(s) => s,
            Err(err) => {
                list.fail("signature", err.to_string());
                return run.reject();
            }
        };
        let aid = inner[0].attribute("ID");
        if inner_sigs
            .iter()
            .any(|s| s.parent != "Assertion" || s.parent_id.as_deref() != aid)
        {
            list.fail(
                "signature",
                "a signature inside the decrypted assertion signs something else",
            );
            return run.reject();
        }
        list.pass(
            "decryption",
            "the EncryptedAssertion decrypted with the SP key",
        );
    }
    let reduced_plain: Option<String> = match (&plain, inner_sigs.is_empty()) {
        (Some(p), false) => match crypto::reduce_to_signed(p, &e.idp.signing_certs) {
            Ok(r) => Some(r),
            Err(_) => {
                list.fail(
                    "signature",
                    "the decrypted assertion's signature does not verify with the IdP's certificates",
                );
                return run.reject();
            }
        },
        _ => None,
    };
    if inner_sigs.iter().any(|s| s.weak) {
        run.warnings
            .push("the assertion is signed with SHA-1, which is weak".into());
    }
    let list = &mut run.list;
    let assertion_signed = sigs.iter().any(|s| s.parent == "Assertion") || !inner_sigs.is_empty();
    if !response_signed && !assertion_signed {
        list.fail(
            "signature",
            "neither the Response nor the Assertion is signed (stripped signature?)",
        );
        return run.reject();
    }
    if e.want_assertions_signed && !assertion_signed {
        list.fail(
            "signature",
            "the SP wants signed assertions (WantAssertionsSigned) and the Assertion is not signed",
        );
        return run.reject();
    }
    let all_sigs: Vec<SignatureInfo> = sigs.iter().chain(inner_sigs.iter()).cloned().collect();
    let weak = all_sigs.iter().any(|s| s.weak);
    list.add(
        "signature",
        if weak { Status::Warn } else { Status::Pass },
        format!(
            "{} verified with the IdP's certificate",
            signed_summary(&all_sigs)
        ),
    );

    // From here on, only verified XML is read.
    let reduced_doc = match reduced.as_deref().map(xml::parse).transpose() {
        Ok(d) => d,
        Err(err) => {
            list.fail("signature", format!("the signed content: {err}"));
            return run.reject();
        }
    };
    let reduced_plain_doc = match reduced_plain.as_deref().map(xml::parse).transpose() {
        Ok(d) => d,
        Err(err) => {
            list.fail("signature", format!("the signed assertion: {err}"));
            return run.reject();
        }
    };
    // The Response's own attributes: from the signed Response when it is signed.
    let response = match &reduced_doc {
        Some(d) if xml::is(d.root_element(), NS_SAMLP, "Response") => d.root_element(),
        _ => root,
    };
    fn find_assertion<'a, 'i>(d: &'a roxmltree::Document<'i>) -> Option<roxmltree::Node<'a, 'i>> {
        let r = d.root_element();
        if xml::is(r, NS_SAML, "Assertion") {
            Some(r)
        } else {
            r.children().find(|n| xml::is(*n, NS_SAML, "Assertion"))
        }
    }
    let assertion = if let Some(d) = &reduced_plain_doc {
        find_assertion(d)
    } else if let Some(d) = &plain_doc {
        // Covered by the Response signature over the ciphertext.
        find_assertion(d)
    } else {
        reduced_doc.as_ref().and_then(find_assertion)
    };
    let Some(a) = assertion else {
        list.fail("signature", "the signed content holds no Assertion");
        return run.reject();
    };

    let skew = e.clock_skew;
    let now = e.now;
    let mut ok = true;
    let mut check = |list: &mut Checklist, name: &str, result: Result<String, String>| match result
    {
        Ok(d) => list.pass(name, d),
        Err(d) => {
            ok = false;
            list.fail(name, d);
        }
    };

    // Issuer: the Assertion's is required; the Response's is optional.
    let idp_id = e.idp.entity_id.as_str();
    let a_issuer = xml::child(a, NS_SAML, "Issuer").map(xml::text_trimmed);
    let r_issuer = xml::child(response, NS_SAML, "Issuer").map(xml::text_trimmed);
    check(
        list,
        "issuer",
        match (&a_issuer, &r_issuer) {
            (None, _) => Err("the Assertion has no Issuer".into()),
            (Some(i), _) if i != idp_id => Err(format!("{i:?}, expected {idp_id:?}")),
            (_, Some(i)) if i != idp_id => {
                Err(format!("Response Issuer {i:?}, expected {idp_id:?}"))
            }
            (Some(i), _) => Ok(i.clone()),
        },
    );

    let acs_ok = |u: &str| e.acs_urls.iter().any(|a| a == u);
    check(
        list,
        "destination",
        match response.attribute("Destination") {
            Some(d) if acs_ok(d) => Ok(d.to_owned()),
            Some(d) => Err(format!("{d:?} is not this SP's ACS URL")),
            None if response_signed => Err("a signed Response must name its Destination".into()),
            None => Ok("not set (the Response is unsigned)".into()),
        },
    );

    // InResponseTo, on the Response and on the bearer confirmation.
    let irt = response.attribute("InResponseTo");
    let confirmations: Vec<_> = xml::child(a, NS_SAML, "Subject")
        .into_iter()
        .flat_map(|s| xml::children(s, NS_SAML, "SubjectConfirmation"))
        .filter(|c| c.attribute("Method") == Some(BEARER))
        .collect();
    let scd_irt = confirmations
        .iter()
        .filter_map(|c| xml::child(*c, NS_SAML, "SubjectConfirmationData"))
        .find_map(|d| d.attribute("InResponseTo"));
    let in_response_to = irt.or(scd_irt);
    check(
        list,
        "in_response_to",
        match (in_response_to, &e.solicited) {
            (Some(a), _) if irt.is_some() && scd_irt.is_some() && irt != scd_irt => Err(format!(
                "the Response answers {a:?} but its confirmation {:?}",
                scd_irt.unwrap_or_default()
            )),
            (Some(id), Solicited::Given(want)) if id == *want => Ok(id.to_owned()),
            (Some(id), Solicited::Given(want)) => Err(format!("{id:?}, expected {want:?}")),
            (Some(id), Solicited::Remembered(ids)) if ids.iter().any(|i| i == id) => {
                Ok(format!("{id} (a request atomctl made)"))
            }
            (Some(id), Solicited::Remembered(_)) => Err(format!(
                "{id:?} is not a request atomctl made, or it has expired"
            )),
            (None, _) if e.allow_unsolicited => Ok("unsolicited, allowed".into()),
            (None, _) => Err(
                "unsolicited (IdP-initiated) response; pass --allow-unsolicited to accept those"
                    .into(),
            ),
        },
    );

    // NameID and the bearer confirmation.
    let subject = xml::child(a, NS_SAML, "Subject");
    let nameid = subject.and_then(|s| xml::child(s, NS_SAML, "NameID"));
    let nameid = nameid.map(|n| NameId {
        value: xml::text(n),
        format: n.attribute("Format").map(str::to_owned),
    });
    check(
        list,
        "subject",
        match &nameid {
            Some(n) if !n.value.trim().is_empty() => Ok(n.value.clone()),
            Some(_) => Err("the NameID is empty".into()),
            None => Err("no NameID in the Subject".into()),
        },
    );
    let mut remember_until = now;
    let mut confirmation_errors = Vec::new();
    let mut recipient_ok = None;
    for c in &confirmations {
        let Some(d) = xml::child(*c, NS_SAML, "SubjectConfirmationData") else {
            confirmation_errors.push("bearer confirmation without SubjectConfirmationData".into());
            continue;
        };
        let recipient = d.attribute("Recipient").unwrap_or_default();
        if !acs_ok(recipient) {
            confirmation_errors.push(format!("Recipient {recipient:?} is not this SP's ACS URL"));
            continue;
        }
        recipient_ok = Some(recipient.to_owned());
        match d.attribute("NotOnOrAfter").map(|v| (v, parse_instant(v))) {
            None => confirmation_errors.push("bearer confirmation without NotOnOrAfter".into()),
            Some((v, None)) => {
                confirmation_errors.push(format!("NotOnOrAfter {v:?} is not a dateTime"))
            }
            Some((v, Some(t))) if t + skew <= now => {
                confirmation_errors.push(format!("expired: NotOnOrAfter {v}"))
            }
            Some((_, Some(t))) => {
                if let Some(nb) = d.attribute("NotBefore").and_then(parse_instant)
                    && nb - skew > now
                {
                    confirmation_errors.push("not yet valid (NotBefore)".into());
                    continue;
                }
                remember_until = remember_until.max(t + skew);
                confirmation_errors.clear();
                break;
            }
        }
    }
    check(
        list,
        "recipient",
        recipient_ok.ok_or_else(|| {
            if confirmations.is_empty() {
                "no bearer SubjectConfirmation".to_owned()
            } else {
                confirmation_errors.join("; ")
            }
        }),
    );
    check(
        list,
        "subject_confirmation",
        if confirmations.is_empty() {
            Err("no bearer SubjectConfirmation".into())
        } else if confirmation_errors.is_empty() {
            Ok("bearer, in time".into())
        } else {
            Err(confirmation_errors.join("; "))
        },
    );

    // Conditions: the time window and the audience.
    let conditions = xml::child(a, NS_SAML, "Conditions");
    let window = match conditions {
        None => Ok("no Conditions".to_owned()),
        Some(c) => {
            let nb = c.attribute("NotBefore").map(|v| (v, parse_instant(v)));
            let na = c.attribute("NotOnOrAfter").map(|v| (v, parse_instant(v)));
            match (nb, na) {
                (Some((v, None)), _) | (_, Some((v, None))) => {
                    Err(format!("{v:?} is not a dateTime"))
                }
                (Some((v, Some(t))), _) if t - skew > now => {
                    Err(format!("not yet valid: NotBefore {v}"))
                }
                (_, Some((v, Some(t)))) if t + skew <= now => {
                    Err(format!("expired: NotOnOrAfter {v}"))
                }
                (_, na) => {
                    if let Some((_, Some(t))) = na {
                        remember_until = remember_until.max(t + skew);
                    }
                    Ok(format!(
                        "{} … {}",
                        nb.map_or("-", |(v, _)| v),
                        na.map_or("-", |(v, _)| v)
                    ))
                }
            }
        }
    };
    check(list, "conditions", window);
    let restrictions: Vec<Vec<String>> = conditions
        .into_iter()
        .flat_map(|c| xml::children(c, NS_SAML, "AudienceRestriction"))
        .map(|r| {
            xml::children(r, NS_SAML, "Audience")
                .map(xml::text_trimmed)
                .collect()
        })
        .collect();
    check(
        list,
        "audience",
        if restrictions.is_empty() {
            Err("no AudienceRestriction".into())
        } else if let Some(r) = restrictions
            .iter()
            .find(|r| !r.iter().any(|x| x == e.sp_entity_id))
        {
            Err(format!("{r:?} does not include {:?}", e.sp_entity_id))
        } else {
            Ok(e.sp_entity_id.to_owned())
        },
    );

    // The authentication itself.
    let authn = xml::child(a, NS_SAML, "AuthnStatement");
    let session = Session {
        authn_instant: authn.and_then(|s| s.attribute("AuthnInstant").map(str::to_owned)),
        session_index: authn.and_then(|s| s.attribute("SessionIndex").map(str::to_owned)),
        session_not_on_or_after: authn
            .and_then(|s| s.attribute("SessionNotOnOrAfter").map(str::to_owned)),
        authn_context: authn
            .and_then(|s| xml::child(s, NS_SAML, "AuthnContext"))
            .and_then(|c| xml::child(c, NS_SAML, "AuthnContextClassRef"))
            .map(xml::text_trimmed),
    };
    check(
        list,
        "session",
        match (authn, session.session_not_on_or_after.as_deref()) {
            (None, _) => Err("no AuthnStatement".into()),
            (Some(_), Some(v)) => match parse_instant(v) {
                Some(t) if t + skew <= now => Err(format!("the session ended at {v}")),
                Some(_) => Ok(format!("until {v}")),
                None => Err(format!("SessionNotOnOrAfter {v:?} is not a dateTime")),
            },
            (Some(_), None) => Ok("no SessionNotOnOrAfter".into()),
        },
    );

    let assertion_id = a.attribute("ID").unwrap_or_default().to_owned();
    check(
        list,
        "replay",
        if assertion_id.is_empty() {
            Err("the assertion has no ID".into())
        } else if let Some(when) = (e.seen)(&assertion_id) {
            Err(format!(
                "assertion {assertion_id} was already accepted at {when}"
            ))
        } else {
            Ok("first use of this assertion ID".into())
        },
    );

    let mut attributes = Map::new();
    for st in xml::children(a, NS_SAML, "AttributeStatement") {
        for at in xml::children(st, NS_SAML, "Attribute") {
            let name = at.attribute("Name").unwrap_or_default().to_owned();
            let values: Vec<Value> = xml::children(at, NS_SAML, "AttributeValue")
                .map(|v| Value::from(xml::text(v)))
                .collect();
            match attributes.get_mut(&name) {
                Some(Value::Array(existing)) => existing.extend(values),
                _ => {
                    attributes.insert(name, Value::Array(values));
                }
            }
        }
        if xml::children(st, NS_SAML, "EncryptedAttribute")
            .next()
            .is_some()
        {
            run.warnings
                .push("encrypted attributes are not decrypted and not shown".into());
        }
    }

    if !ok {
        return run.reject();
    }
    let accepted = Accepted {
        assertion_id,
        issuer: a_issuer.unwrap_or_default(),
        in_response_to: in_response_to.map(str::to_owned),
        nameid: nameid.expect("checked above"),
        attributes,
        session,
        remember_until,
    };
    Outcome {
        checks: run.list,
        warnings: run.warnings,
        accepted: Some(accepted),
    }
}

/// A decrypted assertion may use prefixes declared on the Response around it; give it those
/// declarations (exclusive C14N makes the signature independent of them).
fn wrap_namespaces(plain: &str, context: roxmltree::Node<'_, '_>) -> String {
    let plain = plain.trim_start_matches('\u{feff}').trim();
    let plain = match plain.strip_prefix("<?xml") {
        Some(rest) => rest.split_once("?>").map_or(plain, |(_, body)| body.trim()),
        None => plain,
    };
    if xml::parse(plain).is_ok() {
        return plain.to_owned();
    }
    let decls: String = context
        .namespaces()
        .map(|ns| match ns.name() {
            Some(p) => format!(" xmlns:{p}=\"{}\"", ns.uri()),
            None => format!(" xmlns=\"{}\"", ns.uri()),
        })
        .collect();
    format!("<atomctl-wrapper{decls}>{plain}</atomctl-wrapper>")
}
