use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Context, connect, keep_renewed};
use crate::cli::sf::DescribeArgs;
use crate::commands::block_on;
use crate::output::TypedRows;
use crate::settings::salesforce;

pub fn run(ctx: &Context, args: DescribeArgs) -> anyhow::Result<()> {
    let DescribeArgs { object, conn } = args;
    let format = ctx.globals.format();
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "describe")?;
    let answer = block_on(crate::salesforce::describe(&client, object.as_deref()));
    keep_renewed(ctx, &mut s, &client);
    let answer = answer?;
    let sink = ctx.globals.sink()?;
    let n = match object {
        Some(_) => write_items::<FieldRow>(sink, format, &answer, "fields")?,
        None => write_items::<ObjectRow>(sink, format, &answer, "sobjects")?,
    };
    ctx.count(n);
    Ok(())
}

/// The describe answer's list under `list`, one row per item, values as the org gave them.
fn write_items<T>(
    sink: crate::output::Sink,
    format: crate::output::Format,
    answer: &Value,
    list: &str,
) -> anyhow::Result<u64>
where
    T: serde::Serialize + serde::de::DeserializeOwned + Default,
{
    let mut w = TypedRows::new(sink, format);
    for item in answer
        .get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        w.write(&T::deserialize(item).unwrap_or_default())?;
    }
    let n = w.rows_written();
    w.finish()?.commit()?;
    Ok(n)
}

/// A field of `sf describe OBJECT`.
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct FieldRow {
    name: Value,
    #[serde(rename = "type")]
    kind: Value,
    label: Value,
    nillable: Value,
    length: Value,
    /// The objects a reference field points to.
    #[serde(rename(serialize = "references", deserialize = "referenceTo"))]
    references: Value,
}

/// An object of `sf describe` (the org's list).
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct ObjectRow {
    name: Value,
    label: Value,
    #[serde(rename(serialize = "key_prefix", deserialize = "keyPrefix"))]
    key_prefix: Value,
    queryable: Value,
    custom: Value,
}
