//! `snow` commands: the instance, the integration user and where the password comes from.

use std::path::PathBuf;
use std::time::Duration;

use super::Globals;
use crate::cli::NetArgs;
use crate::cli::snow::SnowConnArgs;
use crate::config::{self, SecretSource, SnowProfile};
use crate::error::AppError;

/// Rows per page unless told otherwise: big enough to be quick, small enough that the
/// instance's transaction quota does not cancel it (reference/servicenow.md §4).
pub const DEFAULT_PAGE_SIZE: u32 = 1000;

pub struct SnowSettings {
    pub profile_key: String,
    /// `https://acme.service-now.com` (no trailing slash).
    pub base_url: String,
    pub user: String,
    pub password: SecretSource,
    pub page_size: u32,
    pub ca_file: Option<PathBuf>,
    pub timeout: Duration,
    /// How long one request may keep retrying through rate limits and outages (ServiceNow's
    /// windows are hourly, so a Retry-After can be long).
    pub deadline: Duration,
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

pub fn snow(globals: &Globals, args: &SnowConnArgs) -> Result<SnowSettings, AppError> {
    let SnowConnArgs {
        instance,
        user,
        password_env,
        password_file,
        page_size,
        net: NetArgs { ca_file, timeout },
    } = args;
    let (_, name, profile) = globals.load_profile()?;
    let profile_key = name.unwrap_or_else(|| config::DEFAULT_PROFILE.into());
    let p: SnowProfile = profile.and_then(|p| p.snow).unwrap_or_default();
    let instance = instance.clone().or(p.instance.clone()).ok_or_else(|| {
        AppError::missing_setting("no ServiceNow instance")
            .with_hint("--instance NAME|URL, or instance in [profiles.NAME.snow]")
    })?;
    let user = user.clone().or(p.user.clone()).ok_or_else(|| {
        AppError::missing_setting("no ServiceNow user")
            .with_hint("--user NAME, or user in [profiles.NAME.snow]")
    })?;
    let password = SecretSource::from_fields(
        "password",
        password_env.as_deref(),
        password_file.as_deref(),
        None,
    )?
    .or(p.password_source()?)
    .ok_or_else(|| {
        AppError::missing_setting("no source for the ServiceNow password").with_hint(
            "--password-env VAR or --password-file FILE, or password_env/_file/_command in [profiles.NAME.snow]",
        )
    })?;
    let page_size = page_size.or(p.page_size).unwrap_or(DEFAULT_PAGE_SIZE);
    if page_size == 0 || page_size > 10_000 {
        return Err(AppError::usage(format!(
            "--page-size {page_size}: give 1 to 10000 (instances cap pages at 10,000 rows)"
        )));
    }
    Ok(SnowSettings {
        base_url: instance_url(&instance)?,
        profile_key,
        user,
        password,
        page_size,
        ca_file: ca_file.clone().or(p.ca_file.clone()),
        timeout: Duration::from_secs(timeout.or(p.timeout).unwrap_or(60)),
        deadline: Duration::from_secs(3600),
    })
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
