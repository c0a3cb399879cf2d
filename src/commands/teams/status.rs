use serde::Serialize;

use super::Context;
use crate::cli::teams::TeamsConnArgs;
use crate::graph::auth::{TokenFacts, token_facts};
use crate::graph::login_store::GraphLogin;
use crate::output::{TableLayout, TypedRows};
use crate::settings::teams;

/// The stored login: tenant, app, cloud, the token's kind, expiry and permissions (read from
/// the token itself; Graph verifies it, so nothing here is a check). No request is made.
pub fn run(ctx: &Context, args: TeamsConnArgs) -> anyhow::Result<()> {
    let s = teams(&ctx.globals, &args)?;
    let Some(login) = &s.stored else {
        return Err(s.no_login().into());
    };
    let facts = token_facts(login.token().access_token.expose());
    let mut w =
        TypedRows::new(ctx.globals.sink()?, ctx.globals.format()).layout(TableLayout::Vertical);
    w.write(&StatusRow::of(&s.profile_key, login, &facts))?;
    w.finish()?.commit()?;
    Ok(())
}

#[derive(Serialize, Default)]
pub(super) struct StatusRow {
    profile: String,
    tenant: String,
    tenant_id: Option<String>,
    app_id: String,
    cloud: String,
    graph_url: String,
    login_flow: String,
    /// `application` or `delegated`.
    token_kind: &'static str,
    expires_at: String,
    expired: bool,
    permissions: Vec<String>,
    /// What a renewal signs in with: where the secret is read (a variable, file or command;
    /// never the secret), or the certificate file.
    credential: Option<String>,
    logged_in_at: String,
}

impl StatusRow {
    pub(super) fn of(profile: &str, login: &GraphLogin, facts: &TokenFacts) -> StatusRow {
        let expires = facts.expires_at.unwrap_or(login.expires_at);
        StatusRow {
            profile: profile.to_owned(),
            tenant: login.tenant.clone(),
            tenant_id: facts.tenant_id.clone(),
            app_id: facts
                .app_id
                .clone()
                .unwrap_or_else(|| login.client_id.clone()),
            cloud: login.cloud.clone(),
            graph_url: login.graph_url.clone(),
            login_flow: login.flow.clone(),
            token_kind: facts.kind,
            expires_at: crate::utc::from_unix(i64::try_from(expires).unwrap_or(i64::MAX)),
            expired: expires <= crate::graph::auth::now_secs(),
            permissions: facts.permissions.clone(),
            credential: match (&login.cert_file, &login.client_secret_from) {
                (Some(c), _) => Some(format!("certificate {}", c.display())),
                (None, Some(s)) => Some(match s {
                    crate::config::SecretSource::Env(v) => format!("secret from env {v}"),
                    crate::config::SecretSource::File(p) => {
                        format!("secret from file {}", p.display())
                    }
                    crate::config::SecretSource::Command(c) => format!("secret from command {c}"),
                }),
                (None, None) => None,
            },
            logged_in_at: login.saved_at.clone(),
        }
    }
}
