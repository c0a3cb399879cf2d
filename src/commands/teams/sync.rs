use serde::Serialize;

use super::{Context, block_on, connect, keep_renewed};
use crate::cache::{JobCounts, JobRecord, RunningJob};
use crate::cli::teams::SyncArgs;
use crate::commands::sync_lock;
use crate::graph::sync::sync_teams;
use crate::output::TypedRows;
use crate::settings::teams;

/// One row per table: what the run added, changed and removed.
#[derive(Serialize, Default)]
struct TableRow {
    table: &'static str,
    added: u64,
    modified: u64,
    deleted: u64,
    total: u64,
    committed: bool,
}

pub fn run(ctx: &Context, args: SyncArgs) -> anyhow::Result<()> {
    let SyncArgs {
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
            mode: if dry_run {
                "dry-run".into()
            } else {
                "full".into()
            },
        },
    )?;
    let progress = ctx.globals.ui.progress("teams", "teams");
    let outcome = block_on(sync_teams(&g, cache, &s.profile_key, dry_run, &progress));
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
    let parts = [
        ("teams", summary.teams),
        ("teams_channels", summary.channels),
        ("teams_members", summary.members),
    ];
    let total = parts.iter().fold(JobCounts::default(), |mut t, (_, c)| {
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
    for (table, c) in parts {
        w.write(&TableRow {
            table,
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
