//! Nested groups, expanded client-side from one dump of all groups. AD's in-chain matching
//! rule does this server-side but costs seconds per query; a dump costs a fraction of a
//! second and works on every server. Cycles are reported, never followed twice.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::dn::normalize;

#[derive(Debug, Clone)]
pub struct GroupNode {
    pub dn: String,
    pub name: String,
    /// Normalized member DNs.
    pub members: Vec<String>,
}

#[derive(Debug, Default)]
pub struct GroupGraph {
    /// Keyed by normalized DN.
    pub groups: HashMap<String, GroupNode>,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Expansion {
    /// Groups reached (normalized DN → depth, 1 = direct member of the root).
    pub groups: Vec<(String, u32)>,
    /// Non-group members reached (normalized DN → smallest depth).
    pub members: Vec<(String, u32)>,
    /// Each cycle as the list of group names along it, first = last.
    pub cycles: Vec<Vec<String>>,
}

impl GroupGraph {
    pub fn insert(&mut self, dn: &str, name: String, member_dns: impl IntoIterator<Item = String>) {
        let members = member_dns.into_iter().map(|m| normalize(&m)).collect();
        self.groups.insert(
            normalize(dn),
            GroupNode {
                dn: dn.to_owned(),
                name,
                members,
            },
        );
    }

    pub fn get(&self, dn_norm: &str) -> Option<&GroupNode> {
        self.groups.get(dn_norm)
    }

    /// Everything reachable below `root` (normalized DN).
    pub fn expand(&self, root: &str) -> Expansion {
        let mut out = Expansion::default();
        let mut best_group: HashMap<String, u32> = HashMap::new();
        let mut best_member: HashMap<String, u32> = HashMap::new();
        let mut cycles = BTreeSet::new();
        let mut path = vec![root.to_owned()];
        self.walk(
            root,
            1,
            &mut path,
            &mut best_group,
            &mut best_member,
            &mut cycles,
        );
        out.groups = sorted(best_group);
        out.members = sorted(best_member);
        out.cycles = cycles.into_iter().collect();
        out
    }

    fn walk(
        &self,
        group: &str,
        depth: u32,
        path: &mut Vec<String>,
        groups: &mut HashMap<String, u32>,
        members: &mut HashMap<String, u32>,
        cycles: &mut BTreeSet<Vec<String>>,
    ) {
        let Some(node) = self.groups.get(group) else {
            return;
        };
        for m in &node.members {
            if self.groups.contains_key(m) {
                if let Some(pos) = path.iter().position(|p| p == m) {
                    let mut cyc: Vec<String> =
                        path[pos..].iter().map(|g| self.name_of(g)).collect();
                    cyc.push(self.name_of(m));
                    cycles.insert(cyc);
                    continue;
                }
                // Revisit only when reached at a smaller depth (keeps depths minimal, and
                // bounds the work: a depth can only shrink so often).
                if groups.get(m).is_some_and(|d| *d <= depth) {
                    continue;
                }
                groups.insert(m.clone(), depth);
                path.push(m.clone());
                self.walk(m, depth + 1, path, groups, members, cycles);
                path.pop();
            } else {
                let e = members.entry(m.clone()).or_insert(depth);
                *e = (*e).min(depth);
            }
        }
    }

    /// Groups that contain `member` (normalized DN), directly (depth 1) or through nesting.
    pub fn memberships(&self, member: &str) -> Vec<(String, u32)> {
        let mut parents: HashMap<&str, Vec<&str>> = HashMap::new();
        for (g, node) in &self.groups {
            for m in &node.members {
                parents.entry(m.as_str()).or_default().push(g.as_str());
            }
        }
        let mut seen: HashMap<String, u32> = HashMap::new();
        let mut frontier: Vec<&str> = vec![member];
        let mut depth = 1;
        let mut visited: HashSet<&str> = HashSet::new();
        while !frontier.is_empty() {
            let mut next = Vec::new();
            for m in frontier {
                for g in parents.get(m).into_iter().flatten() {
                    if visited.insert(g) {
                        seen.insert((*g).to_owned(), depth);
                        next.push(*g);
                    }
                }
            }
            frontier = next;
            depth += 1;
        }
        sorted(seen)
    }

    pub fn name_of(&self, norm: &str) -> String {
        self.groups
            .get(norm)
            .map(|g| g.name.clone())
            .unwrap_or_else(|| norm.to_owned())
    }
}

fn sorted(m: HashMap<String, u32>) -> Vec<(String, u32)> {
    let mut v: Vec<_> = m.into_iter().collect();
    v.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// One paged dump of every group (DN, name, members) into a graph.
pub async fn load_graph(
    dir: &mut super::Directory,
    group_filter: &str,
    page_size: u32,
) -> Result<GroupGraph, super::LdapFailure> {
    let req = super::SearchRequest {
        base: dir.base.clone(),
        scope: ldap3::Scope::Subtree,
        filter: group_filter.to_owned(),
        attrs: vec![
            "cn".into(),
            "sAMAccountName".into(),
            "member".into(),
            "uniqueMember".into(),
        ],
        page_size,
        limit: None,
    };
    let mut graph = GroupGraph::default();
    let out = dir
        .search(&req, |e| {
            let name = e
                .first_str("cn")
                .or_else(|| e.first_str("sAMAccountName"))
                .map(str::to_owned)
                .unwrap_or_else(|| super::dn::leaf_value(&e.dn));
            let members: Vec<String> = e
                .strs("member")
                .chain(e.strs("uniqueMember"))
                .map(str::to_owned)
                .collect();
            graph.insert(&e.dn, name, members);
            Ok::<(), crate::ldap::LdapFailure>(())
        })
        .await?;
    if let Some(why) = out.partial {
        // Expanding from a truncated group list would silently drop memberships.
        return Err(super::LdapFailure::Refused {
            rc: 4,
            name: "sizeLimitExceeded",
            text: format!("reading all groups: {why}"),
        });
    }
    Ok(graph)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph() -> GroupGraph {
        let mut g = GroupGraph::default();
        g.insert(
            "cn=top,dc=x",
            "top".into(),
            ["cn=mid,dc=x".into(), "uid=a,dc=x".into()],
        );
        g.insert(
            "cn=mid,dc=x",
            "mid".into(),
            ["cn=low,dc=x".into(), "uid=b,dc=x".into()],
        );
        g.insert(
            "cn=low,dc=x",
            "low".into(),
            [
                "CN=Top,DC=x".into(),
                "uid=c,dc=x".into(),
                "uid=a,dc=x".into(),
            ],
        );
        g
    }

    #[test]
    fn expands_through_nesting_and_reports_the_cycle_once() {
        let e = graph().expand("cn=top,dc=x");
        let members: Vec<_> = e.members.iter().map(|(m, d)| (m.as_str(), *d)).collect();
        assert_eq!(
            members,
            vec![("uid=a,dc=x", 1), ("uid=b,dc=x", 2), ("uid=c,dc=x", 3)]
        );
        assert_eq!(
            e.cycles,
            vec![vec![
                "top".to_string(),
                "mid".into(),
                "low".into(),
                "top".into()
            ]]
        );
    }

    #[test]
    fn memberships_go_upwards_with_depth() {
        let m = graph().memberships("uid=c,dc=x");
        assert_eq!(
            m,
            vec![
                ("cn=low,dc=x".to_string(), 1),
                ("cn=mid,dc=x".into(), 2),
                ("cn=top,dc=x".into(), 3)
            ]
        );
    }
}
