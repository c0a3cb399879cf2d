use serde_json::json;

use super::{Context, after_output, build, headline_only, write_rows};
use crate::analytics::reports::LIST;
use crate::cli::analytics::ReportArgs;
use crate::output::{Format, RowWriter};

pub fn run(ctx: &Context, a: ReportArgs) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    if a.list {
        let mut w = RowWriter::new(
            ctx.globals.sink()?,
            format,
            vec!["report".into(), "what".into()],
        );
        for (name, what) in LIST {
            w.write_row(&[json!(name), json!(what)])?;
        }
        w.finish()?.commit()?;
        return Ok(());
    }
    let name = a.name.expect("clap requires a name without --list");
    let mut built = build(ctx, &name, &a.opts)?;
    let report = &mut built.report;
    ctx.count(report.rows.len() as u64);
    // A wide report shows a person the columns read first; programs get them all.
    if a.opts.columns.is_empty() && !a.all_columns && format == Format::Table {
        headline_only(
            report,
            "--all-columns shows them all, --columns NAME,… picks them (CSV and JSON always have them all)",
        )?;
    }
    write_rows(ctx, report, ctx.globals.sink()?, format)?;
    after_output(built, &a.opts)
}
