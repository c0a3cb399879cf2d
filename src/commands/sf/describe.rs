use serde_json::Value;

use super::{Context, RECORD_FORMATS, connect, keep_renewed};
use crate::cli::sf::DescribeArgs;
use crate::commands::block_on;
use crate::output::RowWriter;
use crate::settings::{salesforce, sf_error};

pub fn run(ctx: &Context, args: DescribeArgs) -> anyhow::Result<()> {
    let DescribeArgs { object, conn } = args;
    let format = ctx
        .globals
        .format()
        .require(RECORD_FORMATS, "a describe result")?;
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "describe")?;
    let answer = block_on(crate::salesforce::describe(&client, object.as_deref()));
    keep_renewed(ctx, &mut s, &client);
    let answer = answer.map_err(sf_error)?;
    let (columns, list, keys): (&[&str], &str, &[&str]) = match object {
        Some(_) => (
            &["name", "type", "label", "nillable", "length", "references"],
            "fields",
            &["name", "type", "label", "nillable", "length", "referenceTo"],
        ),
        None => (
            &["name", "label", "key_prefix", "queryable", "custom"],
            "sobjects",
            &["name", "label", "keyPrefix", "queryable", "custom"],
        ),
    };
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        format,
        columns.iter().map(|c| c.to_string()).collect(),
    );
    let items = answer
        .get(list)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for item in &items {
        let row: Vec<Value> = keys
            .iter()
            .map(|k| item.get(*k).cloned().unwrap_or(Value::Null))
            .collect();
        w.write_row(&row)?;
    }
    w.finish()?.commit()?;
    ctx.count(items.len() as u64);
    Ok(())
}
