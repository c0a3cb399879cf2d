use std::io::Read;

use serde_json::{Map, Value};

use super::{Context, http, verdict_exit, write_checklist};
use crate::cache::Cache;
use crate::cache::sso::{load_keys, store_keys};
use crate::cli::sso::ValidateArgs;
use crate::commands::block_on;
use crate::error::AppError;
use crate::settings::{OidcSettings, oidc};
use crate::sso::checks::Checklist;
use crate::sso::oidc::jwks::JwkSet;
use crate::sso::oidc::{self as domain, discovery, jwt};

pub fn run(ctx: &Context, args: ValidateArgs) -> anyhow::Result<()> {
    let ValidateArgs {
        token,
        provider,
        nonce,
        access_token,
        leeway,
        conn,
    } = args;
    let s = oidc(&ctx.globals, provider.as_deref(), &conn)?;
    let token = if token == "-" {
        let mut t = String::new();
        std::io::stdin()
            .read_to_string(&mut t)
            .map_err(|e| AppError::usage(format!("cannot read the token from stdin: {e}")))?;
        t
    } else {
        token
    };
    let decoded = match jwt::decode(&token) {
        Ok(d) => d,
        Err(why) => {
            let mut list = Checklist::default();
            list.fail("format", why);
            write_checklist(ctx, &s, &list, Map::new())?;
            return verdict_exit(&list, false, "the token is invalid");
        }
    };
    let cache = Cache::open(&ctx.globals.cache_path).ok();
    let cached = cache
        .as_ref()
        .and_then(|c| load_keys(&c.conn, &s.issuer).ok().flatten())
        .and_then(|(doc, jwks)| {
            Some((
                serde_json::from_str::<Value>(&doc).ok()?,
                serde_json::from_str::<JwkSet>(&jwks).ok()?,
            ))
        });
    let known = |set: &JwkSet| {
        decoded
            .kid()
            .is_none_or(|k| set.keys.iter().any(|j| j.kid.as_deref() == Some(k)))
    };
    // A cached key set is used as long as it knows the token's kid; an unknown kid (a rotated
    // key) fetches the set once more, never in a loop.
    let keys = match cached {
        Some((_, set)) if known(&set) => set,
        _ => {
            ctx.touched("sso", "oidc validate", &s.name, &s.issuer);
            let (doc, raw, set) = fetch_keys(&s)?;
            if let Some(c) = &cache
                && let Err(e) = store_keys(&c.conn, &s.issuer, &doc.to_string(), &raw)
            {
                ctx.globals
                    .ui
                    .warn(format!("the key set was not cached: {e}"));
            }
            set
        }
    };
    let expect = jwt::Expect {
        issuer: Some(s.issuer.clone()),
        audience: s
            .audience
            .clone()
            .or(s.client.as_ref().map(|c| c.id.clone())),
        client_id: s.client.as_ref().map(|c| c.id.clone()),
        nonce,
        access_token,
        leeway,
        now: domain::now_secs(),
    };
    let list = jwt::validate(&decoded, &keys, &expect);
    let mut extra = Map::new();
    extra.insert("header".into(), decoded.header.clone());
    extra.insert("claims".into(), decoded.claims.clone());
    write_checklist(ctx, &s, &list, extra)?;
    verdict_exit(&list, false, "the token is invalid")
}

/// Discovery, then the key set it names: (document, key set as served, parsed key set).
fn fetch_keys(s: &OidcSettings) -> anyhow::Result<(Value, String, JwkSet)> {
    let http = http(s)?;
    block_on(async {
        let (doc, _) = discovery::get_json(&http, &discovery::discovery_url(&s.issuer)).await;
        let doc = doc.map_err(|e| {
            AppError::new(
                crate::error::ExitKind::Unavailable,
                format!("discovery of {}: {e}", s.issuer),
            )
        })?;
        let uri = doc
            .get("jwks_uri")
            .and_then(Value::as_str)
            .ok_or_else(|| AppError::failed("the discovery document has no jwks_uri"))?
            .to_owned();
        let (set, _) = discovery::get_json(&http, &uri).await;
        let set = set.map_err(|e| {
            AppError::new(
                crate::error::ExitKind::Unavailable,
                format!("JWKS {uri}: {e}"),
            )
        })?;
        let raw = set.to_string();
        let parsed: JwkSet = serde_json::from_value(set)
            .map_err(|e| AppError::failed(format!("JWKS {uri}: not a JWK set: {e}")))?;
        Ok((doc, raw, parsed))
    })
}
