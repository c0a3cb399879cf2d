//! `snow login`: sign in the way the flags and profile say, prove it with a request, and
//! store the connection for the profile (0600): the instance, the way in, the user and
//! client, where each secret is read from (never a password or client secret), and an
//! OAuth login's tokens.

use super::{Context, connect};
use crate::cli::snow::LoginArgs;
use crate::settings::snow as settings;
use crate::snow::login_store::{self, SnowLogin};

pub fn run(ctx: &Context, args: LoginArgs) -> anyhow::Result<()> {
    let mut s = settings::snow(&ctx.globals, &args.conn)?;
    // A login proves the credentials: a new grant, not the stored token.
    let earlier = s.stored.take();
    let snow = connect(ctx, &s, "login")?;
    let who = super::status::look_up(&s, &snow)?;
    let mut login = SnowLogin::new(&s.base_url, s.mode);
    login.user = s.user.clone();
    login.client_id = s.client_id.clone();
    login.password_from = s.password.clone();
    login.client_secret_from = s.client_secret.clone();
    login.token_from = s.token.clone();
    if let Some(t) = super::block_on(snow.renewed_tokens()) {
        login.set_tokens(&t);
    }
    login.rate_limit = snow.rate_limit().or(earlier.and_then(|l| l.rate_limit));
    login_store::save(&s.store, &login)?;
    ctx.globals
        .ui
        .detail(format!("login stored in {}", s.store.display()));
    super::status::show(ctx, &s, &snow, &who)
}
