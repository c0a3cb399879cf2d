//! `sso oidc revoke`: end a grant at the provider (RFC 7009). For the stored tokens that
//! means the refresh token first (at most providers revoking it ends the whole grant) and
//! then the access token; each is forgotten only once the provider confirmed it, so a
//! token atomctl could not revoke is never thrown away while it still works.

use serde_json::json;

use super::{Context, prepare_token_call, write_value};
use crate::cli::sso::UseTokenArgs;
use crate::commands::block_on;
use crate::error::AppError;
use crate::sso::oidc::{self as domain, store};

pub fn run(ctx: &Context, args: UseTokenArgs) -> anyhow::Result<()> {
    let only_refresh = args.refresh;
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
    let revoke = |token: &str, hint: &str| {
        block_on(domain::token_call(
            &call.http,
            &call.endpoint,
            client,
            token,
            hint,
        ))
    };
    let Some(mut stored) = call.stored.clone() else {
        // A token from --token-env: revoke just that one; there is nothing to forget.
        revoke(&call.token, call.hint)?;
        return write_value(ctx, &json!({"revoked": [call.hint], "forgotten": false}));
    };
    let mut revoked = Vec::new();
    if let Some(refresh) = stored.refresh_token.clone() {
        revoke(&refresh, "refresh_token").map_err(|e| {
            AppError::from_class(e)
                .with_hint("nothing was revoked and the stored tokens are kept: try again")
        })?;
        revoked.push("refresh_token");
        stored.refresh_token = None;
    }
    if !only_refresh {
        if let Err(e) = revoke(&stored.access_token, "access_token") {
            // The grant is over (the refresh token is revoked); keep the access token so it
            // can still be revoked, or left to expire, knowingly.
            store::save(&call.s.store, &stored)?;
            let done = if revoked.is_empty() {
                "nothing was revoked".to_owned()
            } else {
                format!("revoked: {}", revoked.join(", "))
            };
            return Err(AppError::from_class(e)
                .with_hint(format!(
                    "{done}; the access token was not, and it is kept in {} (run revoke again)",
                    call.s.store.display()
                ))
                .into());
        }
        revoked.push("access_token");
    }
    let forgotten = if only_refresh {
        store::save(&call.s.store, &stored)?;
        vec!["refresh_token"]
    } else {
        std::fs::remove_file(&call.s.store).map_err(|e| {
            AppError::failed(format!(
                "the tokens were revoked but {} could not be removed: {e}",
                call.s.store.display()
            ))
        })?;
        vec!["refresh_token", "access_token", "id_token"]
    };
    ctx.globals
        .ui
        .info(format!("revoked at the provider: {}", revoked.join(", ")));
    write_value(ctx, &json!({"revoked": revoked, "forgotten": forgotten}))
}
