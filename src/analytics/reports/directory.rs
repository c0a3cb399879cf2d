//! `directory`: the shape and hygiene of the synced directory.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::Connection;
use serde_json::json;

use super::{GroupBy, Params, directory_users};
use crate::analytics::chart::Chart;
use crate::analytics::{AnalyticsError, Report};

struct Group {
    name: String,
    /// Direct members: (member id, is a group).
    members: Vec<(String, bool)>,
}

fn groups(
    conn: &Connection,
    profile: Option<&str>,
) -> Result<HashMap<String, Group>, AnalyticsError> {
    let mut out: HashMap<String, Group> = HashMap::new();
    let mut st =
        conn.prepare("SELECT id, name FROM ldap_groups WHERE ?1 IS NULL OR profile = ?1")?;
    for r in st.query_map([profile], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
    })? {
        let (id, name) = r?;
        out.insert(
            id.clone(),
            Group {
                name: name.unwrap_or(id),
                members: Vec::new(),
            },
        );
    }
    let mut st = conn.prepare(
        "SELECT group_id, member_id, member_kind FROM ldap_members WHERE ?1 IS NULL OR profile = ?1",
    )?;
    for r in st.query_map([profile], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })? {
        let (g, m, kind) = r?;
        if let Some(g) = out.get_mut(&g) {
            g.members.push((m, kind == "group"));
        }
    }
    Ok(out)
}

/// Users reachable from `start` through nested groups (cycles are walked once).
fn transitive_users(all: &HashMap<String, Group>, start: &str) -> HashSet<String> {
    let mut users = HashSet::new();
    let mut seen = HashSet::from([start.to_owned()]);
    let mut todo = vec![start.to_owned()];
    while let Some(g) = todo.pop() {
        for (m, is_group) in all
            .get(&g)
            .map(|g| g.members.as_slice())
            .unwrap_or_default()
        {
            if *is_group {
                if seen.insert(m.clone()) {
                    todo.push(m.clone());
                }
            } else {
                users.insert(m.clone());
            }
        }
    }
    users
}

/// Levels of groups from `g` down its longest chain of nested groups (1 for a group without
/// group members). An edge back into the current chain (a cycle) ends the chain there. Results
/// are memoized only where no cycle was met, since those depend on the path taken.
fn depth(
    all: &HashMap<String, Group>,
    g: &str,
    path: &mut Vec<String>,
    memo: &mut HashMap<String, usize>,
) -> (usize, bool) {
    if let Some(d) = memo.get(g) {
        return (*d, false);
    }
    if path.iter().any(|p| p == g) {
        return (0, true);
    }
    path.push(g.to_owned());
    let mut below = 0;
    let mut cyclic = false;
    if let Some(grp) = all.get(g) {
        for (m, is_group) in &grp.members {
            if *is_group {
                let (d, c) = depth(all, m, path, memo);
                below = below.max(d);
                cyclic |= c;
            }
        }
    }
    path.pop();
    if !cyclic {
        memo.insert(g.to_owned(), below + 1);
    }
    (below + 1, cyclic)
}

/// The members of the privileged groups a report names, through nesting.
pub struct Privileged {
    /// Directory user id → the privileged groups that reach them (sorted).
    pub members: HashMap<String, Vec<String>>,
    /// The privileged groups the directory has.
    pub found: Vec<String>,
}

