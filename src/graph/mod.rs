//! Microsoft Graph for Teams and Entra ID: the clouds, app tokens and their renewal, a client
//! that follows every page and rides out throttling within a deadline, and the Teams reads.
//! Facts: shared/reference/msgraph.md.

pub mod auth;
pub mod client;
pub mod cloud;
pub mod directory;
pub mod login_store;
pub mod meetings;
pub mod messages;
pub mod reconcile;
pub mod security;
pub mod sync;
pub mod teams;
pub mod webhook;

use crate::error::{ExitClass, ExitKind};

#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    /// An error envelope from Graph: `{"error":{"code","message","innerError":{…}}}`.
    #[error("Microsoft Graph refused the request (HTTP {status}, {code}): {message}")]
    Api {
        status: u16,
        code: String,
        message: String,
        /// What the failed request needed, for a 403's hint ("TeamMember.Read.All").
        needs: Option<&'static str>,
    },
    /// The Microsoft identity platform refused the sign-in (an AADSTS error).
    #[error("Microsoft sign-in failed ({code}): {description}")]
    SignIn {
        status: u16,
        code: String,
        aadsts: Option<u64>,
        description: String,
    },
    #[error("Microsoft Graph is unavailable after {attempts} attempt(s): {last}")]
    Unavailable { attempts: u32, last: String },
    #[error("cannot connect to Microsoft securely: {0}")]
    Certificate(String),
    #[error("unexpected answer from Microsoft Graph: {0}")]
    Protocol(String),
    /// No team or channel by that id or name.
    #[error("{0}")]
    NotFound(String),
    /// Several teams or channels by that name: the candidates are in the message.
    #[error("{0}")]
    Ambiguous(String),
    #[error("{0}")]
    Config(String),
    /// The event exists, but Graph gave it no Teams link.
    #[error(
        "the event {event_id} was created in {organizer}'s calendar, but without a Teams meeting link"
    )]
    NoJoinLink { event_id: String, organizer: String },
    #[error("writing output")]
    Output(#[source] std::io::Error),
}

impl GraphError {
    /// The Graph error code (`Authorization_RequestDenied`, `Directory_ExpiredPageToken`, …).
    pub fn code(&self) -> Option<&str> {
        match self {
            GraphError::Api { code, .. } | GraphError::SignIn { code, .. } => Some(code),
            _ => None,
        }
    }
}

impl ExitClass for GraphError {
    fn exit_kind(&self) -> ExitKind {
        match self {
            GraphError::Api {
                status: 401 | 403, ..
            } => ExitKind::Auth,
            // A page token that expired again after the one restart: the listing could not
            // be read whole, which is the tenant's size and pace, not the user's input.
            GraphError::Api { code, .. } if code == "Directory_ExpiredPageToken" => {
                ExitKind::Unavailable
            }
            GraphError::Api { status: 400, .. } => ExitKind::Usage,
            GraphError::Api { .. } | GraphError::Protocol(_) | GraphError::NotFound(_) => {
                ExitKind::Failed
            }
            GraphError::SignIn { status, .. } if *status >= 500 => ExitKind::Unavailable,
            GraphError::SignIn {
                aadsts: Some(90002 | 700016 | 700027),
                ..
            } => ExitKind::Config,
            GraphError::SignIn { .. } => ExitKind::Auth,
            GraphError::Unavailable { .. } | GraphError::Certificate(_) => ExitKind::Unavailable,
            GraphError::Ambiguous(_) => ExitKind::Usage,
            GraphError::Config(_) => ExitKind::Config,
            GraphError::NoJoinLink { .. } => ExitKind::Partial,
            GraphError::Output(_) => ExitKind::Failed,
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            GraphError::SignIn {
                aadsts: Some(code), ..
            } => match aadsts_hint(*code) {
                Some(h) => h.to_owned(),
                None => return None,
            },
            GraphError::Api {
                status: 403,
                needs: Some(perm),
                ..
            } => format!(
                "the app needs the {perm} permission (application), granted with admin consent in Entra ID"
            ),
            GraphError::Api { code, .. } if code == "DelegatedLoginRequired" => {
                "sign in as the person who posts: atomctl teams login --device (or post through a Workflows webhook with --webhook-env)".into()
            }
            GraphError::Api { status: 401, .. } => {
                "the token was refused: run atomctl teams login again".into()
            }
            GraphError::Api { code, .. } if code == "Directory_ExpiredPageToken" => {
                "the listing's page token expired twice; run it again when the tenant is quieter".into()
            }
            GraphError::Unavailable { .. } => {
                "Graph kept answering 429/503/504 or the connection broke; try again later".into()
            }
            GraphError::Certificate(_) => crate::http::CERTIFICATE_HINT.into(),
            GraphError::NoJoinLink { .. } => {
                "the organizer may have no Teams licence; the invitations went out without a link: add one in Outlook or delete the event".into()
            }
            _ => return None,
        })
    }
}

/// What an AADSTS code means for the person at the keyboard (reference/msgraph.md §1).
pub fn aadsts_hint(code: u64) -> Option<&'static str> {
    Some(match code {
        7000215 => {
            "the client secret is wrong: paste the secret's Value, not its Secret ID (Entra ID → App registrations → Certificates & secrets)"
        }
        7000222 => "the client secret has expired: create a new one and update its source",
        700016 => {
            "no app with this client ID in the tenant: check --client-id and --tenant (the app may be registered in another tenant)"
        }
        90002 => "no such tenant: check --tenant (a tenant ID or a verified domain)",
        70011 => "the scope is not valid for this app",
        65001 => "the app has no admin consent for the permissions it asks for",
        53003 => "Conditional Access blocked the sign-in",
        50076 | 50079 => "multi-factor authentication is required: use the device-code login",
        50097 => "device authentication is required by Conditional Access",
        700082 => "the refresh token has expired: log in again",
        70020 | 70000 => "the device code expired or is invalid: log in again",
        700027 => {
            "the certificate is not the one registered for the app: upload its public part under Certificates & secrets, or pass the right --cert / --key"
        }
        700024 => "the client assertion is outside its valid time: check this machine's clock",
        700021 | 700023 | 50027 => {
            "the client assertion was refused: check --client-id and --tenant"
        }
        _ => return None,
    })
}

/// The AADSTS number at the start of an error description ("AADSTS7000215: Invalid …").
pub fn aadsts_code(description: &str) -> Option<u64> {
    let rest = &description[description.find("AADSTS")? + 6..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_token_that_keeps_expiring_is_unavailable_not_a_usage_error() {
        let api = |code: &str| GraphError::Api {
            status: 400,
            code: code.into(),
            message: String::new(),
            needs: None,
        };
        assert_eq!(
            api("Directory_ExpiredPageToken").exit_kind(),
            ExitKind::Unavailable
        );
        assert_eq!(api("Request_BadRequest").exit_kind(), ExitKind::Usage);
    }

    #[test]
    fn aadsts_codes_are_read_from_the_description() {
        assert_eq!(
            aadsts_code("AADSTS7000215: Invalid client secret provided."),
            Some(7000215)
        );
        assert_eq!(aadsts_code("nothing here"), None);
        assert_eq!(aadsts_code("AADSTS"), None);
    }
}
