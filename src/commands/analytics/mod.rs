mod export;
mod ingest;
mod report;

use serde_json::Value;

use super::Context;
use crate::analytics::period::{self, By};
use crate::analytics::reports::{self, GroupBy, JoinKey, Params};
use crate::analytics::threats::Severity;
use crate::analytics::{AnalyticsError, Report};
use crate::cli::analytics::{
    AnalyticsCommand, ByArg, GroupByArg, JoinKeyArg, ReportOpts, SeverityArg,
};
use crate::error::{AppError, ExitKind};
use crate::output::{Format, RowWriter, Sink};

pub fn run(ctx: &Context, cmd: AnalyticsCommand) -> anyhow::Result<()> {
    match cmd {
        AnalyticsCommand::Ingest(a) => ingest::run(ctx, a),
        AnalyticsCommand::Report(a) => report::run(ctx, a),
        AnalyticsCommand::Export(a) => export::run(ctx, a),
    }
}

pub const DEFAULT_PRIVILEGED: &[&str] = &[
    "Domain Admins",
    "Enterprise Admins",
    "Schema Admins",
    "Administrators",
];

fn analytics_error(e: AnalyticsError) -> AppError {
    match e {
        AnalyticsError::Usage(m) => AppError::usage(m),
        AnalyticsError::Sql(e) => AppError::failed(format!("the cache: {e}")),
    }
}

/// The report parameters: flags, then the profile's `[analytics]`, then the defaults.
fn params(ctx: &Context, o: &ReportOpts, conn: &rusqlite::Connection) -> Result<Params, AppError> {
    let (_, profile_name, profile) = ctx.globals.load_profile()?;
    let a = profile.and_then(|p| p.analytics).unwrap_or_default();
    let now = time::OffsetDateTime::now_utc();
    let window =
        period::window(o.since.as_deref(), o.until.as_deref(), 30, now).map_err(analytics_error)?;
    let join_key = match (o.join_key, a.join_key.as_deref()) {
        (Some(JoinKeyArg::Mail), _) | (None, None | Some("mail")) => JoinKey::Mail,
        (Some(JoinKeyArg::Uid), _) | (None, Some("uid")) => JoinKey::Uid,
        (Some(JoinKeyArg::Upn), _) | (None, Some("upn")) => JoinKey::Upn,
        (None, Some(other)) => {
            return Err(AppError::config(format!(
                "analytics.join_key {other:?}: use mail, uid or upn"
            )));
        }
    };
    // Directory and Salesforce rows of the active profile, when the cache has any; else all.
    let profile = profile_name.filter(|name| {
        conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM profiles WHERE name = ?1)",
            [name],
            |r| r.get::<_, bool>(0),
        )
        .unwrap_or(false)
    });
    Ok(Params {
        window,
        by: match o.by {
            ByArg::Day => By::Day,
            ByArg::Week => By::Week,
            ByArg::Month => By::Month,
        },
        group_by: o.group_by.map(|g| match g {
            GroupByArg::Department => GroupBy::Department,
            GroupByArg::Ou => GroupBy::Ou,
            GroupByArg::Title => GroupBy::Title,
            GroupByArg::Channel => GroupBy::Channel,
        }),
        join_key,
        profile,
        stale_days: o.stale_days.or(a.stale_days).unwrap_or(90),
        privileged_groups: if !o.privileged_groups.is_empty() {
            o.privileged_groups.clone()
        } else {
            a.privileged_groups
                .unwrap_or_else(|| DEFAULT_PRIVILEGED.iter().map(|s| (*s).to_owned()).collect())
        },
        minutes_per_interaction: o
            .minutes_per_interaction
            .or(a.minutes_per_interaction)
            .unwrap_or(2.0),
        hourly_cost: o.hourly_cost.or(a.hourly_cost).unwrap_or(50.0),
        currency: o
            .currency
            .clone()
            .or(a.currency)
            .unwrap_or_else(|| "USD".into()),
        now,
        threats: a
            .threats
            .unwrap_or_default()
            .check()
            .map_err(AppError::config)?,
        new_only: o.new_only,
        min_severity: o.min_severity.map_or(Severity::Low, severity),
    })
}

