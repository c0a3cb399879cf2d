//! `sso oidc decode`: what a token says, for reading only. Nothing is verified, and both the
//! output and a notice on stderr say so, so nobody mistakes it for `validate`.

use serde_json::{Value, json};

use super::{Context, read_token, write_value};
use crate::cli::sso::JwtDecodeArgs;
use crate::error::{AppError, ExitKind};
use crate::sso::oidc::jwt;

pub fn run(ctx: &Context, args: JwtDecodeArgs) -> anyhow::Result<()> {
    let token = read_token(&args.token)?;
    let decoded = jwt::decode(&token).map_err(|why| {
        AppError::new(ExitKind::CheckFailed, format!("not a JWT: {why}"))
            .with_hint("an opaque access token carries nothing to decode; ask the provider with `atomctl sso oidc introspect`")
    })?;
    ctx.globals.ui.warn(
        "NOT VERIFIED: the signature, issuer, audience and times were not checked; use `atomctl sso oidc validate` for that",
    );
    let doc: Value = json!({
        "verified": false,
        "header": decoded.header,
        "claims": decoded.claims,
    });
    write_value(ctx, &doc)
}
