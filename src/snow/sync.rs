//! The ServiceNow sync engine (reference/servicenow.md §4). Per table: the columns from the
//! dictionary, then
//!
//! - **rows** in (sys_updated_on, sys_id) order from a checkpoint, each page asking for the
//!   rows after the last one read. A row changed while the read runs moves behind it and is
//!   read again; many rows in one second are told apart by sys_id. The next run starts a
//!   little before the checkpoint ([`OVERLAP`]): a transaction that commits late carries an
//!   earlier timestamp than rows already read.
//! - **deletions** from `sys_audit_delete` (tablename, documentkey), read the same way from
//!   the last audit row seen. Deletes the audit misses (Table Cleaner, `no_audit_delete`,
//!   most `sys_*` tables, a purged audit) are found by `--reconcile`: every sys_id the
//!   instance holds, read by key, and the rows it no longer has pruned.
//!
//! A first run, `--full`, or a table whose fields grew reads everything and deletes what it
//! did not see. Everything of a table commits in one cache-writer run with its new state: a
//! failed or killed run leaves the table as it was.

use rusqlite::types::Value as SqlValue;
use serde_json::{Map, Value};
use time::macros::format_description;
use time::{Duration, PrimitiveDateTime};

use super::SnowError;
use super::client::Snow;
use super::encoded::{DictField, Query};
use super::rows::RowPlan;
use super::table::{self, Dictionary, Keyset, Maps, ReadOptions};
use super::values::Display;
use crate::cache::keyed::{FieldColumn, WriteCounts};
use crate::cache::snow::{Mark, SnowBatch, SnowFinish, SnowState, TableLoad, load_state};
use crate::cache::{CacheError, CacheWriter, WriterStopped};
use crate::error::{ExitClass, ExitKind};
use crate::progress::Progress;

