use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;

use serde_json::Value;

use super::{Context, connect, keep_renewed, partial, row_encoder, row_writer};
use crate::cli::sf::QueryArgs;
use crate::commands::block_on;
use crate::error::{AppError, ExitClass};
use crate::output::{EncodedRows, PageEncoder, RowWriter, Sink};
use crate::salesforce::SfError;
use crate::salesforce::page_rows::{RowPlan, RowsPage};
use crate::salesforce::query::{self, Endpoint};
use crate::salesforce::record::{self, CellOptions};
use crate::salesforce::soql::{self, Column};
use crate::settings::salesforce;

pub fn run(ctx: &Context, args: QueryArgs) -> anyhow::Result<()> {
    let QueryArgs {
        soql,
        file,
        all_rows,
        tooling,
        table,
        conn,
    } = args;
    let soql = read_statement(soql, file)?;
    let format = ctx.globals.format();
    let plan = soql::plan(&soql);
    if let Some(rel) = &table.explode {
        let known = plan.columns.iter().any(|c| matches!(c, Column::Children { relationship, .. } if relationship.eq_ignore_ascii_case(rel)));
        if !known && !plan.dynamic {
            return Err(AppError::usage(format!("--explode {rel}: the query has no subquery on that relationship"))
                .with_hint("name the relationship after FROM in the subquery, e.g. --explode Contacts for (SELECT Id FROM Contacts)")
                .into());
        }
    }
    let opts = CellOptions { utc: table.utc };
    // Records become rows on the reader's side, while the previous page is being written.
    // A plain select list is decoded straight into rows (page_rows), and for CSV, JSON and
    // NDJSON straight into output bytes, so this side only copies them out.
    let planned = (!plan.dynamic && !plan.count_only)
        .then(|| RowPlan::new(&plan.columns, opts))
        .flatten();
    let fast = match planned {
        Some(rp) => {
            let enc = row_encoder(format, record::headers(&plan.columns, None), &table)?;
            Some((Arc::new(rp), enc))
        }
        None => None,
    };
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "query")?;
    let endpoint = match (all_rows, tooling) {
        (true, _) => Endpoint::QueryAll,
        (_, true) => Endpoint::Tooling,
        _ => Endpoint::Query,
    };
    let ui = &ctx.globals.ui;
    let progress = ui.progress("query", "records");
    let mut sink = Some(ctx.globals.sink()?);
    let mut writer: Option<RowWriter<Sink>> = None;
    let mut received = 0u64;
    let mut total = None;
    let explode = table.explode.clone();
    let mut columns: Option<Vec<Column>> = (!plan.dynamic).then(|| plan.columns.clone());
    let to_rows = move |page: query::Page| {
        // A select list that could not be planned takes its columns from the first record.
        let cols = columns.get_or_insert_with(|| {
            page.records
                .first()
                .map(record::columns_from_record)
                .unwrap_or_default()
        });
        let rows: Vec<Vec<Value>> = page
            .records
            .iter()
            .flat_map(|rec| record::rows(cols, rec, explode.as_deref(), opts))
            .map(|row| row.into_iter().map(|c| c.into_owned()).collect())
            .collect();
        ConvertedPage {
            total_size: page.total_size,
            records: page.records.len() as u64,
            headers: Some(record::headers(cols, explode.as_deref())),
            rows: PageRows::Values(rows),
        }
    };
    let outcome: Result<(), SfError> = block_on(async {
        let path = query::first_path(&soql, endpoint);
        let mut rx = match fast.clone() {
            Some((rp, enc)) if enc.streams() => query::stream_rows(
                client.clone(),
                path,
                move |body| {
                    let mut page = PageEncoder::new(&enc, body.len() / 2);
                    let info = rp.decode_into(body, &mut page)?;
                    Ok(RowsPage {
                        info,
                        rows: page.rows,
                    })
                },
                |page| ConvertedPage {
                    total_size: page.info.total_size,
                    records: page.info.records,
                    headers: None,
                    rows: PageRows::Encoded(page.rows),
                },
            ),
            Some((rp, _)) => query::stream_rows(
                client.clone(),
                path,
                move |body| rp.decode_values(body),
                |page| ConvertedPage {
                    total_size: page.info.total_size,
                    records: page.info.records,
                    headers: None,
                    rows: PageRows::Values(page.rows),
                },
            ),
            None => query::stream(client.clone(), path, to_rows),
        };
        while let Some(page) = rx.recv().await {
            let page = page?;
            if total.is_none() {
                total = Some(page.total_size);
                let (headers, first) = if plan.count_only {
                    (
                        Some(vec!["count".to_owned()]),
                        Some(Value::from(page.total_size)),
                    )
                } else {
                    (page.headers, None)
                };
                let sink = sink.take().expect("one sink");
                let mut w = match (&fast, headers) {
                    (_, Some(headers)) => row_writer(format, sink, headers, &table)
                        .map_err(|e| SfError::Config(e.message))?,
                    (Some((_, enc)), None) => RowWriter::with_encoder(sink, enc.clone()),
                    (None, None) => unreachable!("the general path names its headers"),
                };
                if let Some(count) = first {
                    w.write_row(&[count]).map_err(SfError::Output)?;
                    writer = Some(w);
                    return Ok(());
                }
                writer = Some(w);
            }
            let w = writer.as_mut().expect("created with the first page");
            match &page.rows {
                PageRows::Values(rows) => {
                    for row in rows {
                        w.write_row(row).map_err(SfError::Output)?;
                    }
                }
                PageRows::Encoded(rows) => w.write_encoded(rows).map_err(SfError::Output)?,
            }
            received += page.records;
            progress.inc(page.records);
        }
        Ok(())
    });
    progress.finish();
    keep_renewed(ctx, &mut s, &client);
    ctx.count(received);
    if let Some(u) = client.usage() {
        ui.detail(format!("{received} records; {u}"));
    }
    let expected = if plan.count_only {
        0
    } else {
        total.unwrap_or(0)
    };
    match outcome {
        Ok(()) if received == expected => {
            finish(writer)?.commit()?;
            Ok(())
        }
        Ok(()) => {
            let path = finish(writer)?;
            Err(partial(
                path,
                format!("the server announced {expected} records but sent {received}"),
            )
            .into())
        }
        // Nothing written yet: a plain error, and the output file is left as it was.
        Err(e) if writer.is_none() => Err(e.into()),
        Err(SfError::Output(io)) => Err(io.into()),
        Err(e) => {
            let why = format!(
                "{e}; {received} of {} records were written",
                total.unwrap_or(0)
            );
            let mut err = partial(finish(writer)?, why);
            if let Some(h) = e.hint() {
                err = err.with_hint(h);
            }
            Err(err.into())
        }
    }
}

