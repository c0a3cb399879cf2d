//! Schema migrations. Each entry moves the schema from version N to N+1; never edit one that
//! has shipped, add a new one. The views are the documented interface for people and scripts.

use std::path::Path;

use rusqlite::Connection;

use super::CacheError;

const MIGRATIONS: &[&str] = &[
    // 1: directory cache, sync state, jobs, audit.
    r#"
CREATE TABLE ldap_entries (
    profile TEXT NOT NULL,
    id TEXT NOT NULL,                 -- entryUUID (OpenLDAP) or objectGUID (AD), lower-case
    kind TEXT NOT NULL CHECK (kind IN ('user', 'group')),
    dn TEXT NOT NULL,
    dn_norm TEXT NOT NULL,            -- normalized DN, for joins with member values
    name TEXT,                        -- uid / sAMAccountName for users, cn for groups
    mail TEXT,
    display_name TEXT,
    given_name TEXT,
    surname TEXT,
    title TEXT,
    department TEXT,
    employee_number TEXT,
    upn TEXT,
    manager_dn TEXT,
    description TEXT,
    enabled INTEGER,
    locked INTEGER,
    password_never_expires INTEGER,
    last_logon TEXT,
    password_last_set TEXT,
    password_expires TEXT,
    account_expires TEXT,
    created TEXT,
    modified TEXT,
    hash INTEGER NOT NULL,            -- content hash: what a sync compares to count changes
    PRIMARY KEY (profile, id)
) WITHOUT ROWID;
CREATE INDEX ldap_entries_dn ON ldap_entries (profile, dn_norm);
CREATE INDEX ldap_entries_name ON ldap_entries (profile, kind, name);

CREATE TABLE ldap_member_refs (
    profile TEXT NOT NULL,
    group_id TEXT NOT NULL,
    member_dn_norm TEXT NOT NULL,
    PRIMARY KEY (profile, group_id, member_dn_norm)
) WITHOUT ROWID;
CREATE INDEX ldap_member_refs_member ON ldap_member_refs (profile, member_dn_norm);

CREATE TABLE sync_state (
    profile TEXT NOT NULL,
    source TEXT NOT NULL,             -- 'ldap'
    method TEXT NOT NULL,             -- 'rfc4533', 'usn', 'csn'
    cookie BLOB,
    usn INTEGER,
    server TEXT,
    base TEXT,
    server_kind TEXT,
    last_full_at TEXT,
    last_sync_at TEXT,
    PRIMARY KEY (profile, source)
);

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,             -- 'ldap', later 'sf', …
    command TEXT NOT NULL,            -- 'sync'
    profile TEXT NOT NULL,
    target TEXT,                      -- server URL
    mode TEXT,                        -- 'full', 'delta', 'dry-run'
    pid INTEGER,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    duration_ms INTEGER,
    added INTEGER,
    modified INTEGER,
    deleted INTEGER,
    total INTEGER,
    outcome TEXT NOT NULL,            -- 'running', 'ok', 'failed', 'partial', 'interrupted'
    message TEXT
);
CREATE INDEX jobs_started ON jobs (started_at);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    user TEXT,
    profile TEXT,
    system TEXT NOT NULL,             -- 'ldap', 'cache', …
    command TEXT NOT NULL,
    target TEXT,
    outcome TEXT NOT NULL,
    exit_code INTEGER
);

CREATE VIEW ldap_users AS
    SELECT profile, id, dn, name, mail, display_name, given_name, surname, title, department,
           employee_number, upn, manager_dn, enabled, locked, password_never_expires, last_logon,
           password_last_set, password_expires, account_expires, created, modified
    FROM ldap_entries WHERE kind = 'user';
CREATE VIEW ldap_groups AS
    SELECT g.profile, g.id, g.dn, g.name, g.description,
           (SELECT count(*) FROM ldap_member_refs r WHERE r.profile = g.profile AND r.group_id = g.id) AS member_count,
           g.created, g.modified
    FROM ldap_entries g WHERE g.kind = 'group';
CREATE VIEW ldap_members AS
    SELECT r.profile, r.group_id, e.id AS member_id, e.kind AS member_kind
    FROM ldap_member_refs r
    JOIN ldap_entries e ON e.profile = r.profile AND e.dn_norm = r.member_dn_norm;
CREATE VIEW ldap_unresolved_members AS
    SELECT r.profile, r.group_id, r.member_dn_norm AS member_dn
    FROM ldap_member_refs r
    LEFT JOIN ldap_entries e ON e.profile = r.profile AND e.dn_norm = r.member_dn_norm
    WHERE e.id IS NULL;
"#,
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Apply the migrations past the database's `user_version`, each in its own transaction.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<(), CacheError> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > SCHEMA_VERSION {
        return Err(CacheError::TooNew {
            path: path.display().to_string(),
            found: current,
            supported: SCHEMA_VERSION,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_an_empty_database_and_is_idempotent() {
        let mut c = Connection::open_in_memory().unwrap();
        migrate(&mut c, Path::new(":memory:")).unwrap();
        migrate(&mut c, Path::new(":memory:")).unwrap();
        let v: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        for view in ["ldap_users", "ldap_groups", "ldap_members"] {
            c.prepare(&format!("SELECT * FROM {view}")).unwrap();
        }
    }

    #[test]
    fn refuses_a_newer_schema() {
        let mut c = Connection::open_in_memory().unwrap();
        c.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        assert!(matches!(
            migrate(&mut c, Path::new("x")),
            Err(CacheError::TooNew { .. })
        ));
    }
}
