//! `sf import OBJECT FILE --operation …`: the header checked against describe (`--dry-run`
//! stops there and shows the plan), the records cut into jobs that fit the upload limit,
//! then each Bulk API 2.0 ingest job created, its part of the file streamed up, closed,
//! polled, and its successful, failed and unprocessed results written as CSV files. A row
//! the org did not confirm is never counted as done: any failed or unprocessed row is
//! exit 4, a job that failed as a whole exit 1.

use std::cell::RefCell;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::{Context, connect, keep_renewed};
use crate::cli::sf::{DelimiterArg, ImportArgs, OperationArg};
use crate::commands::block_on;
use crate::error::{AppError, ExitKind};
use crate::output::TypedRows;
use crate::salesforce::bulk::JobInfo;
use crate::salesforce::ingest::{self, Chunk, Delimiter, Header, Operation};
use crate::salesforce::{Client, SfError};
use crate::settings::salesforce;

/// One header column and what the org will do with it.
#[derive(Serialize, Default)]
struct PlanRow {
    column: String,
    /// The field's type from describe (`reference` for a parent by external id).
    field_type: String,
    label: String,
}

/// What one job did.
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
fn result_path(dir: &Path, stem: &str, job: &str, kind: &str) -> PathBuf {
    dir.join(format!("{stem}-{job}-{kind}.csv"))
}

/// The file to upload from: the input itself, or a private copy (stdin, which can be read
/// once but may have to be sent twice, or the input with `--null-text` cells rewritten).
struct Source {
    path: PathBuf,
    _spool: Option<tempfile::NamedTempFile>,
}

fn source(
    file: &Path,
    delimiter: Option<Delimiter>,
    null_text: Option<&str>,
) -> anyhow::Result<(Source, Header)> {
    let spool = |fill: &mut dyn FnMut(&mut std::fs::File) -> Result<(), String>| {
        let mut t = tempfile::NamedTempFile::new()
            .map_err(|e| AppError::failed(format!("cannot make a spool file: {e}")))?;
        fill(t.as_file_mut()).map_err(AppError::usage)?;
        Ok::<_, AppError>(t)
    };
    let mut src = if file == Path::new("-") {
        let t = spool(&mut |f| {
            std::io::copy(&mut std::io::stdin().lock(), f)
                .map(drop)
                .map_err(|e| format!("reading stdin: {e}"))
        })?;
        Source {
            path: t.path().to_owned(),
            _spool: Some(t),
        }
    } else {
        Source {
            path: file.to_owned(),
            _spool: None,
        }
    };
    let header = ingest::read_header(&src.path, delimiter).map_err(AppError::usage)?;
    let Some(null_text) = null_text else {
        return Ok((src, header));
    };
    let t = spool(&mut |f| ingest::rewrite_nulls(&src.path, &header, f, null_text))?;
    src = Source {
        path: t.path().to_owned(),
        _spool: Some(t),
    };
    let header = ingest::read_header(&src.path, Some(header.delimiter)).map_err(AppError::usage)?;
    Ok((src, header))
}

/// The header checked against describe (and the parents' describes): the describe, or
/// Null when the check is skipped.
fn check(
    client: &Client,
    file: &Path,
    object: &str,
    header: &Header,
    op: Operation,
    external_id: Option<&str>,
    skip: bool,
) -> anyhow::Result<Value> {
    if skip {
        return Ok(Value::Null);
    }
    let d = block_on(crate::salesforce::describe(client, Some(object)))?;
    let problems = block_on(ingest::check_columns(
        client,
        &d,
        &header.columns,
        op,
        external_id,
    ))?;
    if !problems.is_empty() {
        return Err(AppError::usage(format!(
            "{}: the org would refuse this file: {}",
            file.display(),
            problems.join("; ")
        ))
        .with_hint("atomctl sf describe OBJECT lists the fields; nothing was sent")
        .into());
    }
    Ok(d)
}

/// Where each job stands, for a Ctrl-C: a job still `Open` never starts (its upload is not
/// complete); a closed one runs on in the org whatever happens here.
#[derive(Default)]
struct Started {
    jobs: Vec<(String, bool)>,
}

