use serde::Serialize;

use super::{Context, connect, keep_renewed};
use crate::cache::{JobCounts, JobRecord, RunningJob};
use crate::cli::sf::SyncArgs;
use crate::commands::{block_on, sync_lock};
use crate::output::TypedRows;
use crate::salesforce::sync::{ObjectReport, sync_object};
use crate::settings::salesforce;

pub fn run(ctx: &Context, args: SyncArgs) -> anyhow::Result<()> {
    let SyncArgs {
        objects,
        full,
        no_wait,
        conn,
    } = args;
    let format = ctx.globals.format();
    let mut s = salesforce(&ctx.globals, &conn)?;
    let profile = s.profile_key.clone();
    let _lock = sync_lock(ctx, "sf", &profile, no_wait)?;
    let client = connect(ctx, &s, "sync")?;
    ctx.keeps_own_job();
    let cache = ctx.cache()?;
    let job = JobRecord {
        source: "sf",
        command: "sync",
        profile: profile.clone(),
        target: format!("{} {}", s.client.instance_url, objects.join(",")),
        mode: if full { "full".into() } else { "auto".into() },
    };
    let job = RunningJob::start(cache, job)?;
    let mut reports: Vec<ObjectReport> = Vec::new();
    // Objects one after another, each its own run: a failure keeps the objects before it.
    let failure = block_on(async {
        for object in &objects {
            let progress = ctx.globals.ui.progress(object, "records");
            let r = sync_object(&client, cache, &profile, object, full, &progress).await;
            progress.finish();
            match r {
                Ok(r) => reports.push(r),
                Err(e) => return Some((object.clone(), e)),
            }
        }
        None
    });
    keep_renewed(ctx, &mut s, &client);
    let total = JobCounts::sum(reports.iter().map(|r| &r.counts));
    ctx.count(total.total);
    if let Some((object, e)) = failure {
        let done: Vec<&str> = reports.iter().map(|r| r.object.as_str()).collect();
        let msg = format!("{object}: {e}");
        job.finish(cache, total, "failed", Some(msg))?;
        let kept = if done.is_empty() {
            String::new()
        } else {
            format!(" ({} synced before it and kept)", done.join(", "))
        };
        return Err(anyhow::Error::new(e).context(format!(
            "sf sync of {object} failed; its table is unchanged{kept}"
        )));
    }
    let summary: Vec<String> = reports
        .iter()
        .map(|r| format!("{} {}", r.object, r.mode))
        .collect();
    job.finish(cache, total, "ok", Some(summary.join(", ")))?;
    for r in &reports {
        if let Some(why) = &r.reason {
            ctx.globals
                .ui
                .warn(format!("{}: full resync: {why}", r.object));
        }
    }
    if ctx.globals.ui.is_quiet() {
        return Ok(());
    }
    let mut w = TypedRows::new(ctx.globals.sink()?, format);
    for r in &reports {
        w.write(&ObjectRow {
            profile: profile.clone(),
            table: crate::cache::sf::table_name(&r.object),
            object: r.object.clone(),
            mode: r.mode,
            added: r.counts.added,
            modified: r.counts.modified,
            deleted: r.counts.deleted,
            read: r.counts.total,
        })?;
    }
    w.finish()?.commit()?;
    Ok(())
}

/// One synced object in the report.
#[derive(Serialize, Default)]
struct ObjectRow {
    profile: String,
    object: String,
    /// The cache table that holds its records.
    table: String,
    mode: &'static str,
    added: u64,
    modified: u64,
    deleted: u64,
    /// Records read from the org.
    read: u64,
}
