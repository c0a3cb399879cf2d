use std::io::Write;

use super::Context;
use crate::cli::sso::{IdpArgs, MetadataArgs};
use crate::settings::saml;
use crate::sso::saml::metadata;

pub fn run(ctx: &Context, a: MetadataArgs) -> anyhow::Result<()> {
    let s = saml(&ctx.globals, &a.sp, &IdpArgs::default())?;
    let xml = metadata::build(
        &s.sp,
        &metadata::Options {
            sign: a.sign,
            valid_days: a.valid_days,
            now: time::OffsetDateTime::now_utc(),
        },
    )?;
    let mut sink = ctx.globals.sink()?;
    sink.write_all(xml.as_bytes())?;
    if !xml.ends_with('\n') {
        sink.write_all(b"\n")?;
    }
    sink.commit()?;
    Ok(())
}
