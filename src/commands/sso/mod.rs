mod check;
mod token;
mod validate;

use super::Context;
use crate::cli::sso::{OidcCommand, SsoCommand};
use crate::error::AppError;
use crate::output::{Format, RowWriter};
use crate::settings::OidcSettings;
use crate::sso::checks::{Checklist, Status};

pub fn run(ctx: &Context, cmd: SsoCommand) -> anyhow::Result<()> {
    match cmd {
        SsoCommand::Oidc(OidcCommand::Check(a)) => check::run(ctx, a),
        SsoCommand::Oidc(OidcCommand::Token(a)) => token::run(ctx, a),
        SsoCommand::Oidc(OidcCommand::Validate(a)) => validate::run(ctx, a),
    }
}

fn http(s: &OidcSettings) -> Result<reqwest::Client, AppError> {
    crate::http::client(s.ca_file.as_deref(), s.timeout).map_err(AppError::config)
}

/// A checklist for people (one row per item) or programs (one JSON object:
/// `{"issuer", "provider", "verdict", "checks": [{name, status, detail, ms}], …extra}`).
fn write_checklist(
    ctx: &Context,
    s: &OidcSettings,
    list: &Checklist,
    extra: serde_json::Map<String, serde_json::Value>,
) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    let mut sink = ctx.globals.sink()?;
    match format {
        Format::Json | Format::Ndjson => {
            let mut doc = serde_json::json!({
                "issuer": s.issuer,
                "provider": s.name,
                "verdict": list.verdict().name(),
                "checks": list.checks,
            });
            doc.as_object_mut().expect("an object").extend(extra);
            let text = if format == Format::Json {
                serde_json::to_string_pretty(&doc)?
            } else {
                doc.to_string()
            };
            std::io::Write::write_all(&mut sink, text.as_bytes())?;
            std::io::Write::write_all(&mut sink, b"\n")?;
            sink.commit()?;
        }
        Format::Table | Format::Csv => {
            let mut w = RowWriter::new(
                sink,
                format,
                ["check", "status", "detail", "ms"]
                    .map(String::from)
                    .to_vec(),
            );
            for c in &list.checks {
                w.write_row(&[
                    serde_json::Value::from(c.name.clone()),
                    c.status.name().into(),
                    c.detail.clone().into(),
                    c.ms.map_or(serde_json::Value::Null, Into::into),
                ])?;
            }
            w.finish()?.commit()?;
        }
        Format::Ldif => {
            return Err(AppError::usage("a checklist cannot be written as ldif")
                .with_hint("use --format table|csv|json|ndjson")
                .into());
        }
    }
    Ok(())
}

/// Exit 3 when an item failed (or warned, with `strict`).
fn verdict_exit(list: &Checklist, strict: bool, what: &str) -> anyhow::Result<()> {
    let v = list.verdict();
    if v == Status::Fail || (strict && v == Status::Warn) {
        let failed: Vec<&str> = list
            .checks
            .iter()
            .filter(|c| c.status == Status::Fail || (strict && c.status == Status::Warn))
            .map(|c| c.name.as_str())
            .collect();
        return Err(AppError::new(
            crate::error::ExitKind::CheckFailed,
            format!("{what}: {}", failed.join(", ")),
        )
        .into());
    }
    Ok(())
}
