use std::io::Write;
use std::time::Duration;

use serde_json::Value;

use super::{Context, discover, grant_params, http, keys_for};
use crate::cli::sso::{FlowArg, TokenArgs};
use crate::commands::block_on;
use crate::error::{AppError, ExitKind};
use crate::output::{TableLayout, TypedRows};
use crate::settings::{OidcSettings, oidc};
use crate::sso::checks::Status;
use crate::sso::oidc::store::{self, StoredTokens};
use crate::sso::oidc::{self as domain, TokenResponse, flows, jwt};

/// Obtain tokens and show what they say (never the tokens themselves, unless --token-only).
pub fn run(ctx: &Context, args: TokenArgs) -> anyhow::Result<()> {
    let TokenArgs {
        provider,
        flow,
        token_only,
        no_store,
        redirect_host,
        browser:
            crate::cli::BrowserArgs {
                no_browser,
                browser_command,
                port,
                wait,
            },
        conn,
    } = args;
    let s = oidc(&ctx.globals, provider.as_deref(), &conn)?;
    ctx.touched("sso", "oidc token", &s.name, &s.issuer);
    let client = s.client.clone().ok_or_else(|| {
        AppError::usage("no client id").with_hint("pass --client-id ID (with --client-secret-env VAR for a confidential client), or set client_id in the provider")
    })?;
    let http = http(&s)?;
    let ui = &ctx.globals.ui;
    let doc = discover(&http, &s)?;
    let token_endpoint = domain::endpoint(&doc, "token_endpoint")?.to_owned();
    let name = match flow {
        FlowArg::ClientCredentials => "client-credentials",
        FlowArg::Code => "code",
        FlowArg::Device => "device",
        FlowArg::Refresh => "refresh",
    };
    let previous = store::load(&s.store)?;
    let tokens: TokenResponse = match flow {
        FlowArg::ClientCredentials => block_on(domain::client_credentials(
            &http,
            &token_endpoint,
            &client,
            &grant_params(&s),
        ))?,
        FlowArg::Code => {
            let host = redirect_host.unwrap_or_else(|| s.redirect_host.clone());
            let (tokens, nonce) = block_on(async {
                let login = flows::start_code(
                    &doc,
                    &client.id,
                    &s.scopes,
                    s.resource.as_deref(),
                    &host,
                    port.or(s.redirect_port),
                )
                .await?;
                crate::commands::offer_login_url(
                    ui,
                    login.authorize_url(),
                    no_browser,
                    browser_command.as_deref(),
                );
                let t = login
                    .finish(&http, &doc, &s.issuer, &client, Duration::from_secs(wait))
                    .await?;
                Ok::<_, domain::OidcError>((t, login.nonce.clone()))
            })?;
            check_id_token(ctx, &s, &tokens, Some(&nonce))?;
            tokens
        }
        FlowArg::Device => {
            let device_endpoint = domain::endpoint(&doc, "device_authorization_endpoint")?;
            let tokens = block_on(async {
                let d = flows::device_start(&http, device_endpoint, &client, &s.scopes).await?;
                // The device flow is for logging in on another device: the URL and the code
                // are the point, shown even under --quiet.
                ui.force_info(format!(
                    "To log in, open {} and enter the code {}",
                    d.verification_uri, d.user_code
                ));
                if let Some(full) = &d.verification_uri_complete {
                    ui.force_info(format!("(or open {full}, which carries the code)"));
                    if crate::commands::may_open_browser(no_browser, browser_command.as_deref())
                        && crate::oauth::redirect::open_browser(full, browser_command.as_deref())
                    {
                        ui.detail(format!("opened {full}"));
                    }
                }
                ui.info(format!(
                    "waiting for the login (polling every {} s, the code expires in {} s)…",
                    d.interval, d.expires_in
                ));
                flows::device_poll(&http, &token_endpoint, &client, &d).await
            })?;
            if tokens.id_token.is_some() {
                check_id_token(ctx, &s, &tokens, None)?;
            }
            tokens
        }
        FlowArg::Refresh => {
            let refresh = previous.as_ref().and_then(|p| p.refresh_token.clone()).ok_or_else(|| {
                AppError::new(ExitKind::Auth, "no stored refresh token for this provider")
                    .with_hint("log in first: atomctl sso oidc token --flow code (with offline_access in the scopes)")
            })?;
            let mut t = block_on(flows::refresh(&http, &token_endpoint, &client, &refresh)).map_err(|e| -> anyhow::Error {
                if e.code() == Some("invalid_grant") {
                    AppError::new(ExitKind::Auth, format!("the refresh token has expired or was revoked ({e}); a new login is needed"))
                        .with_hint("atomctl sso oidc token --flow code")
                        .into()
                } else {
                    e.into()
                }
            })?;
            // Keep the rotated refresh token, or the old one when the provider does not rotate.
            if t.refresh_token.is_none() {
                t.refresh_token = Some(crate::config::Secret::new(refresh));
            }
            t
        }
    };
    if !no_store {
        let stored = StoredTokens::new(&s.issuer, &client.id, name, &tokens, domain::now_secs())
            .with_secret_source(s.secret_source.clone());
        store::save(&s.store, &stored)?;
        ui.detail(format!("tokens stored in {}", s.store.display()));
    }
    let mut sink = ctx.globals.secret_sink()?;
    if token_only {
        sink.write_all(tokens.access_token.expose().as_bytes())?;
        sink.write_all(b"\n")?;
        sink.commit()?;
        return Ok(());
    }
    let decode = |t: &str| jwt::decode(t).map(|d| d.claims).ok();
    let format = ctx.globals.format();
    let mut w = TypedRows::new(sink, format).layout(TableLayout::Vertical);
    w.write(&TokenRow {
        flow: name,
        token_type: tokens.token_type.clone(),
        expires_in: tokens.expires_in,
        scope: tokens.scope.clone(),
        refresh_token: tokens.refresh_token.is_some(),
        access_token_claims: decode(tokens.access_token.expose())
            .unwrap_or(Value::from("(opaque)")),
        id_token_claims: tokens
            .id_token
            .as_deref()
            .and_then(decode)
            .unwrap_or(Value::Null),
    })?;
    w.finish()?.commit()?;
    Ok(())
}

