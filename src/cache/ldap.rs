//! The directory side of the cache: entry rows, membership references, sync state, and the
//! two ways a sync writes (a full load, a delta apply), both inside one transaction on the
//! cache writer.

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::CacheError;
use super::writer::Load;

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
    /// objectSid as `S-1-5-21-…` (Active Directory users), what Entra ID keeps as
    /// `onPremisesSecurityIdentifier`.
    pub sid: Option<String>,
    pub members: Vec<String>,
}

impl EntryRow {
    /// Roughly the bytes this row holds, for bounding what is queued for the writer: a
    /// group with thousands of members weighs as much as thousands of users.
    pub fn approx_size(&self) -> usize {
        std::mem::size_of::<Self>()
            + 2 * self.dn.len()
            + 256
            + self
                .members
                .iter()
                .map(|m| m.len() + std::mem::size_of::<String>())
                .sum::<usize>()
    }

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
        fn opt(o: &Option<String>) -> &str {
            o.as_deref().unwrap_or("\u{0}")
        }
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
            feed(opt(o));
        }
        for o in [self.enabled, self.locked, self.password_never_expires] {
            feed(b(o));
        }
        // Fed only when present, so rows stored before the SID was read keep their hash.
        if let Some(sid) = &self.sid {
            feed(sid);
        }
        let mut members: Vec<&str> = self.members.iter().map(String::as_str).collect();
        members.sort();
        for m in members {
            feed(m);
        }
        h as i64
    }
}

macro_rules! insert_entry_sql {
    () => {
        "INSERT INTO ldap_entries (pid, id, kind, dn, dn_norm, name, mail, display_name, given_name, surname, title,
            department, employee_number, upn, manager_dn, description, enabled, locked, password_never_expires, last_logon,
            password_last_set, password_expires, account_expires, created, modified, hash, sid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23,
            ?24, ?25, ?26, ?27)"
    };
}
/// A new row, unless the profile has one with this id already (returns no change then).
const INSERT_NEW_ENTRY: &str = concat!(insert_entry_sql!(), " ON CONFLICT (pid, id) DO NOTHING");
const UPSERT_ENTRY: &str = concat!(
    insert_entry_sql!(),
    " ON CONFLICT (pid, id) DO UPDATE SET kind = excluded.kind, dn = excluded.dn, dn_norm = excluded.dn_norm,
       name = excluded.name, mail = excluded.mail, display_name = excluded.display_name, given_name = excluded.given_name,
       surname = excluded.surname, title = excluded.title, department = excluded.department,
       employee_number = excluded.employee_number, upn = excluded.upn, manager_dn = excluded.manager_dn,
       description = excluded.description, enabled = excluded.enabled, locked = excluded.locked,
       password_never_expires = excluded.password_never_expires, last_logon = excluded.last_logon,
       password_last_set = excluded.password_last_set, password_expires = excluded.password_expires,
       account_expires = excluded.account_expires, created = excluded.created, modified = excluded.modified,
       hash = excluded.hash, sid = excluded.sid
     RETURNING eid"
);

fn row_params<'r>(pid: &'r i64, r: &'r EntryRow, hash: &'r i64) -> [&'r dyn rusqlite::ToSql; 27] {
    [
        pid,
        &r.id,
        &r.kind,
        &r.dn,
        &r.dn_norm,
        &r.name,
        &r.mail,
        &r.display_name,
        &r.given_name,
        &r.surname,
        &r.title,
        &r.department,
        &r.employee_number,
        &r.upn,
        &r.manager_dn,
        &r.description,
        &r.enabled,
        &r.locked,
        &r.password_never_expires,
        &r.last_logon,
        &r.password_last_set,
        &r.password_expires,
        &r.account_expires,
        &r.created,
        &r.modified,
        hash,
        &r.sid,
    ]
}

const INSERT_REF: &str =
    "INSERT INTO ldap_member_refs (pid, group_eid, member_dn_norm) VALUES (?1, ?2, ?3)";

/// References per multi-row INSERT. A sync writes hundreds of thousands of them; one
/// statement step per chunk, with the profile and group bound once, took about a tenth off
/// the cache writer's time in the 100,000-user benchmark.
const REF_CHUNK: usize = 64;

