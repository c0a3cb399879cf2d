//! `sf record create OBJECT --field …|--json FILE`: one record by sObject REST, several (a
//! JSON array) by collections, 200 per request. POSTed once: a lost answer is reported as
//! unconfirmed, never sent again.

use super::super::{connect, keep_renewed};
use super::{Context, check, report};
use crate::cli::sf::RecordCreateArgs;
use crate::commands::block_on;
use crate::commands::field_values::{json_records, pairs};
use crate::error::AppError;
use crate::salesforce::writes;
use crate::settings::salesforce;

pub fn run(ctx: &Context, args: RecordCreateArgs) -> anyhow::Result<()> {
    let RecordCreateArgs {
        object,
        write,
        all_or_none,
        conn,
    } = args;
    let given = pairs(&write.fields, "Name='Acme'")?;
    let mut records = match &write.json {
        Some(path) => json_records(path)?,
        None => vec![serde_json::Map::new()],
    };
    for r in &mut records {
        r.extend(given.clone());
    }
    if records.iter().all(serde_json::Map::is_empty) {
        return Err(AppError::usage("no fields: give --field NAME=VALUE or --json FILE").into());
    }
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "record create")?;
    let mut names: Vec<&str> = records
        .iter()
        .flat_map(|r| r.keys().map(String::as_str))
        .collect();
    names.sort_unstable();
    names.dedup();
    check(&client, &object, &names, "createable", write.no_check)?;
    let outcomes = block_on(writes::create(&client, &object, records, all_or_none));
    keep_renewed(ctx, &mut s, &client);
    report(ctx, &object, &outcomes?, "created")
}
