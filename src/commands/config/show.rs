use serde_json::Value;

use super::Context;
use crate::error::AppError;
use crate::output::{TableLayout, TypedRows};

/// Show a profile as `key = value` rows. Secrets are not in the file, only where they come
/// from, so everything here is safe to print.
pub fn run(ctx: &Context, name: Option<String>) -> anyhow::Result<()> {
    let (file, active, _) = ctx.globals.load_profile()?;
    let name = name.or(active).ok_or_else(|| {
        AppError::missing_setting("no profile named and none active")
            .with_hint("`atomctl config show NAME`, or see `atomctl config list`")
    })?;
    let profile = crate::config::select_profile(&file, Some(&name))?.expect("selected");
    let format = ctx.globals.format();
    let value = serde_json::to_value(&profile)?;
    let mut rows = Vec::new();
    flatten("", &value, &mut rows);
    let mut w = TypedRows::new(ctx.globals.sink()?, format).layout(TableLayout::Rows);
    for (key, value) in rows {
        w.write(&Setting { key, value })?;
    }
    w.finish()?.commit()?;
    Ok(())
}

fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        Value::Null => {}
        other => out.push((prefix.to_owned(), other.clone())),
    }
}

/// One setting, by its dotted key (`ldap.base_dn`, `oidc.okta.issuer`).
#[derive(serde::Serialize, Default)]
struct Setting {
    key: String,
    value: Value,
}
