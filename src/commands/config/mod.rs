mod check;
mod get;
mod init;
mod list;
mod path;
mod set;
mod show;

use toml_edit::{DocumentMut, Item};

use super::Context;
use crate::cli::config::ConfigCommand;
use crate::error::AppError;

pub fn run(ctx: &Context, cmd: ConfigCommand) -> anyhow::Result<()> {
    match cmd {
        ConfigCommand::Init { force } => init::run(ctx, force),
        ConfigCommand::List => list::run(ctx),
        ConfigCommand::Show { name } => show::run(ctx, name),
        ConfigCommand::Get { key } => get::run(ctx, &key),
        ConfigCommand::Set { key, value } => set::run(ctx, &key, &value),
        ConfigCommand::Path => path::run(ctx),
        ConfigCommand::Check => check::run(ctx),
    }
}

/// `ldap.base_dn` means the active profile's; `profiles.x.…` and `default_profile` are absolute.
fn absolute_key(ctx: &Context, key: &str) -> Result<Vec<String>, AppError> {
    let parts: Vec<String> = key.split('.').map(str::to_owned).collect();
    if parts.iter().any(String::is_empty) {
        return Err(AppError::usage(format!("`{key}` is not a key"))
            .with_hint("keys look like ldap.base_dn or profiles.corp.ldap.urls"));
    }
    if parts[0] == "profiles" || parts[0] == "default_profile" {
        return Ok(parts);
    }
    let file = ctx.globals.load_config()?;
    let name = crate::config::profile_name(ctx.globals.profile_flag.as_deref(), &file).ok_or_else(
        || {
            AppError::missing_setting(format!(
                "`{key}` is relative to a profile, but no profile is active"
            ))
            .with_hint("use --profile NAME or a full key such as profiles.corp.ldap.base_dn")
        },
    )?;
    let mut full = vec!["profiles".to_owned(), name];
    full.extend(parts);
    Ok(full)
}

fn read_doc(ctx: &Context) -> Result<DocumentMut, AppError> {
    let path = &ctx.globals.config_path;
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(AppError::config(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    text.parse::<DocumentMut>()
        .map_err(|e| AppError::config(format!("{} is not valid TOML: {e}", path.display())))
}

fn lookup<'d>(doc: &'d DocumentMut, key: &[String]) -> Option<&'d Item> {
    let mut item = doc.as_item();
    for k in key {
        item = item.get(k)?;
    }
    Some(item)
}
