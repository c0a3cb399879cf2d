//! `snow count TABLE [--query ENCODED] [--group-by a,b]`: counts from the instance's
//! Aggregate API, a row per group, without reading the rows.

use serde_json::{Value, json};

use super::{Context, block_on, connect};
use crate::cli::snow::CountArgs;
use crate::error::AppError;
use crate::output::RowWriter;
use crate::settings::snow as settings;
use crate::snow::{aggregate, encoded};

pub fn run(ctx: &Context, args: CountArgs) -> anyhow::Result<()> {
    let CountArgs {
        table,
        query,
        group_by,
        no_check,
        conn,
    } = args;
    let q = encoded::parse(query.as_deref().unwrap_or(""))
        .map_err(|e| AppError::usage(e.to_string()))?;
    let s = settings::snow(&ctx.globals, &conn)?;
    let snow = connect(ctx, &s, "count")?;
    if !no_check {
        let mut asked = q.clone();
        asked.order.extend(group_by.iter().map(|f| encoded::Order {
            field: f.clone(),
            descending: false,
        }));
        super::fields::check_query(ctx, &snow, &table, &asked)?;
    }
    let groups = block_on(aggregate::count(
        &snow,
        &table,
        query.as_deref().unwrap_or(""),
        &group_by,
    ));
    super::keep(ctx, &s, &snow);
    let groups = groups.map_err(AppError::from_class)?;
    let mut columns: Vec<String> = Vec::new();
    for f in &group_by {
        columns.push(f.clone());
        columns.push(format!("{f}_display"));
    }
    columns.push("count".into());
    let mut w = RowWriter::new(ctx.globals.sink()?, ctx.globals.format(), columns);
    let mut total = 0;
    for g in &groups {
        let mut row: Vec<Value> = Vec::new();
        for (raw, shown) in &g.values {
            row.push(raw.as_ref().map_or(Value::Null, |v| json!(v)));
            row.push(shown.as_ref().map_or(Value::Null, |v| json!(v)));
        }
        row.push(json!(g.count));
        total += g.count;
        w.write_row(&row)?;
    }
    ctx.count(total);
    w.finish()?.commit()?;
    Ok(())
}
