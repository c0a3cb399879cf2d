use serde_json::json;

use super::{Context, build, write_rows};
use crate::analytics::reports::LIST;
use crate::cli::analytics::ReportArgs;
use crate::output::RowWriter;

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
    let (report, _) = build(ctx, &name, &a.opts)?;
    ctx.count(report.rows.len() as u64);
    write_rows(ctx, &report, ctx.globals.sink()?, format)
}
