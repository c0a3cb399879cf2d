use super::{Context, stream_statement};
use crate::cache::Cache;

pub fn run(ctx: &Context, limit: u32) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    let cache = Cache::open_read_only(&ctx.globals.cache_path)?;
    let mut st = cache.conn.prepare(
        "SELECT id, source, command, profile, mode, started_at, duration_ms, added, modified, deleted, total, outcome, message
         FROM jobs ORDER BY id DESC LIMIT ?1",
    )?;
    stream_statement(&mut st, [limit], ctx.globals.sink()?, format)?.commit()?;
    Ok(())
}
