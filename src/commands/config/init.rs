use std::io::Write;

use super::Context;
use crate::error::AppError;
use crate::output::Sink;

pub fn run(ctx: &Context, force: bool) -> anyhow::Result<()> {
    let path = &ctx.globals.config_path;
    if path.exists() && !force {
        return Err(
            AppError::failed(format!("{} already exists", path.display()))
                .with_hint("pass --force to replace it, or edit it with `atomctl config set`")
                .into(),
        );
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut sink = Sink::file(path, crate::files::Access::Ordinary)?;
    sink.write_all(crate::config::TEMPLATE.as_bytes())?;
    sink.commit()?;
    ctx.globals.ui.info(format!(
        "wrote {} with an example profile `corp`; edit it or use `atomctl config set`",
        path.display()
    ));
    Ok(())
}
