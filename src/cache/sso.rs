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

/// The discovery document and key set last fetched for an issuer.
pub fn load_keys(conn: &Connection, issuer: &str) -> Result<Option<(String, String)>, CacheError> {
    Ok(conn
        .query_row(
            "SELECT discovery, jwks FROM oidc_keys WHERE issuer = ?1",
            params![issuer],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

pub fn store_keys(
    conn: &Connection,
    issuer: &str,
    discovery: &str,
    jwks: &str,
) -> Result<(), CacheError> {
    conn.execute(
        "INSERT INTO oidc_keys (issuer, discovery, jwks, fetched_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (issuer) DO UPDATE SET discovery = excluded.discovery, jwks = excluded.jwks,
            fetched_at = excluded.fetched_at",
        params![issuer, discovery, jwks, now_rfc3339()],
    )?;
    Ok(())
}
