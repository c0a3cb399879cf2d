//! The directory side of the cache: entry rows, membership references, sync state, and the
//! two ways a sync writes (a full replace, a delta apply), both inside one transaction.

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension, Transaction, params};

/// One user or group as stored. `members` are normalized DNs (groups only).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryRow {
    pub id: String,
    pub kind: &'static str,
    pub dn: String,
    pub dn_norm: String,
    pub name: Option<String>,
    pub mail: Option<String>,
    pub display_name: Option<String>,
    pub given_name: Option<String>,
    pub surname: Option<String>,
    pub title: Option<String>,
    pub department: Option<String>,
    pub employee_number: Option<String>,
    pub upn: Option<String>,
    pub manager_dn: Option<String>,
    pub description: Option<String>,
    pub enabled: Option<bool>,
    pub locked: Option<bool>,
    pub password_never_expires: Option<bool>,
    pub last_logon: Option<String>,
    pub password_last_set: Option<String>,
    pub password_expires: Option<String>,
    pub account_expires: Option<String>,
    pub created: Option<String>,
    pub modified: Option<String>,
    pub members: Vec<String>,
}

impl EntryRow {
    /// FNV-1a over every stored field: stable across runs and Rust versions, unlike
    /// std's hasher, because it is compared with values written by earlier runs.
    pub fn content_hash(&self) -> i64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut feed = |s: &str| {
            for b in s.bytes().chain(std::iter::once(0xff)) {
                h ^= b as u64;
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        };
        let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "\u{0}".into());
        let b = |o: Option<bool>| match o {
            Some(true) => "1",
            Some(false) => "0",
            None => "-",
        };
        for s in [self.kind, &self.dn] {
            feed(s);
        }
        for o in [
            &self.name,
            &self.mail,
            &self.display_name,
            &self.given_name,
            &self.surname,
            &self.title,
            &self.department,
            &self.employee_number,
            &self.upn,
            &self.manager_dn,
            &self.description,
            &self.last_logon,
            &self.password_last_set,
            &self.password_expires,
            &self.account_expires,
            &self.created,
            &self.modified,
        ] {
            feed(&opt(o));
        }
        for o in [self.enabled, self.locked, self.password_never_expires] {
            feed(b(o));
        }
        let mut members: Vec<&String> = self.members.iter().collect();
        members.sort();
        for m in members {
            feed(m);
        }
        h as i64
    }
}

const INSERT_ENTRY: &str = "INSERT OR REPLACE INTO ldap_entries (profile, id, kind, dn, dn_norm, name, mail, display_name,
    given_name, surname, title, department, employee_number, upn, manager_dn, description, enabled, locked,
    password_never_expires, last_logon, password_last_set, password_expires, account_expires, created, modified, hash)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)";

fn insert_row(tx: &Transaction<'_>, profile: &str, r: &EntryRow) -> rusqlite::Result<()> {
    let mut st = tx.prepare_cached(INSERT_ENTRY)?;
    st.execute(params![
        profile,
        r.id,
        r.kind,
        r.dn,
        r.dn_norm,
        r.name,
        r.mail,
        r.display_name,
        r.given_name,
        r.surname,
        r.title,
        r.department,
        r.employee_number,
        r.upn,
        r.manager_dn,
        r.description,
        r.enabled,
        r.locked,
        r.password_never_expires,
        r.last_logon,
        r.password_last_set,
        r.password_expires,
        r.account_expires,
        r.created,
        r.modified,
        r.content_hash()
    ])?;
    if r.kind == "group" {
        let mut del =
            tx.prepare_cached("DELETE FROM ldap_member_refs WHERE profile = ?1 AND group_id = ?2")?;
        del.execute(params![profile, r.id])?;
        let mut ins = tx.prepare_cached("INSERT OR IGNORE INTO ldap_member_refs (profile, group_id, member_dn_norm) VALUES (?1, ?2, ?3)")?;
        for m in &r.members {
            ins.execute(params![profile, r.id, m])?;
        }
    }
    Ok(())
}

fn delete_row(tx: &Transaction<'_>, profile: &str, id: &str) -> rusqlite::Result<bool> {
    tx.prepare_cached("DELETE FROM ldap_member_refs WHERE profile = ?1 AND group_id = ?2")?
        .execute(params![profile, id])?;
    Ok(tx
        .prepare_cached("DELETE FROM ldap_entries WHERE profile = ?1 AND id = ?2")?
        .execute(params![profile, id])?
        > 0)
}

