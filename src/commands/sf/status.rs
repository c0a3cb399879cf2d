use serde::Serialize;
use serde_json::Value;

use super::{Context, connect, keep_renewed};
use crate::cli::sf::StatusArgs;
use crate::commands::block_on;
use crate::output::{TableLayout, TypedRows};
use crate::settings::salesforce;

/// Who the token belongs to (OpenID userinfo), and the API usage from `Sforce-Limit-Info`.
pub fn run(ctx: &Context, args: StatusArgs) -> anyhow::Result<()> {
    let StatusArgs { conn } = args;
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "status")?;
    let answer = block_on(async {
        let user: Value = client.get_json("/services/oauth2/userinfo").await?;
        let limits: Value = client.get_json("limits").await?;
        Ok::<_, crate::salesforce::SfError>((user, limits))
    });
    keep_renewed(ctx, &mut s, &client);
    let (user, limits) = answer?;
    let text = |v: &Value, k: &str| v.get(k).cloned().unwrap_or(Value::Null);
    let usage = client.usage();
    let (login_flow, logged_in_at) = match &s.stored {
        Some((_, l)) => (l.flow.clone(), Some(l.saved_at.clone())),
        None => ("access-token (one-shot)".to_owned(), None),
    };
    let row = StatusRow {
        profile: s.profile_key.clone(),
        org_id: text(&user, "organization_id"),
        user_id: text(&user, "user_id"),
        username: text(&user, "preferred_username"),
        instance_url: client.instance_url().to_owned(),
        api_version: client.api_version().to_owned(),
        api_used: usage.map(|u| u.used),
        api_limit: usage.map(|u| u.max),
        daily_api_remaining: limits
            .get("DailyApiRequests")
            .map_or(Value::Null, |d| text(d, "Remaining")),
        login_flow,
        logged_in_at,
    };
    let format = ctx.globals.format();
    let mut w = TypedRows::new(ctx.globals.sink()?, format).layout(TableLayout::Vertical);
    w.write(&row)?;
    w.finish()?.commit()?;
    Ok(())
}

/// The org, the user, the API usage and how the login was made. Values the org's answers
/// carry are kept as the org gave them.
#[derive(Serialize, Default)]
struct StatusRow {
    profile: String,
    org_id: Value,
    user_id: Value,
    username: Value,
    instance_url: String,
    api_version: String,
    /// From the last response's `Sforce-Limit-Info`.
    api_used: Option<u64>,
    api_limit: Option<u64>,
    daily_api_remaining: Value,
    login_flow: String,
    logged_in_at: Option<String>,
}
