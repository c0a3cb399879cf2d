use super::{Context, block_on};
use crate::cli::teams::TeamsConnArgs;
use crate::graph::auth;
use crate::graph::login_store::{self, GraphLogin};
use crate::output::{TableLayout, TypedRows};
use crate::settings::{TeamsCredential as Credential, teams};

/// Sign in as the app and store the login (0600) under the profile: the tenant, the app, the
/// hosts and where the secret comes from — never the secret. The summary shows what the
/// token carries.
pub fn run(ctx: &Context, args: TeamsConnArgs) -> anyhow::Result<()> {
    let s = teams(&ctx.globals, &args)?;
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
    login_store::save(&s.store, &login)?;
    ctx.globals
        .ui
        .detail(format!("login stored in {}", s.store.display()));
    let facts = auth::token_facts(token.access_token.expose());
    let mut w =
        TypedRows::new(ctx.globals.sink()?, ctx.globals.format()).layout(TableLayout::Vertical);
    w.write(&super::status::StatusRow::of(
        &s.profile_key,
        &login,
        &facts,
    ))?;
    w.finish()?.commit()?;
    Ok(())
}
