//! What the Table API sends back (reference/servicenow.md §2, §5): values in their shapes,
//! the `Link` header, and the error envelope.
//!
//! Every scalar is a JSON string. A reference is `{"link","value"}` with raw values,
//! `{"display_value","link"}` with display values, and with `all` every field is
//! `{"display_value","value"}`; `sysparm_exclude_reference_link` collapses a reference to a
//! plain string. Rows come out as the raw value (a reference as its sys_id) and, when display
//! values are asked for, a `<field>_display` cell beside it.

use serde_json::{Map, Value};

/// `sysparm_display_value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Display {
    /// `false`: database values (references as sys_ids; date-times in UTC).
    Raw,
    /// `true`: what a person sees (the API user's zone and formats).
    Shown,
    /// `all`: both.
    Both,
}

impl Display {
    pub fn param(self) -> &'static str {
        match self {
            Display::Raw => "false",
            Display::Shown => "true",
            Display::Both => "all",
        }
    }
}

/// The output columns for `fields`: with `all`, `<field>_display` after each.
pub fn columns(fields: &[String], d: Display) -> Vec<String> {
    match d {
        Display::Both => fields
            .iter()
            .flat_map(|f| [f.clone(), format!("{f}_display")])
            .collect(),
        _ => fields.to_vec(),
    }
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        // Not a shape the API documents: kept as its JSON text, not lost.
        other => Some(other.to_string()),
    }
}

/// The raw and the shown value of one field, whatever its shape.
fn value_and_display(v: Option<&Value>, d: Display) -> (Option<String>, Option<String>) {
    match v {
        None => (None, None),
        Some(Value::Object(o)) => {
            let raw = o.get("value").and_then(scalar);
            let shown = o.get("display_value").and_then(scalar);
            match d {
                // A reference with display values has no `value`: the shown one stands.
                Display::Shown => (shown.or(raw), None),
                _ => (raw, shown),
            }
        }
        Some(other) => (scalar(other), None),
    }
}

/// How database date-times are written. The instance stores and sends them in UTC with no
/// zone (`2026-12-01 10:00:00`); atomctl writes them in RFC 3339 so that the zone is never
/// a guess: `2026-12-01T10:00:00Z`, or in the zone asked for
/// (`2026-12-01T11:00:00+01:00`). Display values are the API user's zone and format, and
/// stay as the instance wrote them.
#[derive(Debug, Clone, Default)]
pub struct Times {
    zone: Option<jiff::tz::TimeZone>,
    /// The date-time fields, from the dictionary; None: every value of that shape.
    fields: Option<std::collections::HashSet<String>>,
}

impl Times {
    /// `zone`: an IANA name (`Europe/Berlin`) or UTC.
    pub fn new(zone: Option<&str>) -> Result<Times, String> {
        let zone = match zone {
            None => None,
            Some(z) if z.eq_ignore_ascii_case("utc") => None,
            Some(z) => Some(jiff::tz::TimeZone::get(z).map_err(|e| format!("--tz {z}: {e}"))?),
        };
        Ok(Times { zone, fields: None })
    }

    /// Only these fields are date-times (the dictionary's `glide_date_time` and
    /// `due_date` fields).
    pub fn only(mut self, fields: impl IntoIterator<Item = String>) -> Times {
        self.fields = Some(fields.into_iter().collect());
        self
    }

    /// A raw value of `field`, converted when it is a date-time.
    pub fn raw(&self, field: &str, v: String) -> String {
        if self.fields.as_ref().is_some_and(|f| !f.contains(field)) {
            return v;
        }
        self.convert(&v).unwrap_or(v)
    }

    fn convert(&self, v: &str) -> Option<String> {
        let b = v.as_bytes();
        let shaped = b.len() == 19
            && b[4] == b'-'
            && b[7] == b'-'
            && b[10] == b' '
            && b[13] == b':'
            && b[16] == b':';
        if !shaped {
            return None;
        }
        let civil: jiff::civil::DateTime = v.replace(' ', "T").parse().ok()?;
        let utc = civil.to_zoned(jiff::tz::TimeZone::UTC).ok()?;
        Some(match &self.zone {
            None => utc.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            Some(z) => utc
                .with_time_zone(z.clone())
                .strftime("%Y-%m-%dT%H:%M:%S%:z")
                .to_string(),
        })
    }
}

/// One record as cells in the order of [`columns`], database date-times written as
/// `times` says.
pub fn cells(
    record: &Map<String, Value>,
    fields: &[String],
    d: Display,
    times: &Times,
) -> Vec<Option<String>> {
    let mut out = Vec::with_capacity(fields.len() * 2);
    for f in fields {
        let (raw, shown) = value_and_display(record.get(f), d);
        // With display values only, the cell is what a person sees: left as it is.
        let raw = match d {
            Display::Shown => raw,
            _ => raw.map(|v| times.raw(f, v)),
        };
        out.push(raw);
        if d == Display::Both {
            out.push(shown);
        }
    }
    out
}

/// The `next` URL of a `Link` header (`<url>;rel="next",<url>;rel="last"`). Only `next` is
/// followed: some releases offer a `prev` with offset −1 on the first page.
pub fn next_link(header: &str) -> Option<String> {
    header.split(',').find_map(|part| {
        let (url, params) = part.split_once(';')?;
        let url = url.trim().strip_prefix('<')?.strip_suffix('>')?;
        params
            .split(';')
            .any(|p| {
                let p = p.trim();
                p == "rel=\"next\"" || p == "rel=next"
            })
            .then(|| url.to_owned())
    })
}

