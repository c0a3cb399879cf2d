use serde::Serialize;

use super::Context;
use crate::cache::{JobCounts, JobRecord, RunningJob};
use crate::cli::ldap::SyncArgs;
use crate::ldap::Directory;
use crate::ldap::sync::{SyncPlan, SyncReport};
use crate::output::{TableLayout, TypedRows};

pub fn run(ctx: &Context, args: SyncArgs) -> anyhow::Result<()> {
    let SyncArgs {
        conn,
        full,
        dry_run,
        no_wait,
    } = args;
    let settings = crate::settings::ldap(&ctx.globals, &conn)?;
    let format = ctx.globals.format();
    let ui = &ctx.globals.ui;
    let profile = settings.profile_key.clone();

    let _lock = super::super::sync_lock(ctx, "ldap", &profile, no_wait)?;

    let cache = ctx.cache()?;
    let previous = {
        let profile = profile.clone();
        cache.call_blocking(move |c| Ok(crate::cache::ldap::load_state(c, &profile)?))?
    };
    ctx.touched("ldap", "sync", &profile, &settings.conn.urls.join(" "));
    ctx.keeps_own_job();
    let mode = if dry_run {
        "dry-run"
    } else if full || previous.is_none() {
        "full"
    } else {
        "delta"
    };
    let job = JobRecord {
        source: "ldap",
        command: "sync",
        profile: profile.clone(),
        target: settings.conn.urls.join(" "),
        mode: mode.into(),
    };
    let job = RunningJob::start(cache, job)?;

    let plan = SyncPlan {
        profile: profile.clone(),
        full,
        dry_run,
        user_filter: settings.user_filter.clone(),
        group_filter: settings.group_filter.clone(),
        page_size: settings.page_size,
    };
    let progress = ui.progress(if dry_run { "checking" } else { "syncing" }, "entries");
    let result = super::super::block_on(async {
        let mut dir = Directory::connect(&settings.conn).await?;
        ui.detail(format!(
            "connected to {} ({}), base {}",
            dir.url,
            dir.kind.name(),
            dir.base
        ));
        let report = crate::ldap::sync::run(&mut dir, cache, &plan, previous, &progress).await?;
        dir.unbind().await;
        Ok::<SyncReport, anyhow::Error>(report)
    });
    progress.finish();

    let report = match result {
        Ok(r) => r,
        Err(e) => {
            let msg = e
                .chain()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(": ");
            job.finish(cache, JobCounts::default(), "failed", Some(msg))?;
            return Err(e.context(format!(
                "ldap sync of profile `{profile}` failed; the cache is unchanged"
            )));
        }
    };
    let c = &report.changes;
    let counts = JobCounts {
        added: c.added,
        modified: c.modified,
        deleted: c.deleted,
        total: c.total,
    };
    let message = format!("{} via {}", report.mode, report.method);
    let elapsed = job.elapsed();
    job.finish(cache, counts, "ok", Some(message))?;
    for w in &report.warnings {
        ui.warn(w);
    }
    if ui.is_quiet() {
        return Ok(());
    }
    let mut w = TypedRows::new(ctx.globals.sink()?, format)
        .layout(TableLayout::Vertical)
        .separator("\n");
    w.write(&SyncRow {
        profile: report.profile,
        mode: report.mode,
        method: report.method,
        dry_run: report.dry_run,
        added: c.added,
        modified: c.modified,
        deleted: c.deleted,
        total: c.total,
        groups_refetched: report.groups_refetched,
        duration_ms: elapsed.as_millis() as u64,
        sample_added: report.changes.sample_added,
        sample_modified: report.changes.sample_modified,
        sample_deleted: report.changes.sample_deleted,
    })?;
    w.finish()?.commit()?;
    Ok(())
}

/// The report of one sync, a row for people (vertical table) and programs.
#[derive(Serialize, Default)]
struct SyncRow {
    profile: String,
    mode: &'static str,
    method: &'static str,
    dry_run: bool,
    added: u64,
    modified: u64,
    deleted: u64,
    total: u64,
    groups_refetched: usize,
    duration_ms: u64,
    /// A few DNs of each kind of change.
    sample_added: Vec<String>,
    sample_modified: Vec<String>,
    sample_deleted: Vec<String>,
}
