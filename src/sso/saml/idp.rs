//! An Identity Provider's metadata: reading it (from one EntityDescriptor or an aggregate),
//! verifying its signature against a trusted certificate, and judging its health.

use openssl::x509::X509;
use serde::Serialize;
use time::OffsetDateTime;

use super::SamlError;
use super::crypto::{self, digest_method, inspect_signatures, signature_method};
use super::keys::{CertInfo, cert_from_b64, describe};
use super::xml::{self, NS_ALG, NS_DS, NS_MD};
use crate::sso::checks::Checklist;

#[derive(Debug, Clone, Serialize)]
pub struct Endpoint {
    pub binding: String,
    pub location: String,
}

/// The parts of an IdP's EntityDescriptor a Service Provider relies on.
#[derive(Debug, Default)]
pub struct IdpMetadata {
    pub entity_id: String,
    pub signing_certs: Vec<X509>,
    pub encryption_certs: Vec<X509>,
    pub sso: Vec<Endpoint>,
    pub slo: Vec<Endpoint>,
    pub nameid_formats: Vec<String>,
    /// The earliest validUntil on the entity or the aggregates around it.
    pub valid_until: Option<String>,
    pub cache_duration: Option<String>,
    pub want_authn_requests_signed: bool,
    /// Algorithms the IdP advertises (alg:SigningMethod / alg:DigestMethod).
    pub algorithms: Vec<String>,
}

impl IdpMetadata {
    pub fn sso_location(&self, binding: &str) -> Option<&str> {
        self.sso
            .iter()
            .find(|e| e.binding == binding)
            .map(|e| e.location.as_str())
    }
}

/// Where the metadata's signature stands.
#[derive(Debug)]
pub enum SignatureState {
    /// Verified with a trusted certificate; the metadata was read from the signed content.
    Verified(String),
    /// Signed, but no trusted certificate was given to check it.
    NotChecked(String),
    Unsigned,
    /// Did not verify, or is not allowed; the reason.
    Bad(String),
}

/// Reads metadata. With trusted certificates, the signature must verify and everything is read
/// from what it covers; a bad signature is reported in the state (and `entity` is then read from
/// the unverified text, only for reporting).
pub fn read(
    text: &str,
    entity_id: Option<&str>,
    trust: &[X509],
) -> Result<(IdpMetadata, SignatureState), SamlError> {
    let stripped = xml::strip_comments(text, &xml::parse(text)?);
    let text = stripped.as_deref().unwrap_or(text);
    let doc = xml::parse(text)?;
    let sigs = inspect_signatures(&doc);
    let state = match (&sigs, trust.is_empty()) {
        (Err(e), _) => SignatureState::Bad(e.to_string()),
        (Ok(s), _) if s.is_empty() => SignatureState::Unsigned,
        (Ok(s), true) => SignatureState::NotChecked(s[0].algorithms.clone()),
        (Ok(s), false) => match crypto::reduce_to_signed(text, trust) {
            Ok(reduced) => {
                let rdoc = xml::parse(&reduced)?;
                if let Ok(md) = pick(&rdoc, entity_id) {
                    return Ok((md, SignatureState::Verified(s[0].algorithms.clone())));
                }
                SignatureState::Bad("the signature does not cover the entity".into())
            }
            Err(_) => SignatureState::Bad(
                "the signature does not verify with the trusted certificate".into(),
            ),
        },
    };
    Ok((pick(&doc, entity_id)?, state))
}

/// Reads metadata for use (authn-url, validate): a bad signature is an error.
pub fn read_trusted(
    text: &str,
    entity_id: Option<&str>,
    trust: &[X509],
    allow_sha1: bool,
) -> Result<IdpMetadata, SamlError> {
    match read(text, entity_id, trust)? {
        (_, SignatureState::Bad(why)) => Err(SamlError::Refused(format!(
            "the IdP metadata signature: {why}"
        ))),
        (_, SignatureState::Verified(alg)) if is_weak(&alg) && !allow_sha1 => {
            Err(SamlError::Refused(format!(
                "the IdP metadata is signed with {alg}: SHA-1 is refused (pass --allow-sha1 to accept it)"
            )))
        }
        (md, _) => Ok(md),
    }
}

/// Whether an algorithm summary ("RSA-SHA1 / SHA-1") names SHA-1.
fn is_weak(alg: &str) -> bool {
    alg.contains("SHA1") || alg.contains("SHA-1")
}

