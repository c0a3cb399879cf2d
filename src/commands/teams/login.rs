use super::{Context, block_on};
use crate::cli::teams::LoginArgs;
use crate::graph::auth;
use crate::graph::login_store::{self, GraphLogin};
use crate::output::{TableLayout, TypedRows};
use crate::settings::TeamsSettings;
use crate::settings::{TeamsCredential as Credential, teams};

/// Sign in as the app and store the login (0600) under the profile: the tenant, the app, the
/// hosts and where the secret comes from — never the secret. The summary shows what the
/// token carries.
pub fn run(ctx: &Context, args: LoginArgs) -> anyhow::Result<()> {
    let LoginArgs { device, conn } = args;
    let s = teams(&ctx.globals, &conn)?;
    if device {
        return device_login(ctx, &s);
    }
    let (tenant, client_id, credential) = s.app()?;
    ctx.touched("teams", "login", &s.profile_key, &s.login_url);
    let http = crate::http::client(s.client.ca_file.as_deref(), s.client.timeout)
        .map_err(crate::error::AppError::config)?;
    let (endpoint, scope) = (s.token_endpoint(tenant), auth::default_scope(&s.graph_url));
    let (token, source, cert) = match credential {
        Credential::Secret(source) => {
            let secret = source.read(&mut |w| ctx.globals.ui.warn(w))?;
            let t = block_on(auth::client_credentials(
                &http, &endpoint, client_id, &secret, &scope,
            ))?;
            (t, Some(source.clone()), None)
        }
        Credential::Certificate(c) => {
            let t = block_on(auth::client_assertion(
                &http, &endpoint, client_id, c, &scope,
            ))?;
            (t, None, Some(c))
        }
    };
    let login = GraphLogin::new(
        "client-credentials",
        tenant,
        client_id,
        s.cloud.name(),
        &s.login_url,
        &s.graph_url,
        source,
        &token,
    )
    .with_certificate(cert);
    store_and_show(ctx, &s, &login)
}

/// A person signs in on another device: the URL and the code are the point, shown even under
/// --quiet; the token is delegated and comes with a refresh token.
fn device_login(ctx: &Context, s: &TeamsSettings) -> anyhow::Result<()> {
    let (tenant, client_id) = s.tenant_and_client()?;
    ctx.touched("teams", "login", &s.profile_key, &s.login_url);
    let http = crate::http::client(s.client.ca_file.as_deref(), s.client.timeout)
        .map_err(crate::error::AppError::config)?;
    let ui = &ctx.globals.ui;
    let token = block_on(async {
        let d = auth::device_start(
            &http,
            &auth::device_endpoint(&s.login_url, tenant),
            client_id,
            &auth::delegated_scope(&s.graph_url),
        )
        .await?;
        ui.force_info(format!(
            "To sign in, open {} and enter the code {}",
            d.verification_uri, d.user_code
        ));
        ui.info(format!(
            "waiting for the sign-in (polling every {} s, the code expires in {} s)…",
            d.interval, d.expires_in
        ));
        auth::device_poll(&http, &s.token_endpoint(tenant), client_id, &d).await
    })?;
    let login = GraphLogin::new(
        "device-code",
        tenant,
        client_id,
        s.cloud.name(),
        &s.login_url,
        &s.graph_url,
        None,
        &token,
    );
    store_and_show(ctx, s, &login)
}

/// Store the login (0600) and show what its token carries.
fn store_and_show(ctx: &Context, s: &TeamsSettings, login: &GraphLogin) -> anyhow::Result<()> {
    login_store::save(&s.store, login)?;
    ctx.globals
        .ui
        .detail(format!("login stored in {}", s.store.display()));
    let facts = auth::token_facts(login.token().access_token.expose());
    let mut w =
        TypedRows::new(ctx.globals.sink()?, ctx.globals.format()).layout(TableLayout::Vertical);
    w.write(&super::status::StatusRow::of(&s.profile_key, login, &facts))?;
    w.finish()?.commit()?;
    Ok(())
}
