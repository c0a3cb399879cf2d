//! The SP's metadata document (SAML 2.0 metadata, OASIS schema order), signed on request.

use time::{Duration, OffsetDateTime};

use super::SamlError;
use super::crypto::{sign_document, signature_template};
use super::keys::cert_b64;
use super::sp::{ATTRNAME_URI, BINDING_POST, BINDING_REDIRECT, ServiceProvider};
use super::xml::{El, NS_DS, NS_MD, NS_SAMLP};

/// What the SP tells IdPs it can decrypt, strongest first (RSA-OAEP for the key).
const ENCRYPTION_METHODS: &[&str] = &[
    "http://www.w3.org/2009/xmlenc11#aes256-gcm",
    "http://www.w3.org/2009/xmlenc11#aes128-gcm",
    "http://www.w3.org/2001/04/xmlenc#aes256-cbc",
    "http://www.w3.org/2001/04/xmlenc#aes128-cbc",
    "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p",
];

pub struct Options {
    pub sign: bool,
    pub valid_days: Option<u32>,
    pub now: OffsetDateTime,
}

fn key_descriptor(usage: &str, cert_body: String) -> El {
    El::new("md:KeyDescriptor").attr("use", usage).child(
        El::new("ds:KeyInfo")
            .attr("xmlns:ds", NS_DS)
            .child(El::new("ds:X509Data").child(El::new("ds:X509Certificate").text(cert_body))),
    )
}

fn localized(name: &str, text: &str) -> El {
    El::new(name).attr("xml:lang", "en").text(text)
}

pub fn build(sp: &ServiceProvider, opts: &Options) -> Result<String, SamlError> {
    if sp.acs_urls.is_empty() {
        return Err(SamlError::Input(
            "the SP has no AssertionConsumerService URL".into(),
        ));
    }
    let id = super::random_id();
    let mut descriptor = El::new("md:SPSSODescriptor")
        .attr("AuthnRequestsSigned", sp.authn_requests_signed.to_string())
        .attr(
            "WantAssertionsSigned",
            sp.want_assertions_signed.to_string(),
        )
        .attr("protocolSupportEnumeration", NS_SAMLP);
    if let Some(cert) = &sp.cert {
        descriptor = descriptor.child(key_descriptor("signing", cert_b64(cert)?));
    } else if sp.authn_requests_signed {
        return Err(SamlError::Input(
            "AuthnRequestsSigned needs a signing certificate".into(),
        ));
    }
    if let Some(cert) = sp.encryption_cert() {
        descriptor = descriptor.child(
            key_descriptor("encryption", cert_b64(cert)?).children(
                ENCRYPTION_METHODS
                    .iter()
                    .map(|a| El::new("md:EncryptionMethod").attr("Algorithm", *a)),
            ),
        );
    }
    if let Some(slo) = &sp.slo_url {
        descriptor = descriptor.child(
            El::new("md:SingleLogoutService")
                .attr("Binding", BINDING_REDIRECT)
                .attr("Location", slo),
        );
    }
    if let Some(f) = &sp.nameid_format {
        descriptor = descriptor.child(El::new("md:NameIDFormat").text(f));
    }
    for (i, url) in sp.acs_urls.iter().enumerate() {
        descriptor = descriptor.child(
            El::new("md:AssertionConsumerService")
                .attr("Binding", BINDING_POST)
                .attr("Location", url)
                .attr("index", i.to_string())
                .attr_opt("isDefault", (i == 0).then_some("true")),
        );
    }
    if !sp.requested_attributes.is_empty() {
        let service_name = sp
            .organization
            .as_ref()
            .map_or(sp.entity_id.as_str(), |o| o.display_name.as_str());
        descriptor = descriptor.child(
            El::new("md:AttributeConsumingService")
                .attr("index", "0")
                .attr("isDefault", "true")
                .child(localized("md:ServiceName", service_name))
                .children(sp.requested_attributes.iter().map(|a| {
                    El::new("md:RequestedAttribute")
                        .attr("Name", &a.name)
                        .attr("NameFormat", ATTRNAME_URI)
                        .attr_opt("FriendlyName", a.friendly_name.as_deref())
                        .attr("isRequired", a.required.to_string())
                })),
        );
    }
    let mut root = El::new("md:EntityDescriptor")
        .attr("xmlns:md", NS_MD)
        .attr("entityID", &sp.entity_id)
        .attr("ID", &id)
        .attr_opt(
            "validUntil",
            opts.valid_days
                .map(|d| crate::utc::format(opts.now.saturating_add(Duration::days(i64::from(d))))),
        )
        .child(descriptor);
    if let Some(o) = &sp.organization {
        root = root.child(
            El::new("md:Organization")
                .child(localized("md:OrganizationName", &o.name))
                .child(localized("md:OrganizationDisplayName", &o.display_name))
                .child(localized("md:OrganizationURL", &o.url)),
        );
    }
    for c in &sp.contacts {
        let mut person = El::new("md:ContactPerson").attr("contactType", &c.kind);
        if let Some(n) = &c.given_name {
            person = person.child(El::new("md:GivenName").text(n));
        }
        if let Some(m) = &c.email {
            let m = if m.starts_with("mailto:") {
                m.clone()
            } else {
                format!("mailto:{m}")
            };
            person = person.child(El::new("md:EmailAddress").text(m));
        }
        root = root.child(person);
    }
    if !opts.sign {
        return Ok(root.to_document());
    }
    let (Some(key), Some(cert)) = (&sp.key, &sp.cert) else {
        return Err(SamlError::Key(
            "--sign needs the SP key and certificate (key_file and cert_file, or --sp-key and --sp-cert)".into(),
        ));
    };
    root.prepend(signature_template(&id, key, cert)?);
    sign_document(&root.to_document(), key)
}
