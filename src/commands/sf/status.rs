use serde_json::Value;

use super::{Context, connect, keep_renewed};
use crate::cli::sf::StatusArgs;
use crate::commands::block_on;
use crate::output::{Format, RowWriter, TableLayout};
use crate::settings::{salesforce, sf_error};

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
    let (user, limits) = answer.map_err(sf_error)?;
    let text = |v: &Value, k: &str| v.get(k).cloned().unwrap_or(Value::Null);
    let daily = limits.get("DailyApiRequests");
    let usage = client.usage();
    let (flow, saved) = match &s.stored {
        Some((_, l)) => (Value::from(l.flow.clone()), Value::from(l.saved_at.clone())),
        None => (Value::from("access-token (one-shot)"), Value::Null),
    };
    let row = vec![
        Value::from(s.profile_key.clone()),
        text(&user, "organization_id"),
        text(&user, "user_id"),
        text(&user, "preferred_username"),
        Value::from(client.instance_url().to_owned()),
        Value::from(client.api_version().to_owned()),
        usage.map_or(Value::Null, |u| u.used.into()),
        usage.map_or(Value::Null, |u| u.max.into()),
        daily.map_or(Value::Null, |d| text(d, "Remaining")),
        flow,
        saved,
    ];
    let columns = [
        "profile",
        "org_id",
        "user_id",
        "username",
        "instance_url",
        "api_version",
        "api_used",
        "api_limit",
        "daily_api_remaining",
        "login_flow",
        "logged_in_at",
    ];
    let format = ctx.globals.format().require(
        &[Format::Table, Format::Json, Format::Ndjson, Format::Csv],
        "status",
    )?;
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        format,
        columns.iter().map(|c| c.to_string()).collect(),
    )
    .layout(TableLayout::Vertical);
    w.write_row(&row)?;
    w.finish()?.commit()?;
    Ok(())
}
