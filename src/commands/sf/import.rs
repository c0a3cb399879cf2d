//! `sf import OBJECT FILE --operation …`: the header checked against describe (`--dry-run`
//! stops there and shows the plan), then one Bulk API 2.0 ingest job: created, the file
//! streamed up, closed, polled, and its successful, failed and unprocessed results written
//! as CSV files. A row the org did not confirm is never counted as done: any failed or
//! unprocessed row is exit 4.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::{Context, connect, keep_renewed};
use crate::cli::sf::{ImportArgs, OperationArg};
use crate::commands::block_on;
use crate::error::{AppError, ExitKind};
use crate::output::TypedRows;
use crate::salesforce::ingest::{self, Operation};
use crate::settings::salesforce;

/// One header column and what the org will do with it.
#[derive(Serialize, Default)]
struct PlanRow {
    column: String,
    /// The field's type from describe (`reference` for a parent by external id).
    field_type: String,
    label: String,
}

/// What the job did.
#[derive(Serialize, Default)]
struct JobRow {
    job: String,
    state: String,
    operation: String,
    successful: u64,
    failed: u64,
    unprocessed: u64,
    successful_file: String,
    failed_file: String,
    unprocessed_file: String,
}

fn operation(o: OperationArg) -> Operation {
    match o {
        OperationArg::Insert => Operation::Insert,
        OperationArg::Update => Operation::Update,
        OperationArg::Upsert => Operation::Upsert,
        OperationArg::Delete => Operation::Delete,
        OperationArg::HardDelete => Operation::HardDelete,
    }
}

/// `<dir>/<input stem>-<job>-<kind>.csv`.
fn result_path(dir: &Path, input: &Path, job: &str, kind: &str) -> PathBuf {
    let stem = input
        .file_stem()
        .map_or_else(|| "import".into(), |s| s.to_string_lossy().into_owned());
    dir.join(format!("{stem}-{job}-{kind}.csv"))
}

pub fn run(ctx: &Context, args: ImportArgs) -> anyhow::Result<()> {
    let ImportArgs {
        object,
        file,
        operation: op,
        external_id,
        results,
        wait,
        dry_run,
        no_check,
        resume,
        map,
        conn,
    } = args;
    let op = operation(op);
    let mut header = ingest::read_header(&file).map_err(AppError::usage)?;
    // With --map, the header the org sees is the renamed one.
    let renamed = match &map {
        Some(m) => {
            let (columns, line) = header.renamed(&ingest::read_map(m).map_err(AppError::usage)?);
            header.columns = columns;
            Some(line)
        }
        None => None,
    };
    let results_dir = results.unwrap_or_else(|| {
        file.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    });
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "import")?;
    let describe = if no_check || resume.is_some() {
        Value::Null
    } else {
        let d = block_on(crate::salesforce::describe(&client, Some(&object)))?;
        let problems = ingest::check_header(&d, &header.columns, op, external_id.as_deref());
        if !problems.is_empty() {
            return Err(AppError::usage(format!(
                "{}: the org would refuse this file: {}",
                file.display(),
                problems.join("; ")
            ))
            .with_hint("atomctl sf describe OBJECT lists the fields; nothing was sent")
            .into());
        }
        d
    };
    if dry_run {
        let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
        for c in &header.columns {
            let f = describe
                .get("fields")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .find(|f| {
                    let name = f.get("name").and_then(Value::as_str).unwrap_or("");
                    let rel = f
                        .get("relationshipName")
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    name.eq_ignore_ascii_case(c)
                        || c.split_once('.')
                            .is_some_and(|(r, _)| r.eq_ignore_ascii_case(rel))
                });
            let text = |k: &str| {
                f.and_then(|f| f.get(k))
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned()
            };
            w.write(&PlanRow {
                column: c.clone(),
                field_type: text("type"),
                label: text("label"),
            })?;
        }
        w.finish()?.commit()?;
        ctx.globals.ui.info(format!(
            "dry run: a {} job on {object}, line ending {}{}; no job was created",
            op.api(),
            header.line_ending.api(),
            if header.skip > 0 {
                ", the byte-order mark left out"
            } else {
                ""
            }
        ));
        return Ok(());
    }
    let ui = &ctx.globals.ui;
    let outcome = block_on(async {
        let id = match resume {
            // Uploaded and closed by an earlier run: only the waiting is left.
            Some(id) => id,
            None => {
                let job = ingest::create_job(
                    &client,
                    &object,
                    op,
                    external_id.as_deref(),
                    header.line_ending,
                )
                .await?;
                ui.info(format!(
                    "job {} created (resume with --resume {}); uploading {}",
                    job.id,
                    job.id,
                    file.display()
                ));
                ingest::upload(&client, &job.id, &file, &header, renamed.as_deref()).await?;
                ingest::close(&client, &job.id).await?;
                job.id
            }
        };
        let done = ingest::wait(&client, &id, wait, |j| {
            tracing::debug!(state = %j.state, processed = ?j.number_records_processed, "polled");
        })
        .await?;
        let mut files = Vec::new();
        for kind in ["successfulResults", "failedResults", "unprocessedrecords"] {
            files.push(ingest::results(&client, &done.id, kind).await?);
        }
        Ok::<_, crate::salesforce::SfError>((done, files))
    });
    keep_renewed(ctx, &mut s, &client);
    let (job, files) = outcome?;
    let mut row = JobRow {
        job: job.id.clone(),
        state: job.state.clone(),
        operation: op.api().into(),
        ..Default::default()
    };
    for ((kind, bytes), (count, path)) in ["successful", "failed", "unprocessed"]
        .iter()
        .zip(&files)
        .zip([
            (&mut row.successful, &mut row.successful_file),
            (&mut row.failed, &mut row.failed_file),
            (&mut row.unprocessed, &mut row.unprocessed_file),
        ])
    {
        let dest = result_path(&results_dir, &file, &job.id, kind);
        crate::files::write_atomic(&dest, bytes, crate::files::Access::Ordinary)?;
        *count = ingest::count_rows(bytes);
        *path = dest.display().to_string();
    }
    ctx.count(row.successful);
    let missing = row.failed + row.unprocessed;
    let summary = format!(
        "job {}: {} successful, {} failed, {} unprocessed",
        row.job, row.successful, row.failed, row.unprocessed
    );
    let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
    w.write(&row)?;
    w.finish()?.commit()?;
    if missing > 0 {
        return Err(AppError::new(ExitKind::Partial, summary)
            .with_hint("the failed rows, with the org's error in sf__Error, are in the failed file")
            .into());
    }
    Ok(())
}
