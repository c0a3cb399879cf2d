use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use super::Context;
use crate::analytics::ingest::{self, IngestError, InputFormat, Observer, Summary};
use crate::cache::Cache;
use crate::cli::analytics::{IngestArgs, InputFormatArg};
use crate::error::{AppError, ExitKind};
use crate::output::{Progress, TypedRows};

/// Files this large are loaded in bulk mode (see `ingest::ingest`).
const BULK_BYTES: u64 = 16 << 20;

/// Bad lines shown one by one before the rest are only counted.
const SHOW_BAD: u64 = 20;

struct Report<'a> {
    progress: Progress,
    ui: &'a crate::output::Ui,
    file: &'a str,
    bad: u64,
}

impl Observer for Report<'_> {
    fn progress(&mut self, events: u64) {
        self.progress.set_position(events);
    }

    fn bad_line(&mut self, line: u64, reason: &str) {
        self.bad += 1;
        if self.bad <= SHOW_BAD {
            self.ui
                .warn(format!("{} line {line}: {reason} (skipped)", self.file));
        } else if self.bad == SHOW_BAD + 1 {
            self.ui.warn(format!(
                "{}: more bad lines: only counted from here on",
                self.file
            ));
        }
    }
}

/// One file's outcome: the summary row.
#[derive(Default, serde::Serialize)]
struct FileSummary {
    file: String,
    read: u64,
    added: u64,
    duplicates: u64,
    bad: u64,
}

pub fn run(ctx: &Context, a: IngestArgs) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    let files = inputs(&a.files, a.skip_missing, &ctx.globals.ui)?;
    let (_, profile, _) = ctx.globals.load_profile()?;
    ctx.touched(
        "analytics",
        "analytics ingest",
        profile.as_deref().unwrap_or(""),
        &files.join(" "),
    );
    let mut cache = Cache::open(&ctx.globals.cache_path)?;
    let mut done: Vec<(&str, Summary)> = Vec::new();
    for (n, file) in files.iter().enumerate() {
        match ingest_file(ctx, &mut cache, file, &a) {
            Ok(s) => done.push((file, s)),
            Err(e) => {
                // Each file is its own transaction: say which are in and which is not.
                let loaded: Vec<&str> = done.iter().map(|(f, _)| *f).collect();
                let e = match loaded.is_empty() {
                    true => e,
                    false => e.context(format!(
                        "{} loaded before it; {} not read",
                        loaded.join(", "),
                        match files.len() - n - 1 {
                            0 => "nothing".to_owned(),
                            k => format!("{k} file(s) after it"),
                        }
                    )),
                };
                return Err(e);
            }
        }
    }
    ctx.count(done.iter().map(|(_, s)| s.added).sum());
    let bad: u64 = done.iter().map(|(_, s)| s.bad).sum();
    // For cron, --quiet prints nothing when all went well (like the syncs).
    if ctx.globals.ui.is_quiet() && bad == 0 {
        return Ok(());
    }
    let mut w = TypedRows::new(ctx.globals.sink()?, format);
    for (file, s) in &done {
        w.write(&FileSummary {
            file: file.to_string(),
            read: s.read,
            added: s.added,
            duplicates: s.duplicates,
            bad: s.bad,
        })?;
    }
    w.finish()?.commit()?;
    if bad > 0 {
        return Err(AppError::new(
            ExitKind::Partial,
            format!("{bad} bad line(s) skipped; the other events were loaded"),
        )
        .with_hint("--strict refuses the whole file instead")
        .into());
    }
    Ok(())
}

