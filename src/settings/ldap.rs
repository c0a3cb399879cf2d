//! `ldap` commands: the directory connection, its cache key, and the sync's filters.

use std::io::IsTerminal;
use std::time::Duration;

use super::Globals;
use crate::cli::NetArgs;
use crate::cli::ldap::ConnArgs;
use crate::config::LdapProfile;
use crate::config::{self, SecretSource};
use crate::error::AppError;
use crate::ldap::ConnSettings;
use crate::ldap::sync::{DEFAULT_GROUP_FILTER, DEFAULT_USER_FILTER};

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
        starttls,
        insecure,
        allow_cleartext_bind,
        net: NetArgs { ca_file, timeout },
    } = args;
    let (_, name, profile) = globals.load_profile()?;
    let p: LdapProfile = profile.and_then(|p| p.ldap).unwrap_or_default();
    let urls = if urls.is_empty() {
        p.urls.clone()
    } else {
        urls.clone()
    };
    if urls.is_empty() {
        return Err(AppError::missing_setting("no LDAP server given").with_hint(
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
                return Err(AppError::missing_setting(format!("no password for bind DN {dn}")).with_hint(
                    "use --password-env VAR or --password-file FILE, set ATOMCTL_LDAP_PASSWORD, or password_env/password_file/password_command in the profile",
                ));
            }
        },
    };
    if *allow_cleartext_bind && bind_dn.is_some() {
        globals.ui.warn("--allow-cleartext-bind: over ldap:// without StartTLS the bind password crosses the network unencrypted");
    }
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
            allow_cleartext_bind: *allow_cleartext_bind,
            timeout: Duration::from_secs(timeout.or(p.timeout).unwrap_or(30)),
            flavor: p.flavor,
        },
        profile_key,
        page_size: p.page_size.unwrap_or(1000),
        user_filter,
        group_filter,
    })
}
