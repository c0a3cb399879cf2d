mod check;
mod decode;
mod introspect;
mod revoke;
mod saml;
mod token;
mod userinfo;
mod validate;

use serde_json::Value;

use super::{Context, block_on};
use crate::cache::sso::{load_keys, store_keys};
use crate::cli::sso::{OidcCommand, SsoCommand};
use crate::error::{AppError, ExitKind};
use crate::output::{Format, TypedRows};
use crate::settings::OidcSettings;
use crate::sso::checks::{Checklist, Status};
use crate::sso::oidc::jwks::JwkSet;
use crate::sso::oidc::{self as domain, OidcError, store};

pub fn run(ctx: &Context, cmd: SsoCommand) -> anyhow::Result<()> {
    match cmd {
        SsoCommand::Oidc(OidcCommand::Check(a)) => check::run(ctx, a),
        SsoCommand::Oidc(OidcCommand::Token(a)) => token::run(ctx, a),
        SsoCommand::Oidc(OidcCommand::Validate(a)) => validate::run(ctx, a),
        SsoCommand::Oidc(OidcCommand::Decode(a)) => decode::run(ctx, a),
        SsoCommand::Oidc(OidcCommand::Userinfo(a)) => userinfo::run(ctx, a),
        SsoCommand::Oidc(OidcCommand::Introspect(a)) => introspect::run(ctx, a),
        SsoCommand::Oidc(OidcCommand::Revoke(a)) => revoke::run(ctx, a),
        SsoCommand::Saml(c) => saml::run(ctx, c),
    }
}

/// `--timeout` bounds every request to the provider from connect to last byte.
pub(crate) fn http(s: &OidcSettings) -> Result<reqwest::Client, AppError> {
    crate::http::document_client(s.ca_file.as_deref(), s.timeout, s.timeout)
        .map_err(AppError::config)
}

/// `scope`, `resource` and `audience` for a token request, as the provider is configured.
fn grant_params(s: &OidcSettings) -> Vec<(&'static str, String)> {
    let mut p = Vec::new();
    if !s.scopes.is_empty() {
        p.push(("scope", s.scopes.join(" ")));
    }
    if let Some(r) = &s.resource {
        p.push(("resource", r.clone()));
    }
    if let Some(a) = &s.audience {
        p.push(("audience", a.clone()));
    }
    p
}

/// The provider's discovery document, fetched.
fn discover(http: &reqwest::Client, s: &OidcSettings) -> Result<Value, OidcError> {
    block_on(domain::discover(http, &s.issuer))
}

/// The provider's key set: the cached one while it is fresh and knows `kid`; otherwise
/// fetched once (expired, or a rotated key), never in a loop, and cached for the next run.
/// A cache that cannot be read or written only costs a fetch; a provider that cannot be
/// reached when the cached set has expired is an error, never a reason to trust old keys.
fn keys_for(ctx: &Context, s: &OidcSettings, kid: Option<&str>) -> anyhow::Result<JwkSet> {
    let cache = ctx.cache().ok();
    let now = domain::now_secs();
    let cached = cache.and_then(|c| {
        let issuer = s.issuer.clone();
        c.call_blocking(move |conn| load_keys(conn, &issuer, now))
            .ok()
            .flatten()
            .and_then(|jwks| serde_json::from_str::<JwkSet>(&jwks).ok())
    });
    if let Some(set) = cached
        && domain::knows_key(&set, kid)
    {
        return Ok(set);
    }
    ctx.touched("sso", "oidc keys", &s.name, &s.issuer);
    let http = http(s)?;
    let (keys, doc) = block_on(async {
        let doc = domain::discover(&http, &s.issuer).await?;
        let keys = domain::fetch_keys(&http, &doc).await?;
        Ok::<_, OidcError>((keys, doc))
    })?;
    if let Some(c) = cache {
        let (issuer, doc, raw) = (s.issuer.clone(), doc.to_string(), keys.raw);
        let expires_at = now.saturating_add(keys.lifetime);
        if let Err(e) =
            c.call_blocking(move |conn| store_keys(conn, &issuer, &doc, &raw, expires_at))
        {
            ctx.globals
                .ui
                .warn(format!("the key set was not cached: {e}"));
        }
    }
    Ok(keys.set)
}

