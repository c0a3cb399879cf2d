//! Parse, resolve, act: flags + profile + environment → one settings value per command.
//! Flags override the profile; the profile overrides built-in defaults.

use crate::error::ExitClass;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use crate::cli::sso::{ClientAuthArg, IdpArgs, OidcConnArgs, SpArgs};
use crate::cli::{ColorArg, GlobalArgs, ldap::ConnArgs, sf::SfConnArgs};
use crate::config::{
    self, ConfigFile, LdapProfile, OidcProfile, Profile, SamlProfile, Secret, SecretSource,
    SfProfile,
};
use crate::error::{AppError, ExitKind};
use crate::ldap::ConnSettings;
use crate::ldap::sync::{DEFAULT_GROUP_FILTER, DEFAULT_USER_FILTER};
use crate::output::{Format, Sink, Ui};
use crate::salesforce::auth::Renewal;
use crate::salesforce::login_store::{self, StoredLogin};
use crate::salesforce::{ClientSettings, DEFAULT_API_VERSION, SfError};
use crate::sso::oidc::{ClientAuth, OAuthClient as OidcClient};
use crate::sso::saml::sp::{Contact, Organization, RequestedAttribute, ServiceProvider};
use crate::sso::saml::{SamlError, keys};

/// The global flags, resolved.
pub struct Globals {
    pub config_path: PathBuf,
    pub cache_path: PathBuf,
    pub profile_flag: Option<String>,
    pub format_arg: crate::cli::FormatArg,
    pub output: Option<PathBuf>,
    pub ui: Ui,
}

impl Globals {
    pub fn from_args(g: &GlobalArgs) -> Globals {
        let color = match g.color {
            ColorArg::Auto => None,
            ColorArg::Always => Some(true),
            ColorArg::Never => Some(false),
        };
        Globals {
            config_path: config::config_path(g.config.as_deref()),
            cache_path: config::cache_path(g.cache.as_deref()),
            profile_flag: g.profile.clone(),
            format_arg: g.format,
            output: g.output.clone(),
            ui: Ui::new(g.quiet, g.verbose, color, g.no_progress),
        }
    }

    /// The output format after `auto` is decided for this run.
    pub fn format(&self) -> Format {
        Format::resolve(
            self.format_arg,
            self.output.as_deref(),
            std::io::stdout().is_terminal(),
        )
    }

    /// stdout, or the `-o` file (atomic).
    pub fn sink(&self) -> Result<Sink, AppError> {
        match &self.output {
            Some(p) => Sink::file(p)
                .map_err(|e| AppError::failed(format!("cannot write {}: {e}", p.display()))),
            None => Ok(Sink::stdout()),
        }
    }

    /// Load the config file and pick the active profile.
    pub fn load_profile(&self) -> Result<(ConfigFile, Option<String>, Option<Profile>), AppError> {
        let file = config::load(&self.config_path)?;
        let name = config::profile_name(self.profile_flag.as_deref(), &file);
        // A default profile named by the file but missing is a config error too.
        let profile = config::select_profile(&file, name.as_deref())?;
        Ok((file, name, profile))
    }
}

/// Everything an ldap command needs.
pub struct LdapSettings {
    pub conn: ConnSettings,
    /// The cache key of this directory: the profile name, or the URL when given by flags.
    pub profile_key: String,
    pub page_size: u32,
    pub user_filter: String,
    pub group_filter: String,
}

