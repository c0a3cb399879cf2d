//! `sso` commands: an OpenID provider and its client; the SAML SP and where its IdP's
//! metadata comes from.

use std::path::PathBuf;
use std::time::Duration;

use super::Globals;
use crate::cli::NetArgs;
use crate::cli::sso::{ClientAuthArg, IdpArgs, OidcConnArgs, SpArgs};
use crate::config::{self, SecretSource};
use crate::config::{OidcProfile, SamlProfile};
use crate::error::AppError;
use crate::sso::oidc::{ClientAuth, OAuthClient as OidcClient};
use crate::sso::saml::keys;
use crate::sso::saml::sp::{Contact, Organization, RequestedAttribute, ServiceProvider};

/// Everything an OIDC command needs: the provider and, when configured, the client.
pub struct OidcSettings {
    /// The provider's name in the profile, or the issuer for an ad-hoc provider.
    pub name: String,
    pub profile: Option<String>,
    pub issuer: String,
    pub client: Option<OidcClient>,
    pub scopes: Vec<String>,
    pub audience: Option<String>,
    pub resource: Option<String>,
    pub redirect_host: String,
    pub redirect_port: Option<u16>,
    pub ca_file: Option<PathBuf>,
    pub timeout: Duration,
    /// Where tokens for this provider are kept.
    pub store: PathBuf,
    /// Where the client secret comes from (flags, profile, or the stored login's record).
    pub secret_source: Option<SecretSource>,
}

pub fn oidc(
    globals: &Globals,
    provider: Option<&str>,
    args: &OidcConnArgs,
) -> Result<OidcSettings, AppError> {
    let OidcConnArgs {
        issuer,
        client_id,
        client_secret_env,
        client_secret_file,
        client_auth,
        scopes,
        audience,
        resource,
        net: NetArgs { ca_file, timeout },
    } = args;
    let (_, profile_name, profile) = globals.load_profile()?;
    let p = match provider {
        Some(name) => {
            let providers = profile.map(|p| p.oidc).unwrap_or_default();
            let known: Vec<String> = providers.keys().cloned().collect();
            providers.get(name).cloned().ok_or_else(|| {
                AppError::missing_setting(format!("no OIDC provider `{name}` in the profile"))
                    .with_hint(if known.is_empty() {
                        "add [profiles.NAME.oidc.PROVIDER] with issuer = \"…\", or pass --issuer URL".to_owned()
                    } else {
                        format!("known providers: {}", known.join(", "))
                    })
            })?
        }
        None => OidcProfile::default(),
    };
    let issuer = issuer
        .clone()
        .or((!p.issuer.is_empty()).then(|| p.issuer.clone()))
        .ok_or_else(|| {
            AppError::missing_setting("no provider given")
                .with_hint("name a provider from the profile, or pass --issuer URL")
        })?;
    let store = crate::sso::oidc::store::path_for(
        &config::data_dir(),
        profile_name.as_deref(),
        provider.unwrap_or(&issuer),
    );
    // What the flags and the profile do not say, a stored login of this provider may: its
    // client ID and where its secret came from (a login made with flags alone stays usable).
    let remembered = crate::sso::oidc::store::load(&store).ok().flatten();
    let client_id = client_id.clone().or(p.client_id.clone()).or_else(|| {
        remembered
            .as_ref()
            .filter(|t| t.issuer == issuer)
            .map(|t| t.client_id.clone())
    });
    let secret_source = SecretSource::from_fields(
        "client_secret",
        client_secret_env.as_deref(),
        client_secret_file.as_deref(),
        None,
    )?
    .or(p.client_secret_source()?)
    .or_else(|| {
        remembered
            .as_ref()
            .filter(|t| Some(&t.client_id) == client_id.as_ref())
            .and_then(|t| t.client_secret_from.clone())
    });
    let client = match client_id {
        None => None,
        Some(id) => {
            let secret = match &secret_source {
                Some(src) => Some(src.read(&mut |w| globals.ui.warn(w))?),
                None => None,
            };
            let auth = match (client_auth, p.client_auth.as_deref()) {
                (Some(ClientAuthArg::Post), _) | (None, Some("post")) => ClientAuth::Post,
                (Some(ClientAuthArg::Basic), _) | (None, None | Some("basic")) => ClientAuth::Basic,
                (None, Some(other)) => {
                    return Err(AppError::config(format!(
                        "client_auth `{other}`: use basic or post"
                    )));
                }
            };
            Some(OidcClient { id, secret, auth })
        }
    };
    Ok(OidcSettings {
        name: provider
            .map(str::to_owned)
            .unwrap_or_else(|| issuer.clone()),
        profile: profile_name,
        issuer,
        client,
        scopes: if scopes.is_empty() {
            p.scopes.clone()
        } else {
            scopes.clone()
        },
        audience: audience.clone().or(p.audience.clone()),
        resource: resource.clone().or(p.resource.clone()),
        redirect_host: p
            .redirect_host
            .clone()
            .unwrap_or_else(|| "127.0.0.1".into()),
        redirect_port: p.redirect_port,
        ca_file: ca_file.clone().or(p.ca_file.clone()),
        timeout: Duration::from_secs(timeout.or(p.timeout).unwrap_or(30)),
        store,
        secret_source,
    })
}

/// The SAML Service Provider and where its IdP's metadata is.
pub struct SamlSettings {
    pub profile: Option<String>,
    pub sp: ServiceProvider,
    pub idp: IdpSource,
}

