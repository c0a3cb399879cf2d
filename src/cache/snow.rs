//! ServiceNow records in the cache: one table per synced table (`snow_<table>`, keyed by
//! sys_id, a column per dictionary field typed from its internal type), the per-table sync
//! state, and the load that applies one table's sync as one run of the cache writer.

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::keyed::{FieldColumn, KeyedRows, WriteCounts};
use super::writer::Load;
use super::{CacheError, now_rfc3339};

/// `snow_incident`, `snow_u_custom_table`.
pub fn table_name(table: &str) -> String {
    super::keyed::table_name("snow", table)
}

/// A position in (sys_updated_on, sys_id) order, or in (sys_created_on, sys_id) order for
/// the deletion audit: the last row a run read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mark {
    /// As the instance wrote it (`2026-12-01 10:00:00`, UTC).
    pub at: String,
    pub sys_id: String,
}

#[derive(Debug, Clone, Default)]
pub struct SnowState {
    pub fields: Vec<String>,
    /// The last record read, in (sys_updated_on, sys_id) order.
    pub updated: Option<Mark>,
    /// The last sys_audit_delete row read for the table; None when the audit is not readable.
    pub audit: Option<Mark>,
    pub last_full_at: Option<String>,
    pub last_reconcile_at: Option<String>,
    pub last_sync_at: Option<String>,
}

fn mark(at: Option<String>, id: Option<String>) -> Option<Mark> {
    Some(Mark {
        at: at?,
        sys_id: id.unwrap_or_default(),
    })
}

const STATE_COLUMNS: &str = "fields, updated_at, updated_sys_id, audit_at, audit_sys_id, \
    last_full_at, last_reconcile_at, last_sync_at";

fn state_from(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<SnowState> {
    let fields: String = r.get(at)?;
    Ok(SnowState {
        fields: serde_json::from_str(&fields).unwrap_or_default(),
        updated: mark(r.get(at + 1)?, r.get(at + 2)?),
        audit: mark(r.get(at + 3)?, r.get(at + 4)?),
        last_full_at: r.get(at + 5)?,
        last_reconcile_at: r.get(at + 6)?,
        last_sync_at: r.get(at + 7)?,
    })
}

pub fn load_state(
    conn: &Connection,
    profile: &str,
    table: &str,
) -> Result<Option<SnowState>, CacheError> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {STATE_COLUMNS} FROM snow_sync_state WHERE profile = ?1 AND source_table = ?2"
            ),
            params![profile, table],
            |r| state_from(r, 0),
        )
        .optional()?)
}

/// Every table's state, for `snow status`.
pub fn all_states(conn: &Connection) -> Result<Vec<(String, String, SnowState)>, CacheError> {
    let mut st = conn.prepare(&format!(
        "SELECT profile, source_table, {STATE_COLUMNS} FROM snow_sync_state ORDER BY profile, source_table"
    ))?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, state_from(r, 2)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A batch of one table's run.
pub enum SnowBatch {
    /// Records as rows, one cell per synced field, sys_id first.
    Upsert(Vec<Vec<SqlValue>>),
    /// sys_ids deleted on the instance.
    Delete(Vec<String>),
    /// sys_ids the instance still holds (a reconcile's key read).
    Seen(Vec<String>),
}

/// The end of a table's run: the state to keep, and whether to keep anything.
pub struct SnowFinish {
    pub state: SnowState,
    pub commit: bool,
}

/// One table's sync as one cache-writer run. A full read or a reconcile deletes the rows it
/// did not see; a delta upserts and deletes what the audit names. The state commits with
/// the rows.
pub struct TableLoad {
    profile: String,
    table: String,
    rows: KeyedRows,
}

impl TableLoad {
    pub fn begin(
        tx: &Transaction<'_>,
        profile: &str,
        table: &str,
        fields: &[FieldColumn],
        prune_unseen: bool,
    ) -> Result<Self, CacheError> {
        Ok(TableLoad {
            rows: KeyedRows::begin(tx, profile, &table_name(table), fields, prune_unseen)?,
            profile: profile.to_owned(),
            table: table.to_owned(),
        })
    }
}

impl Load for TableLoad {
    type Batch = SnowBatch;
    type Finish = SnowFinish;
    type Summary = WriteCounts;

    fn write(&mut self, tx: &Transaction<'_>, batch: SnowBatch) -> Result<(), CacheError> {
        match batch {
            SnowBatch::Upsert(rows) => self.rows.upsert(tx, rows)?,
            SnowBatch::Delete(ids) => self.rows.delete(tx, &ids)?,
            SnowBatch::Seen(ids) => self.rows.seen(tx, &ids)?,
        }
        Ok(())
    }

    fn finish(
        self,
        tx: &Transaction<'_>,
        end: SnowFinish,
    ) -> Result<(WriteCounts, bool), CacheError> {
        let counts = self.rows.finish(tx)?;
        save_state(tx, &self.profile, &self.table, &end.state)?;
        Ok((counts, end.commit))
    }
}

fn save_state(
    tx: &Transaction<'_>,
    profile: &str,
    table: &str,
    s: &SnowState,
) -> Result<(), CacheError> {
    let (ua, ui) = s
        .updated
        .as_ref()
        .map(|m| (Some(&m.at), Some(&m.sys_id)))
        .unwrap_or_default();
    let (aa, ai) = s
        .audit
        .as_ref()
        .map(|m| (Some(&m.at), Some(&m.sys_id)))
        .unwrap_or_default();
    tx.execute(
        &format!(
            "INSERT INTO snow_sync_state (profile, source_table, table_name, {STATE_COLUMNS})
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (profile, source_table) DO UPDATE SET table_name = excluded.table_name,
                fields = excluded.fields, updated_at = excluded.updated_at,
                updated_sys_id = excluded.updated_sys_id, audit_at = excluded.audit_at,
                audit_sys_id = excluded.audit_sys_id, last_full_at = excluded.last_full_at,
                last_reconcile_at = excluded.last_reconcile_at, last_sync_at = excluded.last_sync_at"
        ),
        params![
            profile,
            table,
            table_name(table),
            serde_json::to_string(&s.fields).expect("serializable"),
            ua,
            ui,
            aa,
            ai,
            s.last_full_at,
            s.last_reconcile_at,
            s.last_sync_at.clone().unwrap_or_else(now_rfc3339)
        ],
    )?;
    Ok(())
}
