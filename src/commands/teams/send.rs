use std::io::Read;
use std::time::Duration;

use serde::Serialize;

use super::{Context, block_on};
use crate::cli::teams::SendArgs;
use crate::config;
use crate::error::AppError;
use crate::graph::webhook;
use crate::output::{TableLayout, TypedRows};

/// Post a message through a Workflows webhook. Everything is checked before the request: the
/// URL's variable, the text or card, the size.
pub fn run(ctx: &Context, args: SendArgs) -> anyhow::Result<()> {
    let SendArgs {
        webhook_env,
        message,
        message_file,
        title,
        card,
        net,
    } = args;
    let url = config::secret_from_env(&webhook_env).ok_or_else(|| {
        AppError::missing_setting(format!(
            "--webhook-env {webhook_env}: the variable is not set or empty"
        ))
        .with_hint(config::unset_variable_hint(&webhook_env))
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
    let doc = match card {
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| AppError::usage(format!("{}: {e}", path.display())))?;
            let value: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| AppError::usage(format!("{}: not JSON: {e}", path.display())))?;
            webhook::given_card(value)
                .map_err(|e| AppError::usage(format!("{}: {e}", path.display())))?
        }
        None => {
            let text = match (message, message_file) {
                (Some(m), _) => m,
                (None, Some(p)) if p.as_os_str() == "-" => read_stdin()?,
                (None, Some(p)) => std::fs::read_to_string(&p)
                    .map_err(|e| AppError::usage(format!("{}: {e}", p.display())))?,
                (None, None) => read_stdin()?,
            };
            let text = text.trim_end();
            if text.is_empty() {
                return Err(AppError::usage("the message is empty")
                    .with_hint("--message TEXT, --message-file FILE, or text on stdin")
                    .into());
            }
            webhook::envelope(webhook::text_card(title.as_deref(), text))
        }
    };
    let body = webhook::body(&doc).map_err(|e| {
        AppError::usage(e).with_hint("shorten the text, or link to the details instead")
    })?;
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
    note: &'static str,
}
