//! Who the connection is: the user's record (name, time zone) and roles, as far as the
//! user may read them. An empty time zone means the instance's default
//! (`glide.sys.default.tz`), which the Table API does not show.

use serde_json::Value;

use super::SnowError;
use super::client::Snow;

#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub sys_id: Option<String>,
    pub name: Option<String>,
    /// The user's own time zone; None when it is the instance's default.
    pub time_zone: Option<String>,
    /// None when sys_user_has_role is not readable.
    pub roles: Option<Vec<String>>,
}

fn rows(doc: &Value) -> Vec<&serde_json::Map<String, Value>> {
    doc.get("result")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_object).collect())
        .unwrap_or_default()
}

fn text(row: &serde_json::Map<String, Value>, k: &str) -> Option<String> {
    row.get(k)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// Read what this user may about `user`. A failure to read is not an error of the
/// connection (it answered): the pieces stay unknown.
pub async fn identity(snow: &Snow, user: &str) -> Result<Identity, SnowError> {
    let quoted = user.replace('^', "^^");
    let mut id = Identity::default();
    match snow
        .get(
            "api/now/table/sys_user",
            &[
                ("sysparm_query", format!("user_name={quoted}")),
                ("sysparm_fields", "sys_id,name,time_zone".into()),
                ("sysparm_limit", "1".into()),
                ("sysparm_no_count", "true".into()),
            ],
        )
        .await
    {
        Ok(a) => {
            if let Some(r) = rows(&a.doc()?).first() {
                id.sys_id = text(r, "sys_id");
                id.name = text(r, "name");
                id.time_zone = text(r, "time_zone");
            }
        }
        Err(SnowError::Api {
            status: 403 | 404, ..
        }) => {}
        Err(e) => return Err(e),
    }
    match snow
        .get(
            "api/now/table/sys_user_has_role",
            &[
                ("sysparm_query", format!("user.user_name={quoted}")),
                ("sysparm_fields", "role".into()),
                ("sysparm_display_value", "true".into()),
                ("sysparm_exclude_reference_link", "true".into()),
                ("sysparm_limit", "1000".into()),
                ("sysparm_no_count", "true".into()),
            ],
        )
        .await
    {
        Ok(a) => {
            let mut roles: Vec<String> = rows(&a.doc()?)
                .iter()
                .filter_map(|r| text(r, "role"))
                .collect();
            roles.sort();
            roles.dedup();
            // Row ACLs hide the roles of others, and sometimes one's own: none read is
            // "not readable", not "no roles" (every integration user has one).
            id.roles = (!roles.is_empty()).then_some(roles);
        }
        Err(SnowError::Api {
            status: 403 | 404, ..
        })
        | Err(SnowError::InvalidTable(_)) => {}
        Err(e) => return Err(e),
    }
    Ok(id)
}