/// The error envelope `{"error":{"message","detail"},"status":"failure"}`, or the OAuth one
/// `{"error":"server_error","error_description":"access_denied"}`.
pub fn error_message(body: &[u8]) -> Option<(String, Option<String>)> {
    let v: Value = serde_json::from_slice(body).ok()?;
    match v.get("error")? {
        Value::Object(e) => Some((
            e.get("message").and_then(scalar)?,
            e.get("detail").and_then(scalar).filter(|d| !d.is_empty()),
        )),
        Value::String(code) => Some((code.clone(), v.get("error_description").and_then(scalar))),
        _ => None,
    }
}

/// A page too big for the instance's transaction quota: ask again with a smaller one.
pub fn is_execution_timeout(message: &str) -> bool {
    message.contains("maximum execution time exceeded")
}

/// What almost every token failure answers (`access_denied`) can mean: ServiceNow does not
/// say which, so atomctl lists them.
pub const ACCESS_DENIED_CAUSES: &str = "ServiceNow does not say why; usually one of: a wrong client secret or client id; a wrong password; the user is locked out, inactive or lacks the web service access role; the grant type is not enabled (client_credentials needs glide.oauth.inbound.client.credential.grant_type.enabled and an OAuth Application User); the request was not form-encoded";

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rec(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn every_shape_gives_the_raw_value_and_the_shown_one_beside_it() {
        let fields = vec![
            "number".to_owned(),
            "caller_id".into(),
            "priority".into(),
            "gone".into(),
        ];
        let raw = rec(
            json!({"number": "INC1", "caller_id": {"link": "https://x/api/now/table/sys_user/abc", "value": "abc"}, "priority": "2"}),
        );
        assert_eq!(
            cells(&raw, &fields, Display::Raw, &Times::default()),
            [
                Some("INC1".into()),
                Some("abc".into()),
                Some("2".into()),
                None
            ]
        );
        let shown = rec(
            json!({"caller_id": {"display_value": "Ann Lee", "link": "…"}, "priority": "2 - High"}),
        );
        assert_eq!(
            cells(&shown, &fields[1..3], Display::Shown, &Times::default()),
            [Some("Ann Lee".into()), Some("2 - High".into())]
        );
        let both = rec(
            json!({"caller_id": {"display_value": "Ann Lee", "value": "abc", "link": "…"}, "priority": {"display_value": "2 - High", "value": "2"}}),
        );
        assert_eq!(
            columns(&fields[1..3], Display::Both),
            [
                "caller_id",
                "caller_id_display",
                "priority",
                "priority_display"
            ]
        );
        assert_eq!(
            cells(&both, &fields[1..3], Display::Both, &Times::default()),
            [
                Some("abc".into()),
                Some("Ann Lee".into()),
                Some("2".into()),
                Some("2 - High".into())
            ]
        );
        // An excluded link collapses a reference to its sys_id; an empty one is "".
        let collapsed = rec(json!({"caller_id": "abc", "priority": ""}));
        assert_eq!(
            cells(&collapsed, &fields[1..3], Display::Raw, &Times::default()),
            [Some("abc".into()), Some(String::new())]
        );
    }

    #[test]
    fn only_next_is_followed_and_errors_are_read_from_either_envelope() {
        let h = r#"<https://i/api/now/table/incident?sysparm_offset=0&sysparm_limit=1>;rel="first",<https://i/api/now/table/incident?sysparm_offset=-1>;rel="prev",<https://i/api/now/table/incident?sysparm_offset=1&sysparm_limit=1>;rel="next",<https://i/x?o=549>;rel="last""#;
        assert_eq!(
            next_link(h).as_deref(),
            Some("https://i/api/now/table/incident?sysparm_offset=1&sysparm_limit=1")
        );
        assert_eq!(next_link(r#"<https://i/x>;rel="last""#), None);
        assert_eq!(
            error_message(
                br#"{"error":{"message":"Invalid table incdent","detail":""},"status":"failure"}"#
            ),
            Some(("Invalid table incdent".into(), None))
        );
        assert_eq!(
            error_message(br#"{"error_description":"access_denied","error":"server_error"}"#),
            Some(("server_error".into(), Some("access_denied".into())))
        );
        assert_eq!(error_message(b"<html>"), None);
        assert!(is_execution_timeout(
            "Transaction cancelled: maximum execution time exceeded"
        ));
    }

    #[test]
    fn database_date_times_are_written_in_rfc_3339_utc_or_the_zone_asked_for() {
        let utc = Times::new(None).unwrap();
        assert_eq!(
            utc.raw("opened_at", "2026-07-01 22:30:00".into()),
            "2026-07-01T22:30:00Z"
        );
        let berlin = Times::new(Some("Europe/Berlin")).unwrap();
        // Summer time, across midnight; and winter time.
        assert_eq!(
            berlin.raw("opened_at", "2026-07-01 22:30:00".into()),
            "2026-07-02T00:30:00+02:00"
        );
        assert_eq!(
            berlin.raw("opened_at", "2026-12-01 10:00:00".into()),
            "2026-12-01T11:00:00+01:00"
        );
        // Only what the dictionary calls a date-time, and only that shape.
        let only = Times::new(None).unwrap().only(["opened_at".to_owned()]);
        assert_eq!(
            only.raw("short_description", "2026-07-01 22:30:00".into()),
            "2026-07-01 22:30:00"
        );
        assert_eq!(only.raw("opened_at", "".into()), "");
        assert_eq!(
            only.raw("opened_at", "javascript:gs.now()".into()),
            "javascript:gs.now()"
        );
        assert!(Times::new(Some("Mars/Olympus")).is_err());
    }
}
