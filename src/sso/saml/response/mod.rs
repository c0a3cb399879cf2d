//! Validating a `<samlp:Response>` as a Service Provider must, in three stages whose types
//! carry what has been established:
//!
//! 1. [`structure`]: the document as received is well-formed, its IDs unique, its status
//!    Success, with exactly one assertion directly in the Response and signatures only on
//!    the Response or that assertion, so that no wrapped or duplicated element can be read
//!    later (→ `Structured`);
//! 2. [`signatures`]: every signature verifies against the IdP's certificates from its
//!    metadata only, the assertion is decrypted when encrypted, and what the signatures cover
//!    is cut out (→ `Verified`);
//! 3. [`claims`]: issuer, destination, request, subject, conditions, audience, session and
//!    replay are judged, and NameID and attributes read, from a `VerifiedAssertion`, which
//!    only stage 2 can make, so unverified XML cannot reach them.

mod claims;
mod signatures;
mod structure;

use openssl::pkey::{PKey, Private};
use serde::Serialize;
use serde_json::{Map, Value};
use time::{Duration, OffsetDateTime};

use super::idp::IdpMetadata;
use crate::sso::checks::Checklist;

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
    /// Accept SHA-1 signatures (refused otherwise).
    pub allow_sha1: bool,
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

/// Every check with its verdict, the warnings, and what was accepted (None: rejected).
pub struct Validation {
    pub checks: Checklist,
    pub warnings: Vec<String>,
    pub accepted: Option<Accepted>,
}

impl Validation {
    pub fn verdict(&self) -> &'static str {
        if self.accepted.is_some() {
            "accept"
        } else {
            "reject"
        }
    }
}

/// The checklist and warnings a validation builds up, stage after stage.
#[derive(Default)]
struct Report {
    list: Checklist,
    warnings: Vec<String>,
}

/// A stage stopped the validation; its failed check is in the report.
struct Rejected;

type Stage<T> = Result<T, Rejected>;

impl Report {
    /// Record a failed check and stop.
    fn reject<T>(&mut self, name: &str, detail: impl Into<String>) -> Stage<T> {
        self.list.fail(name, detail);
        Err(Rejected)
    }
}

pub fn validate(text: &str, e: &Expect<'_>) -> Validation {
    let mut report = Report::default();
    let accepted = structure::check(text, e, &mut report)
        .and_then(|s| signatures::verify(s, e, &mut report))
        .and_then(|v| claims::judge(&v, e, &mut report))
        .ok();
    Validation {
        checks: report.list,
        warnings: report.warnings,
        accepted,
    }
}
