//! The config file, profiles and secrets. This is the only module that reads environment
//! variables, so every other module can be tested with plain values.

mod secret;
mod template;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use secret::{Secret, SecretSource};
pub use template::TEMPLATE;

use crate::error::AppError;

/// Environment variables atomctl reads. Named here so the README and man page match.
pub const ENV_CONFIG: &str = "ATOMCTL_CONFIG";
pub const ENV_PROFILE: &str = "ATOMCTL_PROFILE";
pub const ENV_CACHE: &str = "ATOMCTL_CACHE";
pub const ENV_LDAP_PASSWORD: &str = "ATOMCTL_LDAP_PASSWORD";
pub const ENV_SF_ACCESS_TOKEN: &str = "ATOMCTL_SF_ACCESS_TOKEN";

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Profile used when neither --profile nor ATOMCTL_PROFILE names one.
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub ldap: Option<LdapProfile>,
    pub sf: Option<SfProfile>,
    /// OpenID providers by name: `[profiles.corp.oidc.okta]`.
    #[serde(default)]
    pub oidc: BTreeMap<String, OidcProfile>,
    /// The SAML Service Provider this profile speaks for, and its IdP.
    pub saml: Option<SamlProfile>,
    /// The Microsoft tenant and app for `teams` commands.
    pub teams: Option<TeamsProfile>,
    /// The ServiceNow instance for `snow` commands.
    pub snow: Option<SnowProfile>,
    /// Defaults for the analytics reports.
    pub analytics: Option<AnalyticsProfile>,
}

/// `[profiles.NAME.analytics]`: the assumptions behind the reports; every value has a flag.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AnalyticsProfile {
    /// How chat users match directory users: mail (default), uid or upn.
    pub join_key: Option<String>,
    /// Days without a logon that make an account stale (default 90).
    pub stale_days: Option<i64>,
    /// Privileged groups by name (default: Domain Admins, Enterprise Admins, Schema Admins,
    /// Administrators).
    pub privileged_groups: Option<Vec<String>>,
    /// roi: minutes one interaction saves (default 2) and what an hour costs (default 50 USD).
    pub minutes_per_interaction: Option<f64>,
    pub hourly_cost: Option<f64>,
    pub currency: Option<String>,
    /// `analytics report threats`: the rules' thresholds (`[profiles.NAME.analytics.threats]`).
    pub threats: Option<crate::analytics::threats::ThreatSettings>,
}

/// A SAML 2.0 Service Provider (`[profiles.NAME.saml]`). Every value has a flag too.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SamlProfile {
    pub entity_id: Option<String>,
    /// AssertionConsumerService URLs (HTTP-POST); the first is the default.
    #[serde(default)]
    pub acs_urls: Vec<String>,
    pub slo_url: Option<String>,
    pub nameid_format: Option<String>,
    /// Signing key (PEM, keep it 0600) and its certificate.
    pub key_file: Option<PathBuf>,
    pub cert_file: Option<PathBuf>,
    /// A separate encryption certificate; the signing certificate serves otherwise.
    pub encryption_cert_file: Option<PathBuf>,
    /// Defaults: false and true.
    pub authn_requests_signed: Option<bool>,
    pub want_assertions_signed: Option<bool>,
    #[serde(default)]
    pub requested_attributes: Vec<SamlRequestedAttribute>,
    pub organization: Option<SamlOrganization>,
    #[serde(default)]
    pub contacts: Vec<SamlContact>,
    /// The IdP's metadata: a file or an https URL.
    pub idp_metadata: Option<String>,
    /// Which IdP, when the metadata is an aggregate.
    pub idp_entity_id: Option<String>,
    /// Verify the IdP metadata's signature with this certificate (e.g. a federation's).
    pub idp_trust_cert: Option<PathBuf>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SamlRequestedAttribute {
    pub name: String,
    pub friendly_name: Option<String>,
    #[serde(default)]
    pub required: bool,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SamlOrganization {
    pub name: String,
    pub display_name: Option<String>,
    pub url: String,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SamlContact {
    /// technical, support, administrative, billing or other.
    #[serde(rename = "type")]
    pub kind: String,
    pub given_name: Option<String>,
    pub email: Option<String>,
}

/// An OpenID provider and the client atomctl acts as.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OidcProfile {
    /// Exactly as the provider's discovery document states it (a trailing slash counts).
    pub issuer: String,
    pub client_id: Option<String>,
    pub client_secret_env: Option<String>,
    pub client_secret_file: Option<PathBuf>,
    pub client_secret_command: Option<String>,
    /// `basic` (default) or `post`: how the secret goes to the token endpoint.
    pub client_auth: Option<String>,
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Sent as `audience` (Auth0, Okta custom servers) when set.
    pub audience: Option<String>,
    /// RFC 8707 resource indicator, when the provider wants one.
    pub resource: Option<String>,
    /// Loopback redirect host for the code flow: 127.0.0.1 (default), localhost or [::1].
    pub redirect_host: Option<String>,
    /// Fixed redirect port (default: any free port).
    pub redirect_port: Option<u16>,
    pub ca_file: Option<PathBuf>,
    pub timeout: Option<u64>,
}

impl OidcProfile {
    pub fn client_secret_source(&self) -> Result<Option<SecretSource>, AppError> {
        SecretSource::from_fields(
            "oidc.client_secret",
            self.client_secret_env.as_deref(),
            self.client_secret_file.as_deref(),
            self.client_secret_command.as_deref(),
        )
    }
}

/// A Salesforce org. The access token itself is never here: `sf login` stores it 0600 in
/// the data directory; the client secret comes from `client_secret_env|_file|_command`.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SfProfile {
    /// `production`, `sandbox`, or a My Domain URL.
    pub login_url: Option<String>,
    /// Normally learned at login; set it to use a token given by --access-token-env.
    pub instance_url: Option<String>,
    pub api_version: Option<String>,
    /// The connected app's consumer key.
    pub client_id: Option<String>,
    pub client_secret_env: Option<String>,
    pub client_secret_file: Option<PathBuf>,
    pub client_secret_command: Option<String>,
    pub username: Option<String>,
    /// Private key (PEM) of the certificate uploaded to the connected app, for JWT bearer.
    pub jwt_key_file: Option<PathBuf>,
    pub ca_file: Option<PathBuf>,
    pub timeout: Option<u64>,
}