fn pick(doc: &roxmltree::Document<'_>, entity_id: Option<&str>) -> Result<IdpMetadata, SamlError> {
    let root = doc.root_element();
    let idps: Vec<_> = root
        .descendants()
        .filter(|n| xml::is(*n, NS_MD, "EntityDescriptor"))
        .filter(|n| xml::child(*n, NS_MD, "IDPSSODescriptor").is_some())
        .collect();
    let entity = match entity_id {
        Some(id) => idps
            .iter()
            .find(|n| n.attribute("entityID") == Some(id))
            .copied()
            .ok_or_else(|| {
                SamlError::Input(format!("no IdP with entityID {id:?} in the metadata"))
            })?,
        None => match idps.as_slice() {
            [one] => *one,
            [] => {
                return Err(SamlError::Input(
                    "the metadata has no EntityDescriptor with an IDPSSODescriptor".into(),
                ));
            }
            many => {
                let ids: Vec<_> = many
                    .iter()
                    .take(5)
                    .filter_map(|n| n.attribute("entityID"))
                    .collect();
                return Err(SamlError::Input(format!(
                    "the metadata has {} IdPs; pick one with --entity-id (e.g. {})",
                    many.len(),
                    ids.join(", ")
                )));
            }
        },
    };
    entity_from(entity)
}

fn entity_from(entity: roxmltree::Node<'_, '_>) -> Result<IdpMetadata, SamlError> {
    let idp = xml::child(entity, NS_MD, "IDPSSODescriptor").expect("picked for having one");
    let mut md = IdpMetadata {
        entity_id: entity.attribute("entityID").unwrap_or_default().to_owned(),
        want_authn_requests_signed: idp.attribute("WantAuthnRequestsSigned") == Some("true"),
        ..IdpMetadata::default()
    };
    for kd in xml::children(idp, NS_MD, "KeyDescriptor") {
        let usage = kd.attribute("use");
        for c in kd
            .descendants()
            .filter(|n| xml::is(*n, NS_DS, "X509Certificate"))
        {
            let cert = cert_from_b64(&xml::text(c))?;
            if usage != Some("encryption") {
                md.signing_certs.push(cert.clone());
            }
            if usage != Some("signing") {
                md.encryption_certs.push(cert);
            }
        }
    }
    let endpoints = |name: &str| -> Vec<Endpoint> {
        xml::children(idp, NS_MD, name)
            .map(|e| Endpoint {
                binding: e.attribute("Binding").unwrap_or_default().to_owned(),
                location: e.attribute("Location").unwrap_or_default().to_owned(),
            })
            .collect()
    };
    md.sso = endpoints("SingleSignOnService");
    md.slo = endpoints("SingleLogoutService");
    md.nameid_formats = xml::children(idp, NS_MD, "NameIDFormat")
        .map(xml::text_trimmed)
        .collect();
    for n in entity.ancestors().filter(|n| n.is_element()) {
        if let Some(v) = n.attribute("validUntil")
            && md
                .valid_until
                .as_ref()
                .is_none_or(|cur| super::parse_instant(v) < super::parse_instant(cur))
        {
            md.valid_until = Some(v.to_owned());
        }
        if md.cache_duration.is_none() {
            md.cache_duration = n.attribute("cacheDuration").map(str::to_owned);
        }
    }
    md.algorithms = entity
        .descendants()
        .filter(|n| xml::is(*n, NS_ALG, "SigningMethod") || xml::is(*n, NS_ALG, "DigestMethod"))
        .filter_map(|n| n.attribute("Algorithm").map(str::to_owned))
        .collect();
    Ok(md)
}

pub struct CheckOptions {
    pub warn_days: i64,
    pub now: OffsetDateTime,
}

/// Certificates as reported: the use, then the description.
#[derive(Debug, Serialize)]
pub struct ReportedCert {
    #[serde(rename = "use")]
    pub usage: &'static str,
    #[serde(flatten)]
    pub info: CertInfo,
}

