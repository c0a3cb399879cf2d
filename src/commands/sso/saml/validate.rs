use serde_json::{Map, Value};

use super::{Context, instant, load_idp, read_text};
use crate::cache::Cache;
use crate::cache::sso::{accept_assertion, assertion_seen, open_requests};
use crate::cli::sso::SamlValidateArgs;
use crate::commands::sso::{verdict_exit, write_report};
use crate::error::AppError;
use crate::settings::saml;
use crate::sso::saml::binding;
use crate::sso::saml::response::{self, Expect, Solicited};

pub fn run(ctx: &Context, a: SamlValidateArgs) -> anyhow::Result<()> {
    let s = saml(&ctx.globals, &a.sp, &a.idp)?;
    let raw = read_text(&a.input, "SAMLResponse")?;
    let decoded = binding::decode(&raw)?;
    let now = instant(a.now.as_deref())?;
    let idp = load_idp(&s.idp, now)?;
    ctx.touched(
        "sso",
        "saml validate",
        s.profile.as_deref().unwrap_or(""),
        &idp.entity_id,
    );
    // Judging the past (`--now`) must not use up requests or remember assertions.
    let hypothetical = a.now.is_some();
    let mut cache = Cache::open(&ctx.globals.cache_path)?;
    let open = open_requests(&cache.conn, &s.sp.entity_id, now.unix_timestamp())?;
    let solicited = match &a.request_id {
        Some(id) => Solicited::Given(id),
        None => Solicited::Remembered(&open),
    };
    let conn = &cache.conn;
    let seen = |id: &str| assertion_seen(conn, &idp.entity_id, id).ok().flatten();
    let outcome = response::validate(
        &decoded.xml,
        &Expect {
            sp_entity_id: &s.sp.entity_id,
            acs_urls: &s.sp.acs_urls,
            want_assertions_signed: s.sp.want_assertions_signed,
            idp: &idp,
            solicited,
            allow_unsolicited: a.allow_unsolicited,
            allow_sha1: s.idp.allow_sha1,
            sp_key: s.sp.key.as_ref(),
            clock_skew: time::Duration::seconds(i64::try_from(a.clock_skew).unwrap_or(i64::MAX)),
            now,
            seen: &seen,
        },
    );
    for w in &outcome.warnings {
        ctx.globals.ui.warn(w);
    }

    if let Some(acc) = &outcome.accepted
        && !hypothetical
    {
        let used_request = acc
            .in_response_to
            .as_deref()
            .filter(|id| open.iter().any(|o| o == id));
        accept_assertion(
            &mut cache.conn,
            &idp.entity_id,
            &acc.assertion_id,
            acc.remember_until.unix_timestamp(),
            used_request,
            now.unix_timestamp(),
        )
        .map_err(|e| {
            AppError::failed(format!(
                "the assertion could not be remembered against replay: {e}"
            ))
        })?;
    }

    let mut head = Map::new();
    head.insert("verdict".into(), outcome.verdict().into());
    let mut extra = Map::new();
    extra.insert("warnings".into(), serde_json::to_value(&outcome.warnings)?);
    let mut facts = Vec::new();
    match &outcome.accepted {
        Some(acc) => {
            head.insert("nameid".into(), acc.nameid.value.clone().into());
            head.insert(
                "nameid_format".into(),
                acc.nameid.format.clone().map_or(Value::Null, Value::from),
            );
            head.insert("attributes".into(), Value::Object(acc.attributes.clone()));
            extra.insert("issuer".into(), acc.issuer.clone().into());
            extra.insert("assertion_id".into(), acc.assertion_id.clone().into());
            extra.insert(
                "in_response_to".into(),
                acc.in_response_to.clone().map_or(Value::Null, Value::from),
            );
            extra.insert("session".into(), serde_json::to_value(&acc.session)?);
            facts.push(("nameid".to_owned(), acc.nameid.value.clone()));
            if let Some(f) = &acc.nameid.format {
                facts.push(("nameid format".into(), f.clone()));
            }
            for (k, v) in &acc.attributes {
                let values: Vec<&str> = v
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                facts.push((k.clone(), values.join("; ")));
            }
            let sess = &acc.session;
            for (k, v) in [
                ("authn instant", &sess.authn_instant),
                ("session index", &sess.session_index),
                ("session not on or after", &sess.session_not_on_or_after),
                ("authn context", &sess.authn_context),
            ] {
                if let Some(v) = v {
                    facts.push((k.to_owned(), v.clone()));
                }
            }
        }
        None => {
            head.insert("nameid".into(), Value::Null);
            head.insert("attributes".into(), Value::Object(Map::new()));
        }
    }
    write_report(ctx, head, &outcome.checks, extra, &facts)?;
    verdict_exit(&outcome.checks, false, "the Response is rejected")
}