/// `[profiles.NAME.snow]`: a ServiceNow instance and the integration user atomctl signs in as.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SnowProfile {
    /// An instance name (`acme` → https://acme.service-now.com) or a URL.
    pub instance: Option<String>,
    pub user: Option<String>,
    pub password_env: Option<String>,
    pub password_file: Option<PathBuf>,
    pub password_command: Option<String>,
    /// basic, oauth-password, client-credentials or token (default: what the other
    /// settings imply).
    pub auth: Option<String>,
    /// The OAuth application (Application Registry) for the OAuth ways in.
    pub client_id: Option<String>,
    pub client_secret_env: Option<String>,
    pub client_secret_file: Option<PathBuf>,
    pub client_secret_command: Option<String>,
    /// A bearer token given as it is (auth = "token").
    pub token_env: Option<String>,
    pub token_file: Option<PathBuf>,
    pub token_command: Option<String>,
    /// Rows per page (default 1000; smaller when the instance cancels big pages).
    pub page_size: Option<u32>,
    pub ca_file: Option<PathBuf>,
    pub timeout: Option<u64>,
}

impl SnowProfile {
    pub fn password_source(&self) -> Result<Option<SecretSource>, AppError> {
        SecretSource::from_fields(
            "snow.password",
            self.password_env.as_deref(),
            self.password_file.as_deref(),
            self.password_command.as_deref(),
        )
    }

    pub fn client_secret_source(&self) -> Result<Option<SecretSource>, AppError> {
        SecretSource::from_fields(
            "snow.client_secret",
            self.client_secret_env.as_deref(),
            self.client_secret_file.as_deref(),
            self.client_secret_command.as_deref(),
        )
    }

    pub fn token_source(&self) -> Result<Option<SecretSource>, AppError> {
        SecretSource::from_fields(
            "snow.token",
            self.token_env.as_deref(),
            self.token_file.as_deref(),
            self.token_command.as_deref(),
        )
    }
}

/// `[profiles.NAME.teams]`: the Microsoft tenant and the app registration atomctl signs in as.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TeamsProfile {
    /// Tenant ID or verified domain.
    pub tenant: Option<String>,
    pub client_id: Option<String>,
    pub client_secret_env: Option<String>,
    pub client_secret_file: Option<PathBuf>,
    pub client_secret_command: Option<String>,
    /// A certificate credential instead of a secret: the certificate and its key (PEM).
    pub cert_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    /// global (default), usgov, usgovhigh, dod or china.
    pub cloud: Option<String>,
    pub login_url: Option<String>,
    pub graph_url: Option<String>,
    pub ca_file: Option<PathBuf>,
    pub timeout: Option<u64>,
}

