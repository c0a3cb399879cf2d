//! `mfa`: who is not protected by multi-factor authentication. Tenant users without a
//! method registered, or registered but not allowed by the policy (admins first, then by
//! department); members of the privileged directory groups (through nesting) whose tenant
//! account lacks MFA; and accounts found in only one of the directory and the tenant.
//! `--group-by department` gives the coverage per department instead.

use std::collections::{BTreeMap, HashSet};

use rusqlite::Connection;
use serde_json::{Value, json};

use super::tenant::{DirectoryMatch, TenantUser, registration};
use super::{DirUser, GroupBy, Params, directory::privileged_members, directory_users};
use crate::analytics::{AnalyticsError, Report, round2};

/// The findings, in the order they are listed.
const ORDER: &[&str] = &[
    "admin_without_mfa",
    "privileged_without_mfa",
    "privileged_not_in_tenant",
    "no_mfa",
    "mfa_not_capable",
    "only_in_tenant",
    "only_in_directory",
];

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let profile = p.profile.as_deref();
    let tenant = registration(conn, profile)?;
    let dir = directory_users(conn, profile)?;
    if p.group_by == Some(GroupBy::Department) {
        return by_department(&tenant, &dir);
    }
    let mut rep = Report::new(
        "mfa",
        "MFA coverage",
        &[
            "finding",
            "account",
            "name",
            "department",
            "admin",
            "mfa",
            "methods",
            "directory_account",
            "detail",
        ],
    )
    .headline(&["finding", "account", "department", "admin", "mfa", "detail"]);
    if tenant.is_empty() {
        rep.notes.push(
            "no MFA registration data in the cache: atomctl teams sync --security (Entra ID P1 or P2)"
                .into(),
        );
        return Ok(rep);
    }
    let matcher = DirectoryMatch::new(&dir);
    let super::directory::Privileged {
        members: privileged,
        found: groups_found,
    } = privileged_members(conn, p)?;
    let mut rows: Vec<(usize, String, String, Vec<Value>)> = Vec::new();
    let mut push = |finding: &str, dept: String, account: String, cells: Vec<Value>| {
        let rank = ORDER
            .iter()
            .position(|f| *f == finding)
            .unwrap_or(ORDER.len());
        let mut row = vec![json!(finding), json!(account)];
        row.extend(cells);
        rows.push((rank, dept, account, row));
    };
    let mut matched: HashSet<usize> = HashSet::new();
    for t in &tenant {
        let d = matcher.of(t);
        if let Some(i) = d {
            matched.insert(i);
        }
        let du: Option<&DirUser> = d.map(|i| &dir[i]);
        let dept = t
            .department
            .clone()
            .or_else(|| du.and_then(|u| u.department.clone()))
            .unwrap_or_else(|| "(none)".into());
        let groups = du.and_then(|u| privileged.get(&u.id));
        let finding = if t.guest {
            // A guest's MFA is its home tenant's business; the registration report does not
            // show it.
            None
        } else if !t.protected() && t.admin {
            Some("admin_without_mfa")
        } else if !t.protected() && groups.is_some() {
            Some("privileged_without_mfa")
        } else if t.mfa() == "none" {
            Some("no_mfa")
        } else if t.mfa() == "registered" {
            Some("mfa_not_capable")
        } else if du.is_none() && !dir.is_empty() {
            Some("only_in_tenant")
        } else {
            None
        };
        let Some(finding) = finding else { continue };
        let detail = match (finding, groups) {
            (_, Some(g)) => format!("privileged in the directory: {}", g.join(", ")),
            ("mfa_not_capable", _) => {
                "a method is registered that the authentication methods policy does not allow"
                    .into()
            }
            // only_in_tenant, and any finding of an account the directory lacks.
            _ if du.is_none() && !dir.is_empty() => {
                "no directory account with this UPN or mail".into()
            }
            _ => String::new(),
        };
        push(
            finding,
            dept.clone(),
            t.upn.clone(),
            vec![
                json!(t.name),
                json!(dept),
                json!(t.admin),
                json!(t.mfa()),
                json!(t.methods.join(",")),
                json!(du.map(|u| u.name.clone())),
                json!(detail),
            ],
        );
    }
    // Directory accounts the tenant does not have: privileged ones first.
    for (i, u) in dir.iter().enumerate() {
        if matched.contains(&i) || u.enabled == Some(false) {
            continue;
        }
        let groups = privileged.get(&u.id);
        let (finding, detail) = match groups {
            Some(g) => (
                "privileged_not_in_tenant",
                format!(
                    "privileged in the directory: {}; MFA unknown: no tenant account with this UPN or mail",
                    g.join(", ")
                ),
            ),
            None => (
                "only_in_directory",
                "no tenant account with this UPN or mail".into(),
            ),
        };
        let dept = u.department.clone().unwrap_or_else(|| "(none)".into());
        let account = u.upn.clone().or(u.mail.clone()).unwrap_or(u.name.clone());
        push(
            finding,
            dept.clone(),
            account.to_lowercase(),
            vec![
                json!(null),
                json!(dept),
                json!(false),
                json!(null),
                json!(""),
                json!(u.name),
                json!(detail),
            ],
        );
    }
    rows.sort_by(|a, b| (a.0, &a.1, &a.2).cmp(&(b.0, &b.1, &b.2)));
    for (_, _, _, row) in rows {
        rep.push(row);
    }
    let members: Vec<&TenantUser> = tenant.iter().filter(|t| !t.guest).collect();
    let capable = members.iter().filter(|t| t.protected()).count();
    let registered = members
        .iter()
        .filter(|t| t.mfa_registered == Some(true))
        .count();
    rep.notes.push(format!(
        "coverage: {registered} of {} member accounts have a method registered ({}%), {capable} are MFA-capable ({}%); {} guests left out (their home tenant holds their MFA)",
        members.len(),
        pct(registered, members.len()),
        pct(capable, members.len()),
        tenant.len() - members.len()
    ));
    rep.notes.push(format!(
        "capable: registered and allowed by the authentication methods policy; privileged groups: {} (--privileged-group); tenant accounts match directory accounts by UPN, then mail",
        if groups_found.is_empty() {
            format!("none found of {}", p.privileged_groups.join(", "))
        } else {
            groups_found.join(", ")
        }
    ));
    if dir.is_empty() {
        rep.notes.push(
            "no directory in the cache: departments come from the tenant only, and accounts in one system are not compared (atomctl ldap sync)"
                .into(),
        );
    }
    Ok(rep)
}

