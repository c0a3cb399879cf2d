//! Salesforce records in the cache: one table per object (`sf_<object>`, a column per synced
//! field, typed from describe), the per-object sync state, and the load that applies one
//! object's sync as one run of the cache writer.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde_json::Value;

use super::keyed::KeyedRows;
use super::writer::Load;
use super::{CacheError, now_rfc3339};

pub use super::keyed::{FieldColumn, WriteCounts};

/// The SQLite type for a describe field type.
pub fn sql_type(sf_type: &str) -> &'static str {
    match sf_type {
        "int" | "boolean" => "INTEGER",
        "double" | "currency" | "percent" => "REAL",
        _ => "TEXT",
    }
}

/// `sf_account`, `sf_my_object__c`: lower-case, and only characters safe in an identifier.
pub fn table_name(object: &str) -> String {
    super::keyed::table_name("sf", object)
}

#[derive(Debug, Clone, Default)]
pub struct SfState {
    pub fields: Vec<String>,
    pub high_water: Option<String>,
    pub deleted_covered: Option<String>,
    pub last_full_at: Option<String>,
    pub last_sync_at: Option<String>,
}

pub fn load_state(
    conn: &Connection,
    profile: &str,
    object: &str,
) -> Result<Option<SfState>, CacheError> {
    Ok(conn
        .query_row(
            "SELECT fields, high_water, deleted_covered, last_full_at, last_sync_at
             FROM sf_sync_state WHERE profile = ?1 AND object = ?2",
            params![profile, object],
            |r| {
                let fields: String = r.get(0)?;
                Ok(SfState {
                    fields: serde_json::from_str(&fields).unwrap_or_default(),
                    high_water: r.get(1)?,
                    deleted_covered: r.get(2)?,
                    last_full_at: r.get(3)?,
                    last_sync_at: r.get(4)?,
                })
            },
        )
        .optional()?)
}

/// Every object's state for `sf status`-like reports.
pub fn all_states(conn: &Connection) -> Result<Vec<(String, String, SfState)>, CacheError> {
    let mut st = conn.prepare(
        "SELECT profile, object, fields, high_water, deleted_covered, last_full_at, last_sync_at
         FROM sf_sync_state ORDER BY profile, object",
    )?;
    let rows = st.query_map([], |r| {
        let fields: String = r.get(2)?;
        Ok((
            r.get(0)?,
            r.get(1)?,
            SfState {
                fields: serde_json::from_str(&fields).unwrap_or_default(),
                high_water: r.get(3)?,
                deleted_covered: r.get(4)?,
                last_full_at: r.get(5)?,
                last_sync_at: r.get(6)?,
            },
        ))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A batch of one object's run.
pub enum SfBatch {
    /// Records as rows, one cell per synced field, `Id` first.
    Upsert(Vec<Vec<Value>>),
    /// Ids deleted in the org.
    Delete(Vec<String>),
}

/// One object's sync as one cache-writer run. `fields[0]` must be `Id`. A full sync replaces
/// the profile's rows; a delta upserts and deletes. The state commits with the rows.
pub struct ObjectLoad {
    profile: String,
    object: String,
    table: String,
    rows: KeyedRows,
}

impl ObjectLoad {
    pub fn begin(
        tx: &Transaction<'_>,
        profile: &str,
        object: &str,
        fields: &[FieldColumn],
        full: bool,
    ) -> Result<Self, CacheError> {
        let table = table_name(object);
        Ok(ObjectLoad {
            rows: KeyedRows::begin(tx, profile, &table, fields, full)?,
            profile: profile.to_owned(),
            object: object.to_owned(),
            table,
        })
    }
}

impl Load for ObjectLoad {
    type Batch = SfBatch;
    type Finish = SfState;
    type Summary = WriteCounts;

    fn write(&mut self, tx: &Transaction<'_>, batch: SfBatch) -> Result<(), CacheError> {
        match batch {
            SfBatch::Upsert(rows) => self
                .rows
                .upsert(tx, rows.iter().map(|r| r.iter().map(to_sql).collect()))?,
            SfBatch::Delete(ids) => self.rows.delete(tx, &ids)?,
        }
        Ok(())
    }

    fn finish(
        self,
        tx: &Transaction<'_>,
        state: SfState,
    ) -> Result<(WriteCounts, bool), CacheError> {
        let counts = self.rows.finish(tx)?;
        save_state(tx, &self.profile, &self.object, &self.table, &state)?;
        Ok((counts, true))
    }
}

fn to_sql(v: &Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as S;
    match v {
        Value::Null => S::Null,
        Value::Bool(b) => S::Integer(*b as i64),
        Value::Number(n) => match n.as_i64() {
            Some(i) => S::Integer(i),
            None => S::Real(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => S::Text(s.clone()),
        other => S::Text(other.to_string()),
    }
}

fn save_state(
    tx: &Transaction<'_>,
    profile: &str,
    object: &str,
    table: &str,
    s: &SfState,
) -> Result<(), CacheError> {
    tx.execute(
        "INSERT INTO sf_sync_state (profile, object, table_name, fields, high_water, deleted_covered, last_full_at, last_sync_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (profile, object) DO UPDATE SET table_name = excluded.table_name, fields = excluded.fields,
            high_water = excluded.high_water, deleted_covered = excluded.deleted_covered,
            last_full_at = excluded.last_full_at, last_sync_at = excluded.last_sync_at",
        params![
            profile,
            object,
            table,
            serde_json::to_string(&s.fields).expect("serializable"),
            s.high_water,
            s.deleted_covered,
            s.last_full_at,
            s.last_sync_at.clone().unwrap_or_else(now_rfc3339)
        ],
    )?;
    Ok(())
}
