//! The fake Graph's directory: Entra users and groups with a change log, answering delta
//! queries as reference/msgraph.md §2 and §8.5 describe — a whole read on the first call
//! (groups carry `members@delta`, a big group split over several items in different pages,
//! its properties only on the first), then per deltaLink only what changed since: an
//! updated user with its id and only the changed properties, `@removed` for deletions,
//! membership changes as `members@delta` with `@removed`. Tokens are opaque to the client.

use serde_json::{Value, json};

#[derive(Debug, Clone, Default)]
pub struct DirUser {
    pub id: String,
    pub upn: String,
    pub mail: Option<String>,
    pub display_name: Option<String>,
    pub enabled: bool,
    pub user_type: String,
    pub immutable_id: Option<String>,
    pub sid: Option<String>,
    pub department: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct DirGroup {
    pub id: String,
    pub display_name: String,
    pub mail: Option<String>,
    pub group_types: Vec<String>,
    /// (member id, `user` or `group`).
    pub members: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
enum Event {
    /// A user created or changed: the properties that changed (all for a new one).
    User(String, Vec<&'static str>),
    UserRemoved(String),
    Group(String, Vec<&'static str>),
    GroupRemoved(String),
    /// A membership added (true) or removed (false).
    Member(String, String, bool),
}

#[derive(Debug, Default)]
pub struct Directory {
    pub users: Vec<DirUser>,
    pub groups: Vec<DirGroup>,
    log: Vec<Event>,
    /// Members per `members@delta` item: a bigger group is split over several items.
    pub members_per_item: usize,
    /// Items per delta page.
    pub page_size: usize,
}

pub const USER_PROPS: [&str; 8] = [
    "userPrincipalName",
    "mail",
    "displayName",
    "accountEnabled",
    "userType",
    "onPremisesImmutableId",
    "onPremisesSecurityIdentifier",
    "department",
];
const GROUP_PROPS: [&str; 3] = ["displayName", "mail", "groupTypes"];

impl Directory {
    pub fn new(users: Vec<DirUser>, groups: Vec<DirGroup>) -> Directory {
        Directory {
            users,
            groups,
            log: Vec::new(),
            members_per_item: 3,
            page_size: 4,
        }
    }

    /// The position in the change log a deltaLink stands for.
    pub fn version(&self) -> usize {
        self.log.len()
    }

    pub fn user_mut(&mut self, id: &str) -> Option<&mut DirUser> {
        self.users.iter_mut().find(|u| u.id == id)
    }

    /// Record a change to a user made through `user_mut` (the properties named).
    pub fn changed_user(&mut self, id: &str, props: &[&'static str]) {
        self.log.push(Event::User(id.to_owned(), props.to_vec()));
    }

    pub fn add_user(&mut self, u: DirUser) {
        self.log
            .push(Event::User(u.id.clone(), USER_PROPS.to_vec()));
        self.users.push(u);
    }

    pub fn remove_user(&mut self, id: &str) {
        self.users.retain(|u| u.id != id);
        for g in &mut self.groups {
            if g.members.iter().any(|(m, _)| m == id) {
                g.members.retain(|(m, _)| m != id);
                self.log
                    .push(Event::Member(g.id.clone(), id.to_owned(), false));
            }
        }
        self.log.push(Event::UserRemoved(id.to_owned()));
    }

    pub fn rename_group(&mut self, id: &str, name: &str) {
        if let Some(g) = self.groups.iter_mut().find(|g| g.id == id) {
            g.display_name = name.to_owned();
            self.log
                .push(Event::Group(id.to_owned(), vec!["displayName"]));
        }
    }

    pub fn remove_group(&mut self, id: &str) {
        self.groups.retain(|g| g.id != id);
        for g in &mut self.groups {
            if g.members.iter().any(|(m, _)| m == id) {
                g.members.retain(|(m, _)| m != id);
                self.log
                    .push(Event::Member(g.id.clone(), id.to_owned(), false));
            }
        }
        self.log.push(Event::GroupRemoved(id.to_owned()));
    }

    pub fn add_member(&mut self, group: &str, member: &str, kind: &str) {
        if let Some(g) = self.groups.iter_mut().find(|g| g.id == group) {
            g.members.push((member.to_owned(), kind.to_owned()));
            self.log
                .push(Event::Member(group.to_owned(), member.to_owned(), true));
        }
    }

    pub fn remove_member(&mut self, group: &str, member: &str) {
        if let Some(g) = self.groups.iter_mut().find(|g| g.id == group) {
            g.members.retain(|(m, _)| m != member);
            self.log
                .push(Event::Member(group.to_owned(), member.to_owned(), false));
        }
    }

    fn user_json(u: &DirUser, props: &[&str]) -> Value {
        let mut v = json!({"id": u.id});
        for p in props {
            v[*p] = match *p {
                "userPrincipalName" => json!(u.upn),
                "mail" => json!(u.mail),
                "displayName" => json!(u.display_name),
                "accountEnabled" => json!(u.enabled),
                "userType" => json!(u.user_type),
                "onPremisesImmutableId" => json!(u.immutable_id),
                "onPremisesSecurityIdentifier" => json!(u.sid),
                "department" => json!(u.department),
                _ => Value::Null,
            };
        }
        v
    }

    fn group_json(g: &DirGroup, props: &[&str]) -> Value {
        let mut v = json!({"id": g.id});
        for p in props {
            v[*p] = match *p {
                "displayName" => json!(g.display_name),
                "mail" => json!(g.mail),
                "groupTypes" => json!(g.group_types),
                _ => Value::Null,
            };
        }
        v
    }

    fn member_json(id: &str, kind: &str, removed: bool) -> Value {
        let mut m = json!({"@odata.type": format!("#microsoft.graph.{kind}"), "id": id});
        if removed {
            m["@removed"] = json!({"reason": "deleted"});
        }
        m
    }

    /// The items of a delta read of `resource` since log position `since` (None: all).
    pub fn delta(&self, resource: &str, since: Option<usize>) -> Vec<Value> {
        let per = self.members_per_item.max(1);
        match (resource, since) {
            ("users", None) => self
                .users
                .iter()
                .map(|u| Self::user_json(u, &USER_PROPS))
                .collect(),
            ("users", Some(v)) => {
                let mut changed: Vec<(String, Vec<&str>)> = Vec::new();
                let mut removed: Vec<String> = Vec::new();
                for e in &self.log[v.min(self.log.len())..] {
                    match e {
                        Event::User(id, props) => {
                            removed.retain(|r| r != id);
                            match changed.iter_mut().find(|(c, _)| c == id) {
                                Some((_, p)) => p.extend(props.iter().copied()),
                                None => changed.push((id.clone(), props.clone())),
                            }
                        }
                        Event::UserRemoved(id) => {
                            changed.retain(|(c, _)| c != id);
                            removed.push(id.clone());
                        }
                        _ => {}
                    }
                }
                let mut out: Vec<Value> = changed
                    .iter()
                    .filter_map(|(id, props)| {
                        let mut props = props.clone();
                        props.sort();
                        props.dedup();
                        self.users
                            .iter()
                            .find(|u| &u.id == id)
                            .map(|u| Self::user_json(u, &props))
                    })
                    .collect();
                out.extend(
                    removed
                        .iter()
                        .map(|id| json!({"id": id, "@removed": {"reason": "deleted"}})),
                );
                out
            }
            ("groups", None) => {
                // Each group's members in items of `per`; the items of different groups
                // interleaved, so one group's items land on different pages.
                let chunks: Vec<Vec<Value>> = self
                    .groups
                    .iter()
                    .map(|g| {
                        let mut items: Vec<Value> = g
                            .members
                            .chunks(per)
                            .map(|c| {
                                let mut v = json!({"id": g.id});
                                v["members@delta"] = c
                                    .iter()
                                    .map(|(m, k)| Self::member_json(m, k, false))
                                    .collect();
                                v
                            })
                            .collect();
                        let first = Self::group_json(g, &GROUP_PROPS);
                        match items.first_mut() {
                            Some(v) => {
                                for (k, val) in first.as_object().unwrap() {
                                    v[k] = val.clone();
                                }
                            }
                            None => items.push(first),
                        }
                        items
                    })
                    .collect();
                let mut out = Vec::new();
                let longest = chunks.iter().map(Vec::len).max().unwrap_or(0);
                for i in 0..longest {
                    for c in &chunks {
                        if let Some(v) = c.get(i) {
                            out.push(v.clone());
                        }
                    }
                }
                out
            }
            ("groups", Some(v)) => {
                let mut order: Vec<String> = Vec::new();
                let mut props: std::collections::HashMap<String, Vec<&str>> = Default::default();
                let mut members: std::collections::HashMap<String, Vec<(String, bool)>> =
                    Default::default();
                let mut removed: Vec<String> = Vec::new();
                for e in &self.log[v.min(self.log.len())..] {
                    let (gid, p, m) = match e {
                        Event::Group(id, p) => (id, Some(p), None),
                        Event::Member(g, m, added) => (g, None, Some((m.clone(), *added))),
                        Event::GroupRemoved(id) => {
                            removed.push(id.clone());
                            continue;
                        }
                        _ => continue,
                    };
                    if !order.contains(gid) {
                        order.push(gid.clone());
                    }
                    if let Some(p) = p {
                        props
                            .entry(gid.clone())
                            .or_default()
                            .extend(p.iter().copied());
                    }
                    if let Some((m, added)) = m {
                        let list = members.entry(gid.clone()).or_default();
                        list.retain(|(x, _)| *x != m);
                        list.push((m, added));
                    }
                }
                let mut out: Vec<Value> = Vec::new();
                for gid in order.iter().filter(|g| !removed.contains(g)) {
                    let Some(g) = self.groups.iter().find(|x| &x.id == gid) else {
                        continue;
                    };
                    let mut v = Self::group_json(g, props.get(gid).map_or(&[][..], |p| p));
                    if let Some(list) = members.get(gid) {
                        v["members@delta"] = list
                            .iter()
                            .map(|(m, added)| {
                                let kind = g
                                    .members
                                    .iter()
                                    .find(|(x, _)| x == m)
                                    .map_or("user", |(_, k)| k.as_str());
                                Self::member_json(m, kind, !added)
                            })
                            .collect();
                    }
                    out.push(v);
                }
                out.extend(
                    removed
                        .iter()
                        .map(|id| json!({"id": id, "@removed": {"reason": "deleted"}})),
                );
                out
            }
            _ => Vec::new(),
        }
    }
}

/// `n` users and `g` groups: user i is in group i % g, and every group also holds the next
/// group (nesting); every fourth user is disabled, every fifth is cloud-only (no anchors).
pub fn sample_directory(n: usize, g: usize) -> (Vec<DirUser>, Vec<DirGroup>) {
    let users: Vec<DirUser> = (0..n)
        .map(|i| DirUser {
            id: entra_user_id(i),
            upn: format!("user{i}@contoso.example"),
            mail: (i % 7 != 6).then(|| format!("user{i}@contoso.example")),
            display_name: Some(format!("User {i}")),
            enabled: i % 4 != 3,
            user_type: if i % 11 == 10 { "Guest" } else { "Member" }.into(),
            immutable_id: (i % 5 != 4).then(|| format!("imm{i:08}")),
            sid: (i % 5 != 4).then(|| format!("S-1-5-21-1-2-3-{}", 1000 + i)),
            department: Some(format!("Dept {}", i % 3)),
        })
        .collect();
    let groups: Vec<DirGroup> = (0..g)
        .map(|k| DirGroup {
            id: format!("{:08x}-2222-4333-8444-{:012x}", k + 1, k + 1),
            display_name: format!("Group {k}"),
            mail: None,
            group_types: if k % 2 == 0 {
                vec!["Unified".into()]
            } else {
                vec![]
            },
            members: (0..n)
                .filter(|i| i % g == k)
                .map(|i| (entra_user_id(i), "user".to_owned()))
                .chain((g > 1).then(|| {
                    (
                        format!(
                            "{:08x}-2222-4333-8444-{:012x}",
                            (k + 1) % g + 1,
                            (k + 1) % g + 1
                        ),
                        "group".to_owned(),
                    )
                }))
                .collect(),
        })
        .collect();
    (users, groups)
}

pub fn entra_user_id(i: usize) -> String {
    format!("{:08x}-3333-4444-8555-{:012x}", i + 1, i + 1)
}
