//! `teams`: adoption per team (or per department with `--group-by department`) — members,
//! owners, guests, members active in the chat usage events of the window — teams with one
//! owner or none, and for each team `teams reconcile` keeps in step with a directory group,
//! how far it has drifted from the group since: the reconcile plan computed again over the
//! cached team, so the numbers are the ones `teams reconcile` would act on.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::Connection;
use serde_json::json;

use super::{GroupBy, Params, Source, by_key, directory_users};
use crate::analytics::{AnalyticsError, Report, round2};
use crate::cache::reconcile as cached;
use crate::graph::reconcile::{self, Act, Fallback, PlanOptions};
use crate::graph::teams::MemberRow;

/// A team member as the cache has it, with what is known of the person.
struct Member {
    team: String,
    user_id: Option<String>,
    role: String,
    /// mail / UPN, lower-case: how chat events name people.
    keys: Vec<String>,
    department: Option<String>,
}

pub fn run(src: &Source<'_>, p: &Params) -> Result<Report, AnalyticsError> {
    let conn = src.conn;
    let profile = p.profile.as_deref();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut st = conn
        .prepare("SELECT profile, id, display_name FROM teams WHERE ?1 IS NULL OR profile = ?1")?;
    for r in st.query_map([profile], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })? {
        let (prof, id, name) = r?;
        names.insert(format!("{prof}\u{0}{id}"), name);
    }
    let by_department = p.group_by == Some(GroupBy::Department);
    let mut rep = if by_department {
        Report::new(
            "teams",
            "Teams adoption by department",
            &[
                "department",
                "teams",
                "members",
                "active",
                "active_pct",
                "guests",
            ],
        )
    } else {
        Report::new(
            "teams",
            "Teams adoption",
            &[
                "team",
                "members",
                "owners",
                "guests",
                "active",
                "active_pct",
                "owners_status",
                "source_group",
                "missing",
                "extra",
                "reconciled_at",
            ],
        )
        .headline(&[
            "team",
            "members",
            "owners",
            "active_pct",
            "owners_status",
            "missing",
            "extra",
        ])
    };
    if names.is_empty() {
        rep.notes
            .push("no teams in the cache: atomctl teams sync".into());
        return Ok(rep);
    }
    // People: Entra accounts for mail, UPN and department; the directory for departments
    // Entra does not carry.
    let dir = directory_users(conn, profile)?;
    let dir_by_mail = by_key(&dir, super::JoinKey::Mail);
    // profile + id → (UPN, mail, department), lower-case addresses.
    type Account = (Option<String>, Option<String>, Option<String>);
    let mut accounts: HashMap<String, Account> = HashMap::new();
    let mut st = conn.prepare(
        "SELECT profile, id, lower(upn), lower(mail), department FROM graph_users WHERE ?1 IS NULL OR profile = ?1",
    )?;
    for r in st.query_map([profile], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })? {
        let (prof, id, upn, mail, dept) = r?;
        accounts.insert(format!("{prof}\u{0}{id}"), (upn, mail, dept));
    }
    let mut members: Vec<Member> = Vec::new();
    let mut st = conn.prepare(
        "SELECT profile, team_id, user_id, role, lower(email) FROM teams_members
         WHERE channel_id = '' AND (?1 IS NULL OR profile = ?1)",
    )?;
    for r in st.query_map([profile], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })? {
        let (prof, team, user_id, role, email) = r?;
        let account = user_id
            .as_ref()
            .and_then(|u| accounts.get(&format!("{prof}\u{0}{u}")));
        let mut keys: Vec<String> = email.into_iter().collect();
        if let Some((upn, mail, _)) = account {
            keys.extend(upn.iter().chain(mail.iter()).cloned());
        }
        keys.sort();
        keys.dedup();
        let department = account.and_then(|a| a.2.clone()).or_else(|| {
            keys.iter()
                .find_map(|k| dir_by_mail.get(k))
                .and_then(|i| dir[*i].department.clone())
        });
        members.push(Member {
            team: format!("{prof}\u{0}{team}"),
            user_id,
            role,
            keys,
            department,
        });
    }
    // Who was active in the window (chat usage events name people by mail or UPN).
    let daily = src.daily(p.window.start, p.window.end)?;
    let active: HashSet<&str> = daily
        .rows_in(p.window.start, p.window.end)
        .iter()
        .map(|r| daily.user(r))
        .collect();
    let is_active = |m: &Member| m.keys.iter().any(|k| active.contains(k.as_str()));
    if active.is_empty() {
        rep.notes.push(
            "no chat usage events in the window: active members are 0 (atomctl analytics ingest)"
                .into(),
        );
    }
    let pct = |a: usize, n: usize| {
        if n == 0 {
            json!(null)
        } else {
            json!(round2(100.0 * a as f64 / n as f64))
        }
    };
    if by_department {
        #[derive(Default)]
        struct Dept<'a> {
            teams: HashSet<&'a str>,
            people: HashSet<String>,
            active: HashSet<String>,
            guests: usize,
        }
        let mut depts: BTreeMap<String, Dept<'_>> = BTreeMap::new();
        for m in &members {
            let d = depts
                .entry(m.department.clone().unwrap_or_else(|| "(none)".into()))
                .or_default();
            d.teams.insert(m.team.as_str());
            let who = m.user_id.clone().unwrap_or_else(|| m.keys.join(","));
            if d.people.insert(who.clone()) && is_active(m) {
                d.active.insert(who);
            }
            if m.role == "guest" {
                d.guests += 1;
            }
        }
        for (dept, d) in depts {
            rep.push(vec![
                json!(dept),
                json!(d.teams.len()),
                json!(d.people.len()),
                json!(d.active.len()),
                pct(d.active.len(), d.people.len()),
                json!(d.guests),
            ]);
        }
        return Ok(rep);
    }
    let drift = drift(conn, profile, &members)?;
    let mut rows: Vec<(u8, String, Vec<serde_json::Value>)> = Vec::new();
    for (key, name) in &names {
        let of: Vec<&Member> = members.iter().filter(|m| &m.team == key).collect();
        let owners = of.iter().filter(|m| m.role == "owner").count();
        let guests = of.iter().filter(|m| m.role == "guest").count();
        let act = of.iter().filter(|m| is_active(m)).count();
        let (rank, status) = match owners {
            0 => (0, "no owner"),
            1 => (1, "single owner"),
            _ => (2, "ok"),
        };
        let d = drift.get(key);
        rows.push((
            rank,
            name.clone(),
            vec![
                json!(name),
                json!(of.len()),
                json!(owners),
                json!(guests),
                json!(act),
                pct(act, of.len()),
                json!(status),
                json!(d.map(|d| d.group.clone())),
                json!(d.map(|d| d.missing)),
                json!(d.map(|d| d.extra)),
                json!(d.and_then(|d| d.applied_at.clone())),
            ],
        ));
    }
    rows.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let orphaned = rows.iter().filter(|r| r.0 == 0).count();
    let single = rows.iter().filter(|r| r.0 == 1).count();
    for (_, _, r) in rows {
        rep.push(r);
    }
    rep.notes.push(format!(
        "{orphaned} team(s) without an owner and {single} with a single owner (first in the table); active = in the chat usage events between the window's dates"
    ));
    if !drift.is_empty() {
        rep.notes.push(
            "missing / extra: the changes `teams reconcile` would make now against the cached team (run teams sync for the team's current state)".into(),
        );
    }
    Ok(rep)
}

