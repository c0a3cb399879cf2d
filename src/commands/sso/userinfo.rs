use super::{Context, chosen_token, discover, endpoint, http, write_value};
use crate::cli::sso::UseTokenArgs;
use crate::commands::block_on;
use crate::error::{AppError, ExitKind};
use crate::settings::oidc;
use crate::sso::oidc as domain;

pub fn run(ctx: &Context, args: UseTokenArgs) -> anyhow::Result<()> {
    let UseTokenArgs {
        provider,
        token_env,
        refresh,
        conn,
    } = args;
    if refresh {
        return Err(AppError::usage("userinfo takes an access token, not a refresh token").into());
    }
    let s = oidc(&ctx.globals, provider.as_deref(), &conn)?;
    ctx.touched("sso", "oidc userinfo", &s.name, &s.issuer);
    let (token, _) = chosen_token(&s, token_env.as_deref(), false)?;
    let http = http(&s)?;
    let doc = discover(&http, &s)?;
    let endpoint = endpoint(&doc, "userinfo_endpoint")?;
    let claims = block_on(domain::userinfo(&http, endpoint, &token))
        .map_err(|e| AppError::new(ExitKind::Auth, e))?;
    write_value(ctx, &claims)
}
