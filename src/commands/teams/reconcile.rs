//! `teams reconcile`: the plan from the cache and a live read of the team; with `--apply`,
//! the changes, checked against the plan's fingerprint and the removal limit first.

use std::collections::HashSet;

use super::{Context, block_on, connect, keep_renewed};
use crate::cache::reconcile::{self as cached, FindGroup, ReconcileRecord};
use crate::cli::teams::{MatchArg, ReconcileArgs};
use crate::error::{AppError, ExitKind};
use crate::graph::reconcile::{self, Act, Fallback, Outcome, Plan, PlanOptions};
use crate::graph::teams;
use crate::output::TypedRows;
use crate::settings::teams as settings;

pub fn run(ctx: &Context, args: ReconcileArgs) -> anyhow::Result<()> {
    let ReconcileArgs {
        team,
        from_group,
        source_profile,
        matching,
        include_owners,
        include_guests,
        exempt,
        max_removals,
        force,
        apply,
        expect,
        verify_for,
        conn,
    } = args;
    let limit = RemovalLimit::parse(&max_removals)?;
    let exempt = match exempt {
        Some(path) => read_exempt(&path)?,
        None => HashSet::new(),
    };
    let s = settings(&ctx.globals, &conn)?;
    let source_profile = source_profile.unwrap_or_else(|| s.profile_key.clone());
    // The directory side first: a group that is not in the cache costs no request.
    let cache = ctx.cache()?;
    let (group, source, synced) = {
        let (sp, key, gp) = (
            source_profile.clone(),
            from_group.clone(),
            s.profile_key.clone(),
        );
        cache.call_blocking(move |c| {
            let group = cached::find_group(c, &sp, &key);
            let out = match group {
                Ok(g) => {
                    let users = cached::group_users(c, &g)?;
                    Ok((g, users, cached::has_entra_users(c, &gp)?))
                }
                Err(e) => Err(e),
            };
            Ok(out)
        })??
    };
    if !synced {
        return Err(AppError::new(
            ExitKind::Failed,
            format!(
                "the cache holds no Entra users for profile `{}`",
                s.profile_key
            ),
        )
        .with_hint("run `atomctl teams sync` first: accounts are matched from its graph_users")
        .into());
    }
    let opts = PlanOptions {
        fallback: matching.map(|m| match m {
            MatchArg::Mail => Fallback::Mail,
            MatchArg::Upn => Fallback::Upn,
        }),
        include_owners,
        include_guests,
        exempt,
    };
    let g = connect(ctx, &s, "reconcile")?;
    let outcome = block_on(async {
        let t = teams::find_team(&g, &team).await?;
        let members = reconcile::team_members(&g, &t.id).await?;
        Ok::<_, crate::graph::GraphError>((t, members))
    });
    let (t, members) = match outcome {
        Ok(x) => x,
        Err(e) => {
            keep_renewed(ctx, &s, &g);
            return Err(e.into());
        }
    };
    // The accounts the group's anchors and the team's members name, by index.
    let entra = {
        let want = reconcile::wanted(&source, &members, opts.fallback);
        let gp = s.profile_key.clone();
        cache.call_blocking(move |c| Ok(cached::entra_users(c, &gp, &want)?))?
    };
    let mut plan = reconcile::plan(&source, &entra, &members, &opts);
    let removals = plan.count(Act::Remove);
    let over = limit.exceeded(removals, plan.team_members);
    let ui = &ctx.globals.ui;
    let group_name = group.name.clone().unwrap_or_else(|| group.dn.clone());
    ui.info(format!(
        "{} → {}: {} to add, {} to remove, {} skipped, {} unchanged (fingerprint {})",
        group_name,
        t.display_name,
        plan.count(Act::Add),
        removals,
        plan.count(Act::Skip),
        plan.kept,
        plan.fingerprint
    ));
    if !apply {
        if let Some(max) = over {
            ui.warn(format!(
                "{removals} removals exceed --max-removals ({max}): --apply will need --force"
            ));
        }
        ui.info(format!(
            "nothing written; to apply this plan: --apply --expect {}",
            plan.fingerprint
        ));
        write_rows(ctx, &plan)?;
        keep_renewed(ctx, &s, &g);
        return Ok(());
    }
    if let Some(max) = over.filter(|_| !force) {
        keep_renewed(ctx, &s, &g);
        return Err(AppError::new(
            ExitKind::CheckFailed,
            format!(
                "the plan removes {removals} of {} members, more than --max-removals ({max}); nothing was changed",
                plan.team_members
            ),
        )
        .with_hint("check the plan, then raise --max-removals or add --force")
        .into());
    }
    if let Some(expected) = &expect
        && *expected != plan.fingerprint
    {
        keep_renewed(ctx, &s, &g);
        return Err(stale(format!(
            "the plan is no longer the one reviewed (fingerprint {} now, {expected} expected): the team or the group changed",
            plan.fingerprint
        )));
    }
    let changes = (plan.count(Act::Add) + removals) as u64;
    let progress = ui.progress("reconcile", "changes");
    let applied = block_on(async {
        // The team read again just before writing: a change since the plan was made (by
        // someone else, or a sync meanwhile) stops the run.
        let again = reconcile::team_members(&g, &t.id).await?;
        let now = reconcile::plan(&source, &entra, &again, &opts);
        if now.fingerprint != plan.fingerprint {
            return Ok(Err(now.fingerprint));
        }
        reconcile::apply(&g, &t.id, &mut plan, verify_for, &progress).await?;
        Ok::<_, crate::graph::GraphError>(Ok(()))
    });
    progress.finish();
    keep_renewed(ctx, &s, &g);
    if let Err(now) = applied? {
        return Err(stale(format!(
            "the team changed while the plan was made (fingerprint {now} now, {} planned); nothing was changed",
            plan.fingerprint
        )));
    }
    ctx.count(changes);
    let n = |a: Act, o: Outcome| {
        plan.actions
            .iter()
            .filter(|x| x.action == a && x.result == Some(o))
            .count() as u64
    };
    let failed = n(Act::Add, Outcome::Failed) + n(Act::Remove, Outcome::Failed);
    let pending = n(Act::Add, Outcome::Pending) + n(Act::Remove, Outcome::Pending);
    record(
        ctx,
        &s.profile_key,
        &t,
        &source_profile,
        &group,
        &opts,
        &plan,
    )?;
    write_rows(ctx, &plan)?;
    if pending > 0 {
        ui.warn(format!(
            "{pending} change(s) made but not yet visible after {} s; Teams shows writes late, check again later with `atomctl teams members`",
            verify_for.as_secs()
        ));
    }
    if failed > 0 {
        return Err(AppError::new(
            ExitKind::Partial,
            format!("{failed} of {changes} change(s) failed; the rest were made"),
        )
        .with_hint("the failed rows carry Graph's error; run the same command again to retry them")
        .into());
    }
    Ok(())
}

