use serde_json::json;

use super::{Context, prepare_token_call, write_value};
use crate::cli::sso::UseTokenArgs;
use crate::commands::block_on;
use crate::sso::oidc as domain;

/// Revoke a token at the provider; a revoked stored token is forgotten.
pub fn run(ctx: &Context, args: UseTokenArgs) -> anyhow::Result<()> {
    let call = prepare_token_call(
        ctx,
        "oidc revoke",
        args,
        "revocation_endpoint",
        Some("revocation needs the client id (and secret for a confidential client)"),
    )?;
    let client = call
        .s
        .client
        .as_ref()
        .expect("checked by prepare_token_call");
    block_on(domain::token_call(
        &call.http,
        &call.endpoint,
        client,
        &call.token,
        call.hint,
    ))?;
    let forgotten = call.stored && std::fs::remove_file(&call.s.store).is_ok();
    write_value(ctx, &json!({"revoked": call.hint, "forgotten": forgotten}))
}
