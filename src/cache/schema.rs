//! Schema migrations. Each entry moves the schema from version N to N+1; never edit one that
//! has shipped, add a new one. The views are the documented interface for people and scripts.

use std::path::Path;

use rusqlite::Connection;

use super::CacheError;

const MIGRATIONS: &[&str] = &[
    // 1: directory cache, sync state, jobs, audit.
    r#"
CREATE TABLE profiles (
    pid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE         -- profile name, or URL#base for ad-hoc connections
);

CREATE TABLE ldap_entries (
    eid INTEGER PRIMARY KEY,          -- internal; changes on a full sync
    pid INTEGER NOT NULL REFERENCES profiles (pid),
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
    hash INTEGER NOT NULL             -- content hash: what a sync compares to count changes
);

CREATE TABLE ldap_member_refs (
    pid INTEGER NOT NULL,
    group_eid INTEGER NOT NULL,
    member_dn_norm TEXT NOT NULL      -- a member value, normalized; may name no entry (dangling)
);

CREATE TABLE sync_state (
    pid INTEGER NOT NULL REFERENCES profiles (pid),
    source TEXT NOT NULL,             -- 'ldap'
    method TEXT NOT NULL,             -- 'rfc4533', 'usn', 'csn'
    cookie BLOB,
    usn INTEGER,
    server TEXT,
    base TEXT,
    server_kind TEXT,
    last_full_at TEXT,
    last_sync_at TEXT,
    PRIMARY KEY (pid, source)
);

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,             -- 'ldap', later 'sf', …
    command TEXT NOT NULL,            -- 'sync'
    profile TEXT NOT NULL,
    target TEXT,                      -- server URL
    mode TEXT,                        -- 'full', 'delta', 'dry-run'
    pid INTEGER,                      -- process id
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
    SELECT p.name AS profile, e.id, e.dn, e.name, e.mail, e.display_name, e.given_name, e.surname, e.title,
           e.department, e.employee_number, e.upn, e.manager_dn, e.enabled, e.locked, e.password_never_expires,
           e.last_logon, e.password_last_set, e.password_expires, e.account_expires, e.created, e.modified
    FROM ldap_entries e JOIN profiles p ON p.pid = e.pid WHERE e.kind = 'user';
CREATE VIEW ldap_groups AS
    SELECT p.name AS profile, g.id, g.dn, g.name, g.description,
           (SELECT count(*) FROM ldap_member_refs r WHERE r.group_eid = g.eid) AS member_count,
           g.created, g.modified
    FROM ldap_entries g JOIN profiles p ON p.pid = g.pid WHERE g.kind = 'group';
CREATE VIEW ldap_members AS
    SELECT p.name AS profile, g.id AS group_id, m.id AS member_id, m.kind AS member_kind
    FROM ldap_member_refs r
    JOIN ldap_entries g ON g.eid = r.group_eid
    JOIN ldap_entries m ON m.pid = r.pid AND m.dn_norm = r.member_dn_norm
    JOIN profiles p ON p.pid = r.pid;
CREATE VIEW ldap_unresolved_members AS
    SELECT p.name AS profile, g.id AS group_id, r.member_dn_norm AS member_dn
    FROM ldap_member_refs r
    JOIN ldap_entries g ON g.eid = r.group_eid
    JOIN profiles p ON p.pid = r.pid
    WHERE NOT EXISTS (SELECT 1 FROM ldap_entries m WHERE m.pid = r.pid AND m.dn_norm = r.member_dn_norm);
"#,
    // 2: Salesforce sync state. The record tables (`sf_<object>`) are created by the sync
    // from describe, one per object, and grow columns when the object grows fields.
    r#"
CREATE TABLE sf_sync_state (
    profile TEXT NOT NULL,
    object TEXT NOT NULL,             -- API name, e.g. Account
    table_name TEXT NOT NULL,         -- sf_account
    fields TEXT NOT NULL,             -- JSON array of the synced field names
    high_water TEXT,                  -- highest SystemModstamp stored (RFC 3339 UTC)
    deleted_covered TEXT,             -- deletions are known up to here (getDeleted latestDateCovered)
    last_full_at TEXT,
    last_sync_at TEXT,
    PRIMARY KEY (profile, object)
);
"#,
    // 3: SSO check history and the providers' key sets (validate without a network round trip).
    r#"
CREATE TABLE sso_checks (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    kind TEXT NOT NULL,               -- 'oidc' (later 'saml')
    profile TEXT,
    provider TEXT NOT NULL,           -- provider name, or the issuer for ad-hoc checks
    target TEXT NOT NULL,             -- issuer / metadata URL
    verdict TEXT NOT NULL,            -- 'pass', 'warn', 'fail'
    passed INTEGER NOT NULL,
    warned INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    report TEXT NOT NULL              -- the checklist as JSON
);
CREATE INDEX sso_checks_provider ON sso_checks (provider, ts);

CREATE TABLE oidc_keys (
    issuer TEXT PRIMARY KEY,
    discovery TEXT NOT NULL,          -- the discovery document (JSON)
    jwks TEXT NOT NULL,               -- the key set (JSON)
    fetched_at TEXT NOT NULL
);
"#,
    // 4: SAML request IDs (for InResponseTo) and accepted assertion IDs (against replay).
    r#"
CREATE TABLE saml_requests (
    id TEXT PRIMARY KEY,              -- the AuthnRequest ID (128 random bits)
    sp_entity_id TEXT NOT NULL,
    destination TEXT NOT NULL,        -- the IdP's SSO URL it was sent to
    created_at TEXT NOT NULL,
    expires_at INTEGER NOT NULL       -- unix seconds; a Response after this is refused
);

CREATE TABLE saml_assertions (
    issuer TEXT NOT NULL,
    id TEXT NOT NULL,                 -- the Assertion ID
    accepted_at TEXT NOT NULL,
    expires_at INTEGER NOT NULL,      -- unix seconds; kept until the assertion itself expires
    PRIMARY KEY (issuer, id)
);
"#,
    // 5: chat usage events for the analytics reports.
    r#"
CREATE TABLE analytics_events (
    key INTEGER NOT NULL,             -- 64-bit FNV-1a of the id (or of the whole event): ingesting twice adds nothing
    ts INTEGER NOT NULL,              -- unix seconds, UTC
    user TEXT NOT NULL,               -- mail, UPN or uid, lower-case
    -- session_start, conversation_started, message_sent, message_received, voice_command,
    -- file_uploaded or error (checked on ingest: a CHECK (type IN …) here costs a quarter of
    -- the ingest time, SQLite building a lookup table for it on every row)
    type TEXT NOT NULL,
    id TEXT,
    conversation_id TEXT,
    channel TEXT,
    response_ms INTEGER,
    bytes INTEGER,
    detail TEXT
);
CREATE UNIQUE INDEX analytics_events_key ON analytics_events (key);
"#,
    // 6: member references keyed by (group, member DN) in one B-tree instead of a rowid
    // table plus a group index: half the B-tree work per reference (a full sync writes
    // hundreds of thousands), and a reference can no longer be stored twice. The views that
    // read the table go while it is replaced and come back unchanged.
    r#"
DROP VIEW ldap_members;
DROP VIEW ldap_unresolved_members;
DROP VIEW ldap_groups;
CREATE TABLE ldap_member_refs_v6 (
    pid INTEGER NOT NULL,
    group_eid INTEGER NOT NULL,
    member_dn_norm TEXT NOT NULL,     -- a member value, normalized; may name no entry (dangling)
    PRIMARY KEY (group_eid, member_dn_norm)
) WITHOUT ROWID;
INSERT OR IGNORE INTO ldap_member_refs_v6 (pid, group_eid, member_dn_norm)
    SELECT pid, group_eid, member_dn_norm FROM ldap_member_refs ORDER BY group_eid, member_dn_norm;
DROP TABLE ldap_member_refs;
ALTER TABLE ldap_member_refs_v6 RENAME TO ldap_member_refs;
CREATE VIEW ldap_groups AS
    SELECT p.name AS profile, g.id, g.dn, g.name, g.description,
           (SELECT count(*) FROM ldap_member_refs r WHERE r.group_eid = g.eid) AS member_count,
           g.created, g.modified
    FROM ldap_entries g JOIN profiles p ON p.pid = g.pid WHERE g.kind = 'group';
CREATE VIEW ldap_members AS
    SELECT p.name AS profile, g.id AS group_id, m.id AS member_id, m.kind AS member_kind
    FROM ldap_member_refs r
    JOIN ldap_entries g ON g.eid = r.group_eid
    JOIN ldap_entries m ON m.pid = r.pid AND m.dn_norm = r.member_dn_norm
    JOIN profiles p ON p.pid = r.pid;
CREATE VIEW ldap_unresolved_members AS
    SELECT p.name AS profile, g.id AS group_id, r.member_dn_norm AS member_dn
    FROM ldap_member_refs r
    JOIN ldap_entries g ON g.eid = r.group_eid
    JOIN profiles p ON p.pid = r.pid
    WHERE NOT EXISTS (SELECT 1 FROM ldap_entries m WHERE m.pid = r.pid AND m.dn_norm = r.member_dn_norm);
"#,
    // 7: a cached key set expires (Cache-Control max-age, at most a day): a key the provider
    // withdrew must stop validating tokens. Key sets cached before this are expired at once.
    r#"
ALTER TABLE oidc_keys ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
"#,
    // 8: events keyed by SHA-256 instead of 64-bit FNV-1a (whose collisions dropped real
    // events as duplicates). The new table is filled by `events::rekey`, which computes
    // each stored event's new key.
    r#"
CREATE TABLE analytics_events_v8 (
    key BLOB NOT NULL,                -- SHA-256 of the id (or of the whole event): see cache::events
    ts INTEGER NOT NULL,
    user TEXT NOT NULL,
    type TEXT NOT NULL,
    id TEXT,
    conversation_id TEXT,
    channel TEXT,
    response_ms INTEGER,
    bytes INTEGER,
    detail TEXT
);
"#,
    // 9: Microsoft Teams as `teams sync` last read them (re-read whole each run; a row is
    // rewritten only when it changed). Channel members are kept for private and shared
    // channels, whose membership differs from the team's; a team's own members have
    // channel_id ''.
    r#"
CREATE TABLE teams (
    profile TEXT NOT NULL,
    id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    description TEXT,
    visibility TEXT,
    PRIMARY KEY (profile, id)
) WITHOUT ROWID;
CREATE TABLE teams_channels (
    profile TEXT NOT NULL,
    team_id TEXT NOT NULL,
    id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    membership_type TEXT,
    description TEXT,
    PRIMARY KEY (profile, team_id, id)
) WITHOUT ROWID;
CREATE TABLE teams_members (
    profile TEXT NOT NULL,
    team_id TEXT NOT NULL,
    channel_id TEXT NOT NULL DEFAULT '',
    membership_id TEXT NOT NULL,
    user_id TEXT,
    display_name TEXT,
    email TEXT,
    role TEXT NOT NULL,
    PRIMARY KEY (profile, team_id, channel_id, membership_id)
) WITHOUT ROWID;
CREATE INDEX teams_members_user ON teams_members (profile, user_id);
"#,
    // 10: Entra ID users, groups and memberships from Graph delta queries (the deltaLink of
    // each kept for the next run), the AD objectSid beside each directory user (what Entra
    // Connect copies to onPremisesSecurityIdentifier), and the teams `teams reconcile` keeps
    // in step with a directory group (for the drift report).
    r#"
ALTER TABLE ldap_entries ADD COLUMN sid TEXT;
DROP VIEW ldap_users;
CREATE VIEW ldap_users AS
    SELECT p.name AS profile, e.id, e.dn, e.name, e.mail, e.display_name, e.given_name, e.surname, e.title,
           e.department, e.employee_number, e.upn, e.manager_dn, e.enabled, e.locked, e.password_never_expires,
           e.last_logon, e.password_last_set, e.password_expires, e.account_expires, e.created, e.modified, e.sid
    FROM ldap_entries e JOIN profiles p ON p.pid = e.pid WHERE e.kind = 'user';
CREATE TABLE graph_users (
    profile TEXT NOT NULL,
    id TEXT NOT NULL,                 -- Entra object id
    upn TEXT,
    mail TEXT,
    display_name TEXT,
    enabled INTEGER,                  -- accountEnabled
    user_type TEXT,                   -- Member or Guest
    immutable_id TEXT,                -- onPremisesImmutableId (base64 objectGUID under Entra Connect)
    sid TEXT,                         -- onPremisesSecurityIdentifier
    department TEXT,
    PRIMARY KEY (profile, id)
) WITHOUT ROWID;
CREATE TABLE graph_groups (
    profile TEXT NOT NULL,
    id TEXT NOT NULL,
    display_name TEXT,
    description TEXT,
    mail TEXT,
    security_enabled INTEGER,
    group_types TEXT,                 -- space-separated: Unified, DynamicMembership
    PRIMARY KEY (profile, id)
) WITHOUT ROWID;
CREATE TABLE graph_members (
    profile TEXT NOT NULL,
    group_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    member_type TEXT NOT NULL,        -- user, group, device, servicePrincipal, orgContact
    PRIMARY KEY (profile, group_id, member_id)
) WITHOUT ROWID;
CREATE TABLE graph_delta (
    profile TEXT NOT NULL,
    resource TEXT NOT NULL,           -- 'users' or 'groups'
    delta_link TEXT NOT NULL,         -- where the next run's delta query starts
    last_full_at TEXT,
    last_sync_at TEXT NOT NULL,
    PRIMARY KEY (profile, resource)
);
CREATE TABLE teams_reconcile (
    profile TEXT NOT NULL,            -- the Graph profile
    team_id TEXT NOT NULL,
    team_name TEXT,
    source_profile TEXT NOT NULL,     -- the directory profile the group comes from
    group_id TEXT NOT NULL,           -- the directory group's id (entryUUID / objectGUID)
    group_name TEXT,
    match TEXT NOT NULL,              -- anchors, mail or upn
    options TEXT,                     -- JSON: include_owners, include_guests, exempt (what the plan kept)
    planned_at TEXT NOT NULL,
    applied_at TEXT,
    added INTEGER NOT NULL DEFAULT 0,
    removed INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (profile, team_id, source_profile, group_id)
);
"#,
    // 11: ServiceNow sync state. The record tables (`snow_<table>`) are created by the sync
    // from the dictionary, one per table, and grow columns when the table grows fields.
    r#"
CREATE TABLE snow_sync_state (
    profile TEXT NOT NULL,
    source_table TEXT NOT NULL,       -- the instance's table, e.g. incident
    table_name TEXT NOT NULL,         -- snow_incident
    fields TEXT NOT NULL,             -- JSON array of the synced field names
    updated_at TEXT,                  -- checkpoint: sys_updated_on of the last row read (instance format, UTC)
    updated_sys_id TEXT,              --   and its sys_id
    audit_at TEXT,                    -- last sys_audit_delete row read ('' none yet; NULL: not readable)
    audit_sys_id TEXT,
    last_full_at TEXT,
    last_reconcile_at TEXT,
    last_sync_at TEXT,
    PRIMARY KEY (profile, source_table)
);
"#,
    // 12: what a write changed, beside its audit row: the object, the operation, the counts
    // and the job or record ids (`sf import`, `sf record …`).
    r#"
ALTER TABLE audit ADD COLUMN detail TEXT;
"#,
    // 13: the tenant's security sources (`teams sync --security`), each replaced whole per
    // profile by a run that read it; a source the tenant is not licensed for keeps its rows.
    r#"
CREATE TABLE graph_mfa_registration (
    profile TEXT NOT NULL,
    id TEXT NOT NULL,                 -- the user's object id
    user_principal_name TEXT,
    display_name TEXT,
    user_type TEXT,                   -- member | guest
    is_admin INTEGER,
    is_mfa_registered INTEGER,        -- a strong method registered (allowed by policy or not)
    is_mfa_capable INTEGER,           -- registered and allowed by the policy
    is_passwordless_capable INTEGER,
    is_sspr_registered INTEGER,
    methods_registered TEXT,          -- JSON array, e.g. ["microsoftAuthenticatorPush","fido2"]
    preferred_method TEXT,            -- userPreferredMethodForSecondaryAuthentication
    last_updated TEXT,                -- RFC 3339 UTC, as Graph gives it
    synced_at TEXT NOT NULL,
    PRIMARY KEY (profile, id)
);
CREATE TABLE graph_risky_users (
    profile TEXT NOT NULL,
    id TEXT NOT NULL,
    user_principal_name TEXT,
    display_name TEXT,
    risk_level TEXT,                  -- low | medium | high | hidden | none
    risk_state TEXT,                  -- atRisk | confirmedCompromised | remediated | dismissed | …
    risk_detail TEXT,
    risk_last_updated TEXT,
    is_deleted INTEGER,
    synced_at TEXT NOT NULL,
    PRIMARY KEY (profile, id)
);
"#,
    // 14: sign-in logs (`teams sync --security`), kept by id and read from the newest one
    // held on (less an overlap: late logs), so the table grows run by run.
    r#"
CREATE TABLE graph_signins (
    profile TEXT NOT NULL,
    id TEXT NOT NULL,
    created TEXT NOT NULL,            -- createdDateTime, RFC 3339 UTC
    user_id TEXT,
    user_principal_name TEXT,
    user_display_name TEXT,
    app_display_name TEXT,
    ip_address TEXT,
    client_app_used TEXT,
    is_interactive INTEGER,
    error_code INTEGER,               -- status.errorCode: 0 success
    failure_reason TEXT,
    city TEXT,
    state TEXT,
    country TEXT,
    latitude REAL,
    longitude REAL,
    conditional_access_status TEXT,
    risk_level TEXT,                  -- riskLevelAggregated
    risk_event_types TEXT,            -- JSON array (riskEventTypes_v2)
    PRIMARY KEY (profile, id)
);
CREATE INDEX graph_signins_created ON graph_signins (profile, created);
"#,
    // 15: the threat findings already reported (`analytics report threats`), by the rule,
    // the subject and each piece of evidence, so a cron run alerts on a finding once.
    r#"
CREATE TABLE threat_alerts (
    profile TEXT NOT NULL,            -- the profile the report ran with ('' for all)
    rule TEXT NOT NULL,
    subject TEXT NOT NULL,            -- the user (UPN) or the IP address
    evidence TEXT NOT NULL,           -- a sign-in id, or the rule's own key (risk update, day)
    severity TEXT NOT NULL,
    reported_at TEXT NOT NULL,
    PRIMARY KEY (profile, rule, subject, evidence)
) WITHOUT ROWID;
"#,
    // 16: the daily rollup of the usage events (`cache::daily`), kept by `analytics ingest`
    // in the events' transaction, which the reports read instead of the events; and each
    // user's first and last event. Filled from the events already held.
    r#"
CREATE TABLE analytics_daily (
    day INTEGER NOT NULL,             -- days since 1970-01-01, UTC
    user TEXT NOT NULL,
    channel TEXT NOT NULL,            -- '' when the events named none
    sessions INTEGER NOT NULL,
    conversations INTEGER NOT NULL,
    messages INTEGER NOT NULL,
    responses INTEGER NOT NULL,
    voice INTEGER NOT NULL,
    files INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    first_ts INTEGER NOT NULL,
    last_ts INTEGER NOT NULL,
    response_ms BLOB,                 -- the day's response times as LEB128 varints
    PRIMARY KEY (day, user, channel)
) WITHOUT ROWID;
CREATE TABLE analytics_users (
    user TEXT PRIMARY KEY,
    first_ts INTEGER NOT NULL,
    last_ts INTEGER NOT NULL
) WITHOUT ROWID;
"#,
    // The indexes live in their own list (LDAP_INDEXES) so a full sync can drop them and
    // rebuild them by sorting, which is several times faster than maintaining them row by row.
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Indexes on the Entra tables (migration 10): dropped by a read into empty tables and built
/// again at its end by sorting, faster than maintaining them row by row.
pub const GRAPH_INDEXES: &[(&str, &str)] = &[
    (
        "graph_users_immutable_id",
        "CREATE INDEX IF NOT EXISTS graph_users_immutable_id ON graph_users (profile, immutable_id)",
    ),
    (
        "graph_users_sid",
        "CREATE INDEX IF NOT EXISTS graph_users_sid ON graph_users (profile, sid)",
    ),
    (
        "graph_members_member",
        "CREATE INDEX IF NOT EXISTS graph_members_member ON graph_members (profile, member_id)",
    ),
];

/// The unique key index of `analytics_events` (migrations 5 and 8), rebuilt after a bulk
/// ingest.
pub const ANALYTICS_KEY_INDEX: &str =
    "CREATE UNIQUE INDEX analytics_events_key ON analytics_events (key)";

/// Indexes on the directory tables: `DROP INDEX IF EXISTS name` + the statement rebuilds one.
/// (Member references need none: their table is keyed by group since migration 6.)
pub const LDAP_INDEXES: &[(&str, &str)] = &[
    (
        "ldap_entries_id",
        "CREATE UNIQUE INDEX IF NOT EXISTS ldap_entries_id ON ldap_entries (pid, id)",
    ),
    (
        "ldap_entries_dn",
        "CREATE INDEX IF NOT EXISTS ldap_entries_dn ON ldap_entries (pid, dn_norm)",
    ),
    (
        "ldap_entries_name",
        "CREATE INDEX IF NOT EXISTS ldap_entries_name ON ldap_entries (pid, kind, name)",
    ),
];

const V1_MEMBER_REFS_INDEX: &str =
    "CREATE INDEX IF NOT EXISTS ldap_member_refs_group ON ldap_member_refs (group_eid)";

/// The unique id index: a full load keeps it, to store an entry both readers return once.
pub const LDAP_ID_INDEX: &str = "ldap_entries_id";

/// Create the unique id index if it is missing (an older version dropped it for a load).
pub fn ensure_id_index(conn: &Connection) -> rusqlite::Result<()> {
    for (name, sql) in LDAP_INDEXES {
        if *name == LDAP_ID_INDEX {
            conn.execute_batch(sql)?;
        }
    }
    Ok(())
}

/// Create any index that is missing (after a migration, or a full sync that was rolled back
/// cannot leave them missing, but a crash in an older version might have).
pub fn ensure_indexes(conn: &Connection) -> rusqlite::Result<()> {
    for (_, sql) in LDAP_INDEXES {
        conn.execute_batch(sql)?;
    }
    Ok(())
}

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
        if i == 0 {
            // Migration 1's own index on member references; migration 6 retires it.
            tx.execute_batch(V1_MEMBER_REFS_INDEX)?;
            ensure_indexes(&tx)?;
        }
        if i == 7 {
            super::events::rekey(&tx)?;
        }
        if i == 15 {
            super::daily::backfill(&tx)?;
        }
        if i == 9 {
            for (_, sql) in GRAPH_INDEXES {
                tx.execute_batch(sql)?;
            }
        }
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
    fn version_1_caches_gain_the_later_tables_and_keep_their_data() {
        let mut c = Connection::open_in_memory().unwrap();
        c.execute_batch(MIGRATIONS[0]).unwrap();
        ensure_indexes(&c).unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
        c.execute("INSERT INTO profiles (name) VALUES ('corp')", [])
            .unwrap();
        migrate(&mut c, Path::new(":memory:")).unwrap();
        let v: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        let n: i64 = c
            .query_row("SELECT count(*) FROM profiles", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        c.prepare("SELECT profile, object, high_water FROM sf_sync_state")
            .unwrap();
    }

    #[test]
    fn version_15_events_gain_their_daily_rollup() {
        let mut c = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..15] {
            c.execute_batch(sql).unwrap();
        }
        ensure_indexes(&c).unwrap();
        c.pragma_update(None, "user_version", 15).unwrap();
        c.execute_batch(
            "INSERT INTO analytics_events (key, ts, user, type, channel, response_ms, bytes) VALUES
               (x'01', 86400 + 10, 'a@x', 'message_sent', 'web', NULL, NULL),
               (x'02', 86400 + 20, 'a@x', 'message_received', 'web', 300, NULL),
               (x'03', 86400 + 30, 'a@x', 'message_received', 'web', 100, NULL),
               (x'04', 86400 + 40, 'a@x', 'file_uploaded', NULL, NULL, 5000),
               (x'05', 2 * 86400 + 5, 'b@x', 'message_received', 'web', 200000, NULL)",
        )
        .unwrap();
        migrate(&mut c, Path::new(":memory:")).unwrap();
        let d = super::super::daily::Daily::load(&c, 0, 10 * 86_400).unwrap();
        let rows: Vec<_> = d
            .rows
            .iter()
            .map(|r| {
                (
                    r.day,
                    d.user(r),
                    d.channel(r),
                    r.counts.messages,
                    r.counts.responses,
                    r.counts.bytes,
                    d.response_ms(r).to_vec(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (1, "a@x", None, 0, 0, 5000, vec![]),
                (1, "a@x", Some("web"), 1, 2, 0, vec![300, 100]),
                (2, "b@x", Some("web"), 0, 1, 0, vec![200_000]),
            ]
        );
        let span = super::super::daily::user_span(&c).unwrap();
        assert_eq!(span["a@x"], (86_410, 86_440));
    }

    #[test]
    fn version_7_events_are_rekeyed_with_sha_256_and_kept() {
        let mut c = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..7] {
            c.execute_batch(sql).unwrap();
        }
        ensure_indexes(&c).unwrap();
        c.pragma_update(None, "user_version", 7).unwrap();
        // Two events under 64-bit keys, one with an id.
        c.execute_batch(
            "INSERT INTO analytics_events (key, ts, user, type, id, channel)
               VALUES (11, 100, 'a@x', 'error', 'e1', 'web'), (22, 200, 'b@x', 'error', NULL, NULL)",
        )
        .unwrap();
        migrate(&mut c, Path::new(":memory:")).unwrap();
        let rows: Vec<(Vec<u8>, i64)> = c
            .prepare("SELECT key, ts FROM analytics_events ORDER BY ts")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rows.len(), 2);
        let want = crate::cache::events::event_key(&crate::cache::events::KeyFields {
            ts: 100,
            user: "a@x",
            kind: "error",
            id: Some("e1"),
            conversation_id: None,
            channel: Some("web"),
            response_ms: None,
            bytes: None,
            detail: None,
        });
        assert_eq!(rows[0].0, want.to_vec());
        assert_eq!(rows[1].0.len(), 32);
        // The unique key index is back under its name.
        let unique: i64 = c
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'analytics_events_key'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(unique, 1);
    }

    #[test]
    fn version_5_member_references_move_to_the_keyed_table_once_each() {
        let mut c = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..5] {
            c.execute_batch(sql).unwrap();
        }
        c.execute_batch(V1_MEMBER_REFS_INDEX).unwrap();
        ensure_indexes(&c).unwrap();
        c.pragma_update(None, "user_version", 5).unwrap();
        c.execute_batch(
            "INSERT INTO profiles (pid, name) VALUES (1, 'corp');
             INSERT INTO ldap_entries (eid, pid, id, kind, dn, dn_norm, name, hash)
                 VALUES (1, 1, 'g', 'group', 'cn=G', 'cn=g', 'G', 0),
                        (2, 1, 'u', 'user', 'uid=U', 'uid=u', 'U', 0);
             INSERT INTO ldap_member_refs VALUES (1, 1, 'uid=u'), (1, 1, 'uid=gone'), (1, 1, 'uid=u');",
        )
        .unwrap();
        migrate(&mut c, Path::new(":memory:")).unwrap();
        let refs: Vec<String> = c
            .prepare("SELECT member_dn_norm FROM ldap_member_refs ORDER BY 1")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(refs, ["uid=gone", "uid=u"]);
        let one = |sql: &str| c.query_row(sql, [], |r| r.get::<_, String>(0)).unwrap();
        assert_eq!(
            one("SELECT group_id || '>' || member_id FROM ldap_members"),
            "g>u"
        );
        assert_eq!(
            one("SELECT member_dn FROM ldap_unresolved_members"),
            "uid=gone"
        );
        assert_eq!(
            one("SELECT CAST(member_count AS TEXT) FROM ldap_groups"),
            "2"
        );
        let old_index: i64 = c
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'ldap_member_refs_group'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(old_index, 0);
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