pub fn ldap(globals: &Globals, args: &ConnArgs) -> Result<LdapSettings, AppError> {
    let ConnArgs {
        urls,
        bind_dn,
        password_env,
        password_file,
        base,
        ca_file,
        starttls,
        insecure,
        timeout,
    } = args;
    let (_, name, profile) = globals.load_profile()?;
    let p: LdapProfile = profile.and_then(|p| p.ldap).unwrap_or_default();
    let urls = if urls.is_empty() {
        p.urls.clone()
    } else {
        urls.clone()
    };
    if urls.is_empty() {
        return Err(AppError::config("no LDAP server given").with_hint(
            "pass --url ldaps://host (repeat for failover), or set ldap.urls in a profile (`atomctl config init`)",
        ));
    }
    for u in &urls {
        if !(u.starts_with("ldap://") || u.starts_with("ldaps://") || u.starts_with("ldapi://")) {
            return Err(AppError::usage(format!("`{u}` is not an LDAP URL"))
                .with_hint("URLs look like ldaps://dc1.example.com or ldap://127.0.0.1:389"));
        }
    }
    let bind_dn = bind_dn.clone().or(p.bind_dn.clone());
    let flag_source = SecretSource::from_fields(
        "password",
        password_env.as_deref(),
        password_file.as_deref(),
        None,
    )?;
    let source = match flag_source {
        Some(s) => Some(s),
        None => p.password_source()?,
    };
    let password = match (&bind_dn, source) {
        (None, _) => None,
        (Some(_), Some(src)) => Some(src.read(&mut |w| globals.ui.warn(w))?),
        (Some(dn), None) => match config::ldap_password_from_env() {
            Some(s) => Some(s),
            None if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() => {
                let pw = rpassword::prompt_password(format!("Password for {dn}: "))
                    .map_err(|e| AppError::failed(format!("cannot read the password: {e}")))?;
                Some(config::Secret::new(pw))
            }
            None => {
                return Err(AppError::config(format!("no password for bind DN {dn}")).with_hint(
                    "use --password-env VAR or --password-file FILE, set ATOMCTL_LDAP_PASSWORD, or password_env/password_file/password_command in the profile",
                ));
            }
        },
    };
    if *insecure {
        globals.ui.warn("--insecure: the server certificate is NOT verified; anyone on the path can read the password and the data");
    }
    let profile_key = name.clone().unwrap_or_else(|| {
        format!(
            "{}#{}",
            urls[0],
            base.clone().or(p.base_dn.clone()).unwrap_or_default()
        )
    });
    let filter = |key: &str, given: &Option<String>, default: &str| {
        match given {
        None => Ok(default.to_owned()),
        Some(f) if ldap3::parse_filter(f).is_ok() => Ok(f.clone()),
        Some(f) => Err(AppError::config(format!(
            "{key} `{f}` in the profile is not a valid LDAP filter"
        ))
        .with_hint("filters are RFC 4515: parenthesized, like (&(objectClass=person)(uid=*)); escape * ( ) \\ in values as \\2a \\28 \\29 \\5c")),
    }
    };
    let user_filter = filter("user_filter", &p.user_filter, DEFAULT_USER_FILTER)?;
    let group_filter = filter("group_filter", &p.group_filter, DEFAULT_GROUP_FILTER)?;
    Ok(LdapSettings {
        conn: ConnSettings {
            urls,
            bind_dn,
            password,
            base: base.clone().or(p.base_dn.clone()),
            ca_file: ca_file.clone().or(p.ca_file.clone()),
            starttls: *starttls || p.starttls,
            insecure: *insecure,
            timeout: Duration::from_secs(timeout.or(p.timeout).unwrap_or(30)),
            flavor: p.flavor,
        },
        profile_key,
        page_size: p.page_size.unwrap_or(1000),
        user_filter,
        group_filter,
    })
}

/// Everything an sf command needs to talk to the org.
pub struct SfSettings {
    pub client: ClientSettings,
    pub token: Secret,
    pub renewal: Option<Renewal>,
    /// The profile name, or `default` without one: names the stored login and cache rows.
    pub profile_key: String,
    /// Set when the token came from a stored login, so a renewed token is written back.
    pub stored: Option<(PathBuf, StoredLogin)>,
}

pub fn sf_profile(globals: &Globals) -> Result<(String, SfProfile), AppError> {
    let (_, name, profile) = globals.load_profile()?;
    let p = profile.and_then(|p| p.sf).unwrap_or_default();
    Ok((name.unwrap_or_else(|| "default".into()), p))
}

