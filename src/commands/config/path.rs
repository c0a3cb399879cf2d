use std::io::Write;

use super::Context;

pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let mut sink = ctx.globals.sink()?;
    writeln!(sink, "{}", ctx.globals.config_path.display())?;
    sink.commit()?;
    Ok(())
}
