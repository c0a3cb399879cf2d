//! Entra ID users and groups by delta query (reference/msgraph.md §2 "Delta"): the first
//! read walks every page to a deltaLink; later reads start at the stored deltaLink and get
//! only what changed — items with their id and at least the changed properties, `@removed`
//! for deletions, and a group's `members@delta` split over pages with the group repeated.
//! A deltaLink Graph no longer honours (410 Gone, `syncStateNotFound`, `resyncRequired`)
//! means reading everything again.

use serde_json::Value;

use super::GraphError;
use super::client::Graph;
use crate::cache::graph::{Change, Resource};

const USERS_PERMISSION: &str = "User.Read.All";
const GROUPS_PERMISSION: &str = "GroupMember.Read.All";

/// Graph property → cache column, and whether the value is a boolean or a list.
enum Kind {
    Text,
    Bool,
    List,
}

const USER_PROPERTIES: &[(&str, &str, Kind)] = &[
    ("userPrincipalName", "upn", Kind::Text),
    ("mail", "mail", Kind::Text),
    ("displayName", "display_name", Kind::Text),
    ("accountEnabled", "enabled", Kind::Bool),
    ("userType", "user_type", Kind::Text),
    ("onPremisesImmutableId", "immutable_id", Kind::Text),
    ("onPremisesSecurityIdentifier", "sid", Kind::Text),
    ("department", "department", Kind::Text),
];

const GROUP_PROPERTIES: &[(&str, &str, Kind)] = &[
    ("displayName", "display_name", Kind::Text),
    ("description", "description", Kind::Text),
    ("mail", "mail", Kind::Text),
    ("securityEnabled", "security_enabled", Kind::Bool),
    ("groupTypes", "group_types", Kind::List),
];

fn properties(r: Resource) -> &'static [(&'static str, &'static str, Kind)] {
    match r {
        Resource::Users => USER_PROPERTIES,
        Resource::Groups => GROUP_PROPERTIES,
    }
}

/// Where a read from the beginning starts. Only `$select`-ed properties are tracked, and
/// `members` makes the group read carry `members@delta`.
pub fn initial_url(r: Resource) -> String {
    let mut select: Vec<&str> = properties(r).iter().map(|(p, _, _)| *p).collect();
    if r == Resource::Groups {
        select.push("members");
    }
    format!("{}/delta?$select={}", r.name(), select.join(","))
}

pub fn permission(r: Resource) -> &'static str {
    match r {
        Resource::Users => USERS_PERMISSION,
        Resource::Groups => GROUPS_PERMISSION,
    }
}

/// A delta item as a change. Items without an id (never seen, but server data) are skipped.
pub fn change(r: Resource, v: &Value) -> Option<Change> {
    let id = v.get("id")?.as_str()?.to_owned();
    let removed = v.get("@removed").is_some();
    let mut set = Vec::new();
    if !removed {
        for (property, column, kind) in properties(r) {
            // Absent is "unchanged"; present null is a value (cleared).
            let Some(value) = v.get(*property) else {
                continue;
            };
            let cell = match (kind, value) {
                (_, Value::Null) => None,
                (Kind::Bool, Value::Bool(b)) => Some(if *b { "1" } else { "0" }.to_owned()),
                (Kind::List, Value::Array(items)) => Some(
                    items
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                (_, Value::String(s)) => Some(s.clone()),
                // A value of an unexpected shape is kept as its JSON text rather than lost.
                (_, other) => Some(other.to_string()),
            };
            set.push((*column, cell));
        }
    }
    let mut members_added = Vec::new();
    let mut members_removed = Vec::new();
    if let Some(Value::Array(members)) = v.get("members@delta") {
        for m in members {
            let Some(mid) = m.get("id").and_then(Value::as_str) else {
                continue;
            };
            if m.get("@removed").is_some() {
                members_removed.push(mid.to_owned());
            } else {
                let kind = m
                    .get("@odata.type")
                    .and_then(Value::as_str)
                    .map(|t| t.trim_start_matches("#microsoft.graph.").to_owned())
                    .unwrap_or_else(|| "unknown".to_owned());
                members_added.push((mid.to_owned(), kind));
            }
        }
    }
    Some(Change {
        id,
        removed,
        set,
        members_added,
        members_removed,
    })
}

/// Graph no longer honours this deltaLink: read everything again.
pub fn needs_resync(e: &GraphError) -> bool {
    match e {
        GraphError::Api { status: 410, .. } => true,
        GraphError::Api { code, .. } => matches!(
            code.as_str(),
            "resyncRequired" | "syncStateNotFound" | "syncStateInvalid"
        ),
        _ => false,
    }
}

/// A delta read from `start` (the initial URL or a stored deltaLink), a page at a time;
/// when the pages run out, `delta_link` is where the next run starts.
pub struct DeltaRead<'g> {
    g: &'g Graph,
    r: Resource,
    url: Option<String>,
    pub delta_link: Option<String>,
}

