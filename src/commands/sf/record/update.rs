//! `sf record update OBJECT ID… --field …`: the same fields on every record named; one by
//! sObject REST, several by collections.

use super::super::{connect, keep_renewed};
use super::{Context, check, fields, report};
use crate::cli::sf::RecordUpdateArgs;
use crate::commands::block_on;
use crate::salesforce::writes;
use crate::settings::salesforce;

pub fn run(ctx: &Context, args: RecordUpdateArgs) -> anyhow::Result<()> {
    let RecordUpdateArgs {
        object,
        ids,
        write,
        all_or_none,
        conn,
    } = args;
    let values = fields(&write)?;
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "record update")?;
    let names: Vec<&str> = values.keys().map(String::as_str).collect();
    check(&client, &object, &names, "updateable", write.no_check)?;
    let outcomes = block_on(writes::update(&client, &object, &ids, &values, all_or_none));
    keep_renewed(ctx, &mut s, &client);
    report(ctx, &object, &outcomes?, "updated")
}
