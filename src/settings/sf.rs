//! `sf` commands: the org, the stored login or a one-shot token, and how to renew it.

use std::path::PathBuf;
use std::time::Duration;

use super::Globals;
use crate::cli::NetArgs;
use crate::cli::sf::SfConnArgs;
use crate::config::SfProfile;
use crate::config::{self, Secret};
use crate::error::{AppError, ExitKind};
use crate::salesforce::auth::{Renewal, SecretOnDemand};
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
        let var = access_token_env.as_deref().unwrap_or_default();
        return Err(AppError::missing_setting(format!(
            "--access-token-env {var}: the variable is not set or empty"
        ))
        .with_hint(config::unset_variable_hint(var)));
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

/// How a stored login gets a new token when the session expires mid-run. The client secret
/// is read only then, from where the profile says, else from where it came at login.
fn renewal_for(
    globals: &Globals,
    login: &StoredLogin,
    p: &SfProfile,
) -> Result<Option<Renewal>, AppError> {
    let client_id = login.client_id.clone().or(p.client_id.clone());
    let source = p
        .client_secret_source()?
        .or_else(|| login.client_secret_from.clone());
    let on_demand = source.map(|src| {
        let ui = globals.ui.clone();
        SecretOnDemand::new(move || src.read(&mut |w| ui.warn(w)).map_err(|e| e.to_string()))
    });
    // Without a source a client-credentials login still works while its token lasts; only a
    // renewal finds the secret missing, and says how to give it.
    let missing = || {
        SecretOnDemand::new(|| {
            Err(
                "the session expired and renewing a client-credentials login needs the \
                 client secret, but neither the login nor the profile says where it comes \
                 from; run `atomctl sf login --flow client-credentials --client-secret-env VAR` \
                 again, or set sf.client_secret_env, _file or _command in the profile"
                    .to_owned(),
            )
        })
    };
    Ok(
        match (login.flow.as_str(), login.refresh_token(), client_id) {
            (_, Some(refresh_token), Some(client_id)) => Some(Renewal::Refresh {
                login_url: login.login_url.clone(),
                client_id,
                client_secret: on_demand.clone(),
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
                client_secret: on_demand.clone().unwrap_or_else(missing),
            }),
            _ => None,
        },
    )
}
