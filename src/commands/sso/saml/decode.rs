use std::io::Write;

use super::{Context, read_text};
use crate::cli::sso::DecodeArgs;

use crate::sso::saml::{binding, xml};

pub fn run(ctx: &Context, a: DecodeArgs) -> anyhow::Result<()> {
    let input = if a.value == "-" {
        read_text("-", "value")?
    } else {
        a.value
    };
    let decoded = binding::decode(&input)?;
    if !decoded.steps.is_empty() {
        ctx.globals
            .ui
            .detail(format!("decoded: {}", decoded.steps.join(", then ")));
    }
    let doc = xml::parse(&decoded.xml)?;
    let mut sink = ctx.globals.sink()?;
    sink.write_all(xml::indent(&doc).as_bytes())?;
    sink.commit()?;
    Ok(())
}
