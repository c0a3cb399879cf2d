//! Stage 3: what the verified assertion says, judged: issuer, destination, the request it
//! answers, subject and bearer confirmation, conditions, audience, session and replay. Each
//! check is named and runs even after another failed, so a report shows every problem; the
//! Response is accepted only when all pass.

use roxmltree::Node;
use serde_json::{Map, Value};
use time::OffsetDateTime;

use super::super::parse_instant;
use super::super::xml::{self, NS_SAML};
use super::signatures::{Envelope, Verified, VerifiedAssertion};
use super::{Accepted, Expect, NameId, Rejected, Report, Session, Solicited, Stage};

const BEARER: &str = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

/// The checks of this stage, and whether all passed so far.
struct Judge<'r> {
    report: &'r mut Report,
    ok: bool,
}

impl Judge<'_> {
    fn check(&mut self, name: &str, result: Result<String, String>) {
        match result {
            Ok(d) => self.report.list.pass(name, d),
            Err(d) => {
                self.ok = false;
                self.report.list.fail(name, d);
            }
        }
    }
}

pub(super) fn judge(v: &Verified, e: &Expect<'_>, report: &mut Report) -> Stage<Accepted> {
    let docs = v.docs(report)?;
    let Some(a) = docs.assertion() else {
        return report.reject("signature", "the signed content holds no Assertion");
    };
    let envelope = docs.envelope();
    let mut j = Judge { report, ok: true };
    let issuer = issuer(&mut j, e, envelope, a);
    destination(&mut j, e, envelope);
    let in_response_to = in_response_to(&mut j, e, envelope, a);
    let nameid = subject(&mut j, a);
    let mut remember_until = confirmation(&mut j, e, a);
    if let Some(t) = conditions(&mut j, e, a) {
        remember_until = remember_until.max(t);
    }
    audience(&mut j, e, a);
    let session = session(&mut j, e, a);
    let assertion_id = replay(&mut j, e, a);
    let attributes = attributes(j.report, a);
    if !j.ok {
        return Err(Rejected);
    }
    Ok(Accepted {
        assertion_id,
        issuer: issuer.unwrap_or_default(),
        in_response_to,
        nameid: nameid.expect("the subject check passed"),
        attributes,
        session,
        remember_until,
    })
}

fn acs_ok(e: &Expect<'_>, url: &str) -> bool {
    e.acs_urls.iter().any(|a| a == url)
}

