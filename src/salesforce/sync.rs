//! What a Salesforce sync asks the org: which fields to copy (from describe), the records
//! changed since a SystemModstamp high-water mark, and the ids deleted since the last run
//! (`getDeleted`), which also says when its window no longer reaches back far enough and a
//! full resync is needed.

use serde::Deserialize;
use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::{Client, SfError};
use crate::cache::sf::{FieldColumn, sql_type};

/// The object's canonical name and the fields to copy: `Id` first, then describe's order.
/// Compound fields (address, location) are left out: their parts are fields of their own.
pub async fn syncable_fields(
    client: &Client,
    object: &str,
) -> Result<(String, Vec<FieldColumn>), SfError> {
    let d = super::describe(client, Some(object)).await?;
    let name = d
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or(object)
        .to_owned();
    let mut fields = vec![FieldColumn {
        name: "Id".into(),
        sql_type: "TEXT",
    }];
    for f in d
        .get("fields")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (Some(n), Some(t)) = (
            f.get("name").and_then(Value::as_str),
            f.get("type").and_then(Value::as_str),
        ) else {
            continue;
        };
        if n == "Id" || matches!(t, "address" | "location" | "base64") {
            continue;
        }
        fields.push(FieldColumn {
            name: n.to_owned(),
            sql_type: sql_type(t),
        });
    }
    Ok((name, fields))
}

/// `SELECT <fields> FROM <object> [WHERE SystemModstamp >= <mark>]`.
pub fn soql(object: &str, fields: &[FieldColumn], since: Option<&str>) -> String {
    let list: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    let mut q = format!("SELECT {} FROM {object}", list.join(", "));
    if let Some(mark) = since {
        // `>=`: a record stamped in the same second as the mark is read again rather than
        // missed; the upsert makes the repeat harmless.
        q.push_str(&format!(" WHERE SystemModstamp >= {}", soql_datetime(mark)));
    }
    q
}

/// A SOQL datetime literal (no quotes, no fraction): `2024-05-01T10:00:00Z`.
pub fn soql_datetime(rfc3339: &str) -> String {
    match OffsetDateTime::parse(rfc3339, &Rfc3339) {
        Ok(t) => crate::utc::format(t),
        Err(_) => rfc3339.to_owned(),
    }
}

/// Parse a Salesforce datetime (`…+0000` or RFC 3339).
pub fn parse_datetime(s: &str) -> Option<OffsetDateTime> {
    let s = super::record::to_utc(s).unwrap_or_else(|| s.to_owned());
    OffsetDateTime::parse(&s, &Rfc3339).ok()
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DeletedBody {
    #[serde(default)]
    deleted_records: Vec<DeletedRecord>,
    earliest_date_available: Option<String>,
    latest_date_covered: Option<String>,
}

#[derive(Debug, Deserialize)]
struct DeletedRecord {
    id: String,
}

pub struct Deleted {
    pub ids: Vec<String>,
    /// Deletions are known up to here: the next run starts from it.
    pub covered: OffsetDateTime,
}

/// Why a delta is not possible and a full resync runs instead.
pub enum DeltaRefused {
    WindowLost { earliest: String },
    Failed(SfError),
}

/// Ids deleted between `start` and `end`, or the news that the org no longer remembers
/// deletions that far back.
pub async fn deleted_between(
    client: &Client,
    object: &str,
    start: OffsetDateTime,
    end: OffsetDateTime,
) -> Result<Deleted, DeltaRefused> {
    let enc = |t: OffsetDateTime| {
        url::form_urlencoded::byte_serialize(crate::utc::format(t).as_bytes()).collect::<String>()
    };
    let path = format!(
        "sobjects/{object}/deleted/?start={}&end={}",
        enc(start),
        enc(end)
    );
    let body: DeletedBody = client.get_json(&path).await.map_err(DeltaRefused::Failed)?;
    if let Some(e) = &body.earliest_date_available
        && parse_datetime(e).is_some_and(|e| e > start)
    {
        return Err(DeltaRefused::WindowLost {
            earliest: e.clone(),
        });
    }
    let covered = body
        .latest_date_covered
        .as_deref()
        .and_then(parse_datetime)
        .unwrap_or(end);
    Ok(Deleted {
        ids: body.deleted_records.into_iter().map(|d| d.id).collect(),
        covered,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delta_soql_uses_a_plain_utc_literal() {
        let f = vec![
            FieldColumn {
                name: "Id".into(),
                sql_type: "TEXT",
            },
            FieldColumn {
                name: "Name".into(),
                sql_type: "TEXT",
            },
        ];
        assert_eq!(
            soql("Account", &f, Some("2024-05-01T10:00:00.000Z")),
            "SELECT Id, Name FROM Account WHERE SystemModstamp >= 2024-05-01T10:00:00Z"
        );
        assert_eq!(soql("Account", &f, None), "SELECT Id, Name FROM Account");
    }

    #[test]
    fn salesforce_datetimes_parse() {
        let t = parse_datetime("2024-05-01T12:00:00.000+0200").unwrap();
        assert_eq!(crate::utc::format(t), "2024-05-01T10:00:00Z");
    }
}
