//! AuthnRequests for the HTTP-Redirect binding.

use time::OffsetDateTime;

use super::sp::{BINDING_POST, ServiceProvider};
use super::xml::{El, NS_SAML, NS_SAMLP};
use super::{SamlError, binding};

pub struct Options<'a> {
    /// The IdP's SingleSignOnService location for the Redirect binding.
    pub destination: &'a str,
    pub relay_state: Option<&'a str>,
    pub sign: bool,
    pub force_authn: bool,
    pub passive: bool,
    pub now: OffsetDateTime,
}

pub struct AuthnRequest {
    /// 128 random bits; the Response must come back with it as InResponseTo.
    pub id: String,
    pub xml: String,
    pub url: String,
}

pub fn build(sp: &ServiceProvider, o: &Options<'_>) -> Result<AuthnRequest, SamlError> {
    let acs = sp
        .default_acs()
        .ok_or_else(|| SamlError::Input("the SP has no AssertionConsumerService URL".into()))?;
    let id = super::random_id();
    let mut req = El::new("samlp:AuthnRequest")
        .attr("xmlns:samlp", NS_SAMLP)
        .attr("xmlns:saml", NS_SAML)
        .attr("ID", &id)
        .attr("Version", "2.0")
        .attr("IssueInstant", crate::utc::format(o.now))
        .attr("Destination", o.destination)
        .attr("AssertionConsumerServiceURL", acs)
        .attr("ProtocolBinding", BINDING_POST)
        .attr_opt("ForceAuthn", o.force_authn.then_some("true"))
        .attr_opt("IsPassive", o.passive.then_some("true"))
        .child(El::new("saml:Issuer").text(&sp.entity_id));
    if let Some(f) = &sp.nameid_format {
        req = req.child(
            El::new("samlp:NameIDPolicy")
                .attr("Format", f)
                .attr("AllowCreate", "true"),
        );
    }
    let xml = req.to_compact();
    let key = if o.sign {
        Some(sp.key.as_ref().ok_or_else(|| {
            SamlError::Key("--sign needs the SP key (key_file, or --sp-key FILE)".into())
        })?)
    } else {
        None
    };
    let url = binding::redirect_url(o.destination, "SAMLRequest", &xml, o.relay_state, key)?;
    Ok(AuthnRequest { id, xml, url })
}
