//! Thin glue, one file per command: settings → clients → domain → output. `run` dispatches
//! with one exhaustive match and turns the outcome into an exit code.

mod analytics;
mod cache;
mod completions;
mod config;
mod field_values;
mod ldap;
mod sf;
mod snow;
mod sso;
mod teams;

use std::cell::{Cell, OnceCell, RefCell};
use std::future::Future;
use std::sync::OnceLock;
use std::time::Instant;

use crate::cache::{CacheError, CacheWriter, LockAttempt, SyncLock};
use crate::cli::{Cli, Command};
use crate::error::{AppError, ExitClass, ExitKind, Verdict, classify};
use crate::settings::Globals;

/// What every command gets: the resolved global flags and a place to say which remote
/// system it touched (for the audit log).
pub struct Context {
    pub globals: Globals,
    audit: RefCell<Option<AuditTarget>>,
    /// What a write changed, for its audit row.
    audit_detail: RefCell<Option<String>>,
    started: Instant,
    started_at: String,
    /// Records handled, for the jobs row.
    total: Cell<Option<u64>>,
    /// Set by commands that keep their own jobs row (sync writes a `running` row first).
    own_job: Cell<bool>,
    /// The cache writer, opened on first use: a sync and its job and audit rows share it.
    cache: OnceCell<CacheWriter>,
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

    /// What this run changed in the remote system (object, operation, counts, ids), kept
    /// in its audit row so `cache audit` shows what changed and when.
    pub fn audit_detail(&self, detail: String) {
        *self.audit_detail.borrow_mut() = Some(detail);
    }

    /// The command writes its own jobs row.
    pub fn keeps_own_job(&self) {
        self.own_job.set(true);
    }

    /// The process's cache writer: opened (and the schema migrated) once, on first use.
    pub fn cache(&self) -> Result<&CacheWriter, CacheError> {
        if let Some(w) = self.cache.get() {
            return Ok(w);
        }
        let w = CacheWriter::open(&self.globals.cache_path)?;
        Ok(self.cache.get_or_init(|| w))
    }
}

/// Run a parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> u8 {
    let globals = match Globals::from_args(&cli.global, cli.accepts, &cli.command_name) {
        Ok(g) => g,
        Err(e) => {
            let e = anyhow::Error::from(e);
            return match classify(&e, exit_class) {
                Verdict::Quiet => 0,
                Verdict::Report { kind, text } => {
                    Globals::ui(&cli.global).error_report(&text);
                    kind.code()
                }
            };
        }
    };
    let ctx = Context {
        globals,
        audit: RefCell::new(None),
        audit_detail: RefCell::new(None),
        started: Instant::now(),
        started_at: crate::cache::now_rfc3339(),
        total: Cell::new(None),
        own_job: Cell::new(false),
        cache: OnceCell::new(),
    };
    crate::output::neutralize_formulas_by_default(ctx.globals.neutralize_formulas(false));
    // A table fits the terminal it is shown on; one written to a file is laid out in full.
    crate::output::set_table_width(match ctx.globals.output {
        None => crate::output::stdout_width(),
        Some(_) => None,
    });
    let result = dispatch(&ctx, cli.command);
    let (code, outcome) = match &result {
        Ok(()) => (0, "ok"),
        Err(e) => match classify(e, exit_class) {
            Verdict::Quiet => (0, "ok"),
            // Skipping a run another one covers is news, not an error: --quiet keeps it out
            // of cron's mail, and the exit code still tells a script.
            Verdict::Report {
                kind: ExitKind::Skipped,
                text,
            } => {
                ctx.globals.ui.info(&text);
                (ExitKind::Skipped.code(), "skipped")
            }
            Verdict::Report { kind, text } => {
                ctx.globals.ui.error_report(&text);
                let outcome = match kind {
                    ExitKind::Partial => "partial",
                    _ => "failed",
                };
                (kind.code(), outcome)
            }
        },
    };
    if let Some(t) = ctx.audit.borrow().as_ref() {
        record_run(&ctx, t, outcome, code);
    }
    code
}

