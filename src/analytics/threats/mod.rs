//! Threat detection over the cached sign-in logs: the rules, their tunable thresholds
//! (`[profiles.P.analytics.threats]`), and the findings they produce. The rules over sign-ins
//! are pure functions of the rows ([`rules`]); the report joins the other systems.

pub mod rules;
pub mod signins;

use serde::{Deserialize, Serialize};

/// How bad a finding is; `--fail-on` compares against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "low" => Some(Severity::Low),
            "medium" => Some(Severity::Medium),
            "high" => Some(Severity::High),
            _ => None,
        }
    }
}

/// The rules, by the names findings and the settings use.
pub const RULES: &[(&str, &str)] = &[
    (
        "impossible_travel",
        "two successful sign-ins of one user farther apart than travel_min_km that need more than travel_kmh",
    ),
    (
        "password_spray",
        "one IP address failing (failure_codes) against spray_users or more distinct users within spray_window",
    ),
    (
        "brute_force",
        "brute_failures or more failures on one account within brute_window; high when a success follows within the window",
    ),
    (
        "legacy_auth",
        "sign-ins by a client outside modern_clients (IMAP, POP, SMTP, ActiveSync, …): medium when one succeeded",
    ),
    (
        "disabled_account_sign_in",
        "a successful sign-in by an account disabled in the directory or the tenant",
    ),
    (
        "unknown_account_sign_in",
        "a successful sign-in by a member account the synced directory does not have",
    ),
    (
        "risky_user",
        "Identity Protection holds the user at risk_levels (atRisk or confirmedCompromised)",
    ),
    (
        "usage_outlier",
        "a day of chat-assistant file uploads (count or bytes) far above the user's own baseline",
    ),
];

/// The thresholds of the rules, every one optional in the profile.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ThreatSettings {
    /// Rules to leave out, by name.
    pub off: Vec<String>,
    /// impossible_travel: the speed no traveller reaches (a plane: 900 km/h)…
    pub travel_kmh: f64,
    /// …and the distance below which a jump is geolocation noise or a VPN hop.
    pub travel_min_km: f64,
    /// Error codes that are a wrong guess: 50126 (bad user name or password), 50053 (locked
    /// by smart lockout, which the guessing caused).
    pub failure_codes: Vec<i64>,
    pub spray_users: usize,
    pub spray_window: String,
    pub brute_failures: usize,
    pub brute_window: String,
    /// clientAppUsed values that are modern authentication; anything else is legacy.
    pub modern_clients: Vec<String>,
    /// Identity Protection risk levels that are findings.
    pub risk_levels: Vec<String>,
    /// usage_outlier: the modified z-score above the user's own days, and the floors a day
    /// must also reach (a quiet user's first few files are not an incident).
    pub usage_z: f64,
    /// …and a day must be this many times the user's usual day (a flat baseline makes any
    /// change score high: 31 files after thirty days of 30 is not a spike).
    pub usage_min_ratio: f64,
    pub usage_min_files: i64,
    pub usage_min_bytes: i64,
    pub usage_baseline_days: i64,
}

impl Default for ThreatSettings {
    fn default() -> Self {
        ThreatSettings {
            off: Vec::new(),
            travel_kmh: 900.0,
            travel_min_km: 500.0,
            failure_codes: vec![50126, 50053],
            spray_users: 10,
            spray_window: "1h".into(),
            brute_failures: 10,
            brute_window: "1h".into(),
            modern_clients: vec!["Browser".into(), "Mobile Apps and Desktop clients".into()],
            risk_levels: vec!["medium".into(), "high".into()],
            usage_z: 3.5,
            usage_min_ratio: 2.0,
            usage_min_files: 20,
            usage_min_bytes: 100_000_000,
            usage_baseline_days: 28,
        }
    }
}

/// The settings checked, with the windows in seconds.
#[derive(Debug, Clone)]
pub struct Thresholds {
    pub s: ThreatSettings,
    pub spray_window: i64,
    pub brute_window: i64,
}

impl ThreatSettings {
    pub fn check(self) -> Result<Thresholds, String> {
        for name in &self.off {
            if !RULES.iter().any(|(r, _)| r == name) {
                return Err(format!(
                    "analytics.threats.off: no rule {name:?}; the rules are {}",
                    RULES.iter().map(|(r, _)| *r).collect::<Vec<_>>().join(", ")
                ));
            }
        }
        for l in &self.risk_levels {
            if !["low", "medium", "high"].contains(&l.as_str()) {
                return Err(format!(
                    "analytics.threats.risk_levels: {l:?} is not low, medium or high"
                ));
            }
        }
        let window = |name: &str, v: &str| {
            crate::duration::wait(v)
                .map(|d| d.as_secs().max(1) as i64)
                .map_err(|e| format!("analytics.threats.{name}: {e}"))
        };
        if self.spray_users < 2 || self.brute_failures < 2 {
            return Err(
                "analytics.threats: spray_users and brute_failures must be 2 or more".into(),
            );
        }
        if self.travel_kmh.is_nan() || self.travel_kmh <= 0.0 {
            return Err("analytics.threats.travel_kmh must be more than 0".into());
        }
        Ok(Thresholds {
            spray_window: window("spray_window", &self.spray_window)?,
            brute_window: window("brute_window", &self.brute_window)?,
            s: self,
        })
    }
}

impl Thresholds {
    pub fn on(&self, rule: &str) -> bool {
        !self.s.off.iter().any(|r| r == rule)
    }
}

/// What a rule found over the sign-ins: the rows (by their place in [`signins::SignIns`])
/// that are its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    pub rule: &'static str,
    pub severity: Severity,
    /// The user (lower-case UPN) or the IP address the finding is about.
    pub subject: String,
    pub detail: String,
    pub rows: Vec<usize>,
}

/// A finding as the cron run records it once its output is written: the rule, the subject
/// and every piece of evidence (sign-in ids, or the rule's own key). A later finding that
/// shares a piece of evidence with a recorded one is the same finding, reported already.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub rule: String,
    pub subject: String,
    pub severity: Severity,
    pub evidence: Vec<String>,
    /// Not reported by an earlier run.
    pub new: bool,
}