/// The health checklist of one IdP's metadata.
pub fn check(
    md: &IdpMetadata,
    sig: &SignatureState,
    o: &CheckOptions,
) -> Result<(Checklist, Vec<ReportedCert>), SamlError> {
    let mut list = Checklist::default();
    list.pass("entity", md.entity_id.clone());
    match sig {
        SignatureState::Verified(alg) => {
            let weak = is_weak(alg);
            list.add(
                "metadata signature",
                if weak {
                    crate::sso::checks::Status::Warn
                } else {
                    crate::sso::checks::Status::Pass
                },
                format!("verified with the trusted certificate ({alg})"),
            );
        }
        SignatureState::NotChecked(alg) => list.pass(
            "metadata signature",
            format!("signed ({alg}); not verified: give --trust-cert FILE to check it"),
        ),
        SignatureState::Unsigned => list.pass("metadata signature", "unsigned"),
        SignatureState::Bad(why) => list.fail("metadata signature", why.clone()),
    }
    match md
        .valid_until
        .as_deref()
        .map(|v| (v, super::parse_instant(v)))
    {
        None => list.pass("validUntil", "not set"),
        Some((v, None)) => list.fail("validUntil", format!("{v:?} is not a dateTime")),
        Some((v, Some(t))) => {
            let days = (t - o.now).whole_days();
            if t <= o.now {
                list.fail("validUntil", format!("{v}: the metadata has expired"));
            } else if days < o.warn_days {
                list.warn("validUntil", format!("{v}: {days} days left"));
            } else {
                list.pass("validUntil", format!("{v}: {days} days left"));
            }
        }
    }
    list.pass(
        "cacheDuration",
        md.cache_duration
            .clone()
            .unwrap_or_else(|| "not set".into()),
    );

    let mut certs = Vec::new();
    if md.signing_certs.is_empty() {
        list.fail(
            "signing certificate",
            "none: responses from this IdP cannot be verified",
        );
    }
    let all = md
        .signing_certs
        .iter()
        .map(|c| ("signing", c))
        .chain(md.encryption_certs.iter().map(|c| ("encryption", c)));
    for (usage, cert) in all {
        let info = describe(cert, o.now)?;
        let name = format!("{usage} certificate");
        let what = format!("{} (expires {})", info.subject, info.not_after);
        if info.not_after_unix <= o.now.unix_timestamp() {
            list.fail(&name, format!("{what}: expired"));
        } else if info.not_before_unix > o.now.unix_timestamp() {
            list.fail(
                &name,
                format!("{what}: not valid before {}", info.not_before),
            );
        } else if info.days_left < o.warn_days {
            list.warn(&name, format!("{what}: {} days left", info.days_left));
        } else if !info.weak.is_empty() {
            list.warn(&name, format!("{what}: {}", info.weak.join("; ")));
        } else {
            list.pass(&name, format!("{what}: {} days left", info.days_left));
        }
        certs.push(ReportedCert { usage, info });
    }

    let describe_endpoints = |es: &[Endpoint]| {
        es.iter()
            .map(|e| {
                format!(
                    "{} {}",
                    e.binding.rsplit(':').next().unwrap_or_default(),
                    e.location
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    if md.sso.is_empty() {
        list.fail("SSO endpoints", "none");
    } else if md.sso.iter().any(|e| !e.location.starts_with("https://")) {
        list.warn(
            "SSO endpoints",
            format!("not all https: {}", describe_endpoints(&md.sso)),
        );
    } else {
        list.pass("SSO endpoints", describe_endpoints(&md.sso));
    }
    if md.slo.is_empty() {
        list.pass("SLO endpoints", "none");
    } else {
        list.pass("SLO endpoints", describe_endpoints(&md.slo));
    }
    list.pass(
        "NameID formats",
        if md.nameid_formats.is_empty() {
            "none stated".into()
        } else {
            md.nameid_formats.join(", ")
        },
    );
    let weak: Vec<&str> = md
        .algorithms
        .iter()
        .filter(|a| {
            signature_method(a).is_some_and(|(_, w)| w)
                || digest_method(a).is_some_and(|(_, w)| w)
                || a.contains("md5")
                || a.ends_with("#rsa-1_5")
        })
        .map(String::as_str)
        .collect();
    if weak.is_empty() {
        list.pass(
            "algorithms",
            if md.algorithms.is_empty() {
                "none advertised".to_owned()
            } else {
                format!("{} advertised, none weak", md.algorithms.len())
            },
        );
    } else {
        list.warn("algorithms", format!("weak: {}", weak.join(", ")));
    }
    Ok((list, certs))
}
