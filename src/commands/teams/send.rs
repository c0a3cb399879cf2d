use std::io::Read;
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use super::{Context, block_on, connect, keep_renewed};
use crate::cli::teams::SendArgs;
use crate::config;
use crate::error::AppError;
use crate::graph::{messages, teams, webhook};
use crate::output::{TableLayout, TypedRows};
use crate::settings::teams as settings;

/// What to post, read and checked before anything is sent.
enum Content {
    Text {
        title: Option<String>,
        text: String,
    },
    /// An Adaptive Card (the card, not an envelope).
    Card(Value),
}

/// Post a message: through Graph as the signed-in person, or through a Workflows webhook.
/// Everything is checked before the request: the destination, the text or card, the size.
pub fn run(ctx: &Context, args: SendArgs) -> anyhow::Result<()> {
    let SendArgs {
        webhook_env,
        team,
        channel,
        message,
        message_file,
        title,
        card,
        rows,
        skip_empty,
        conn,
    } = args;
    let content = match card {
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| AppError::usage(format!("{}: {e}", path.display())))?;
            let value: Value = serde_json::from_str(&text)
                .map_err(|e| AppError::usage(format!("{}: not JSON: {e}", path.display())))?;
            let envelope = webhook::given_card(value)
                .map_err(|e| AppError::usage(format!("{}: {e}", path.display())))?;
            Content::Card(envelope["attachments"][0]["content"].clone())
        }
        None => {
            let text = match (message, message_file) {
                (Some(m), _) => m,
                (None, Some(p)) if p.as_os_str() == "-" => read_stdin()?,
                (None, Some(p)) => std::fs::read_to_string(&p)
                    .map_err(|e| AppError::usage(format!("{}: {e}", p.display())))?,
                (None, None) => read_stdin()?,
            };
            let text = if rows {
                row_lines(&text)?
            } else {
                text.trim_end().to_owned()
            };
            if text.is_empty() && skip_empty {
                ctx.globals
                    .ui
                    .detail("the text is empty: nothing sent (--skip-empty)");
                return Ok(());
            }
            if text.is_empty() {
                return Err(AppError::usage("the message is empty")
                    .with_hint("--message TEXT, --message-file FILE, or text on stdin")
                    .into());
            }
            Content::Text { title, text }
        }
    };
    match (webhook_env, team, channel) {
        (Some(var), _, _) => through_webhook(ctx, &var, &content, &conn.net),
        (None, Some(team), Some(channel)) => as_person(ctx, &team, &channel, &content, &conn),
        // clap requires one of the two.
        _ => Err(AppError::usage("give --webhook-env VAR, or --team and --channel").into()),
    }
}

/// NDJSON rows as lines of their values (`high · password_spray · 198.51.100.7 · …`);
/// nulls left out, nested values as JSON.
fn row_lines(text: &str) -> Result<String, AppError> {
    let mut out = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let row: serde_json::Map<String, Value> = serde_json::from_str(line).map_err(|e| {
            AppError::usage(format!("--rows: line {}: not a JSON object: {e}", n + 1))
                .with_hint("pipe in --format ndjson output")
        })?;
        let cells: Vec<String> = row
            .values()
            .filter(|v| !v.is_null())
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect();
        out.push(cells.join(" · "));
    }
    Ok(out.join("\n"))
}

/// The body as it will be sent, refused over Teams' size limit.
fn sized(doc: &Value) -> Result<Vec<u8>, AppError> {
    webhook::body(doc).map_err(|e| {
        AppError::usage(e).with_hint("shorten the text, or link to the details instead")
    })
}

fn as_person(
    ctx: &Context,
    team: &str,
    channel: &str,
    content: &Content,
    conn: &crate::cli::teams::TeamsConnArgs,
) -> anyhow::Result<()> {
    let message = match content {
        Content::Text { title, text } => messages::text_message(title.as_deref(), text),
        Content::Card(card) => messages::card_message(card),
    };
    let bytes = sized(&message)?.len();
    let s = settings(&ctx.globals, conn)?;
    let g = connect(ctx, &s, "send")?;
    let posted = block_on(async {
        let t = teams::find_team(&g, team).await?;
        let c = teams::find_channel(&g, &t, channel).await?;
        messages::post(&g, &t.id, &c.id, &message).await
    });
    keep_renewed(ctx, &s, &g);
    let posted = posted?;
    ctx.count(1);
    let mut w =
        TypedRows::new(ctx.globals.sink()?, ctx.globals.format()).layout(TableLayout::Vertical);
    w.write(&Sent {
        accepted: true,
        status: 201,
        bytes,
        id: Some(posted.id),
        web_url: posted.web_url,
        note: "posted to the channel",
    })?;
    w.finish()?.commit()?;
    Ok(())
}

fn through_webhook(
    ctx: &Context,
    webhook_env: &str,
    content: &Content,
    net: &crate::cli::NetArgs,
) -> anyhow::Result<()> {
    let url = config::secret_from_env(webhook_env).ok_or_else(|| {
        AppError::missing_setting(format!(
            "--webhook-env {webhook_env}: the variable is not set or empty"
        ))
        .with_hint(config::unset_variable_hint(webhook_env))
    })?;
    let url = url.expose().to_owned();
    // The shared rule for URLs that carry secrets (https, or plain http only to this
    // machine), with a message that never quotes the URL: its query is the signature.
    match crate::http::transport(&url) {
        Ok(crate::http::Transport::Https | crate::http::Transport::LoopbackHttp) => {}
        _ => {
            return Err(AppError::config(format!(
                "{webhook_env} does not hold an https:// webhook URL"
            ))
            .into());
        }
    }
    let doc = match content {
        Content::Text { title, text } => {
            webhook::envelope(webhook::text_card(title.as_deref(), text))
        }
        Content::Card(card) => webhook::envelope(card.clone()),
    };
    let body = sized(&doc)?;
    let bytes = body.len();
    ctx.touched("teams", "send", "", &webhook::redact(&url));
    let http = crate::http::client(
        net.ca_file.as_deref(),
        Duration::from_secs(net.timeout.unwrap_or(30)),
    )
    .map_err(AppError::config)?;
    let accepted = block_on(webhook::post(&http, &url, body, Duration::from_secs(120)))?;
    ctx.count(1);
    let mut w =
        TypedRows::new(ctx.globals.sink()?, ctx.globals.format()).layout(TableLayout::Vertical);
    w.write(&Sent {
        accepted: true,
        status: accepted.status,
        bytes,
        id: None,
        web_url: None,
        note: "accepted by the webhook; the flow posts it afterwards (its run history shows failures)",
    })?;
    w.finish()?.commit()?;
    Ok(())
}

fn read_stdin() -> Result<String, AppError> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|e| AppError::usage(format!("reading the message from stdin: {e}")))?;
    Ok(s)
}

#[derive(Serialize, Default)]
struct Sent {
    accepted: bool,
    status: u16,
    bytes: usize,
    /// The message's id and link (Graph; a webhook gives none).
    id: Option<String>,
    web_url: Option<String>,
    note: &'static str,
}