static INSERT_REF_CHUNK: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let rows: Vec<String> = (0..REF_CHUNK)
        .map(|i| format!("(?1, ?2, ?{})", i + 3))
        .collect();
    format!(
        "INSERT INTO ldap_member_refs (pid, group_eid, member_dn_norm) VALUES {}",
        rows.join(", ")
    )
});

/// Insert a group's references in key order (the table is keyed by group and member DN, so
/// a new group's references then append), each normalized DN once.
fn insert_refs(
    tx: &Transaction<'_>,
    pid: i64,
    eid: i64,
    members: &[String],
) -> rusqlite::Result<()> {
    let mut sorted: Vec<&str> = members.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let mut chunks = sorted.chunks_exact(REF_CHUNK);
    if chunks.len() > 0 {
        let mut many = tx.prepare_cached(&INSERT_REF_CHUNK)?;
        many.raw_bind_parameter(1, pid)?;
        many.raw_bind_parameter(2, eid)?;
        for chunk in &mut chunks {
            for (i, m) in chunk.iter().enumerate() {
                many.raw_bind_parameter(i + 3, *m)?;
            }
            many.raw_execute()?;
        }
    }
    let mut one = tx.prepare_cached(INSERT_REF)?;
    for m in chunks.remainder() {
        one.execute(params![pid, eid, m])?;
    }
    Ok(())
}

/// Insert or update one entry by (profile, id), keeping its internal eid, and replace its
/// member references. Returns the eid.
fn upsert_row(tx: &Transaction<'_>, pid: i64, r: &EntryRow, hash: i64) -> rusqlite::Result<i64> {
    let eid: i64 = tx
        .prepare_cached(UPSERT_ENTRY)?
        .query_row(&row_params(&pid, r, &hash)[..], |row| row.get(0))?;
    tx.prepare_cached("DELETE FROM ldap_member_refs WHERE group_eid = ?1")?
        .execute(params![eid])?;
    if r.kind == "group" {
        insert_refs(tx, pid, eid, &r.members)?;
    }
    Ok(eid)
}

fn delete_row(tx: &Transaction<'_>, pid: i64, id: &str) -> rusqlite::Result<Option<String>> {
    let found: Option<(i64, String)> = tx
        .prepare_cached("SELECT eid, dn FROM ldap_entries WHERE pid = ?1 AND id = ?2")?
        .query_row(params![pid, id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((eid, dn)) = found else {
        return Ok(None);
    };
    tx.prepare_cached("DELETE FROM ldap_member_refs WHERE group_eid = ?1")?
        .execute(params![eid])?;
    tx.prepare_cached("DELETE FROM ldap_entries WHERE eid = ?1")?
        .execute(params![eid])?;
    Ok(Some(dn))
}

/// The profile's internal id, created on first use.
pub fn profile_id(conn: &Connection, name: &str) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT OR IGNORE INTO profiles (name) VALUES (?1)",
        params![name],
    )?;
    conn.query_row(
        "SELECT pid FROM profiles WHERE name = ?1",
        params![name],
        |r| r.get(0),
    )
}

fn existing_profile_id(conn: &Connection, name: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT pid FROM profiles WHERE name = ?1",
        params![name],
        |r| r.get(0),
    )
    .optional()
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

impl ChangeSummary {
    fn note_added(&mut self, dn: &str) {
        self.added += 1;
        if self.sample_added.len() < SAMPLE {
            self.sample_added.push(dn.to_owned());
        }
    }

    fn note_modified(&mut self, dn: &str) {
        self.modified += 1;
        if self.sample_modified.len() < SAMPLE {
            self.sample_modified.push(dn.to_owned());
        }
    }

