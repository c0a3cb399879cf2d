//! `snow` commands: the instance, the integration user and where the password comes from.

use std::path::PathBuf;
use std::time::Duration;

use clap::ValueEnum;

use super::Globals;
use crate::cli::NetArgs;
use crate::cli::snow::{AuthArg, SnowConnArgs};
use crate::config::{self, SecretSource, SnowProfile};
use crate::error::AppError;
use crate::snow::auth::Mode;
use crate::snow::login_store::{self, SnowLogin};

/// Rows per page unless told otherwise: big enough to be quick, small enough that the
/// instance's transaction quota does not cancel it (reference/servicenow.md §4).
pub const DEFAULT_PAGE_SIZE: u32 = 1000;

pub struct SnowSettings {
    pub profile_key: String,
    /// `https://acme.service-now.com` (no trailing slash).
    pub base_url: String,
    pub mode: Mode,
    pub user: Option<String>,
    pub password: Option<SecretSource>,
    pub client_id: Option<String>,
    pub client_secret: Option<SecretSource>,
    pub token: Option<SecretSource>,
    pub page_size: u32,
    pub ca_file: Option<PathBuf>,
    pub timeout: Duration,
    /// How long a run may keep retrying through rate limits and outages (ServiceNow's
    /// windows are hourly, so a Retry-After can be long).
    pub deadline: Duration,
    /// Where the login is stored, and the stored login (for this instance) if there is one.
    pub store: PathBuf,
    pub stored: Option<SnowLogin>,
}

/// An instance name or URL as the base URL the API lives under.
pub fn instance_url(instance: &str) -> Result<String, AppError> {
    let url = if instance.contains("://") {
        instance.trim_end_matches('/').to_owned()
    } else if !instance.is_empty()
        && instance
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        format!("https://{instance}.service-now.com")
    } else {
        return Err(AppError::config(format!(
            "instance `{instance}` is neither an instance name nor a URL"
        ))
        .with_hint("give the name (acme for https://acme.service-now.com) or the whole URL"));
    };
    crate::http::require_secure("the instance URL", &url)
        .map_err(|e| AppError::config(e).with_hint("use https://"))?;
    Ok(url)
}

fn mode_of(a: AuthArg) -> Mode {
    match a {
        AuthArg::Basic => Mode::Basic,
        AuthArg::OauthPassword => Mode::OauthPassword,
        AuthArg::ClientCredentials => Mode::ClientCredentials,
        AuthArg::Token => Mode::Token,
    }
}

fn parse_mode(name: &str) -> Result<Mode, AppError> {
    AuthArg::from_str(name, true).map(mode_of).map_err(|_| {
        AppError::config(format!("snow.auth `{name}`"))
            .with_hint("use basic, oauth-password, client-credentials or token")
    })
}