fn pct(a: usize, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        round2(100.0 * a as f64 / n as f64)
    }
}

/// Coverage per department (member accounts; guests left out).
fn by_department(tenant: &[TenantUser], dir: &[DirUser]) -> Result<Report, AnalyticsError> {
    let mut rep = Report::new(
        "mfa",
        "MFA coverage by department",
        &[
            "department",
            "users",
            "registered",
            "capable",
            "registered_pct",
            "capable_pct",
            "admins_without_mfa",
        ],
    );
    let matcher = DirectoryMatch::new(dir);
    #[derive(Default)]
    struct Dept {
        users: usize,
        registered: usize,
        capable: usize,
        admins: usize,
    }
    let mut per: BTreeMap<String, Dept> = BTreeMap::new();
    for t in tenant.iter().filter(|t| !t.guest) {
        let dept = t
            .department
            .clone()
            .or_else(|| matcher.of(t).and_then(|i| dir[i].department.clone()))
            .unwrap_or_else(|| "(none)".into());
        let d = per.entry(dept).or_default();
        d.users += 1;
        d.registered += usize::from(t.mfa_registered == Some(true));
        d.capable += usize::from(t.protected());
        d.admins += usize::from(t.admin && !t.protected());
    }
    // The least covered first.
    let mut rows: Vec<(String, Dept)> = per.into_iter().collect();
    rows.sort_by(|a, b| {
        pct(a.1.capable, a.1.users)
            .total_cmp(&pct(b.1.capable, b.1.users))
            .then_with(|| a.0.cmp(&b.0))
    });
    for (name, d) in rows {
        rep.push(vec![
            json!(name),
            json!(d.users),
            json!(d.registered),
            json!(d.capable),
            json!(pct(d.registered, d.users)),
            json!(pct(d.capable, d.users)),
            json!(d.admins),
        ]);
    }
    if tenant.is_empty() {
        rep.notes.push(
            "no MFA registration data in the cache: atomctl teams sync --security (Entra ID P1 or P2)"
                .into(),
        );
    }
    Ok(rep)
}
