//! `atomctl snow …`: one file per command over `snow::`.

mod create;
mod fields;
mod get;
mod query;
mod resolve;
mod sync;
mod update;

use super::Context;
use crate::cli::snow::SnowCommand;
use crate::error::AppError;
use crate::settings::SnowSettings;
use crate::snow::client::Snow;

pub fn run(ctx: &Context, c: SnowCommand) -> anyhow::Result<()> {
    match c {
        SnowCommand::Query(a) => query::run(ctx, a),
        SnowCommand::Get(a) => get::run(ctx, a),
        SnowCommand::Sync(a) => sync::run(ctx, a),
        SnowCommand::Create(a) => create::run(ctx, a),
        SnowCommand::Update(a) => update::run(ctx, a),
        SnowCommand::Resolve(a) => resolve::run(ctx, a),
    }
}

/// `--display-value` as the API's mode.
fn display(d: crate::cli::snow::DisplayArg) -> crate::snow::values::Display {
    use crate::cli::snow::DisplayArg;
    use crate::snow::values::Display;
    match d {
        DisplayArg::False => Display::Raw,
        DisplayArg::True => Display::Shown,
        DisplayArg::All => Display::Both,
    }
}

/// A client for the run: the password read now, once.
fn connect(ctx: &Context, s: &SnowSettings, command: &'static str) -> anyhow::Result<Snow> {
    ctx.touched("snow", command, &s.profile_key, &s.base_url);
    let ui = &ctx.globals.ui;
    let password = s.password.read(&mut |w| ui.warn(w))?;
    Ok(Snow::new(
        &s.base_url,
        &s.user,
        password,
        s.ca_file.as_deref(),
        s.timeout,
        s.deadline,
    )
    .map_err(AppError::from_class)?)
}
