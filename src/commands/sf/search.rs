use serde_json::Value;

use super::{Context, connect, keep_renewed, row_writer};
use crate::cli::sf::SearchArgs;
use crate::commands::block_on;
use crate::salesforce::record::{self, CellOptions};
use crate::salesforce::soql::Column;
use crate::settings::salesforce;

/// SOSL answers with records of several objects in one list (at most 2,000): the columns are
/// `type` and the union of the fields in order of appearance.
pub fn run(ctx: &Context, args: SearchArgs) -> anyhow::Result<()> {
    let SearchArgs { sosl, table, conn } = args;
    let format = ctx.globals.format();
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "search")?;
    let q: String = url::form_urlencoded::byte_serialize(sosl.as_bytes()).collect();
    let answer: Result<Value, _> = block_on(client.get_json(&format!("search?q={q}")));
    keep_renewed(ctx, &mut s, &client);
    let answer = answer?;
    let records = answer
        .get("searchRecords")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut columns: Vec<Column> = Vec::new();
    for r in &records {
        for c in record::columns_from_record(r) {
            if !columns.iter().any(|k| k.header() == c.header()) {
                columns.push(c);
            }
        }
    }
    let mut headers = vec!["type".to_owned()];
    headers.extend(record::headers(&columns, None));
    let mut w = row_writer(format, ctx.globals.sink()?, headers, &table)?;
    let opts = CellOptions { utc: table.utc };
    for r in &records {
        let kind = r
            .pointer("/attributes/type")
            .cloned()
            .unwrap_or(Value::Null);
        for mut row in record::rows(&columns, r, None, opts) {
            row.insert(0, std::borrow::Cow::Borrowed(&kind));
            w.write_row(&row)?;
        }
    }
    w.finish()?.commit()?;
    ctx.count(records.len() as u64);
    Ok(())
}
