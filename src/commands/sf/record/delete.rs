//! `sf record delete OBJECT ID…`: to the recycle bin; one by sObject REST, several by
//! collections.

use super::super::{connect, keep_renewed};
use super::{Context, report};
use crate::cli::sf::RecordDeleteArgs;
use crate::commands::block_on;
use crate::salesforce::writes;
use crate::settings::salesforce;

pub fn run(ctx: &Context, args: RecordDeleteArgs) -> anyhow::Result<()> {
    let RecordDeleteArgs {
        object,
        ids,
        all_or_none,
        conn,
    } = args;
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "record delete")?;
    let outcomes = block_on(writes::delete(&client, &ids, &object, all_or_none));
    keep_renewed(ctx, &mut s, &client);
    report(ctx, &object, &outcomes?, "deleted")
}
