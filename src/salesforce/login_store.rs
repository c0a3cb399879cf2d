//! Stored logins: what `sf login` obtained, one 0600 JSON file per profile under the data
//! directory, written atomically. Other commands read it and update it after a renewal.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::SfError;
use super::auth::Token;
use crate::config::Secret;
use crate::oauth::store::StoreError;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredLogin {
    /// `jwt`, `client-credentials`, `web`, `refresh-token`, `password` or `access-token`.
    pub flow: String,
    pub instance_url: String,
    pub login_url: String,
    pub api_version: String,
    pub client_id: Option<String>,
    pub username: Option<String>,
    pub jwt_key_file: Option<PathBuf>,
    pub id_url: Option<String>,
    /// Where the client secret came from at login (never the secret): what a renewal reads
    /// when the profile does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret_from: Option<crate::config::SecretSource>,
    access_token: String,
    refresh_token: Option<String>,
    pub saved_at: String,
}

impl StoredLogin {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        flow: &str,
        token: &Token,
        login_url: &str,
        api_version: &str,
        client_id: Option<String>,
        username: Option<String>,
        jwt_key_file: Option<PathBuf>,
    ) -> StoredLogin {
        StoredLogin {
            flow: flow.to_owned(),
            instance_url: token.instance_url.clone(),
            login_url: login_url.to_owned(),
            api_version: api_version.to_owned(),
            client_id,
            username,
            jwt_key_file,
            id_url: token.id.clone(),
            client_secret_from: None,
            access_token: token.access_token.expose().to_owned(),
            refresh_token: token.refresh_token.as_ref().map(|s| s.expose().to_owned()),
            saved_at: crate::cache::now_rfc3339(),
        }
    }

    /// Remember where the client secret came from (the variable, file or command).
    pub fn with_secret_source(mut self, source: Option<crate::config::SecretSource>) -> Self {
        self.client_secret_from = source;
        self
    }

    pub fn access_token(&self) -> Secret {
        Secret::new(self.access_token.clone())
    }

    pub fn refresh_token(&self) -> Option<Secret> {
        self.refresh_token.clone().map(Secret::new)
    }

    /// Take a renewed token (the refresh token stays when the answer has none).
    pub fn update(&mut self, token: &Token) {
        token
            .access_token
            .expose()
            .clone_into(&mut self.access_token);
        if let Some(r) = &token.refresh_token {
            self.refresh_token = Some(r.expose().to_owned());
        }
        token.instance_url.clone_into(&mut self.instance_url);
        self.saved_at = crate::cache::now_rfc3339();
    }
}

/// `<data dir>/sf/<profile>.json`, the name made safe for a file system.
pub fn path_for(data_dir: &Path, profile_key: &str) -> PathBuf {
    data_dir.join("sf").join(format!(
        "{}.json",
        crate::config::safe_file_name(profile_key)
    ))
}

/// The stored login, through the one store every connector uses (`oauth::store`).
pub fn load(path: &Path) -> Result<Option<StoredLogin>, SfError> {
    crate::oauth::store::load(path).map_err(|e| match e {
        StoreError::Damaged { .. } => SfError::Config(format!("{e}; run atomctl sf login again")),
        other => SfError::Config(other.to_string()),
    })
}

/// Written 0600 and atomically.
pub fn save(path: &Path, login: &StoredLogin) -> Result<(), SfError> {
    crate::oauth::store::save(path, login).map_err(|e| SfError::Config(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_login_is_private_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let p = path_for(dir.path(), "corp/prod");
        assert!(p.ends_with("sf/corp_prod.json"));
        let token = Token {
            access_token: Secret::new("00Dxx!AR.secret"),
            refresh_token: Some(Secret::new("5Aep-refresh")),
            instance_url: "https://acme.my.salesforce.com".into(),
            id: None,
            issued_at: None,
        };
        let login = StoredLogin::new(
            "web",
            &token,
            "https://login.salesforce.com",
            "63.0",
            Some("cid".into()),
            None,
            None,
        );
        save(&p, &login).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let back = load(&p).unwrap().unwrap();
        assert_eq!(back.access_token().expose(), "00Dxx!AR.secret");
        assert_eq!(back.refresh_token().unwrap().expose(), "5Aep-refresh");
        assert!(!format!("{:?}", back.access_token()).contains("secret"));
        assert!(load(&dir.path().join("none.json")).unwrap().is_none());
    }
}
