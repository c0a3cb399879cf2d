use serde_json::json;

use super::Context;
use crate::cache::Cache;
use crate::output::{ROW_FORMATS, RowWriter};

/// Path, size, schema version, and rows per table and view.
pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let format = ctx.globals.format().require(ROW_FORMATS, "cache info")?;
    let cache = Cache::open_read_only(&ctx.globals.cache_path)?;
    let version: i64 = cache
        .conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let size = std::fs::metadata(&cache.path).map(|m| m.len()).unwrap_or(0);
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        format,
        ["item", "kind", "value"].map(String::from).to_vec(),
    );
    w.write_row(&[
        json!("path"),
        json!("file"),
        json!(cache.path.display().to_string()),
    ])?;
    w.write_row(&[json!("size_bytes"), json!("file"), json!(size)])?;
    w.write_row(&[json!("schema_version"), json!("file"), json!(version)])?;
    let mut st = cache
        .conn
        .prepare("SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY type, name")?;
    let objects: Vec<(String, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (name, kind) in objects {
        let n: i64 = cache.conn.query_row(
            &format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")),
            [],
            |r| r.get(0),
        )?;
        w.write_row(&[json!(name), json!(kind), json!(n)])?;
    }
    w.finish()?.commit()?;
    Ok(())
}
