//! The reports. Each reads the cache and returns a [`Report`]; none writes.

mod access_review;
mod audit;
mod crm;
mod directory;
mod engagement;
pub mod forecast;
pub mod incidents;
mod mfa;
mod privileged;
mod roi;
mod sla;
mod sso;
mod sync;
mod teams;
mod tenant;
mod threats;
mod ticket_reduction;
mod usage;

pub use ticket_reduction::ADOPTION_SHARE;

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use rusqlite::Connection;
use serde_json::Value;
use time::OffsetDateTime;

use super::period::{By, Window};
use super::{AnalyticsError, Report};
use crate::cache::daily::Daily;

/// Every report, with what it answers (`analytics report --list`).
pub const LIST: &[(&str, &str)] = &[
    (
        "usage",
        "active users (DAU/WAU/MAU), conversations, messages, response p50/p95, voice, files, per period, with change and anomalies",
    ),
    (
        "forecast",
        "the next 4 weeks of messages and active users per day with a 95% interval (Holt-Winters, weekly season), and its backtest error",
    ),
    (
        "engagement",
        "per user (or department, OU, title, channel): active days, messages, engagement score",
    ),
    (
        "directory",
        "users per department/OU/title, disabled, locked, stale, password never expires, privileged groups, empty, largest and deepest groups",
    ),
    (
        "crm",
        "synced Salesforce data: pipeline by stage, win rate, opportunities closing, cases by status and priority, case age",
    ),
    (
        "incidents",
        "synced ServiceNow incidents: opened, resolved and backlog per period and assignment group; mean and median time to resolve per priority",
    ),
    (
        "sla",
        "synced ServiceNow task SLAs: breached and at-risk per assignment group and priority (from task_sla, never the legacy made_sla)",
    ),
    (
        "ticket-reduction",
        "incidents per department against chat-assistant usage, before and after each department's adoption, with the assumptions",
    ),
    (
        "access-review",
        "accounts that exist in one system and should not in another",
    ),
    (
        "mfa",
        "tenant users without MFA registered or capable (admins first, by department), privileged directory members without MFA, accounts in one system only",
    ),
    (
        "privileged",
        "privileged access across the directory (nested groups), the tenant's admins and Salesforce (System Administrator, Modify All Data): MFA, enabled, last sign-in; disabled and stale first",
    ),
    (
        "threats",
        "sign-in findings (impossible travel, password spray, brute force, legacy auth, disabled or unknown accounts), risky users, usage outliers; new or reported",
    ),
    (
        "sso",
        "SSO check history per provider, certificate expiry calendar, failures",
    ),
    (
        "sync",
        "sync job history per period: runs, failures, durations, counts",
    ),
    (
        "teams",
        "per team (or department): members, owners, guests, active members; teams with one owner or none; drift of reconciled teams from their group",
    ),
    (
        "roi",
        "time and money saved: interactions x minutes per interaction x hourly cost",
    ),
    (
        "audit",
        "who ran what against which system with which profile, and the outcome",
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Department,
    Ou,
    Title,
    Channel,
}

/// How chat users are matched to directory users.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinKey {
    Mail,
    Uid,
    Upn,
}

#[derive(Clone)]
pub struct Params {
    pub window: Window,
    pub by: By,
    pub group_by: Option<GroupBy>,
    pub join_key: JoinKey,
    /// Limit directory and Salesforce data to this profile's (all profiles when None).
    pub profile: Option<String>,
    pub stale_days: i64,
    pub privileged_groups: Vec<String>,
    pub minutes_per_interaction: f64,
    pub hourly_cost: f64,
    pub currency: String,
    pub now: OffsetDateTime,
    /// threats: the rules' thresholds, and whether findings reported before are left out.
    pub threats: crate::analytics::threats::Thresholds,
    pub new_only: bool,
    pub min_severity: crate::analytics::threats::Severity,
}

impl Params {
    /// The same, without a grouping.
    pub fn ungrouped(&self) -> Params {
        Params {
            group_by: None,
            ..self.clone()
        }
    }
}

/// What the reports read: the cache, and the daily usage rollup (`cache::daily`), loaded
/// once for all the reports of a run that need it (the overview page runs several).
pub struct Source<'c> {
    pub conn: &'c Connection,
    daily: RefCell<Option<Rc<Daily>>>,
}

