//! Teams reads: the tenant's teams, a team's channels and members, and finding a team or a
//! channel by id or exact display name (several with one name is an error that lists them).

use serde::Serialize;
use serde_json::Value;

use super::GraphError;
use super::client::Graph;

const TEAMS_PERMISSION: &str = "Team.ReadBasic.All";
const CHANNELS_PERMISSION: &str = "Channel.ReadBasic.All";
const MEMBERS_PERMISSION: &str = "TeamMember.Read.All";
const CHANNEL_MEMBERS_PERMISSION: &str = "ChannelMember.Read.All";

#[derive(Debug, Default, Clone, Serialize)]
pub struct TeamRow {
    pub id: String,
    pub display_name: String,
    pub visibility: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct ChannelRow {
    pub id: String,
    pub display_name: String,
    /// `standard`, `private` or `shared`.
    pub membership_type: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct MemberRow {
    pub user_id: Option<String>,
    pub display_name: Option<String>,
    pub email: Option<String>,
    /// `owner`, `member` or `guest`.
    pub role: &'static str,
    /// The membership's own id (opaque; what a removal names).
    pub membership_id: String,
}

/// Which members to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Owner,
    Member,
    Guest,
}

fn text(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(str::to_owned)
}

pub fn team_row(v: &Value) -> TeamRow {
    TeamRow {
        id: text(v, "id").unwrap_or_default(),
        display_name: text(v, "displayName").unwrap_or_default(),
        visibility: text(v, "visibility"),
        description: text(v, "description"),
    }
}

pub fn channel_row(v: &Value) -> ChannelRow {
    ChannelRow {
        id: text(v, "id").unwrap_or_default(),
        display_name: text(v, "displayName").unwrap_or_default(),
        membership_type: text(v, "membershipType"),
        description: text(v, "description"),
    }
}

/// A member's role from its `roles`: `[]` member, `["owner"]`, `["guest"]`.
pub fn member_row(v: &Value) -> MemberRow {
    let roles: Vec<&str> = v
        .get("roles")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let role = if roles.iter().any(|r| r.eq_ignore_ascii_case("owner")) {
        "owner"
    } else if roles.iter().any(|r| r.eq_ignore_ascii_case("guest")) {
        "guest"
    } else {
        "member"
    };
    MemberRow {
        user_id: text(v, "userId"),
        display_name: text(v, "displayName"),
        email: text(v, "email"),
        role,
        membership_id: text(v, "id").unwrap_or_default(),
    }
}

impl Role {
    pub fn keeps(self, row: &MemberRow) -> bool {
        row.role
            == match self {
                Role::Owner => "owner",
                Role::Member => "member",
                Role::Guest => "guest",
            }
    }
}

/// Every team, page by page.
pub async fn each_team(
    g: &Graph,
    mut each: impl FnMut(Vec<TeamRow>) -> Result<(), GraphError>,
) -> Result<(), GraphError> {
    g.each_page(
        "teams?$select=id,displayName,description,visibility",
        &[],
        Some(TEAMS_PERMISSION),
        |items| each(items.iter().map(team_row).collect()),
    )
    .await
}

/// A team by id (a GUID) or exact display name.
pub async fn find_team(g: &Graph, key: &str) -> Result<TeamRow, GraphError> {
    if looks_like_guid(key) {
        let path = format!("teams/{}", encode(key));
        return match g.get(&path, &[], Some(TEAMS_PERMISSION)).await {
            Ok(v) => Ok(team_row(&v)),
            Err(GraphError::Api { status: 404, .. }) => {
                Err(GraphError::NotFound(format!("no team with id {key}")))
            }
            Err(e) => Err(e),
        };
    }
    let filter = format!("displayName eq '{}'", key.replace('\'', "''"));
    let first = format!(
        "teams?$filter={}&$select=id,displayName,description,visibility",
        encode(&filter)
    );
    let mut found = Vec::new();
    g.each_page(&first, &[], Some(TEAMS_PERMISSION), |items| {
        // Graph compares names without regard to case: keep the exact ones.
        found.extend(items.iter().map(team_row).filter(|t| t.display_name == key));
        Ok(())
    })
    .await?;
    one(found, "team", key, |t| (&t.id, &t.display_name))
}

/// A channel of `team` by id or exact display name.
pub async fn find_channel(g: &Graph, team: &TeamRow, key: &str) -> Result<ChannelRow, GraphError> {
    let mut found = Vec::new();
    each_channel(g, &team.id, |rows| {
        found.extend(
            rows.into_iter()
                .filter(|c| c.id == key || c.display_name == key),
        );
        Ok(())
    })
    .await?;
    one(
        found,
        &format!("channel in team {}", team.display_name),
        key,
        |c| (&c.id, &c.display_name),
    )
}

pub async fn each_channel(
    g: &Graph,
    team_id: &str,
    mut each: impl FnMut(Vec<ChannelRow>) -> Result<(), GraphError>,
) -> Result<(), GraphError> {
    let path = format!(
        "teams/{}/channels?$select=id,displayName,description,membershipType",
        encode(team_id)
    );
    g.each_page(&path, &[], Some(CHANNELS_PERMISSION), |items| {
        each(items.iter().map(channel_row).collect())
    })
    .await
}

/// Members of a team, or of one of its channels.
pub async fn each_member(
    g: &Graph,
    team_id: &str,
    channel_id: Option<&str>,
    mut each: impl FnMut(Vec<MemberRow>) -> Result<(), GraphError>,
) -> Result<(), GraphError> {
    let (path, needs) = match channel_id {
        Some(c) => (
            format!("teams/{}/channels/{}/members", encode(team_id), encode(c)),
            CHANNEL_MEMBERS_PERMISSION,
        ),
        None => (
            format!("teams/{}/members", encode(team_id)),
            MEMBERS_PERMISSION,
        ),
    };
    g.each_page(&path, &[], Some(needs), |items| {
        each(items.iter().map(member_row).collect())
    })
    .await
}

fn one<T>(
    mut found: Vec<T>,
    what: &str,
    key: &str,
    show: impl Fn(&T) -> (&String, &String),
) -> Result<T, GraphError> {
    match found.len() {
        0 => Err(GraphError::NotFound(format!("no {what} named `{key}`"))),
        1 => Ok(found.remove(0)),
        _ => {
            let list: Vec<String> = found
                .iter()
                .map(|t| {
                    let (id, name) = show(t);
                    format!("{name} ({id})")
                })
                .collect();
            Err(GraphError::Ambiguous(format!(
                "{} {what}s are named `{key}`: {}; name one by its id",
                found.len(),
                list.join(", ")
            )))
        }
    }
}

fn looks_like_guid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// A path segment or query value, percent-encoded (channel ids are `19:…@thread.tacv2`).
pub fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn roles_and_null_filled_properties() {
        let m = member_row(&json!({"id":"m1","roles":["owner"],"userId":"u1","displayName":null}));
        assert_eq!(
            (m.role, m.user_id.as_deref(), m.display_name),
            ("owner", Some("u1"), None)
        );
        assert_eq!(member_row(&json!({"id":"m2","roles":[]})).role, "member");
        assert_eq!(
            member_row(&json!({"id":"m3","roles":["Guest"]})).role,
            "guest"
        );
        assert_eq!(member_row(&json!({"id":"m4"})).role, "member");
        let t = team_row(&json!({"id":"t","displayName":"A","visibility":null,"description":null}));
        assert_eq!((t.visibility, t.description), (None, None));
    }

    #[test]
    fn guids_are_told_from_names() {
        assert!(looks_like_guid("02bd9fd6-8f93-4758-87c3-1fb73740a315"));
        assert!(!looks_like_guid("Sales"));
        assert!(!looks_like_guid("02bd9fd6x8f93-4758-87c3-1fb73740a315"));
    }
}
