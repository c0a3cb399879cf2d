use std::io::Write;

use super::{Context, absolute_key, lookup, read_doc};
use crate::error::AppError;

pub fn run(ctx: &Context, key: &str) -> anyhow::Result<()> {
    let full = absolute_key(ctx, key)?;
    let doc = read_doc(ctx)?;
    let item = lookup(&doc, &full)
        .filter(|i| !i.is_none())
        .ok_or_else(|| {
            AppError::failed(format!("`{}` is not set", full.join(".")))
                .with_hint("`atomctl config show` lists what is set")
        })?;
    let mut sink = ctx.globals.sink()?;
    match item.as_value() {
        Some(v) if v.is_str() => writeln!(sink, "{}", v.as_str().unwrap_or_default())?,
        Some(v) => writeln!(sink, "{}", v.to_string().trim())?,
        None => writeln!(sink, "{}", item.to_string().trim())?,
    }
    sink.commit()?;
    Ok(())
}