impl<'c> Source<'c> {
    pub fn new(conn: &'c Connection) -> Source<'c> {
        Source {
            conn,
            daily: RefCell::new(None),
        }
    }

    /// The usage of `[start, end)`: the rollup loaded before when it covers that window,
    /// else loaded now (and kept for the next report).
    pub fn daily(&self, start: i64, end: i64) -> Result<Rc<Daily>, AnalyticsError> {
        if let Some(d) = self
            .daily
            .borrow()
            .as_ref()
            .filter(|d| d.covers(start, end))
        {
            return Ok(Rc::clone(d));
        }
        let d = Rc::new(Daily::load(self.conn, start, end)?);
        *self.daily.borrow_mut() = Some(Rc::clone(&d));
        Ok(d)
    }
}

pub fn run(name: &str, conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    run_in(name, &Source::new(conn), p)
}

/// `run`, reading through `src` (whose rollup the reports share).
pub fn run_in(name: &str, src: &Source<'_>, p: &Params) -> Result<Report, AnalyticsError> {
    let conn = src.conn;
    match name {
        "usage" => usage::run(src, p),
        "forecast" => forecast::run(src, p),
        "engagement" => engagement::run(src, p),
        "directory" => directory::run(conn, p),
        "crm" => crm::run(conn, p),
        "incidents" => incidents::run(conn, p),
        "sla" => sla::run(conn, p),
        "ticket-reduction" => ticket_reduction::run(src, p),
        "access-review" => access_review::run(src, p),
        "mfa" => mfa::run(conn, p),
        "threats" => threats::run(src, p),
        "privileged" => privileged::run(conn, p),
        "sso" => sso::run(conn, p),
        "sync" => sync::run(conn, p),
        "teams" => teams::run(src, p),
        "roi" => roi::run(src, p),
        "audit" => audit::run(conn, p),
        other => Err(AnalyticsError::Usage(format!(
            "no report {other:?}; the reports are {}",
            LIST.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
        ))),
    }
}

/// A directory user as the reports need it.
#[derive(Debug, Clone)]
pub struct DirUser {
    pub name: String,
    pub mail: Option<String>,
    pub upn: Option<String>,
    pub department: Option<String>,
    pub title: Option<String>,
    /// The OU the entry sits in (`Sales` from `uid=x,ou=Sales,ou=people,…`).
    pub ou: Option<String>,
    pub enabled: Option<bool>,
    pub locked: Option<bool>,
    pub password_never_expires: Option<bool>,
    pub last_logon: Option<i64>,
    pub id: String,
}

impl DirUser {
    pub fn key(&self, k: JoinKey) -> Option<String> {
        match k {
            JoinKey::Mail => self.mail.clone(),
            JoinKey::Uid => Some(self.name.clone()),
            JoinKey::Upn => self.upn.clone(),
        }
        .map(|s| s.to_lowercase())
    }

    pub fn group(&self, g: GroupBy) -> String {
        match g {
            GroupBy::Department => self.department.clone(),
            GroupBy::Ou => self.ou.clone(),
            GroupBy::Title => self.title.clone(),
            GroupBy::Channel => None,
        }
        .unwrap_or_else(|| "(none)".into())
    }
}

/// The first RDN value of the parent: the OU an entry sits in.
fn parent_ou(dn: &str) -> Option<String> {
    let mut rest = dn;
    // Skip the entry's own RDN, honouring `\,` escapes.
    let mut escaped = false;
    for (i, c) in dn.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == ',' {
            rest = &dn[i + 1..];
            break;
        }
    }
    let first = rest.split(',').next()?;
    let (attr, value) = first.split_once('=')?;
    attr.trim()
        .eq_ignore_ascii_case("ou")
        .then(|| value.trim().to_owned())
}

pub fn parse_ts(s: Option<String>) -> Option<i64> {
    s.and_then(|v| OffsetDateTime::parse(&v, &time::format_description::well_known::Rfc3339).ok())
        .map(OffsetDateTime::unix_timestamp)
}

