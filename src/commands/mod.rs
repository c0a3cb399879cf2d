//! Thin glue, one file per command: settings → clients → domain → output. `run` dispatches
//! with one exhaustive match and turns the outcome into an exit code.

mod analytics;
mod cache;
mod completions;
mod config;
mod ldap;
mod sf;
mod sso;

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::time::Instant;

use crate::cache::{LockAttempt, SyncLock};
use crate::cli::{Cli, Command};
use crate::error::AppError;
use crate::error::{Outcome, classify};
use crate::settings::Globals;

/// What every command gets: the resolved global flags and a place to say which remote
/// system it touched (for the audit log).
pub struct Context {
    pub globals: Globals,
    audit: RefCell<Option<AuditTarget>>,
    started: Instant,
    started_at: String,
    /// Records handled, for the jobs row.
    total: Cell<Option<u64>>,
    /// Set by commands that keep their own jobs row (sync writes a `running` row first).
    own_job: Cell<bool>,
}

#[derive(Debug, Clone)]
pub struct AuditTarget {
    pub system: &'static str,
    pub command: &'static str,
    pub profile: String,
    pub target: String,
}

impl Context {
    /// Record that this run touched a remote system; written to `audit` when it ends.
    pub fn touched(
        &self,
        system: &'static str,
        command: &'static str,
        profile: &str,
        target: &str,
    ) {
        *self.audit.borrow_mut() = Some(AuditTarget {
            system,
            command,
            profile: profile.to_owned(),
            target: target.to_owned(),
        });
    }

    /// How many records the command handled (entries, members, rows), for its jobs row.
    pub fn count(&self, n: u64) {
        self.total.set(Some(n));
    }

    /// The command writes its own jobs row.
    pub fn keeps_own_job(&self) {
        self.own_job.set(true);
    }
}

/// Run a parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> u8 {
    let ctx = Context {
        globals: Globals::from_args(&cli.global),
        audit: RefCell::new(None),
        started: Instant::now(),
        started_at: crate::cache::now_rfc3339(),
        total: Cell::new(None),
        own_job: Cell::new(false),
    };
    let result = dispatch(&ctx, cli.command);
    let (code, outcome) = match &result {
        Ok(()) => (0, "ok"),
        Err(e) => match classify(e) {
            Outcome::Quiet(c) => (c, "ok"),
            Outcome::Report { code, text } => {
                ctx.globals.ui.error_report(&text);
                (code, if code == 4 { "partial" } else { "failed" })
            }
        },
    };
    if let Some(t) = ctx.audit.borrow().as_ref() {
        record_run(&ctx, t, outcome, code);
    }
    code
}

fn dispatch(ctx: &Context, command: Command) -> anyhow::Result<()> {
    // Only an analytics export writes HTML; everything else refuses it rather than guessing.
    if ctx.globals.format() == crate::output::Format::Html
        && !matches!(
            command,
            Command::Analytics(crate::cli::analytics::AnalyticsCommand::Export(_))
        )
    {
        return Err(
            AppError::usage("HTML output is only for `analytics export`")
                .with_hint("use --format table|csv|json|ndjson")
                .into(),
        );
    }
    match command {
        Command::Analytics(c) => analytics::run(ctx, c),
        Command::Config(c) => config::run(ctx, c),
        Command::Ldap(c) => ldap::run(ctx, *c),
        Command::Sf(c) => sf::run(ctx, *c),
        Command::Sso(c) => sso::run(ctx, *c),
        Command::Cache(c) => cache::run(ctx, c),
        Command::Completions { shell } => completions::run(ctx, shell),
    }
}

/// Two syncs of the same source and profile never interleave: wait for the other one (with a
/// message), or with `no_wait` fail at once.
pub fn sync_lock(
    ctx: &Context,
    source: &str,
    profile: &str,
    no_wait: bool,
) -> anyhow::Result<SyncLock> {
    let lock_path = SyncLock::path_for(&ctx.globals.cache_path, source, profile);
    if let Some(dir) = lock_path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    Ok(match SyncLock::try_acquire(&lock_path)? {
        LockAttempt::Acquired(l) => l,
        LockAttempt::Busy(pid, file, path) => {
            let who = pid.map(|p| format!(" (pid {p})")).unwrap_or_default();
            if no_wait {
                return Err(AppError::failed(format!(
                    "another {source} sync of profile `{profile}` is running{who}"
                ))
                .with_hint("wait for it to finish, or run without --no-wait to wait for it")
                .into());
            }
            ctx.globals.ui.warn(format!(
                "another {source} sync of profile `{profile}` is running{who}; waiting for it to finish"
            ));
            SyncLock::wait(file, path)?
        }
    })
}

/// A browser login: open the URL (or run `command` with it), and always show it, since the
/// person may have to copy it to another machine.
pub fn offer_login_url(ui: &crate::output::Ui, url: &str, no_browser: bool, command: Option<&str>) {
    if crate::loopback::open_browser(url, no_browser, command) {
        ui.detail("if no browser opened, open this URL:");
    } else {
        ui.info("open this URL in a browser to log in:");
    }
    ui.force_info(url);
}

/// A small multi-threaded runtime for network commands: the LDAP reader and our writer
/// overlap on the two cores.
pub fn block_on<F: Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
        .block_on(f)
}

/// Every run that touched a remote system leaves an `audit` row, and a `jobs` row unless the
/// command keeps its own. A cache that cannot be written never fails the command.
fn record_run(ctx: &Context, t: &AuditTarget, outcome: &str, code: u8) {
    let user = crate::config::current_user();
    let res = crate::cache::Cache::open(&ctx.globals.cache_path).and_then(|c| {
        crate::cache::record_audit(
            &c.conn,
            &crate::cache::AuditRow {
                user: &user,
                profile: &t.profile,
                system: t.system,
                command: t.command,
                target: &t.target,
                outcome,
                exit_code: code as i32,
            },
        )?;
        if !ctx.own_job.get() {
            let job = crate::cache::JobRecord {
                source: t.system,
                command: t.command,
                profile: t.profile.clone(),
                target: t.target.clone(),
                mode: String::new(),
            };
            let ms = ctx.started.elapsed().as_millis() as u64;
            crate::cache::record_job(&c.conn, &job, &ctx.started_at, ms, ctx.total.get(), outcome)?;
        }
        Ok(())
    });
    if let Err(e) = res {
        ctx.globals
            .ui
            .detail(format!("could not record the run in the cache: {e}"));
    }
}
