use super::{Context, chosen_token, discover, endpoint, http, write_value};
use crate::cli::sso::UseTokenArgs;
use crate::commands::block_on;
use crate::error::AppError;
use crate::settings::oidc;
use crate::sso::oidc as domain;

/// What the provider says about a token (`active`, `exp`, `scope`, `client_id`, …).
pub fn run(ctx: &Context, args: UseTokenArgs) -> anyhow::Result<()> {
    let UseTokenArgs {
        provider,
        token_env,
        refresh,
        conn,
    } = args;
    let s = oidc(&ctx.globals, provider.as_deref(), &conn)?;
    ctx.touched("sso", "oidc introspect", &s.name, &s.issuer);
    let client = s.client.clone().ok_or_else(|| {
        AppError::usage(
            "introspection needs the client's credentials: --client-id and --client-secret-env",
        )
    })?;
    let (token, hint) = chosen_token(&s, token_env.as_deref(), refresh)?;
    let http = http(&s)?;
    let doc = discover(&http, &s)?;
    let endpoint = endpoint(&doc, "introspection_endpoint")?;
    let answer = block_on(domain::token_call(&http, endpoint, &client, &token, hint))
        .map_err(AppError::failed)?;
    write_value(ctx, &answer)
}
