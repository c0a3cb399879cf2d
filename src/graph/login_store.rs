//! A stored Microsoft login, one per profile, 0600 in the data directory: the tenant, the app,
//! the hosts, where the secret comes from (never the secret) and the current access token.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::config::{Secret, SecretSource};
use crate::oauth::store::StoreError;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GraphLogin {
    /// `client-credentials`.
    pub flow: String,
    pub tenant: String,
    pub client_id: String,
    pub cloud: String,
    pub login_url: String,
    pub graph_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret_from: Option<SecretSource>,
    /// For a certificate login: the certificate and key files (paths; the key stays where
    /// it is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_file: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_file: Option<PathBuf>,
    access_token: String,
    /// A delegated login's refresh token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    refresh_token: Option<String>,
    /// Seconds since the epoch.
    pub expires_at: u64,
    pub saved_at: String,
}

impl GraphLogin {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        flow: &str,
        tenant: &str,
        client_id: &str,
        cloud: &str,
        login_url: &str,
        graph_url: &str,
        client_secret_from: Option<SecretSource>,
        token: &super::auth::Token,
    ) -> GraphLogin {
        GraphLogin {
            flow: flow.to_owned(),
            tenant: tenant.to_owned(),
            client_id: client_id.to_owned(),
            cloud: cloud.to_owned(),
            login_url: login_url.to_owned(),
            graph_url: graph_url.to_owned(),
            client_secret_from,
            cert_file: None,
            key_file: None,
            access_token: token.access_token.expose().to_owned(),
            refresh_token: token.refresh_token.as_ref().map(|r| r.expose().to_owned()),
            expires_at: token.expires_at,
            saved_at: crate::cache::now_rfc3339(),
        }
    }

    /// A certificate login: the files it signs with.
    pub fn with_certificate(mut self, cert: Option<&super::auth::Certificate>) -> GraphLogin {
        if let Some(c) = cert {
            self.flow = "certificate".into();
            self.cert_file = Some(c.cert_file.clone());
            self.key_file = Some(c.key_file.clone());
        }
        self
    }

    pub fn token(&self) -> super::auth::Token {
        super::auth::Token {
            access_token: Secret::new(self.access_token.clone()),
            expires_at: self.expires_at,
            refresh_token: self.refresh_token.clone().map(Secret::new),
        }
    }

    /// The same login with a renewed token.
    pub fn renewed(mut self, token: &super::auth::Token) -> GraphLogin {
        self.access_token = token.access_token.expose().to_owned();
        if let Some(r) = &token.refresh_token {
            self.refresh_token = Some(r.expose().to_owned());
        }
        self.expires_at = token.expires_at;
        self.saved_at = crate::cache::now_rfc3339();
        self
    }
}

/// `<data dir>/teams/<profile>.json`.
pub fn path_for(data_dir: &Path, profile: &str) -> PathBuf {
    data_dir
        .join("teams")
        .join(format!("{}.json", crate::config::safe_file_name(profile)))
}

pub fn load(path: &Path) -> Result<Option<GraphLogin>, StoreError> {
    crate::oauth::store::load(path)
}

pub fn save(path: &Path, login: &GraphLogin) -> Result<(), StoreError> {
    crate::oauth::store::save(path, login)
}
