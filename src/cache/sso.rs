//! SSO check history and cached provider key sets.

use rusqlite::{Connection, OptionalExtension, params};

use super::{CacheError, now_rfc3339};

pub struct CheckRecord<'a> {
    pub kind: &'a str,
    pub profile: Option<&'a str>,
    pub provider: &'a str,
    pub target: &'a str,
    pub verdict: &'a str,
    pub counts: (usize, usize, usize),
    pub report: &'a str,
}

pub fn record_check(conn: &Connection, r: &CheckRecord<'_>) -> Result<(), CacheError> {
    conn.execute(
        "INSERT INTO sso_checks (ts, kind, profile, provider, target, verdict, passed, warned, failed, report)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            now_rfc3339(),
            r.kind,
            r.profile,
            r.provider,
            r.target,
            r.verdict,
            r.counts.0 as i64,
            r.counts.1 as i64,
            r.counts.2 as i64,
            r.report
        ],
    )?;
    Ok(())
}

/// The key set last fetched for an issuer, while it is fresh at `now` (unix seconds); an
/// expired one is as good as none, so the caller fetches it again.
pub fn load_keys(conn: &Connection, issuer: &str, now: u64) -> Result<Option<String>, CacheError> {
    Ok(conn
        .query_row(
            "SELECT jwks FROM oidc_keys WHERE issuer = ?1 AND expires_at > ?2",
            params![issuer, now as i64],
            |r| r.get(0),
        )
        .optional()?)
}

/// Keep a provider's discovery document and key set until `expires_at` (unix seconds).
pub fn store_keys(
    conn: &Connection,
    issuer: &str,
    discovery: &str,
    jwks: &str,
    expires_at: u64,
) -> Result<(), CacheError> {
    conn.execute(
        "INSERT INTO oidc_keys (issuer, discovery, jwks, fetched_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (issuer) DO UPDATE SET discovery = excluded.discovery, jwks = excluded.jwks,
            fetched_at = excluded.fetched_at, expires_at = excluded.expires_at",
        params![
            issuer,
            discovery,
            jwks,
            now_rfc3339(),
            i64::try_from(expires_at).unwrap_or(i64::MAX)
        ],
    )?;
    Ok(())
}

/// Remembers an AuthnRequest ID until `expires_at` (unix seconds).
pub fn remember_request(
    conn: &Connection,
    id: &str,
    sp_entity_id: &str,
    destination: &str,
    expires_at: i64,
) -> Result<(), CacheError> {
    conn.execute(
        "INSERT INTO saml_requests (id, sp_entity_id, destination, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, sp_entity_id, destination, now_rfc3339(), expires_at],
    )?;
    Ok(())
}

/// The request IDs of this SP that have not expired at `now` (unix seconds).
pub fn open_requests(
    conn: &Connection,
    sp_entity_id: &str,
    now: i64,
) -> Result<Vec<String>, CacheError> {
    let mut st = conn.prepare(
        "SELECT id FROM saml_requests WHERE sp_entity_id = ?1 AND expires_at > ?2 ORDER BY created_at",
    )?;
    let ids = st
        .query_map(params![sp_entity_id, now], |r| r.get(0))?
        .collect::<Result<Vec<String>, _>>()?;
    Ok(ids)
}

/// When the assertion was accepted, if it was and is still remembered.
pub fn assertion_seen(
    conn: &Connection,
    issuer: &str,
    id: &str,
) -> Result<Option<String>, CacheError> {
    Ok(conn
        .query_row(
            "SELECT accepted_at FROM saml_assertions WHERE issuer = ?1 AND id = ?2",
            params![issuer, id],
            |r| r.get(0),
        )
        .optional()?)
}

/// Records an accepted assertion (and uses up the request it answered), in one transaction;
/// forgets what has expired on the way.
pub fn accept_assertion(
    conn: &mut Connection,
    issuer: &str,
    id: &str,
    expires_at: i64,
    request_id: Option<&str>,
    now: i64,
) -> Result<(), CacheError> {
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO saml_assertions (issuer, id, accepted_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
        params![issuer, id, now_rfc3339(), expires_at],
    )?;
    if let Some(r) = request_id {
        tx.execute("DELETE FROM saml_requests WHERE id = ?1", params![r])?;
    }
    tx.execute(
        "DELETE FROM saml_assertions WHERE expires_at <= ?1",
        params![now],
    )?;
    tx.execute(
        "DELETE FROM saml_requests WHERE expires_at <= ?1",
        params![now],
    )?;
    tx.commit()?;
    Ok(())
}
