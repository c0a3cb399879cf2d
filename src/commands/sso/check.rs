use std::time::Instant;

use serde_json::Map;

use super::{Context, http, verdict_exit, write_checklist};
use crate::cache::Cache;
use crate::cache::sso::{CheckRecord, record_check, store_keys};
use crate::cli::sso::{CheckArgs, FlowArg};
use crate::commands::block_on;
use crate::settings::{OidcSettings, oidc};
use crate::sso::checks::{Checklist, Status};
use crate::sso::oidc::discovery::{self, Provider};
use crate::sso::oidc::{self as domain, jwt};

pub fn run(ctx: &Context, args: CheckArgs) -> anyhow::Result<()> {
    let CheckArgs {
        provider,
        flow,
        strict,
        conn,
    } = args;
    let s = oidc(&ctx.globals, provider.as_deref(), &conn)?;
    ctx.touched("sso", "oidc check", &s.name, &s.issuer);
    let http = http(&s)?;
    let started = Instant::now();
    let (list, found) = block_on(async {
        let (mut list, found) = discovery::check(&http, &s.issuer).await;
        if let (Some(FlowArg::ClientCredentials), Some(p)) = (flow, &found) {
            list.extend(client_credentials(&http, &s, p).await);
        }
        (list, found)
    });
    let elapsed = started.elapsed().as_millis() as u64;
    let requests: Vec<u64> = list.checks.iter().filter_map(|c| c.ms).collect();
    let round_trips: u64 = requests.iter().sum();
    ctx.globals.ui.detail(format!(
        "{} HTTP requests, {round_trips} ms of round trips; {elapsed} ms in all",
        requests.len()
    ));
    remember(ctx, &s, &list, found.as_ref());
    let mut extra = Map::new();
    extra.insert("round_trips_ms".into(), round_trips.into());
    extra.insert("elapsed_ms".into(), elapsed.into());
    write_checklist(ctx, &s, &list, extra)?;
    verdict_exit(&list, strict, "the provider failed")
}

/// Obtain a token with the client's credentials and validate it when it is a JWT.
async fn client_credentials(http: &reqwest::Client, s: &OidcSettings, p: &Provider) -> Checklist {
    let mut c = Checklist::default();
    let Some(client) = &s.client else {
        c.fail(
            "token.client_credentials",
            "needs a client id and secret, and a token endpoint",
        );
        return c;
    };
    let endpoint = match domain::endpoint(&p.doc, "token_endpoint") {
        Ok(e) => e,
        Err(e) => {
            c.fail("token.client_credentials", format!("not tried: {e}"));
            return c;
        }
    };
    let tokens =
        match domain::client_credentials(http, endpoint, client, &super::grant_params(s)).await {
            Ok(t) => t,
            Err(e) => {
                c.fail("token.client_credentials", e.to_string());
                return c;
            }
        };
    c.timed(
        "token.client_credentials",
        Status::Pass,
        format!(
            "{} token, expires in {}",
            tokens.token_type,
            tokens.expires_in.map_or("?".into(), |e| format!("{e} s"))
        ),
        tokens.ms,
    );
    match (jwt::decode(tokens.access_token.expose()), &p.jwks) {
        (Ok(t), Some(keys)) => {
            let expect = jwt::Expect {
                issuer: Some(s.issuer.clone()),
                audience: s.audience.clone().or(s.resource.clone()),
                client_id: Some(client.id.clone()),
                token_type: jwt::TokenType::FromHeader,
                leeway: 60,
                now: domain::now_secs(),
                ..Default::default()
            };
            for mut item in jwt::validate(&t, keys, &expect).checks {
                item.name = format!("token.{}", item.name);
                c.checks.push(item);
            }
        }
        (Ok(_), None) => c.warn("token.validation", "no JWKS to verify the token with"),
        (Err(_), _) => c.pass(
            "token.validation",
            "an opaque access token (not a JWT): nothing to verify locally",
        ),
    }
    c
}

/// Keep the check in the history, and the provider's key set for `validate`. A cache that
/// cannot be written never fails the check.
fn remember(ctx: &Context, s: &OidcSettings, list: &Checklist, found: Option<&Provider>) {
    let result = (|| -> anyhow::Result<()> {
        let cache = Cache::open(&ctx.globals.cache_path)?;
        if let Some(p) = found
            && let Some((raw, lifetime)) = &p.jwks_raw
        {
            let expires_at = domain::now_secs().saturating_add(*lifetime);
            store_keys(&cache.conn, &s.issuer, &p.doc.to_string(), raw, expires_at)?;
        }
        let report = serde_json::to_string(&list.checks)?;
        record_check(
            &cache.conn,
            &CheckRecord {
                kind: "oidc",
                profile: s.profile.as_deref(),
                provider: &s.name,
                target: &s.issuer,
                verdict: list.verdict().name(),
                counts: (
                    list.count(Status::Pass),
                    list.count(Status::Warn),
                    list.count(Status::Fail),
                ),
                report: &report,
            },
        )?;
        Ok(())
    })();
    if let Err(e) = result {
        ctx.globals
            .ui
            .warn(format!("the check was not recorded in the cache: {e}"));
    }
}