impl TeamsProfile {
    pub fn client_secret_source(&self) -> Result<Option<SecretSource>, AppError> {
        SecretSource::from_fields(
            "teams.client_secret",
            self.client_secret_env.as_deref(),
            self.client_secret_file.as_deref(),
            self.client_secret_command.as_deref(),
        )
    }
}

impl SfProfile {
    pub fn client_secret_source(&self) -> Result<Option<SecretSource>, AppError> {
        SecretSource::from_fields(
            "sf.client_secret",
            self.client_secret_env.as_deref(),
            self.client_secret_file.as_deref(),
            self.client_secret_command.as_deref(),
        )
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Flavor {
    /// Detected from the rootDSE.
    #[default]
    Auto,
    OpenLdap,
    #[serde(rename = "ad")]
    ActiveDirectory,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LdapProfile {
    /// Tried in order until one answers.
    #[serde(default)]
    pub urls: Vec<String>,
    pub bind_dn: Option<String>,
    pub base_dn: Option<String>,
    pub ca_file: Option<PathBuf>,
    #[serde(default)]
    pub starttls: bool,
    pub page_size: Option<u32>,
    #[serde(default)]
    pub flavor: Flavor,
    pub timeout: Option<u64>,
    pub password_env: Option<String>,
    pub password_file: Option<PathBuf>,
    pub password_command: Option<String>,
    /// Override the filter that selects users for sync and lookups.
    pub user_filter: Option<String>,
    /// Override the filter that selects groups.
    pub group_filter: Option<String>,
}

impl LdapProfile {
    pub fn password_source(&self) -> Result<Option<SecretSource>, AppError> {
        SecretSource::from_fields(
            "ldap.password",
            self.password_env.as_deref(),
            self.password_file.as_deref(),
            self.password_command.as_deref(),
        )
    }
}

/// Where the config file is: --config, else ATOMCTL_CONFIG, else the XDG location; with the
/// flag or variable that named it, if one did (a file named so must exist).
pub fn config_path(flag: Option<&Path>) -> (PathBuf, Option<&'static str>) {
    if let Some(p) = flag {
        return (p.to_path_buf(), Some("--config"));
    }
    if let Some(p) = env_nonempty(ENV_CONFIG) {
        return (PathBuf::from(p), Some(ENV_CONFIG));
    }
    let path = xdg_dir("XDG_CONFIG_HOME", ".config")
        .join("atomctl")
        .join("config.toml");
    (path, None)
}

/// A profile or provider name as a file name: letters, digits, `-` and `_` kept, the rest `_`.
pub fn safe_file_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Where atomctl keeps its own files (stored logins): `$XDG_DATA_HOME/atomctl`.
pub fn data_dir() -> PathBuf {
    xdg_dir("XDG_DATA_HOME", ".local/share").join("atomctl")
}

/// Where the cache is: --cache, else ATOMCTL_CACHE, else the XDG data location.
pub fn cache_path(flag: Option<&Path>) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    if let Some(p) = env_nonempty(ENV_CACHE) {
        return PathBuf::from(p);
    }
    xdg_dir("XDG_DATA_HOME", ".local/share")
        .join("atomctl")
        .join("cache.db")
}

/// The profile asked for: --profile, else ATOMCTL_PROFILE, else the file's `default_profile`,
/// else a profile named `default` if the file has one.
pub fn profile_name(flag: Option<&str>, file: &ConfigFile) -> Option<String> {
    flag.map(str::to_owned)
        .or_else(|| env_nonempty(ENV_PROFILE))
        .or_else(|| file.default_profile.clone())
        // Logins are stored under `default` when no profile is named; a profile of that name
        // is the one used then, as `default_profile = "default"` would say.
        .or_else(|| {
            file.profiles
                .contains_key(DEFAULT_PROFILE)
                .then(|| DEFAULT_PROFILE.to_owned())
        })
}

/// The profile used when none is named and `default_profile` is not set.
pub const DEFAULT_PROFILE: &str = "default";

fn xdg_dir(var: &str, fallback: &str) -> PathBuf {
    match env_nonempty(var) {
        Some(p) => PathBuf::from(p),
        None => home_dir().join(fallback),
    }
}

pub fn home_dir() -> PathBuf {
    env_nonempty("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/"))
}

fn env_nonempty(var: &str) -> Option<String> {
    std::env::var(var).ok().filter(|v| !v.is_empty())
}

/// Who is running atomctl, for the audit log.
pub fn current_user() -> String {
    env_nonempty("USER")
        .or_else(|| env_nonempty("LOGNAME"))
        .unwrap_or_else(|| "unknown".into())
}

/// A tracing filter from ATOMCTL_LOG, if set.
pub fn log_filter() -> Option<String> {
    env_nonempty("ATOMCTL_LOG")
}

/// Whether a desktop session is there to show a browser (X11 or Wayland).
pub fn graphical_session() -> bool {
    env_nonempty("DISPLAY").is_some() || env_nonempty("WAYLAND_DISPLAY").is_some()
}

/// `NO_COLOR` set to anything but the empty string (no-color.org).
pub fn no_color() -> bool {
    env_nonempty("NO_COLOR").is_some()
}

/// A Salesforce access token from an environment variable: the named one, else
/// `ATOMCTL_SF_ACCESS_TOKEN`.
pub fn sf_access_token_from_env(var: Option<&str>) -> Option<Secret> {
    match var {
        Some(v) => env_nonempty(v),
        None => env_nonempty(ENV_SF_ACCESS_TOKEN),
    }
    .map(Secret::new)
}

/// The hint for a variable that is not set: how to set it, and a set variable with a name
/// close to it (a typo, another case), if there is one. Only names are compared and shown.
pub fn unset_variable_hint(var: &str) -> String {
    let mut hint = format!("export {var}=… before running, or use a *_file / *_command source");
    if let Some(near) = similar_variable(var) {
        hint.push_str(&format!("; {near} is set: did you mean it?"));
    }
    hint
}

fn similar_variable(var: &str) -> Option<String> {
    let wanted = var.to_ascii_uppercase();
    std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v)))
        .filter(|(k, v)| k != var && !v.is_empty())
        .map(|(k, _)| {
            let d = crate::text::edit_distance(&k.to_ascii_uppercase(), &wanted);
            (d, k)
        })
        // A typo or two, in a name long enough that two edits do not make it another word.
        .filter(|(d, k)| *d == 0 || (*d <= 2 && k.len() >= 5 && var.len() >= 5))
        .min()
        .map(|(_, k)| k)
}