/// Flags first, then a token from the environment, then the stored login of the profile.
pub fn salesforce(globals: &Globals, args: &SfConnArgs) -> Result<SfSettings, AppError> {
    let SfConnArgs {
        instance_url,
        access_token_env,
        api_version,
        ca_file,
        timeout,
    } = args;
    let (profile_key, p) = sf_profile(globals)?;
    let store_path = login_store::path_for(&config::data_dir(), &profile_key);
    let stored = login_store::load(&store_path).map_err(sf_error)?;
    let env_token = config::sf_access_token_from_env(access_token_env.as_deref());
    if access_token_env.is_some() && env_token.is_none() {
        return Err(AppError::config(format!(
            "--access-token-env {}: the variable is not set or empty",
            access_token_env.as_deref().unwrap_or_default()
        )));
    }
    let version = |s: Option<&StoredLogin>| {
        api_version
            .clone()
            .or(p.api_version.clone())
            .or(s.map(|s| s.api_version.clone()))
            .unwrap_or_else(|| DEFAULT_API_VERSION.to_owned())
    };
    let client = |instance: String, s: Option<&StoredLogin>| ClientSettings {
        instance_url: instance,
        api_version: version(s),
        ca_file: ca_file.clone().or(p.ca_file.clone()),
        timeout: Duration::from_secs(timeout.or(p.timeout).unwrap_or(120)),
        retries: 4,
    };
    if let Some(token) = env_token {
        let instance = instance_url
            .clone()
            .or(p.instance_url.clone())
            .or(stored.as_ref().map(|s| s.instance_url.clone()))
            .ok_or_else(|| {
                AppError::config("an access token was given but no instance URL")
                    .with_hint("pass --instance-url https://acme.my.salesforce.com (or sf.instance_url in the profile)")
            })?;
        return Ok(SfSettings {
            client: client(instance, None),
            token,
            renewal: None,
            profile_key,
            stored: None,
        });
    }
    let Some(login) = stored else {
        return Err(AppError::new(
            ExitKind::Auth,
            format!("no Salesforce login for profile `{profile_key}`"),
        )
        .with_hint("run atomctl sf login, or pass --instance-url with --access-token-env VAR for one command"));
    };
    let renewal = renewal_for(globals, &login, &p)?;
    let instance = instance_url.clone().unwrap_or(login.instance_url.clone());
    Ok(SfSettings {
        client: client(instance, Some(&login)),
        token: login.access_token(),
        renewal,
        profile_key,
        stored: Some((store_path, login)),
    })
}

/// How a stored login gets a new token when the session expires mid-run.
fn renewal_for(
    globals: &Globals,
    login: &StoredLogin,
    p: &SfProfile,
) -> Result<Option<Renewal>, AppError> {
    let client_id = login.client_id.clone().or(p.client_id.clone());
    let secret = |required: bool| -> Result<Option<Secret>, AppError> {
        match p.client_secret_source()? {
            Some(src) => Ok(Some(src.read(&mut |w| globals.ui.warn(w))?)),
            None if required => Err(AppError::config(
                "the client-credentials login needs the client secret to renew",
            )
            .with_hint("set sf.client_secret_env, _file or _command in the profile")),
            None => Ok(None),
        }
    };
    Ok(
        match (login.flow.as_str(), login.refresh_token(), client_id) {
            (_, Some(refresh_token), Some(client_id)) => Some(Renewal::Refresh {
                login_url: login.login_url.clone(),
                client_id,
                client_secret: secret(false)?,
                refresh_token,
            }),
            ("jwt", _, Some(client_id)) => match (&login.jwt_key_file, &login.username) {
                (Some(key), Some(user)) => Some(Renewal::Jwt {
                    login_url: login.login_url.clone(),
                    client_id,
                    username: user.clone(),
                    key_file: key.clone(),
                }),
                _ => None,
            },
            ("client-credentials", _, Some(client_id)) => Some(Renewal::ClientCredentials {
                login_url: login.login_url.clone(),
                client_id,
                client_secret: secret(true)?.expect("required"),
            }),
            _ => None,
        },
    )
}

