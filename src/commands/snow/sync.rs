//! `snow sync TABLE…`: each table into `snow_<table>`, one after another, each its own
//! transaction; a summary row per table.

use serde::Serialize;

use super::{Context, connect};
use crate::cache::{JobCounts, JobRecord, RunningJob};
use crate::cli::snow::SyncArgs;
use crate::commands::{block_on, sync_lock};
use crate::output::TypedRows;
use crate::settings::snow as settings;
use crate::snow::sync::{SyncOptions, TableReport, sync_table};

/// One synced table in the report.
#[derive(Serialize, Default)]
struct TableRow {
    profile: String,
    /// The instance's table.
    table: String,
    /// The cache table that holds its records.
    cache_table: String,
    /// `full` (read whole) or `delta` (changed since the checkpoint).
    mode: &'static str,
    /// Where deletions came from: full, audit, reconcile, audit+reconcile or unknown.
    deletions: &'static str,
    added: u64,
    modified: u64,
    deleted: u64,
    /// Records read from the instance.
    read: u64,
    /// Rows the instance counted but row ACLs hid from this user.
    hidden: u64,
    committed: bool,
}

pub fn run(ctx: &Context, args: SyncArgs) -> anyhow::Result<()> {
    let SyncArgs {
        tables,
        full,
        reconcile,
        dry_run,
        no_wait,
        conn,
    } = args;
    let s = settings::snow(&ctx.globals, &conn)?;
    let profile = s.profile_key.clone();
    let _lock = sync_lock(ctx, "snow", &profile, no_wait)?;
    let snow = connect(ctx, &s, "sync")?;
    ctx.keeps_own_job();
    let cache = ctx.cache()?;
    let job = RunningJob::start(
        cache,
        JobRecord {
            source: "snow",
            command: "sync",
            profile: profile.clone(),
            target: format!("{} {}", s.base_url, tables.join(",")),
            mode: match (dry_run, full, reconcile) {
                (true, _, _) => "dry-run".into(),
                (false, true, _) => "full".into(),
                (false, false, true) => "reconcile".into(),
                (false, false, false) => "auto".into(),
            },
        },
    )?;
    let options = SyncOptions {
        full,
        reconcile,
        dry_run,
        page_size: s.page_size,
    };
    let mut reports: Vec<TableReport> = Vec::new();
    // Tables one after another, each its own run: a failure keeps the tables before it.
    let failure = block_on(async {
        for table in &tables {
            let progress = ctx.globals.ui.progress(table, "records");
            let r = sync_table(&snow, cache, &profile, table, options, &progress).await;
            progress.finish();
            match r {
                Ok(r) => reports.push(r),
                Err(e) => return Some((table.clone(), e)),
            }
        }
        None
    });
    super::keep(ctx, &s, &snow);
    let total = JobCounts::sum(reports.iter().map(|r| &r.counts));
    ctx.count(total.total);
    let ui = &ctx.globals.ui;
    for r in &reports {
        for w in &r.warnings {
            ui.warn(format!("{}: {w}", r.table));
        }
        if r.hidden > 0 {
            ui.warn(format!(
                "{}: the instance counted {} more rows than it let this user read: row-level ACLs hide them",
                r.table, r.hidden
            ));
        }
    }
    if let Some((table, e)) = failure {
        let done: Vec<&str> = reports.iter().map(|r| r.table.as_str()).collect();
        job.finish(cache, total, "failed", Some(format!("{table}: {e}")))?;
        let kept = match (done.is_empty(), dry_run) {
            (true, _) | (_, true) => String::new(),
            (false, false) => format!(" ({} synced before it and kept)", done.join(", ")),
        };
        return Err(anyhow::Error::new(e).context(format!(
            "snow sync of {table} failed; its cache table is unchanged{kept}"
        )));
    }
    let summary: Vec<String> = reports
        .iter()
        .map(|r| format!("{} {}", r.table, r.mode))
        .collect();
    let note = if dry_run {
        format!("dry run, nothing written: {}", summary.join(", "))
    } else {
        summary.join(", ")
    };
    job.finish(cache, total, "ok", Some(note))?;
    if ui.is_quiet() {
        return Ok(());
    }
    let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
    for r in reports {
        w.write(&TableRow {
            profile: profile.clone(),
            cache_table: crate::cache::snow::table_name(&r.table),
            table: r.table,
            mode: r.mode,
            deletions: r.deletions,
            added: r.counts.added,
            modified: r.counts.modified,
            deleted: r.counts.deleted,
            read: r.counts.total,
            hidden: r.hidden,
            committed: !dry_run,
        })?;
    }
    w.finish()?.commit()?;
    Ok(())
}
