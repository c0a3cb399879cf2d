use serde::Serialize;

use super::{Context, block_on, connect, keep_renewed};
use crate::cache::graph::Mode;
use crate::cache::{JobCounts, JobRecord, RunningJob};
use crate::cli::teams::SyncArgs;
use crate::commands::sync_lock;
use crate::error::{AppError, ExitKind};
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
        security,
        since,
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
    let (secured, security_failure) = if security {
        copy_security(ctx, &g, cache, &s.profile_key, dry_run, since)
    } else {
        (Vec::new(), None)
    };
    let d = &summary.directory;
    let mut parts = vec![
        ("graph_users", d.users_mode, d.users),
        ("graph_groups", d.groups_mode, d.groups),
        ("graph_members", d.groups_mode, d.members),
        ("teams", Mode::Full, summary.teams),
        ("teams_channels", Mode::Full, summary.channels),
        ("teams_members", Mode::Full, summary.members),
    ];
    parts.extend(secured.into_iter().map(|(t, c)| (t, Mode::Full, c)));
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
        if security_failure.is_some() {
            "partial"
        } else {
            "ok"
        },
        Some(
            if dry_run {
                "dry run: nothing written"
            } else {
                "written"
            }
            .into(),
        ),
    )?;
    let done = match security_failure {
        Some(e) => Err(e),
        None => Ok(()),
    };
    if ctx.globals.ui.is_quiet() {
        return done;
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
    done
}

/// `--security`: each source read whole and written in a transaction of its own, after
/// the directory and teams are committed. A source the tenant is not licensed for is a
/// warning naming the licence; any other failure of one source is reported (exit 4) after
/// the others are copied.
fn copy_security(
    ctx: &Context,
    g: &crate::graph::client::Graph,
    cache: &crate::cache::CacheWriter,
    profile: &str,
    dry_run: bool,
    since: std::time::Duration,
) -> (
    Vec<(&'static str, crate::cache::teams::TableCounts)>,
    Option<anyhow::Error>,
) {
    use crate::graph::security::{self, Read};
    let ui = &ctx.globals.ui;
    let now = crate::cache::now_rfc3339();
    let mut out = Vec::new();
    let mut failure = None;
    let mut note =
        |table: &'static str,
         what: &str,
         r: Result<Option<crate::cache::teams::TableCounts>, anyhow::Error>| match r {
            Ok(Some(c)) => out.push((table, c)),
            Ok(None) => {}
            Err(e) => {
                ui.warn(format!("{what} were not copied: {e:#}"));
                failure.get_or_insert(
                    AppError::new(
                        ExitKind::Partial,
                        format!("{what} were not copied; {table} is as it was"),
                    )
                    .into(),
                );
            }
        };
    let unlicensed = |what: &str, table: &str, licence: &str| {
        ui.warn(format!(
            "{what} need {licence}, which the tenant does not have; {table} is left as it was"
        ));
    };
    let registration = block_on(security::registration(g))
        .map_err(anyhow::Error::from)
        .and_then(|r| match r {
            Read::Rows(rows) if dry_run => Ok(Some(crate::cache::teams::TableCounts {
                total: rows.len() as u64,
                ..Default::default()
            })),
            Read::Rows(rows) => {
                let (p, n) = (profile.to_owned(), now.clone());
                Ok(Some(cache.call_blocking(move |c| {
                    crate::cache::security::replace_registration(c, &p, &rows, &n)
                })?))
            }
            Read::Unlicensed { licence } => {
                unlicensed(
                    "MFA registration details",
                    "graph_mfa_registration",
                    licence,
                );
                Ok(None)
            }
        });
    note(
        "graph_mfa_registration",
        "MFA registration details",
        registration,
    );
    let risky = block_on(security::risky_users(g))
        .map_err(anyhow::Error::from)
        .and_then(|r| match r {
            Read::Rows(rows) if dry_run => Ok(Some(crate::cache::teams::TableCounts {
                total: rows.len() as u64,
                ..Default::default()
            })),
            Read::Rows(rows) => {
                let (p, n) = (profile.to_owned(), now.clone());
                Ok(Some(cache.call_blocking(move |c| {
                    crate::cache::security::replace_risky_users(c, &p, &rows, &n)
                })?))
            }
            Read::Unlicensed { licence } => {
                unlicensed("Risky users", "graph_risky_users", licence);
                Ok(None)
            }
        });
    note("graph_risky_users", "Risky users", risky);
    let sign_ins = (|| {
        let p = profile.to_owned();
        let newest =
            cache.call_blocking(move |c| Ok(crate::cache::security::newest_sign_in(c, &p)?))?;
        let from = sign_ins_from(newest.as_deref(), since);
        match block_on(security::sign_ins(g, &from))? {
            Read::Rows(rows) if dry_run => Ok(Some(crate::cache::teams::TableCounts {
                total: rows.len() as u64,
                ..Default::default()
            })),
            Read::Rows(rows) => {
                let p = profile.to_owned();
                Ok(Some(cache.call_blocking(move |c| {
                    crate::cache::security::add_sign_ins(c, &p, &rows)
                })?))
            }
            Read::Unlicensed { licence } => {
                unlicensed("Sign-in logs", "graph_signins", licence);
                Ok(None)
            }
        }
    })();
    note("graph_signins", "Sign-in logs", sign_ins);
    (out, failure)
}

/// Where the sign-in read starts: the newest held less 15 minutes (Entra writes some logs
/// minutes late; ids already held are skipped), or `since` ago on a first run.
fn sign_ins_from(newest: Option<&str>, since: std::time::Duration) -> String {
    use time::format_description::well_known::Rfc3339;
    let start = newest
        .and_then(|t| time::OffsetDateTime::parse(t, &Rfc3339).ok())
        .map(|t| t - time::Duration::minutes(15))
        .unwrap_or_else(|| time::OffsetDateTime::now_utc() - since);
    crate::utc::format(start)
}
