use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;

use super::Context;
use crate::cli::sf::{LoginArgs, LoginFlow};
use crate::commands::block_on;
use crate::config::{self, Secret, SecretSource};
use crate::error::AppError;
use crate::output::{TableLayout, TypedRows};
use crate::salesforce::auth::{self, Token};
use crate::salesforce::client::{Client, ClientSettings, http_client};
use crate::salesforce::login_store::{self, StoredLogin};
use crate::salesforce::{DEFAULT_API_VERSION, SfError, web_login};
use crate::settings::sf_profile;

pub fn run(ctx: &Context, args: LoginArgs) -> anyhow::Result<()> {
    let LoginArgs {
        flow,
        login_url,
        client_id,
        client_secret_env,
        client_secret_file,
        username,
        jwt_key,
        password_env,
        refresh_token_env,
        browser:
            crate::cli::BrowserArgs {
                no_browser,
                browser_command,
                port,
                wait,
            },
        conn,
    } = args;
    let ui = &ctx.globals.ui;
    let (profile_key, p) = sf_profile(&ctx.globals)?;
    let flow = flow.unwrap_or(if jwt_key.is_some() {
        LoginFlow::Jwt
    } else if password_env.is_some() {
        LoginFlow::Password
    } else if refresh_token_env.is_some() {
        LoginFlow::RefreshToken
    } else if conn.access_token_env.is_some() {
        LoginFlow::AccessToken
    } else {
        LoginFlow::Web
    });
    let login_url = auth::login_url(
        login_url
            .as_deref()
            .or(p.login_url.as_deref())
            .unwrap_or("production"),
    );
    let api_version = conn
        .api_version
        .clone()
        .or(p.api_version.clone())
        .unwrap_or_else(|| DEFAULT_API_VERSION.into());
    let client_id = client_id.or(p.client_id.clone());
    let username = username.or(p.username.clone());
    let jwt_key = jwt_key.or(p.jwt_key_file.clone()).map(absolute);
    let ca_file = conn.net.ca_file.clone().or(p.ca_file.clone());
    let timeout = Duration::from_secs(conn.net.timeout.or(p.timeout).unwrap_or(60));
    let need_id = || {
        client_id.clone().ok_or_else(|| {
            AppError::missing_setting("this login flow needs the connected app's consumer key")
                .with_hint("pass --client-id ID or set sf.client_id in the profile")
        })
    };
    // Where the client secret comes from: the flags, else the profile. The stored login
    // remembers it, so later runs can renew without repeating it.
    let secret_source = SecretSource::from_fields(
        "client_secret",
        client_secret_env.as_deref(),
        client_secret_file.as_deref(),
        None,
    )?
    .or(p.client_secret_source()?);
    let secret = |required: bool| -> Result<Option<Secret>, AppError> {
        match &secret_source {
            Some(src) => Ok(Some(src.read(&mut |w| ui.warn(w))?)),
            None if required => Err(AppError::missing_setting("this login flow needs the consumer secret")
                .with_hint("pass --client-secret-env VAR or --client-secret-file FILE, or set sf.client_secret_env in the profile")),
            None => Ok(None),
        }
    };
    let env_secret = |flag: &str, var: &Option<String>| -> Result<Secret, AppError> {
        let var = var.as_deref().unwrap_or_default();
        config::secret_from_env(var).ok_or_else(|| {
            AppError::missing_setting(format!("{flag} {var}: the variable is not set or empty"))
                .with_hint(config::unset_variable_hint(var))
        })
    };
    let http = http_client(ca_file.as_deref(), timeout)?;
    ctx.touched("sf", "login", &profile_key, &login_url);
    let (name, token) = match flow {
        LoginFlow::Jwt => {
            let (id, key) = (
                need_id()?,
                jwt_key.clone().ok_or_else(|| {
                    AppError::missing_setting("the JWT flow needs --jwt-key FILE")
                })?,
            );
            let user = username
                .clone()
                .ok_or_else(|| AppError::missing_setting("the JWT flow needs --username USER"))?;
            (
                "jwt",
                block_on(auth::jwt_bearer(&http, &login_url, &id, &user, &key)),
            )
        }
        LoginFlow::ClientCredentials => {
            let (id, s) = (need_id()?, secret(true)?.expect("required"));
            (
                "client-credentials",
                block_on(auth::client_credentials(&http, &login_url, &id, &s)),
            )
        }
        LoginFlow::Password => {
            ui.warn("the username-password flow is being retired by Salesforce; move to JWT bearer or the web flow");
            let (id, s) = (need_id()?, secret(false)?);
            let user = username.clone().ok_or_else(|| {
                AppError::missing_setting("the password flow needs --username USER")
            })?;
            let pw = env_secret("--password-env", &password_env)?;
            (
                "password",
                block_on(auth::password(
                    &http,
                    &login_url,
                    &id,
                    s.as_ref(),
                    &user,
                    &pw,
                )),
            )
        }
        LoginFlow::RefreshToken => {
            let renewal = auth::Renewal::Refresh {
                login_url: login_url.clone(),
                client_id: need_id()?,
                client_secret: secret(false)?.map(auth::SecretOnDemand::known),
                refresh_token: env_secret("--refresh-token-env", &refresh_token_env)?,
            };
            ("refresh-token", block_on(renewal.renew(&http)))
        }
        LoginFlow::Web => {
            let (id, s) = (need_id()?, secret(false)?);
            let token = block_on(async {
                let web = web_login::start(&login_url, &id, port).await?;
                crate::commands::offer_login_url(
                    ui,
                    &web.authorize_url,
                    no_browser,
                    browser_command.as_deref(),
                );
                let code = web.wait(Duration::from_secs(wait)).await?.code;
                auth::authorization_code(
                    &http,
                    &login_url,
                    &id,
                    s.as_ref(),
                    &code,
                    &web.redirect_uri,
                    &web.verifier,
                )
                .await
            });
            ("web", token)
        }
        LoginFlow::AccessToken => {
            let token = config::sf_access_token_from_env(conn.access_token_env.as_deref()).ok_or_else(|| {
                AppError::missing_setting("the access-token flow needs --access-token-env VAR (or ATOMCTL_SF_ACCESS_TOKEN)")
            })?;
            let instance = conn
                .instance_url
                .clone()
                .or(p.instance_url.clone())
                .ok_or_else(|| {
                    AppError::missing_setting("the access-token flow needs --instance-url URL")
                })?;
            (
                "access-token",
                block_on(check_token(
                    token,
                    instance,
                    &api_version,
                    ca_file.clone(),
                    timeout,
                )),
            )
        }
    };
    let token = token?;
    let login = StoredLogin::new(
        name,
        &token,
        &login_url,
        &api_version,
        client_id,
        username,
        jwt_key,
    )
    .with_secret_source(secret_source.clone());
    let path = login_store::path_for(&config::data_dir(), &profile_key);
    login_store::save(&path, &login)?;
    let format = ctx.globals.format();
    let mut w = TypedRows::new(ctx.globals.sink()?, format).layout(TableLayout::Vertical);
    w.write(&LoginRow {
        profile: profile_key,
        flow: name,
        instance_url: token.instance_url.clone(),
        username: login.username.clone(),
        refresh_token: token.refresh_token.is_some(),
        stored_in: path.display().to_string(),
    })?;
    w.finish()?.commit()?;
    Ok(())
}

/// What a login stored (never the tokens themselves).
#[derive(serde::Serialize, Default)]
struct LoginRow {
    profile: String,
    flow: &'static str,
    instance_url: String,
    username: Option<String>,
    /// Whether a refresh token was issued and stored.
    refresh_token: bool,
    stored_in: String,
}

/// An access token given as is: prove it works before storing it.
async fn check_token(
    token: Secret,
    instance: String,
    version: &str,
    ca_file: Option<PathBuf>,
    timeout: Duration,
) -> Result<Token, SfError> {
    let settings = ClientSettings {
        instance_url: instance.clone(),
        api_version: version.to_owned(),
        ca_file,
        timeout,
        retries: 2,
    };
    let client = Client::new(&settings, token.clone(), None)?;
    let _: Value = client.get_json("limits").await?;
    Ok(Token {
        access_token: token,
        refresh_token: None,
        instance_url: instance,
        id: None,
        issued_at: None,
    })
}

fn absolute(p: PathBuf) -> PathBuf {
    std::path::absolute(&p).unwrap_or(p)
}
