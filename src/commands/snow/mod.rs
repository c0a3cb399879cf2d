//! `atomctl snow …`: one file per command over `snow::`.

mod count;
mod create;
mod fields;
mod get;
mod login;
mod query;
mod resolve;
mod status;
mod sync;
mod update;

use super::{Context, block_on};
use crate::cli::snow::SnowCommand;
use crate::error::AppError;
use crate::settings::SnowSettings;
use crate::snow::auth::{Credentials, Grant, Mode, Tokens};
use crate::snow::client::Snow;
use crate::snow::login_store::{self, SnowLogin};

pub fn run(ctx: &Context, c: SnowCommand) -> anyhow::Result<()> {
    match c {
        SnowCommand::Query(a) => query::run(ctx, a),
        SnowCommand::Get(a) => get::run(ctx, a),
        SnowCommand::Count(a) => count::run(ctx, a),
        SnowCommand::Sync(a) => sync::run(ctx, a),
        SnowCommand::Create(a) => create::run(ctx, a),
        SnowCommand::Update(a) => update::run(ctx, a),
        SnowCommand::Resolve(a) => resolve::run(ctx, a),
        SnowCommand::Login(a) => login::run(ctx, a),
        SnowCommand::Status(a) => status::run(ctx, a),
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

/// A client for the run: the secrets read now, once; an OAuth login starts from its stored
/// tokens when they were issued for this client and user.
fn connect(ctx: &Context, s: &SnowSettings, command: &'static str) -> anyhow::Result<Snow> {
    ctx.touched("snow", command, &s.profile_key, &s.base_url);
    let ui = &ctx.globals.ui;
    let read =
        |src: &Option<crate::config::SecretSource>| -> anyhow::Result<crate::config::Secret> {
            let src = src.as_ref().expect("settings require it");
            Ok(src.read(&mut |w| ui.warn(w))?)
        };
    let stored = s
        .stored
        .as_ref()
        .filter(|l| l.auth == s.mode && l.client_id == s.client_id && l.user == s.user);
    let credentials = match s.mode {
        Mode::Basic => Credentials::Basic {
            user: s.user.clone().expect("settings require it"),
            password: read(&s.password)?,
        },
        Mode::Token => Credentials::Bearer {
            tokens: match &s.token {
                Some(src) => Tokens {
                    access: src.read(&mut |w| ui.warn(w))?,
                    refresh: None,
                    expires_at: 0,
                },
                None => stored
                    .and_then(SnowLogin::tokens)
                    .expect("settings require it"),
            },
            grant: None,
        },
        Mode::OauthPassword | Mode::ClientCredentials => {
            let user = match s.mode {
                Mode::OauthPassword => Some((
                    s.user.clone().expect("settings require it"),
                    read(&s.password)?,
                )),
                _ => None,
            };
            Credentials::Bearer {
                // No stored token: an expired empty one, so that the first request asks for one.
                tokens: stored.and_then(SnowLogin::tokens).unwrap_or(Tokens {
                    access: crate::config::Secret::new(String::new()),
                    refresh: None,
                    expires_at: 1,
                }),
                grant: Some(Grant {
                    client_id: s.client_id.clone().expect("settings require it"),
                    client_secret: read(&s.client_secret)?,
                    user,
                }),
            }
        }
    };
    Ok(Snow::new(
        &s.base_url,
        credentials,
        s.ca_file.as_deref(),
        s.timeout,
        s.deadline,
    )
    .map_err(AppError::from_class)?)
}

/// What the run learnt that the next one needs: renewed tokens and the rate limit last
/// seen, into the stored login (when there is one for this way in).
fn keep(ctx: &Context, s: &SnowSettings, snow: &Snow) {
    let Some(mut login) = s
        .stored
        .clone()
        .filter(|l| l.auth == s.mode && l.client_id == s.client_id && l.user == s.user)
    else {
        return;
    };
    let renewed = block_on(snow.renewed_tokens());
    let rate = snow.rate_limit();
    if renewed.is_none() && rate.is_none() {
        return;
    }
    if let Some(t) = &renewed {
        login.set_tokens(t);
    }
    if rate.is_some() {
        login.rate_limit = rate;
    }
    if let Err(e) = login_store::save(&s.store, &login) {
        ctx.globals
            .ui
            .warn(format!("the stored login was not updated: {e}"));
    }
}
