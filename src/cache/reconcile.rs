//! What `teams reconcile` reads from the cache — a directory group's users with nesting
//! expanded, the tenant's Entra users — and the record of the teams it keeps in step.

use rusqlite::{Connection, OptionalExtension, params};

use super::CacheError;

/// A user of the directory group.
#[derive(Debug, Clone, Default)]
pub struct SourceUser {
    /// entryUUID / objectGUID as the cache keeps it (lower-case text).
    pub id: String,
    pub name: Option<String>,
    pub mail: Option<String>,
    pub upn: Option<String>,
    pub enabled: Option<bool>,
    /// objectSid (AD).
    pub sid: Option<String>,
}

/// An Entra user (`graph_users`).
#[derive(Debug, Clone, Default)]
pub struct EntraUser {
    pub id: String,
    pub upn: Option<String>,
    pub mail: Option<String>,
    pub enabled: Option<bool>,
    pub immutable_id: Option<String>,
    pub sid: Option<String>,
}

/// A directory group found by id, DN or name.
#[derive(Debug, Clone)]
pub struct GroupRef {
    eid: i64,
    pid: i64,
    pub id: String,
    pub dn: String,
    pub name: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum FindGroup {
    #[error("the cache has no directory data for profile `{0}`")]
    NoProfile(String),
    #[error("no group `{key}` in the cached directory of profile `{profile}`")]
    NotFound { key: String, profile: String },
    #[error("several groups are named `{key}`: {}", candidates.join("; "))]
    Ambiguous {
        key: String,
        candidates: Vec<String>,
    },
    #[error(transparent)]
    Cache(#[from] CacheError),
}

impl From<rusqlite::Error> for FindGroup {
    fn from(e: rusqlite::Error) -> Self {
        FindGroup::Cache(e.into())
    }
}

/// The group whose id, DN (any case) or name is `key`.
pub fn find_group(conn: &Connection, profile: &str, key: &str) -> Result<GroupRef, FindGroup> {
    let pid: Option<i64> = conn
        .query_row(
            "SELECT pid FROM profiles WHERE name = ?1",
            params![profile],
            |r| r.get(0),
        )
        .optional()?;
    let pid = pid.ok_or_else(|| FindGroup::NoProfile(profile.to_owned()))?;
    let mut st = conn.prepare(
        "SELECT eid, id, dn, name FROM ldap_entries
         WHERE pid = ?1 AND kind = 'group'
           AND (id = lower(?2) OR dn_norm = lower(?2) OR lower(dn) = lower(?2) OR name = ?2)",
    )?;
    let found: Vec<GroupRef> = st
        .query_map(params![pid, key], |r| {
            Ok(GroupRef {
                eid: r.get(0)?,
                pid,
                id: r.get(1)?,
                dn: r.get(2)?,
                name: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    match found.len() {
        0 => Err(FindGroup::NotFound {
            key: key.to_owned(),
            profile: profile.to_owned(),
        }),
        1 => Ok(found.into_iter().next().expect("one")),
        _ => Err(FindGroup::Ambiguous {
            key: key.to_owned(),
            candidates: found.into_iter().map(|g| g.dn).collect(),
        }),
    }
}

/// The group's users, through every level of nesting (a cycle ends where it closes).
pub fn group_users(conn: &Connection, g: &GroupRef) -> rusqlite::Result<Vec<SourceUser>> {
    let mut st = conn.prepare(
        "WITH RECURSIVE nested(eid) AS (
             SELECT ?2
             UNION
             SELECT m.eid FROM nested
               JOIN ldap_member_refs r ON r.group_eid = nested.eid
               JOIN ldap_entries m ON m.pid = ?1 AND m.dn_norm = r.member_dn_norm AND m.kind = 'group'
         )
         SELECT DISTINCT u.id, u.name, u.mail, u.upn, u.enabled, u.sid
         FROM nested
         JOIN ldap_member_refs r ON r.group_eid = nested.eid
         JOIN ldap_entries u ON u.pid = ?1 AND u.dn_norm = r.member_dn_norm AND u.kind = 'user'",
    )?;
    let rows = st
        .query_map(params![g.pid, g.eid], |r| {
            Ok(SourceUser {
                id: r.get(0)?,
                name: r.get(1)?,
                mail: r.get(2)?,
                upn: r.get(3)?,
                enabled: r.get(4)?,
                sid: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The keys a plan can match Entra accounts by: only the accounts they name are read.
#[derive(Debug, Default)]
pub struct Wanted {
    pub immutable_ids: Vec<String>,
    pub sids: Vec<String>,
    /// Entra ids (the team's members).
    pub ids: Vec<String>,
    /// Lower-case, for the `--match mail` / `upn` fallbacks.
    pub mails: Vec<String>,
    pub upns: Vec<String>,
}

/// The tenant's users (as the last `teams sync` stored them) that `want` names, each once.
/// A tenant holds far more accounts than one group; the anchors and ids are looked up by
/// index instead of reading them all.
pub fn entra_users(
    conn: &Connection,
    profile: &str,
    want: &Wanted,
) -> rusqlite::Result<Vec<EntraUser>> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS want (kind TEXT, k TEXT, PRIMARY KEY (kind, k)) WITHOUT ROWID;
         DELETE FROM want;",
    )?;
    {
        let mut put =
            conn.prepare_cached("INSERT OR IGNORE INTO temp.want (kind, k) VALUES (?1, ?2)")?;
        for (kind, keys) in [
            ("imm", &want.immutable_ids),
            ("sid", &want.sids),
            ("id", &want.ids),
            ("mail", &want.mails),
            ("upn", &want.upns),
        ] {
            for k in keys {
                put.execute(params![kind, k])?;
            }
        }
    }
    let cols = "g.id, g.upn, g.mail, g.enabled, g.immutable_id, g.sid";
    let mut sql = format!(
        "SELECT {cols} FROM temp.want w JOIN graph_users g ON g.profile = ?1 AND g.immutable_id = w.k WHERE w.kind = 'imm'
         UNION SELECT {cols} FROM temp.want w JOIN graph_users g ON g.profile = ?1 AND g.sid = w.k WHERE w.kind = 'sid'
         UNION SELECT {cols} FROM temp.want w JOIN graph_users g ON g.profile = ?1 AND g.id = w.k WHERE w.kind = 'id'"
    );
    // The fallbacks compare without case, which no index serves: a scan, only when asked.
    if !want.mails.is_empty() {
        sql.push_str(&format!(
            " UNION SELECT {cols} FROM graph_users g WHERE g.profile = ?1 AND lower(g.mail) IN (SELECT k FROM temp.want WHERE kind = 'mail')"
        ));
    }
    if !want.upns.is_empty() {
        sql.push_str(&format!(
            " UNION SELECT {cols} FROM graph_users g WHERE g.profile = ?1 AND lower(g.upn) IN (SELECT k FROM temp.want WHERE kind = 'upn')"
        ));
    }
    let mut st = conn.prepare(&sql)?;
    let rows = st
        .query_map(params![profile], |r| {
            Ok(EntraUser {
                id: r.get(0)?,
                upn: r.get(1)?,
                mail: r.get(2)?,
                enabled: r.get(3)?,
                immutable_id: r.get(4)?,
                sid: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Whether the cache holds any Entra user of the profile (a `teams sync` ran).
pub fn has_entra_users(conn: &Connection, profile: &str) -> rusqlite::Result<bool> {
    conn.prepare("SELECT 1 FROM graph_users WHERE profile = ?1 LIMIT 1")?
        .exists(params![profile])
}

/// A team kept in step with a directory group, as `--apply` last left it.
#[derive(Debug, Clone)]
pub struct ReconcileRecord {
    pub profile: String,
    pub team_id: String,
    pub team_name: String,
    pub source_profile: String,
    pub group_id: String,
    pub group_name: Option<String>,
    pub matching: String,
    /// What the plan kept, as JSON, so a later drift report plans the same way.
    pub options: String,
    pub added: u64,
    pub removed: u64,
    pub failed: u64,
}

pub fn record(conn: &Connection, r: &ReconcileRecord) -> Result<(), CacheError> {
    let now = super::now_rfc3339();
    conn.execute(
        "INSERT INTO teams_reconcile (profile, team_id, team_name, source_profile, group_id, group_name, match,
             planned_at, applied_at, added, removed, failed, options)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (profile, team_id, source_profile, group_id) DO UPDATE SET team_name = excluded.team_name,
           group_name = excluded.group_name, match = excluded.match, options = excluded.options,
           planned_at = excluded.planned_at,
           applied_at = excluded.applied_at, added = excluded.added, removed = excluded.removed,
           failed = excluded.failed",
        params![
            r.profile,
            r.team_id,
            r.team_name,
            r.source_profile,
            r.group_id,
            r.group_name,
            r.matching,
            now,
            r.added as i64,
            r.removed as i64,
            r.failed as i64,
            r.options
        ],
    )?;
    Ok(())
}