/// What a sync changed (or, in a dry run, would change), with a few examples of each.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct ChangeSummary {
    pub added: u64,
    pub modified: u64,
    pub deleted: u64,
    pub total: u64,
    pub sample_added: Vec<String>,
    pub sample_modified: Vec<String>,
    pub sample_deleted: Vec<String>,
}

const SAMPLE: usize = 5;

/// Sync progress stored per profile.
#[derive(Debug, Clone, Default)]
pub struct SyncState {
    pub method: String,
    pub cookie: Option<Vec<u8>>,
    pub usn: Option<i64>,
    pub server: Option<String>,
    pub base: Option<String>,
    pub server_kind: Option<String>,
    pub last_full_at: Option<String>,
    pub last_sync_at: Option<String>,
}

pub fn load_state(conn: &Connection, profile: &str) -> rusqlite::Result<Option<SyncState>> {
    conn.query_row(
        "SELECT method, cookie, usn, server, base, server_kind, last_full_at, last_sync_at
         FROM sync_state WHERE profile = ?1 AND source = 'ldap'",
        params![profile],
        |r| {
            Ok(SyncState {
                method: r.get(0)?,
                cookie: r.get(1)?,
                usn: r.get(2)?,
                server: r.get(3)?,
                base: r.get(4)?,
                server_kind: r.get(5)?,
                last_full_at: r.get(6)?,
                last_sync_at: r.get(7)?,
            })
        },
    )
    .optional()
}

fn save_state(tx: &Transaction<'_>, profile: &str, s: &SyncState) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO sync_state (profile, source, method, cookie, usn, server, base, server_kind, last_full_at, last_sync_at)
         VALUES (?1, 'ldap', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![profile, s.method, s.cookie, s.usn, s.server, s.base, s.server_kind, s.last_full_at, s.last_sync_at],
    )?;
    Ok(())
}

/// A full sync: every row of the profile is replaced inside one transaction. Until `finish`
/// commits, readers (and a crash) see the previous state.
pub struct FullWriter<'c> {
    tx: Transaction<'c>,
    profile: String,
    seen: u64,
}

impl<'c> FullWriter<'c> {
    pub fn begin(conn: &'c mut Connection, profile: &str) -> rusqlite::Result<Self> {
        let tx = conn.transaction()?;
        tx.execute_batch("DROP TABLE IF EXISTS temp.prev; CREATE TEMP TABLE prev (id TEXT PRIMARY KEY, hash INTEGER, dn TEXT) WITHOUT ROWID;")?;
        tx.execute(
            "INSERT INTO temp.prev SELECT id, hash, dn FROM ldap_entries WHERE profile = ?1",
            params![profile],
        )?;
        tx.execute(
            "DELETE FROM ldap_member_refs WHERE profile = ?1",
            params![profile],
        )?;
        tx.execute(
            "DELETE FROM ldap_entries WHERE profile = ?1",
            params![profile],
        )?;
        Ok(FullWriter {
            tx,
            profile: profile.to_owned(),
            seen: 0,
        })
    }

    pub fn write(&mut self, row: &EntryRow) -> rusqlite::Result<()> {
        self.seen += 1;
        insert_row(&self.tx, &self.profile, row)
    }