impl Started {
    fn ids(&self) -> Vec<String> {
        self.jobs.iter().map(|(id, _)| id.clone()).collect()
    }
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
        null_text,
        delimiter,
        rows_per_job,
        resume,
        map,
        conn,
    } = args;
    let op = operation(op);
    let delimiter = delimiter.map(|d| match d {
        DelimiterArg::Comma => Delimiter::Comma,
        DelimiterArg::Semicolon => Delimiter::Semicolon,
        DelimiterArg::Tab => Delimiter::Tab,
        DelimiterArg::Pipe => Delimiter::Pipe,
        DelimiterArg::Caret => Delimiter::Caret,
        DelimiterArg::Backquote => Delimiter::Backquote,
    });
    let (src, mut header) = source(&file, delimiter, null_text.as_deref())?;
    // With --map, the header the org sees is the renamed one.
    if let Some(m) = &map {
        let (columns, line) = header.renamed(&ingest::read_map(m).map_err(AppError::usage)?);
        header.columns = columns;
        header.line = line;
    }
    let stdin = file == Path::new("-");
    let results_dir = results.unwrap_or_else(|| {
        file.parent()
            .filter(|p| !p.as_os_str().is_empty() && !stdin)
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    });
    let stem = match file.file_stem() {
        Some(s) if !stdin => s.to_string_lossy().into_owned(),
        _ => "import".into(),
    };
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "import")?;
    // The file is read through (to cut it into jobs) while describe is on the network.
    let (chunks, describe) = std::thread::scope(|scope| {
        let plan = scope.spawn(|| {
            if !resume.is_empty() {
                return Ok(Vec::new());
            }
            let chunks = ingest::plan(
                &src.path,
                &header,
                header.line.len() as u64,
                ingest::UPLOAD_LIMIT,
                rows_per_job.unwrap_or(u64::MAX),
            )
            .map_err(AppError::usage)?;
            if chunks.is_empty() {
                return Err(AppError::usage(format!(
                    "{}: no records to send",
                    file.display()
                )));
            }
            Ok(chunks)
        });
        let describe = check(
            &client,
            &file,
            &object,
            &header,
            op,
            external_id.as_deref(),
            no_check || !resume.is_empty(),
        );
        let chunks = plan.join().expect("the plan does not panic");
        Ok::<_, anyhow::Error>((chunks?, describe?))
    })?;
    if dry_run {
        return show_plan(ctx, &object, op, &header, &describe, &chunks);
    }
    std::fs::create_dir_all(&results_dir)
        .map_err(|e| AppError::failed(format!("{}: {e}", results_dir.display())))?;
    let ui = &ctx.globals.ui;
    let started = RefCell::new(Started {
        jobs: resume.iter().map(|id| (id.clone(), true)).collect(),
    });
    let work = async {
        for (n, chunk) in chunks.iter().enumerate() {
            let bar = ui.progress(
                &format!("uploading job {} of {}", n + 1, chunks.len()),
                "bytes",
            );
            let id = submit(
                &client,
                &object,
                op,
                external_id.as_deref(),
                &header,
                &src.path,
                *chunk,
                &started,
                &bar,
            )
            .await;
            bar.finish();
            let id = id?;
            ui.info(format!(
                "job {id} ({} of {}, {} records) uploaded and closed",
                n + 1,
                chunks.len(),
                chunk.rows
            ));
        }
        let ids = started.borrow().ids();
        let progress = ui.progress(&format!("{} {object}", op.api()), "records");
        let mut done = Vec::new();
        let mut before = 0; // records processed by the jobs already done
        let mut commits = Commits::new();
        for (n, id) in ids.iter().enumerate() {
            let rows = chunks.get(n).map(|c| c.rows);
            let job = ingest::wait(&client, id, wait, rows, |j| {
                progress.set_message(&format!("{} {object}: job {id} {}", op.api(), j.state));
                progress.set_position(before + j.number_records_processed.unwrap_or(0));
            })
            .await
            .map_err(|e| resume_hint(e, &ids))?;
            before += job.number_records_processed.unwrap_or(0);
            let files = fetch_results(&client, &job, &results_dir, &stem, &mut commits).await?;
            done.push((job, files));
        }
        for c in commits {
            c.await??;
        }
        progress.finish();
        Ok::<_, anyhow::Error>(done)
    };
    let outcome = block_on(async {
        tokio::select! {
            r = work => Some(r),
            _ = tokio::signal::ctrl_c() => None,
        }
    });
    keep_renewed(ctx, &mut s, &client);
    // The audit row names the jobs whatever happens next; a report adds the counts.
    let jobs = started.borrow().ids();
    ctx.audit_detail(format!("{object} {}: jobs {}", op.api(), jobs.join(",")));
    let Some(outcome) = outcome else {
        return interrupted(ctx, &client, &started.into_inner());
    };
    report(
        ctx,
        &object,
        op,
        outcome?,
        chunks.iter().map(|c| c.rows).sum(),
    )
}