impl<'g> DeltaRead<'g> {
    pub fn new(g: &'g Graph, r: Resource, start: &str) -> Self {
        DeltaRead {
            g,
            r,
            url: Some(g.url(start)),
            delta_link: None,
        }
    }

    /// The next page's changes, or None after the last page.
    pub async fn next(&mut self) -> Result<Option<Vec<Change>>, GraphError> {
        let Some(url) = self.url.take() else {
            return Ok(None);
        };
        let page = self.g.page(&url, &[], Some(permission(self.r))).await?;
        match (page.next, page.delta) {
            (Some(next), _) => self.url = Some(next),
            (None, Some(delta)) => self.delta_link = Some(delta),
            (None, None) => {
                return Err(GraphError::Protocol(format!(
                    "the {} delta read ended without a deltaLink",
                    self.r.name()
                )));
            }
        }
        Ok(Some(
            page.items
                .iter()
                .filter_map(|v| change(self.r, v))
                .collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_change_sets_only_the_properties_it_carries() {
        let c = change(
            Resource::Users,
            &json!({"id": "u1", "mail": null, "accountEnabled": false, "unknownThing": 3}),
        )
        .unwrap();
        assert_eq!(c.set, vec![("mail", None), ("enabled", Some("0".into()))]);
        assert!(!c.removed);
    }

    #[test]
    fn group_members_delta_splits_into_added_and_removed() {
        let c = change(
            Resource::Groups,
            &json!({"id": "g1", "groupTypes": ["Unified"], "members@delta": [
                {"@odata.type": "#microsoft.graph.user", "id": "u1"},
                {"@odata.type": "#microsoft.graph.group", "id": "g2"},
                {"@odata.type": "#microsoft.graph.user", "id": "u3", "@removed": {"reason": "deleted"}},
                {"no": "id"}
            ]}),
        )
        .unwrap();
        assert_eq!(c.set, vec![("group_types", Some("Unified".into()))]);
        assert_eq!(
            c.members_added,
            vec![("u1".into(), "user".into()), ("g2".into(), "group".into())]
        );
        assert_eq!(c.members_removed, vec!["u3".to_owned()]);
    }

    #[test]
    fn removed_items_carry_no_values_and_idless_items_are_skipped() {
        let c = change(
            Resource::Users,
            &json!({"id": "u1", "@removed": {"reason": "changed"}, "mail": "x"}),
        )
        .unwrap();
        assert!(c.removed && c.set.is_empty());
        assert!(change(Resource::Users, &json!({"mail": "x"})).is_none());
        assert!(change(Resource::Users, &json!("text")).is_none());
    }

    #[test]
    fn gone_and_sync_state_errors_ask_for_a_resync() {
        let api = |status, code: &str| GraphError::Api {
            status,
            code: code.into(),
            message: String::new(),
            needs: None,
        };
        assert!(needs_resync(&api(410, "HTTP410")));
        assert!(needs_resync(&api(400, "syncStateNotFound")));
        assert!(!needs_resync(&api(403, "Authorization_RequestDenied")));
    }
}
