//! One integration-test binary: the real atomctl against real local servers.

mod support;

mod analytics;
mod cache;
mod config;
mod docs;
mod ldap_ad;
mod ldap_search;
mod ldap_sync;
mod ldap_user_group;
mod oidc;
mod output;
mod saml;
mod security;
mod sf;
mod snow;
mod teams;
mod ux;
