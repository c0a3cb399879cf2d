//! Posting to a channel through a Workflows webhook: the message as an Adaptive Card in the
//! envelope the flow expects, checked for size before it leaves, and the answer read as
//! "accepted" — the flow runs afterwards, so 202 is not "delivered" (reference/msgraph.md
//! §11). The URL carries its own authorization (`sig=`): it is a secret and never shown.

use std::time::Duration;

use serde_json::{Value, json};

use super::GraphError;

/// What Teams takes in one message; over it the flow fails where nobody sees it.
pub const MAX_BYTES: usize = 28 * 1024;

/// The envelope around a card: `{"type":"message","attachments":[{…adaptive card…}]}`.
pub fn envelope(card: Value) -> Value {
    json!({
        "type": "message",
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": null,
            "content": card,
        }]
    })
}

/// A card of a title (optional, bold) and the text, wrapped.
pub fn text_card(title: Option<&str>, text: &str) -> Value {
    let mut body = Vec::new();
    if let Some(t) = title {
        body.push(json!({"type": "TextBlock", "text": t, "weight": "Bolder", "size": "Medium", "wrap": true}));
    }
    body.push(json!({"type": "TextBlock", "text": text, "wrap": true}));
    json!({
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
    })
}

/// A card given whole: an Adaptive Card, or an envelope that holds one.
pub fn given_card(doc: Value) -> Result<Value, String> {
    match doc.get("type").and_then(Value::as_str) {
        Some("AdaptiveCard") => Ok(envelope(doc)),
        Some("message") => {
            let inner = doc
                .pointer("/attachments/0/content/type")
                .and_then(Value::as_str);
            if inner == Some("AdaptiveCard") {
                Ok(doc)
            } else {
                Err("the message's first attachment is not an Adaptive Card".into())
            }
        }
        _ => Err("not an Adaptive Card: its \"type\" must be \"AdaptiveCard\" (Workflows fails on a bare {\"text\": …})".into()),
    }
}

/// The body to send, refused when over the limit.
pub fn body(message: &Value) -> Result<Vec<u8>, String> {
    let bytes = serde_json::to_vec(message).map_err(|e| e.to_string())?;
    if bytes.len() > MAX_BYTES {
        return Err(format!(
            "the message is {} bytes; Teams takes at most {MAX_BYTES}",
            bytes.len()
        ));
    }
    Ok(bytes)
}

/// The webhook's answer: its status (202 or 200).
pub struct Accepted {
    pub status: u16,
}

/// POST the body. 429 waits out `Retry-After` (at most 3 attempts within `deadline`); a
/// connector-style 200 whose body reports an HTTP error is a failure, not a success.
pub async fn post(
    http: &reqwest::Client,
    url: &str,
    body: Vec<u8>,
    deadline: Duration,
) -> Result<Accepted, GraphError> {
    let shown = redact(url);
    let started = std::time::Instant::now();
    let mut attempts = 0;
    loop {
        attempts += 1;
        let resp = http
            .post(url)
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await
            .map_err(|e| match crate::http::certificate_problem(&e) {
                Some(p) => GraphError::Certificate(format!("{shown}: {p}")),
                None => GraphError::Unavailable {
                    attempts,
                    last: format!("{shown}: {}", describe(&e)),
                },
            })?;
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        let text = crate::http::read_capped(resp, 64 * 1024)
            .await
            .unwrap_or_default();
        let text = String::from_utf8_lossy(&text[..text.len().min(300)]).into_owned();
        match status {
            200..=299 if text.contains("returned HTTP error") => {
                return Err(GraphError::Api {
                    status,
                    code: "WebhookFailed".into(),
                    message: format!("{shown}: {text}"),
                    needs: None,
                });
            }
            200..=299 => return Ok(Accepted { status }),
            429 | 503 => {
                let wait = Duration::from_secs(retry_after.unwrap_or(1 << attempts));
                if attempts >= 3 || started.elapsed() + wait > deadline {
                    return Err(GraphError::Unavailable {
                        attempts,
                        last: format!("{shown}: HTTP {status}"),
                    });
                }
                tokio::time::sleep(wait).await;
            }
            _ => {
                return Err(GraphError::Api {
                    status,
                    code: format!("HTTP{status}"),
                    message: format!("{shown}: {text}"),
                    needs: None,
                });
            }
        }
    }
}

/// The URL without its query, where the signature is.
pub fn redact(url: &str) -> String {
    match url.split_once('?') {
        Some((base, _)) => format!("{base}?…"),
        None => url.to_owned(),
    }
}

fn describe(e: &reqwest::Error) -> String {
    // reqwest puts the URL, signature and all, in its messages: keep only the causes.
    let text = crate::http::describe(e);
    match text.find("?") {
        Some(i) => {
            let end = text[i..].find(')').map_or(text.len(), |j| i + j);
            format!("{}?…{}", &text[..i], &text[end..])
        }
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_are_wrapped_checked_and_sized() {
        let m = envelope(text_card(
            Some("Alert"),
            "IdP certificate expires in 5 days",
        ));
        assert_eq!(m["attachments"][0]["content"]["type"], "AdaptiveCard");
        assert_eq!(
            m["attachments"][0]["content"]["body"][1]["text"],
            "IdP certificate expires in 5 days"
        );
        assert!(given_card(json!({"text": "hi"})).is_err());
        assert!(given_card(json!({"type": "AdaptiveCard", "body": []})).is_ok());
        let big = envelope(text_card(None, &"x".repeat(MAX_BYTES)));
        assert!(body(&big).unwrap_err().contains("at most"));
        assert_eq!(
            redact("https://x.logic.azure.com/wf?sig=SECRET&a=b"),
            "https://x.logic.azure.com/wf?…"
        );
    }
}
