//! `snow resolve TABLE KEY --close-code C --close-notes N`: the state, code and notes in one
//! write; without a code and notes it is refused here, as most instances refuse it.

use serde_json::Value;

use super::Context;
use super::update::apply;
use crate::cli::snow::ResolveArgs;
use crate::error::AppError;

pub fn run(ctx: &Context, args: ResolveArgs) -> anyhow::Result<()> {
    let ResolveArgs {
        table,
        key,
        close_code,
        close_notes,
        state,
        write: w,
        conn,
    } = args;
    let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    let missing: Vec<&str> = [
        ("--close-code", &close_code),
        ("--close-notes", &close_notes),
    ]
    .into_iter()
    .filter(|(_, v)| !given(v))
    .map(|(f, _)| f)
    .collect();
    if !missing.is_empty() {
        return Err(AppError::usage(format!(
            "resolving needs {}: most instances refuse a resolution without a close code and notes",
            missing.join(" and ")
        ))
        .with_hint("--close-code 'Solved (Permanently)' --close-notes 'Replaced the toner'")
        .into());
    }
    let mut values = super::fields::collect(&w)?;
    values.insert("state".into(), Value::String(state));
    values.insert(
        "close_code".into(),
        Value::String(close_code.unwrap_or_default()),
    );
    values.insert(
        "close_notes".into(),
        Value::String(close_notes.unwrap_or_default()),
    );
    apply(ctx, &table, &key, values, &w, conn, "resolve")
}