/// A Salesforce failure as an application error with its exit code and hint.
pub fn sf_error(e: SfError) -> AppError {
    let mut err = AppError::new(e.exit_kind(), e.to_string());
    if let Some(h) = e.hint() {
        err = err.with_hint(h);
    }
    err
}

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
        ca_file,
        timeout,
    } = args;
    let (_, profile_name, profile) = globals.load_profile()?;
    let p = match provider {
        Some(name) => {
            let providers = profile.map(|p| p.oidc).unwrap_or_default();
            let known: Vec<String> = providers.keys().cloned().collect();
            providers.get(name).cloned().ok_or_else(|| {
                AppError::config(format!("no OIDC provider `{name}` in the profile"))
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
            AppError::usage("no provider given")
                .with_hint("name a provider from the profile, or pass --issuer URL")
        })?;
    let flag_secret = SecretSource::from_fields(
        "client_secret",
        client_secret_env.as_deref(),
        client_secret_file.as_deref(),
        None,
    )?;
    let client = match client_id.clone().or(p.client_id.clone()) {
        None => None,
        Some(id) => {
            let secret = match flag_secret.or(p.client_secret_source()?) {
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
    let store = crate::sso::oidc::store::path_for(
        &config::data_dir(),
        profile_name.as_deref(),
        provider.unwrap_or(&issuer),
    );
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
}

impl IdpSource {
    /// Where the metadata is, or a usage error when neither the profile nor a flag says.
    pub fn location(&self) -> Result<crate::sso::saml::source::IdpLocation<'_>, AppError> {
        let Some(metadata) = &self.metadata else {
            return Err(AppError::usage("no IdP metadata").with_hint(
                "set idp_metadata under [profiles.NAME.saml], or pass --idp-metadata FILE|URL",
            ));
        };
        Ok(crate::sso::saml::source::IdpLocation {
            metadata,
            ca_file: self.ca_file.as_deref(),
            entity_id: self.entity_id.as_deref(),
            trust_cert: self.trust_cert.as_deref(),
        })
    }
}

pub fn saml_error(e: SamlError) -> AppError {
    let kind = e.exit_kind();
    let hint = e.hint();
    let err = AppError::new(kind, e.to_string());
    match hint {
        Some(h) => err.with_hint(h),
        None => err,
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
            AppError::usage("no SP entity ID")
                .with_hint("set entity_id under [profiles.NAME.saml], or pass --sp-entity-id ID")
        })?;
    let acs_urls = if acs_urls.is_empty() {
        p.acs_urls.clone()
    } else {
        acs_urls.clone()
    };
    if acs_urls.is_empty() {
        return Err(AppError::usage("no AssertionConsumerService URL")
            .with_hint("set acs_urls under [profiles.NAME.saml], or pass --acs-url URL"));
    }
    let read_cert = |path: Option<&PathBuf>| path.map(|f| keys::read_cert(f)).transpose();
    let cert = read_cert(sp_cert.as_ref().or(p.cert_file.as_ref())).map_err(saml_error)?;
    let key = sp_key
        .as_ref()
        .or(p.key_file.as_ref())
        .map(|f| keys::read_key(f))
        .transpose()
        .map_err(saml_error)?;
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
    .map_err(saml_error)?;
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
        },
    })
}

/// Where idp-check reads from when no source is given: the profile's `idp_metadata`.
pub fn saml_profile(globals: &Globals) -> Result<(Option<String>, SamlProfile), AppError> {
    let (_, name, profile) = globals.load_profile()?;
    Ok((name, profile.and_then(|p| p.saml).unwrap_or_default()))
}