pub struct IdpSource {
    /// A file, an https URL, or None when neither profile nor flags name one.
    pub metadata: Option<String>,
    pub entity_id: Option<String>,
    pub trust_cert: Option<PathBuf>,
    pub ca_file: Option<PathBuf>,
    pub allow_expired: bool,
    pub allow_sha1: bool,
}

impl IdpSource {
    /// Where the metadata is, or a usage error when neither the profile nor a flag says.
    pub fn location(&self) -> Result<crate::sso::saml::source::IdpLocation<'_>, AppError> {
        let Some(metadata) = &self.metadata else {
            return Err(AppError::missing_setting("no IdP metadata").with_hint(
                "set idp_metadata under [profiles.NAME.saml], or pass --idp-metadata FILE|URL",
            ));
        };
        Ok(crate::sso::saml::source::IdpLocation {
            metadata,
            ca_file: self.ca_file.as_deref(),
            entity_id: self.entity_id.as_deref(),
            trust_cert: self.trust_cert.as_deref(),
            allow_expired: self.allow_expired,
            allow_sha1: self.allow_sha1,
        })
    }
}

/// The SP from the profile's `[saml]` with the flags on top. The key and certificates are read
/// (and checked to belong together) when configured.
pub fn saml(globals: &Globals, args: &SpArgs, idp: &IdpArgs) -> Result<SamlSettings, AppError> {
    let SpArgs {
        sp_entity_id,
        acs_urls,
        slo_url,
        nameid_format,
        sp_cert,
        sp_key,
        sp_encryption_cert,
        authn_requests_signed,
        want_assertions_signed,
    } = args;
    let (_, profile_name, profile) = globals.load_profile()?;
    let p = profile.and_then(|p| p.saml).unwrap_or_default();
    let entity_id = sp_entity_id
        .clone()
        .or(p.entity_id.clone())
        .ok_or_else(|| {
            AppError::missing_setting("no SP entity ID")
                .with_hint("set entity_id under [profiles.NAME.saml], or pass --sp-entity-id ID")
        })?;
    let acs_urls = if acs_urls.is_empty() {
        p.acs_urls.clone()
    } else {
        acs_urls.clone()
    };
    if acs_urls.is_empty() {
        return Err(AppError::missing_setting("no AssertionConsumerService URL")
            .with_hint("set acs_urls under [profiles.NAME.saml], or pass --acs-url URL"));
    }
    let read_cert = |path: Option<&PathBuf>| path.map(|f| keys::read_cert(f)).transpose();
    let cert =
        read_cert(sp_cert.as_ref().or(p.cert_file.as_ref())).map_err(AppError::from_class)?;
    let key = sp_key
        .as_ref()
        .or(p.key_file.as_ref())
        .map(|f| keys::read_key(f))
        .transpose()
        .map_err(AppError::from_class)?;
    if let (Some(k), Some(c)) = (&key, &cert)
        && !keys::matches(k, c)
    {
        return Err(
            AppError::config("the SP key does not belong to the SP certificate")
                .with_hint("check key_file / cert_file (or --sp-key / --sp-cert)"),
        );
    }
    let encryption_cert = read_cert(
        sp_encryption_cert
            .as_ref()
            .or(p.encryption_cert_file.as_ref()),
    )
    .map_err(AppError::from_class)?;
    let sp = ServiceProvider {
        entity_id,
        acs_urls,
        slo_url: slo_url.clone().or(p.slo_url.clone()),
        nameid_format: nameid_format.clone().or(p.nameid_format.clone()),
        key,
        cert,
        encryption_cert,
        authn_requests_signed: authn_requests_signed
            .or(p.authn_requests_signed)
            .unwrap_or(false),
        want_assertions_signed: want_assertions_signed
            .or(p.want_assertions_signed)
            .unwrap_or(true),
        requested_attributes: p
            .requested_attributes
            .iter()
            .map(|a| RequestedAttribute {
                name: a.name.clone(),
                friendly_name: a.friendly_name.clone(),
                required: a.required,
            })
            .collect(),
        organization: p.organization.as_ref().map(|o| Organization {
            name: o.name.clone(),
            display_name: o.display_name.clone().unwrap_or_else(|| o.name.clone()),
            url: o.url.clone(),
        }),
        contacts: p
            .contacts
            .iter()
            .map(|c| Contact {
                kind: c.kind.clone(),
                given_name: c.given_name.clone(),
                email: c.email.clone(),
            })
            .collect(),
    };
    Ok(SamlSettings {
        profile: profile_name,
        sp,
        idp: IdpSource {
            metadata: idp.idp_metadata.clone().or(p.idp_metadata),
            entity_id: idp.idp_entity_id.clone().or(p.idp_entity_id),
            trust_cert: idp.idp_trust_cert.clone().or(p.idp_trust_cert),
            ca_file: idp.ca_file.clone(),
            allow_expired: idp.allow_expired_metadata,
            allow_sha1: idp.allow_sha1,
        },
    })
}

/// Where idp-check reads from when no source is given: the profile's `idp_metadata`.
pub fn saml_profile(globals: &Globals) -> Result<(Option<String>, SamlProfile), AppError> {
    let (_, name, profile) = globals.load_profile()?;
    Ok((name, profile.and_then(|p| p.saml).unwrap_or_default()))
}
