use std::io::Write;

use super::Context;

/// `atomctl completions SHELL`: the script on stdout (or -o FILE).
pub fn run(ctx: &Context, shell: clap_complete::Shell) -> anyhow::Result<()> {
    let mut sink = ctx.globals.sink()?;
    sink.write_all(&crate::docs::completion(shell))?;
    sink.commit()?;
    Ok(())
}
