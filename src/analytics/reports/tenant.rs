//! What the security reports know of the Entra tenant: every user's MFA registration (from
//! `teams sync --security`), joined to the tenant's user rows for department and state, and
//! the match from a tenant account to a directory account.

use std::collections::HashMap;

use rusqlite::Connection;

use super::{DirUser, parse_ts};
use crate::analytics::AnalyticsError;

/// A tenant user as the MFA registration report describes them.
#[derive(Debug, Clone)]
pub struct TenantUser {
    /// userPrincipalName, lower-case.
    pub upn: String,
    pub name: Option<String>,
    pub guest: bool,
    pub admin: bool,
    pub mfa_registered: Option<bool>,
    pub mfa_capable: Option<bool>,
    pub methods: Vec<String>,
    /// From the tenant's user rows (`teams sync`), when they were synced.
    pub mail: Option<String>,
    pub department: Option<String>,
    pub enabled: Option<bool>,
}

/// How well an account is protected: `capable` (a method registered and allowed by the
/// policy), `registered` (registered, but the policy does not allow it), `none`.
pub fn mfa_state(registered: Option<bool>, capable: Option<bool>) -> &'static str {
    match (registered, capable) {
        (_, Some(true)) => "capable",
        (Some(true), _) => "registered",
        _ => "none",
    }
}

impl TenantUser {
    pub fn mfa(&self) -> &'static str {
        mfa_state(self.mfa_registered, self.mfa_capable)
    }

    pub fn protected(&self) -> bool {
        self.mfa() == "capable"
    }
}

/// The registration rows of `profile` (or every profile).
pub fn registration(
    conn: &Connection,
    profile: Option<&str>,
) -> Result<Vec<TenantUser>, AnalyticsError> {
    let mut st = conn.prepare(
        "SELECT lower(r.user_principal_name), r.display_name, r.user_type, r.is_admin,
                r.is_mfa_registered, r.is_mfa_capable, r.methods_registered, lower(u.mail),
                u.department, u.enabled
         FROM graph_mfa_registration r
         LEFT JOIN graph_users u ON u.profile = r.profile AND u.id = r.id
         WHERE ?1 IS NULL OR r.profile = ?1",
    )?;
    let rows = st.query_map([profile], |r| {
        let methods: Option<String> = r.get(6)?;
        Ok(TenantUser {
            upn: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
            name: r.get(1)?,
            guest: r.get::<_, Option<String>>(2)?.as_deref() == Some("guest"),
            admin: r.get::<_, Option<bool>>(3)? == Some(true),
            mfa_registered: r.get(4)?,
            mfa_capable: r.get(5)?,
            methods: methods
                .and_then(|m| serde_json::from_str(&m).ok())
                .unwrap_or_default(),
            mail: r.get(7)?,
            department: r.get(8)?,
            enabled: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The last successful sign-in per user (lower-case UPN), from the cached sign-in logs.
pub fn last_sign_ins(
    conn: &Connection,
    profile: Option<&str>,
) -> Result<HashMap<String, i64>, AnalyticsError> {
    let mut st = conn.prepare(
        "SELECT lower(user_principal_name), max(created) FROM graph_signins
         WHERE error_code = 0 AND (?1 IS NULL OR profile = ?1)
         GROUP BY lower(user_principal_name)",
    )?;
    let mut out = HashMap::new();
    for r in st.query_map([profile], |r| {
        Ok((
            r.get::<_, Option<String>>(0)?,
            r.get::<_, Option<String>>(1)?,
        ))
    })? {
        if let (Some(upn), Some(t)) = r?
            && let Some(t) = parse_ts(Some(t))
        {
            out.insert(upn, t);
        }
    }
    Ok(out)
}

/// Finds the directory account of a tenant account: the directory's UPN, then its mail,
/// against the tenant's UPN and mail (case-insensitive; Entra Connect usually makes the
/// UPN the directory's UPN or mail).
pub struct DirectoryMatch {
    by_upn: HashMap<String, usize>,
    by_mail: HashMap<String, usize>,
}

impl DirectoryMatch {
    pub fn new(users: &[DirUser]) -> DirectoryMatch {
        DirectoryMatch {
            by_upn: super::by_key(users, super::JoinKey::Upn),
            by_mail: super::by_key(users, super::JoinKey::Mail),
        }
    }

    /// The index of the directory user any of `keys` (lower-case) names.
    pub fn find(&self, keys: &[&str]) -> Option<usize> {
        let keys = || keys.iter().filter(|k| !k.is_empty());
        keys()
            .find_map(|k| self.by_upn.get(*k))
            .or_else(|| keys().find_map(|k| self.by_mail.get(*k)))
            .copied()
    }

    pub fn of(&self, t: &TenantUser) -> Option<usize> {
        self.find(&[t.upn.as_str(), t.mail.as_deref().unwrap_or("")])
    }
}
