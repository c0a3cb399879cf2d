use std::io::Write;

use super::{Context, load_idp};
use crate::cache::Cache;
use crate::cache::sso::remember_request;
use crate::cli::FormatArg;
use crate::cli::sso::AuthnUrlArgs;
use crate::error::AppError;
use crate::output::Format;
use crate::settings::saml;
use crate::sso::saml::authn;
use crate::sso::saml::sp::BINDING_REDIRECT;

pub fn run(ctx: &Context, a: AuthnUrlArgs) -> anyhow::Result<()> {
    let s = saml(&ctx.globals, &a.sp, &a.idp)?;
    let ui = &ctx.globals.ui;
    let (destination, idp_wants_signed) = match &a.sso_url {
        Some(u) => (u.clone(), false),
        None => {
            let md = load_idp(&s.idp, time::OffsetDateTime::now_utc())?;
            let loc = md.sso_location(BINDING_REDIRECT).ok_or_else(|| {
                AppError::usage(format!(
                    "the IdP {} has no HTTP-Redirect SingleSignOnService",
                    md.entity_id
                ))
                .with_hint("pass --sso-url URL")
            })?;
            (loc.to_owned(), md.want_authn_requests_signed)
        }
    };
    let sign = a.sign || s.sp.authn_requests_signed;
    if idp_wants_signed && !sign {
        ui.warn("the IdP wants signed AuthnRequests (WantAuthnRequestsSigned); pass --sign");
    }
    ctx.touched(
        "sso",
        "saml authn-url",
        s.profile.as_deref().unwrap_or(""),
        &destination,
    );
    let now = time::OffsetDateTime::now_utc();
    let req = authn::build(
        &s.sp,
        &authn::Options {
            destination: &destination,
            relay_state: a.relay_state.as_deref(),
            sign,
            force_authn: a.force_authn,
            passive: a.passive,
            now,
        },
    )?;
    let expires = now.saturating_add(time::Duration::minutes(i64::from(a.ttl)));
    let remembered = Cache::open(&ctx.globals.cache_path).and_then(|c| {
        remember_request(
            &c.conn,
            &req.id,
            &s.sp.entity_id,
            &destination,
            expires.unix_timestamp(),
        )
    });
    if let Err(e) = remembered {
        ui.warn(format!(
            "the request ID was not remembered ({e}); validate the answer with --request-id {}",
            req.id
        ));
    }
    ui.detail(format!("request {}: {}", req.id, req.xml));
    // The bare URL unless JSON is asked for by name: `open "$(atomctl sso saml authn-url)"`.
    let format = match ctx.globals.format_arg {
        FormatArg::Auto => Format::Table,
        _ => ctx.globals.format(),
    };
    let mut sink = ctx.globals.sink()?;
    if format == Format::Table {
        writeln!(sink, "{}", req.url)?;
    } else {
        let doc = serde_json::json!({
            "url": req.url,
            "id": req.id,
            "destination": destination,
            "signed": sign,
            "relay_state": a.relay_state,
            "expires": crate::utc::format(expires),
        });
        writeln!(sink, "{doc}")?;
    }
    sink.commit()?;
    Ok(())
}
