use std::time::Instant;

use serde_json::json;

use super::Context;
use crate::cache::{Cache, JobCounts, JobRecord, finish_job, start_job};
use crate::cli::ldap::SyncArgs;
use crate::error::AppError;
use crate::ldap::Directory;
use crate::ldap::sync::{SyncPlan, SyncReport};
use crate::output::{ROW_FORMATS, RowWriter, TableLayout};

pub fn run(ctx: &Context, args: SyncArgs) -> anyhow::Result<()> {
    let SyncArgs {
        conn,
        full,
        dry_run,
        no_wait,
    } = args;
    let settings = crate::settings::ldap(&ctx.globals, &conn)?;
    let format = ctx.globals.format().require(ROW_FORMATS, "a sync report")?;
    let ui = &ctx.globals.ui;
    let cache_path = ctx.globals.cache_path.clone();
    let profile = settings.profile_key.clone();

    let _lock = super::super::sync_lock(ctx, "ldap", &profile, no_wait)?;

    let mut cache = Cache::open(&cache_path).map_err(AppError::from)?;
    let previous = crate::cache::ldap::load_state(&cache.conn, &profile)?;
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
    let job_id = start_job(&cache.conn, &job)?;
    let started = Instant::now();

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
        let report =
            crate::ldap::sync::run(&mut dir, &cache_path, &plan, previous, &progress).await?;
        dir.unbind().await;
        Ok::<SyncReport, anyhow::Error>(report)
    });
    progress.finish();

    // The job row is written on its own connection state: the sync's transaction is done.
    cache = Cache::open(&cache_path)
        .map_err(AppError::from)
        .unwrap_or(cache);
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            let msg = e
                .chain()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(": ");
            finish_job(
                &cache.conn,
                job_id,
                started,
                JobCounts::default(),
                "failed",
                Some(&msg),
            )?;
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
    finish_job(&cache.conn, job_id, started, counts, "ok", Some(&message))?;
    for w in &report.warnings {
        ui.warn(w);
    }
    if ui.is_quiet() {
        return Ok(());
    }
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        format,
        [
            "profile",
            "mode",
            "method",
            "dry_run",
            "added",
            "modified",
            "deleted",
            "total",
            "groups_refetched",
            "duration_ms",
            "sample_added",
            "sample_modified",
            "sample_deleted",
        ]
        .map(String::from)
        .to_vec(),
    )
    .layout(TableLayout::Vertical)
    .separator("\n");
    w.write_row(&[
        json!(report.profile),
        json!(report.mode),
        json!(report.method),
        json!(report.dry_run),
        json!(c.added),
        json!(c.modified),
        json!(c.deleted),
        json!(c.total),
        json!(report.groups_refetched),
        json!(started.elapsed().as_millis() as u64),
        json!(c.sample_added),
        json!(c.sample_modified),
        json!(c.sample_deleted),
    ])?;
    w.finish()?.commit()?;
    Ok(())
}
