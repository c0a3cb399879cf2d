//! `sf` commands: the org, the stored login or a one-shot token, and how to renew it.

use std::path::PathBuf;
use std::time::Duration;

use super::Globals;
use crate::cli::NetArgs;
use crate::cli::sf::SfConnArgs;
use crate::config::SfProfile;
use crate::config::{self, Secret};
use crate::error::{AppError, ExitKind};
use crate::salesforce::auth::Renewal;
use crate::salesforce::login_store::{self, StoredLogin};
use crate::salesforce::{ClientSettings, DEFAULT_API_VERSION};

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
    Ok((
        name.unwrap_or_else(|| crate::config::DEFAULT_PROFILE.into()),
        p,
    ))
}

/// Flags first, then a token from the environment, then the stored login of the profile.
pub fn salesforce(globals: &Globals, args: &SfConnArgs) -> Result<SfSettings, AppError> {
    let SfConnArgs {
        instance_url,
        access_token_env,
        api_version,
        net: NetArgs { ca_file, timeout },
    } = args;
    let (profile_key, p) = sf_profile(globals)?;
    let store_path = login_store::path_for(&config::data_dir(), &profile_key);
    let stored = login_store::load(&store_path).map_err(AppError::from_class)?;
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
                AppError::missing_setting("an access token was given but no instance URL")
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