pub fn privileged_members(conn: &Connection, p: &Params) -> Result<Privileged, AnalyticsError> {
    let all = groups(conn, p.profile.as_deref())?;
    let wanted: HashSet<String> = p
        .privileged_groups
        .iter()
        .map(|s| s.to_lowercase())
        .collect();
    let mut found = Vec::new();
    let mut members: HashMap<String, Vec<String>> = HashMap::new();
    for (id, g) in &all {
        if wanted.contains(&g.name.to_lowercase()) {
            found.push(g.name.clone());
            for u in transitive_users(&all, id) {
                members.entry(u).or_default().push(g.name.clone());
            }
        }
    }
    for v in members.values_mut() {
        v.sort();
        v.dedup();
    }
    found.sort();
    Ok(Privileged { members, found })
}

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let users = directory_users(conn, p.profile.as_deref())?;
    let all = groups(conn, p.profile.as_deref())?;
    let mut rep = Report::new(
        "directory",
        "Directory",
        &["section", "item", "value", "detail"],
    );
    let now = p.now.unix_timestamp();
    let cutoff = now - p.stale_days * 86_400;
    let count = |f: &dyn Fn(&super::DirUser) -> bool| users.iter().filter(|u| f(u)).count();
    let enabled = |u: &super::DirUser| u.enabled != Some(false);
    let summary: Vec<(&str, usize, String)> = vec![
        ("users", users.len(), String::new()),
        (
            "disabled",
            count(&|u| u.enabled == Some(false)),
            String::new(),
        ),
        ("locked", count(&|u| u.locked == Some(true)), String::new()),
        (
            "stale",
            count(&|u| enabled(u) && u.last_logon.is_some_and(|t| t < cutoff)),
            format!("enabled, last logon more than {} days ago", p.stale_days),
        ),
        (
            "no_logon_recorded",
            count(&|u| enabled(u) && u.last_logon.is_none()),
            "enabled, no last logon in the directory".into(),
        ),
        (
            "password_never_expires",
            count(&|u| u.password_never_expires == Some(true)),
            String::new(),
        ),
        ("groups", all.len(), String::new()),
        (
            "empty_groups",
            all.values().filter(|g| g.members.is_empty()).count(),
            String::new(),
        ),
    ];
    for (item, v, d) in summary {
        rep.push(vec![json!("summary"), json!(item), json!(v), json!(d)]);
    }

    let g = match p.group_by {
        Some(GroupBy::Ou) => GroupBy::Ou,
        Some(GroupBy::Title) => GroupBy::Title,
        _ => GroupBy::Department,
    };
    let section = match g {
        GroupBy::Ou => "users_per_ou",
        GroupBy::Title => "users_per_title",
        _ => "users_per_department",
    };
    let mut per: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for u in &users {
        let e = per.entry(u.group(g)).or_default();
        e.0 += 1;
        if u.enabled == Some(false) {
            e.1 += 1;
        }
    }
    let (mut x, mut ys) = (Vec::new(), Vec::new());
    for (name, (n, disabled)) in &per {
        x.push(name.clone());
        ys.push(*n as f64);
        rep.push(vec![
            json!(section),
            json!(name),
            json!(n),
            json!(format!("{disabled} disabled")),
        ]);
    }
    rep.charts
        .push(Chart::bars("Users", x, vec![("users".into(), ys)]));

    let names: HashMap<&str, &str> = users
        .iter()
        .map(|u| (u.id.as_str(), u.name.as_str()))
        .collect();
    let privileged: HashSet<String> = p
        .privileged_groups
        .iter()
        .map(|s| s.to_lowercase())
        .collect();
    let mut privileged_found: Vec<(&String, &Group)> = all
        .iter()
        .filter(|(_, g)| privileged.contains(&g.name.to_lowercase()))
        .collect();
    privileged_found.sort_by(|a, b| a.1.name.cmp(&b.1.name));
    for (id, grp) in privileged_found {
        let members = transitive_users(&all, id);
        let mut who: Vec<&str> = members
            .iter()
            .filter_map(|m| names.get(m.as_str()).copied())
            .collect();
        who.sort_unstable();
        let disabled = members
            .iter()
            .filter(|m| {
                users
                    .iter()
                    .any(|u| &u.id == *m && u.enabled == Some(false))
            })
            .count();
        rep.push(vec![
            json!("privileged_group"),
            json!(grp.name),
            json!(members.len()),
            json!(format!("{disabled} disabled; {}", who.join(", "))),
        ]);
    }
    let mut empty: Vec<&str> = all
        .values()
        .filter(|g| g.members.is_empty())
        .map(|g| g.name.as_str())
        .collect();
    empty.sort_unstable();
    for name in empty {
        rep.push(vec![json!("empty_group"), json!(name), json!(0), json!("")]);
    }
    let mut largest: Vec<&Group> = all.values().collect();
    largest.sort_by(|a, b| {
        b.members
            .len()
            .cmp(&a.members.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    for grp in largest.iter().take(10) {
        rep.push(vec![
            json!("largest_group"),
            json!(grp.name),
            json!(grp.members.len()),
            json!("direct members"),
        ]);
    }
    let mut memo = HashMap::new();
    let mut deepest: Vec<(usize, &str)> = all
        .iter()
        .map(|(id, g)| {
            (
                depth(&all, id, &mut Vec::new(), &mut memo).0,
                g.name.as_str(),
            )
        })
        .collect();
    deepest.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    for (d, name) in deepest.iter().take(5) {
        rep.push(vec![
            json!("deepest_nesting"),
            json!(name),
            json!(d),
            json!("levels of groups, this one included"),
        ]);
    }
    rep.notes.push(format!(
        "privileged groups: {} (--privileged-group, or [analytics] privileged_groups); their members are counted through nesting. stale: no logon for {} days (--stale-days).",
        if p.privileged_groups.is_empty() { "none given".to_owned() } else { p.privileged_groups.join(", ") },
        p.stale_days
    ));
    Ok(rep)
}
