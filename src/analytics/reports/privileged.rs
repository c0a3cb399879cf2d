//! `privileged`: one table of privileged access across systems — members of the privileged
//! directory groups (through nesting), the tenant's directory-role holders (`isAdmin` in the
//! MFA registration report), and Salesforce users with the System Administrator profile or
//! "Modify All Data" (by their profile or a permission set) — each with MFA, whether the
//! directory account is enabled, and the last sign-in any system saw. Privileged accounts
//! whose directory account is disabled come first, then the stale ones, then those without
//! MFA.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use serde_json::json;

use super::tenant::{DirectoryMatch, TenantUser, last_sign_ins, mfa_state, registration};
use super::{DirUser, Params, columns_of, directory::privileged_members, directory_users};
use crate::analytics::threats::signins::unix_time;
use crate::analytics::{AnalyticsError, Report};

/// A privileged account before it is rendered.
struct Holder {
    system: &'static str,
    account: String,
    name: Option<String>,
    privilege: String,
    /// The account's own state in its system (directory enabled, accountEnabled, IsActive).
    active: Option<bool>,
    dir: Option<usize>,
    tenant: Option<usize>,
    /// The system's own last sign-in.
    seen: Option<i64>,
}

/// The statuses, worst first.
const STATUS: &[&str] = &["disabled_in_directory", "inactive", "stale", "no_mfa", "ok"];

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let profile = p.profile.as_deref();
    let mut rep = Report::new(
        "privileged",
        "Privileged access",
        &[
            "status",
            "system",
            "account",
            "name",
            "privilege",
            "mfa",
            "enabled",
            "directory_enabled",
            "last_sign_in",
            "days_since_sign_in",
        ],
    )
    .headline(&[
        "status",
        "system",
        "account",
        "privilege",
        "mfa",
        "directory_enabled",
        "last_sign_in",
    ]);
    let dir = directory_users(conn, profile)?;
    let tenant = registration(conn, profile)?;
    let matcher = DirectoryMatch::new(&dir);
    // Tenant users by lower-case UPN and mail, to find a directory or Salesforce account's.
    let mut tenant_by: HashMap<String, usize> = HashMap::new();
    for (i, t) in tenant.iter().enumerate() {
        tenant_by.insert(t.upn.clone(), i);
        if let Some(m) = &t.mail {
            tenant_by.entry(m.clone()).or_insert(i);
        }
    }
    let tenant_of = |u: &DirUser| {
        [u.upn.as_deref(), u.mail.as_deref()]
            .into_iter()
            .flatten()
            .find_map(|k| tenant_by.get(&k.to_lowercase()).copied())
    };
    let signed_in = last_sign_ins(conn, profile)?;
    let mut holders: Vec<Holder> = Vec::new();

    let privileged = privileged_members(conn, p)?;
    for (i, u) in dir.iter().enumerate() {
        if let Some(groups) = privileged.members.get(&u.id) {
            holders.push(Holder {
                system: "directory",
                account: u.name.clone(),
                name: u.mail.clone(),
                privilege: format!("member of {}", groups.join(", ")),
                active: u.enabled,
                dir: Some(i),
                tenant: tenant_of(u),
                seen: u.last_logon,
            });
        }
    }
    for (i, t) in tenant.iter().enumerate().filter(|(_, t)| t.admin) {
        holders.push(Holder {
            system: "entra",
            account: t.upn.clone(),
            name: t.name.clone(),
            privilege: "directory role (isAdmin)".into(),
            active: t.enabled,
            dir: matcher.of(t),
            tenant: Some(i),
            seen: None,
        });
    }
    let sf = salesforce(conn, profile)?;
    if sf.is_none() {
        rep.notes.push(
            "no Salesforce users, profiles or permission sets in the cache: atomctl sf sync User Profile PermissionSet PermissionSetAssignment"
                .into(),
        );
    }
    for a in sf.unwrap_or_default() {
        let keys: Vec<&str> = [a.email.as_deref(), a.username.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        holders.push(Holder {
            system: "salesforce",
            account: a.username.clone().or(a.email.clone()).unwrap_or(a.id),
            name: a.name,
            privilege: a.privilege,
            active: a.active,
            dir: matcher.find(&keys),
            tenant: keys.iter().find_map(|k| tenant_by.get(*k).copied()),
            seen: a.last_login,
        });
    }

    let now = p.now.unix_timestamp();
    let mut rows = Vec::with_capacity(holders.len());
    for h in holders {
        let du = h.dir.map(|i| &dir[i]);
        let tu: Option<&TenantUser> = h.tenant.map(|i| &tenant[i]);
        let last = [
            h.seen,
            du.and_then(|u| u.last_logon),
            tu.and_then(|t| signed_in.get(&t.upn).copied()),
        ]
        .into_iter()
        .flatten()
        .max();
        let days = last.map(|t| (now - t).div_euclid(86_400));
        let mfa = tu.map(|t| mfa_state(t.mfa_registered, t.mfa_capable));
        let status = if du.is_some_and(|u| u.enabled == Some(false)) && h.active != Some(false) {
            "disabled_in_directory"
        } else if h.active == Some(false) {
            "inactive"
        } else if days.is_none_or(|d| d > p.stale_days) {
            "stale"
        } else if mfa != Some("capable") {
            "no_mfa"
        } else {
            "ok"
        };
        let rank = STATUS.iter().position(|s| *s == status).unwrap_or(0);
        let time = last
            .and_then(|t| time::OffsetDateTime::from_unix_timestamp(t).ok())
            .map(crate::utc::format);
        rows.push((
            rank,
            h.system,
            h.account.clone(),
            vec![
                json!(status),
                json!(h.system),
                json!(h.account),
                json!(h.name),
                json!(h.privilege),
                json!(mfa.unwrap_or("unknown")),
                json!(h.active),
                json!(du.and_then(|u| u.enabled)),
                json!(time),
                json!(days),
            ],
        ));
    }
    rows.sort_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
    for (_, _, _, row) in rows {
        rep.push(row);
    }
    rep.notes.push(format!(
        "privileged directory groups: {} (--privileged-group; members through nesting); stale: no sign-in in any system for {} days (--stale-days); mfa from the tenant's registration report (unknown: no tenant account); last sign-in: the latest of the system's own, the directory's last logon and the tenant's sign-in logs",
        if privileged.found.is_empty() {
            format!("none found of {}", p.privileged_groups.join(", "))
        } else {
            privileged.found.join(", ")
        },
        p.stale_days
    ));
    if tenant.is_empty() {
        rep.notes.push(
            "no MFA registration data: atomctl teams sync --security (MFA is unknown, Entra admins are not listed)"
                .into(),
        );
    }
    Ok(rep)
}

