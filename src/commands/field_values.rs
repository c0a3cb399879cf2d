//! The fields a write command sets, whatever the system: `--field NAME=VALUE` (repeated) and
//! `--json FILE|-` (an object, or for commands that take several records an array of them).

use std::path::Path;

use serde_json::{Map, Value};

use crate::error::AppError;

/// `NAME=VALUE` pairs, in order; a later one wins.
pub fn pairs(fields: &[String], example: &str) -> Result<Map<String, Value>, AppError> {
    let mut out = Map::new();
    for f in fields {
        let Some((name, value)) = f.split_once('=') else {
            return Err(AppError::usage(format!("--field {f}: not NAME=VALUE"))
                .with_hint(format!("--field {example}")));
        };
        out.insert(name.trim().to_owned(), Value::String(value.to_owned()));
    }
    Ok(out)
}

/// The JSON document in `path` (`-`: standard input).
pub fn json_file(path: &Path) -> Result<Value, AppError> {
    let text = if path.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())
            .map_err(|e| AppError::usage(format!("--json -: {e}")))?
    } else {
        std::fs::read_to_string(path)
            .map_err(|e| AppError::usage(format!("--json {}: {e}", path.display())))?
    };
    serde_json::from_str(&text)
        .map_err(|e| AppError::usage(format!("--json {}: {e}", path.display())))
}

/// The records of a `--json` document: an object is one, an array of objects several.
pub fn json_records(path: &Path) -> Result<Vec<Map<String, Value>>, AppError> {
    let not_records = || {
        AppError::usage(format!(
            "--json {}: not a JSON object of field names and values (or an array of them)",
            path.display()
        ))
    };
    match json_file(path)? {
        Value::Object(o) => Ok(vec![o]),
        Value::Array(items) => items
            .into_iter()
            .map(|i| match i {
                Value::Object(o) => Ok(o),
                _ => Err(not_records()),
            })
            .collect(),
        _ => Err(not_records()),
    }
}
