//! The tenant's security sources (reference/msgraph.md §9): the MFA registration report of
//! every user and the users Identity Protection holds at risk. Each needs a licence the
//! tenant may not have (Entra ID P1/P2, P2); without it Graph answers 403
//! `Authentication_RequestFromNonPremiumTenantOrB2CTenant`, which has also come back
//! intermittently on licensed tenants, so it is asked once more before the source is
//! reported unlicensed and left out.

use serde::Deserialize;

use super::GraphError;
use super::client::Graph;

/// One user's row of `/reports/authenticationMethods/userRegistrationDetails`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Registration {
    pub id: String,
    pub user_principal_name: Option<String>,
    pub user_display_name: Option<String>,
    /// `member` or `guest`.
    pub user_type: Option<String>,
    pub is_admin: Option<bool>,
    /// A strong method registered, whether the policy allows it or not.
    pub is_mfa_registered: Option<bool>,
    /// Registered and allowed by the authentication methods policy.
    pub is_mfa_capable: Option<bool>,
    pub is_passwordless_capable: Option<bool>,
    pub is_sspr_registered: Option<bool>,
    pub methods_registered: Vec<String>,
    pub user_preferred_method_for_secondary_authentication: Option<String>,
    pub last_updated_date_time: Option<String>,
}

/// One user of `/identityProtection/riskyUsers`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct RiskyUser {
    pub id: String,
    pub user_principal_name: Option<String>,
    pub user_display_name: Option<String>,
    /// `low|medium|high|hidden|none`.
    pub risk_level: Option<String>,
    /// `atRisk`, `confirmedCompromised`, `remediated`, `dismissed`, …
    pub risk_state: Option<String>,
    pub risk_detail: Option<String>,
    pub risk_last_updated_date_time: Option<String>,
    pub is_deleted: Option<bool>,
}

/// One sign-in of `/auditLogs/signIns` (v1.0: interactive sign-ins and successful
/// federated ones).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct SignIn {
    pub id: String,
    pub created_date_time: String,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_display_name: Option<String>,
    pub app_display_name: Option<String>,
    pub ip_address: Option<String>,
    /// `Browser`, `Mobile Apps and Desktop clients`, or a legacy protocol (`IMAP4`, …).
    pub client_app_used: Option<String>,
    pub is_interactive: Option<bool>,
    pub conditional_access_status: Option<String>,
    pub risk_level_aggregated: Option<String>,
    pub risk_event_types_v2: Vec<String>,
    pub status: SignInStatus,
    pub location: SignInLocation,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct SignInStatus {
    /// 0 success; 50126 bad password, 50053 locked, 50057 disabled, …
    pub error_code: Option<i64>,
    pub failure_reason: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct SignInLocation {
    pub city: Option<String>,
    pub state: Option<String>,
    pub country_or_region: Option<String>,
    pub geo_coordinates: Option<GeoCoordinates>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct GeoCoordinates {
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

/// A source read whole, or the licence it needs and the tenant lacks.
#[derive(Debug)]
pub enum Read<T> {
    Rows(Vec<T>),
    Unlicensed { licence: &'static str },
}

const NON_PREMIUM: &str = "Authentication_RequestFromNonPremiumTenantOrB2CTenant";

pub async fn registration(g: &Graph) -> Result<Read<Registration>, GraphError> {
    read_all(
        g,
        "reports/authenticationMethods/userRegistrationDetails",
        "AuditLog.Read.All",
        "Microsoft Entra ID P1 or P2",
    )
    .await
}

pub async fn risky_users(g: &Graph) -> Result<Read<RiskyUser>, GraphError> {
    read_all(
        g,
        "identityProtection/riskyUsers",
        "IdentityRiskyUser.Read.All",
        "Microsoft Entra ID P2",
    )
    .await
}

/// The sign-ins created at or after `since` (RFC 3339 UTC), every page (newest first, at
/// most 1,000 a page, Graph's default).
pub async fn sign_ins(g: &Graph, since: &str) -> Result<Read<SignIn>, GraphError> {
    read_all(
        g,
        &format!("auditLogs/signIns?$filter=createdDateTime%20ge%20{since}"),
        "AuditLog.Read.All",
        "Microsoft Entra ID P1 or P2",
    )
    .await
}

async fn read_all<T: serde::de::DeserializeOwned>(
    g: &Graph,
    path: &str,
    needs: &'static str,
    licence: &'static str,
) -> Result<Read<T>, GraphError> {
    let mut asked = 0;
    loop {
        asked += 1;
        let mut rows: Vec<T> = Vec::new();
        let read = g
            .each_page(path, &[], Some(needs), |items| {
                for item in items {
                    rows.push(serde_json::from_value(item).map_err(|e| {
                        GraphError::Protocol(format!("{path}: an item Graph sent: {e}"))
                    })?);
                }
                Ok(())
            })
            .await;
        match read {
            Ok(()) => return Ok(Read::Rows(rows)),
            Err(e) if e.code() == Some(NON_PREMIUM) && asked < 2 => {
                tracing::debug!(path, "non-premium answer; asking once more");
                tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            }
            Err(e) if e.code() == Some(NON_PREMIUM) => return Ok(Read::Unlicensed { licence }),
            Err(e) => return Err(e),
        }
    }
}
