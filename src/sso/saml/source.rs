//! Where the IdP's metadata comes from, and the rules for trusting it: a file, stdin (`-`)
//! or a URL, and a URL only over https (plain http on loopback only), because metadata is
//! where trust comes from; the signature is checked when a trust certificate is configured.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use super::SamlError;
use super::idp::{self, IdpMetadata};
use super::keys;
use crate::http::Transport;
use time::OffsetDateTime;

/// Metadata and messages larger than this are refused (a metadata aggregate of a big
/// federation is ~60 MB; nothing an SP handles is near that).
const MAX_DOCUMENT: u64 = 100 << 20;

/// How the IdP's metadata is found and trusted.
#[derive(Debug, Clone, Copy)]
pub struct IdpLocation<'a> {
    /// A file, `-` for stdin, or an https URL.
    pub metadata: &'a str,
    /// A CA to add for the metadata URL.
    pub ca_file: Option<&'a Path>,
    /// The entity to pick from an aggregate.
    pub entity_id: Option<&'a str>,
    /// The certificate the metadata must be signed with.
    pub trust_cert: Option<&'a Path>,
    /// Use metadata whose validUntil has passed.
    pub allow_expired: bool,
    /// Accept a SHA-1 signature on the metadata.
    pub allow_sha1: bool,
}

/// A file's text, or stdin's for `-`. `what` names it in the error.
pub fn read_text(source: &str, what: &str) -> Result<String, SamlError> {
    let mut text = String::new();
    let result = if source == "-" {
        std::io::stdin()
            .take(MAX_DOCUMENT)
            .read_to_string(&mut text)
    } else {
        std::fs::File::open(source).and_then(|f| f.take(MAX_DOCUMENT).read_to_string(&mut text))
    };
    result.map_err(|e| {
        SamlError::Input(format!(
            "cannot read the {what} from {}: {e}",
            if source == "-" { "stdin" } else { source }
        ))
    })?;
    Ok(text)
}

/// Metadata from a file, stdin or a URL.
pub async fn fetch_metadata(source: &str, ca_file: Option<&Path>) -> Result<String, SamlError> {
    if !(source.starts_with("https://") || source.starts_with("http://")) {
        let source = source.to_owned();
        return blocking(move || read_text(&source, "metadata")).await;
    }
    match crate::http::transport(source).map_err(SamlError::Input)? {
        Transport::Https | Transport::LoopbackHttp => {}
        Transport::PlainHttp => {
            return Err(SamlError::Refused(format!(
                "{source}: metadata over plain http could be replaced on the way"
            )));
        }
    }
    // An aggregate of tens of MB may take a while; a server trickling bytes may not.
    let http =
        crate::http::document_client(ca_file, Duration::from_secs(30), Duration::from_secs(300))
            .map_err(SamlError::Key)?;
    let unavailable = |e: reqwest::Error| {
        SamlError::Unavailable(format!("{source}: {}", crate::http::describe(&e)))
    };
    let resp = http.get(source).send().await.map_err(unavailable)?;
    let status = resp.status();
    if !status.is_success() {
        return Err(SamlError::Unavailable(format!(
            "{source}: HTTP {}",
            status.as_u16()
        )));
    }
    let body = crate::http::read_capped(resp, crate::http::METADATA_CAP)
        .await
        .map_err(|e| SamlError::Input(format!("{source}: {e}")))?;
    String::from_utf8(body)
        .map_err(|_| SamlError::Input(format!("{source}: the metadata is not UTF-8")))
}

/// File and stdin reads are blocking work: off the runtime's workers.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, SamlError> + Send + 'static,
) -> Result<T, SamlError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| SamlError::Input("reading the metadata stopped".into()))?
}

/// The IdP's metadata for use at `now`: its signature checked when a trust certificate is
/// configured, SHA-1 refused and expired metadata refused unless the location allows them.
pub async fn load_idp(at: IdpLocation<'_>, now: OffsetDateTime) -> Result<IdpMetadata, SamlError> {
    let text = fetch_metadata(at.metadata, at.ca_file).await?;
    let trust = match at.trust_cert {
        Some(p) => {
            let p = p.to_owned();
            Some(blocking(move || keys::read_cert(&p)).await?)
        }
        None => None,
    };
    let md = idp::read_trusted(&text, at.entity_id, trust.as_slice(), at.allow_sha1)
        .map_err(|e| SamlError::Untrusted(format!("IdP metadata {}: {e}", at.metadata)))?;
    if !at.allow_expired
        && let Some(v) = &md.valid_until
    {
        match super::parse_instant(v) {
            Some(t) if t > now => {}
            Some(_) => {
                return Err(SamlError::Untrusted(format!(
                    "IdP metadata {}: expired at {v} (validUntil); fetch it again from the IdP, or pass --allow-expired-metadata",
                    at.metadata
                )));
            }
            None => {
                return Err(SamlError::Untrusted(format!(
                    "IdP metadata {}: validUntil {v:?} is not a dateTime",
                    at.metadata
                )));
            }
        }
    }
    Ok(md)
}
