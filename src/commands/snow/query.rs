//! `snow query TABLE`: the query's fields checked against the dictionary, then every row by
//! key, streamed as it arrives, and a warning when the instance counted more rows than it
//! let this user read.

use serde_json::Value;

use super::{Context, connect};
use crate::cli::snow::QueryArgs;
use crate::commands::block_on;
use crate::error::{AppError, ExitClass};
use crate::output::RowWriter;
use crate::settings::snow as settings;
use crate::snow::SnowError;
use crate::snow::encoded;
use crate::snow::table::{self, Keyset, ReadOptions};
use crate::snow::values;

pub fn run(ctx: &Context, args: QueryArgs) -> anyhow::Result<()> {
    let QueryArgs {
        table,
        query,
        fields,
        display_value,
        limit,
        tz,
        no_check,
        conn,
    } = args;
    let mut times = values::Times::new(tz.as_deref()).map_err(AppError::usage)?;
    let q = encoded::parse(query.as_deref().unwrap_or(""))
        .map_err(|e| AppError::usage(e.to_string()))?;
    let display = super::display(display_value);
    let s = settings::snow(&ctx.globals, &conn)?;
    let snow = connect(ctx, &s, "query")?;
    let ui = &ctx.globals.ui;
    // Before any row: the instance would silently drop a term naming an unknown field.
    if !no_check {
        let mut asked = q.clone();
        asked.order.extend(fields.iter().map(|f| encoded::Order {
            field: f.clone(),
            descending: false,
        }));
        if let Some(dict) = super::fields::check_query(ctx, &snow, &table, &asked)? {
            // The dictionary says which fields are date-times.
            times = times.only(
                dict.tables[&table]
                    .iter()
                    .filter(|f| matches!(f.kind.as_deref(), Some("glide_date_time" | "due_date")))
                    .map(|f| f.name.clone()),
            );
        }
    }
    if !q.order.is_empty() {
        // Paging by key needs sys_id order; another order would bring back offset paging and
        // its lost and repeated rows.
        ui.warn(
            "rows come in sys_id order: pages are read by key so that none is lost or read twice, \
             so the query's ORDERBY is not applied (sort the output instead)",
        );
    }
    let opts = ReadOptions {
        fields: &fields,
        display,
        page_size: s.page_size,
        limit,
        keyset: Keyset::SysId,
    };
    let mut writer: Option<RowWriter<crate::output::Sink>> = None;
    let mut columns: Vec<String> = Vec::new();
    let format = ctx.globals.format();
    let mut write_page = |page: Vec<serde_json::Map<String, Value>>| {
        if writer.is_none() {
            // Without --fields, the first row's fields, in the instance's order.
            let names: Vec<String> = if fields.is_empty() {
                page.first()
                    .map(|r| r.keys().cloned().collect())
                    .unwrap_or_default()
            } else {
                fields.clone()
            };
            columns = names;
            let sink = ctx
                .globals
                .sink()
                .map_err(|e| SnowError::Config(e.to_string()))?;
            writer = Some(RowWriter::new(
                sink,
                format,
                values::columns(&columns, display),
            ));
        }
        let w = writer.as_mut().expect("made above");
        for r in &page {
            let cells: Vec<Value> = values::cells(r, &columns, display, &times)
                .into_iter()
                .map(|c| c.map_or(Value::Null, Value::String))
                .collect();
            w.write_row(&cells).map_err(SnowError::Output)?;
        }
        w.flush().map_err(SnowError::Output)
    };
    let outcome = block_on(table::read(
        &snow,
        &table,
        &q,
        &opts,
        &table::Maps,
        |page| std::future::ready(write_page(page)),
    ));
    super::keep(ctx, &s, &snow);
    let received = match &outcome {
        Ok(sum) => sum.received,
        Err(_) => writer.as_ref().map_or(0, |w| w.rows_written()),
    };
    ctx.count(received);
    match outcome {
        Ok(sum) => {
            if let Some(counted) = sum.counted
                && limit.is_none()
                && counted != sum.received
            {
                ui.warn(format!(
                    "the instance counted {counted} rows for this query but returned {}: row-level ACLs hide the rest from this user",
                    sum.received
                ));
            }
            let w = match writer {
                Some(w) => w,
                // No rows: the header of the asked fields (or none).
                None => RowWriter::new(
                    ctx.globals.sink()?,
                    format,
                    values::columns(&fields, display),
                ),
            };
            w.finish()?.commit()?;
            Ok(())
        }
        Err(SnowError::Output(io)) => Err(io.into()),
        Err(e) => match writer {
            None => Err(AppError::from_class(e).into()),
            Some(w) => {
                let why = format!("{e}; {received} rows were written");
                let mut err = crate::commands::partial(w.finish()?, why);
                if let Some(h) = e.hint() {
                    err = err.with_hint(h);
                }
                Err(err.into())
            }
        },
    }
}
