use super::Context;
use crate::cache::Cache;
use crate::error::AppError;

pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let cache = Cache::open(&ctx.globals.cache_path).map_err(AppError::from)?;
    let before = std::fs::metadata(&cache.path).map(|m| m.len()).unwrap_or(0);
    cache
        .conn
        .execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")?;
    let after = std::fs::metadata(&cache.path).map(|m| m.len()).unwrap_or(0);
    ctx.globals.ui.info(format!(
        "vacuumed {}: {before} → {after} bytes",
        cache.path.display()
    ));
    Ok(())
}