/// What userinfo, introspect and revoke share: the provider, the token the call is about,
/// and the endpoint discovery names for the call.
struct TokenCall {
    /// The client is there when the call said it needs one (checked before anything goes out).
    s: OidcSettings,
    http: reqwest::Client,
    token: String,
    /// `access_token` or `refresh_token`.
    hint: &'static str,
    endpoint: String,
    /// The stored tokens the token came from (none with `--token-env`).
    stored: Option<store::StoredTokens>,
}

fn prepare_token_call(
    ctx: &Context,
    command: &'static str,
    args: crate::cli::sso::UseTokenArgs,
    endpoint_name: &str,
    client_needed: Option<&str>,
) -> anyhow::Result<TokenCall> {
    let crate::cli::sso::UseTokenArgs {
        provider,
        token_env,
        refresh,
        conn,
    } = args;
    let s = crate::settings::oidc(&ctx.globals, provider.as_deref(), &conn)?;
    if let (Some(why), None) = (client_needed, &s.client) {
        return Err(AppError::usage(why).into());
    }
    ctx.touched("sso", command, &s.name, &s.issuer);
    let (token, hint, stored) = chosen_token(&s, token_env.as_deref(), refresh)?;
    let http = http(&s)?;
    let doc = discover(&http, &s)?;
    let endpoint = domain::endpoint(&doc, endpoint_name)?.to_owned();
    Ok(TokenCall {
        s,
        http,
        token,
        hint,
        endpoint,
        stored,
    })
}

/// The token a userinfo / introspect / revoke call is about: from `--token-env`, or the stored
/// access (or refresh) token.
fn chosen_token(
    s: &OidcSettings,
    token_env: Option<&str>,
    refresh: bool,
) -> anyhow::Result<(String, &'static str, Option<store::StoredTokens>)> {
    if let Some(var) = token_env {
        let t = crate::config::secret_from_env(var).ok_or_else(|| {
            AppError::missing_setting(format!(
                "--token-env {var}: the variable is not set or empty"
            ))
            .with_hint(crate::config::unset_variable_hint(var))
        })?;
        return Ok((
            t.expose().to_owned(),
            if refresh {
                "refresh_token"
            } else {
                "access_token"
            },
            None,
        ));
    }
    let stored = store::load(&s.store)?.ok_or_else(|| {
        AppError::new(ExitKind::Auth, format!("no stored tokens for `{}`", s.name))
            .with_hint("get some with atomctl sso oidc token, or pass --token-env VAR")
    })?;
    if refresh {
        let r = stored
            .refresh_token
            .clone()
            .ok_or_else(|| AppError::new(ExitKind::Auth, "no stored refresh token"))?;
        Ok((r, "refresh_token", Some(stored)))
    } else {
        Ok((stored.access_token.clone(), "access_token", Some(stored)))
    }
}

/// A token given as an argument, or `-` for stdin (so it stays out of the process list).
fn read_token(arg: &str) -> Result<String, AppError> {
    if arg != "-" {
        return Ok(arg.to_owned());
    }
    let mut t = String::new();
    std::io::Read::read_to_string(
        &mut std::io::Read::take(std::io::stdin(), MAX_TOKEN),
        &mut t,
    )
    .map_err(|e| AppError::usage(format!("cannot read the token from stdin: {e}")))?;
    Ok(t.trim().to_owned())
}

/// Far above any real JWT (a few KB), far below trouble.
const MAX_TOKEN: u64 = 1 << 20;

