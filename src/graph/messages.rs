//! Posting to a channel as a person (reference/msgraph.md §11): `POST
//! /teams/{id}/channels/{id}/messages` with a delegated token (ChannelMessage.Send). Graph
//! refuses app-only tokens for this outside migrations, so that is checked before sending. A
//! text message goes as HTML (what notifications and search show); a card as an Adaptive
//! Card attachment, the same card a Workflows webhook would post.

use serde_json::{Value, json};

use super::GraphError;
use super::client::Graph;
use super::teams::encode;

const SEND_PERMISSION: &str = "ChannelMessage.Send";

/// The chatMessage for a text, with an optional bold title.
pub fn text_message(title: Option<&str>, text: &str) -> Value {
    let mut html = String::new();
    if let Some(t) = title {
        html.push_str(&format!("<p><b>{}</b></p>", escape(t)));
    }
    let lines: Vec<String> = text.lines().map(escape).collect();
    html.push_str(&format!("<p>{}</p>", lines.join("<br>")));
    json!({"body": {"contentType": "html", "content": html}})
}

/// The chatMessage for an Adaptive Card (the card itself, not the webhook envelope).
pub fn card_message(card: &Value) -> Value {
    json!({
        "body": {"contentType": "html", "content": "<attachment id=\"card\"></attachment>"},
        "attachments": [{
            "id": "card",
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": null,
            // Graph takes the card as a JSON string here.
            "content": card.to_string(),
        }]
    })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// What Graph answers for a posted message: its id and link.
#[derive(Debug, Default, serde::Serialize)]
pub struct Posted {
    pub id: String,
    pub web_url: Option<String>,
    pub created: Option<String>,
}

/// Post `message` to a channel. The POST is retried only after a 429 (a 503 may have posted
/// it already, and a second POST would post it twice).
pub async fn post(
    g: &Graph,
    team_id: &str,
    channel_id: &str,
    message: &Value,
) -> Result<Posted, GraphError> {
    if g.token_kind() != "delegated" {
        return Err(GraphError::Api {
            status: 401,
            code: "DelegatedLoginRequired".into(),
            message: "posting to a channel through Graph needs a person's (delegated) login; Graph refuses app-only tokens outside migrations".into(),
            needs: Some(SEND_PERMISSION),
        });
    }
    let path = format!(
        "teams/{}/channels/{}/messages",
        encode(team_id),
        encode(channel_id)
    );
    let doc = g.post(&path, message, Some(SEND_PERMISSION)).await?;
    let text = |k: &str| doc.get(k).and_then(Value::as_str).map(str::to_owned);
    Ok(Posted {
        id: text("id").unwrap_or_default(),
        web_url: text("webUrl"),
        created: text("createdDateTime"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_html_and_a_card_is_an_attachment_string() {
        let m = text_message(Some("A <b>"), "x < y\nsecond & last");
        assert_eq!(
            m["body"]["content"],
            "<p><b>A &lt;b&gt;</b></p><p>x &lt; y<br>second &amp; last</p>"
        );
        let c = card_message(&json!({"type": "AdaptiveCard", "body": []}));
        let inner: Value =
            serde_json::from_str(c["attachments"][0]["content"].as_str().unwrap()).unwrap();
        assert_eq!(inner["type"], "AdaptiveCard");
    }
}
