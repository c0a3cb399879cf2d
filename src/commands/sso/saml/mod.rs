mod authn_url;
mod decode;
mod idp_check;
mod keygen;
mod metadata;
mod validate;

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use super::Context;
use crate::cli::sso::SamlCommand;
use crate::commands::block_on;
use crate::error::{AppError, ExitKind};
use crate::http::Transport;
use crate::settings::{IdpSource, saml_error};
use crate::sso::saml::idp::{self, IdpMetadata};
use crate::sso::saml::keys;

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

/// Metadata and messages larger than this are refused (a metadata aggregate of a big
/// federation is ~60 MB; nothing an SP handles is near that).
const MAX_DOCUMENT: u64 = 100 << 20;

/// A file's text, or stdin's for `-`.
fn read_text(source: &str, what: &str) -> Result<String, AppError> {
    let mut text = String::new();
    let result = if source == "-" {
        std::io::stdin()
            .take(MAX_DOCUMENT)
            .read_to_string(&mut text)
    } else {
        std::fs::File::open(source).and_then(|f| f.take(MAX_DOCUMENT).read_to_string(&mut text))
    };
    result.map_err(|e| {
        AppError::usage(format!(
            "cannot read the {what} from {}: {e}",
            if source == "-" { "stdin" } else { source }
        ))
    })?;
    Ok(text)
}

/// Metadata from a file, stdin or a URL. URLs must be https (http only on loopback): metadata
/// is where trust comes from.
fn fetch_metadata(source: &str, ca_file: Option<&Path>) -> Result<String, AppError> {
    if !(source.starts_with("https://") || source.starts_with("http://")) {
        return read_text(source, "metadata");
    }
    match crate::http::transport(source).map_err(AppError::usage)? {
        Transport::Https | Transport::LoopbackHttp => {}
        Transport::PlainHttp => {
            return Err(AppError::usage(format!(
                "{source}: metadata over plain http could be replaced on the way"
            ))
            .with_hint("use https, or download it and check it with --trust-cert"));
        }
    }
    let http = crate::http::client(ca_file, Duration::from_secs(30)).map_err(AppError::config)?;
    block_on(async {
        let resp = http
            .get(source)
            .send()
            .await
            .map_err(|e| AppError::new(ExitKind::Unavailable, format!("{source}: {e}")))?;
        let status = resp.status();
        if !status.is_success() {
            return Err(AppError::new(
                ExitKind::Unavailable,
                format!("{source}: HTTP {}", status.as_u16()),
            ));
        }
        if resp.content_length().is_some_and(|n| n > MAX_DOCUMENT) {
            return Err(AppError::failed(format!("{source}: larger than 100 MB")));
        }
        resp.text()
            .await
            .map_err(|e| AppError::new(ExitKind::Unavailable, format!("{source}: {e}")))
    })
}

/// The IdP's metadata, its signature checked when a trust certificate is configured.
pub(crate) fn load_idp(src: &IdpSource) -> Result<IdpMetadata, AppError> {
    let Some(source) = &src.metadata else {
        return Err(AppError::usage("no IdP metadata").with_hint(
            "set idp_metadata under [profiles.NAME.saml], or pass --idp-metadata FILE|URL",
        ));
    };
    let text = fetch_metadata(source, src.ca_file.as_deref())?;
    let trust = src
        .trust_cert
        .as_deref()
        .map(keys::read_cert)
        .transpose()
        .map_err(saml_error)?;
    idp::read_trusted(&text, src.entity_id.as_deref(), trust.as_slice()).map_err(|e| {
        AppError::new(ExitKind::CheckFailed, format!("IdP metadata {source}: {e}"))
            .with_hint("atomctl sso saml idp-check tells what is wrong with it")
    })
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
