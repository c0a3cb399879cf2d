//! Usage events as they arrive: NDJSON or CSV with the same columns. Each line parses on its
//! own, so a bad line is reported with its number and reason, and the others go on.

use std::borrow::Cow;

use serde::Deserialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub const TYPES: [&str; 7] = [
    "session_start",
    "conversation_started",
    "message_sent",
    "message_received",
    "voice_command",
    "file_uploaded",
    "error",
];

/// The documented columns, in the order a CSV header would name them.
pub const COLUMNS: [&str; 9] = [
    "ts",
    "user",
    "type",
    "id",
    "conversation_id",
    "channel",
    "response_ms",
    "bytes",
    "detail",
];

#[derive(Debug, Clone, PartialEq)]
pub struct Event<'a> {
    /// Unix seconds, UTC.
    pub ts: i64,
    /// Lower-case.
    pub user: String,
    pub kind: &'static str,
    pub id: Option<Cow<'a, str>>,
    pub conversation_id: Option<Cow<'a, str>>,
    pub channel: Option<Cow<'a, str>>,
    pub response_ms: Option<i64>,
    pub bytes: Option<i64>,
    pub detail: Option<Cow<'a, str>>,
}

impl Event<'_> {
    /// The idempotency key: the id when there is one, else the whole event.
    pub fn key(&self) -> [u8; 32] {
        crate::cache::events::event_key(&crate::cache::events::KeyFields {
            ts: self.ts,
            user: &self.user,
            kind: self.kind,
            id: self.id.as_deref(),
            conversation_id: self.conversation_id.as_deref(),
            channel: self.channel.as_deref(),
            response_ms: self.response_ms,
            bytes: self.bytes,
            detail: self.detail.as_deref(),
        })
    }
}

/// The fields as text, before checking (one CSV record or one JSON object).
#[derive(Debug, Default, Deserialize)]
pub struct Raw<'a> {
    #[serde(borrow)]
    pub ts: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub user: Option<Cow<'a, str>>,
    #[serde(borrow, rename = "type")]
    pub kind: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "text_or_number")]
    pub id: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "text_or_number")]
    pub conversation_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub channel: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "text_or_number")]
    pub response_ms: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "text_or_number")]
    pub bytes: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub detail: Option<Cow<'a, str>>,
}

/// JSON producers write ids and numbers either way: accept `"42"` and `42` alike.
fn text_or_number<'de, D>(d: D) -> Result<Option<Cow<'de, str>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum T<'a> {
        #[serde(borrow)]
        S(Cow<'a, str>),
        N(serde_json::Number),
    }
    Ok(match Option::<T<'de>>::deserialize(d)? {
        None => None,
        Some(T::S(s)) => Some(s),
        Some(T::N(n)) => Some(Cow::Owned(n.to_string())),
    })
}

fn present<'a>(v: Option<Cow<'a, str>>) -> Option<Cow<'a, str>> {
    v.filter(|s| !s.trim().is_empty())
}

fn count(name: &str, v: Option<Cow<'_, str>>) -> Result<Option<i64>, String> {
    match present(v) {
        None => Ok(None),
        Some(s) => match s.trim().parse::<i64>() {
            Ok(n) if n >= 0 => Ok(Some(n)),
            _ => Err(format!("{name}: {s:?} is not a whole number ≥ 0")),
        },
    }
}

/// Checks one event; the reason names the field.
pub fn check(raw: Raw<'_>) -> Result<Event<'_>, String> {
    let ts = present(raw.ts).ok_or("ts: missing")?;
    let ts = OffsetDateTime::parse(ts.trim(), &Rfc3339)
        .map_err(|_| format!("ts: {ts:?} is not an RFC 3339 timestamp"))?
        .unix_timestamp();
    let user = present(raw.user).ok_or("user: missing")?;
    let kind = present(raw.kind).ok_or("type: missing")?;
    let kind = TYPES
        .iter()
        .find(|t| **t == kind.trim())
        .ok_or_else(|| format!("type: {kind:?} is not one of {}", TYPES.join(", ")))?;
    Ok(Event {
        ts,
        user: user.trim().to_lowercase(),
        kind,
        id: present(raw.id),
        conversation_id: present(raw.conversation_id),
        channel: present(raw.channel),
        response_ms: count("response_ms", raw.response_ms)?,
        bytes: count("bytes", raw.bytes)?,
        detail: present(raw.detail),
    })
}

/// Where each documented column sits in a CSV header; unknown columns are an error, so a
/// typo does not silently drop a field.
pub fn csv_columns(header: &csv::StringRecord) -> Result<[Option<usize>; 9], String> {
    let mut at = [None; 9];
    for (i, name) in header.iter().enumerate() {
        let name = name.trim().trim_start_matches('\u{feff}');
        let slot = COLUMNS.iter().position(|c| *c == name).ok_or_else(|| {
            format!(
                "unknown column {name:?} (the columns are {})",
                COLUMNS.join(", ")
            )
        })?;
        at[slot] = Some(i);
    }
    for required in 0..3 {
        if at[required].is_none() {
            return Err(format!("the header has no {} column", COLUMNS[required]));
        }
    }
    Ok(at)
}

/// One CSV record as Raw fields, by the header's positions.
pub fn raw_from_csv<'r>(rec: &'r csv::StringRecord, at: &[Option<usize>; 9]) -> Raw<'r> {
    let f = |i: usize| at[i].and_then(|p| rec.get(p)).map(Cow::Borrowed);
    Raw {
        ts: f(0),
        user: f(1),
        kind: f(2),
        id: f(3),
        conversation_id: f(4),
        channel: f(5),
        response_ms: f(6),
        bytes: f(7),
        detail: f(8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_csv_forms_give_the_same_event_and_key() {
        let j: Raw<'_> = serde_json::from_str(
            r#"{"ts":"2026-01-05T10:00:00+01:00","user":"Alice@Example.com","type":"message_sent","response_ms":120,"channel":"web"}"#,
        )
        .unwrap();
        let a = check(j).unwrap();
        let header = csv::StringRecord::from(vec!["ts", "user", "type", "channel", "response_ms"]);
        let at = csv_columns(&header).unwrap();
        let rec = csv::StringRecord::from(vec![
            "2026-01-05T09:00:00Z",
            "alice@example.com",
            "message_sent",
            "web",
            "120",
        ]);
        let b = check(raw_from_csv(&rec, &at)).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.key(), b.key());
        assert_eq!(a.ts, 1_767_603_600);
    }

    #[test]
    fn bad_fields_are_named() {
        let bad = |s: &str| check(serde_json::from_str(s).unwrap()).unwrap_err();
        assert!(bad(r#"{"ts":"yesterday","user":"a","type":"error"}"#).starts_with("ts:"));
        assert!(
            bad(r#"{"ts":"2026-01-01T00:00:00Z","user":"a","type":"typing"}"#).starts_with("type:")
        );
        assert!(
            bad(r#"{"ts":"2026-01-01T00:00:00Z","user":"","type":"error"}"#).starts_with("user:")
        );
        assert!(
            bad(r#"{"ts":"2026-01-01T00:00:00Z","user":"a","type":"error","bytes":-1}"#)
                .starts_with("bytes:")
        );
        assert!(csv_columns(&csv::StringRecord::from(vec!["ts", "user", "typ"])).is_err());
    }
}
