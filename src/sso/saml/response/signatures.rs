//! Stage 2: the signatures, verified against the IdP's certificates from its metadata only;
//! an encrypted assertion decrypted with the SP key and its own signature verified; and what
//! the signatures cover cut out of the document. The result, [`Verified`], is the only way
//! to reach the assertion's content.

use roxmltree::{Document, Node};

use super::super::crypto::{self, SignatureInfo, decrypt_assertion, inspect_signatures};
use super::super::xml::{self, NS_SAML, NS_SAMLP};
use super::structure::{Structured, duplicate_id, is_assertion};
use super::{Expect, Report, Stage};
use crate::sso::checks::Status;

/// What the signatures established.
pub(super) struct Verified {
    /// The document as received (comments removed): read only for the attributes of a
    /// Response that is not itself signed.
    received: String,
    /// What the signatures in the received document cover, cut out of it.
    signed: Option<String>,
    decrypted: Option<Decrypted>,
    pub response_signed: bool,
}

/// The plain text of an encrypted assertion, covered by the Response's signature over the
/// ciphertext, and what its own signature covers when it has one.
struct Decrypted {
    plain: String,
    signed: Option<String>,
}

/// The verified documents, parsed.
pub(super) struct VerifiedDocs<'v> {
    received: Document<'v>,
    signed: Option<Document<'v>>,
    plain: Option<Document<'v>>,
    signed_plain: Option<Document<'v>>,
    response_signed: bool,
}

/// The Response element whose attributes (Destination, InResponseTo, Issuer) are read: the
/// signed one when the Response is signed; otherwise the received one, whose claims the
/// checks then hold to the stricter rules for unsigned Responses.
#[derive(Clone, Copy)]
pub(super) struct Envelope<'a, 'i> {
    pub node: Node<'a, 'i>,
    pub signed: bool,
}

/// An assertion that a verified signature covers (directly, or as the ciphertext it was
/// decrypted from). Only this module makes one.
#[derive(Clone, Copy)]
pub(super) struct VerifiedAssertion<'a, 'i>(Node<'a, 'i>);

impl<'a, 'i> VerifiedAssertion<'a, 'i> {
    pub fn node(self) -> Node<'a, 'i> {
        self.0
    }
}

pub(super) fn verify(s: Structured, e: &Expect<'_>, report: &mut Report) -> Stage<Verified> {
    let response_signed = s.response_signed();
    let signed = if s.sigs.is_empty() {
        None
    } else {
        match crypto::reduce_to_signed(&s.text, &e.idp.signing_certs) {
            Ok(r) => Some(r),
            Err(_) => {
                return report.reject(
                    "signature",
                    format!(
                        "{} does not verify with the IdP's certificates from its metadata (altered, or signed by another key)",
                        signed_summary(&s.sigs)
                    ),
                );
            }
        }
    };
    if s.sigs.iter().any(|s| s.weak) {
        if !e.allow_sha1 {
            return report.reject(
                "signature",
                format!(
                    "{}: SHA-1 is refused (collisions are practical); ask the IdP for SHA-256, or pass --allow-sha1",
                    signed_summary(&s.sigs)
                ),
            );
        }
        report
            .warnings
            .push("signed with SHA-1, which is weak; ask the IdP for SHA-256".into());
    }
    let (decrypted, inner_sigs) = if s.encrypted {
        let (plain, inner_sigs) = decrypt(&s.text, e, report)?;
        let signed = if inner_sigs.is_empty() {
            None
        } else {
            match crypto::reduce_to_signed(&plain, &e.idp.signing_certs) {
                Ok(r) => Some(r),
                Err(_) => {
                    return report.reject(
                        "signature",
                        "the decrypted assertion's signature does not verify with the IdP's certificates",
                    );
                }
            }
        };
        if inner_sigs.iter().any(|s| s.weak) {
            if !e.allow_sha1 {
                return report.reject(
                    "signature",
                    "the decrypted assertion is signed with SHA-1, which is refused; ask the IdP for SHA-256, or pass --allow-sha1",
                );
            }
            report
                .warnings
                .push("the assertion is signed with SHA-1, which is weak".into());
        }
        (Some(Decrypted { plain, signed }), inner_sigs)
    } else {
        (None, Vec::new())
    };
    let assertion_signed = s.sigs.iter().any(|s| s.parent == "Assertion") || !inner_sigs.is_empty();
    if !response_signed && !assertion_signed {
        return report.reject(
            "signature",
            "neither the Response nor the Assertion is signed (stripped signature?)",
        );
    }
    if e.want_assertions_signed && !assertion_signed {
        return report.reject(
            "signature",
            "the SP wants signed assertions (WantAssertionsSigned) and the Assertion is not signed",
        );
    }
    let all: Vec<SignatureInfo> = s.sigs.iter().chain(inner_sigs.iter()).cloned().collect();
    let weak = all.iter().any(|s| s.weak);
    report.list.add(
        "signature",
        if weak { Status::Warn } else { Status::Pass },
        format!(
            "{} verified with the IdP's certificate",
            signed_summary(&all)
        ),
    );
    Ok(Verified {
        received: s.text,
        signed,
        decrypted,
        response_signed,
    })
}

