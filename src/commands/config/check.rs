use std::time::Instant;

use serde::Serialize;

use super::Context;
use crate::cli::ldap::ConnArgs;
use crate::cli::sf::SfConnArgs;
use crate::commands::block_on;
use crate::error::{AppError, ExitKind};
use crate::ldap::Directory;
use crate::output::TypedRows;
use crate::salesforce::Client;

/// Connect to each service the profile configures and report one row per service.
pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let (_, name, profile) = ctx.globals.load_profile()?;
    let Some(profile) = profile else {
        return Err(AppError::missing_setting("no profile is active")
            .with_hint("use --profile NAME or set default_profile")
            .into());
    };
    let format = ctx.globals.format();
    let mut w = TypedRows::new(ctx.globals.sink()?, format);
    let mut failed = 0;
    let mut report =
        |service: &str, started: Instant, outcome: anyhow::Result<(String, String)>| {
            let latency_ms = started.elapsed().as_millis() as u64;
            let service = service.to_owned();
            match outcome {
                Ok((target, detail)) => w.write(&ServiceRow {
                    service,
                    status: "ok",
                    target: Some(target),
                    detail,
                    latency_ms,
                }),
                Err(e) => {
                    failed += 1;
                    let detail = e
                        .chain()
                        .map(|c| c.to_string())
                        .collect::<Vec<_>>()
                        .join(": ");
                    w.write(&ServiceRow {
                        service,
                        status: "fail",
                        target: None,
                        detail,
                        latency_ms,
                    })
                }
            }
        };
    if profile.ldap.is_some() {
        let started = Instant::now();
        let outcome = crate::settings::ldap(&ctx.globals, &ConnArgs::default())
            .map_err(anyhow::Error::from)
            .and_then(|s| {
                ctx.touched(
                    "ldap",
                    "config check",
                    name.as_deref().unwrap_or(""),
                    &s.conn.urls.join(" "),
                );
                block_on(async {
                    let dir = Directory::connect(&s.conn).await?;
                    let detail = format!("{} server, base {}", dir.kind.name(), dir.base);
                    let url = dir.url.clone();
                    dir.unbind().await;
                    Ok::<_, anyhow::Error>((url, detail))
                })
            });
        report("ldap", started, outcome)?;
    }
    if profile.sf.is_some() {
        // The stored login (or a token from the environment) must still open the REST API.
        let started = Instant::now();
        let outcome = crate::settings::salesforce(&ctx.globals, &SfConnArgs::default())
            .map_err(anyhow::Error::from)
            .and_then(|s| {
                ctx.touched("sf", "config check", &s.profile_key, &s.client.instance_url);
                let client = Client::new(&s.client, s.token.clone(), s.renewal.clone())?;
                let limits: serde_json::Value = block_on(client.get_json("limits"))?;
                let remaining = limits
                    .pointer("/DailyApiRequests/Remaining")
                    .cloned()
                    .unwrap_or(serde_json::Value::Null);
                Ok((
                    client.instance_url().to_owned(),
                    format!(
                        "API {}, daily requests remaining {remaining}",
                        client.api_version()
                    ),
                ))
            });
        report("sf", started, outcome)?;
    }
    for provider in profile.oidc.keys() {
        // Discovery must answer, at the issuer it states.
        let started = Instant::now();
        let outcome = crate::settings::oidc(&ctx.globals, Some(provider), &Default::default())
            .map_err(anyhow::Error::from)
            .and_then(|s| {
                ctx.touched("sso", "config check", provider, &s.issuer);
                let http = crate::commands::sso::http(&s)?;
                let doc = block_on(crate::sso::oidc::discover(&http, &s.issuer))?;
                let issuer = doc.get("issuer").and_then(|v| v.as_str()).unwrap_or("");
                if issuer != s.issuer {
                    anyhow::bail!("discovery states issuer {issuer:?}, not {:?}", s.issuer);
                }
                Ok((s.issuer.clone(), "discovery answers".to_owned()))
            });
        report(&format!("oidc {provider}"), started, outcome)?;
    }
    if profile.saml.is_some() {
        // The SP's key and certificate must load and match; the IdP metadata must load (and
        // verify, with idp_trust_cert) and carry a signing certificate.
        let started = Instant::now();
        let outcome = crate::settings::saml(&ctx.globals, &Default::default(), &Default::default())
            .map_err(anyhow::Error::from)
            .and_then(|s| {
                let idp = block_on(crate::sso::saml::source::load_idp(
                    s.idp.location()?,
                    time::OffsetDateTime::now_utc(),
                ))?;
                ctx.touched(
                    "sso",
                    "config check",
                    name.as_deref().unwrap_or(""),
                    &idp.entity_id,
                );
                if idp.signing_certs.is_empty() {
                    anyhow::bail!(
                        "the IdP metadata of {} has no signing certificate",
                        idp.entity_id
                    );
                }
                Ok((
                    s.sp.entity_id.clone(),
                    format!(
                        "IdP {}: {} signing certificate(s)",
                        idp.entity_id,
                        idp.signing_certs.len()
                    ),
                ))
            });
        report("saml", started, outcome)?;
    }
    w.finish()?.commit()?;
    if failed > 0 {
        return Err(AppError::new(
            ExitKind::CheckFailed,
            format!("{failed} service(s) failed the check"),
        )
        .into());
    }
    Ok(())
}

/// One configured service and whether it answered.
#[derive(Serialize, Default)]
struct ServiceRow {
    /// `ldap`, `sf`, `oidc NAME`, `saml`.
    service: String,
    /// `ok` or `fail`.
    status: &'static str,
    target: Option<String>,
    detail: String,
    latency_ms: u64,
}