/// A checklist for people (one row per item) or programs (one JSON object:
/// `{"issuer", "provider", "verdict", "checks": [{name, status, detail, ms}], …extra}`).
fn write_checklist(
    ctx: &Context,
    s: &OidcSettings,
    list: &Checklist,
    extra: serde_json::Map<String, serde_json::Value>,
) -> anyhow::Result<()> {
    let mut head = serde_json::Map::new();
    head.insert("issuer".into(), s.issuer.clone().into());
    head.insert("provider".into(), s.name.clone().into());
    head.insert("verdict".into(), list.verdict().name().into());
    write_report(ctx, head, list, extra, &[])
}

/// A checklist report: for programs one JSON object (`head`, then `checks`, then `extra`);
/// for people a table of the checks, then a table of `facts` (name, value) when there are any.
pub(crate) fn write_report(
    ctx: &Context,
    mut head: serde_json::Map<String, serde_json::Value>,
    list: &Checklist,
    extra: serde_json::Map<String, serde_json::Value>,
    facts: &[(String, String)],
) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    let mut sink = ctx.globals.sink()?;
    match format {
        Format::Json | Format::Ndjson => {
            head.insert("checks".into(), serde_json::to_value(&list.checks)?);
            head.extend(extra);
            let doc = serde_json::Value::Object(head);
            let text = if format == Format::Json {
                serde_json::to_string_pretty(&doc)?
            } else {
                doc.to_string()
            };
            std::io::Write::write_all(&mut sink, text.as_bytes())?;
            std::io::Write::write_all(&mut sink, b"\n")?;
            sink.commit()?;
        }
        Format::Table | Format::Csv => {
            let mut w = TypedRows::new(sink, format);
            for c in &list.checks {
                w.write(&CheckRow {
                    check: c.name.clone(),
                    status: c.status.name(),
                    detail: c.detail.clone(),
                    ms: c.ms,
                })?;
            }
            let mut sink = w.finish()?;
            if !facts.is_empty() && format == Format::Table {
                std::io::Write::write_all(&mut sink, b"\n")?;
                let mut w = TypedRows::new(sink, format);
                for (name, value) in facts {
                    w.write(&Fact {
                        name: name.clone(),
                        value: value.clone(),
                    })?;
                }
                sink = w.finish()?;
            }
            sink.commit()?;
        }
        // cli::formats gives checklist commands rows only; kept as an error, not a panic.
        Format::Ldif | Format::Html => {
            return Err(AppError::usage(format!(
                "a checklist cannot be written as {}",
                format.name()
            ))
            .into());
        }
    }
    Ok(())
}

/// One JSON document (claims, an introspection answer) for people or programs.
fn write_value(ctx: &Context, v: &Value) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    let mut sink = ctx.globals.sink()?;
    let text = match format {
        Format::Ndjson => v.to_string(),
        _ => serde_json::to_string_pretty(v)?,
    };
    std::io::Write::write_all(&mut sink, text.as_bytes())?;
    std::io::Write::write_all(&mut sink, b"\n")?;
    sink.commit()?;
    Ok(())
}

/// Exit 3 when an item failed (or warned, with `strict`).
pub(crate) fn verdict_exit(list: &Checklist, strict: bool, what: &str) -> anyhow::Result<()> {
    let v = list.verdict();
    if v == Status::Fail || (strict && v == Status::Warn) {
        let failed: Vec<&str> = list
            .checks
            .iter()
            .filter(|c| c.status == Status::Fail || (strict && c.status == Status::Warn))
            .map(|c| c.name.as_str())
            .collect();
        return Err(AppError::new(
            crate::error::ExitKind::CheckFailed,
            format!("{what}: {}", failed.join(", ")),
        )
        .into());
    }
    Ok(())
}

/// One check of a checklist, for people (a table) and CSV.
#[derive(serde::Serialize, Default)]
struct CheckRow {
    check: String,
    status: &'static str,
    detail: String,
    /// The HTTP request behind the check, when there was one.
    ms: Option<u64>,
}

/// A fact shown under a checklist's table (`sso saml validate`: NameID, attributes).
#[derive(serde::Serialize, Default)]
struct Fact {
    name: String,
    value: String,
}
