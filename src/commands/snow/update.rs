//! `snow update TABLE KEY`: the fields checked, the record found by sys_id or number, a
//! close without its close fields refused, then one PATCH.

use super::{Context, connect, fields};
use crate::cli::snow::{UpdateArgs, WriteFieldArgs};
use crate::commands::block_on;
use crate::error::AppError;
use crate::settings::snow as settings;
use crate::snow::values::Display;
use crate::snow::write::{self, WriteOptions};
use crate::snow::{SnowError, table};

pub fn run(ctx: &Context, args: UpdateArgs) -> anyhow::Result<()> {
    let UpdateArgs {
        table,
        key,
        write: w,
        conn,
    } = args;
    let values = fields::collect(&w)?;
    if values.is_empty() {
        return Err(
            AppError::usage("nothing to change: no --field and no --json")
                .with_hint("--field state=2 --field assigned_to=<sys_id>")
                .into(),
        );
    }
    apply(ctx, &table, &key, values, &w, conn, "update")
}

/// Find the record, check the change against it, PATCH it, show it.
pub fn apply(
    ctx: &Context,
    table_name: &str,
    key: &str,
    values: serde_json::Map<String, serde_json::Value>,
    w: &WriteFieldArgs,
    conn: crate::cli::snow::SnowConnArgs,
    command: &'static str,
) -> anyhow::Result<()> {
    let display = super::display(w.display_value);
    let s = settings::snow(&ctx.globals, &conn)?;
    let snow = connect(ctx, &s, command)?;
    let written = block_on(async {
        fields::check_names(&snow, table_name, &values, !w.no_check).await?;
        let current = table::record(&snow, table_name, key, &[], Display::Raw)
            .await?
            .ok_or_else(|| SnowError::NotFound(format!("no {table_name} record {key}")))?;
        write::check(table_name, &values, Some(&current))?;
        let sys_id = current
            .get("sys_id")
            .and_then(|v| v.as_str())
            .ok_or_else(|| SnowError::Protocol(format!("{table_name} {key}: no sys_id")))?
            .to_owned();
        let o = WriteOptions {
            input_display: w.input_display_value,
            display,
        };
        write::update(&snow, table_name, &sys_id, &values, &o).await
    });
    super::keep(ctx, &s, &snow);
    let written = written.map_err(AppError::from_class)?;
    ctx.count(1);
    let columns = fields::shown_columns(&written, &values);
    fields::show(ctx, &written, &columns, display, &Default::default())
}
