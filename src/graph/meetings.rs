//! Scheduling a Teams meeting: a calendar event in the organizer's mailbox with a Teams link,
//! which also sends the invitations (reference/msgraph.md §10). Everything Graph would refuse
//! is refused here first; times go as UTC, so no zone name can be rejected.

use serde::Serialize;
use serde_json::{Value, json};

use super::GraphError;
use super::client::Graph;
use super::teams::encode;

const PERMISSION: &str = "Calendars.ReadWrite";

/// A meeting to create, already checked.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub organizer: String,
    pub subject: String,
    pub start: jiff::Timestamp,
    pub end: jiff::Timestamp,
    pub required: Vec<String>,
    pub optional: Vec<String>,
    pub body: Option<String>,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct Created {
    pub event_id: String,
    pub subject: String,
    pub start: String,
    pub end: String,
    pub join_url: Option<String>,
    pub web_link: Option<String>,
    pub attendees: usize,
}

/// A time with its zone: RFC 3339 with an offset or `Z` (`2026-12-03T15:00:00+01:00`).
pub fn parse_time(what: &str, text: &str) -> Result<jiff::Timestamp, String> {
    text.parse::<jiff::Timestamp>().map_err(|_| {
        format!("{what} `{text}` is not a time with a zone: give it as 2026-12-03T15:00:00+01:00 or 2026-12-03T14:00:00Z")
    })
}

/// A plausible mail address: one `@`, something before it, a dot in the domain.
pub fn check_address(a: &str) -> Result<(), String> {
    match a.split_once('@') {
        Some((user, domain))
            if !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !a.contains(char::is_whitespace)
                && !domain.contains('@') =>
        {
            Ok(())
        }
        _ => Err(format!("`{a}` is not a mail address")),
    }
}

impl NewMeeting {
    /// What Graph would refuse, refused before any request.
    pub fn check(&self) -> Result<(), String> {
        if self.subject.trim().is_empty() {
            return Err("the subject is empty".into());
        }
        check_address(&self.organizer).map_err(|e| format!("--organizer: {e}"))?;
        if self.end <= self.start {
            return Err(format!(
                "the meeting ends ({}) before it starts ({})",
                self.end, self.start
            ));
        }
        for a in self.required.iter().chain(&self.optional) {
            check_address(a)?;
        }
        Ok(())
    }

    fn event(&self) -> Value {
        let when = |t: &jiff::Timestamp| json!({"dateTime": t.strftime("%Y-%m-%dT%H:%M:%S").to_string(), "timeZone": "UTC"});
        let attendee =
            |a: &String, kind: &str| json!({"emailAddress": {"address": a}, "type": kind});
        let attendees: Vec<Value> = self
            .required
            .iter()
            .map(|a| attendee(a, "required"))
            .chain(self.optional.iter().map(|a| attendee(a, "optional")))
            .collect();
        let mut e = json!({
            "subject": self.subject,
            "start": when(&self.start),
            "end": when(&self.end),
            "attendees": attendees,
            "isOnlineMeeting": true,
            "onlineMeetingProvider": "teamsForBusiness",
        });
        if let Some(b) = &self.body {
            e["body"] = json!({"contentType": "text", "content": b});
        }
        e
    }
}

/// Create the event. A 201 without a Teams link (an organizer who cannot host Teams
/// meetings) is an error that names the event created.
pub async fn create(g: &Graph, m: &NewMeeting) -> Result<Created, GraphError> {
    let path = format!("users/{}/events", encode(&m.organizer));
    let e = g.post(&path, &m.event(), Some(PERMISSION)).await?;
    let text = |p: &str| e.pointer(p).and_then(Value::as_str).map(str::to_owned);
    let created = Created {
        event_id: text("/id").unwrap_or_default(),
        subject: m.subject.clone(),
        start: m.start.to_string(),
        end: m.end.to_string(),
        join_url: text("/onlineMeeting/joinUrl"),
        web_link: text("/webLink"),
        attendees: m.required.len() + m.optional.len(),
    };
    if created.join_url.is_none() {
        return Err(GraphError::NoJoinLink {
            event_id: created.event_id,
            organizer: m.organizer.clone(),
        });
    }
    Ok(created)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_need_a_zone_and_addresses_a_domain() {
        assert!(parse_time("--start", "2026-12-03T15:00:00+01:00").is_ok());
        assert!(parse_time("--start", "2026-12-03T15:00:00").is_err());
        assert!(check_address("a@b.example").is_ok());
        for bad in [
            "a@b",
            "@b.example",
            "a b@c.example",
            "a@.example",
            "a@b.example.",
        ] {
            assert!(check_address(bad).is_err(), "{bad}");
        }
    }
}
