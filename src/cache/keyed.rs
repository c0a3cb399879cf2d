//! A table of records copied from a remote system, one row per (profile, key): created with
//! a typed column per synced field (columns that appear later are added), written by upsert
//! inside a cache-writer run, counted as added, modified or unchanged, and pruned of what a
//! full read or a key reconcile did not see. Salesforce objects (`sf_<object>`, keyed by
//! `Id`) and ServiceNow tables (`snow_<table>`, keyed by `sys_id`) are both stored this way;
//! each source's load keeps its own sync state beside it.

use rusqlite::types::Value as SqlValue;
use rusqlite::{Transaction, params, params_from_iter};

use super::CacheError;

/// The page cache ceiling of a keyed load (negative: KiB, as `PRAGMA cache_size` takes it).
const CACHE_KIB: i64 = -16_384;

/// A synced field and its SQLite type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldColumn {
    pub name: String,
    pub sql_type: &'static str,
}

#[derive(Debug, Default, Clone, Copy)]
pub struct WriteCounts {
    pub added: u64,
    pub modified: u64,
    pub deleted: u64,
    /// Records written (read from the source), changed or not.
    pub total: u64,
}

/// `<prefix>_<name>` in lower case, with only characters safe in an identifier.
pub fn table_name(prefix: &str, name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("{prefix}_{safe}")
}

pub fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

/// One run's writes to a keyed table. `columns[0]` is the key.
pub struct KeyedRows {
    profile: String,
    table: String,
    /// The key column, quoted.
    key: String,
    /// A first load (no rows of this profile yet) has nothing to compare with or delete:
    /// every record is an addition, without a lookup or a seen-mark per row.
    first_load: bool,
    /// Rows not marked seen by the end are deletions (a full read, a reconcile).
    track_seen: bool,
    upsert_sql: String,
    exists_sql: String,
    delete_sql: String,
    pub counts: WriteCounts,
}