/// `--dry-run`: each column with the field it sets, and the jobs the file would make.
fn show_plan(
    ctx: &Context,
    object: &str,
    op: Operation,
    header: &Header,
    describe: &Value,
    chunks: &[Chunk],
) -> anyhow::Result<()> {
    let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
    for c in &header.columns {
        let f = ingest::column_field(describe, c);
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
    let records: u64 = chunks.iter().map(|c| c.rows).sum();
    ctx.globals.ui.info(format!(
        "dry run: {records} records in {} {} job(s) on {object}, delimiter {}, line ending {}{}; no job was created",
        chunks.len(),
        op.api(),
        header.delimiter.api(),
        header.line_ending.api(),
        if header.skip > 0 {
            ", the byte-order mark left out"
        } else {
            ""
        }
    ));
    Ok(())
}

/// Ctrl-C. At a terminal the user decides whether the jobs are aborted; elsewhere (cron, a
/// pipeline) jobs whose upload was cut off are aborted, since they can never run, and
/// closed ones are left to run. Either way the message says what is left and how to pick
/// it up.
fn interrupted(ctx: &Context, client: &Client, started: &Started) -> anyhow::Result<()> {
    let ui = &ctx.globals.ui;
    let ids = |closed: bool| -> Vec<&str> {
        started
            .jobs
            .iter()
            .filter(|(_, c)| *c == closed)
            .map(|(id, _)| id.as_str())
            .collect()
    };
    let (closed, open) = (ids(true), ids(false));
    let ask =
        !closed.is_empty() && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let abort_closed = ask && {
        ui.info(format!(
            "interrupted. Abort job(s) {} in the org? Rows already processed stay done. [y/N] ",
            closed.join(", ")
        ));
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer).is_ok()
            && matches!(answer.trim(), "y" | "Y" | "yes")
    };
    let to_abort: Vec<&str> = if abort_closed {
        started.jobs.iter().map(|(id, _)| id.as_str()).collect()
    } else {
        open.clone()
    };
    for id in &to_abort {
        if let Err(e) = block_on(ingest::abort(client, id)) {
            ui.warn(format!("job {id} could not be aborted: {e}"));
        }
    }
    let message = match (abort_closed, closed.is_empty()) {
        (true, _) | (false, true) => format!(
            "interrupted; {} aborted",
            if to_abort.is_empty() {
                "no job was created, nothing".to_owned()
            } else {
                format!("job(s) {}", to_abort.join(", "))
            }
        ),
        (false, false) if open.is_empty() => format!(
            "interrupted; job(s) {} run on in the org",
            closed.join(", ")
        ),
        (false, false) => format!(
            "interrupted; job(s) {} run on in the org; job(s) {} (upload cut off) aborted",
            closed.join(", "),
            open.join(", ")
        ),
    };
    let mut err = AppError::new(ExitKind::Interrupted, message);
    if !abort_closed && !closed.is_empty() {
        err = err.with_hint(format!(
            "their results: atomctl sf import … --resume {}",
            closed.join(",")
        ));
    }
    Err(err.into())
}

/// Create one job, upload its chunk and close it. The job is noted as started as soon as
/// it exists, so an interruption knows about it.
#[allow(clippy::too_many_arguments)] // one job's worth of the command's settings
async fn submit(
    client: &Client,
    object: &str,
    op: Operation,
    external_id: Option<&str>,
    header: &Header,
    path: &Path,
    chunk: Chunk,
    started: &RefCell<Started>,
    progress: &crate::output::Progress,
) -> anyhow::Result<String> {
    let job = ingest::create_job(client, object, op, external_id, header).await?;
    started.borrow_mut().jobs.push((job.id.clone(), false));
    let bar = progress.clone();
    let sent = async {
        ingest::upload(
            client,
            &job.id,
            path,
            &header.line,
            chunk,
            std::sync::Arc::new(move |n| bar.inc(n)),
        )
        .await?;
        ingest::close(client, &job.id).await
    }
    .await;
    if let Err(e) = sent {
        // Nothing of this job can run; the jobs before it are closed and do run.
        let _ = ingest::abort(client, &job.id).await;
        started.borrow_mut().jobs.pop();
        let earlier = started.borrow().ids();
        let mut context = format!("job {} was aborted: nothing of it was processed", job.id);
        if !earlier.is_empty() {
            context.push_str(&format!(
                ". The jobs before it were sent and run in the org; their results: \
                 --resume {}",
                earlier.join(",")
            ));
        }
        return Err(anyhow::Error::from(e).context(context));
    }
    started
        .borrow_mut()
        .jobs
        .last_mut()
        .expect("pushed above")
        .1 = true;
    Ok(job.id)
}

