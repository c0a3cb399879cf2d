use std::io::Write;

use serde_json::Value;

use super::{Context, http};
use crate::cli::sso::{FlowArg, TokenArgs};
use crate::commands::block_on;
use crate::error::{AppError, ExitKind};
use crate::output::{Format, RowWriter, TableLayout};
use crate::settings::oidc;
use crate::sso::oidc::{self as domain, discovery, jwt};

/// Obtain a token and show what it says (never the token itself, unless --token-only).
pub fn run(ctx: &Context, args: TokenArgs) -> anyhow::Result<()> {
    let TokenArgs {
        provider,
        flow,
        token_only,
        conn,
    } = args;
    let s = oidc(&ctx.globals, provider.as_deref(), &conn)?;
    ctx.touched("sso", "oidc token", &s.name, &s.issuer);
    let client = s.client.clone().ok_or_else(|| {
        AppError::usage("no client id").with_hint(
            "pass --client-id ID with --client-secret-env VAR, or set client_id in the provider",
        )
    })?;
    let http = http(&s)?;
    let FlowArg::ClientCredentials = flow;
    let tokens = block_on(async {
        let (doc, _) = discovery::get_json(&http, &discovery::discovery_url(&s.issuer)).await;
        let doc = doc.map_err(|e| format!("discovery: {e}"))?;
        let endpoint = doc
            .get("token_endpoint")
            .and_then(Value::as_str)
            .ok_or("the discovery document has no token_endpoint")?;
        let mut extra = Vec::new();
        if !s.scopes.is_empty() {
            extra.push(("scope", s.scopes.join(" ")));
        }
        if let Some(r) = &s.resource {
            extra.push(("resource", r.clone()));
        }
        if let Some(a) = &s.audience {
            extra.push(("audience", a.clone()));
        }
        domain::client_credentials(&http, endpoint, &client, &extra).await
    })
    .map_err(|e| AppError::new(ExitKind::Auth, e))?;
    let mut sink = ctx.globals.sink()?;
    if token_only {
        sink.write_all(tokens.access_token.expose().as_bytes())?;
        sink.write_all(b"\n")?;
        sink.commit()?;
        return Ok(());
    }
    let claims = jwt::decode(tokens.access_token.expose())
        .map(|t| t.claims)
        .ok();
    let format = ctx.globals.format().require(
        &[Format::Table, Format::Json, Format::Ndjson],
        "a token summary",
    )?;
    let mut w = RowWriter::new(
        sink,
        format,
        [
            "flow",
            "token_type",
            "expires_in",
            "scope",
            "access_token",
            "claims",
        ]
        .map(String::from)
        .to_vec(),
    )
    .layout(TableLayout::Vertical);
    w.write_row(&[
        Value::from("client-credentials"),
        Value::from(tokens.token_type.clone()),
        tokens.expires_in.map_or(Value::Null, Value::from),
        tokens.scope.clone().map_or(Value::Null, Value::from),
        Value::from(if claims.is_some() {
            "JWT (claims below; --token-only prints it)"
        } else {
            "opaque (--token-only prints it)"
        }),
        claims.unwrap_or(Value::Null),
    ])?;
    w.finish()?.commit()?;
    Ok(())
}