fn stale(message: String) -> anyhow::Error {
    AppError::new(ExitKind::CheckFailed, message)
        .with_hint("look at the new plan (run without --apply), then apply it")
        .into()
}

fn write_rows(ctx: &Context, plan: &Plan) -> anyhow::Result<()> {
    let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
    for a in &plan.actions {
        w.write(a)?;
    }
    w.finish()?.commit()?;
    Ok(())
}

/// One audit row per change, and the team's record for the drift report.
fn record(
    ctx: &Context,
    profile: &str,
    t: &teams::TeamRow,
    source_profile: &str,
    group: &cached::GroupRef,
    opts: &PlanOptions,
    plan: &Plan,
) -> anyhow::Result<()> {
    let user = crate::config::current_user();
    let count = |a: Act| {
        plan.actions
            .iter()
            .filter(|x| x.action == a && matches!(x.result, Some(Outcome::Done | Outcome::Pending)))
            .count() as u64
    };
    let rec = ReconcileRecord {
        profile: profile.to_owned(),
        team_id: t.id.clone(),
        team_name: t.display_name.clone(),
        source_profile: source_profile.to_owned(),
        group_id: group.id.clone(),
        group_name: group.name.clone(),
        matching: match opts.fallback {
            None => "anchors",
            Some(Fallback::Mail) => "anchors, mail",
            Some(Fallback::Upn) => "anchors, upn",
        }
        .into(),
        options: serde_json::to_string(opts)?,
        added: count(Act::Add),
        removed: count(Act::Remove),
        failed: plan
            .actions
            .iter()
            .filter(|x| x.result == Some(Outcome::Failed))
            .count() as u64,
    };
    let audits: Vec<(String, String, &'static str, i32)> = plan
        .actions
        .iter()
        .filter(|a| a.action != Act::Skip)
        .map(|a| {
            let (outcome, code) = match a.result {
                Some(Outcome::Done) => ("ok", 0),
                Some(Outcome::Pending) => ("ok, not yet visible", 0),
                _ => ("failed", 4),
            };
            (
                format!(
                    "reconcile {}",
                    if a.action == Act::Add {
                        "add"
                    } else {
                        "remove"
                    }
                ),
                format!(
                    "team {} ({}): {} {}",
                    t.display_name,
                    t.id,
                    a.user,
                    a.user_id.as_deref().unwrap_or("")
                ),
                outcome,
                code,
            )
        })
        .collect();
    let profile = profile.to_owned();
    ctx.cache()?.call_blocking(move |c| {
        let tx = c.unchecked_transaction()?;
        cached::record(&tx, &rec)?;
        for (command, target, outcome, code) in &audits {
            crate::cache::record_audit(
                &tx,
                &crate::cache::AuditRow {
                    user: &user,
                    profile: &profile,
                    system: "teams",
                    command,
                    target,
                    outcome,
                    exit_code: *code,
                    detail: None,
                },
            )?;
        }
        tx.commit()?;
        Ok(())
    })?;
    Ok(())
}

fn read_exempt(path: &std::path::Path) -> anyhow::Result<HashSet<String>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        AppError::usage(format!(
            "cannot read the exempt list {}: {e}",
            path.display()
        ))
    })?;
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_lowercase())
        .filter(|l| !l.is_empty())
        .collect())
}

