//! SSO provider testing. Checks and validations report every item they looked at, not just a
//! verdict, in one shape shared by OpenID Connect and (later) SAML.

pub mod checks;
pub mod oidc;
pub mod saml;
