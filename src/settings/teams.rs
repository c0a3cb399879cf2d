//! `teams` commands: the tenant, the app and where its secret comes from, the hosts, and the
//! token to start with (the stored login's, or a new one for a one-shot run).

use std::path::PathBuf;
use std::time::Duration;

use super::Globals;
use crate::cli::NetArgs;
use crate::cli::teams::{CloudArg, TeamsConnArgs};
use crate::config::{self, SecretSource, TeamsProfile};
use crate::error::{AppError, ExitKind};
use crate::graph::auth::{self, Certificate, Renewal};
use crate::graph::client::ClientSettings;
use crate::graph::cloud::Cloud;
use crate::graph::login_store::{self, GraphLogin};
use crate::oauth::SecretOnDemand;

/// How the app proves who it is.
pub enum Credential<'a> {
    Secret(&'a SecretSource),
    Certificate(&'a Certificate),
}

/// Everything a `teams` command needs before its first request.
pub struct TeamsSettings {
    pub profile_key: String,
    pub tenant: Option<String>,
    pub client_id: Option<String>,
    pub secret_source: Option<SecretSource>,
    /// A certificate credential, which takes the place of the secret.
    pub certificate: Option<Certificate>,
    pub cloud: Cloud,
    pub login_url: String,
    pub graph_url: String,
    pub client: ClientSettings,
    /// Where the login is stored, and the stored login if there is one.
    pub store: PathBuf,
    pub stored: Option<GraphLogin>,
}

pub fn teams(globals: &Globals, args: &TeamsConnArgs) -> Result<TeamsSettings, AppError> {
    let TeamsConnArgs {
        tenant,
        client_id,
        client_secret_env,
        client_secret_file,
        cert,
        key,
        cloud,
        login_url,
        graph_url,
        net: NetArgs { ca_file, timeout },
    } = args;
    let (_, name, profile) = globals.load_profile()?;
    let profile_key = name.unwrap_or_else(|| config::DEFAULT_PROFILE.into());
    let p: TeamsProfile = profile.and_then(|p| p.teams).unwrap_or_default();
    let store = login_store::path_for(&config::data_dir(), &profile_key);
    let stored = login_store::load(&store).map_err(AppError::from_class)?;
    let cloud = match cloud {
        Some(c) => cloud_of(*c),
        None => match p.cloud.as_deref() {
            Some(name) => Cloud::parse(name).ok_or_else(|| {
                AppError::config(format!("teams.cloud `{name}`"))
                    .with_hint("use global, usgov, usgovhigh, dod or china")
            })?,
            None => stored
                .as_ref()
                .and_then(|s| Cloud::parse(&s.cloud))
                .unwrap_or(Cloud::Global),
        },
    };
    let login_url = login_url
        .clone()
        .or(p.login_url.clone())
        .or(stored.as_ref().map(|s| s.login_url.clone()))
        .unwrap_or_else(|| cloud.login_url().to_owned());
    let graph_url = graph_url
        .clone()
        .or(p.graph_url.clone())
        .or(stored.as_ref().map(|s| s.graph_url.clone()))
        .unwrap_or_else(|| cloud.graph_url().to_owned());
    // Secrets and tokens go to both hosts: https, or plain http only to this machine.
    for (what, url) in [
        ("the sign-in URL", &login_url),
        ("the Graph URL", &graph_url),
    ] {
        crate::http::require_secure(what, url).map_err(|e| {
            AppError::config(e)
                .with_hint("use https://, or leave --login-url / --graph-url to the cloud's hosts")
        })?;
    }
    let secret_source = SecretSource::from_fields(
        "client_secret",
        client_secret_env.as_deref(),
        client_secret_file.as_deref(),
        None,
    )?
    .or(p.client_secret_source()?)
    .or_else(|| stored.as_ref().and_then(|s| s.client_secret_from.clone()));
    let absolute = |p: &std::path::Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let certificate = match (cert, key) {
        (Some(c), Some(k)) => Some((c.clone(), k.clone())),
        _ => match (&p.cert_file, &p.key_file) {
            (Some(c), Some(k)) => Some((c.clone(), k.clone())),
            (Some(_), None) | (None, Some(_)) => {
                return Err(AppError::config(
                    "teams.cert_file and teams.key_file go together",
                ));
            }
            // A secret given now wins over the stored login's certificate.
            (None, None) if client_secret_env.is_some() || client_secret_file.is_some() => None,
            (None, None) => stored
                .as_ref()
                .and_then(|s| Some((s.cert_file.clone()?, s.key_file.clone()?))),
        },
    }
    .map(|(c, k)| Certificate {
        cert_file: absolute(&c),
        key_file: absolute(&k),
    });
    Ok(TeamsSettings {
        certificate,
        tenant: tenant
            .clone()
            .or(p.tenant.clone())
            .or(stored.as_ref().map(|s| s.tenant.clone())),
        client_id: client_id
            .clone()
            .or(p.client_id.clone())
            .or(stored.as_ref().map(|s| s.client_id.clone())),
        secret_source,
        cloud,
        client: ClientSettings {
            graph_url: graph_url.clone(),
            timeout: Duration::from_secs(timeout.or(p.timeout).unwrap_or(60)),
            ca_file: ca_file.clone().or(p.ca_file.clone()),
            deadline: Duration::from_secs(300),
        },
        login_url,
        graph_url,
        profile_key,
        store,
        stored,
    })
}

fn cloud_of(c: CloudArg) -> Cloud {
    match c {
        CloudArg::Global => Cloud::Global,
        CloudArg::Usgov => Cloud::UsGov,
        CloudArg::Usgovhigh => Cloud::UsGovHigh,
        CloudArg::Dod => Cloud::UsGovDod,
        CloudArg::China => Cloud::China,
    }
}

impl TeamsSettings {
    /// The tenant and client ID every sign-in needs, or which is missing.
    pub fn tenant_and_client(&self) -> Result<(&str, &str), AppError> {
        let tenant = self.tenant.as_deref().ok_or_else(|| {
            AppError::missing_setting("no Microsoft tenant given")
                .with_hint("pass --tenant ID|DOMAIN or set teams.tenant in the profile")
        })?;
        let client_id = self.client_id.as_deref().ok_or_else(|| {
            AppError::missing_setting("no app (client) ID given")
                .with_hint("pass --client-id ID or set teams.client_id in the profile")
        })?;
        Ok((tenant, client_id))
    }

    /// The tenant, client ID and credential a sign-in needs, or which is missing.
    pub fn app(&self) -> Result<(&str, &str, Credential<'_>), AppError> {
        let (tenant, client_id) = self.tenant_and_client()?;
        let credential = match (&self.certificate, &self.secret_source) {
            (Some(c), _) => Credential::Certificate(c),
            (None, Some(s)) => Credential::Secret(s),
            (None, None) => {
                return Err(AppError::missing_setting("no client secret or certificate given").with_hint(
                    "pass --client-secret-env VAR, --client-secret-file FILE or --cert FILE --key FILE, or set them under [profiles.NAME.teams]",
                ));
            }
        };
        Ok((tenant, client_id, credential))
    }

    pub fn token_endpoint(&self, tenant: &str) -> String {
        auth::token_endpoint(&self.login_url, tenant)
    }

    /// How the run renews its token: a delegated login by its refresh token; an app by the
    /// same grant, with the secret read only then.
    pub fn renewal(&self, ui: &crate::output::Ui) -> Option<Renewal> {
        if let Some(l) = &self.stored
            && l.flow == "device-code"
            && self.tenant.as_deref() == Some(l.tenant.as_str())
            && self.client_id.as_deref() == Some(l.client_id.as_str())
        {
            return l
                .token()
                .refresh_token
                .map(|refresh_token| Renewal::Refresh {
                    endpoint: self.token_endpoint(&l.tenant),
                    client_id: l.client_id.clone(),
                    refresh_token,
                    scope: auth::delegated_scope(&self.graph_url),
                });
        }
        let (tenant, client_id, credential) = self.app().ok()?;
        let (endpoint, scope) = (
            self.token_endpoint(tenant),
            auth::default_scope(&self.graph_url),
        );
        Some(match credential {
            Credential::Certificate(c) => Renewal::Certificate {
                endpoint,
                client_id: client_id.to_owned(),
                cert: c.clone(),
                scope,
            },
            Credential::Secret(source) => {
                let (ui, source) = (ui.clone(), source.clone());
                Renewal::ClientCredentials {
                    endpoint,
                    client_id: client_id.to_owned(),
                    secret: SecretOnDemand::new(move || {
                        source.read(&mut |w| ui.warn(w)).map_err(|e| e.to_string())
                    }),
                    scope,
                }
            }
        })
    }

    /// A login is needed and there is none to use or make.
    pub fn no_login(&self) -> AppError {
        AppError::new(
            ExitKind::Auth,
            format!("no Microsoft login for profile `{}`", self.profile_key),
        )
        .with_hint("run atomctl teams login, or give --tenant, --client-id and --client-secret-env for one command")
    }
}