/// A job still running past `--wait`: the error names every job of the run to resume.
fn resume_hint(e: SfError, ids: &[String]) -> anyhow::Error {
    match e {
        SfError::Unavailable { last, .. } if last.contains("--resume") && ids.len() > 1 => {
            AppError::new(ExitKind::Unavailable, last)
                .with_hint(format!(
                    "pick up all of this run's jobs with --resume {}",
                    ids.join(",")
                ))
                .into()
        }
        e => e.into(),
    }
}

/// Result files whose data is being synced to disk before they take their names.
type Commits = Vec<tokio::task::JoinHandle<std::io::Result<()>>>;

/// The job's three result files, written as they arrive, and their row counts. Each lands
/// in one atomic step; that step (a sync of up to 100 MB) runs on the side while the next
/// file or job is fetched, and `commits` is awaited before the run reports.
async fn fetch_results(
    client: &Client,
    job: &JobInfo,
    dir: &Path,
    stem: &str,
    commits: &mut Commits,
) -> anyhow::Result<[(u64, PathBuf); 3]> {
    let mut out: [(u64, PathBuf); 3] = Default::default();
    for (slot, (kind, which)) in out.iter_mut().zip([
        ("successful", "successfulResults"),
        ("failed", "failedResults"),
        ("unprocessed", "unprocessedrecords"),
    ]) {
        let dest = result_path(dir, stem, &job.id, kind);
        let mut f = crate::files::AtomicFile::create(&dest, crate::files::Access::Ordinary)
            .map_err(|e| AppError::failed(format!("{}: {e}", dest.display())))?;
        let rows = ingest::results(client, &job.id, which, f.file()).await?;
        commits.push(tokio::task::spawn_blocking(move || f.commit()));
        *slot = (rows, dest);
    }
    Ok(out)
}

/// One row per job; exit 1 for a job that failed as a whole, 4 for any row not confirmed.
fn report(
    ctx: &Context,
    object: &str,
    op: Operation,
    done: Vec<(JobInfo, [(u64, PathBuf); 3])>,
    planned: u64,
) -> anyhow::Result<()> {
    let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
    let (mut ok, mut missing, mut accounted) = (0, 0, 0);
    let mut failed_jobs = Vec::new();
    for (job, [s, f, u]) in &done {
        let row = JobRow {
            job: job.id.clone(),
            state: job.state.clone(),
            operation: op.api().into(),
            successful: s.0,
            failed: f.0,
            unprocessed: u.0,
            successful_file: s.1.display().to_string(),
            failed_file: f.1.display().to_string(),
            unprocessed_file: u.1.display().to_string(),
        };
        ok += row.successful;
        missing += row.failed + row.unprocessed;
        accounted += row.successful + row.failed + row.unprocessed;
        if job.state != "JobComplete" {
            failed_jobs.push(format!(
                "job {} {}: {}",
                job.id,
                job.state.to_ascii_lowercase(),
                job.error_message.as_deref().unwrap_or("no reason given")
            ));
        }
        w.write(&row)?;
    }
    w.finish()?.commit()?;
    ctx.count(ok);
    let jobs: Vec<&str> = done.iter().map(|(j, _)| j.id.as_str()).collect();
    ctx.audit_detail(format!(
        "{object} {}: {ok} successful, {missing} failed or unprocessed; jobs {}",
        op.api(),
        jobs.join(",")
    ));
    let summary = format!("{ok} successful, {missing} not confirmed");
    if !failed_jobs.is_empty() {
        return Err(AppError::failed(format!("{}; {summary}", failed_jobs.join("; ")))
            .with_hint("its rows are in the unprocessed and failed files; nothing else of the job was done")
            .into());
    }
    // The org's three files must account for every record sent (`planned` is 0 on resume).
    if planned > 0 && accounted < planned {
        return Err(AppError::new(
            ExitKind::Partial,
            format!(
                "the org's results account for {accounted} of the {planned} records sent; {summary}"
            ),
        )
        .into());
    }
    if missing > 0 {
        return Err(AppError::new(ExitKind::Partial, summary)
            .with_hint(
                "the failed rows, with the org's error in sf__Error, are in the failed files",
            )
            .into());
    }
    Ok(())
}
