//! `threats`: findings from the sign-in logs (the rules of `analytics::threats`), joined with
//! the directory and the tenant (sign-ins by disabled or unknown accounts), Identity
//! Protection's risky users, and the chat-assistant usage events (a day of uploads far above
//! the user's own). Each finding has a severity, the rule, its evidence, and whether an
//! earlier run reported it already (`threat_alerts`), so a cron job alerts once.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension};
use serde_json::{Value, json};

use super::tenant::DirectoryMatch;
use super::{Params, Source, directory_users, modified_z};
use crate::analytics::period::{By, day_of, label};
use crate::analytics::threats::signins::{self, SignIns};
use crate::analytics::threats::{Alert, Detection, Severity, rules};
use crate::analytics::{AnalyticsError, Report, round2};

/// Evidence rows shown per finding; `evidence_count` has them all, and all are recorded.
const SHOWN: usize = 50;

struct Finding {
    rule: &'static str,
    severity: Severity,
    subject: String,
    first: Option<i64>,
    last: Option<i64>,
    detail: String,
    evidence: Vec<Value>,
    keys: Vec<String>,
}

pub fn run(src: &Source<'_>, p: &Params) -> Result<Report, AnalyticsError> {
    let conn = src.conn;
    let t = &p.threats;
    let profile = p.profile.as_deref();
    let mut rep = Report::new(
        "threats",
        "Threat findings",
        &[
            "status",
            "severity",
            "rule",
            "subject",
            "first_seen",
            "last_seen",
            "detail",
            "evidence_count",
            "evidence",
            "reported_at",
        ],
    )
    .headline(&[
        "status",
        "severity",
        "rule",
        "subject",
        "last_seen",
        "detail",
    ]);
    let s = signins::load(conn, profile, p.window.start, p.window.end)?;
    let mut detections = rules::run(&s, t);
    if t.on("disabled_account_sign_in") || t.on("unknown_account_sign_in") {
        detections.extend(accounts(conn, p, &s)?);
    }
    // The evidence by rowid and time; the sign-ins themselves are let go before the
    // findings are built (the two together are what a million rows would cost at peak).
    let read = s.rows.len();
    let detections: Vec<(Detection, Vec<(i64, i64)>)> = detections
        .into_iter()
        .map(|mut d| {
            let at = d
                .rows
                .iter()
                .map(|i| (s.rows[*i].rowid, s.rows[*i].t))
                .collect();
            d.rows = Vec::new();
            (d, at)
        })
        .collect();
    drop(s);
    crate::memory::give_back();
    let mut findings = Vec::with_capacity(detections.len());
    let mut st = conn.prepare_cached(
        "SELECT id, created, user_principal_name, ip_address, city, country, client_app_used,
                app_display_name, error_code
         FROM graph_signins WHERE rowid = ?1",
    )?;
    for (d, at) in detections {
        let mut f = Finding {
            rule: d.rule,
            severity: d.severity,
            subject: d.subject,
            first: at.iter().map(|a| a.1).min(),
            last: at.iter().map(|a| a.1).max(),
            detail: d.detail,
            evidence: Vec::new(),
            keys: Vec::with_capacity(at.len()),
        };
        for (n, (rowid, _)) in at.iter().enumerate() {
            let row = st
                .query_row([rowid], |r| {
                    let id: String = r.get(0)?;
                    let shown = (n < SHOWN).then(|| evidence_row(r)).transpose()?;
                    Ok((id, shown))
                })
                .optional()?;
            if let Some((id, shown)) = row {
                f.keys.push(id);
                f.evidence.extend(shown);
            }
        }
        findings.push(f);
    }
    if t.on("risky_user") {
        findings.extend(risky_users(conn, p)?);
    }
    if t.on("usage_outlier") {
        findings.extend(usage_outliers(src, p)?);
    }
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.rule.cmp(b.rule))
            .then_with(|| a.subject.cmp(&b.subject))
            .then_with(|| a.first.cmp(&b.first))
    });

    // Reported already: any piece of its evidence was recorded for the same rule and subject.
    let mut seen = conn.prepare_cached(
        "SELECT evidence, reported_at FROM threat_alerts
         WHERE profile = ?1 AND rule = ?2 AND subject = ?3",
    )?;
    let scope = profile.unwrap_or("");
    let (mut new, mut old, mut below) = (0, 0, 0);
    for f in findings {
        if f.severity < p.min_severity {
            below += 1;
            continue;
        }
        let recorded: HashMap<String, String> = seen
            .query_map([scope, f.rule, &f.subject], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let reported_at = f.keys.iter().filter_map(|k| recorded.get(k)).min().cloned();
        if reported_at.is_some() {
            old += 1;
            if p.new_only {
                continue;
            }
        } else {
            new += 1;
        }
        let time = |t: Option<i64>| {
            t.and_then(|t| time::OffsetDateTime::from_unix_timestamp(t).ok())
                .map(crate::utc::format)
        };
        rep.push(vec![
            json!(if reported_at.is_some() {
                "reported"
            } else {
                "new"
            }),
            json!(f.severity.as_str()),
            json!(f.rule),
            json!(f.subject),
            json!(time(f.first)),
            json!(time(f.last)),
            json!(f.detail),
            json!(f.keys.len()),
            Value::Array(f.evidence),
            json!(reported_at),
        ]);
        rep.alerts.push(Alert {
            rule: f.rule.to_owned(),
            subject: f.subject,
            severity: f.severity,
            evidence: f.keys,
            new: reported_at.is_none(),
        });
    }
    rep.notes.push(format!(
        "{new} new, {old} reported by an earlier run{}{}; {} sign-ins read; the rules and their thresholds: atomctl analytics report --help",
        if p.new_only { " (left out: --new-only)" } else { "" },
        if below > 0 {
            format!("; {below} below --min-severity left out")
        } else {
            String::new()
        },
        read
    ));
    if read == 0 {
        rep.notes.push(
            "no sign-ins in the window: atomctl teams sync --security (Entra ID P1 or P2)".into(),
        );
    }
    Ok(rep)
}

