//! OAuth 2.0 pieces every login shares (Salesforce and OpenID Connect today, Microsoft and
//! ServiceNow next): one token-endpoint client, signed JWT assertions, the loopback redirect
//! with PKCE and state, and one store for what a login keeps.
//!
//! Why this is written here rather than taken from the `openidconnect` / `oauth2` crates:
//! - the token request is one form POST whose answer each provider extends (Salesforce's
//!   `instance_url`, Microsoft's `ext_expires_in`); `oauth2` models those as generic extra
//!   fields per client type, which costs more code than the request itself;
//! - `openidconnect` must go without its `reqwest` feature here (it would pull reqwest 0.12 next
//!   to 0.13, see shared/reference/crates.md) and then needs an HTTP adapter of our own;
//! - its discovery and ID-token verification stop at the first problem, while `sso oidc check`
//!   and `validate` must name every check with its own verdict, so atomctl's checkers stay
//!   hand-written over aws-lc-rs either way (sso::oidc::jwt, sso::oidc::jwks);
//! - it would add a second RustCrypto generation (rsa, p256, sha2 0.10 and 0.11) to a binary
//!   that already verifies with aws-lc-rs.
//!
//! What is hand-written is small and tested against the real `oidc-provider` and the
//! Salesforce fake: the grant forms of RFC 6749 §4, RFC 7636 (PKCE S256), RFC 8252 (loopback
//! redirect), RFC 7523 (JWT bearer assertions).

pub mod assertion;
pub mod redirect;
pub mod store;
pub mod token;

pub use redirect::{AuthorizationLogin, Redirected};
pub use token::{ClientAuth, OAuthClient, TokenResponse};

use crate::config::Secret;
use crate::error::{ExitClass, ExitKind};

/// What went wrong in an OAuth exchange.
#[derive(Debug, thiserror::Error)]
pub enum OAuthError {
    /// The endpoint could not be reached, or the connection broke.
    #[error("{endpoint}: {reason}")]
    Unreachable { endpoint: String, reason: String },
    /// The TLS stack refused the endpoint's certificate.
    #[error("{endpoint}: {problem}")]
    Certificate { endpoint: String, problem: String },
    /// The endpoint refused the request with an OAuth error (RFC 6749 §5.2) or a bare status.
    #[error("token endpoint answered HTTP {status}: {code} {description}")]
    Refused {
        status: u16,
        code: String,
        description: String,
    },
    /// The answer is not what the protocol says.
    #[error("{endpoint}: {reason}")]
    Invalid { endpoint: String, reason: String },
    /// The login itself went wrong (denied in the browser, a foreign redirect, no one came).
    #[error("{0}")]
    Login(String),
    /// Something on this machine: a key that cannot sign, no randomness, a port in use.
    #[error("{0}")]
    Local(String),
}

impl OAuthError {
    /// The OAuth error code of a refusal (`invalid_grant`, `authorization_pending`, …).
    pub fn code(&self) -> Option<&str> {
        match self {
            OAuthError::Refused { code, .. } => Some(code),
            _ => None,
        }
    }
}

impl ExitClass for OAuthError {
    fn exit_kind(&self) -> ExitKind {
        match self {
            OAuthError::Unreachable { .. } | OAuthError::Certificate { .. } => {
                ExitKind::Unavailable
            }
            OAuthError::Refused { status, .. } if *status >= 500 => ExitKind::Unavailable,
            OAuthError::Refused { .. } | OAuthError::Login(_) => ExitKind::Auth,
            OAuthError::Invalid { .. } => ExitKind::Failed,
            OAuthError::Local(_) => ExitKind::Config,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            OAuthError::Certificate { .. } => Some(crate::http::CERTIFICATE_HINT.into()),
            _ => None,
        }
    }
}

/// A client secret read only when a renewal needs it: a run whose token is still good never
/// asks for it (or runs its `_command`). What it reads is the settings' business. Every
/// connector's renewal uses it (Salesforce, Microsoft Graph).
#[derive(Clone)]
pub struct SecretOnDemand(std::sync::Arc<dyn Fn() -> Result<Secret, String> + Send + Sync>);

impl SecretOnDemand {
    pub fn new(read: impl Fn() -> Result<Secret, String> + Send + Sync + 'static) -> Self {
        SecretOnDemand(std::sync::Arc::new(read))
    }

    /// A secret already in hand.
    pub fn known(secret: Secret) -> Self {
        SecretOnDemand::new(move || Ok(secret.clone()))
    }

    /// Read it off the runtime's workers (a `_command` or a file is blocking work).
    pub async fn read(&self) -> Result<Secret, String> {
        let read = self.0.clone();
        tokio::task::spawn_blocking(move || read())
            .await
            .map_err(|_| "reading the client secret stopped".to_owned())?
    }
}

impl std::fmt::Debug for SecretOnDemand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretOnDemand(..)")
    }
}
