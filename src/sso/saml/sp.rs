//! The Service Provider atomctl speaks for: what the profile (or flags) say about it.

use openssl::pkey::{PKey, Private};
use openssl::x509::X509;

pub const BINDING_POST: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
pub const BINDING_REDIRECT: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
pub const ATTRNAME_URI: &str = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri";

#[derive(Debug, Clone)]
pub struct RequestedAttribute {
    pub name: String,
    pub friendly_name: Option<String>,
    pub required: bool,
}

#[derive(Debug, Clone)]
pub struct Organization {
    pub name: String,
    pub display_name: String,
    pub url: String,
}

#[derive(Debug, Clone)]
pub struct Contact {
    /// technical, support, administrative, billing or other.
    pub kind: String,
    pub given_name: Option<String>,
    pub email: Option<String>,
}

pub struct ServiceProvider {
    pub entity_id: String,
    /// The first is the default (index 0).
    pub acs_urls: Vec<String>,
    pub slo_url: Option<String>,
    pub nameid_format: Option<String>,
    pub key: Option<PKey<Private>>,
    pub cert: Option<X509>,
    /// A separate certificate for encryption; the signing certificate serves otherwise.
    pub encryption_cert: Option<X509>,
    pub authn_requests_signed: bool,
    pub want_assertions_signed: bool,
    pub requested_attributes: Vec<RequestedAttribute>,
    pub organization: Option<Organization>,
    pub contacts: Vec<Contact>,
}

impl ServiceProvider {
    pub fn encryption_cert(&self) -> Option<&X509> {
        self.encryption_cert.as_ref().or(self.cert.as_ref())
    }

    pub fn default_acs(&self) -> Option<&str> {
        self.acs_urls.first().map(String::as_str)
    }
}
