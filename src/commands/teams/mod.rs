//! `atomctl teams …`: one file per command over `graph::`.

mod channels;
mod list;
mod login;
mod meeting;
mod members;
mod reconcile;
mod send;
mod status;
mod sync;

use super::{Context, block_on};
use crate::cli::teams::TeamsCommand;
use crate::graph::client::Graph;
use crate::graph::login_store;
use crate::settings::TeamsSettings;

pub fn run(ctx: &Context, c: TeamsCommand) -> anyhow::Result<()> {
    match c {
        TeamsCommand::Login(a) => login::run(ctx, a),
        TeamsCommand::Status(a) => status::run(ctx, a),
        TeamsCommand::List(a) => list::run(ctx, a),
        TeamsCommand::Channels(a) => channels::run(ctx, a),
        TeamsCommand::Members(a) => members::run(ctx, a),
        TeamsCommand::Send(a) => send::run(ctx, a),
        TeamsCommand::Meeting(crate::cli::teams::MeetingCommand::Create(a)) => meeting::run(ctx, a),
        TeamsCommand::Sync(a) => sync::run(ctx, a),
        TeamsCommand::Reconcile(a) => reconcile::run(ctx, a),
    }
}

/// A Graph client for the run: the stored login's token (renewed when it is near its end), or
/// for a one-shot run a new token from the tenant, client ID and secret given.
fn connect(ctx: &Context, s: &TeamsSettings, command: &'static str) -> anyhow::Result<Graph> {
    ctx.touched("teams", command, &s.profile_key, &s.graph_url);
    let renewal = s.renewal(&ctx.globals.ui);
    // The stored token only for the app, tenant and host it was issued for: flags naming
    // another make this a one-shot run.
    let stored = s.stored.as_ref().filter(|l| {
        s.tenant.as_deref() == Some(l.tenant.as_str())
            && s.client_id.as_deref() == Some(l.client_id.as_str())
            && s.graph_url == l.graph_url
    });
    let token = match (stored, &renewal) {
        (Some(login), _) => login.token(),
        (None, Some(r)) => {
            let http = crate::http::client(s.client.ca_file.as_deref(), s.client.timeout)
                .map_err(crate::error::AppError::config)?;
            block_on(r.renew(&http))?
        }
        (None, None) => return Err(s.no_login().into()),
    };
    Ok(Graph::new(&s.client, token, renewal)?)
}

/// A token renewed during the run replaces the stored one, so the next run starts with it.
fn keep_renewed(ctx: &Context, s: &TeamsSettings, g: &Graph) {
    let (Some(token), Some(login)) = (g.renewed(), s.stored.clone()) else {
        return;
    };
    if s.tenant.as_deref() != Some(login.tenant.as_str())
        || s.client_id.as_deref() != Some(login.client_id.as_str())
    {
        return;
    }
    if let Err(e) = login_store::save(&s.store, &login.renewed(&token)) {
        ctx.globals
            .ui
            .warn(format!("the renewed token was not stored: {e}"));
    }
}

/// The end of a streamed listing. Rows already written when a later page failed are kept
/// as partial output (exit 4, `-o FILE` → `FILE.partial`), never as a complete listing; a
/// failure before the first row is the failure itself.
fn end_listing<T: serde::Serialize + Default>(
    ctx: &Context,
    w: crate::output::TypedRows<crate::output::Sink, T>,
    written: u64,
    outcome: Result<(), crate::graph::GraphError>,
) -> anyhow::Result<()> {
    use crate::error::ExitClass;
    ctx.count(written);
    match outcome {
        Ok(()) => {
            w.finish()?.commit()?;
            Ok(())
        }
        Err(crate::graph::GraphError::Output(io)) => Err(io.into()),
        Err(e) if written == 0 => Err(e.into()),
        Err(e) => {
            let mut err = super::partial(
                w.finish()?,
                format!("{e}; the listing broke off after {written} rows"),
            );
            if let Some(h) = e.hint() {
                err = err.with_hint(h);
            }
            Err(err.into())
        }
    }
}