/// The synced directory users (of `profile`, or all).
pub fn directory_users(
    conn: &Connection,
    profile: Option<&str>,
) -> Result<Vec<DirUser>, AnalyticsError> {
    let mut st = conn.prepare(
        "SELECT id, dn, name, mail, upn, department, title, enabled, locked, password_never_expires, last_logon
         FROM ldap_users WHERE ?1 IS NULL OR profile = ?1",
    )?;
    let rows = st.query_map([profile], |r| {
        let dn: String = r.get(1)?;
        Ok(DirUser {
            id: r.get(0)?,
            ou: parent_ou(&dn),
            name: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
            mail: r.get(3)?,
            upn: r.get(4)?,
            department: r.get(5)?,
            title: r.get(6)?,
            enabled: r.get(7)?,
            locked: r.get(8)?,
            password_never_expires: r.get(9)?,
            last_logon: parse_ts(r.get(10)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Directory users by their join key (lower-case).
pub fn by_key(users: &[DirUser], k: JoinKey) -> HashMap<String, usize> {
    users
        .iter()
        .enumerate()
        .filter_map(|(i, u)| u.key(k).map(|key| (key, i)))
        .collect()
}

/// Does the cache have this table (a Salesforce object that was synced)?
pub fn columns_of(conn: &Connection, table: &str) -> Result<Vec<String>, AnalyticsError> {
    let mut st = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
    let cols = st
        .query_map([table], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(cols)
}

/// Rows of a synced table (`sf_<object>`, `snow_<table>`) as JSON maps of the wanted fields
/// (missing columns are absent); None when the table was never synced.
pub fn cached_rows(
    conn: &Connection,
    table: &str,
    fields: &[&str],
    profile: Option<&str>,
) -> Result<Option<Vec<BTreeMap<String, Value>>>, AnalyticsError> {
    let cols = columns_of(conn, table)?;
    if cols.is_empty() {
        return Ok(None);
    }
    let have: Vec<&str> = fields
        .iter()
        .copied()
        .filter(|f| cols.iter().any(|c| c == f))
        .collect();
    let sql = format!(
        "SELECT {} FROM {table} WHERE ?1 IS NULL OR profile = ?1",
        have.iter()
            .map(|f| format!("\"{f}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map([profile], |r| {
        let mut m = BTreeMap::new();
        for (i, f) in have.iter().enumerate() {
            m.insert((*f).to_owned(), crate::cache::sql_value(r.get_ref(i)?));
        }
        Ok(m)
    })?;
    Ok(Some(rows.collect::<Result<_, _>>()?))
}

/// Nearest-rank percentile of sorted values: the smallest value with at least p% at or below.
/// The nearest-rank percentile; `values` are reordered (a selection, not a sort: linear).
pub fn percentile<T: Ord + Copy>(values: &mut [T], p: f64) -> Option<T> {
    if values.is_empty() {
        return None;
    }
    let rank = ((p / 100.0) * values.len() as f64).ceil().max(1.0) as usize;
    Some(*values.select_nth_unstable(rank.min(values.len()) - 1).1)
}

pub fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Robust anomaly score of `x` against a trailing baseline (Iglewicz & Hoaglin's modified
/// z-score): 0.6745 × (x − median) / MAD. When the MAD is 0 (a flat baseline), the mean
/// absolute deviation × 1.253314 stands in. None with fewer than `min` baseline values.
pub fn modified_z(x: f64, baseline: &[f64], min: usize) -> Option<f64> {
    if baseline.len() < min {
        return None;
    }
    let mut b = baseline.to_vec();
    let m = median(&mut b);
    let mut dev: Vec<f64> = baseline.iter().map(|v| (v - m).abs()).collect();
    let mad = median(&mut dev);
    if mad > 0.0 {
        return Some(0.6745 * (x - m) / mad);
    }
    let mean_ad = dev.iter().sum::<f64>() / dev.len() as f64;
    if mean_ad > 0.0 {
        Some((x - m) / (1.253_314 * mean_ad))
    } else if x == m {
        Some(0.0)
    } else {
        Some(f64::INFINITY.copysign(x - m))
    }
}

/// |modified z| above this is an anomaly (the threshold Iglewicz & Hoaglin recommend).
pub const ANOMALY_Z: f64 = 3.5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(
            parent_ou("uid=a,ou=Sales,ou=people,dc=x"),
            Some("Sales".into())
        );
        assert_eq!(
            parent_ou("cn=Smith\\, John,ou=Sales,dc=x"),
            Some("Sales".into())
        );
        assert_eq!(parent_ou("cn=x,cn=Users,dc=x"), None);
        assert_eq!(
            percentile(&mut [10, 2, 3, 4, 5, 6, 7, 8, 9, 1], 50.0),
            Some(5)
        );
        assert_eq!(
            percentile(&mut [1, 2, 3, 4, 5, 6, 7, 8, 10, 9], 95.0),
            Some(10)
        );
        assert_eq!(percentile(&mut [7], 95.0), Some(7));
        let base = [100.0, 104.0, 98.0, 101.0, 97.0, 103.0, 99.0];
        assert!(modified_z(1000.0, &base, 7).unwrap() > ANOMALY_Z);
        assert!(modified_z(102.0, &base, 7).unwrap().abs() < ANOMALY_Z);
        assert!(modified_z(102.0, &base[..3], 7).is_none());
    }
}
