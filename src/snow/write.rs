//! Writing records through the Table API (reference/servicenow.md §2, §5, §6): POST creates
//! (201 and the record), PATCH updates (200 and the record).
//!
//! What an instance would refuse or quietly get wrong is checked before anything is sent:
//! priority is computed from impact and urgency by a lookup rule, so it is never written;
//! resolving or closing an incident without a close code and notes is refused by most
//! instances' data policies.
//!
//! A create is not idempotent. When its answer is lost (a gateway error, a connection that
//! broke after the request went out) the record may exist. Each create carries a marker in
//! `correlation_id` (task tables have it; a value the caller gives is used as it is); before
//! sending again, the record with that marker is looked for, and if found it is the answer.
//! A table without the field is not sent again: the error says the write is unconfirmed.

use serde_json::{Map, Value};

use super::SnowError;
use super::client::{Retry, Snow};
use super::values::Display;

/// The field a create's marker goes in.
pub const MARKER_FIELD: &str = "correlation_id";
/// How many times a create whose answer was lost is looked for and sent again.
const CREATE_ATTEMPTS: u32 = 3;

pub struct WriteOptions {
    /// Reference and choice fields given by display value (`assignment_group=Service Desk`).
    pub input_display: bool,
    /// How the written record comes back.
    pub display: Display,
}

impl WriteOptions {
    fn params(&self) -> Vec<(&'static str, String)> {
        vec![
            ("sysparm_display_value", self.display.param().to_owned()),
            ("sysparm_exclude_reference_link", "true".to_owned()),
            (
                "sysparm_input_display_value",
                self.input_display.to_string(),
            ),
        ]
    }
}

/// The record a create made, and whether its first answer was lost and it was found by its
/// marker instead.
pub struct Created {
    pub record: Map<String, Value>,
    pub recovered: bool,
}

/// A value as the text a field holds (`--json` may give numbers and booleans).
pub fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The states that close an incident: 6 Resolved, 7 Closed.
fn closes(state: &str) -> bool {
    matches!(
        state.trim().to_ascii_lowercase().as_str(),
        "6" | "7" | "resolved" | "closed"
    )
}

/// Refuse locally what the instance would refuse or silently get wrong. `current` is the
/// record an update changes.
pub fn check(
    table: &str,
    fields: &Map<String, Value>,
    current: Option<&Map<String, Value>>,
) -> Result<(), SnowError> {
    if fields.contains_key("priority") {
        return Err(SnowError::Refused {
            message: "priority is not written: the instance computes it from impact and urgency"
                .into(),
            hint:
                "set impact and urgency (1 High … 3 Low); the priority comes back with the record"
                    .into(),
        });
    }
    let state = fields.get("state").map(text);
    if table == "incident" && state.as_deref().is_some_and(closes) {
        let has = |f: &str| {
            let given = fields.get(f).map(text);
            let held = current.and_then(|c| c.get(f)).map(|v| match v {
                Value::Object(o) => o.get("value").map(text).unwrap_or_default(),
                v => text(v),
            });
            given.or(held).is_some_and(|v| !v.trim().is_empty())
        };
        let missing: Vec<&str> = ["close_code", "close_notes"]
            .into_iter()
            .filter(|f| !has(f))
            .collect();
        if !missing.is_empty() {
            return Err(SnowError::Refused {
                message: format!(
                    "resolving or closing an incident needs {} (most instances refuse it without)",
                    missing.join(" and ")
                ),
                hint: "snow resolve incident NUMBER --close-code CODE --close-notes TEXT".into(),
            });
        }
    }
    Ok(())
}

/// A fresh marker for a create.
pub fn marker() -> String {
    let mut r = [0u8; 16];
    // Without randomness the marker is still unique enough within one run's retries.
    let _ = aws_lc_rs::rand::fill(&mut r);
    format!("atomctl:{:032x}", u128::from_be_bytes(r))
}

fn record(doc: Value, what: &str) -> Result<Map<String, Value>, SnowError> {
    match doc {
        Value::Object(mut o) => match o.remove("result") {
            Some(Value::Object(r)) => Ok(r),
            _ => Err(SnowError::Protocol(format!("{what}: no `result` record"))),
        },
        _ => Err(SnowError::Protocol(format!("{what}: no `result` record"))),
    }
}

