//! Small writes through sObject REST (reference/salesforce-api.md, Writes W4 and
//! collections): one record by `sobjects/{T}/{id}`, several by `composite/sobjects` (up to
//! 200 per request, `allOrNone` when asked). Every record comes back as an [`Outcome`]:
//! its id, whether it was created, and the org's errors for it; a record refused by the org
//! is an outcome, not a failure of the command.
//!
//! Creates are POSTed once ([`Client::post_once`]): a lost answer is reported as unconfirmed,
//! never sent again to make duplicates. Updates, upserts and deletes are idempotent and
//! retried like reads.

use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::{Client, SfError};

/// Records per sObject collections request.
pub const COLLECTION_MAX: usize = 200;

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordError {
    #[serde(alias = "errorCode")]
    pub status_code: String,
    pub message: String,
    #[serde(default)]
    pub fields: Vec<String>,
}

/// What happened to one record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Outcome {
    #[serde(default)]
    pub id: Option<String>,
    pub success: bool,
    #[serde(default)]
    pub created: Option<bool>,
    #[serde(default)]
    pub errors: Vec<RecordError>,
}

impl Outcome {
    fn ok(id: Option<String>, created: Option<bool>) -> Outcome {
        Outcome {
            id,
            success: true,
            created,
            errors: Vec::new(),
        }
    }

    /// A single-record call the org refused with its error body.
    fn refused(id: Option<String>, e: &SfError) -> Option<Outcome> {
        match e {
            SfError::Api {
                status: 400 | 404,
                code,
                message,
            } => Some(Outcome {
                id,
                success: false,
                created: None,
                errors: vec![RecordError {
                    status_code: code.clone(),
                    message: message.clone(),
                    fields: Vec::new(),
                }],
            }),
            _ => None,
        }
    }
}

