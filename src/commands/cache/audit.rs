use serde_json::Value;

use super::Context;
use crate::analytics::period::parse_since;
use crate::cache::{AUDIT_COLUMNS, AuditFilter, Cache, audit_rows};
use crate::error::AppError;
use crate::output::RowWriter;

pub fn run(
    ctx: &Context,
    since: Option<&str>,
    system: Option<&str>,
    limit: u32,
) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    let since = since
        .map(|s| {
            parse_since(s, time::OffsetDateTime::now_utc())
                .map(crate::utc::from_unix)
                .map_err(|e| AppError::usage(format!("--since: {e}")))
        })
        .transpose()?;
    let cache = Cache::open_read_only(&ctx.globals.cache_path)?;
    let rows = audit_rows(
        &cache.conn,
        &AuditFilter {
            since: since.as_deref(),
            system,
            limit: Some(limit),
            ..AuditFilter::default()
        },
    )?;
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        format,
        AUDIT_COLUMNS.map(String::from).to_vec(),
    );
    for r in &rows {
        w.write_row::<Value>(r)?;
    }
    w.finish()?.commit()?;
    Ok(())
}