/// A sign-in as evidence: id, time, user, IP, location, client, app and status code. The
/// map is sized to its fields (a million-row report holds tens of thousands of these).
fn evidence_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Value> {
    let text = |i: usize| -> rusqlite::Result<Value> {
        Ok(r.get::<_, Option<String>>(i)?
            .map_or(Value::Null, Value::String))
    };
    let location = match (
        r.get::<_, Option<String>>(4)?,
        r.get::<_, Option<String>>(5)?,
    ) {
        (Some(city), Some(country)) => Value::String(format!("{city}, {country}")),
        (city, country) => city.or(country).map_or(Value::Null, Value::String),
    };
    let mut m = serde_json::Map::with_capacity(8);
    m.insert("id".into(), text(0)?);
    m.insert("time".into(), text(1)?);
    m.insert("user".into(), text(2)?);
    m.insert("ip".into(), text(3)?);
    m.insert("location".into(), location);
    m.insert("client".into(), text(6)?);
    m.insert("app".into(), text(7)?);
    m.insert("error_code".into(), json!(r.get::<_, Option<i64>>(8)?));
    Ok(Value::Object(m))
}

/// Successful sign-ins by accounts the directory or the tenant has disabled, and by member
/// accounts the synced directory does not have (guests, `#EXT#`, are expected there).
fn accounts(conn: &Connection, p: &Params, s: &SignIns) -> Result<Vec<Detection>, AnalyticsError> {
    let dir = directory_users(conn, p.profile.as_deref())?;
    let matcher = DirectoryMatch::new(&dir);
    let mut tenant_disabled: HashSet<String> = HashSet::new();
    let mut st = conn.prepare(
        "SELECT lower(upn) FROM graph_users WHERE enabled = 0 AND upn IS NOT NULL
         AND (?1 IS NULL OR profile = ?1)",
    )?;
    for r in st.query_map([p.profile.as_deref()], |r| r.get::<_, String>(0))? {
        tenant_disabled.insert(r?);
    }
    let mut ok: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, r) in s.rows.iter().enumerate().filter(|(_, r)| r.ok()) {
        ok.entry(r.user).or_default().push(i);
    }
    let mut out = Vec::new();
    for (user, rows) in ok {
        let upn = s.users.names[user as usize].as_str();
        if upn.is_empty() {
            continue;
        }
        let d = matcher.find(&[upn]).map(|i| &dir[i]);
        let (rule, severity, detail) = match d {
            Some(u) if u.enabled == Some(false) => (
                "disabled_account_sign_in",
                Severity::High,
                format!("disabled in the directory ({})", u.name),
            ),
            _ if tenant_disabled.contains(upn) => (
                "disabled_account_sign_in",
                Severity::High,
                "disabled in the tenant (accountEnabled false)".to_owned(),
            ),
            None if !dir.is_empty() && !upn.contains("#ext#") => (
                "unknown_account_sign_in",
                Severity::Medium,
                "no directory account with this UPN or mail".to_owned(),
            ),
            _ => continue,
        };
        if p.threats.on(rule) {
            out.push(Detection {
                rule,
                severity,
                subject: upn.to_owned(),
                detail: format!("{} successful sign-ins; {detail}", rows.len()),
                rows,
            });
        }
    }
    Ok(out)
}

