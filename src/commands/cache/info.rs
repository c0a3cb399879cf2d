use serde::Serialize;
use serde_json::{Value, json};

use super::Context;
use crate::cache::Cache;
use crate::output::TypedRows;

/// Path, size, schema version, and rows per table and view.
pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    let cache = Cache::open_read_only(&ctx.globals.cache_path)?;
    let version: i64 = cache
        .conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let size = std::fs::metadata(&cache.path).map(|m| m.len()).unwrap_or(0);
    let mut w = TypedRows::new(ctx.globals.sink()?, format);
    let file = |item: &str, value: Value| InfoRow {
        item: item.to_owned(),
        kind: "file".to_owned(),
        value,
    };
    w.write(&file("path", json!(cache.path.display().to_string())))?;
    w.write(&file("size_bytes", json!(size)))?;
    w.write(&file("schema_version", json!(version)))?;
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
        w.write(&InfoRow {
            item: name,
            kind,
            value: json!(n),
        })?;
    }
    w.finish()?.commit()?;
    Ok(())
}

/// A fact about the file, or a table or view with its row count.
#[derive(Serialize, Default)]
struct InfoRow {
    item: String,
    /// `file`, `table` or `view`.
    kind: String,
    value: Value,
}
