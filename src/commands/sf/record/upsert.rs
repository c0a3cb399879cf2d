//! `sf record upsert OBJECT FIELD VALUE --field …`: create or update the record whose
//! external id FIELD is VALUE; several matching records are an error and nothing is written.

use super::super::{connect, keep_renewed};
use super::{Context, check, fields, report};
use crate::cli::sf::RecordUpsertArgs;
use crate::commands::block_on;
use crate::salesforce::writes;
use crate::settings::salesforce;

pub fn run(ctx: &Context, args: RecordUpsertArgs) -> anyhow::Result<()> {
    let RecordUpsertArgs {
        object,
        field,
        value,
        write,
        conn,
    } = args;
    let values = fields(&write)?;
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "record upsert")?;
    let names: Vec<&str> = values.keys().map(String::as_str).collect();
    check(&client, &object, &names, "createable", write.no_check)?;
    let outcome = block_on(writes::upsert(&client, &object, &field, &value, &values));
    keep_renewed(ctx, &mut s, &client);
    report(ctx, &object, &[outcome?], "written")
}
