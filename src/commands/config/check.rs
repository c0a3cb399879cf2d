use std::time::Instant;

use serde_json::json;

use super::Context;
use crate::cli::ldap::ConnArgs;
use crate::error::{AppError, ExitKind};
use crate::ldap::Directory;
use crate::output::{ROW_FORMATS, RowWriter};

/// Connect to each service the profile configures and report one row per service.
pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let (_, name, profile) = ctx.globals.load_profile()?;
    let Some(profile) = profile else {
        return Err(AppError::config("no profile is active")
            .with_hint("use --profile NAME or set default_profile")
            .into());
    };
    let format = ctx
        .globals
        .format()
        .require(ROW_FORMATS, "a check report")?;
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        format,
        ["service", "status", "target", "detail", "latency_ms"]
            .map(String::from)
            .to_vec(),
    );
    let mut failed = 0;
    if profile.ldap.is_some() {
        let started = Instant::now();
        let outcome = crate::settings::ldap(&ctx.globals, &ConnArgs::default())
            .map_err(anyhow::Error::from)
            .and_then(|s| {
                ctx.touched(
                    "ldap",
                    "config check",
                    name.as_deref().unwrap_or(""),
                    &s.conn.urls.join(" "),
                );
                super::super::block_on(async {
                    let dir = Directory::connect(&s.conn).await?;
                    let detail = format!("{} server, base {}", dir.kind.name(), dir.base);
                    let url = dir.url.clone();
                    dir.unbind().await;
                    Ok::<_, anyhow::Error>((url, detail))
                })
            });
        let ms = started.elapsed().as_millis() as u64;
        match outcome {
            Ok((url, detail)) => w.write_row(&[
                json!("ldap"),
                json!("ok"),
                json!(url),
                json!(detail),
                json!(ms),
            ])?,
            Err(e) => {
                failed += 1;
                let detail = e
                    .chain()
                    .map(|c| c.to_string())
                    .collect::<Vec<_>>()
                    .join(": ");
                w.write_row(&[
                    json!("ldap"),
                    json!("fail"),
                    json!(null),
                    json!(detail),
                    json!(ms),
                ])?
            }
        }
    }
    w.finish()?.commit()?;
    if failed > 0 {
        return Err(AppError::new(
            ExitKind::CheckFailed,
            format!("{failed} service(s) failed the check"),
        )
        .into());
    }
    Ok(())
}
