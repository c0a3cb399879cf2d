//! Counting on the instance (the Aggregate API, reference/servicenow.md §5):
//! `/api/now/stats/{table}?sysparm_count=true&sysparm_group_by=a,b&sysparm_query=…`. Counts
//! come back as strings; each group names its fields' values (and display values when
//! asked). An ACL that hides any row of the table refuses the whole count (403).

use serde_json::Value;

use super::SnowError;
use super::client::Snow;

/// One group: its fields' raw and display values in `group_by` order, and its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub values: Vec<(Option<String>, Option<String>)>,
    pub count: u64,
}

fn count_of(stats: Option<&Value>) -> Result<u64, SnowError> {
    let c = stats.and_then(|s| s.get("count"));
    match c {
        Some(Value::String(s)) => s.trim().parse().ok(),
        Some(Value::Number(n)) => n.as_u64(),
        _ => None,
    }
    .ok_or_else(|| SnowError::Protocol("an aggregate without a count".into()))
}

/// Count the rows of `table` matching `query`, per combination of `group_by` values.
pub async fn count(
    snow: &Snow,
    table: &str,
    query: &str,
    group_by: &[String],
) -> Result<Vec<Group>, SnowError> {
    let mut params = vec![
        ("sysparm_count", "true".to_owned()),
        ("sysparm_query", query.to_owned()),
        ("sysparm_display_value", "all".to_owned()),
    ];
    if !group_by.is_empty() {
        params.push(("sysparm_group_by", group_by.join(",")));
    }
    let a = snow.get(&format!("api/now/stats/{table}"), &params).await?;
    let doc = a.doc()?;
    let result = doc
        .get("result")
        .ok_or_else(|| SnowError::Protocol(format!("{table}: no `result` in the aggregate")))?;
    let groups: Vec<&Value> = match result {
        Value::Array(g) => g.iter().collect(),
        one @ Value::Object(_) => vec![one],
        _ => {
            return Err(SnowError::Protocol(format!(
                "{table}: an aggregate of no shape"
            )));
        }
    };
    groups
        .into_iter()
        .map(|g| {
            let fields = g.get("groupby_fields").and_then(Value::as_array);
            let values = group_by
                .iter()
                .map(|f| {
                    let entry = fields
                        .into_iter()
                        .flatten()
                        .find(|e| e.get("field").and_then(Value::as_str) == Some(f.as_str()));
                    let text = |k: &str| {
                        entry
                            .and_then(|e| e.get(k))
                            .and_then(Value::as_str)
                            .map(str::to_owned)
                    };
                    (text("value"), text("display_value"))
                })
                .collect();
            Ok(Group {
                values,
                count: count_of(g.get("stats"))?,
            })
        })
        .collect()
}
