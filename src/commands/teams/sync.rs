use serde::Serialize;

use super::{Context, block_on, connect, keep_renewed};
use crate::cache::graph::Mode;
use crate::cache::teams::TableCounts;
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
) -> (Vec<(&'static str, TableCounts)>, Option<anyhow::Error>) {
    use crate::cache::security::{
        add_sign_ins, newest_sign_in, replace_registration, replace_risky_users,
    };
    use crate::graph::security;
    let now = crate::cache::now_rfc3339();
    let mut out = Vec::new();
    let mut failure = None;
    let mut note = |table: &'static str, what: &str, r: anyhow::Result<Option<TableCounts>>| match r
    {
        Ok(Some(c)) => out.push((table, c)),
        Ok(None) => {}
        Err(e) => {
            ctx.globals
                .ui
                .warn(format!("{what} were not copied: {e:#}"));
            failure.get_or_insert(
                AppError::new(
                    ExitKind::Partial,
                    format!("{what} were not copied; {table} is as it was"),
                )
                .into(),
            );
        }
    };
    let source = |what: &'static str, table: &'static str| Source {
        ctx,
        cache,
        what,
        table,
        dry_run,
    };
    let (p, n) = (profile.to_owned(), now.clone());
    let r = source("MFA registration details", "graph_mfa_registration")
        .copy(block_on(security::registration(g)), move |c, rows| {
            replace_registration(c, &p, &rows, &n)
        });
    note("graph_mfa_registration", "MFA registration details", r);
    let (p, n) = (profile.to_owned(), now.clone());
    let r = source("Risky users", "graph_risky_users")
        .copy(block_on(security::risky_users(g)), move |c, rows| {
            replace_risky_users(c, &p, &rows, &n)
        });
    note("graph_risky_users", "Risky users", r);
    let p = profile.to_owned();
    let r = cache
        .call_blocking(move |c| Ok(newest_sign_in(c, &p)?))
        .map_err(anyhow::Error::from)
        .and_then(|newest| {
            let from = sign_ins_from(newest.as_deref(), since);
            let p = profile.to_owned();
            source("Sign-in logs", "graph_signins")
                .copy(block_on(security::sign_ins(g, &from)), move |c, rows| {
                    add_sign_ins(c, &p, &rows)
                })
        });
    note("graph_signins", "Sign-in logs", r);
    (out, failure)
}

/// One security source of a `--security` run.
struct Source<'a> {
    ctx: &'a Context,
    cache: &'a crate::cache::CacheWriter,
    what: &'static str,
    table: &'static str,
    dry_run: bool,
}

impl Source<'_> {
    /// The rows read, written by `write` (a dry run only counts them); None when the tenant
    /// is not licensed for the source, which is a warning naming the licence.
    fn copy<T: Send + 'static>(
        &self,
        read: Result<crate::graph::security::Read<T>, crate::graph::GraphError>,
        write: impl FnOnce(
            &mut rusqlite::Connection,
            Vec<T>,
        ) -> Result<TableCounts, crate::cache::CacheError>
        + Send
        + 'static,
    ) -> anyhow::Result<Option<TableCounts>> {
        use crate::graph::security::Read;
        match read? {
            Read::Rows(rows) if self.dry_run => Ok(Some(TableCounts {
                total: rows.len() as u64,
                ..Default::default()
            })),
            Read::Rows(rows) => Ok(Some(self.cache.call_blocking(move |c| write(c, rows))?)),
            Read::Unlicensed { licence } => {
                self.ctx.globals.ui.warn(format!(
                    "{} need {licence}, which the tenant does not have; {} is left as it was",
                    self.what, self.table
                ));
                Ok(None)
            }
        }
    }
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