/// How far before its checkpoint a delta starts reading again.
pub const OVERLAP: Duration = Duration::minutes(2);
/// One page waits for the writer while the next is fetched.
const QUEUED: usize = 1;
/// Field types that are not columns of the table (journal entries live in
/// sys_journal_field), and secrets that have no place in a cache.
const NOT_COPIED: &[&str] = &[
    "collection",
    "journal",
    "journal_input",
    "password",
    "password2",
];

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Snow(#[from] SnowError),
    #[error("cache: {0}")]
    Cache(#[from] CacheError),
}

impl ExitClass for SyncError {
    fn exit_kind(&self) -> ExitKind {
        match self {
            SyncError::Snow(e) => e.exit_kind(),
            SyncError::Cache(e) => e.exit_kind(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            SyncError::Snow(e) => e.hint(),
            SyncError::Cache(e) => e.hint(),
        }
    }
}

fn stopped(_: WriterStopped) -> SnowError {
    SnowError::Output(std::io::Error::other("the cache writer stopped"))
}

#[derive(Debug, Clone, Copy)]
pub struct SyncOptions {
    pub full: bool,
    pub reconcile: bool,
    pub dry_run: bool,
    pub page_size: u32,
}

/// What one table's sync did.
pub struct TableReport {
    pub table: String,
    /// `full` or `delta`.
    pub mode: &'static str,
    /// Where deletions came from: `full` (rows not read again), `audit`, `audit+reconcile`,
    /// `reconcile`, or `unknown` (the audit is not readable and no reconcile ran).
    pub deletions: &'static str,
    pub counts: WriteCounts,
    /// Why a delta was not possible, or why deletions may be missing.
    pub warnings: Vec<String>,
    /// The instance counted more rows than it let this user read (row ACLs).
    pub hidden: u64,
}

/// The columns to copy: sys_id first, then every field of the table and the tables it
/// extends, by name.
pub fn columns(fields: &[DictField]) -> Vec<FieldColumn> {
    let mut out = vec![FieldColumn {
        name: "sys_id".into(),
        sql_type: "TEXT",
    }];
    let mut rest: Vec<&DictField> = fields
        .iter()
        .filter(|f| f.name != "sys_id")
        .filter(|f| !f.kind.as_deref().is_some_and(|k| NOT_COPIED.contains(&k)))
        .collect();
    rest.sort_by(|a, b| a.name.cmp(&b.name));
    rest.dedup_by(|a, b| a.name == b.name);
    out.extend(rest.into_iter().map(|f| FieldColumn {
        name: f.name.clone(),
        sql_type: sql_type(f.kind.as_deref().unwrap_or("string")),
    }));
    out
}

/// The SQLite type for a dictionary internal type.
pub fn sql_type(kind: &str) -> &'static str {
    match kind {
        "integer" | "longint" | "boolean" => "INTEGER",
        "decimal" | "float" | "currency" | "price" | "percent_complete" | "numeric" => "REAL",
        _ => "TEXT",
    }
}

/// A raw value (as the instance sends it) as the cell of its column: empty is NULL,
/// booleans 0/1, numbers as numbers, date-times (UTC as stored) in RFC 3339; anything that
/// does not parse stays text.
pub fn cell_text(kind: Option<&str>, s: &str) -> SqlValue {
    if s.is_empty() {
        return SqlValue::Null;
    }
    let text = || SqlValue::Text(s.to_owned());
    match kind.unwrap_or("string") {
        "boolean" => match s {
            "true" | "1" => SqlValue::Integer(1),
            "false" | "0" => SqlValue::Integer(0),
            _ => text(),
        },
        "integer" | "longint" => s.parse().map(SqlValue::Integer).unwrap_or_else(|_| text()),
        k if sql_type(k) == "REAL" => s.parse().map(SqlValue::Real).unwrap_or_else(|_| text()),
        "glide_date_time" | "due_date" => rfc3339(s).map(SqlValue::Text).unwrap_or_else(text),
        _ => text(),
    }
}

const STAMP: &[time::format_description::FormatItem<'static>] =
    format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");

/// `2026-12-01 10:00:00` (UTC, as the instance stores it) → `2026-12-01T10:00:00Z`.
pub fn rfc3339(stamp: &str) -> Option<String> {
    let t = PrimitiveDateTime::parse(stamp, STAMP).ok()?;
    Some(crate::utc::format(t.assume_utc()))
}

/// A stamp moved back by `by` (the overlap); a stamp that does not parse is kept.
pub fn earlier(stamp: &str, by: Duration) -> String {
    PrimitiveDateTime::parse(stamp, STAMP)
        .ok()
        .and_then(|t| t.checked_sub(by))
        .and_then(|t| t.format(STAMP).ok())
        .unwrap_or_else(|| stamp.to_owned())
}

/// Sync one table into `snow_<table>`. Nothing of the table changes unless the whole run
/// commits (and a dry run never does).
pub async fn sync_table(
    snow: &Snow,
    cache: &CacheWriter,
    profile: &str,
    table: &str,
    o: SyncOptions,
    progress: &dyn Progress,
) -> Result<TableReport, SyncError> {
    let mut dict = Dictionary::default();
    if dict.load(snow, table).await?.is_none() {
        // No dictionary: no such table (the instance says so: exit 2 naming it), or one this
        // user may not describe.
        snow.get(
            &format!("api/now/table/{table}"),
            &[
                ("sysparm_limit", "1".into()),
                ("sysparm_fields", "sys_id".into()),
            ],
        )
        .await?;
        return Err(SnowError::Config(format!(
            "the dictionary of {table} (sys_db_object, sys_dictionary) is not readable by this user: \
             a sync takes its columns from it"
        ))
        .into());
    }
    let fields = columns(&dict.tables[table]);
    let kinds: Vec<Option<String>> = fields
        .iter()
        .map(|c| {
            dict.tables[table]
                .iter()
                .find(|f| f.name == c.name)
                .and_then(|f| f.kind.clone())
        })
        .collect();
    let names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    let previous = {
        let (profile, table) = (profile.to_owned(), table.to_owned());
        cache.call(move |c| load_state(c, &profile, &table)).await?
    };
    let mut warnings = Vec::new();
    let has_stamp = names.iter().any(|n| n == "sys_updated_on");
    let delta_from: Option<&Mark> = match previous.as_ref() {
        _ if o.full => None,
        None => None,
        Some(_) if !has_stamp => {
            warnings.push(format!("{table} has no sys_updated_on: read whole"));
            None
        }
        Some(p) if names.iter().any(|n| !p.fields.contains(n)) => {
            warnings.push(format!(
                "{table} has fields the last sync did not copy: read whole"
            ));
            None
        }
        Some(p) => p.updated.as_ref(),
    };
    let full = delta_from.is_none();
    // Deletions since the last run, read before the rows: a row deleted after that is
    // simply not read, and its audit row waits for the next run.
    let (deleted, audit) = match previous.as_ref().and_then(|p| p.audit.as_ref()) {
        Some(from) if !full => read_audit(snow, table, from, o.page_size).await?,
        // Only deletions after this read matter next time: start from the newest audit row.
        _ => (Vec::new(), latest_audit(snow, table).await?),
    };
    let audit_known = audit.is_ok() && previous.as_ref().is_none_or(|p| p.audit.is_some());
    if !full && !audit_known && !o.reconcile {
        let why = match &audit {
            Err(why) => why.clone(),
            Ok(_) => "sys_audit_delete was not readable at the last run".to_owned(),
        };
        warnings.push(format!(
            "deletions on the instance are not known ({why}): run with --reconcile to prune them"
        ));
    }
    let deletions = match (full, audit_known, o.reconcile) {
        (true, _, _) => "full",
        (false, true, true) => "audit+reconcile",
        (false, true, false) => "audit",
        (false, false, true) => "reconcile",
        (false, false, false) => "unknown",
    };
    let audit = audit.ok();
    let load = {
        let (profile, table, fields) = (profile.to_owned(), table.to_owned(), fields.clone());
        let prune = full || o.reconcile;
        cache
            .begin(QUEUED, move |tx| {
                TableLoad::begin(tx, &profile, &table, &fields, prune)
            })
            .await?
    };
    let run = async {
        if !deleted.is_empty() {
            load.send(SnowBatch::Delete(deleted))
                .await
                .map_err(stopped)?;
        }
        let since = delta_from.map(|m| earlier(&m.at, OVERLAP));
        let opts = ReadOptions {
            fields: &names,
            display: Display::Raw,
            page_size: o.page_size,
            limit: None,
            keyset: Keyset::Stamp {
                field: "sys_updated_on",
                since,
            },
        };
        let batches = load.batches();
        let plan = RowPlan::new(&names, &kinds);
        let sum = table::read(snow, table, &Query::default(), &opts, &plan, |rows| {
            progress.inc(rows.len() as u64);
            let b = batches.clone();
            async move { b.send(SnowBatch::Upsert(rows)).await.map_err(stopped) }
        })
        .await?;
        let mut hidden = sum.counted.unwrap_or(0).saturating_sub(sum.received);
        let mark = sum.last.map(|(at, sys_id)| Mark { at, sys_id });
        if o.reconcile && !full {
            let keys = [String::from("sys_id")];
            let opts = ReadOptions {
                fields: &keys,
                display: Display::Raw,
                page_size: 10_000.min(o.page_size.saturating_mul(10)),
                limit: None,
                keyset: Keyset::SysId,
            };
            let k = table::read(snow, table, &Query::default(), &opts, &Maps, |page| {
                let ids: Vec<String> = page
                    .iter()
                    .filter_map(|r| r.get("sys_id").and_then(Value::as_str).map(str::to_owned))
                    .collect();
                let b = batches.clone();
                async move { b.send(SnowBatch::Seen(ids)).await.map_err(stopped) }
            })
            .await?;
            hidden = hidden.max(k.counted.unwrap_or(0).saturating_sub(k.received));
        }
        Ok::<_, SnowError>((mark, hidden))
    }
    .await;
    let (mark, hidden) = match run {
        Ok(r) => r,
        // When the writer stopped first, its error is the one worth reporting.
        Err(e) => return Err(load.abort().await.map(SyncError::from).unwrap_or(e.into())),
    };
    let now = crate::cache::now_rfc3339();
    let state = SnowState {
        fields: names,
        updated: mark.or_else(|| previous.as_ref().and_then(|p| p.updated.clone())),
        audit,
        last_full_at: if full {
            Some(now.clone())
        } else {
            previous.as_ref().and_then(|p| p.last_full_at.clone())
        },
        last_reconcile_at: if o.reconcile || full {
            Some(now.clone())
        } else {
            previous.as_ref().and_then(|p| p.last_reconcile_at.clone())
        },
        last_sync_at: Some(now),
    };
    let counts = load
        .finish(SnowFinish {
            state,
            commit: !o.dry_run,
        })
        .await?;
    Ok(TableReport {
        table: table.to_owned(),
        mode: if full { "full" } else { "delta" },
        deletions,
        counts,
        warnings,
        hidden,
    })
}

/// The audit rows of deletions from `table`.
fn audit_query(table: &str) -> Result<Query, SnowError> {
    super::encoded::parse(&format!("tablename={}", table.replace('^', "^^")))
        .map_err(|e| SnowError::Config(e.to_string()))
}

/// An audit this user may not read is not a failure of the sync: its deletions are unknown
/// (and a reconcile finds them).
fn unreadable(e: SnowError) -> Result<String, SnowError> {
    match e {
        SnowError::Api {
            status: 403 | 404, ..
        }
        | SnowError::InvalidTable(_) => Ok(format!("sys_audit_delete: {e}")),
        e => Err(e),
    }
}

/// The newest audit row of `table`'s deletions: where the next run's start. A table with
/// none gives an empty mark (every audit row is new next time).
async fn latest_audit(snow: &Snow, table: &str) -> Result<Result<Mark, String>, SnowError> {
    let q = format!(
        "tablename={}^ORDERBYDESCsys_created_on^ORDERBYDESCsys_id",
        table.replace('^', "^^")
    );
    let answer = snow
        .get(
            "api/now/table/sys_audit_delete",
            &[
                ("sysparm_query", q),
                ("sysparm_fields", "sys_id,sys_created_on".into()),
                ("sysparm_limit", "1".into()),
                ("sysparm_no_count", "true".into()),
            ],
        )
        .await;
    let doc = match answer {
        Ok(a) => a.doc()?,
        Err(e) => return unreadable(e).map(Err),
    };
    let row = doc
        .get("result")
        .and_then(Value::as_array)
        .and_then(|r| r.first())
        .and_then(Value::as_object);
    let text = |r: &Map<String, Value>, k: &str| {
        r.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    Ok(Ok(row.map_or_else(Mark::default, |r| Mark {
        at: text(r, "sys_created_on"),
        sys_id: text(r, "sys_id"),
    })))
}

/// The sys_ids deleted from `table` since the audit row `from` (less the overlap), and the
/// last audit row read.
async fn read_audit(
    snow: &Snow,
    table: &str,
    from: &Mark,
    page_size: u32,
) -> Result<(Vec<String>, Result<Mark, String>), SnowError> {
    let fields = ["documentkey".to_owned(), "sys_created_on".to_owned()];
    let opts = ReadOptions {
        fields: &fields,
        display: Display::Raw,
        page_size,
        limit: None,
        keyset: Keyset::Stamp {
            field: "sys_created_on",
            since: (!from.at.is_empty()).then(|| earlier(&from.at, OVERLAP)),
        },
    };
    let mut ids = Vec::new();
    let read = table::read(
        snow,
        "sys_audit_delete",
        &audit_query(table)?,
        &opts,
        &Maps,
        |page| {
            ids.extend(
                page.iter()
                    .filter_map(|r| r.get("documentkey").and_then(Value::as_str))
                    .filter(|k| !k.is_empty())
                    .map(str::to_owned),
            );
            std::future::ready(Ok(()))
        },
    )
    .await;
    match read {
        Ok(sum) => Ok((
            ids,
            Ok(sum
                .last
                .map_or_else(|| from.clone(), |(at, sys_id)| Mark { at, sys_id })),
        )),
        Err(e) => Ok((Vec::new(), Err(unreadable(e)?))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_typed_by_the_dictionary() {
        assert_eq!(cell_text(Some("integer"), "3"), SqlValue::Integer(3));
        assert_eq!(cell_text(Some("boolean"), "true"), SqlValue::Integer(1));
        assert_eq!(cell_text(Some("boolean"), "false"), SqlValue::Integer(0));
        assert_eq!(cell_text(Some("decimal"), "2.5"), SqlValue::Real(2.5));
        assert_eq!(
            cell_text(Some("glide_date_time"), "2026-12-01 10:00:05"),
            SqlValue::Text("2026-12-01T10:00:05Z".into())
        );
        // Empty is NULL; what does not parse stays as text rather than being lost.
        assert_eq!(cell_text(Some("reference"), ""), SqlValue::Null);
        assert_eq!(
            cell_text(Some("integer"), "n/a"),
            SqlValue::Text("n/a".into())
        );
        assert_eq!(
            cell_text(Some("glide_date_time"), "javascript:gs.now()"),
            SqlValue::Text("javascript:gs.now()".into())
        );
    }

    #[test]
    fn the_overlap_moves_a_stamp_back_across_midnight() {
        assert_eq!(
            earlier("2026-12-01 00:01:00", OVERLAP),
            "2026-11-30 23:59:00"
        );
        assert_eq!(earlier("garbage", OVERLAP), "garbage");
    }

    #[test]
    fn columns_skip_journals_and_secrets_and_keep_sys_id_first() {
        let f = |name: &str, kind: &str| DictField {
            name: name.into(),
            reference: None,
            kind: Some(kind.into()),
        };
        let cols = columns(&[
            f("work_notes", "journal_input"),
            f("user_password", "password2"),
            f("priority", "integer"),
            f("sys_id", "GUID"),
            f("active", "boolean"),
            f("priority", "integer"),
        ]);
        let names: Vec<(&str, &str)> = cols.iter().map(|c| (c.name.as_str(), c.sql_type)).collect();
        assert_eq!(
            names,
            [
                ("sys_id", "TEXT"),
                ("active", "INTEGER"),
                ("priority", "INTEGER")
            ]
        );
    }
}
