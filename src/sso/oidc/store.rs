//! Tokens kept per provider for reuse: one 0600 JSON file under the data directory.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::TokenResponse;
use crate::oauth::store::StoreError;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredTokens {
    pub issuer: String,
    pub client_id: String,
    pub flow: String,
    pub access_token: String,
    pub refresh_token: Option<String>,
    pub id_token: Option<String>,
    /// Seconds since the epoch.
    pub expires_at: Option<u64>,
    pub scope: Option<String>,
    pub saved_at: String,
    /// Where the client secret came from at login (never the secret), so that a later
    /// command needing the client (introspect, revoke, refresh) works without the flags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret_from: Option<crate::config::SecretSource>,
}

impl StoredTokens {
    pub fn new(
        issuer: &str,
        client_id: &str,
        flow: &str,
        t: &TokenResponse,
        now: u64,
    ) -> StoredTokens {
        StoredTokens {
            issuer: issuer.to_owned(),
            client_id: client_id.to_owned(),
            flow: flow.to_owned(),
            access_token: t.access_token.expose().to_owned(),
            refresh_token: t.refresh_token.as_ref().map(|r| r.expose().to_owned()),
            id_token: t.id_token.clone(),
            expires_at: t.expires_in.map(|e| now.saturating_add(e)),
            scope: t.scope.clone(),
            saved_at: crate::cache::now_rfc3339(),
            client_secret_from: None,
        }
    }

    /// Remember where the client secret came from.
    pub fn with_secret_source(mut self, source: Option<crate::config::SecretSource>) -> Self {
        self.client_secret_from = source;
        self
    }
}

/// `<data dir>/oidc/<profile>--<provider>.json`, made safe for a file system.
pub fn path_for(data_dir: &Path, profile: Option<&str>, provider: &str) -> PathBuf {
    let safe = crate::config::safe_file_name;
    data_dir.join("oidc").join(format!(
        "{}--{}.json",
        safe(profile.unwrap_or("default")),
        safe(provider)
    ))
}

pub fn load(path: &Path) -> Result<Option<StoredTokens>, StoreError> {
    crate::oauth::store::load(path)
}

pub fn save(path: &Path, t: &StoredTokens) -> Result<(), StoreError> {
    crate::oauth::store::save(path, t)
}
