//! `snow get TABLE SYS_ID|NUMBER`: one record, one field per line at a terminal.

use serde_json::Value;

use super::{Context, connect};
use crate::cli::snow::GetArgs;
use crate::commands::block_on;
use crate::error::AppError;
use crate::output::{RowWriter, TableLayout};
use crate::settings::snow as settings;
use crate::snow::{SnowError, table, values};

pub fn run(ctx: &Context, args: GetArgs) -> anyhow::Result<()> {
    let GetArgs {
        table: name,
        key,
        fields,
        display_value,
        conn,
    } = args;
    let display = super::display(display_value);
    let s = settings::snow(&ctx.globals, &conn)?;
    let snow = connect(ctx, &s, "get")?;
    let found = block_on(table::record(&snow, &name, &key, &fields, display))?;
    let Some(record) = found else {
        return Err(
            AppError::from_class(SnowError::NotFound(format!("no {name} record {key}"))).into(),
        );
    };
    ctx.count(1);
    let columns: Vec<String> = if fields.is_empty() {
        record.keys().cloned().collect()
    } else {
        fields
    };
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        ctx.globals.format(),
        values::columns(&columns, display),
    )
    .layout(TableLayout::Vertical);
    let cells: Vec<Value> = values::cells(&record, &columns, display)
        .into_iter()
        .map(|c| c.map_or(Value::Null, Value::String))
        .collect();
    w.write_row(&cells)?;
    w.finish()?.commit()?;
    Ok(())
}
