use serde_json::{Map, Value};

use super::{Context, fetch_metadata};
use crate::cache::Cache;
use crate::cache::sso::{CheckRecord, record_check};
use crate::cli::sso::IdpCheckArgs;
use crate::commands::sso::{verdict_exit, write_report};
use crate::error::AppError;
use crate::settings::saml_profile;
use crate::sso::checks::Status;
use crate::sso::saml::{idp, keys};

pub fn run(ctx: &Context, a: IdpCheckArgs) -> anyhow::Result<()> {
    let (profile, p) = saml_profile(&ctx.globals)?;
    let source = a.source.clone().or(p.idp_metadata.clone()).ok_or_else(|| {
        AppError::missing_setting("no IdP metadata to check")
            .with_hint("pass a file or URL, or set idp_metadata under [profiles.NAME.saml]")
    })?;
    let entity_id = a.entity_id.clone().or(p.idp_entity_id.clone());
    let trust_path = a.trust_cert.clone().or(p.idp_trust_cert.clone());
    ctx.touched(
        "sso",
        "saml idp-check",
        profile.as_deref().unwrap_or(""),
        &source,
    );
    let text = fetch_metadata(&source, a.ca_file.as_deref())?;
    let trust = trust_path.as_deref().map(keys::read_cert).transpose()?;
    let (md, sig) = idp::read(&text, entity_id.as_deref(), trust.as_slice())?;
    let (list, certs) = idp::check(
        &md,
        &sig,
        &idp::CheckOptions {
            warn_days: a.warn_days,
            now: time::OffsetDateTime::now_utc(),
        },
    )?;
    let status = match list.verdict() {
        Status::Pass => "healthy",
        Status::Warn => "warn",
        Status::Fail => "unhealthy",
    };

    let mut head = Map::new();
    head.insert("entity_id".into(), md.entity_id.clone().into());
    head.insert("source".into(), source.clone().into());
    head.insert("status".into(), status.into());
    let mut extra = Map::new();
    extra.insert("certificates".into(), serde_json::to_value(&certs)?);
    extra.insert("sso".into(), serde_json::to_value(&md.sso)?);
    extra.insert("slo".into(), serde_json::to_value(&md.slo)?);
    extra.insert(
        "nameid_formats".into(),
        serde_json::to_value(&md.nameid_formats)?,
    );
    extra.insert(
        "valid_until".into(),
        md.valid_until.clone().map_or(Value::Null, Value::from),
    );
    extra.insert(
        "cache_duration".into(),
        md.cache_duration.clone().map_or(Value::Null, Value::from),
    );
    extra.insert(
        "want_authn_requests_signed".into(),
        md.want_authn_requests_signed.into(),
    );

    let report = {
        let mut all = head.clone();
        all.insert("checks".into(), serde_json::to_value(&list.checks)?);
        all.extend(extra.clone());
        Value::Object(all).to_string()
    };
    match Cache::open(&ctx.globals.cache_path) {
        Ok(cache) => {
            let rec = CheckRecord {
                kind: "saml-idp",
                profile: profile.as_deref(),
                provider: &md.entity_id,
                target: &source,
                verdict: status,
                counts: (
                    list.count(Status::Pass),
                    list.count(Status::Warn),
                    list.count(Status::Fail),
                ),
                report: &report,
            };
            if let Err(e) = record_check(&cache.conn, &rec) {
                ctx.globals
                    .ui
                    .warn(format!("the check was not recorded: {e}"));
            }
        }
        Err(e) => ctx
            .globals
            .ui
            .warn(format!("the check was not recorded: {e}")),
    }
    write_report(ctx, head, &list, extra, &[])?;
    verdict_exit(&list, a.strict, "the IdP metadata is unhealthy")
}