/// A secret from a named environment variable (a flag such as --password-env named it).
pub fn secret_from_env(var: &str) -> Option<Secret> {
    env_nonempty(var).map(Secret::new)
}

/// The bind password given by the environment fallback (`ATOMCTL_LDAP_PASSWORD`), if set.
pub fn ldap_password_from_env() -> Option<Secret> {
    env_nonempty(ENV_LDAP_PASSWORD).map(Secret::new)
}

/// Load the config file. A missing file is an empty config; a broken one is an error that
/// says where.
/// The config file at `path`. A missing file is an empty config at the default location, and
/// an error when `named_by` (--config, ATOMCTL_CONFIG) asked for that file.
pub fn load(path: &Path, named_by: Option<&str>) -> Result<ConfigFile, AppError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return match named_by {
                None => Ok(ConfigFile::default()),
                Some(by) => Err(missing_file(path, &format!("{by} names it"))),
            };
        }
        Err(e) => {
            return Err(AppError::config(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    parse(&text).map_err(|e| {
        AppError::config(format!(
            "{} is not a valid atomctl config: {e}",
            path.display()
        ))
        .with_hint("`atomctl config init --force` writes a fresh commented example")
    })
}

/// "The config file does not exist", with why it was looked for.
pub fn missing_file(path: &Path, why: &str) -> AppError {
    AppError::config(format!(
        "the config file {} does not exist ({why})",
        path.display()
    ))
    .with_hint(format!(
        "`atomctl --config {} config init` writes a commented example there",
        path.display()
    ))
}

pub fn parse(text: &str) -> Result<ConfigFile, String> {
    toml::from_str(text).map_err(|e| {
        let msg = e.to_string();
        if msg.contains("unknown field `password`") {
            format!("{msg}\npasswords never go in the config file: use password_env, password_file or password_command")
        } else {
            msg
        }
    })
}

/// The active profile, or an error naming the profiles that exist when the name is unknown.
pub fn select_profile(file: &ConfigFile, name: Option<&str>) -> Result<Option<Profile>, AppError> {
    let Some(name) = name else { return Ok(None) };
    match file.profiles.get(name) {
        Some(p) => Ok(Some(p.clone())),
        None => {
            let known: Vec<_> = file.profiles.keys().cloned().collect();
            Err(
                AppError::config(format!("no profile named `{name}` in the config file"))
                    .with_hint(if known.is_empty() {
                        "`atomctl config init` writes a config with an example profile".to_owned()
                    } else {
                        format!("known profiles: {}", known.join(", "))
                    }),
            )
        }
    }
}