/// Decrypt the EncryptedAssertion with the SP key; the plain text must be exactly one
/// Assertion with unique IDs and signatures only on itself. Returns it and its signatures.
fn decrypt(text: &str, e: &Expect<'_>, report: &mut Report) -> Stage<(String, Vec<SignatureInfo>)> {
    let Some(key) = e.sp_key else {
        return report.reject(
            "decryption",
            "the assertion is encrypted: pass --sp-key FILE",
        );
    };
    // Parsed before, in stage 1: the document and its one assertion are there.
    let Ok(doc) = xml::parse(text) else {
        return report.reject("decryption", "the Response no longer parses");
    };
    let Some(enc) = doc.root_element().children().find(|n| is_assertion(*n)) else {
        return report.reject("decryption", "no EncryptedAssertion in the Response");
    };
    let plain = match decrypt_assertion(enc, key) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => {
                let s = wrap_namespaces(&s, enc);
                match xml::parse(&s)
                    .ok()
                    .and_then(|d| xml::strip_comments(&s, &d))
                {
                    Some(stripped) => stripped,
                    None => s,
                }
            }
            Err(_) => return report.reject("decryption", "the decrypted assertion is not UTF-8"),
        },
        Err(err) => return report.reject("decryption", err.to_string()),
    };
    let pd = match xml::parse(&plain) {
        Ok(d) => d,
        Err(err) => {
            return report.reject("decryption", format!("the decrypted assertion: {err}"));
        }
    };
    let inner: Vec<_> = pd.descendants().filter(|n| is_assertion(*n)).collect();
    if inner.len() != 1 || !xml::is(inner[0], NS_SAML, "Assertion") {
        return report.reject(
            "decryption",
            "the decrypted content is not exactly one Assertion",
        );
    }
    if let Some(dup) = duplicate_id(&pd) {
        return report.reject(
            "ids",
            format!("ID {dup:?} occurs more than once in the decrypted assertion"),
        );
    }
    let inner_sigs = match inspect_signatures(&pd) {
        Ok(s) => s,
        Err(err) => return report.reject("signature", err.to_string()),
    };
    let aid = inner[0].attribute("ID");
    if inner_sigs
        .iter()
        .any(|s| s.parent != "Assertion" || s.parent_id.as_deref() != aid)
    {
        return report.reject(
            "signature",
            "a signature inside the decrypted assertion signs something else",
        );
    }
    report.list.pass(
        "decryption",
        "the EncryptedAssertion decrypted with the SP key",
    );
    drop(pd);
    Ok((plain, inner_sigs))
}

impl Verified {
    /// Parse what was verified. From here on, only verified XML is read.
    pub fn docs(&self, report: &mut Report) -> Stage<VerifiedDocs<'_>> {
        fn parse(t: Option<&String>) -> Result<Option<Document<'_>>, super::super::SamlError> {
            t.map(|t| xml::parse(t)).transpose()
        }
        let received = match xml::parse(&self.received) {
            Ok(d) => d,
            Err(err) => return report.reject("xml", err.to_string()),
        };
        let signed = match parse(self.signed.as_ref()) {
            Ok(d) => d,
            Err(err) => return report.reject("signature", format!("the signed content: {err}")),
        };
        let plain = match parse(self.decrypted.as_ref().map(|d| &d.plain)) {
            Ok(d) => d,
            Err(err) => {
                return report.reject("decryption", format!("the decrypted assertion: {err}"));
            }
        };
        let signed_plain = match parse(self.decrypted.as_ref().and_then(|d| d.signed.as_ref())) {
            Ok(d) => d,
            Err(err) => {
                return report.reject("signature", format!("the signed assertion: {err}"));
            }
        };
        Ok(VerifiedDocs {
            received,
            signed,
            plain,
            signed_plain,
            response_signed: self.response_signed,
        })
    }
}

impl<'v> VerifiedDocs<'v> {
    /// The Response's own attributes: from the signed Response when it is signed.
    pub fn envelope(&self) -> Envelope<'_, 'v> {
        match &self.signed {
            Some(d) if xml::is(d.root_element(), NS_SAMLP, "Response") => Envelope {
                node: d.root_element(),
                signed: self.response_signed,
            },
            _ => Envelope {
                node: self.received.root_element(),
                signed: self.response_signed,
            },
        }
    }

    /// The assertion a signature covers: the decrypted one's own signed content, else the
    /// decrypted assertion (covered by the Response's signature over the ciphertext), else
    /// the one in the signed content.
    pub fn assertion(&self) -> Option<VerifiedAssertion<'_, 'v>> {
        let found = if let Some(d) = &self.signed_plain {
            find_assertion(d)
        } else if let Some(d) = &self.plain {
            find_assertion(d)
        } else {
            self.signed.as_ref().and_then(find_assertion)
        };
        found.map(VerifiedAssertion)
    }
}

fn find_assertion<'a, 'i>(d: &'a Document<'i>) -> Option<Node<'a, 'i>> {
    let r = d.root_element();
    if xml::is(r, NS_SAML, "Assertion") {
        Some(r)
    } else {
        r.children().find(|n| xml::is(*n, NS_SAML, "Assertion"))
    }
}

fn signed_summary(sigs: &[SignatureInfo]) -> String {
    sigs.iter()
        .map(|s| format!("{} ({})", s.parent, s.algorithms))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// A decrypted assertion may use prefixes declared on the Response around it; give it those
/// declarations (exclusive C14N makes the signature independent of them).
fn wrap_namespaces(plain: &str, context: Node<'_, '_>) -> String {
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