/// The files to read, in order, each once: globs expanded (sorted), missing files refused
/// unless `skip_missing`. A name that exists is never taken as a glob.
fn inputs(
    args: &[String],
    skip_missing: bool,
    ui: &crate::output::Ui,
) -> Result<Vec<String>, AppError> {
    let mut files: Vec<String> = Vec::new();
    let mut add = |f: String| {
        if !files.contains(&f) {
            files.push(f);
        }
    };
    for arg in args {
        if arg == "-" || Path::new(arg).exists() {
            add(arg.clone());
            continue;
        }
        if arg.contains(['*', '?', '[']) {
            let matches = glob::glob(arg).map_err(|e| {
                AppError::usage(format!("`{arg}` is not a valid glob: {e}"))
                    .with_hint("quote the pattern so the shell passes it on: 'events-*.ndjson'")
            })?;
            let mut found: Vec<String> = matches
                .filter_map(Result::ok)
                .filter(|p| p.is_file())
                .map(|p| p.display().to_string())
                .collect();
            found.sort();
            if found.is_empty() && !skip_missing {
                return Err(AppError::usage(format!("no file matches `{arg}`"))
                    .with_hint("--skip-missing ingests what there is and skips the rest"));
            }
            found.into_iter().for_each(&mut add);
            continue;
        }
        if skip_missing {
            ui.detail(format!("{arg}: no such file (skipped)"));
            continue;
        }
        return Err(AppError::usage(format!("{arg}: no such file"))
            .with_hint("--skip-missing skips files that do not exist yet"));
    }
    if files.iter().any(|f| f == "-") && files.len() > 1 {
        return Err(AppError::usage("stdin (-) cannot be read beside files")
            .with_hint("name the files, or pipe them all: cat a.ndjson b.ndjson | atomctl analytics ingest -"));
    }
    Ok(files)
}

fn ingest_file(
    ctx: &Context,
    cache: &mut Cache,
    file: &str,
    a: &IngestArgs,
) -> anyhow::Result<Summary> {
    let reader: Box<dyn Read + Send> = if file == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(file).map_err(|e| AppError::usage(format!("{file}: {e}")))?)
    };
    let mut input = BufReader::with_capacity(1 << 20, reader);
    let kind = match a.input_format {
        Some(InputFormatArg::Csv) => InputFormat::Csv,
        Some(InputFormatArg::Ndjson) => InputFormat::Ndjson,
        None => {
            let ext = Path::new(file)
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            match ext.as_deref() {
                Some("csv") => InputFormat::Csv,
                Some("ndjson" | "jsonl" | "json") => InputFormat::Ndjson,
                _ => {
                    let head = input
                        .fill_buf()
                        .map_err(|e| AppError::usage(format!("{file}: {e}")))?;
                    let first = head.iter().find(|b| !b.is_ascii_whitespace());
                    if first == Some(&b'{') {
                        InputFormat::Ndjson
                    } else {
                        InputFormat::Csv
                    }
                }
            }
        }
    };
    let mut obs = Report {
        progress: ctx.globals.ui.progress(&format!("ingest {file}"), "events"),
        ui: &ctx.globals.ui,
        file,
        bad: 0,
    };
    // Bulk mode (index rebuilt at the end) for a first load or a big file; small, frequent
    // loads into a big table keep the index and skip the rebuild.
    let empty: bool = cache.conn.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM analytics_events)",
        [],
        |r| r.get(0),
    )?;
    let big = std::fs::metadata(file).is_ok_and(|m| m.len() >= BULK_BYTES);
    let bulk = empty || (file != "-" && big);
    match ingest::ingest(&mut cache.conn, &mut input, kind, a.strict, bulk, &mut obs) {
        Ok(s) => Ok(s),
        Err(IngestError::Bad { line, reason }) => Err(AppError::usage(format!(
            "{file} line {line}: {reason}"
        ))
        .with_hint(
            "nothing of this file was written (--strict); fix the line or drop --strict to skip bad lines",
        )
        .into()),
        Err(IngestError::Input(m)) => Err(AppError::usage(format!("{file}: {m}"))
            .with_hint("nothing of this file was written")
            .into()),
        Err(IngestError::Sql(e)) => Err(AppError::failed(format!("the cache: {e}")).into()),
    }
}
