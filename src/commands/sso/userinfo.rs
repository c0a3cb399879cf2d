use super::{Context, prepare_token_call, write_value};
use crate::cli::sso::UseTokenArgs;
use crate::commands::block_on;
use crate::error::AppError;
use crate::sso::oidc as domain;

pub fn run(ctx: &Context, args: UseTokenArgs) -> anyhow::Result<()> {
    if args.refresh {
        return Err(AppError::usage("userinfo takes an access token, not a refresh token").into());
    }
    let call = prepare_token_call(ctx, "oidc userinfo", args, "userinfo_endpoint", None)?;
    let claims = block_on(domain::userinfo(&call.http, &call.endpoint, &call.token))?;
    write_value(ctx, &claims)
}