pub fn snow(globals: &Globals, args: &SnowConnArgs) -> Result<SnowSettings, AppError> {
    let SnowConnArgs {
        instance,
        auth,
        user,
        password_env,
        password_file,
        client_id,
        client_secret_env,
        client_secret_file,
        token_env,
        token_file,
        page_size,
        deadline,
        net: NetArgs { ca_file, timeout },
    } = args;
    let (_, name, profile) = globals.load_profile()?;
    let profile_key = name.unwrap_or_else(|| config::DEFAULT_PROFILE.into());
    let p: SnowProfile = profile.and_then(|p| p.snow).unwrap_or_default();
    let store = login_store::path_for(&config::data_dir(), &profile_key);
    let stored = login_store::load(&store).map_err(AppError::from_class)?;
    let base_url = match instance.as_deref().or(p.instance.as_deref()) {
        Some(i) => instance_url(i)?,
        None => stored.as_ref().map(|l| l.instance.clone()).ok_or_else(|| {
            AppError::missing_setting("no ServiceNow instance")
                .with_hint("--instance NAME|URL, instance in [profiles.NAME.snow], or snow login")
        })?,
    };
    // A login stored for another instance has nothing to give this one.
    let stored = stored.filter(|l| l.instance == base_url);
    let from_store = |f: fn(&SnowLogin) -> Option<SecretSource>| stored.as_ref().and_then(f);
    let password = SecretSource::from_fields(
        "password",
        password_env.as_deref(),
        password_file.as_deref(),
        None,
    )?
    .or(p.password_source()?)
    .or_else(|| from_store(|l| l.password_from.clone()));
    let client_secret = SecretSource::from_fields(
        "client_secret",
        client_secret_env.as_deref(),
        client_secret_file.as_deref(),
        None,
    )?
    .or(p.client_secret_source()?)
    .or_else(|| from_store(|l| l.client_secret_from.clone()));
    let token =
        SecretSource::from_fields("token", token_env.as_deref(), token_file.as_deref(), None)?
            .or(p.token_source()?)
            .or_else(|| from_store(|l| l.token_from.clone()));
    let user = user
        .clone()
        .or(p.user.clone())
        .or_else(|| stored.as_ref().and_then(|l| l.user.clone()));
    let client_id = client_id
        .clone()
        .or(p.client_id.clone())
        .or_else(|| stored.as_ref().and_then(|l| l.client_id.clone()));
    let mode = match (auth, p.auth.as_deref(), stored.as_ref()) {
        (Some(a), _, _) => mode_of(*a),
        (None, Some(name), _) => parse_mode(name)?,
        (None, None, Some(l)) => l.auth,
        (None, None, None) => match (&token, &client_id, &user) {
            (Some(_), _, _) => Mode::Token,
            (None, Some(_), Some(_)) => Mode::OauthPassword,
            (None, Some(_), None) => Mode::ClientCredentials,
            (None, None, _) => Mode::Basic,
        },
    };
    let page_size = page_size.or(p.page_size).unwrap_or(DEFAULT_PAGE_SIZE);
    if page_size == 0 || page_size > 10_000 {
        return Err(AppError::usage(format!(
            "--page-size {page_size}: give 1 to 10000 (instances cap pages at 10,000 rows)"
        )));
    }
    let s = SnowSettings {
        base_url,
        profile_key,
        mode,
        user,
        password,
        client_id,
        client_secret,
        token,
        page_size,
        ca_file: ca_file.clone().or(p.ca_file.clone()),
        timeout: Duration::from_secs(timeout.or(p.timeout).unwrap_or(60)),
        deadline: deadline.unwrap_or(Duration::from_secs(3600)),
        store,
        stored,
    };
    s.require()?;
    Ok(s)
}

impl SnowSettings {
    /// What the way in needs, each missing piece named with where it can come from.
    fn require(&self) -> Result<(), AppError> {
        let missing = |what: &str, hint: &str| {
            Err(
                AppError::missing_setting(format!("{} sign-in needs {what}", self.mode.name()))
                    .with_hint(hint.to_owned()),
            )
        };
        let needs_user = matches!(self.mode, Mode::Basic | Mode::OauthPassword);
        let needs_client = matches!(self.mode, Mode::OauthPassword | Mode::ClientCredentials);
        if needs_user && self.user.is_none() {
            return missing("a user", "--user NAME, or user in [profiles.NAME.snow]");
        }
        if needs_user && self.password.is_none() {
            return missing(
                "a password",
                "--password-env VAR or --password-file FILE, or password_env/_file/_command in [profiles.NAME.snow]",
            );
        }
        if needs_client && self.client_id.is_none() {
            return missing(
                "an OAuth client id",
                "--client-id ID, or client_id in [profiles.NAME.snow]",
            );
        }
        if needs_client && self.client_secret.is_none() {
            return missing(
                "an OAuth client secret",
                "--client-secret-env VAR or --client-secret-file FILE, or client_secret_env/_file/_command in [profiles.NAME.snow]",
            );
        }
        // A stored token stands in for a token source.
        if self.mode == Mode::Token
            && self.token.is_none()
            && self.stored.as_ref().and_then(SnowLogin::tokens).is_none()
        {
            return missing(
                "a token",
                "--token-env VAR or --token-file FILE, or token_env/_file/_command in [profiles.NAME.snow]",
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_names_and_urls() {
        assert_eq!(
            instance_url("acme").unwrap(),
            "https://acme.service-now.com"
        );
        assert_eq!(
            instance_url("http://127.0.0.1:8080/").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert!(instance_url("http://acme.example.com").is_err());
        assert!(instance_url("acme corp").is_err());
    }
}
