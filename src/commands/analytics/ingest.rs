use std::io::{BufRead, BufReader, Read};

use super::Context;
use crate::analytics::ingest::{self, IngestError, InputFormat, Observer};
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
    bad: u64,
}

impl Observer for Report<'_> {
    fn progress(&mut self, events: u64) {
        self.progress.set_position(events);
    }

    fn bad_line(&mut self, line: u64, reason: &str) {
        self.bad += 1;
        if self.bad <= SHOW_BAD {
            self.ui.warn(format!("line {line}: {reason} (skipped)"));
        } else if self.bad == SHOW_BAD + 1 {
            self.ui.warn("more bad lines: only counted from here on");
        }
    }
}

pub fn run(ctx: &Context, a: IngestArgs) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    let reader: Box<dyn Read + Send> = if a.file == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(
            std::fs::File::open(&a.file)
                .map_err(|e| AppError::usage(format!("{}: {e}", a.file)))?,
        )
    };
    let mut input = BufReader::with_capacity(1 << 20, reader);
    let kind = match a.input_format {
        Some(InputFormatArg::Csv) => InputFormat::Csv,
        Some(InputFormatArg::Ndjson) => InputFormat::Ndjson,
        None => {
            let ext = std::path::Path::new(&a.file)
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            match ext.as_deref() {
                Some("csv") => InputFormat::Csv,
                Some("ndjson" | "jsonl" | "json") => InputFormat::Ndjson,
                _ => {
                    let head = input
                        .fill_buf()
                        .map_err(|e| AppError::usage(format!("{}: {e}", a.file)))?;
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
    let (_, profile, _) = ctx.globals.load_profile()?;
    ctx.touched(
        "analytics",
        "analytics ingest",
        profile.as_deref().unwrap_or(""),
        &a.file,
    );
    let mut cache = Cache::open(&ctx.globals.cache_path)?;
    let mut obs = Report {
        progress: ctx.globals.ui.progress("ingest", "events"),
        ui: &ctx.globals.ui,
        bad: 0,
    };
    // Bulk mode (index rebuilt at the end) for a first load or a big file; small, frequent
    // loads into a big table keep the index and skip the rebuild.
    let empty: bool = cache.conn.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM analytics_events)",
        [],
        |r| r.get(0),
    )?;
    let big = std::fs::metadata(&a.file).is_ok_and(|m| m.len() >= BULK_BYTES);
    let bulk = empty || (a.file != "-" && big);
    let summary = match ingest::ingest(&mut cache.conn, &mut input, kind, a.strict, bulk, &mut obs)
    {
        Ok(s) => s,
        Err(IngestError::Bad { line, reason }) => {
            return Err(AppError::usage(format!("line {line}: {reason}"))
                .with_hint("nothing was written (--strict); fix the line or drop --strict to skip bad lines")
                .into());
        }
        Err(IngestError::Input(m)) => {
            return Err(AppError::usage(format!("{}: {m}", a.file))
                .with_hint("nothing was written")
                .into());
        }
        Err(IngestError::Sql(e)) => return Err(AppError::failed(format!("the cache: {e}")).into()),
    };
    drop(obs);
    ctx.count(summary.added);
    // For cron, --quiet prints nothing when all went well (like the syncs).
    if ctx.globals.ui.is_quiet() && summary.bad == 0 {
        return Ok(());
    }
    let mut w = TypedRows::new(ctx.globals.sink()?, format);
    w.write(&summary)?;
    w.finish()?.commit()?;
    if summary.bad > 0 {
        return Err(AppError::new(
            ExitKind::Partial,
            format!(
                "{} bad line(s) skipped; the other events were loaded",
                summary.bad
            ),
        )
        .with_hint("--strict refuses the whole file instead")
        .into());
    }
    Ok(())
}