/// A Salesforce user with a privilege.
struct SfAdmin {
    id: String,
    username: Option<String>,
    email: Option<String>,
    name: Option<String>,
    active: Option<bool>,
    last_login: Option<i64>,
    privilege: String,
}

/// Salesforce users with the System Administrator profile or Modify All Data, by their
/// profile or a permission set (a profile's own permissions are a permission set too, owned
/// by the profile); None when no User was synced.
fn salesforce(
    conn: &Connection,
    profile: Option<&str>,
) -> Result<Option<Vec<SfAdmin>>, AnalyticsError> {
    let user_cols = columns_of(conn, "sf_user")?;
    if user_cols.is_empty() {
        return Ok(None);
    }
    // A column of a synced object where the sync has it (the fields synced are the user's
    // choice), else NULL; `on` qualifies it with a table alias.
    let on = |alias: &str, cols: &[String], c: &str| {
        if cols.iter().any(|x| x == c) {
            format!("{alias}\"{c}\"")
        } else {
            "NULL".to_owned()
        }
    };
    let col = |cols: &[String], c: &str| on("", cols, c);
    // Profiles that are privileged, and why.
    let mut why: HashMap<String, Vec<String>> = HashMap::new();
    let profile_cols = columns_of(conn, "sf_profile")?;
    if !profile_cols.is_empty() {
        let sql = format!(
            "SELECT \"Id\", {}, {} FROM sf_profile WHERE ?1 IS NULL OR profile = ?1",
            col(&profile_cols, "Name"),
            col(&profile_cols, "PermissionsModifyAllData")
        );
        let mut st = conn.prepare(&sql)?;
        for r in st.query_map([profile], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<i64>>(2)?,
            ))
        })? {
            let (id, name, mad) = r?;
            let name = name.unwrap_or_default();
            if name == "System Administrator" || mad == Some(1) {
                why.entry(format!("profile:{id}"))
                    .or_default()
                    .push(if mad == Some(1) {
                        format!("profile {name} (Modify All Data)")
                    } else {
                        format!("profile {name}")
                    });
            }
        }
    }
    // Permission sets with Modify All Data, through their assignments.
    let set_cols = columns_of(conn, "sf_permissionset")?;
    let assign_cols = columns_of(conn, "sf_permissionsetassignment")?;
    let mut by_set: HashMap<String, Vec<String>> = HashMap::new();
    if set_cols.iter().any(|c| c == "PermissionsModifyAllData") && !assign_cols.is_empty() {
        let sql = format!(
            "SELECT a.\"AssigneeId\", coalesce({}, {}, s.\"Id\")
             FROM sf_permissionsetassignment a
             JOIN sf_permissionset s ON s.\"Id\" = a.\"PermissionSetId\" AND s.profile = a.profile
             WHERE s.\"PermissionsModifyAllData\" = 1 AND coalesce({}, 0) = 0
               AND (?1 IS NULL OR a.profile = ?1)",
            on("s.", &set_cols, "Label"),
            on("s.", &set_cols, "Name"),
            on("s.", &set_cols, "IsOwnedByProfile"),
        );
        let mut st = conn.prepare(&sql)?;
        for r in st.query_map([profile], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })? {
            let (user, set) = r?;
            by_set
                .entry(user)
                .or_default()
                .push(format!("permission set {set} (Modify All Data)"));
        }
    }
    let sql = format!(
        "SELECT \"Id\", {}, {}, {}, {}, {}, {} FROM sf_user WHERE ?1 IS NULL OR profile = ?1",
        col(&user_cols, "Username"),
        col(&user_cols, "Email"),
        col(&user_cols, "Name"),
        col(&user_cols, "IsActive"),
        col(&user_cols, "LastLoginDate"),
        col(&user_cols, "ProfileId"),
    );
    let mut st = conn.prepare(&sql)?;
    let mut out = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for r in st.query_map([profile], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<i64>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, Option<String>>(6)?,
        ))
    })? {
        let (id, username, email, name, active, last, profile_id) = r?;
        let mut reasons: Vec<String> = profile_id
            .and_then(|p| why.get(&format!("profile:{p}")))
            .cloned()
            .unwrap_or_default();
        reasons.extend(by_set.get(&id).cloned().unwrap_or_default());
        if reasons.is_empty() || !seen.insert(id.clone()) {
            continue;
        }
        out.push(SfAdmin {
            id,
            username: username.map(|u| u.to_lowercase()),
            email: email.map(|e| e.to_lowercase()),
            name,
            active: active.map(|a| a == 1),
            last_login: last.as_deref().and_then(unix_time),
            privilege: reasons.join("; "),
        });
    }
    Ok(Some(out))
}