/// A report's result, with its parameters and the cache it was read from (where its
/// findings are recorded once written out).
struct Built {
    report: Report,
    params: Params,
    cache: crate::cache::Cache,
}

/// Runs the named report against the cache (read-only).
fn build(ctx: &Context, name: &str, o: &ReportOpts) -> anyhow::Result<Built> {
    // A cron line's alerting flags on another report would silently never fire.
    if name != "threats"
        && (o.fail_on.is_some() || o.new_only || o.no_mark || o.min_severity.is_some())
    {
        return Err(AppError::usage(format!(
            "--fail-on, --new-only, --min-severity and --no-mark apply to the threats report, not {name}"
        ))
        .into());
    }
    // Opened read-write only so that an older cache gains the analytics table; nothing is written.
    let cache = crate::cache::Cache::open(&ctx.globals.cache_path)?;
    let p = params(ctx, o, &cache.conn)?;
    let mut report = reports::run(name, &cache.conn, &p).map_err(analytics_error)?;
    if !o.columns.is_empty() {
        report.project(&o.columns).map_err(analytics_error)?;
    }
    Ok(Built {
        report,
        params: p,
        cache,
    })
}

fn severity(a: SeverityArg) -> Severity {
    match a {
        SeverityArg::Low => Severity::Low,
        SeverityArg::Medium => Severity::Medium,
        SeverityArg::High => Severity::High,
    }
}

/// After a report's output is written: record its findings as reported (unless
/// `--no-mark`), then exit 3 when `--fail-on` names a severity a new finding reaches.
fn after_output(b: Built, o: &ReportOpts) -> anyhow::Result<()> {
    let Built {
        report,
        params: p,
        mut cache,
    } = b;
    if report.alerts.is_empty() {
        return Ok(());
    }
    if !o.no_mark {
        crate::cache::security::mark_reported(
            &mut cache.conn,
            p.profile.as_deref().unwrap_or(""),
            &report.alerts,
            &crate::cache::now_rfc3339(),
        )
        .map_err(|e| AppError::failed(format!("recording the findings as reported: {e}")))?;
    }
    let Some(level) = o.fail_on else {
        return Ok(());
    };
    let level = severity(level);
    let hits = report
        .alerts
        .iter()
        .filter(|a| a.new && a.severity >= level)
        .count();
    if hits > 0 {
        return Err(AppError::new(
            ExitKind::CheckFailed,
            format!(
                "{hits} new finding{} at {} severity or above",
                if hits == 1 { "" } else { "s" },
                level.as_str()
            ),
        )
        .into());
    }
    Ok(())
}

/// Keep a wide report's headline columns (those a person reads first), saying so in a note
/// that ends with `how` (how to see the rest).
fn headline_only(report: &mut Report, how: &str) -> Result<(), AppError> {
    if report.headline.is_empty() {
        return Ok(());
    }
    let all = report.columns.len();
    let head = report.headline.clone();
    report.project(&head).map_err(analytics_error)?;
    report
        .notes
        .push(format!("{} of {all} columns: {how}", head.len()));
    Ok(())
}

/// `2026-01-01 … 2026-03-31` for people.
fn window_text(p: &Params) -> String {
    let d = |t: i64| period::label(period::day_of(t), By::Day);
    format!("{} … {}", d(p.window.start), d(p.window.end - 1))
}

/// The report's rows in a row format; the notes go under a table, or to stderr otherwise.
fn write_rows(ctx: &Context, report: &Report, sink: Sink, format: Format) -> anyhow::Result<()> {
    let mut w = RowWriter::new(sink, format, report.columns.clone());
    for r in &report.rows {
        w.write_row::<Value>(r)?;
    }
    let mut sink = w.finish()?;
    if format == Format::Table {
        for n in &report.notes {
            std::io::Write::write_all(&mut sink, crate::output::note(n).as_bytes())?;
        }
    } else {
        for n in &report.notes {
            ctx.globals.ui.detail(n);
        }
    }
    sink.commit()?;
    Ok(())
}
