use serde_json::json;

use super::Context;
use crate::output::{ROW_FORMATS, RowWriter};

pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let (file, active, _) = ctx.globals.load_profile()?;
    let format = ctx
        .globals
        .format()
        .require(ROW_FORMATS, "a profile list")?;
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        format,
        vec!["profile".into(), "active".into(), "services".into()],
    );
    for (name, p) in &file.profiles {
        let mut services: Vec<String> =
            [p.ldap.as_ref().map(|_| "ldap"), p.sf.as_ref().map(|_| "sf")]
                .into_iter()
                .flatten()
                .map(str::to_owned)
                .collect();
        services.extend(p.oidc.keys().map(|k| format!("oidc:{k}")));
        if p.saml.is_some() {
            services.push("saml".into());
        }
        w.write_row(&[
            json!(name),
            json!(active.as_deref() == Some(name.as_str())),
            json!(services),
        ])?;
    }
    w.finish()?.commit()?;
    Ok(())
}
