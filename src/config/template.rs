/// What `atomctl config init` writes: a working example a person edits, with the why next
/// to each setting.
pub const TEMPLATE: &str = r#"# atomctl configuration. Profiles hold connection settings; pick one with --profile NAME
# or ATOMCTL_PROFILE. Flags always override the profile.
#
# Secrets never go in this file. Each secret is read from exactly one of:
#   *_env     = "VAR"          an environment variable
#   *_file    = "/path"        a file (atomctl warns when group/world can read it)
#   *_command = "pass show x"  a command whose stdout is the secret

default_profile = "corp"

[profiles.corp.ldap]
# Tried in order: the first server that answers is used.
urls = ["ldaps://dc1.corp.example.com", "ldaps://dc2.corp.example.com"]
bind_dn = "CN=svc-atomctl,OU=Service Accounts,DC=corp,DC=example,DC=com"
password_env = "CORP_LDAP_PASSWORD"
base_dn = "DC=corp,DC=example,DC=com"
# Trust this CA in addition to the system roots (TLS verification is always on).
# ca_file = "/etc/ssl/certs/corp-root-ca.pem"
# Upgrade ldap:// URLs with StartTLS.
starttls = false
page_size = 1000
# auto (detect from the rootDSE), openldap or ad
flavor = "auto"
# Seconds to wait for a connection or an answer.
timeout = 30
# Which entries count as users and groups for sync and lookups (these are the defaults).
# user_filter = "(|(objectClass=inetOrgPerson)(objectClass=posixAccount)(&(objectClass=user)(!(objectClass=computer))))"
# group_filter = "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup)(objectClass=group))"

[profiles.corp.sf]
# production, sandbox, or your My Domain URL. `atomctl sf login` stores the token (0600) in
# the data directory; nothing secret goes here.
login_url = "production"
# The connected app's consumer key, and for JWT bearer the key of its uploaded certificate.
client_id = "3MVG9...your.consumer.key"
username = "integration@corp.example.com"
jwt_key_file = "/etc/atomctl/sf-jwt.key"
# Only the client-credentials and web flows need the consumer secret.
# client_secret_env = "CORP_SF_CLIENT_SECRET"
api_version = "63.0"
# Seconds to wait for an answer before a retry.
timeout = 120

[profiles.corp.oidc.okta]
# An OpenID provider to check, log in to and validate tokens of: `atomctl sso oidc check okta`.
# Exactly as its discovery document says (a trailing slash counts).
issuer = "https://corp.okta.com/oauth2/default"
client_id = "0oa1example"
# Only confidential clients have a secret (client credentials, introspection).
# client_secret_env = "CORP_OKTA_SECRET"
scopes = ["openid", "profile", "offline_access"]
# The code flow redirects to http://127.0.0.1:<any free port>/callback; register that.
redirect_host = "127.0.0.1"

[profiles.corp.saml]
# The SAML Service Provider: `atomctl sso saml metadata`, `authn-url`, `validate`.
entity_id = "https://app.corp.example.com/saml"
# HTTP-POST AssertionConsumerService URLs; the first is the default.
acs_urls = ["https://app.corp.example.com/saml/acs"]
slo_url = "https://app.corp.example.com/saml/slo"
nameid_format = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
# Make a pair with `atomctl sso saml keygen --cn app.corp.example.com`.
key_file = "/etc/atomctl/saml-sp.key"
cert_file = "/etc/atomctl/saml-sp.crt"
# encryption_cert_file = "/etc/atomctl/saml-sp-enc.crt"
authn_requests_signed = true
want_assertions_signed = true
# The IdP: its metadata file or https URL (and which entity, in an aggregate).
idp_metadata = "/etc/atomctl/idp-metadata.xml"
# idp_entity_id = "https://idp.corp.example.com/idp/shibboleth"
# idp_trust_cert = "/etc/atomctl/federation-signer.crt"
organization = { name = "Corp", display_name = "Corp Example", url = "https://corp.example.com" }
contacts = [{ type = "technical", given_name = "Identity Team", email = "iam@corp.example.com" }]
requested_attributes = [
    { name = "urn:oid:0.9.2342.19200300.100.1.3", friendly_name = "mail", required = true },
]

[profiles.corp.analytics]
# Defaults for `atomctl analytics report|export`; each has a flag.
# How chat users match directory users: mail, uid or upn.
join_key = "mail"
stale_days = 90
# roi: every interaction saves this many minutes; an hour costs this much.
minutes_per_interaction = 2
hourly_cost = 50
currency = "USD"
"#;

#[cfg(test)]
mod tests {
    #[test]
    fn template_parses_as_a_config() {
        let cfg = super::super::parse(super::TEMPLATE).unwrap();
        let ldap = cfg.profiles["corp"].ldap.as_ref().unwrap();
        assert_eq!(ldap.urls.len(), 2);
        assert_eq!(ldap.password_env.as_deref(), Some("CORP_LDAP_PASSWORD"));
        let sf = cfg.profiles["corp"].sf.as_ref().unwrap();
        assert_eq!(sf.login_url.as_deref(), Some("production"));
        assert_eq!(cfg.profiles["corp"].oidc["okta"].scopes.len(), 3);
    }
}