fn segment(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// One record, the fields asked for (all when none), without `attributes`.
pub async fn get(
    client: &Client,
    object: &str,
    id: &str,
    fields: &[String],
) -> Result<Map<String, Value>, SfError> {
    let mut path = format!("sobjects/{}/{}", segment(object), segment(id));
    if !fields.is_empty() {
        path.push_str(&format!("?fields={}", segment(&fields.join(","))));
    }
    let mut record: Map<String, Value> = super::client::parse_json(&client.get(&path).await?.body)?;
    record.remove("attributes");
    Ok(record)
}

fn typed(object: &str, mut fields: Map<String, Value>) -> Value {
    fields.insert("attributes".into(), json!({ "type": object }));
    Value::Object(fields)
}

fn outcomes(body: &[u8]) -> Result<Vec<Outcome>, SfError> {
    super::client::parse_json(body)
}

/// Create records: one by sObject REST, several by collections.
pub async fn create(
    client: &Client,
    object: &str,
    records: Vec<Map<String, Value>>,
    all_or_none: bool,
) -> Result<Vec<Outcome>, SfError> {
    if records.len() == 1 {
        let body = Value::Object(records.into_iter().next().expect("one"));
        return match client
            .post_once(&format!("sobjects/{}/", segment(object)), &body)
            .await
        {
            Ok(reply) => Ok(vec![super::client::parse_json(&reply.body)?]),
            Err(e) => Outcome::refused(None, &e).map(|o| vec![o]).ok_or(e),
        };
    }
    let mut out = Vec::with_capacity(records.len());
    let mut chunk = Vec::new();
    for r in records {
        chunk.push(typed(object, r));
        if chunk.len() == COLLECTION_MAX {
            out.extend(create_chunk(client, std::mem::take(&mut chunk), all_or_none).await?);
        }
    }
    if !chunk.is_empty() {
        out.extend(create_chunk(client, chunk, all_or_none).await?);
    }
    Ok(out)
}

async fn create_chunk(
    client: &Client,
    records: Vec<Value>,
    all_or_none: bool,
) -> Result<Vec<Outcome>, SfError> {
    let body = json!({ "allOrNone": all_or_none, "records": records });
    outcomes(&client.post_once("composite/sobjects", &body).await?.body)
}

/// Set `fields` on the records `ids`.
pub async fn update(
    client: &Client,
    object: &str,
    ids: &[String],
    fields: &Map<String, Value>,
    all_or_none: bool,
) -> Result<Vec<Outcome>, SfError> {
    if let [id] = ids {
        let path = format!("sobjects/{}/{}", segment(object), segment(id));
        return match client
            .patch_json(&path, &Value::Object(fields.clone()))
            .await
        {
            Ok(_) => Ok(vec![Outcome::ok(Some(id.clone()), Some(false))]),
            Err(e) => Outcome::refused(Some(id.clone()), &e)
                .map(|o| vec![o])
                .ok_or(e),
        };
    }
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(COLLECTION_MAX) {
        let records: Vec<Value> = chunk
            .iter()
            .map(|id| {
                let mut r = fields.clone();
                r.insert("id".into(), json!(id));
                typed(object, r)
            })
            .collect();
        let body = json!({ "allOrNone": all_or_none, "records": records });
        let mut got = outcomes(&client.patch_json("composite/sobjects", &body).await?.body)?;
        // An outcome names its record only on success: the order is the request's.
        for (o, id) in got.iter_mut().zip(chunk) {
            o.id.get_or_insert_with(|| id.clone());
        }
        out.extend(got);
    }
    Ok(out)
}

/// Create or update the record whose external id `field` is `value`. Several matches are
/// an error: nothing is written.
pub async fn upsert(
    client: &Client,
    object: &str,
    field: &str,
    value: &str,
    fields: &Map<String, Value>,
) -> Result<Outcome, SfError> {
    let path = format!(
        "sobjects/{}/{}/{}",
        segment(object),
        segment(field),
        segment(value)
    );
    match client
        .patch_json(&path, &Value::Object(fields.clone()))
        .await
    {
        // 201 created / 200 updated with a body; 204 (before API 46.0) updated.
        Ok(reply) if reply.body.is_empty() => Ok(Outcome::ok(None, Some(false))),
        Ok(reply) => super::client::parse_json(&reply.body),
        Err(SfError::Api { status: 300, .. }) => Err(SfError::Api {
            status: 300,
            code: "MULTIPLE_CHOICES".into(),
            message: format!(
                "several {object} records have {field} = {value}: nothing was written"
            ),
        }),
        Err(e) => Outcome::refused(None, &e).ok_or(e),
    }
}

/// Delete the records `ids` (to the recycle bin).
pub async fn delete(
    client: &Client,
    ids: &[String],
    object: &str,
    all_or_none: bool,
) -> Result<Vec<Outcome>, SfError> {
    if let [id] = ids {
        let path = format!("sobjects/{}/{}", segment(object), segment(id));
        return match client.delete(&path).await {
            Ok(_) => Ok(vec![Outcome::ok(Some(id.clone()), None)]),
            Err(e) => Outcome::refused(Some(id.clone()), &e)
                .map(|o| vec![o])
                .ok_or(e),
        };
    }
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(COLLECTION_MAX) {
        let path = format!(
            "composite/sobjects?ids={}&allOrNone={all_or_none}",
            segment(&chunk.join(","))
        );
        let mut got = outcomes(&client.delete(&path).await?.body)?;
        for (o, id) in got.iter_mut().zip(chunk) {
            o.id.get_or_insert_with(|| id.clone());
        }
        out.extend(got);
    }
    Ok(out)
}

/// Field names the object does not have, or cannot take in this write (`createable` or
/// `updateable` false in describe), each with why and the closest name it has.
pub fn check_fields(describe: &Value, names: &[&str], flag: &str) -> Vec<String> {
    let fields: Vec<&Value> = describe
        .get("fields")
        .and_then(Value::as_array)
        .map(|f| f.iter().collect())
        .unwrap_or_default();
    let name_of = |f: &Value| {
        f.get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    let mut problems = Vec::new();
    for n in names {
        match fields.iter().find(|f| name_of(f).eq_ignore_ascii_case(n)) {
            None => {
                let hint = crate::text::closest(
                    n,
                    fields
                        .iter()
                        .map(|f| f.get("name").and_then(Value::as_str).unwrap_or("")),
                )
                .map(|c| format!(" (did you mean `{c}`?)"))
                .unwrap_or_default();
                problems.push(format!("`{n}` is not a field{hint}"));
            }
            Some(f) if f.get(flag) == Some(&Value::Bool(false)) => {
                problems.push(format!("`{n}` is not {flag}"));
            }
            Some(_) => {}
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_checked_by_name_and_by_what_the_write_may_set() {
        let d = json!({"fields": [
            {"name": "Id", "createable": false, "updateable": false},
            {"name": "LastName", "createable": true, "updateable": true},
            {"name": "Email", "createable": true, "updateable": true},
            {"name": "CreatedDate", "createable": false, "updateable": false},
            {"name": "Title"}
        ]});
        assert!(check_fields(&d, &["lastname", "Email", "Title"], "createable").is_empty());
        let p = check_fields(&d, &["Emial", "CreatedDate"], "updateable");
        assert_eq!(
            p,
            [
                "`Emial` is not a field (did you mean `Email`?)",
                "`CreatedDate` is not updateable"
            ]
        );
    }

    #[test]
    fn outcomes_read_both_error_spellings() {
        let o: Vec<Outcome> = serde_json::from_str(
            r#"[{"id":"003A","success":true,"errors":[]},
                {"success":false,"errors":[{"statusCode":"REQUIRED_FIELD_MISSING","message":"Required fields are missing: [LastName]","fields":["LastName"]}]},
                {"id":null,"success":false,"errors":[{"errorCode":"ENTITY_IS_DELETED","message":"entity is deleted"}]}]"#,
        )
        .unwrap();
        assert_eq!(o[0].id.as_deref(), Some("003A"));
        assert_eq!(o[1].errors[0].fields, ["LastName"]);
        assert_eq!(o[2].errors[0].status_code, "ENTITY_IS_DELETED");
    }
}