    /// Count the differences against the previous state, store the sync state and commit —
    /// or, for a dry run, roll everything back.
    pub fn finish(
        self,
        state: Option<&SyncState>,
        commit: bool,
    ) -> rusqlite::Result<ChangeSummary> {
        let tx = self.tx;
        let p = &self.profile;
        let count = |sql: &str| -> rusqlite::Result<u64> {
            tx.query_row(sql, params![p], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
        };
        let sample = |sql: &str| -> rusqlite::Result<Vec<String>> {
            let mut st = tx.prepare(sql)?;
            let rows = st.query_map(params![p, SAMPLE as i64], |r| r.get::<_, String>(0))?;
            rows.collect()
        };
        let s = ChangeSummary {
            added: count(
                "SELECT count(*) FROM ldap_entries e WHERE e.profile = ?1 AND e.id NOT IN (SELECT id FROM temp.prev)",
            )?,
            modified: count(
                "SELECT count(*) FROM ldap_entries e JOIN temp.prev p ON p.id = e.id WHERE e.profile = ?1 AND p.hash != e.hash",
            )?,
            deleted: count(
                "SELECT count(*) FROM temp.prev p WHERE p.id NOT IN (SELECT id FROM ldap_entries WHERE profile = ?1)",
            )?,
            total: self.seen,
            sample_added: sample(
                "SELECT e.dn FROM ldap_entries e WHERE e.profile = ?1 AND e.id NOT IN (SELECT id FROM temp.prev) LIMIT ?2",
            )?,
            sample_modified: sample(
                "SELECT e.dn FROM ldap_entries e JOIN temp.prev p ON p.id = e.id WHERE e.profile = ?1 AND p.hash != e.hash LIMIT ?2",
            )?,
            sample_deleted: sample(
                "SELECT p.dn FROM temp.prev p WHERE p.id NOT IN (SELECT id FROM ldap_entries WHERE profile = ?1) LIMIT ?2",
            )?,
        };
        if commit {
            if let Some(st) = state {
                save_state(&tx, p, st)?;
            }
            tx.execute_batch("DROP TABLE temp.prev")?;
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(s)
    }
}

/// The current DN (normalized) and kind of cached entries, by id.
pub fn cached_dns(
    conn: &Connection,
    profile: &str,
    ids: &[&str],
) -> rusqlite::Result<HashMap<String, (String, String)>> {
    let mut st =
        conn.prepare_cached("SELECT dn_norm, dn FROM ldap_entries WHERE profile = ?1 AND id = ?2")?;
    let mut out = HashMap::new();
    for id in ids {
        if let Some(v) = st
            .query_row(params![profile, id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .optional()?
        {
            out.insert((*id).to_owned(), v);
        }
    }
    Ok(out)
}

/// Ids of groups whose stored member values name any of these DNs.
pub fn groups_referencing(
    conn: &Connection,
    profile: &str,
    dns_norm: &HashSet<String>,
) -> rusqlite::Result<HashSet<String>> {
    let mut st = conn.prepare_cached(
        "SELECT group_id FROM ldap_member_refs WHERE profile = ?1 AND member_dn_norm = ?2",
    )?;
    let mut out = HashSet::new();
    for dn in dns_norm {
        let rows = st.query_map(params![profile, dn], |r| r.get::<_, String>(0))?;
        for r in rows {
            out.insert(r?);
        }
    }
    Ok(out)
}

/// Apply a delta: upserts and deletes by id, counted against what was cached, in one
/// transaction with the new sync state. A dry run rolls back.
pub fn apply_delta(
    conn: &mut Connection,
    profile: &str,
    upserts: &[EntryRow],
    deletes: &[String],
    state: &SyncState,
    commit: bool,
) -> rusqlite::Result<ChangeSummary> {
    let tx = conn.transaction()?;
    let mut s = ChangeSummary::default();
    for r in upserts {
        let old: Option<i64> = tx
            .prepare_cached("SELECT hash FROM ldap_entries WHERE profile = ?1 AND id = ?2")?
            .query_row(params![profile, r.id], |row| row.get(0))
            .optional()?;
        match old {
            None => {
                s.added += 1;
                if s.sample_added.len() < SAMPLE {
                    s.sample_added.push(r.dn.clone());
                }
            }
            Some(h) if h != r.content_hash() => {
                s.modified += 1;
                if s.sample_modified.len() < SAMPLE {
                    s.sample_modified.push(r.dn.clone());
                }
            }
            Some(_) => {}
        }
        insert_row(&tx, profile, r)?;
    }
    for id in deletes {
        let dn: Option<String> = tx
            .prepare_cached("SELECT dn FROM ldap_entries WHERE profile = ?1 AND id = ?2")?
            .query_row(params![profile, id], |row| row.get(0))
            .optional()?;
        if delete_row(&tx, profile, id)? {
            s.deleted += 1;
            if s.sample_deleted.len() < SAMPLE {
                s.sample_deleted.push(dn.unwrap_or_else(|| id.clone()));
            }
        }
    }
    s.total = tx.query_row(
        "SELECT count(*) FROM ldap_entries WHERE profile = ?1",
        params![profile],
        |r| r.get::<_, i64>(0),
    )? as u64;
    if commit {
        save_state(&tx, profile, state)?;
        tx.commit()?;
    } else {
        tx.rollback()?;
    }
    Ok(s)
}

/// All cached ids of a profile (for the present-set comparison of a fallback delta).
pub fn cached_ids(conn: &Connection, profile: &str) -> rusqlite::Result<HashSet<String>> {
    let mut st = conn.prepare("SELECT id FROM ldap_entries WHERE profile = ?1")?;
    let rows = st.query_map(params![profile], |r| r.get::<_, String>(0))?;
    rows.collect()
}
