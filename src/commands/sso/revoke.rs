use serde_json::json;

use super::{Context, chosen_token, discover, endpoint, http, write_value};
use crate::cli::sso::UseTokenArgs;
use crate::commands::block_on;
use crate::error::AppError;
use crate::settings::oidc;
use crate::sso::oidc as domain;

/// Revoke a token at the provider; a revoked stored token is forgotten.
pub fn run(ctx: &Context, args: UseTokenArgs) -> anyhow::Result<()> {
    let UseTokenArgs {
        provider,
        token_env,
        refresh,
        conn,
    } = args;
    let s = oidc(&ctx.globals, provider.as_deref(), &conn)?;
    ctx.touched("sso", "oidc revoke", &s.name, &s.issuer);
    let client = s.client.clone().ok_or_else(|| {
        AppError::usage("revocation needs the client id (and secret for a confidential client)")
    })?;
    let (token, hint) = chosen_token(&s, token_env.as_deref(), refresh)?;
    let http = http(&s)?;
    let doc = discover(&http, &s)?;
    let endpoint = endpoint(&doc, "revocation_endpoint")?;
    block_on(domain::token_call(&http, endpoint, &client, &token, hint))
        .map_err(AppError::failed)?;
    let forgotten = token_env.is_none() && std::fs::remove_file(&s.store).is_ok();
    write_value(ctx, &json!({"revoked": hint, "forgotten": forgotten}))
}
