//! ServiceNow through its Table API (reference/servicenow.md): the encoded-query rules, the
//! shapes of what the API sends, a client that rides out rate limits within a deadline, and
//! table reads by key.

pub mod aggregate;
pub mod auth;
pub mod client;
pub mod encoded;
pub mod identity;
pub mod login_store;
pub mod rows;
pub mod sync;
pub mod table;
pub mod values;
pub mod write;

use crate::error::{ExitClass, ExitKind};

#[derive(Debug, thiserror::Error)]
pub enum SnowError {
    #[error("ServiceNow refused the request (HTTP {status}): {message}{}", detail.as_ref().map(|d| format!(" ({d})")).unwrap_or_default())]
    Api {
        status: u16,
        message: String,
        detail: Option<String>,
    },
    #[error("no table {0} on this instance")]
    InvalidTable(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Ambiguous(String),
    /// The query names fields the table does not have: the instance would drop those terms
    /// and run the rest.
    #[error("{0}")]
    UnknownFields(String),
    /// A write the instance would refuse or get wrong, refused before it is sent.
    #[error("{message}")]
    Refused { message: String, hint: String },
    /// A write whose answer was lost: the instance may or may not have made it.
    #[error("the instance's answer was lost ({0}): the write may or may not have been made")]
    Unconfirmed(String),
    /// The token endpoint refused a grant or a refresh.
    #[error("the instance refused the sign-in: {0}")]
    Token(String),
    #[error("ServiceNow is unavailable after {attempts} attempt(s): {last}")]
    Unavailable { attempts: u32, last: String },
    #[error("cannot connect to the instance securely: {0}")]
    Certificate(String),
    #[error("unexpected answer from ServiceNow: {0}")]
    Protocol(String),
    #[error("{0}")]
    Config(String),
    #[error("writing output")]
    Output(#[source] std::io::Error),
}

impl SnowError {
    pub fn from_status(status: u16, body: &[u8]) -> SnowError {
        let (message, detail) = values::error_message(body).unwrap_or_else(|| {
            (
                String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned(),
                None,
            )
        });
        if status == 400
            && let Some(t) = message.strip_prefix("Invalid table ")
        {
            return SnowError::InvalidTable(t.trim().to_owned());
        }
        SnowError::Api {
            status,
            message,
            detail,
        }
    }

    /// The instance cancelled the page as too slow: a smaller one may pass.
    pub fn is_execution_timeout(&self) -> bool {
        matches!(self, SnowError::Api { message, .. } if values::is_execution_timeout(message))
    }
}

impl ExitClass for SnowError {
    fn exit_kind(&self) -> ExitKind {
        match self {
            SnowError::Api {
                status: 401 | 403, ..
            }
            | SnowError::Token(_) => ExitKind::Auth,
            SnowError::Api { status: 400, .. }
            | SnowError::InvalidTable(_)
            | SnowError::UnknownFields(_)
            | SnowError::Refused { .. }
            | SnowError::Ambiguous(_) => ExitKind::Usage,
            SnowError::Api { .. }
            | SnowError::NotFound(_)
            | SnowError::Unconfirmed(_)
            | SnowError::Protocol(_)
            | SnowError::Output(_) => ExitKind::Failed,
            SnowError::Unavailable { .. } | SnowError::Certificate(_) => ExitKind::Unavailable,
            SnowError::Config(_) => ExitKind::Config,
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            SnowError::Token(_) => values::ACCESS_DENIED_CAUSES.into(),
            SnowError::Api { status: 401, .. } => {
                format!("the user and password were refused. {}", values::ACCESS_DENIED_CAUSES)
            }
            SnowError::Api { status: 403, .. } => {
                "the user lacks a role or an ACL, or a data policy refused it: the message above is the instance's".into()
            }
            SnowError::InvalidTable(_) => {
                "table names are the database names (incident, sys_user), not the labels".into()
            }
            SnowError::NotFound(_) => {
                "the record does not exist, or an ACL hides it from this user (the API does not tell which)".into()
            }
            SnowError::UnknownFields(_) => {
                "fix the field, or --no-check to send the query as it is".into()
            }
            SnowError::Unavailable { .. } => {
                "the instance kept answering 429/5xx or the connection broke; try again later".into()
            }
            SnowError::Certificate(_) => crate::http::CERTIFICATE_HINT.into(),
            SnowError::Refused { hint, .. } => hint.clone(),
            SnowError::Unconfirmed(_) => {
                "look for the record (snow query) before sending it again".into()
            }
            _ => return None,
        })
    }
}
