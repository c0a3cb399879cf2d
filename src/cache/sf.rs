//! Salesforce records in the cache: one table per object (`sf_<object>`, a column per synced
//! field, typed from describe), the per-object sync state, and the load that applies one
//! object's sync as one run of the cache writer.

use rusqlite::{Connection, OptionalExtension, Transaction, params, params_from_iter};
use serde_json::Value;

use super::writer::Load;
use super::{CacheError, now_rfc3339};

/// A synced field and its SQLite type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldColumn {
    pub name: String,
    pub sql_type: &'static str,
}

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
    let safe: String = object
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("sf_{safe}")
}

fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
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

#[derive(Debug, Default, Clone, Copy)]
pub struct WriteCounts {
    pub added: u64,
    pub modified: u64,
    pub deleted: u64,
    pub total: u64,
}

/// One object's sync as one cache-writer run. `fields[0]` must be `Id`. A full sync replaces
/// the profile's rows; a delta upserts and deletes. The state commits with the rows.
pub struct ObjectLoad {
    profile: String,
    object: String,
    table: String,
    /// A first load (no rows of this profile yet) has nothing to compare with or delete:
    /// every record is an addition, without a lookup or a seen-mark per row.
    first_load: bool,
    /// A full resync: rows the read does not see again are deletions.
    track_seen: bool,
    upsert_sql: String,
    exists_sql: String,
    delete_sql: String,
    counts: WriteCounts,
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
        ensure_table(tx, &table, fields)?;
        let t = quote(&table);
        let first_load = !tx.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {t} WHERE profile = ?1)"),
            params![profile],
            |r| r.get::<_, bool>(0),
        )?;
        let track_seen = full && !first_load;
        if track_seen {
            // Counted by difference at the end.
            tx.execute(
                "CREATE TEMP TABLE IF NOT EXISTS seen_ids (id TEXT PRIMARY KEY)",
                [],
            )?;
            tx.execute("DELETE FROM seen_ids", [])?;
        }
        let cols: Vec<String> = fields.iter().map(|f| quote(&f.name)).collect();
        let placeholders: Vec<String> = (0..fields.len()).map(|i| format!("?{}", i + 2)).collect();
        // An unchanged record is not rewritten: the update only runs when a value differs,
        // so `changes()` tells a modification from a repeat.
        let others: Vec<&String> = cols.iter().skip(1).collect();
        let on_conflict = if others.is_empty() {
            "DO NOTHING".to_owned()
        } else {
            let list = |f: &dyn Fn(&String) -> String| {
                others.iter().map(|c| f(c)).collect::<Vec<_>>().join(", ")
            };
            format!(
                "DO UPDATE SET {} WHERE ({}) IS NOT ({})",
                list(&|c| format!("{c} = excluded.{c}")),
                list(&|c| format!("{t}.{c}")),
                list(&|c| format!("excluded.{c}")),
            )
        };
        Ok(ObjectLoad {
            profile: profile.to_owned(),
            object: object.to_owned(),
            upsert_sql: format!(
                "INSERT INTO {t} (profile, {}) VALUES (?1, {}) ON CONFLICT (profile, \"Id\") {on_conflict}",
                cols.join(", "),
                placeholders.join(", "),
            ),
            exists_sql: format!("SELECT 1 FROM {t} WHERE profile = ?1 AND \"Id\" = ?2"),
            delete_sql: format!("DELETE FROM {t} WHERE profile = ?1 AND \"Id\" = ?2"),
            table,
            first_load,
            track_seen,
            counts: WriteCounts::default(),
        })
    }

    fn upsert(&mut self, tx: &Transaction<'_>, rows: Vec<Vec<Value>>) -> rusqlite::Result<()> {
        let mut up = tx.prepare_cached(&self.upsert_sql)?;
        let mut exists = tx.prepare_cached(&self.exists_sql)?;
        let mut seen = if self.track_seen {
            Some(tx.prepare_cached("INSERT OR IGNORE INTO seen_ids (id) VALUES (?1)")?)
        } else {
            None
        };
        for row in rows {
            let id = row.first().and_then(Value::as_str).unwrap_or_default();
            let existed = !self.first_load && exists.exists(params![self.profile, id])?;
            let values = std::iter::once(rusqlite::types::Value::Text(self.profile.clone()))
                .chain(row.iter().map(to_sql));
            let changed = up.execute(params_from_iter(values))?;
            self.counts.total += 1;
            if !existed {
                self.counts.added += 1;
            } else if changed > 0 {
                self.counts.modified += 1;
            }
            if let Some(s) = seen.as_mut() {
                s.execute(params![id])?;
            }
        }
        Ok(())
    }
}

impl Load for ObjectLoad {
    type Batch = SfBatch;
    type Finish = SfState;
    type Summary = WriteCounts;

    fn write(&mut self, tx: &Transaction<'_>, batch: SfBatch) -> Result<(), CacheError> {
        match batch {
            SfBatch::Upsert(rows) => self.upsert(tx, rows)?,
            SfBatch::Delete(ids) => {
                let mut del = tx.prepare_cached(&self.delete_sql)?;
                for id in ids {
                    self.counts.deleted += del.execute(params![self.profile, id])? as u64;
                }
            }
        }
        Ok(())
    }

    fn finish(
        mut self,
        tx: &Transaction<'_>,
        state: SfState,
    ) -> Result<(WriteCounts, bool), CacheError> {
        if self.track_seen {
            self.counts.deleted += tx.execute(
                &format!(
                    "DELETE FROM {} WHERE profile = ?1 AND \"Id\" NOT IN (SELECT id FROM seen_ids)",
                    quote(&self.table)
                ),
                params![self.profile],
            )? as u64;
            tx.execute("DELETE FROM seen_ids", [])?;
        }
        save_state(tx, &self.profile, &self.object, &self.table, &state)?;
        Ok((self.counts, true))
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

/// Create the object's table, or add the columns of fields that appeared since.
fn ensure_table(
    tx: &Transaction<'_>,
    table: &str,
    fields: &[FieldColumn],
) -> Result<(), CacheError> {
    let cols: Vec<String> = fields
        .iter()
        .filter(|f| f.name != "Id")
        .map(|f| format!("{} {}", quote(&f.name), f.sql_type))
        .collect();
    // Ids are case-sensitive in their 15-character form: no NOCASE on "Id".
    tx.execute_batch(&format!(
        "CREATE TABLE IF NOT EXISTS {t} (profile TEXT NOT NULL, \"Id\" TEXT NOT NULL{sep}{cols}, PRIMARY KEY (profile, \"Id\"))",
        t = quote(table),
        sep = if cols.is_empty() { "" } else { ", " },
        cols = cols.join(", ")
    ))?;
    let existing: Vec<String> = tx
        .prepare(&format!(
            "SELECT name FROM pragma_table_info('{}')",
            table.replace('\'', "''")
        ))?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for f in fields {
        if !existing.iter().any(|e| e.eq_ignore_ascii_case(&f.name)) {
            tx.execute_batch(&format!(
                "ALTER TABLE {} ADD COLUMN {} {}",
                quote(table),
                quote(&f.name),
                f.sql_type
            ))?;
        }
    }
    Ok(())
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
