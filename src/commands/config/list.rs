use serde::Serialize;

use super::Context;
use crate::output::TypedRows;

pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let (file, active, _) = ctx.globals.load_profile()?;
    let format = ctx.globals.format();
    let mut w = TypedRows::new(ctx.globals.sink()?, format);
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
        if p.teams.is_some() {
            services.push("teams".into());
        }
        if p.snow.is_some() {
            services.push("snow".into());
        }
        w.write(&ProfileRow {
            profile: name.clone(),
            active: active.as_deref() == Some(name.as_str()),
            services,
        })?;
    }
    w.finish()?.commit()?;
    Ok(())
}

/// One profile of the config file.
#[derive(Serialize, Default)]
struct ProfileRow {
    profile: String,
    active: bool,
    /// What it configures: `ldap`, `sf`, `oidc:NAME`, `saml`, `teams`, `snow`.
    services: Vec<String>,
}
