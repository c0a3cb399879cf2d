//! `snow status`: the connection as it is now — the instance, the way in, the user with its
//! roles and time zone (as far as it may read them), the token's expiry, and the rate-limit
//! headers last seen (an instance sends them only when a rule matches, and never a count of
//! what remains).

use serde::Serialize;

use super::{Context, block_on, connect, keep};
use crate::cli::snow::LoginArgs;
use crate::error::AppError;
use crate::output::{TableLayout, TypedRows};
use crate::settings::snow::{self as settings, SnowSettings};
use crate::snow::client::{RateLimit, Snow};
use crate::snow::identity::{Identity, identity};

#[derive(Serialize, Default)]
pub(super) struct StatusRow {
    profile: String,
    instance: String,
    auth: &'static str,
    user: Option<String>,
    name: Option<String>,
    /// The user's time zone; date-times atomctl prints are UTC either way.
    time_zone: String,
    /// None: sys_user_has_role is not readable by this user.
    roles: Option<Vec<String>>,
    client_id: Option<String>,
    token_expires_at: Option<String>,
    /// Requests per hour of the rate-limit rule that matched, when one did.
    rate_limit_per_hour: Option<u64>,
    rate_limit_reset: Option<String>,
    rate_limit_rule: Option<String>,
    rate_limit_seen_at: Option<String>,
    login_stored: Option<String>,
}

pub fn run(ctx: &Context, args: LoginArgs) -> anyhow::Result<()> {
    let s = settings::snow(&ctx.globals, &args.conn)?;
    let snow = connect(ctx, &s, "status")?;
    let who = look_up(&s, &snow)?;
    keep(ctx, &s, &snow);
    show(ctx, &s, &snow, &who)
}

/// Who the connection is (nothing to look up for client credentials: the instance maps
/// them to its OAuth application user).
pub(super) fn look_up(s: &SnowSettings, snow: &Snow) -> anyhow::Result<Identity> {
    Ok(match &s.user {
        Some(u) => block_on(identity(snow, u)).map_err(AppError::from_class)?,
        None => {
            // One request proves the token is accepted.
            block_on(snow.get(
                "api/now/table/sys_user",
                &[
                    ("sysparm_limit", "1".into()),
                    ("sysparm_fields", "sys_id".into()),
                ],
            ))
            .map_err(AppError::from_class)?;
            Identity::default()
        }
    })
}

pub(super) fn show(
    ctx: &Context,
    s: &SnowSettings,
    snow: &Snow,
    who: &Identity,
) -> anyhow::Result<()> {
    let stored = crate::snow::login_store::load(&s.store).map_err(AppError::from_class)?;
    let rate: Option<RateLimit> = snow
        .rate_limit()
        .or_else(|| stored.as_ref().and_then(|l| l.rate_limit.clone()));
    let expires = block_on(snow.renewed_tokens())
        .map(|t| t.expires_at)
        .or_else(|| stored.as_ref().map(|l| l.expires_at))
        .filter(|e| *e > 1)
        .map(|e| crate::utc::from_unix(i64::try_from(e).unwrap_or(i64::MAX)));
    let row = StatusRow {
        profile: s.profile_key.clone(),
        instance: s.base_url.clone(),
        auth: s.mode.name(),
        user: s.user.clone(),
        name: who.name.clone(),
        time_zone: who.time_zone.clone().unwrap_or_else(|| {
            "the instance's default (glide.sys.default.tz, not readable through the API)".into()
        }),
        roles: who.roles.clone(),
        client_id: s.client_id.clone(),
        token_expires_at: expires,
        rate_limit_per_hour: rate.as_ref().and_then(|r| r.limit),
        rate_limit_reset: rate.as_ref().and_then(|r| r.reset.clone()),
        rate_limit_rule: rate.as_ref().and_then(|r| r.rule.clone()),
        rate_limit_seen_at: rate.as_ref().map(|r| r.seen_at.clone()),
        login_stored: stored
            .filter(|l| l.instance == s.base_url)
            .map(|l| l.saved_at),
    };
    let mut w =
        TypedRows::new(ctx.globals.sink()?, ctx.globals.format()).layout(TableLayout::Vertical);
    w.write(&row)?;
    w.finish()?.commit()?;
    Ok(())
}