/// Create a record in `table`. With a marker (`fields[MARKER_FIELD]`), a create whose
/// answer was lost is looked for before it is sent again.
pub async fn create(
    snow: &Snow,
    table: &str,
    fields: &Map<String, Value>,
    o: &WriteOptions,
) -> Result<Created, SnowError> {
    let marker = fields.get(MARKER_FIELD).map(text).filter(|m| !m.is_empty());
    let path = format!("api/now/table/{table}");
    let params = o.params();
    let body = Value::Object(fields.clone());
    let mut attempt = 0;
    loop {
        attempt += 1;
        match snow
            .send(
                reqwest::Method::POST,
                &path,
                &params,
                Some(&body),
                Retry::OnlyRefused,
            )
            .await
        {
            Ok(a) => {
                return Ok(Created {
                    record: record(a.doc()?, table)?,
                    recovered: false,
                });
            }
            Err(SnowError::Unconfirmed(why)) => {
                let Some(m) = marker.as_deref() else {
                    return Err(SnowError::Unconfirmed(why));
                };
                if let Some(found) = find_marked(snow, table, m, o).await? {
                    return Ok(Created {
                        record: found,
                        recovered: true,
                    });
                }
                if attempt >= CREATE_ATTEMPTS {
                    return Err(SnowError::Unconfirmed(why));
                }
                tracing::debug!(%why, attempt, "the create's answer was lost and no record has its marker; sending it again");
            }
            Err(e) => return Err(e),
        }
    }
}

/// The record carrying `marker`, if the instance made it.
async fn find_marked(
    snow: &Snow,
    table: &str,
    marker: &str,
    o: &WriteOptions,
) -> Result<Option<Map<String, Value>>, SnowError> {
    let mut params = o.params();
    params.retain(|(k, _)| *k != "sysparm_input_display_value");
    params.push((
        "sysparm_query",
        format!("{MARKER_FIELD}={}", marker.replace('^', "^^")),
    ));
    params.push(("sysparm_limit", "2".into()));
    let a = snow.get(&format!("api/now/table/{table}"), &params).await?;
    let mut rows: Vec<Map<String, Value>> = match a.doc()? {
        Value::Object(mut d) => match d.remove("result") {
            Some(Value::Array(r)) => r
                .into_iter()
                .filter_map(|x| match x {
                    Value::Object(o) => Some(o),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    Ok(match rows.len() {
        1 => rows.pop(),
        _ => None,
    })
}

/// Change fields of the record `sys_id` (PATCH: sending the same values twice is harmless,
/// so a lost answer is simply sent again).
pub async fn update(
    snow: &Snow,
    table: &str,
    sys_id: &str,
    fields: &Map<String, Value>,
    o: &WriteOptions,
) -> Result<Map<String, Value>, SnowError> {
    let a = snow
        .send(
            reqwest::Method::PATCH,
            &format!("api/now/table/{table}/{sys_id}"),
            &o.params(),
            Some(&Value::Object(fields.clone())),
            Retry::Always,
        )
        .await?;
    record(a.doc()?, table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn priority_is_never_written_and_closing_needs_both_close_fields() {
        let e = check("incident", &map(json!({"priority": "1"})), None).unwrap_err();
        assert!(e.to_string().contains("impact and urgency"), "{e}");
        assert!(check("incident", &map(json!({"impact": "1", "urgency": 2})), None).is_ok());
        let e = check(
            "incident",
            &map(json!({"state": "6", "close_code": "Solved (Permanently)"})),
            None,
        )
        .unwrap_err();
        assert!(e.to_string().contains("needs close_notes"), "{e}");
        // What the record already holds counts; so do display values.
        let current = map(json!({"close_code": "Solved", "close_notes": {"value": "fixed"}}));
        assert!(check("incident", &map(json!({"state": 7})), Some(&current)).is_ok());
        assert!(check("incident", &map(json!({"state": "Resolved"})), None).is_err());
        // Other states and tables are not this rule's business.
        assert!(check("incident", &map(json!({"state": "2"})), None).is_ok());
        assert!(check("problem", &map(json!({"state": "6"})), None).is_ok());
    }

    #[test]
    fn markers_are_distinct() {
        let (a, b) = (marker(), marker());
        assert!(a.starts_with("atomctl:") && a.len() == 40, "{a}");
        assert_ne!(a, b);
    }
}