    fn note_deleted(&mut self, dn: String) {
        self.deleted += 1;
        if self.sample_deleted.len() < SAMPLE {
            self.sample_deleted.push(dn);
        }
    }
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
        "SELECT s.method, s.cookie, s.usn, s.server, s.base, s.server_kind, s.last_full_at, s.last_sync_at
         FROM sync_state s JOIN profiles p ON p.pid = s.pid WHERE p.name = ?1 AND s.source = 'ldap'",
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

fn save_state(tx: &Transaction<'_>, pid: i64, s: &SyncState) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO sync_state (pid, source, method, cookie, usn, server, base, server_kind, last_full_at, last_sync_at)
         VALUES (?1, 'ldap', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![pid, s.method, s.cookie, s.usn, s.server, s.base, s.server_kind, s.last_full_at, s.last_sync_at],
    )?;
    Ok(())
}

/// A full sync rewrites the profile's rows inside one writer run (see `writer`). Until it
/// commits, readers (and a crash) see the previous state. Memory stays flat however large
/// the directory: nothing is kept per entry but one bit per cached row.
///
/// - bulk (nothing cached for the profile yet): every row is an addition. In a WAL cache the
///   DN and name indexes are dropped and built by sorting at the end: maintained row by row,
///   their pages are rewritten into the log again and again as the page cache spills. In a
///   new cache loaded with a rollback journal (see `writer`) a spilled page is written in
///   place, so they are kept and grow while the directory is still being read, instead of
///   after it (a first sync of 100,000 users: about 1.3x ldapsearch's read dropping and
///   rebuilding, 1.1x keeping them). The unique id index always stays: it is what tells an
///   entry that both readers returned (it matches the user and the group filter) from a new
///   one, so that it is stored once.
/// - merge (a resync): each row is looked up by id; only rows whose content hash changed are
///   written, and the rows not seen again are deleted at the end. A nightly `--full` over a
///   directory that barely changed then writes almost nothing.
pub struct FullLoad {
    pid: i64,
    bulk: bool,
    /// The DN and name indexes were dropped and are built when the load ends.
    rebuild_indexes: bool,
    /// Rows of this run, by eid: a row seen twice is the same entry from both readers, and
    /// in a merge the cached rows not seen are the deleted ones.
    seen: EidSet,
    summary: ChangeSummary,
    /// Time spent writing batches, for the `-vv` phase timings.
    busy: std::time::Duration,
}

/// One bit per eid (eids are the dense rowids of `ldap_entries`): 125 KB for a million rows.
#[derive(Default)]
struct EidSet(Vec<u64>);

impl EidSet {
    /// Mark `eid`; false when it was marked already.
    fn insert(&mut self, eid: i64) -> bool {
        let (word, bit) = ((eid as u64 / 64) as usize, eid as u64 % 64);
        if word >= self.0.len() {
            self.0.resize(word + 1, 0);
        }
        let fresh = self.0[word] & (1 << bit) == 0;
        self.0[word] |= 1 << bit;
        fresh
    }

