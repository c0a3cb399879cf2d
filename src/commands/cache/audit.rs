use super::{Context, stream_statement};
use crate::analytics::period::parse_since;
use crate::cache::Cache;
use crate::error::AppError;
use crate::output::ROW_FORMATS;

pub fn run(
    ctx: &Context,
    since: Option<&str>,
    system: Option<&str>,
    limit: u32,
) -> anyhow::Result<()> {
    let format = ctx.globals.format().require(ROW_FORMATS, "audit rows")?;
    // The audit timestamps are RFC 3339 UTC text, which sorts like time.
    let since = since
        .map(|s| {
            parse_since(s, time::OffsetDateTime::now_utc())
                .map(|t| {
                    time::OffsetDateTime::from_unix_timestamp(t)
                        .map(crate::sso::saml::format_instant)
                        .unwrap_or_default()
                })
                .map_err(|e| AppError::usage(format!("--since: {e}")))
        })
        .transpose()?;
    let cache = Cache::open_read_only(&ctx.globals.cache_path)?;
    let mut st = cache.conn.prepare(
        "SELECT ts, user, profile, system, command, target, outcome, exit_code FROM audit
         WHERE (?1 IS NULL OR ts >= ?1) AND (?2 IS NULL OR system = ?2)
         ORDER BY id DESC LIMIT ?3",
    )?;
    stream_statement(
        &mut st,
        rusqlite::params![since, system, limit],
        ctx.globals.sink()?,
        format,
    )?
    .commit()?;
    Ok(())
}
