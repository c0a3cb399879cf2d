//! `snow create TABLE`: the fields checked, a marker in correlation_id so that a lost
//! answer is looked for instead of sent twice, and the record as the instance made it.

use super::{Context, connect, fields};
use crate::cli::snow::CreateArgs;
use crate::commands::block_on;
use crate::error::AppError;
use crate::settings::snow as settings;
use crate::snow::write::{self, WriteOptions};

pub fn run(ctx: &Context, args: CreateArgs) -> anyhow::Result<()> {
    let CreateArgs {
        table,
        write: w,
        conn,
    } = args;
    let mut values = fields::collect(&w)?;
    if values.is_empty() {
        return Err(
            AppError::usage("nothing to create: no --field and no --json")
                .with_hint("--field short_description='…' --field impact=2 --field urgency=2")
                .into(),
        );
    }
    write::check(&table, &values, None).map_err(AppError::from_class)?;
    let display = super::display(w.display_value);
    let s = settings::snow(&ctx.globals, &conn)?;
    let snow = connect(ctx, &s, "create")?;
    let created = block_on(async {
        let dict = fields::check_names(&snow, &table, &values, !w.no_check).await?;
        if fields::has_field(dict.as_ref(), &table, write::MARKER_FIELD) {
            values
                .entry(write::MARKER_FIELD)
                .or_insert_with(|| write::marker().into());
        }
        let o = WriteOptions {
            input_display: w.input_display_value,
            display,
        };
        write::create(&snow, &table, &values, &o).await
    });
    super::keep(ctx, &s, &snow);
    let created = created.map_err(AppError::from_class)?;
    if created.recovered {
        ctx.globals.ui.warn(
            "the instance's first answer was lost; the record it made was found by its correlation_id and nothing was sent twice",
        );
    }
    ctx.count(1);
    let columns = fields::shown_columns(&created.record, &values);
    fields::show(ctx, &created.record, &columns, display, &Default::default())
}
