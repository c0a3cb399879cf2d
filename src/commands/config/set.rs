use std::io::Write;

use toml_edit::{Item, Table, Value};

use super::{Context, absolute_key, read_doc};
use crate::error::AppError;
use crate::output::Sink;

/// Set one key, keeping the file's comments and layout, and refuse a result that would not
/// load (unknown keys, a password in the file, wrong types).
pub fn run(ctx: &Context, key: &str, raw: &str) -> anyhow::Result<()> {
    let full = absolute_key(ctx, key)?;
    if full
        .last()
        .is_some_and(|k| k == "password" || k.ends_with("secret") || k.ends_with("token"))
    {
        return Err(AppError::usage("secrets never go in the config file")
            .with_hint("set password_env, password_file or password_command instead")
            .into());
    }
    let mut doc = read_doc(ctx)?;
    let value: Value = raw.parse::<Value>().unwrap_or_else(|_| Value::from(raw));
    let (last, parents) = full.split_last().expect("non-empty key");
    let mut table: &mut Table = doc.as_table_mut();
    for p in parents {
        let entry = table.entry(p).or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        });
        table = entry
            .as_table_mut()
            .ok_or_else(|| AppError::usage(format!("`{p}` is a value, not a table")))?;
    }
    table.insert(last, Item::Value(value));
    let text = doc.to_string();
    crate::config::parse(&text).map_err(|e| {
        AppError::config(format!("refusing to write: the result would not load: {e}"))
            .with_hint("see `atomctl config init` for the keys a profile takes")
    })?;
    let path = &ctx.globals.config_path;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut sink = Sink::file(path, crate::files::Access::Ordinary)?;
    sink.write_all(text.as_bytes())?;
    sink.commit()?;
    ctx.globals
        .ui
        .info(format!("set {} in {}", full.join("."), path.display()));
    Ok(())
}
