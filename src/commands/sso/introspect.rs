use super::{Context, prepare_token_call, write_value};
use crate::cli::sso::UseTokenArgs;
use crate::commands::block_on;
use crate::sso::oidc as domain;

/// What the provider says about a token (`active`, `exp`, `scope`, `client_id`, …).
pub fn run(ctx: &Context, args: UseTokenArgs) -> anyhow::Result<()> {
    let call = prepare_token_call(
        ctx,
        "oidc introspect",
        args,
        "introspection_endpoint",
        Some("introspection needs the client's credentials: --client-id and --client-secret-env"),
    )?;
    let client = call
        .s
        .client
        .as_ref()
        .expect("checked by prepare_token_call");
    let answer = block_on(domain::token_call(
        &call.http,
        &call.endpoint,
        client,
        &call.token,
        call.hint,
    ))?;
    write_value(ctx, &answer)
}
