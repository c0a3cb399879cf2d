//! What the write commands share: the fields from `--field` and `--json`, their names
//! checked against the table's dictionary (the instance ignores a field it does not know,
//! without a word), and a record shown one field per line at a terminal.

use serde_json::{Map, Value};

use super::{Context, block_on};
use crate::cli::snow::WriteFieldArgs;
use crate::error::AppError;
use crate::output::{RowWriter, TableLayout};
use crate::snow::client::Snow;
use crate::snow::encoded::{self, Order, Query};
use crate::snow::table::Dictionary;
use crate::snow::values::{self, Display};
use crate::snow::{SnowError, write};

/// The fields to write: the JSON object first, then each `--field NAME=VALUE` over it.
pub fn collect(args: &WriteFieldArgs) -> anyhow::Result<Map<String, Value>> {
    let mut fields = match &args.json {
        None => Map::new(),
        Some(path) => match crate::commands::field_values::json_records(path)?.as_slice() {
            [one] => one.clone(),
            _ => {
                return Err(AppError::usage(format!(
                    "--json {}: one record (a JSON object) per write",
                    path.display()
                ))
                .into());
            }
        },
    };
    fields.extend(crate::commands::field_values::pairs(
        &args.fields,
        "short_description='Printer on fire'",
    )?);
    Ok(fields)
}

/// Check every field a query names (dot-walks through references included) against the
/// dictionary, before anything is read: the instance would silently drop a term on an
/// unknown field and run the rest. The dictionary, when this user may read it.
pub fn check_query(
    ctx: &Context,
    snow: &Snow,
    table: &str,
    asked: &Query,
) -> anyhow::Result<Option<Dictionary>> {
    let mut dict = Dictionary::default();
    if !block_on(dict.load_for(snow, table, asked))? {
        ctx.globals.ui.warn(format!(
            "the dictionary of {table} is not readable by this user: the query's fields are not checked"
        ));
        return Ok(None);
    }
    let unknown = encoded::check(asked, table, |t| dict.tables.get(t).map(Vec::as_slice));
    if unknown.is_empty() {
        return Ok(Some(dict));
    }
    let list: Vec<String> = unknown
        .iter()
        .map(|u| match &u.suggestion {
            Some(s) => format!(
                "`{}` ({} has no such field; did you mean `{s}`?)",
                u.field, u.table
            ),
            None => format!("`{}` ({} has no such field)", u.field, u.table),
        })
        .collect();
    Err(AppError::from_class(SnowError::UnknownFields(format!(
        "unknown field(s): {}; the instance would drop those terms and run the rest",
        list.join(", ")
    )))
    .into())
}

/// Refuse field names the table does not have (with the closest it has): the instance
/// would drop them silently. Returns whether the table has `field`, when the dictionary is
/// readable.
pub async fn check_names(
    snow: &Snow,
    table: &str,
    fields: &Map<String, Value>,
    check: bool,
) -> Result<Option<Dictionary>, SnowError> {
    if let Some(bad) = fields.keys().find(|k| k.contains('.') || k.is_empty()) {
        return Err(SnowError::UnknownFields(format!(
            "`{bad}`: a write sets the table's own fields (no dot-walks)"
        )));
    }
    let mut dict = Dictionary::default();
    if dict.load(snow, table).await?.is_none() {
        return Ok(None);
    }
    if check {
        let q = Query {
            groups: Vec::new(),
            order: fields
                .keys()
                .map(|f| Order {
                    field: f.clone(),
                    descending: false,
                })
                .collect(),
        };
        let unknown = encoded::check(&q, table, |t| dict.tables.get(t).map(Vec::as_slice));
        if !unknown.is_empty() {
            let list: Vec<String> = unknown
                .iter()
                .map(|u| match &u.suggestion {
                    Some(s) => format!("`{}` (did you mean `{s}`?)", u.field),
                    None => format!("`{}`", u.field),
                })
                .collect();
            return Err(SnowError::UnknownFields(format!(
                "{table} has no field {}; the instance would ignore it and write the rest",
                list.join(", ")
            )));
        }
    }
    Ok(Some(dict))
}

pub fn has_field(dict: Option<&Dictionary>, table: &str, field: &str) -> bool {
    dict.and_then(|d| d.tables.get(table))
        .is_some_and(|fs| fs.iter().any(|f| f.name == field))
}

/// What a written record shows: its keys, the fields written, and what the instance
/// computes from them (priority from impact and urgency), where the record has them.
pub fn shown_columns(record: &Map<String, Value>, written: &Map<String, Value>) -> Vec<String> {
    let mut cols: Vec<String> = Vec::new();
    let wanted = ["sys_id", "number"]
        .into_iter()
        .map(str::to_owned)
        .chain(
            written
                .keys()
                .filter(|k| *k != write::MARKER_FIELD)
                .cloned(),
        )
        .chain(
            ["state", "impact", "urgency", "priority", "sys_updated_on"]
                .into_iter()
                .map(str::to_owned),
        );
    for c in wanted {
        if record.contains_key(&c) && !cols.contains(&c) {
            cols.push(c);
        }
    }
    cols
}

/// One record, a field per line at a terminal.
pub fn show(
    ctx: &Context,
    record: &Map<String, Value>,
    columns: &[String],
    display: Display,
    times: &values::Times,
) -> anyhow::Result<()> {
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        ctx.globals.format(),
        values::columns(columns, display),
    )
    .layout(TableLayout::Vertical);
    let cells: Vec<Value> = values::cells(record, columns, display, times)
        .into_iter()
        .map(|c| c.map_or(Value::Null, Value::String))
        .collect();
    w.write_row(&cells)?;
    w.finish()?.commit()?;
    Ok(())
}