/// Users Identity Protection holds at one of the configured risk levels, now (the source is
/// the current state, not a log: the window does not apply). A new risk update is a new
/// finding.
fn risky_users(conn: &Connection, p: &Params) -> Result<Vec<Finding>, AnalyticsError> {
    let levels = &p.threats.s.risk_levels;
    let mut st = conn.prepare(
        "SELECT id, lower(coalesce(user_principal_name, id)), display_name, risk_level,
                risk_state, risk_detail, risk_last_updated
         FROM graph_risky_users
         WHERE coalesce(is_deleted, 0) = 0 AND risk_state IN ('atRisk', 'confirmedCompromised')
           AND (?1 IS NULL OR profile = ?1)",
    )?;
    let mut out = Vec::new();
    for r in st.query_map([p.profile.as_deref()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, Option<String>>(6)?,
        ))
    })? {
        let (id, upn, name, level, state, detail, updated) = r?;
        let level = level.unwrap_or_default();
        if !levels.iter().any(|l| l.eq_ignore_ascii_case(&level)) {
            continue;
        }
        let compromised = state.as_deref() == Some("confirmedCompromised");
        let at = updated.as_deref().and_then(signins::unix_time);
        out.push(Finding {
            rule: "risky_user",
            severity: if compromised || level == "high" {
                Severity::High
            } else {
                Severity::Medium
            },
            subject: upn,
            first: at,
            last: at,
            detail: format!(
                "risk {level}, {}{}",
                state.as_deref().unwrap_or("?"),
                detail
                    .filter(|d| d != "none")
                    .map(|d| format!(" ({d})"))
                    .unwrap_or_default()
            ),
            evidence: vec![json!({"id": id, "name": name, "risk_level": level,
                "risk_state": state, "risk_last_updated": updated})],
            keys: vec![format!("{id}@{}", updated.unwrap_or_default())],
        });
    }
    Ok(out)
}

/// Days of the window on which a user's file uploads (count or bytes) score above
/// `usage_z` against the user's own active days before it, and reach the floors.
fn usage_outliers(src: &Source<'_>, p: &Params) -> Result<Vec<Finding>, AnalyticsError> {
    let s = &p.threats.s;
    let first_day = day_of(p.window.start);
    let from = (first_day - s.usage_baseline_days) * 86_400;
    let daily = src.daily(from, p.window.end)?;
    // user → day → (files, bytes), for every day the user was active (on any channel).
    let mut days: HashMap<&str, BTreeMap<i64, (i64, i64)>> = HashMap::new();
    for r in daily.rows_in(from, p.window.end) {
        let day = days
            .entry(daily.user(r))
            .or_default()
            .entry(r.day)
            .or_default();
        day.0 += i64::from(r.counts.files);
        day.1 = day
            .1
            .saturating_add(i64::try_from(r.counts.bytes).unwrap_or(i64::MAX));
    }
    let mut out = Vec::new();
    for (user, per_day) in &days {
        for (&day, &(files, bytes)) in per_day.range(first_day..) {
            let base: Vec<(i64, i64)> = per_day
                .range(day - s.usage_baseline_days..day)
                .map(|(_, v)| *v)
                .collect();
            let score = |x: i64, pick: fn(&(i64, i64)) -> i64| {
                let mut b: Vec<f64> = base.iter().map(|v| pick(v) as f64).collect();
                let z = modified_z(x as f64, &b, 7).filter(|z| *z > s.usage_z)?;
                (x as f64 >= s.usage_min_ratio * super::median(&mut b)).then_some(z)
            };
            let by_files = (files >= s.usage_min_files)
                .then(|| score(files, |v| v.0))
                .flatten();
            let by_bytes = (bytes >= s.usage_min_bytes)
                .then(|| score(bytes, |v| v.1))
                .flatten();
            if by_files.is_none() && by_bytes.is_none() {
                continue;
            }
            let mut usual: Vec<f64> = base.iter().map(|v| v.0 as f64).collect();
            let usual_files = super::median(&mut usual);
            let mut usual: Vec<f64> = base.iter().map(|v| v.1 as f64).collect();
            let usual_bytes = super::median(&mut usual);
            let z = by_files.into_iter().chain(by_bytes).fold(0.0, f64::max);
            let date = label(day, By::Day);
            out.push(Finding {
                rule: "usage_outlier",
                severity: Severity::Medium,
                subject: (*user).to_owned(),
                first: Some(day * 86_400),
                last: Some(day * 86_400 + 86_399),
                detail: format!(
                    "{date}: {files} files, {bytes} bytes uploaded (usual day: {usual_files} files, {usual_bytes} bytes; score {})",
                    if z.is_finite() { format!("{:.1}", round2(z)) } else { "∞".into() }
                ),
                evidence: vec![json!({"day": date, "files": files, "bytes": bytes,
                    "usual_files": usual_files, "usual_bytes": usual_bytes,
                    "baseline_days": base.len()})],
                keys: vec![date],
            });
        }
    }
    Ok(out)
}