/// The class of one cause of an error, for the exit code: each domain's error type knows
/// its own. This layer is the one that knows every domain, so the finder lives here.
fn exit_class<'e>(cause: &'e (dyn std::error::Error + 'static)) -> Option<&'e dyn ExitClass> {
    fn as_class<'e, T: ExitClass + std::error::Error + 'static>(
        cause: &'e (dyn std::error::Error + 'static),
    ) -> Option<&'e dyn ExitClass> {
        cause.downcast_ref::<T>().map(|c| c as &dyn ExitClass)
    }
    as_class::<AppError>(cause)
        .or_else(|| as_class::<crate::ldap::LdapFailure>(cause))
        .or_else(|| as_class::<crate::ldap::sync::SyncError>(cause))
        .or_else(|| as_class::<crate::salesforce::SfError>(cause))
        .or_else(|| as_class::<crate::salesforce::sync::SyncError>(cause))
        .or_else(|| as_class::<crate::sso::oidc::OidcError>(cause))
        .or_else(|| as_class::<crate::sso::saml::SamlError>(cause))
        .or_else(|| as_class::<crate::oauth::OAuthError>(cause))
        .or_else(|| as_class::<crate::graph::GraphError>(cause))
        .or_else(|| as_class::<crate::graph::sync::SyncError>(cause))
        .or_else(|| as_class::<crate::snow::SnowError>(cause))
        .or_else(|| as_class::<crate::snow::sync::SyncError>(cause))
        .or_else(|| as_class::<crate::oauth::store::StoreError>(cause))
        .or_else(|| as_class::<CacheError>(cause))
}

fn dispatch(ctx: &Context, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Analytics(c) => analytics::run(ctx, c),
        Command::Config(c) => config::run(ctx, c),
        Command::Ldap(c) => ldap::run(ctx, *c),
        Command::Sf(c) => sf::run(ctx, *c),
        Command::Sso(c) => sso::run(ctx, *c),
        Command::Teams(c) => teams::run(ctx, *c),
        Command::Snow(c) => snow::run(ctx, *c),
        Command::Cache(c) => cache::run(ctx, c),
        Command::Completions { shell } => completions::run(ctx, shell),
    }
}

/// Two syncs of the same source and profile never interleave: wait for the other one (saying
/// so, unless --quiet), or with `no_wait` skip this run at once (exit 8).
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
                return Err(AppError::new(
                    ExitKind::Skipped,
                    format!(
                        "another {source} sync of profile `{profile}` is running{who}; this one did nothing"
                    ),
                )
                .with_hint("without --no-wait a sync waits for the other one to finish")
                .into());
            }
            ctx.globals.ui.info(format!(
                "another {source} sync of profile `{profile}` is running{who}; waiting for it to finish"
            ));
            SyncLock::wait(file, path)?
        }
    })
}

/// A browser login: show the URL always (the person may have to copy it to another machine),
/// and open it when asked (`--browser-command`) or when there is a graphical session to open
/// it in; never with `--no-browser`. On a headless host xdg-open only fails, noisily.
pub fn offer_login_url(ui: &crate::output::Ui, url: &str, no_browser: bool, command: Option<&str>) {
    if may_open_browser(no_browser, command) && crate::oauth::redirect::open_browser(url, command) {
        ui.detail("if no browser opened, open this URL:");
    } else {
        ui.info("open this URL in a browser to log in:");
    }
    ui.force_info(url);
}

/// Whether to start a browser: asked for with a command, or a desktop to show it on.
pub fn may_open_browser(no_browser: bool, command: Option<&str>) -> bool {
    !no_browser && (command.is_some() || crate::config::graphical_session())
}

/// Partial output is kept, but never where the complete file would be: `-o FILE` becomes
/// `FILE.partial`; on stdout the exit code (4) says it.
pub fn partial(sink: crate::output::Sink, why: String) -> AppError {
    let kept = match sink.commit_partial() {
        Ok(Some(p)) => format!(" (kept in {})", p.display()),
        Ok(None) => String::new(),
        Err(e) => format!(" (could not keep it: {e})"),
    };
    AppError::new(ExitKind::Partial, format!("partial result: {why}{kept}"))
}

