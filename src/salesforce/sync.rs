//! The Salesforce sync engine. Per object: which fields to copy (from describe), full or
//! delta (records changed since a SystemModstamp high-water mark, and the ids deleted since
//! the last run from `getDeleted`, which also says when its window no longer reaches back far
//! enough and a full resync is needed), then the pages, decoded straight into rows, into one
//! cache-writer run that commits the rows and the new state together.

use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::page_rows::RowPlan;
use super::query::{self, Endpoint};
use super::record::CellOptions;
use super::soql::Column;
use super::{Client, SfError};
use crate::cache::sf::{
    FieldColumn, ObjectLoad, SfBatch, SfState, WriteCounts, load_state, sql_type,
};
use crate::cache::{CacheError, CacheWriter, WriterStopped};
use crate::error::{ExitClass, ExitKind};
use crate::progress::Progress;
use crate::utc::format as format_utc;

/// getDeleted reaches back 30 days at most; stay inside it.
const DELETED_WINDOW: Duration = Duration::from_secs(29 * 24 * 3600);
/// Clock skew between this machine and the org, allowed for when a full read starts.
const SKEW: Duration = Duration::from_secs(300);
/// One page waits for the writer: SQLite is the slower side now that pages decode straight
/// into rows, so a deeper queue only holds memory (100k records × 13 fields: 0.56–0.67 s and
/// 66–69 MB with one, 0.60–0.71 s and 72–75 MB with four).
const QUEUED: usize = 1;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Sf(#[from] SfError),
    #[error("cache: {0}")]
    Cache(#[from] CacheError),
}

impl From<WriterStopped> for SyncError {
    fn from(e: WriterStopped) -> Self {
        SyncError::Cache(e.into())
    }
}

impl ExitClass for SyncError {
    fn exit_kind(&self) -> ExitKind {
        match self {
            SyncError::Sf(e) => e.exit_kind(),
            SyncError::Cache(e) => e.exit_kind(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            SyncError::Sf(e) => e.hint(),
            SyncError::Cache(e) => e.hint(),
        }
    }
}

/// What one object's sync did.
pub struct ObjectReport {
    /// The object's canonical name (from describe).
    pub object: String,
    pub mode: &'static str,
    /// Why a delta was not possible, when a full resync ran instead of one.
    pub reason: Option<String>,
    pub counts: WriteCounts,
}

/// Sync one object into its table: a delta when the last run's state allows one, else a
/// full read (`force_full` always). Nothing of the object changes unless the whole run
/// commits.
pub async fn sync_object(
    client: &Arc<Client>,
    cache: &CacheWriter,
    profile: &str,
    object: &str,
    force_full: bool,
    progress: &dyn Progress,
) -> Result<ObjectReport, SyncError> {
    let (name, fields) = syncable_fields(client, object).await?;
    let previous = {
        let (profile, name) = (profile.to_owned(), name.clone());
        cache.call(move |c| load_state(c, &profile, &name)).await?
    };
    // The server's clock, from the describe call just made: deletions are stamped with it.
    let now = client.server_now().ok_or_else(|| {
        SfError::Protocol(
            "the answer carried no Date header: sync windows are taken from the server's clock"
                .into(),
        )
    })?;
    let field_names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    let plan = if force_full {
        Plan::full(now, None)
    } else {
        plan(client, &name, &field_names, previous.as_ref(), now).await?
    };
    let full = plan.delta_from.is_none();
    let load = {
        let (profile, name, fields) = (profile.to_owned(), name.clone(), fields.clone());
        cache
            .begin(QUEUED, move |tx| {
                ObjectLoad::begin(tx, &profile, &name, &fields, full)
            })
            .await?
    };
    let mut high_water = plan
        .delta_from
        .clone()
        .or(previous.as_ref().and_then(|p| p.high_water.clone()));
    let read = read(
        client,
        &load,
        &name,
        &fields,
        &plan,
        &mut high_water,
        progress,
    )
    .await;
    if let Err(e) = read {
        // When the writer stopped first, its error is the one worth reporting.
        return Err(load.abort().await.map(SyncError::from).unwrap_or(e));
    }
    let state = SfState {
        fields: field_names,
        high_water,
        deleted_covered: Some(format_utc(plan.covered)),
        last_full_at: if full {
            Some(crate::cache::now_rfc3339())
        } else {
            previous.as_ref().and_then(|p| p.last_full_at.clone())
        },
        last_sync_at: Some(crate::cache::now_rfc3339()),
    };
    let counts = load.finish(state).await?;
    Ok(ObjectReport {
        object: name,
        mode: if full { "full" } else { "delta" },
        reason: plan.reason,
        counts,
    })
}

/// Full or delta, and what the delta starts from.
struct Plan {
    /// The high-water mark a delta reads from; `None` for a full read.
    delta_from: Option<String>,
    /// Why a delta was not possible (said to the user as a warning).
    reason: Option<String>,
    /// Ids deleted since the last run.
    deleted: Vec<String>,
    /// Deletions are known up to here: the next run starts from it.
    covered: OffsetDateTime,
}

impl Plan {
    fn full(now: OffsetDateTime, reason: Option<String>) -> Self {
        Plan {
            delta_from: None,
            reason,
            deleted: Vec::new(),
            covered: now
                .checked_sub(time::Duration::seconds(SKEW.as_secs() as i64))
                .unwrap_or(now),
        }
    }
}

/// A delta needs a previous run with the same fields, a mark, and a deleted window that
/// still reaches back to where the last run left off.
async fn plan(
    client: &Client,
    object: &str,
    field_names: &[String],
    previous: Option<&SfState>,
    now: OffsetDateTime,
) -> Result<Plan, SfError> {
    let full = |reason: Option<String>| Ok(Plan::full(now, reason));
    let Some(p) = previous else {
        return full(None);
    };
    if !field_names.iter().any(|f| f == "SystemModstamp") {
        return full(Some("the object has no SystemModstamp".to_owned()));
    }
    if field_names.iter().any(|f| !p.fields.contains(f)) {
        return full(Some("fields were added since the last sync".to_owned()));
    }
    let Some(mark) = p.high_water.clone() else {
        return full(None);
    };
    let start = p
        .deleted_covered
        .as_deref()
        .or(p.high_water.as_deref())
        .and_then(parse_datetime)
        .unwrap_or(now);
    if now - start > DELETED_WINDOW {
        return full(Some(format!(
            "the last sync ({}) is older than the 30-day window of deleted records",
            format_utc(start)
        )));
    }
    match deleted_between(client, object, start, now).await {
        Ok(d) => Ok(Plan {
            delta_from: Some(mark),
            reason: None,
            deleted: d.ids,
            covered: d.covered,
        }),
        Err(DeltaRefused::WindowLost { earliest }) => full(Some(format!(
            "deleted records are only known since {earliest}, after the last sync ({})",
            format_utc(start)
        ))),
        Err(DeltaRefused::Failed(e)) => Err(e),
    }
}

/// The deletions, then every page of the read, into the run; raises `high_water` to the
/// latest SystemModstamp seen.
async fn read(
    client: &Arc<Client>,
    load: &crate::cache::Run<ObjectLoad>,
    name: &str,
    fields: &[FieldColumn],
    plan: &Plan,
    high_water: &mut Option<String>,
    progress: &dyn Progress,
) -> Result<(), SyncError> {
    if !plan.deleted.is_empty() {
        load.send(SfBatch::Delete(plan.deleted.clone())).await?;
    }
    let columns: Vec<Column> = fields
        .iter()
        .map(|f| Column::Field {
            header: f.name.clone(),
            path: vec![f.name.clone()],
        })
        .collect();
    // Rows and the page's highest SystemModstamp are made on the reader's side, each page
    // decoded straight into rows (one column per field: always a plain plan).
    let rows = RowPlan::new(&columns, CellOptions { utc: true })
        .expect("single-field columns always make a row plan");
    let stamp_at = columns.iter().position(|c| c.header() == "SystemModstamp");
    let soql = soql(name, fields, plan.delta_from.as_deref());
    let mut pages = query::stream_rows(
        client.clone(),
        query::first_path(&soql, Endpoint::Query),
        move |body| rows.decode_values(body),
        move |page| {
            let top = stamp_at.and_then(|i| highest_stamp(&page.rows, i));
            (page.rows, top)
        },
    );
    while let Some(page) = pages.recv().await {
        let (rows, top) = page?;
        if let Some(t) = top
            && high_water.as_ref().is_none_or(|h| &t > h)
        {
            *high_water = Some(t);
        }
        progress.inc(rows.len() as u64);
        load.send(SfBatch::Upsert(rows)).await?;
    }
    Ok(())
}

/// The latest SystemModstamp among the rows (already in UTC, as every cell of a sync), the
/// text kept as stored; a value that is not a datetime is not a mark.
fn highest_stamp(rows: &[Vec<Value>], at: usize) -> Option<String> {
    rows.iter()
        .filter_map(|r| r[at].as_str())
        .filter_map(|s| Some((parse_datetime(s)?, s)))
        .max_by_key(|(t, _)| *t)
        .map(|(_, s)| s.to_owned())
}

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

struct Deleted {
    pub ids: Vec<String>,
    /// Deletions are known up to here: the next run starts from it.
    pub covered: OffsetDateTime,
}

/// Why a delta is not possible and a full resync runs instead.
enum DeltaRefused {
    WindowLost { earliest: String },
    Failed(SfError),
}

/// Ids deleted between `start` and `end`, or the news that the org no longer remembers
/// deletions that far back.
async fn deleted_between(
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
    use serde_json::json;

    #[test]
    fn the_mark_is_the_latest_datetime_among_the_rows() {
        let rows = vec![
            vec![json!("a"), json!("2024-06-01T10:00:00.000Z")],
            vec![json!("b"), Value::Null],
            vec![json!("c"), json!("not a datetime")],
            vec![json!("d"), json!("2024-06-02T09:00:00.000Z")],
            vec![json!("e"), json!("2024-05-30T23:59:59.999Z")],
        ];
        assert_eq!(
            highest_stamp(&rows, 1).as_deref(),
            Some("2024-06-02T09:00:00.000Z")
        );
        assert_eq!(highest_stamp(&rows[1..3], 1), None);
        assert_eq!(highest_stamp(&[], 1), None);
    }

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
