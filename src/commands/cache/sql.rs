use super::{Context, stream_statement};
use crate::cache::Cache;
use crate::error::AppError;

/// A read-only query, printed with the global formats.
pub fn run(ctx: &Context, query: &str) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    let cache = Cache::open_read_only(&ctx.globals.cache_path)?;
    let mut st = cache.conn.prepare(query).map_err(|e| {
        AppError::usage(format!("the query does not prepare: {e}"))
            .with_hint("the documented views are ldap_users, ldap_groups and ldap_members; `atomctl cache info` lists the tables")
    })?;
    if !st.readonly() {
        return Err(AppError::usage("cache sql is read-only")
            .with_hint("only SELECT (and read-only PRAGMA) statements run here")
            .into());
    }
    let out = stream_statement(&mut st, [], ctx.globals.sink()?, format)?;
    out.commit()?;
    Ok(())
}