/// Run a future on the process's one runtime, built on first use (so `--version`, `--help`
/// and the offline commands never start it): two workers, so the LDAP reader and its decoder
/// overlap on the two cores. Clients built on it (reqwest's pool, LDAP sessions) stay valid
/// from one call to the next.
pub fn block_on<F: Future>(f: F) -> F::Output {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("tokio runtime")
        })
        .block_on(f)
}

/// Every run that touched a remote system leaves an `audit` row, and a `jobs` row unless the
/// command keeps its own. A cache that cannot be written never fails the command.
fn record_run(ctx: &Context, t: &AuditTarget, outcome: &'static str, code: u8) {
    let user = crate::config::current_user();
    let t = t.clone();
    let detail = ctx.audit_detail.borrow().clone();
    let job = (!ctx.own_job.get()).then(|| {
        (
            crate::cache::JobRecord {
                source: t.system,
                command: t.command,
                profile: t.profile.clone(),
                target: t.target.clone(),
                mode: String::new(),
            },
            ctx.started_at.clone(),
            ctx.started.elapsed().as_millis() as u64,
            ctx.total.get(),
        )
    });
    let res = ctx.cache().and_then(|cache| {
        cache.call_blocking(move |conn| {
            crate::cache::record_audit(
                conn,
                &crate::cache::AuditRow {
                    user: &user,
                    profile: &t.profile,
                    system: t.system,
                    command: t.command,
                    target: &t.target,
                    outcome,
                    exit_code: code as i32,
                    detail: detail.as_deref(),
                },
            )?;
            if let Some((job, started_at, ms, total)) = job {
                crate::cache::record_job(conn, &job, &started_at, ms, total, outcome)?;
            }
            Ok(())
        })
    });
    if let Err(e) = res {
        ctx.globals
            .ui
            .detail(format!("could not record the run in the cache: {e}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each domain's error, deep in a chain, exits with its own kind: a type missing from
    /// `exit_class` would exit 1 instead.
    #[test]
    fn every_domain_error_exits_with_its_own_kind() {
        use crate::ldap::LdapFailure;
        use crate::salesforce::SfError;
        let bind = || LdapFailure::Bind {
            dn: "cn=x".into(),
            rc: 49,
            text: "invalid".into(),
        };
        let cases: Vec<(anyhow::Error, ExitKind)> = vec![
            (AppError::usage("u").into(), ExitKind::Usage),
            (bind().into(), ExitKind::Auth),
            (
                crate::ldap::sync::SyncError::Ldap(bind()).into(),
                ExitKind::Auth,
            ),
            (SfError::Limit("x".into()).into(), ExitKind::Unavailable),
            (
                crate::salesforce::sync::SyncError::Sf(SfError::Auth("x".into())).into(),
                ExitKind::Auth,
            ),
            (
                crate::salesforce::sync::SyncError::Cache(CacheError::WriterGone).into(),
                ExitKind::Failed,
            ),
            (
                crate::sso::oidc::OidcError::Unavailable {
                    what: "discovery".into(),
                    reason: "refused".into(),
                }
                .into(),
                ExitKind::Unavailable,
            ),
            (
                crate::oauth::OAuthError::Login("denied".into()).into(),
                ExitKind::Auth,
            ),
            (
                crate::oauth::store::StoreError::Damaged {
                    path: "p".into(),
                    reason: "r".into(),
                }
                .into(),
                ExitKind::Config,
            ),
            (
                crate::sso::saml::SamlError::Key("k".into()).into(),
                ExitKind::Config,
            ),
            (
                crate::sso::saml::SamlError::Untrusted("u".into()).into(),
                ExitKind::CheckFailed,
            ),
            (
                crate::snow::SnowError::from_status(401, b"{}").into(),
                ExitKind::Auth,
            ),
            (
                crate::snow::SnowError::from_status(
                    400,
                    br#"{"error":{"message":"Invalid table incdent"}}"#,
                )
                .into(),
                ExitKind::Usage,
            ),
        ];
        for (err, want) in cases {
            let shown = err.to_string();
            match classify(&err.context("while testing"), exit_class) {
                Verdict::Report { kind, .. } => assert_eq!(kind, want, "{shown}"),
                Verdict::Quiet => panic!("{shown}: not an error"),
            }
        }
    }
}