struct Drift {
    group: String,
    missing: usize,
    extra: usize,
    applied_at: Option<String>,
}

/// For each reconciled team, the reconcile plan over the cached team: adds are people of the
/// group missing from the team, removes are people in it who left the group.
fn drift(
    conn: &Connection,
    profile: Option<&str>,
    members: &[Member],
) -> Result<HashMap<String, Drift>, AnalyticsError> {
    let mut out = HashMap::new();
    let mut st = conn.prepare(
        "SELECT profile, team_id, source_profile, group_id, ifnull(group_name, group_id), match, applied_at,
                ifnull(options, '{}')
         FROM teams_reconcile WHERE ?1 IS NULL OR profile = ?1",
    )?;
    type Row = (
        String,
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        String,
    );
    let rows: Vec<Row> = st
        .query_map([profile], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    for (prof, team, source_profile, group_id, group_name, matching, applied_at, options) in rows {
        let Ok(group) = cached::find_group(conn, &source_profile, &group_id) else {
            continue;
        };
        let source = cached::group_users(conn, &group)?;
        let key = format!("{prof}\u{0}{team}");
        let team_rows: Vec<MemberRow> = members
            .iter()
            .filter(|m| m.team == key)
            .map(|m| MemberRow {
                user_id: m.user_id.clone(),
                display_name: None,
                email: m.keys.first().cloned(),
                role: match m.role.as_str() {
                    "owner" => "owner",
                    "guest" => "guest",
                    _ => "member",
                },
                membership_id: String::new(),
            })
            .collect();
        // The plan `--apply` made: the same fallback, owners, guests and exempt list.
        let mut opts: PlanOptions = serde_json::from_str(&options).unwrap_or_default();
        opts.fallback = if matching.contains("mail") {
            Some(Fallback::Mail)
        } else if matching.contains("upn") {
            Some(Fallback::Upn)
        } else {
            None
        };
        let want = reconcile::wanted(&source, &team_rows, opts.fallback);
        let entra = cached::entra_users(conn, &prof, &want)?;
        let plan = reconcile::plan(&source, &entra, &team_rows, &opts);
        out.insert(
            key,
            Drift {
                group: group_name,
                missing: plan.count(Act::Add),
                extra: plan.count(Act::Remove),
                applied_at,
            },
        );
    }
    Ok(out)
}
