//! `snow get TABLE SYS_ID|NUMBER`: one record, one field per line at a terminal.

use super::{Context, connect};
use crate::cli::snow::GetArgs;
use crate::commands::block_on;
use crate::error::AppError;
use crate::settings::snow as settings;
use crate::snow::{SnowError, table};

pub fn run(ctx: &Context, args: GetArgs) -> anyhow::Result<()> {
    let GetArgs {
        table: name,
        key,
        fields,
        display_value,
        tz,
        conn,
    } = args;
    let times = crate::snow::values::Times::new(tz.as_deref()).map_err(AppError::usage)?;
    let display = super::display(display_value);
    let s = settings::snow(&ctx.globals, &conn)?;
    let snow = connect(ctx, &s, "get")?;
    let found = block_on(table::record(&snow, &name, &key, &fields, display));
    super::keep(ctx, &s, &snow);
    let found = found?;
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
    super::fields::show(ctx, &record, &columns, display, &times)
}