fn finish(writer: Option<RowWriter<Sink>>) -> std::io::Result<Sink> {
    writer
        .expect("a writer exists once a page was read")
        .finish()
}

/// A page as rows, made on the reader's side.
struct ConvertedPage {
    total_size: u64,
    records: u64,
    /// None when the headers were planned before the first page.
    headers: Option<Vec<String>>,
    rows: PageRows,
}

enum PageRows {
    Values(Vec<Vec<Value>>),
    /// Already in the output format, by the writer's encoder.
    Encoded(EncodedRows),
}

/// The statement from the argument, `-` (stdin) or `-f FILE`.
pub fn read_statement(arg: Option<String>, file: Option<PathBuf>) -> Result<String, AppError> {
    let text = match (arg, file) {
        (_, Some(f)) => std::fs::read_to_string(&f)
            .map_err(|e| AppError::usage(format!("cannot read {}: {e}", f.display())))?,
        (Some(s), None) if s == "-" => {
            let mut buf = String::new();
            std::io::stdin().read_to_string(&mut buf).map_err(|e| {
                AppError::usage(format!("cannot read the statement from stdin: {e}"))
            })?;
            buf
        }
        (Some(s), None) => s,
        (None, None) => return Err(AppError::usage("no statement given")),
    };
    let text = text.trim().to_owned();
    if text.is_empty() {
        return Err(AppError::usage("the statement is empty"));
    }
    Ok(text)
}
