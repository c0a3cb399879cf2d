//! `sf record …`: small writes and reads through sObject REST, one file per command. What
//! they share: the fields of a write, checked against describe before anything is sent,
//! and one output row per record with the org's errors; any refused record makes the exit 4.

mod create;
mod delete;
mod get;
mod update;
mod upsert;

use serde::Serialize;
use serde_json::{Map, Value};

use super::Context;
use crate::cli::sf::{RecordCommand, RecordFieldArgs};
use crate::commands::block_on;
use crate::error::{AppError, ExitKind};
use crate::output::TypedRows;
use crate::salesforce::Client;
use crate::salesforce::writes::{self, Outcome};

pub fn run(ctx: &Context, c: RecordCommand) -> anyhow::Result<()> {
    match c {
        RecordCommand::Get(a) => get::run(ctx, a),
        RecordCommand::Create(a) => create::run(ctx, a),
        RecordCommand::Update(a) => update::run(ctx, a),
        RecordCommand::Upsert(a) => upsert::run(ctx, a),
        RecordCommand::Delete(a) => delete::run(ctx, a),
    }
}

/// The fields of a one-record write: the JSON object, then each `--field` over it.
fn fields(w: &RecordFieldArgs) -> anyhow::Result<Map<String, Value>> {
    let mut out = match &w.json {
        None => Map::new(),
        Some(path) => match crate::commands::field_values::json_records(path)?.as_slice() {
            [one] => one.clone(),
            _ => {
                return Err(AppError::usage(format!(
                    "--json {}: one record (a JSON object) for this write",
                    path.display()
                ))
                .into());
            }
        },
    };
    out.extend(crate::commands::field_values::pairs(
        &w.fields,
        "Name='Acme'",
    )?);
    if out.is_empty() {
        return Err(AppError::usage("no fields: give --field NAME=VALUE or --json FILE").into());
    }
    Ok(out)
}

/// Refuse, before anything is sent, field names the object does not have or cannot take in
/// this write (`flag`: createable or updateable): the org would refuse the whole call.
fn check(
    client: &Client,
    object: &str,
    names: &[&str],
    flag: &str,
    skip: bool,
) -> anyhow::Result<()> {
    if skip || names.is_empty() {
        return Ok(());
    }
    let describe = block_on(crate::salesforce::describe(client, Some(object)))?;
    let problems = writes::check_fields(&describe, names, flag);
    if problems.is_empty() {
        return Ok(());
    }
    Err(
        AppError::usage(format!("{object}: {}", problems.join("; ")))
            .with_hint(
                "atomctl sf describe OBJECT lists the fields; --no-check sends them as they are",
            )
            .into(),
    )
}

/// One record of a write, as the org answered for it.
#[derive(Serialize, Default)]
struct OutcomeRow {
    object: String,
    id: Option<String>,
    success: bool,
    /// Whether an upsert created the record (a create always does).
    created: Option<bool>,
    /// The org's errors: `STATUS_CODE: message [fields]`, `; `-separated.
    errors: String,
}

/// A row per record; exit 4 when the org refused any of them.
fn report(ctx: &Context, object: &str, outcomes: &[Outcome], verb: &str) -> anyhow::Result<()> {
    let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
    for o in outcomes {
        let errors: Vec<String> = o
            .errors
            .iter()
            .map(|e| {
                let fields = if e.fields.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", e.fields.join(", "))
                };
                format!("{}: {}{fields}", e.status_code, e.message)
            })
            .collect();
        w.write(&OutcomeRow {
            object: object.to_owned(),
            id: o.id.clone(),
            success: o.success,
            created: o.created,
            errors: errors.join("; "),
        })?;
    }
    w.finish()?.commit()?;
    let done = outcomes.iter().filter(|o| o.success).count();
    ctx.count(done as u64);
    let refused = outcomes.len() - done;
    let ids: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.success)
        .filter_map(|o| o.id.as_deref())
        .collect();
    ctx.audit_detail(format!(
        "{object}: {done} {verb}, {refused} refused; ids {}",
        if ids.is_empty() {
            "-".to_owned()
        } else {
            ids.join(",")
        }
    ));
    if refused > 0 {
        return Err(AppError::new(
            ExitKind::Partial,
            format!(
                "the org refused {refused} of {} record(s); {done} {verb}",
                outcomes.len()
            ),
        )
        .with_hint("each refused record's errors are in its row")
        .into());
    }
    Ok(())
}