/// The Assertion's Issuer is required; the Response's is optional. Both must be the IdP.
fn issuer(
    j: &mut Judge<'_>,
    e: &Expect<'_>,
    envelope: Envelope<'_, '_>,
    a: VerifiedAssertion<'_, '_>,
) -> Option<String> {
    let idp_id = e.idp.entity_id.as_str();
    let a_issuer = xml::child(a.node(), NS_SAML, "Issuer").map(xml::text_trimmed);
    let r_issuer = xml::child(envelope.node, NS_SAML, "Issuer").map(xml::text_trimmed);
    j.check(
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
    a_issuer
}

fn destination(j: &mut Judge<'_>, e: &Expect<'_>, envelope: Envelope<'_, '_>) {
    j.check(
        "destination",
        match envelope.node.attribute("Destination") {
            Some(d) if acs_ok(e, d) => Ok(d.to_owned()),
            Some(d) => Err(format!("{d:?} is not this SP's ACS URL")),
            None if envelope.signed => Err("a signed Response must name its Destination".into()),
            None => Ok("not set (the Response is unsigned)".into()),
        },
    );
}

/// The bearer SubjectConfirmations of the assertion.
fn bearer_confirmations<'a, 'i>(a: VerifiedAssertion<'a, 'i>) -> Vec<Node<'a, 'i>> {
    xml::child(a.node(), NS_SAML, "Subject")
        .into_iter()
        .flat_map(|s| xml::children(s, NS_SAML, "SubjectConfirmation"))
        .filter(|c| c.attribute("Method") == Some(BEARER))
        .collect()
}

/// InResponseTo, on the Response and on the bearer confirmation: the request it answers.
/// Only signed content counts: on an unsigned Response around a signed Assertion, anyone
/// could have added it, turning an IdP-initiated assertion into a "solicited" one (and using
/// up a remembered request ID).
fn in_response_to(
    j: &mut Judge<'_>,
    e: &Expect<'_>,
    envelope: Envelope<'_, '_>,
    a: VerifiedAssertion<'_, '_>,
) -> Option<String> {
    let on_response = envelope.node.attribute("InResponseTo");
    let irt = on_response.filter(|_| envelope.signed);
    let scd_irt = bearer_confirmations(a)
        .iter()
        .filter_map(|c| xml::child(*c, NS_SAML, "SubjectConfirmationData"))
        .find_map(|d| d.attribute("InResponseTo"));
    let in_response_to = irt.or(scd_irt);
    let unsigned_only = in_response_to.is_none() && on_response.is_some();
    j.check(
        "in_response_to",
        match (in_response_to, &e.solicited) {
            (_, _) if on_response.is_some() && scd_irt.is_some() && on_response != scd_irt => {
                Err(format!(
                    "the Response answers {:?} but its confirmation {:?}",
                    on_response.unwrap_or_default(),
                    scd_irt.unwrap_or_default()
                ))
            }
            (Some(id), Solicited::Given(want)) if id == *want => Ok(id.to_owned()),
            (Some(id), Solicited::Given(want)) => Err(format!("{id:?}, expected {want:?}")),
            (Some(id), Solicited::Remembered(ids)) if ids.iter().any(|i| i == id) => {
                Ok(format!("{id} (a request atomctl made)"))
            }
            (Some(id), Solicited::Remembered(_)) => Err(format!(
                "{id:?} is not a request atomctl made, or it has expired"
            )),
            (None, _) if e.allow_unsolicited => Ok("unsolicited, allowed".into()),
            (None, _) if unsigned_only => Err(
                "InResponseTo is only on the unsigned Response, which anyone could have added: the signed assertion is unsolicited (IdP-initiated); pass --allow-unsolicited to accept those"
                    .into(),
            ),
            (None, _) => Err(
                "unsolicited (IdP-initiated) response; pass --allow-unsolicited to accept those"
                    .into(),
            ),
        },
    );
    in_response_to.map(str::to_owned)
}

fn subject(j: &mut Judge<'_>, a: VerifiedAssertion<'_, '_>) -> Option<NameId> {
    let nameid = xml::child(a.node(), NS_SAML, "Subject")
        .and_then(|s| xml::child(s, NS_SAML, "NameID"))
        .map(|n| NameId {
            value: xml::text(n),
            format: n.attribute("Format").map(str::to_owned),
        });
    j.check(
        "subject",
        match &nameid {
            Some(n) if !n.value.trim().is_empty() => Ok(n.value.clone()),
            Some(_) => Err("the NameID is empty".into()),
            None => Err("no NameID in the Subject".into()),
        },
    );
    nameid
}

/// A bearer confirmation for this SP's ACS URL, in time. Returns until when the assertion
/// must be remembered against replay (now when no confirmation holds).
fn confirmation(j: &mut Judge<'_>, e: &Expect<'_>, a: VerifiedAssertion<'_, '_>) -> OffsetDateTime {
    let (skew, now) = (e.clock_skew, e.now);
    let confirmations = bearer_confirmations(a);
    let mut remember_until = now;
    let mut errors: Vec<String> = Vec::new();
    let mut recipient_ok = None;
    for c in &confirmations {
        let Some(d) = xml::child(*c, NS_SAML, "SubjectConfirmationData") else {
            errors.push("bearer confirmation without SubjectConfirmationData".into());
            continue;
        };
        let recipient = d.attribute("Recipient").unwrap_or_default();
        if !acs_ok(e, recipient) {
            errors.push(format!("Recipient {recipient:?} is not this SP's ACS URL"));
            continue;
        }
        recipient_ok = Some(recipient.to_owned());
        match d.attribute("NotOnOrAfter").map(|v| (v, parse_instant(v))) {
            None => errors.push("bearer confirmation without NotOnOrAfter".into()),
            Some((v, None)) => errors.push(format!("NotOnOrAfter {v:?} is not a dateTime")),
            Some((v, Some(t))) if t.saturating_add(skew) <= now => {
                errors.push(format!("expired: NotOnOrAfter {v}"))
            }
            Some((_, Some(t))) => {
                if let Some(nb) = d.attribute("NotBefore").and_then(parse_instant)
                    && nb.saturating_sub(skew) > now
                {
                    errors.push("not yet valid (NotBefore)".into());
                    continue;
                }
                remember_until = remember_until.max(t.saturating_add(skew));
                errors.clear();
                break;
            }
        }
    }
    j.check(
        "recipient",
        recipient_ok.ok_or_else(|| {
            if confirmations.is_empty() {
                "no bearer SubjectConfirmation".to_owned()
            } else {
                errors.join("; ")
            }
        }),
    );
    j.check(
        "subject_confirmation",
        if confirmations.is_empty() {
            Err("no bearer SubjectConfirmation".into())
        } else if errors.is_empty() {
            Ok("bearer, in time".into())
        } else {
            Err(errors.join("; "))
        },
    );
    remember_until
}

/// The Conditions' time window. Returns NotOnOrAfter (plus the skew) when it holds one.
fn conditions(
    j: &mut Judge<'_>,
    e: &Expect<'_>,
    a: VerifiedAssertion<'_, '_>,
) -> Option<OffsetDateTime> {
    let (skew, now) = (e.clock_skew, e.now);
    let mut until = None;
    let window = match xml::child(a.node(), NS_SAML, "Conditions") {
        None => Ok("no Conditions".to_owned()),
        Some(c) => {
            let nb = c.attribute("NotBefore").map(|v| (v, parse_instant(v)));
            let na = c.attribute("NotOnOrAfter").map(|v| (v, parse_instant(v)));
            match (nb, na) {
                (Some((v, None)), _) | (_, Some((v, None))) => {
                    Err(format!("{v:?} is not a dateTime"))
                }
                (Some((v, Some(t))), _) if t.saturating_sub(skew) > now => {
                    Err(format!("not yet valid: NotBefore {v}"))
                }
                (_, Some((v, Some(t)))) if t.saturating_add(skew) <= now => {
                    Err(format!("expired: NotOnOrAfter {v}"))
                }
                (_, na) => {
                    if let Some((_, Some(t))) = na {
                        until = Some(t.saturating_add(skew));
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
    j.check("conditions", window);
    until
}

/// Every AudienceRestriction must include this SP.
fn audience(j: &mut Judge<'_>, e: &Expect<'_>, a: VerifiedAssertion<'_, '_>) {
    let restrictions: Vec<Vec<String>> = xml::child(a.node(), NS_SAML, "Conditions")
        .into_iter()
        .flat_map(|c| xml::children(c, NS_SAML, "AudienceRestriction"))
        .map(|r| {
            xml::children(r, NS_SAML, "Audience")
                .map(xml::text_trimmed)
                .collect()
        })
        .collect();
    j.check(
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
}

/// The authentication itself, and whether its session is still open.
fn session(j: &mut Judge<'_>, e: &Expect<'_>, a: VerifiedAssertion<'_, '_>) -> Session {
    let authn = xml::child(a.node(), NS_SAML, "AuthnStatement");
    let attr = |name: &str| authn.and_then(|s| s.attribute(name).map(str::to_owned));
    let session = Session {
        authn_instant: attr("AuthnInstant"),
        session_index: attr("SessionIndex"),
        session_not_on_or_after: attr("SessionNotOnOrAfter"),
        authn_context: authn
            .and_then(|s| xml::child(s, NS_SAML, "AuthnContext"))
            .and_then(|c| xml::child(c, NS_SAML, "AuthnContextClassRef"))
            .map(xml::text_trimmed),
    };
    j.check(
        "session",
        match (authn, session.session_not_on_or_after.as_deref()) {
            (None, _) => Err("no AuthnStatement".into()),
            (Some(_), Some(v)) => match parse_instant(v) {
                Some(t) if t.saturating_add(e.clock_skew) <= e.now => {
                    Err(format!("the session ended at {v}"))
                }
                Some(_) => Ok(format!("until {v}")),
                None => Err(format!("SessionNotOnOrAfter {v:?} is not a dateTime")),
            },
            (Some(_), None) => Ok("no SessionNotOnOrAfter".into()),
        },
    );
    session
}

/// The assertion ID must not have been accepted before.
fn replay(j: &mut Judge<'_>, e: &Expect<'_>, a: VerifiedAssertion<'_, '_>) -> String {
    let assertion_id = a.node().attribute("ID").unwrap_or_default().to_owned();
    j.check(
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
    assertion_id
}

/// Attribute name → values, in document order.
fn attributes(report: &mut Report, a: VerifiedAssertion<'_, '_>) -> Map<String, Value> {
    let mut attributes = Map::new();
    for st in xml::children(a.node(), NS_SAML, "AttributeStatement") {
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
            report
                .warnings
                .push("encrypted attributes are not decrypted and not shown".into());
        }
    }
    attributes
}