    fn contains(&self, eid: i64) -> bool {
        let (word, bit) = ((eid as u64 / 64) as usize, eid as u64 % 64);
        self.0.get(word).is_some_and(|w| w & (1 << bit) != 0)
    }
}

/// How a full load ends: the state to store, and whether to keep anything (not in a dry run).
pub struct FullEnd {
    pub state: SyncState,
    pub commit: bool,
}

impl FullLoad {
    pub fn begin(tx: &Transaction<'_>, profile: &str) -> Result<Self, CacheError> {
        let pid = profile_id(tx, profile)?;
        let bulk = !tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM ldap_entries WHERE pid = ?1)",
            params![pid],
            |r| r.get::<_, bool>(0),
        )?;
        let journal: String = tx.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        let rebuild_indexes = bulk && journal.eq_ignore_ascii_case("wal");
        if rebuild_indexes {
            for (name, _) in super::schema::LDAP_INDEXES {
                if *name != super::schema::LDAP_ID_INDEX {
                    tx.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
                }
            }
        }
        super::schema::ensure_id_index(tx)?;
        Ok(FullLoad {
            pid,
            bulk,
            rebuild_indexes,
            seen: EidSet::default(),
            summary: ChangeSummary::default(),
            busy: std::time::Duration::ZERO,
        })
    }

    fn bulk_batch(&mut self, tx: &Transaction<'_>, rows: &[EntryRow]) -> rusqlite::Result<()> {
        // The statements are looked up once per batch, not per row.
        let mut entry = tx.prepare_cached(INSERT_NEW_ENTRY)?;
        for row in rows {
            let hash = row.content_hash();
            if entry.execute(&row_params(&self.pid, row, &hash)[..])? == 0 {
                continue; // the other reader's copy is stored already
            }
            self.summary.note_added(&row.dn);
            self.summary.total += 1;
            if row.kind == "group" {
                insert_refs(tx, self.pid, tx.last_insert_rowid(), &row.members)?;
            }
        }
        Ok(())
    }

    fn merge_batch(&mut self, tx: &Transaction<'_>, rows: &[EntryRow]) -> rusqlite::Result<()> {
        let mut cached =
            tx.prepare_cached("SELECT eid, hash FROM ldap_entries WHERE pid = ?1 AND id = ?2")?;
        for row in rows {
            let hash = row.content_hash();
            let found: Option<(i64, i64)> = cached
                .query_row(params![self.pid, row.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            match found {
                Some((eid, _)) if !self.seen.insert(eid) => continue,
                Some((_, h)) if h == hash => {}
                Some(_) => {
                    self.summary.note_modified(&row.dn);
                    upsert_row(tx, self.pid, row, hash)?;
                }
                None => {
                    self.summary.note_added(&row.dn);
                    let eid = upsert_row(tx, self.pid, row, hash)?;
                    self.seen.insert(eid);
                }
            }
            self.summary.total += 1;
        }
        Ok(())
    }

    /// The cached rows of the profile this run did not see (merge only), in eid order.
    fn unseen(&mut self, tx: &Transaction<'_>) -> rusqlite::Result<Vec<i64>> {
        let mut gone = Vec::new();
        let mut st = tx.prepare("SELECT eid, dn FROM ldap_entries WHERE pid = ?1 ORDER BY eid")?;
        let mut rows = st.query(params![self.pid])?;
        while let Some(r) = rows.next()? {
            let eid: i64 = r.get(0)?;
            if self.seen.contains(eid) {
                continue;
            }
            gone.push(eid);
            if self.summary.sample_deleted.len() < SAMPLE {
                self.summary.note_deleted(r.get(1)?);
            } else {
                self.summary.deleted += 1;
            }
        }
        Ok(gone)
    }
}

impl Load for FullLoad {
    type Batch = Vec<EntryRow>;
    type Finish = FullEnd;
    type Summary = ChangeSummary;

    fn write(&mut self, tx: &Transaction<'_>, rows: Vec<EntryRow>) -> Result<(), CacheError> {
        let t = std::time::Instant::now();
        if self.bulk {
            self.bulk_batch(tx, &rows)?;
        } else {
            self.merge_batch(tx, &rows)?;
        }
        self.busy += t.elapsed();
        Ok(())
    }

    /// Retire the rows not seen again, rebuild the indexes and store the sync state.
    fn finish(
        mut self,
        tx: &Transaction<'_>,
        end: FullEnd,
    ) -> Result<(ChangeSummary, bool), CacheError> {
        let t = std::time::Instant::now();
        let gone = if self.bulk {
            Vec::new()
        } else {
            self.unseen(tx)?
        };
        if !end.commit {
            return Ok((self.summary, false));
        }
        if self.rebuild_indexes {
            super::schema::ensure_indexes(tx)?;
            tracing::debug!(ms = t.elapsed().as_millis() as u64, "indexes built");
        }
        let mut refs = tx.prepare_cached("DELETE FROM ldap_member_refs WHERE group_eid = ?1")?;
        let mut entries = tx.prepare_cached("DELETE FROM ldap_entries WHERE eid = ?1")?;
        for eid in &gone {
            refs.execute(params![eid])?;
            entries.execute(params![eid])?;
        }
        save_state(tx, self.pid, &end.state)?;
        tracing::debug!(
            busy_ms = self.busy.as_millis() as u64,
            finish_ms = t.elapsed().as_millis() as u64,
            "cache writer done"
        );
        Ok((self.summary, true))
    }
}

/// The current normalized DN and DN of cached entries, by id.
pub fn cached_dns(
    conn: &Connection,
    profile: &str,
    ids: &[&str],
) -> rusqlite::Result<HashMap<String, (String, String)>> {
    let mut out = HashMap::new();
    let Some(pid) = existing_profile_id(conn, profile)? else {
        return Ok(out);
    };
    let mut st =
        conn.prepare_cached("SELECT dn_norm, dn FROM ldap_entries WHERE pid = ?1 AND id = ?2")?;
    for id in ids {
        if let Some(v) = st
            .query_row(params![pid, id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .optional()?
        {
            out.insert((*id).to_owned(), v);
        }
    }
    Ok(out)
}

/// Ids of groups whose stored member values name any of these DNs. One pass over the
/// profile's references (there is deliberately no index on member values: keeping one costs a
/// full sync more than this scan costs a delta).
pub fn groups_referencing(
    conn: &Connection,
    profile: &str,
    dns_norm: &HashSet<String>,
) -> rusqlite::Result<HashSet<String>> {
    let mut out = HashSet::new();
    if dns_norm.is_empty() {
        return Ok(out);
    }
    let Some(pid) = existing_profile_id(conn, profile)? else {
        return Ok(out);
    };
    let dns: Vec<&String> = dns_norm.iter().collect();
    for chunk in dns.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(", ");
        let sql = format!(
            "SELECT DISTINCT g.id FROM ldap_member_refs r JOIN ldap_entries g ON g.eid = r.group_eid
             WHERE r.pid = ?1 AND r.member_dn_norm IN ({marks})"
        );
        let mut st = conn.prepare(&sql)?;
        let mut args: Vec<&dyn rusqlite::ToSql> = vec![&pid];
        args.extend(chunk.iter().map(|d| *d as &dyn rusqlite::ToSql));
        let rows = st.query_map(&args[..], |r| r.get::<_, String>(0))?;
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
    let pid = profile_id(&tx, profile)?;
    let mut s = ChangeSummary::default();
    for r in upserts {
        let old: Option<i64> = tx
            .prepare_cached("SELECT hash FROM ldap_entries WHERE pid = ?1 AND id = ?2")?
            .query_row(params![pid, r.id], |row| row.get(0))
            .optional()?;
        let hash = r.content_hash();
        match old {
            None => s.note_added(&r.dn),
            // Unchanged (an entry a delta reports again, a group read again): nothing to write.
            Some(h) if h == hash => continue,
            Some(_) => s.note_modified(&r.dn),
        }
        upsert_row(&tx, pid, r, hash)?;
    }
    for id in deletes {
        if let Some(dn) = delete_row(&tx, pid, id)? {
            s.note_deleted(dn);
        }
    }
    s.total = tx.query_row(
        "SELECT count(*) FROM ldap_entries WHERE pid = ?1",
        params![pid],
        |r| r.get::<_, i64>(0),
    )? as u64;
    if commit {
        save_state(&tx, pid, state)?;
        tx.commit()?;
    } else {
        tx.rollback()?;
    }
    Ok(s)
}

/// All cached ids of a profile (for the present-set comparison of a fallback delta).
pub fn cached_ids(conn: &Connection, profile: &str) -> rusqlite::Result<HashSet<String>> {
    let Some(pid) = existing_profile_id(conn, profile)? else {
        return Ok(HashSet::new());
    };
    let mut st = conn.prepare("SELECT id FROM ldap_entries WHERE pid = ?1")?;
    let rows = st.query_map(params![pid], |r| r.get::<_, String>(0))?;
    rows.collect()
}

/// What `ldap status` shows of one synced profile.
#[derive(Debug, Clone)]
pub struct ProfileStatus {
    pub profile: String,
    pub server: Option<String>,
    pub method: String,
    pub last_sync: Option<String>,
    pub cookie: Option<Vec<u8>>,
    pub usn: Option<i64>,
    pub last_full_sync: Option<String>,
    pub users: i64,
    pub groups: i64,
    pub memberships: i64,
    pub last_job: Option<LastJob>,
}

/// The profile's latest `jobs` row.
#[derive(Debug, Clone, Default)]
pub struct LastJob {
    pub mode: Option<String>,
    pub outcome: Option<String>,
    pub duration_ms: Option<i64>,
    pub added: Option<i64>,
    pub modified: Option<i64>,
    pub deleted: Option<i64>,
}

/// Every synced profile, by name.
pub fn profile_status(conn: &Connection) -> rusqlite::Result<Vec<ProfileStatus>> {
    let mut st = conn.prepare(
        "SELECT p.name, s.server, s.method, s.last_sync_at, s.cookie, s.usn, s.last_full_at,
                (SELECT count(*) FROM ldap_entries e WHERE e.pid = s.pid AND e.kind = 'user'),
                (SELECT count(*) FROM ldap_entries e WHERE e.pid = s.pid AND e.kind = 'group'),
                (SELECT count(*) FROM ldap_member_refs r WHERE r.pid = s.pid)
         FROM sync_state s JOIN profiles p ON p.pid = s.pid WHERE s.source = 'ldap' ORDER BY p.name",
    )?;
    let mut out: Vec<ProfileStatus> = st
        .query_map([], |r| {
            Ok(ProfileStatus {
                profile: r.get(0)?,
                server: r.get(1)?,
                method: r.get(2)?,
                last_sync: r.get(3)?,
                cookie: r.get(4)?,
                usn: r.get(5)?,
                last_full_sync: r.get(6)?,
                users: r.get(7)?,
                groups: r.get(8)?,
                memberships: r.get(9)?,
                last_job: None,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut job = conn.prepare(
        "SELECT mode, outcome, duration_ms, added, modified, deleted FROM jobs
         WHERE source = 'ldap' AND profile = ?1 ORDER BY id DESC LIMIT 1",
    )?;
    for p in &mut out {
        p.last_job = job
            .query_row(params![p.profile], |r| {
                Ok(LastJob {
                    mode: r.get(0)?,
                    outcome: r.get(1)?,
                    duration_ms: r.get(2)?,
                    added: r.get(3)?,
                    modified: r.get(4)?,
                    deleted: r.get(5)?,
                })
            })
            .optional()?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(id: &str, name: &str) -> EntryRow {
        EntryRow {
            id: id.into(),
            kind: "user",
            dn: format!("uid={name},dc=t"),
            dn_norm: format!("uid={name},dc=t"),
            name: Some(name.into()),
            ..Default::default()
        }
    }

    fn group(id: &str, members: &[&str]) -> EntryRow {
        EntryRow {
            id: id.into(),
            kind: "group",
            dn: format!("cn={id},dc=t"),
            dn_norm: format!("cn={id},dc=t"),
            members: members.iter().map(|m| m.to_string()).collect(),
            ..Default::default()
        }
    }

    fn load(conn: &mut Connection, batches: Vec<Vec<EntryRow>>) -> ChangeSummary {
        let tx = conn.transaction().unwrap();
        let mut l = FullLoad::begin(&tx, "p").unwrap();
        for b in batches {
            l.write(&tx, b).unwrap();
        }
        let end = FullEnd {
            state: SyncState::default(),
            commit: true,
        };
        let (summary, commit) = l.finish(&tx, end).unwrap();
        assert!(commit);
        tx.commit().unwrap();
        summary
    }

    fn stored(conn: &Connection) -> Vec<(String, String, i64)> {
        conn.prepare(
            "SELECT e.id, e.dn, (SELECT count(*) FROM ldap_member_refs r WHERE r.group_eid = e.eid)
             FROM ldap_entries e ORDER BY e.id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
    }

    #[test]
    fn an_entry_both_readers_return_is_stored_and_counted_once_and_unseen_rows_retire() {
        let mut c = Connection::open_in_memory().unwrap();
        super::super::migrate(&mut c, std::path::Path::new(":memory:")).unwrap();
        let (a, b) = (user("a", "alice"), user("b", "bob"));
        let g = group("g", &["uid=alice,dc=t", "uid=bob,dc=t"]);
        // First load: the group arrives from both readers, in different batches.
        let s = load(
            &mut c,
            vec![vec![a.clone(), g.clone()], vec![b.clone(), g.clone()]],
        );
        assert_eq!((s.added, s.total), (3, 3));
        let want = vec![
            ("a".to_owned(), "uid=alice,dc=t".to_owned(), 0),
            ("b".to_owned(), "uid=bob,dc=t".to_owned(), 0),
            ("g".to_owned(), "cn=g,dc=t".to_owned(), 2),
        ];
        assert_eq!(stored(&c), want);
        // A resync: alice renamed and sent twice, a new user twice, bob gone.
        let mut a2 = a.clone();
        a2.dn = "uid=alice2,dc=t".into();
        let n = user("n", "nina");
        let s = load(
            &mut c,
            vec![vec![a2.clone(), g.clone(), n.clone()], vec![a2, n, g]],
        );
        assert_eq!(
            (s.added, s.modified, s.deleted, s.total),
            (1, 1, 1, 3),
            "{s:?}"
        );
        assert_eq!(s.sample_deleted, vec!["uid=bob,dc=t".to_owned()]);
        let ids: Vec<String> = stored(&c).into_iter().map(|(id, _, _)| id).collect();
        assert_eq!(ids, ["a", "g", "n"]);
    }
}
