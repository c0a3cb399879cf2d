use serde::Serialize;

use super::{Context, block_on, connect, keep_renewed};
use crate::cache::graph::Mode;
use crate::cache::{JobCounts, JobRecord, RunningJob};
use crate::cli::teams::SyncArgs;
use crate::commands::sync_lock;
use crate::graph::sync::{SyncOptions, sync_teams};
use crate::output::TypedRows;
use crate::settings::teams;

/// One row per table: what the run added, changed and removed.
#[derive(Serialize, Default)]
struct TableRow {
    table: &'static str,
    /// `full` (read whole) or `delta` (changes since the last run).
    mode: Mode,
    added: u64,
    modified: u64,
    deleted: u64,
    total: u64,
    committed: bool,
}

pub fn run(ctx: &Context, args: SyncArgs) -> anyhow::Result<()> {
    let SyncArgs {
        full,
        dry_run,
        no_wait,
        conn,
    } = args;
    let s = teams(&ctx.globals, &conn)?;
    let _lock = sync_lock(ctx, "teams", &s.profile_key, no_wait)?;
    let g = connect(ctx, &s, "sync")?;
    ctx.keeps_own_job();
    let cache = ctx.cache()?;
    let job = RunningJob::start(
        cache,
        JobRecord {
            source: "teams",
            command: "sync",
            profile: s.profile_key.clone(),
            target: s.graph_url.clone(),
            mode: match (dry_run, full) {
                (true, _) => "dry-run".into(),
                (false, true) => "full".into(),
                (false, false) => "delta".into(),
            },
        },
    )?;
    let progress = ctx.globals.ui.progress("teams", "teams");
    let outcome = block_on(sync_teams(
        &g,
        cache,
        &s.profile_key,
        SyncOptions { dry_run, full },
        &progress,
    ));
    progress.finish();
    keep_renewed(ctx, &s, &g);
    let summary = match outcome {
        Ok(summary) => summary,
        Err(e) => {
            job.finish(cache, JobCounts::default(), "failed", Some(e.to_string()))?;
            return Err(anyhow::Error::new(e)
                .context("teams sync failed; the cache is unchanged".to_owned()));
        }
    };
    let d = &summary.directory;
    let parts = [
        ("graph_users", d.users_mode, d.users),
        ("graph_groups", d.groups_mode, d.groups),
        ("graph_members", d.groups_mode, d.members),
        ("teams", Mode::Full, summary.teams),
        ("teams_channels", Mode::Full, summary.channels),
        ("teams_members", Mode::Full, summary.members),
    ];
    let total = parts.iter().fold(JobCounts::default(), |mut t, (_, _, c)| {
        t.added += c.added;
        t.modified += c.modified;
        t.deleted += c.deleted;
        t.total += c.total;
        t
    });
    ctx.count(total.total);
    job.finish(
        cache,
        total,
        "ok",
        Some(
            if dry_run {
                "dry run: nothing written"
            } else {
                "written"
            }
            .into(),
        ),
    )?;
    if ctx.globals.ui.is_quiet() {
        return Ok(());
    }
    let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
    for (table, mode, c) in parts {
        w.write(&TableRow {
            table,
            mode,
            added: c.added,
            modified: c.modified,
            deleted: c.deleted,
            total: c.total,
            committed: summary.committed,
        })?;
    }
    w.finish()?.commit()?;
    Ok(())
}
