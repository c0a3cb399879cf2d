//! A stored ServiceNow login, one per profile, 0600 in the data directory: the instance,
//! the way in, the user and client, where each secret comes from (never a password or a
//! client secret), the current tokens of an OAuth login, and the rate-limit headers last
//! seen.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::auth::{Mode, Tokens};
use super::client::RateLimit;
use crate::config::{Secret, SecretSource};
use crate::oauth::store::StoreError;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SnowLogin {
    /// The base URL (`https://acme.service-now.com`).
    pub instance: String,
    pub auth: Mode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_from: Option<SecretSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret_from: Option<SecretSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_from: Option<SecretSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    access_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    refresh_token: Option<String>,
    /// Seconds since the epoch; 0 when unknown.
    #[serde(default)]
    pub expires_at: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<RateLimit>,
    pub saved_at: String,
}

impl SnowLogin {
    pub fn new(instance: &str, auth: Mode) -> SnowLogin {
        SnowLogin {
            instance: instance.to_owned(),
            auth,
            user: None,
            client_id: None,
            password_from: None,
            client_secret_from: None,
            token_from: None,
            access_token: None,
            refresh_token: None,
            expires_at: 0,
            rate_limit: None,
            saved_at: crate::cache::now_rfc3339(),
        }
    }

    /// The stored bearer tokens of an OAuth login.
    pub fn tokens(&self) -> Option<Tokens> {
        Some(Tokens {
            access: Secret::new(self.access_token.clone()?),
            refresh: self.refresh_token.clone().map(Secret::new),
            expires_at: self.expires_at,
        })
    }

    /// Keep new tokens (a grant or a renewal).
    pub fn set_tokens(&mut self, t: &Tokens) {
        self.access_token = Some(t.access.expose().to_owned());
        if let Some(r) = &t.refresh {
            self.refresh_token = Some(r.expose().to_owned());
        }
        self.expires_at = t.expires_at;
        self.saved_at = crate::cache::now_rfc3339();
    }
}

/// `<data dir>/snow/<profile>.json`.
pub fn path_for(data_dir: &Path, profile: &str) -> PathBuf {
    data_dir
        .join("snow")
        .join(format!("{}.json", crate::config::safe_file_name(profile)))
}

pub fn load(path: &Path) -> Result<Option<SnowLogin>, StoreError> {
    crate::oauth::store::load(path)
}

pub fn save(path: &Path, login: &SnowLogin) -> Result<(), StoreError> {
    crate::oauth::store::save(path, login)
}
