//! Salesforce: the REST client with retries and token renewal, the OAuth flows, SOQL column
//! planning, record flattening, the streaming query pager, Bulk API 2.0 and the sync engine.
//! Free of CLI types.

pub mod auth;
pub mod bulk;
pub mod client;
pub mod ingest;
pub mod login_store;
pub mod page_rows;
pub mod query;
pub mod record;
pub mod soql;
pub mod sync;
pub mod web_login;
pub mod writes;

pub use client::{ApiUsage, Client, ClientSettings};

/// `describe` of one object (fields, child relationships), or of the org (its objects).
pub async fn describe(client: &Client, object: Option<&str>) -> Result<serde_json::Value, SfError> {
    let path = match object {
        Some(o) => format!(
            "sobjects/{}/describe",
            url::form_urlencoded::byte_serialize(o.as_bytes()).collect::<String>()
        ),
        None => "sobjects/".to_owned(),
    };
    client.get_json(&path).await
}

/// The API version used when neither the profile nor a flag names one.
pub const DEFAULT_API_VERSION: &str = "63.0";

use crate::error::{ExitClass, ExitKind};

/// What went wrong talking to Salesforce, classified for exit codes and hints.
#[derive(Debug, thiserror::Error)]
pub enum SfError {
    /// A REST error body: `[{"message":…,"errorCode":…}]`.
    #[error("Salesforce refused the request ({code}): {message}")]
    Api {
        status: u16,
        code: String,
        message: String,
    },
    #[error("Salesforce authentication failed: {0}")]
    Auth(String),
    #[error("the org's daily API request limit is used up ({0})")]
    Limit(String),
    #[error("Salesforce is unavailable after {attempts} attempts: {last}")]
    Unavailable { attempts: u32, last: String },
    /// A create whose answer was lost: the org may or may not have made the records.
    #[error("the org's answer was lost ({0}): the records may or may not have been created")]
    Unconfirmed(String),
    /// The TLS stack refused the server's certificate: never retried.
    #[error("cannot connect to Salesforce securely: {0}")]
    Certificate(String),
    #[error("unexpected answer from Salesforce: {0}")]
    Protocol(String),
    #[error("{0}")]
    Config(String),
    #[error("writing output")]
    Output(#[source] std::io::Error),
}

/// A token-endpoint failure in Salesforce's terms: a refusal of the client or the grant is
/// an authentication failure, a 5xx or an unreachable endpoint an unavailable one.
impl From<crate::oauth::OAuthError> for SfError {
    fn from(e: crate::oauth::OAuthError) -> Self {
        use crate::oauth::OAuthError as O;
        match e {
            O::Certificate { endpoint, problem } => {
                SfError::Certificate(format!("token endpoint {endpoint}: {problem}"))
            }
            O::Unreachable { endpoint, reason } => SfError::Unavailable {
                attempts: 1,
                last: format!("token endpoint {endpoint}: {reason}"),
            },
            O::Refused {
                status,
                code,
                description,
            } if status >= 500 => SfError::Api {
                status,
                code,
                message: description,
            },
            O::Refused {
                code, description, ..
            } => SfError::Auth(format!("{code}: {description}")),
            O::Invalid { reason, .. } => {
                SfError::Protocol(format!("token endpoint answer: {reason}"))
            }
            O::Login(why) => SfError::Auth(why),
            O::Local(why) => SfError::Config(why),
        }
    }
}

impl SfError {
    pub fn code(&self) -> Option<&str> {
        match self {
            SfError::Api { code, .. } => Some(code),
            _ => None,
        }
    }
}

impl ExitClass for SfError {
    fn exit_kind(&self) -> ExitKind {
        match self {
            SfError::Auth(_) => ExitKind::Auth,
            SfError::Limit(_) | SfError::Unavailable { .. } | SfError::Certificate(_) => {
                ExitKind::Unavailable
            }
            SfError::Config(_) => ExitKind::Config,
            SfError::Api { code, .. } => match code.as_str() {
                "MALFORMED_QUERY"
                | "INVALID_FIELD"
                | "INVALID_TYPE"
                | "MALFORMED_SEARCH"
                | "INVALID_QUERY_FILTER_OPERATOR" => ExitKind::Usage,
                "INSUFFICIENT_ACCESS" | "API_DISABLED_FOR_ORG" | "INVALID_SESSION_ID" => {
                    ExitKind::Auth
                }
                _ => ExitKind::Failed,
            },
            _ => ExitKind::Failed,
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            SfError::Auth(_) => "log in again: atomctl sf login (or give a fresh --access-token-env)".into(),
            SfError::Limit(_) => "wait until the rolling 24-hour window frees calls, or ask for a higher limit; atomctl sf status shows the usage".into(),
            SfError::Unavailable { .. } => "the instance could not be reached or did not answer; check the instance URL and try again later".into(),
            SfError::Certificate(_) => crate::http::CERTIFICATE_HINT.into(),
            SfError::Unconfirmed(_) => "nothing was sent twice: query for the records (atomctl sf query) before creating them again".into(),
            SfError::Api { code, .. } => match code.as_str() {
                "QUERY_TIMEOUT" => "the query ran too long for the REST API: export it with Bulk API 2.0 instead: atomctl sf export \"SOQL\" -o FILE".into(),
                "INVALID_QUERY_LOCATOR" => "the query cursor expired (idle for about 15 minutes, or more than 10 open cursors for this user): run the query again".into(),
                "INVALID_FIELD" | "INVALID_TYPE" => "check the names with atomctl sf describe OBJECT; custom names end in __c".into(),
                "MALFORMED_QUERY" | "MALFORMED_SEARCH" => "the caret marks where the server stopped understanding the statement".into(),
                _ => return None,
            },
            _ => return None,
        })
    }
}