impl KeyedRows {
    /// Create or widen the table; `prune_unseen` asks for the rows the run does not see
    /// (written or [`seen`](Self::seen)) to be deleted at [`finish`](Self::finish).
    pub fn begin(
        tx: &Transaction<'_>,
        profile: &str,
        table: &str,
        columns: &[FieldColumn],
        prune_unseen: bool,
    ) -> Result<Self, CacheError> {
        let key = columns
            .first()
            .map(|c| c.name.as_str())
            .expect("a keyed table has a key column");
        ensure_table(tx, table, columns)?;
        // Keys arrive in random order (sys_ids, Salesforce Ids): with SQLite's default 2 MB
        // page cache a 200,000-row load keeps evicting and reading back its key index, and
        // spends a third of its time in pread/pwrite. The cache only grows as pages are used,
        // so small loads pay nothing for the ceiling; the writer's connection lives for one
        // command.
        tx.pragma_update(None, "cache_size", CACHE_KIB)?;
        let t = quote(table);
        let k = quote(key);
        let first_load = !tx.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {t} WHERE profile = ?1)"),
            params![profile],
            |r| r.get::<_, bool>(0),
        )?;
        let track_seen = prune_unseen && !first_load;
        if track_seen {
            // Counted by difference at the end.
            tx.execute(
                "CREATE TEMP TABLE IF NOT EXISTS seen_ids (id TEXT PRIMARY KEY)",
                [],
            )?;
            tx.execute("DELETE FROM seen_ids", [])?;
        }
        let cols: Vec<String> = columns.iter().map(|f| quote(&f.name)).collect();
        let placeholders: Vec<String> = (0..cols.len()).map(|i| format!("?{}", i + 2)).collect();
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
        Ok(KeyedRows {
            profile: profile.to_owned(),
            upsert_sql: format!(
                "INSERT INTO {t} (profile, {}) VALUES (?1, {}) ON CONFLICT (profile, {k}) {on_conflict}",
                cols.join(", "),
                placeholders.join(", "),
            ),
            exists_sql: format!("SELECT 1 FROM {t} WHERE profile = ?1 AND {k} = ?2"),
            delete_sql: format!("DELETE FROM {t} WHERE profile = ?1 AND {k} = ?2"),
            table: table.to_owned(),
            key: k,
            first_load,
            track_seen,
            counts: WriteCounts::default(),
        })
    }

    pub fn is_first_load(&self) -> bool {
        self.first_load
    }

    /// Write rows (a cell per column, the key first), counting what each one did.
    pub fn upsert(
        &mut self,
        tx: &Transaction<'_>,
        rows: impl IntoIterator<Item = Vec<SqlValue>>,
    ) -> rusqlite::Result<()> {
        let mut up = tx.prepare_cached(&self.upsert_sql)?;
        let mut exists = tx.prepare_cached(&self.exists_sql)?;
        let mut seen = if self.track_seen {
            Some(tx.prepare_cached("INSERT OR IGNORE INTO seen_ids (id) VALUES (?1)")?)
        } else {
            None
        };
        for row in rows {
            let id = match row.first() {
                Some(SqlValue::Text(s)) => s.as_str(),
                _ => "",
            };
            let existed = !self.first_load && exists.exists(params![self.profile, id])?;
            if let Some(s) = seen.as_mut() {
                s.execute(params![id])?;
            }
            let values = std::iter::once(SqlValue::Text(self.profile.clone())).chain(row);
            let changed = up.execute(params_from_iter(values))?;
            self.counts.total += 1;
            if !existed {
                self.counts.added += 1;
            } else if changed > 0 {
                self.counts.modified += 1;
            }
        }
        Ok(())
    }

    /// Keys the source still holds (a reconcile's key read): kept at the end.
    pub fn seen(&mut self, tx: &Transaction<'_>, ids: &[String]) -> rusqlite::Result<()> {
        if !self.track_seen {
            return Ok(());
        }
        let mut seen = tx.prepare_cached("INSERT OR IGNORE INTO seen_ids (id) VALUES (?1)")?;
        for id in ids {
            seen.execute(params![id])?;
        }
        Ok(())
    }

    /// Keys deleted at the source.
    pub fn delete(&mut self, tx: &Transaction<'_>, ids: &[String]) -> rusqlite::Result<()> {
        let mut del = tx.prepare_cached(&self.delete_sql)?;
        for id in ids {
            self.counts.deleted += del.execute(params![self.profile, id])? as u64;
        }
        Ok(())
    }

    /// Delete what the run did not see (when it tracked that); the run's counts.
    pub fn finish(mut self, tx: &Transaction<'_>) -> rusqlite::Result<WriteCounts> {
        if self.track_seen {
            self.counts.deleted += tx.execute(
                &format!(
                    "DELETE FROM {} WHERE profile = ?1 AND {} NOT IN (SELECT id FROM seen_ids)",
                    quote(&self.table),
                    self.key
                ),
                params![self.profile],
            )? as u64;
            tx.execute("DELETE FROM seen_ids", [])?;
        }
        Ok(self.counts)
    }
}

/// Create the table, or add the columns of fields that appeared since.
fn ensure_table(
    tx: &Transaction<'_>,
    table: &str,
    columns: &[FieldColumn],
) -> Result<(), CacheError> {
    let key = &columns[0];
    let cols: Vec<String> = columns[1..]
        .iter()
        .map(|f| format!("{} {}", quote(&f.name), f.sql_type))
        .collect();
    // Keys are compared exactly (Salesforce's 15-character ids are case-sensitive).
    tx.execute_batch(&format!(
        "CREATE TABLE IF NOT EXISTS {t} (profile TEXT NOT NULL, {k} TEXT NOT NULL{sep}{cols}, PRIMARY KEY (profile, {k}))",
        t = quote(table),
        k = quote(&key.name),
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
    for f in columns {
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
