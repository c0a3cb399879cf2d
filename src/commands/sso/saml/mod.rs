mod authn_url;
mod decode;
mod idp_check;
mod keygen;
mod metadata;
mod validate;

use std::path::Path;

use super::Context;
use crate::cli::sso::SamlCommand;
use crate::commands::block_on;
use crate::error::AppError;
use crate::settings::IdpSource;
use crate::sso::saml::SamlError;
use crate::sso::saml::idp::IdpMetadata;
use crate::sso::saml::source;

pub fn run(ctx: &Context, cmd: SamlCommand) -> anyhow::Result<()> {
    match cmd {
        SamlCommand::Keygen(a) => keygen::run(ctx, a),
        SamlCommand::Metadata(a) => metadata::run(ctx, a),
        SamlCommand::IdpCheck(a) => idp_check::run(ctx, a),
        SamlCommand::AuthnUrl(a) => authn_url::run(ctx, a),
        SamlCommand::Validate(a) => validate::run(ctx, a),
        SamlCommand::Decode(a) => decode::run(ctx, a),
    }
}

/// A file's text, or stdin's for `-`.
fn read_text(source: &str, what: &str) -> Result<String, SamlError> {
    source::read_text(source, what)
}

/// Metadata from a file, stdin or a URL (https, or http on loopback).
fn fetch_metadata(source: &str, ca_file: Option<&Path>) -> Result<String, SamlError> {
    block_on(source::fetch_metadata(source, ca_file))
}

/// The IdP's metadata for use at `now`, its signature checked when a trust certificate is
/// configured.
fn load_idp(src: &IdpSource, now: time::OffsetDateTime) -> anyhow::Result<IdpMetadata> {
    Ok(block_on(source::load_idp(src.location()?, now))?)
}

/// `--now` or the clock.
fn instant(now: Option<&str>) -> Result<time::OffsetDateTime, AppError> {
    match now {
        None => Ok(time::OffsetDateTime::now_utc()),
        Some(t) => crate::sso::saml::parse_instant(t).ok_or_else(|| {
            AppError::usage(format!("--now {t:?} is not an RFC 3339 timestamp"))
                .with_hint("e.g. 2026-11-26T12:00:00Z")
        }),
    }
}
