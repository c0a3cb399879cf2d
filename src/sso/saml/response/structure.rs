//! Stage 1: the document as received, judged for its shape before anything in it is
//! trusted: XML without DOCTYPE or comments, unique IDs, status Success, exactly one
//! assertion directly in the Response, signatures only on the Response or that assertion.

use std::collections::HashSet;

use super::super::crypto::{SignatureInfo, inspect_signatures};
use super::super::xml::{self, NS_SAML, NS_SAMLP};
use super::{Expect, Report, Stage};

const SUCCESS: &str = "urn:oasis:names:tc:SAML:2.0:status:Success";

/// A Response whose shape allows no wrapped or duplicated element to be read later.
pub(super) struct Structured {
    /// The document, without its comments (they are not signed).
    pub text: String,
    /// The one assertion is an EncryptedAssertion.
    pub encrypted: bool,
    /// The signatures in the document as received, each on the Response or the assertion.
    pub sigs: Vec<SignatureInfo>,
}

impl Structured {
    pub fn response_signed(&self) -> bool {
        self.sigs.iter().any(|s| s.parent == "Response")
    }
}

pub(super) fn check(text: &str, e: &Expect<'_>, report: &mut Report) -> Stage<Structured> {
    let text = match xml::parse(text) {
        Ok(d) => match xml::strip_comments(text, &d) {
            Some(stripped) => {
                report.warnings.push(
                    "the Response has XML comments; they were removed before verification (they are not signed)".into(),
                );
                stripped
            }
            None => text.to_owned(),
        },
        Err(err) => return report.reject("xml", err.to_string()),
    };
    let doc = match xml::parse(&text) {
        Ok(d) => d,
        Err(err) => return report.reject("xml", err.to_string()),
    };
    let root = doc.root_element();
    if !xml::is(root, NS_SAMLP, "Response") {
        return report.reject(
            "xml",
            format!(
                "the root is <{}>, not samlp:Response",
                root.tag_name().name()
            ),
        );
    }
    report.list.pass("xml", "well-formed, no DOCTYPE");
    if let Some(dup) = duplicate_id(&doc) {
        return report.reject(
            "ids",
            format!("ID {dup:?} occurs more than once (signature wrapping?)"),
        );
    }
    report.list.pass("ids", "unique");
    status(root, report)?;
    let assertion = one_assertion(&doc, report)?;
    let sigs = match inspect_signatures(&doc) {
        Ok(s) => s,
        Err(err) => return report.reject("signature", err.to_string()),
    };
    let (root_id, assertion_id) = (root.attribute("ID"), assertion.attribute("ID"));
    for s in &sigs {
        let ok = (s.parent == "Response" && s.parent_id.as_deref() == root_id)
            || (s.parent == "Assertion" && s.parent_id.as_deref() == assertion_id);
        if !ok {
            return report.reject(
                "signature",
                format!(
                    "a signature in <{}> (only the Response or the Assertion may be signed)",
                    s.parent
                ),
            );
        }
    }
    if e.idp.signing_certs.is_empty() {
        return report.reject(
            "signature",
            "the IdP metadata has no signing certificate, so nothing can be trusted",
        );
    }
    let encrypted = xml::is(assertion, NS_SAML, "EncryptedAssertion");
    drop(doc);
    Ok(Structured {
        text,
        encrypted,
        sigs,
    })
}

/// The top-level StatusCode must be Success; otherwise say what the IdP said.
fn status(root: roxmltree::Node<'_, '_>, report: &mut Report) -> Stage<()> {
    let status_el = xml::child(root, NS_SAMLP, "Status");
    let code = status_el.and_then(|s| xml::child(s, NS_SAMLP, "StatusCode"));
    let status = code.and_then(|c| c.attribute("Value")).unwrap_or_default();
    if status == SUCCESS {
        report.list.pass("status", "Success");
        return Ok(());
    }
    let message = status_el
        .and_then(|s| xml::child(s, NS_SAMLP, "StatusMessage"))
        .map(xml::text_trimmed);
    let sub = code
        .and_then(|c| xml::child(c, NS_SAMLP, "StatusCode"))
        .and_then(|c| c.attribute("Value"));
    let mut why = format!("{:?}", status.rsplit(':').next().unwrap_or(status));
    if let Some(s) = sub {
        why.push_str(&format!(" / {}", s.rsplit(':').next().unwrap_or(s)));
    }
    if let Some(m) = message {
        why.push_str(&format!(": {m}"));
    }
    report.reject("status", format!("not Success: {why}"))
}

/// The one assertion (plain or encrypted), directly in the Response.
fn one_assertion<'a, 'i>(
    doc: &'a roxmltree::Document<'i>,
    report: &mut Report,
) -> Stage<roxmltree::Node<'a, 'i>> {
    let root = doc.root_element();
    let assertions: Vec<_> = doc.descendants().filter(|n| is_assertion(*n)).collect();
    match assertions.as_slice() {
        [one] if one.parent_element() == Some(root) => {
            report
                .list
                .pass("structure", "one assertion, directly in the Response");
            Ok(*one)
        }
        [one] => report.reject(
            "structure",
            format!(
                "the assertion sits in <{}>, not directly in the Response (signature wrapping?)",
                one.parent_element().map_or("", |p| p.tag_name().name())
            ),
        ),
        many => report.reject(
            "structure",
            format!(
                "{} assertions where exactly one belongs (signature wrapping?)",
                many.len()
            ),
        ),
    }
}

/// The first ID (or Id) value that occurs twice.
pub(super) fn duplicate_id(doc: &roxmltree::Document<'_>) -> Option<String> {
    let mut seen = HashSet::new();
    doc.descendants()
        .filter(|n| n.is_element())
        .flat_map(|n| n.attributes())
        .filter(|a| a.namespace().is_none() && matches!(a.name(), "ID" | "Id"))
        .map(|a| a.value().to_owned())
        .find(|v| !seen.insert(v.clone()))
}

pub(super) fn is_assertion(n: roxmltree::Node<'_, '_>) -> bool {
    xml::is(n, NS_SAML, "Assertion") || xml::is(n, NS_SAML, "EncryptedAssertion")
}