/// The ID token of a login must pass the whole checklist (nonce and at_hash included) before
/// anything is stored.
fn check_id_token(
    ctx: &Context,
    s: &OidcSettings,
    t: &TokenResponse,
    nonce: Option<&str>,
) -> anyhow::Result<()> {
    let Some(id) = &t.id_token else {
        return Err(AppError::new(
            ExitKind::CheckFailed,
            "the provider returned no ID token for an openid login",
        )
        .into());
    };
    let decoded = jwt::decode(id).map_err(|e| {
        AppError::new(
            ExitKind::CheckFailed,
            format!("the ID token is malformed: {e}"),
        )
    })?;
    let keys = keys_for(ctx, s, decoded.kid())?;
    let client = s.client.as_ref().map(|c| c.id.clone());
    let expect = jwt::Expect {
        issuer: Some(s.issuer.clone()),
        audience: client.clone(),
        require_audience: true,
        client_id: client,
        nonce: nonce.map(str::to_owned),
        access_token: Some(t.access_token.expose().to_owned()),
        token_type: jwt::TokenType::Id,
        leeway: 60,
        now: domain::now_secs(),
    };
    let list = jwt::validate(&decoded, &keys, &expect);
    let failed: Vec<String> = list
        .checks
        .iter()
        .filter(|c| c.status == Status::Fail)
        .map(|c| format!("{} ({})", c.name, c.detail))
        .collect();
    if !failed.is_empty() {
        return Err(AppError::new(
            ExitKind::CheckFailed,
            format!(
                "the ID token failed: {}; nothing was stored",
                failed.join("; ")
            ),
        )
        .into());
    }
    Ok(())
}

/// What a login obtained, never the tokens themselves: their kind, lifetime and claims.
#[derive(serde::Serialize, Default)]
struct TokenRow {
    flow: &'static str,
    token_type: String,
    expires_in: Option<u64>,
    scope: Option<String>,
    /// Whether a refresh token was issued.
    refresh_token: bool,
    /// The access token's claims when it is a JWT, else `(opaque)`.
    access_token_claims: Value,
    id_token_claims: Value,
}