/// `--max-removals N` or `P%` of the team.
#[derive(Debug, Clone, Copy, PartialEq)]
enum RemovalLimit {
    Count(usize),
    Percent(f64),
}

impl RemovalLimit {
    fn parse(text: &str) -> Result<Self, AppError> {
        let bad = || {
            AppError::usage(format!(
                "--max-removals {text}: give a count (25) or a percentage of the team (10%)"
            ))
        };
        match text.trim().strip_suffix('%') {
            Some(p) => {
                let p: f64 = p.trim().parse().map_err(|_| bad())?;
                if !(0.0..=100.0).contains(&p) {
                    return Err(bad());
                }
                Ok(RemovalLimit::Percent(p))
            }
            None => Ok(RemovalLimit::Count(text.trim().parse().map_err(|_| bad())?)),
        }
    }

    /// The limit as text when `removals` exceed it.
    fn exceeded(self, removals: usize, team: usize) -> Option<String> {
        let (max, text) = match self {
            RemovalLimit::Count(n) => (n as f64, n.to_string()),
            RemovalLimit::Percent(p) => (
                team as f64 * p / 100.0,
                format!("{p}% of {team} = {}", (team as f64 * p / 100.0).floor()),
            ),
        };
        (removals as f64 > max).then_some(text)
    }
}

impl From<FindGroup> for AppError {
    fn from(e: FindGroup) -> Self {
        match &e {
            FindGroup::Ambiguous { .. } => AppError::usage(e.to_string())
                .with_hint("name the group by its DN or id instead"),
            FindGroup::NoProfile(p) => AppError::new(ExitKind::Failed, e.to_string())
                .with_hint(format!(
                    "sync the directory first (`atomctl --profile {p} ldap sync`), or name its profile with --source-profile"
                )),
            FindGroup::NotFound { .. } => AppError::new(ExitKind::Failed, e.to_string())
                .with_hint("`atomctl cache sql \"SELECT name, dn FROM ldap_groups\"` lists the cached groups"),
            FindGroup::Cache(c) => AppError::new(ExitKind::Failed, c.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removal_limits_by_count_and_share() {
        assert_eq!(RemovalLimit::parse("25").unwrap(), RemovalLimit::Count(25));
        assert_eq!(
            RemovalLimit::parse("10%").unwrap(),
            RemovalLimit::Percent(10.0)
        );
        assert!(RemovalLimit::parse("ten").is_err());
        assert!(RemovalLimit::parse("150%").is_err());
        assert!(RemovalLimit::Percent(10.0).exceeded(3, 20).is_some());
        assert!(RemovalLimit::Percent(10.0).exceeded(2, 20).is_none());
        assert!(RemovalLimit::Count(0).exceeded(1, 5).is_some());
    }
}
