//! `sf record get OBJECT ID [--fields …]`: one record, a field per line at a terminal.

use serde_json::Value;

use super::super::{connect, keep_renewed};
use super::Context;
use crate::cli::sf::RecordGetArgs;
use crate::commands::block_on;
use crate::output::{RowWriter, TableLayout};
use crate::salesforce::writes;
use crate::settings::salesforce;

pub fn run(ctx: &Context, args: RecordGetArgs) -> anyhow::Result<()> {
    let RecordGetArgs {
        object,
        id,
        fields,
        conn,
    } = args;
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "record get")?;
    let record = block_on(writes::get(&client, &object, &id, &fields));
    keep_renewed(ctx, &mut s, &client);
    let record = record?;
    let columns: Vec<String> = record.keys().cloned().collect();
    let mut w = RowWriter::new(ctx.globals.sink()?, ctx.globals.format(), columns)
        .layout(TableLayout::Vertical);
    let cells: Vec<Value> = record.values().cloned().collect();
    w.write_row(&cells)?;
    w.finish()?.commit()?;
    ctx.count(1);
    Ok(())
}
