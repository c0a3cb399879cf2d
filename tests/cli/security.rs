//! `analytics report mfa | threats | privileged` (issue 20): a real slapd directory, the fake
//! Graph's registration report, sign-in logs and risky users, and a fake Salesforce org's
//! users, profiles and permission sets. The sign-ins hold a planted incident of every rule
//! beside benign look-alikes; the expected findings are computed here from the generated
//! rows by plain pairwise scans, not by atomctl's windows.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde_json::{Map, Value, json};
use time::{Duration, OffsetDateTime};

use crate::analytics::directory;
use crate::support::graph_fake::{self, DirUser, FakeGraph};
use crate::support::sf_fake::{FakeSalesforce, Org};
use crate::support::{Env, Slapd, code, expect_code, stderr};
use crate::teams::{atomctl_utc, logged_in};

const OSLO: (f64, f64) = (59.91, 10.75);
const STOCKHOLM: (f64, f64) = (59.33, 18.07);
const SYDNEY: (f64, f64) = (-33.87, 151.21);
const LONDON: (f64, f64) = (51.51, -0.13);
const NEW_YORK: (f64, f64) = (40.71, -74.01);
const DISABLED: &str = "user000005@example.test";
const DISABLED_DN: &str = "uid=user000005,ou=Legal,ou=people,dc=example,dc=test";

/// One generated sign-in, as the test reasons about it.
#[derive(Clone)]
struct Si {
    id: String,
    at: OffsetDateTime,
    user: String,
    ip: String,
    client: String,
    code: i64,
    geo: (f64, f64),
}

impl Si {
    fn graph(&self) -> Value {
        json!({
            "id": self.id, "createdDateTime": atomctl_utc(self.at),
            "userId": format!("id-{}", self.user), "userPrincipalName": self.user,
            "userDisplayName": self.user, "appDisplayName": "Office 365 Exchange Online",
            "ipAddress": self.ip, "clientAppUsed": self.client, "isInteractive": true,
            "conditionalAccessStatus": "notApplied", "riskLevelAggregated": "none",
            "riskEventTypes_v2": [],
            "status": {"errorCode": self.code, "failureReason": if self.code == 0 { "Other." } else { "Invalid username or password." }},
            "location": {"city": "x", "state": "x", "countryOrRegion": "NO",
                "geoCoordinates": {"altitude": null, "latitude": self.geo.0, "longitude": self.geo.1}},
        })
    }
}

struct Gen {
    rows: Vec<Si>,
}

impl Gen {
    /// `n` sign-ins of one user from one address, `step` apart, from a browser in Oslo.
    fn repeat(
        &mut self,
        from: OffsetDateTime,
        step: Duration,
        n: i64,
        user: &str,
        ip: &str,
        code: i64,
    ) {
        for k in 0..n {
            self.add(from + step * k as i32, user, ip, "Browser", code, OSLO);
        }
    }

    fn add(
        &mut self,
        at: OffsetDateTime,
        user: &str,
        ip: &str,
        client: &str,
        code: i64,
        geo: (f64, f64),
    ) {
        let id = format!("si-{:05}", self.rows.len());
        self.rows.push(Si {
            id,
            at,
            user: user.to_owned(),
            ip: ip.to_owned(),
            client: client.to_owned(),
            code,
            geo,
        });
    }
}

fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (p1, p2) = (a.0.to_radians(), b.0.to_radians());
    let h = ((p2 - p1) / 2.0).sin().powi(2)
        + p1.cos() * p2.cos() * ((b.1 - a.1).to_radians() / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().asin()
}

/// The findings the default rules must give over `rows`, by plain scans: every pair of a
/// user's consecutive successes; every failure as the end of a one-hour window.
fn expected(
    rows: &[Si],
    directory_mails: &HashSet<String>,
    tenant_disabled: &str,
) -> BTreeSet<(String, String, String)> {
    let mut out = BTreeSet::new();
    let mut add = |rule: &str, sev: &str, subject: &str| {
        out.insert((rule.to_owned(), sev.to_owned(), subject.to_owned()));
    };
    let bad = |s: &Si| s.code == 50126 || s.code == 50053;
    let users: BTreeSet<&str> = rows.iter().map(|s| s.user.as_str()).collect();
    for u in &users {
        let mut mine: Vec<&Si> = rows.iter().filter(|s| s.user == *u).collect();
        mine.sort_by_key(|s| (s.at, s.id.clone()));
        let ok: Vec<&&Si> = mine.iter().filter(|s| s.code == 0).collect();
        for w in ok.windows(2) {
            let d = km(w[0].geo, w[1].geo);
            let h = (w[1].at - w[0].at).as_seconds_f64() / 3600.0;
            if d >= 500.0 && (h <= 0.0 || d / h > 900.0) {
                add("impossible_travel", "high", u);
            }
        }
        let fails: Vec<&&Si> = mine.iter().filter(|s| bad(s)).collect();
        for f in &fails {
            let n = fails
                .iter()
                .filter(|g| g.at <= f.at && f.at - g.at <= Duration::hours(1))
                .count();
            if n >= 10 {
                let first = fails
                    .iter()
                    .filter(|g| g.at <= f.at && f.at - g.at <= Duration::hours(1))
                    .map(|g| g.at)
                    .min()
                    .unwrap();
                let after = mine
                    .iter()
                    .any(|s| s.code == 0 && s.at >= first && s.at <= f.at + Duration::hours(1));
                add("brute_force", if after { "high" } else { "medium" }, u);
            }
        }
        let mut legacy: BTreeMap<String, bool> = BTreeMap::new();
        for s in &mine {
            if !["browser", "mobile apps and desktop clients"]
                .contains(&s.client.to_lowercase().as_str())
            {
                *legacy.entry(s.client.to_lowercase()).or_default() |= s.code == 0;
            }
        }
        for ok in legacy.values() {
            add("legacy_auth", if *ok { "medium" } else { "low" }, u);
        }
        if !ok.is_empty() {
            if *u == DISABLED || *u == tenant_disabled {
                add("disabled_account_sign_in", "high", u);
            } else if !directory_mails.contains(*u) && !u.contains("#ext#") {
                add("unknown_account_sign_in", "medium", u);
            }
        }
    }
    let ips: BTreeSet<&str> = rows.iter().map(|s| s.ip.as_str()).collect();
    for ip in ips {
        let fails: Vec<&Si> = rows.iter().filter(|s| s.ip == ip && bad(s)).collect();
        if fails.iter().any(|f| {
            fails
                .iter()
                .filter(|g| g.at <= f.at && f.at - g.at <= Duration::hours(1))
                .map(|g| g.user.as_str())
                .collect::<HashSet<_>>()
                .len()
                >= 10
        }) {
            add("password_spray", "high", ip);
        }
    }
    out
}

fn sf_record(fields: Vec<(&str, Value)>) -> Map<String, Value> {
    let mut r: Map<String, Value> = fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    r.insert(
        "SystemModstamp".into(),
        json!("2026-01-05T10:00:00.000+0000"),
    );
    r
}

fn report(env: &Env, args: &[&str], want: i32) -> Vec<Value> {
    let mut all = vec!["analytics", "report"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let out = env.run(&all);
    assert_eq!(code(&out), want, "{}", stderr(&out));
    serde_json::from_slice::<Vec<Value>>(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn findings(rows: &[Value]) -> BTreeSet<(String, String, String)> {
    rows.iter()
        .map(|r| {
            (
                r["rule"].as_str().unwrap().to_owned(),
                r["severity"].as_str().unwrap().to_owned(),
                r["subject"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn security_reports_find_the_planted_incidents_once_and_join_directory_tenant_and_salesforce() {
    let dir = directory();
    let mut mails: Vec<String> = dir
        .dn_mail
        .values()
        .filter(|m| *m != DISABLED)
        .cloned()
        .collect();
    mails.sort();
    let m = |i: usize| mails[i].clone();

    // The directory, with one account disabled the way OpenLDAP does it.
    let slapd = Slapd::start();
    slapd.modify(&format!(
        "dn: {DISABLED_DN}\nchangetype: modify\nreplace: pwdAccountLockedTime\npwdAccountLockedTime: 000001010000Z\n"
    ));

    let fake = FakeGraph::start(graph_fake::sample_teams(1));
    let now = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap();
    let base = now - Duration::hours(10);
    let min = Duration::minutes;
    let mut g = Gen { rows: Vec::new() };
    let b = "Browser";
    // Everyday traffic of twenty users from Oslo.
    for u in 20..40 {
        for k in 0..4 {
            g.add(
                base + Duration::hours(2 * k) + min(u as i64),
                &m(u),
                "192.0.2.10",
                b,
                0,
                OSLO,
            );
        }
    }
    // Travel: Oslo then Sydney an hour later; a VPN hop to Stockholm in 5 minutes; a flight
    // London to New York in 8 hours.
    g.add(base + Duration::hours(1), &m(0), "192.0.2.1", b, 0, OSLO);
    g.add(
        base + Duration::hours(2),
        &m(0),
        "203.0.113.9",
        b,
        0,
        SYDNEY,
    );
    g.add(base + Duration::hours(1), &m(1), "192.0.2.2", b, 0, OSLO);
    g.add(
        base + Duration::hours(1) + min(5),
        &m(1),
        "198.51.100.99",
        b,
        0,
        STOCKHOLM,
    );
    g.add(base, &m(2), "192.0.2.3", b, 0, LONDON);
    g.add(
        base + Duration::hours(8),
        &m(2),
        "198.51.100.98",
        b,
        0,
        NEW_YORK,
    );
    // Spray: one address against twelve users in twelve minutes; another against five.
    for (ip, users) in [("198.51.100.7", 20..32), ("198.51.100.8", 32..37)] {
        for (k, u) in users.enumerate() {
            g.add(
                base + Duration::hours(3) + min(k as i64),
                &m(u),
                ip,
                b,
                50126,
                OSLO,
            );
        }
    }
    // Brute force: twelve failures and then in; ten lockouts and no success; a user who
    // mistypes three times; MFA prompts (50074) that are not guesses.
    g.repeat(
        base + Duration::hours(4),
        Duration::seconds(30),
        12,
        &m(3),
        "203.0.113.50",
        50126,
    );
    g.add(
        base + Duration::hours(4) + min(7),
        &m(3),
        "203.0.113.50",
        b,
        0,
        OSLO,
    );
    g.repeat(
        base + Duration::hours(4),
        min(1),
        10,
        &m(4),
        "203.0.113.51",
        50053,
    );
    g.repeat(
        base + Duration::hours(5),
        Duration::seconds(20),
        3,
        &m(5),
        "192.0.2.5",
        50126,
    );
    g.add(
        base + Duration::hours(5) + min(2),
        &m(5),
        "192.0.2.5",
        b,
        0,
        OSLO,
    );
    g.repeat(
        base + Duration::hours(5),
        min(1),
        15,
        &m(19),
        "192.0.2.19",
        50074,
    );
    // Legacy protocols: IMAP in; SMTP refused.
    g.add(
        base + Duration::hours(6),
        &m(6),
        "192.0.2.6",
        "IMAP4",
        0,
        OSLO,
    );
    g.add(
        base + Duration::hours(6),
        &m(7),
        "192.0.2.7",
        "Authenticated SMTP",
        50126,
        OSLO,
    );
    // Accounts: disabled in the directory, disabled in the tenant, unknown, a guest.
    g.add(base + Duration::hours(7), DISABLED, "192.0.2.8", b, 0, OSLO);
    g.add(base + Duration::hours(7), &m(8), "192.0.2.9", b, 0, OSLO);
    g.add(
        base + Duration::hours(7),
        "ghost.account@example.test",
        "192.0.2.11",
        b,
        0,
        OSLO,
    );
    g.add(
        base + Duration::hours(7),
        "partner_fabrikam.test#ext#@contoso.test",
        "192.0.2.12",
        b,
        0,
        OSLO,
    );

    // The tenant: m(8) disabled there; the registration report; risky users.
    let tenant_user = |mail: &str, enabled: bool| DirUser {
        id: format!("id-{mail}"),
        upn: mail.to_owned(),
        mail: Some(mail.to_owned()),
        display_name: Some(mail.to_owned()),
        enabled,
        user_type: "Member".into(),
        department: Some("Tenant Dept".into()),
        ..DirUser::default()
    };
    fake.set_directory(
        vec![tenant_user(&m(8), false), tenant_user(&m(9), true)],
        Vec::new(),
    );
    let privileged_dns = dir.nested_users("cn=engineering-all,ou=groups,dc=example,dc=test");
    let privileged_mails: BTreeSet<String> = privileged_dns
        .iter()
        .map(|d| dir.dn_mail[d].clone())
        .collect();
    let priv_in_tenant = privileged_mails
        .iter()
        .find(|p| !mails[..40].contains(p))
        .unwrap()
        .clone();
    // (upn, admin, registered, capable, guest)
    let mut reg: Vec<(String, bool, bool, bool, bool)> =
        (0..20).map(|i| (m(i), false, true, true, false)).collect();
    reg[1].2 = false; // m(1): nothing registered
    reg[1].3 = false;
    reg[2].3 = false; // m(2): registered, not allowed by the policy
    reg.push((m(40), true, false, false, false)); // an admin without MFA
    reg.push((m(41), true, true, true, false)); // an admin with MFA
    reg.push((priv_in_tenant.clone(), false, false, false, false)); // privileged, no MFA
    reg.push((
        "ghost.account@example.test".into(),
        false,
        false,
        false,
        false,
    ));
    reg.push(("cloud.only@example.test".into(), false, true, true, false));
    reg.push((
        "partner_fabrikam.test#ext#@contoso.test".into(),
        false,
        false,
        false,
        true,
    ));
    let risky = [
        (m(9), "high", "atRisk"),
        (m(10), "medium", "dismissed"),
        (m(11), "low", "atRisk"),
        (m(12), "medium", "confirmedCompromised"),
    ];
    {
        let mut s = fake.state.security.lock().unwrap();
        s.p1 = true;
        s.p2 = true;
        s.sign_ins = g.rows.iter().map(Si::graph).collect();
        s.registration = reg
            .iter()
            .map(|(upn, admin, r, c, guest)| {
                json!({"id": format!("id-{upn}"), "userPrincipalName": upn, "userDisplayName": upn,
                    "userType": if *guest { "guest" } else { "member" }, "isAdmin": admin,
                    "isMfaRegistered": r, "isMfaCapable": c, "methodsRegistered": if *r { vec!["fido2"] } else { vec![] },
                    "lastUpdatedDateTime": "2026-11-01T08:00:00Z"})
            })
            .collect();
        s.risky_users = risky
            .iter()
            .map(|(upn, level, state)| {
                json!({"id": format!("risk-{upn}"), "userPrincipalName": upn, "userDisplayName": upn,
                    "riskLevel": level, "riskState": state, "riskDetail": "none",
                    "riskLastUpdatedDateTime": "2026-12-01T09:00:00Z", "isDeleted": false, "isProcessing": false})
            })
            .collect();
    }
    let env = logged_in(&fake);
    slapd.sync_into(&env);
    let sync_security = || {
        let out = env
            .cmd()
            .env("GS", graph_fake::CLIENT_SECRET)
            .args(["teams", "sync", "--security", "--quiet"])
            .output()
            .unwrap();
        expect_code(&out, 0);
    };
    sync_security();

    // Usage: m(13) uploads 3 files a day for three weeks, then 300 yesterday; m(14) uploads
    // 28 to 32 a day, 32 yesterday (above the floor, not above the user's own).
    let today = now.date();
    let mut events = String::new();
    for d in 1..=22i64 {
        let day = today - Duration::days(d);
        let n13 = if d == 1 { 300 } else { 3 };
        let n14 = if d == 1 { 32 } else { 28 + d % 5 };
        for (u, n) in [(m(13), n13), (m(14), n14)] {
            for k in 0..n {
                events.push_str(&format!(
                    "{{\"ts\":\"{day}T10:{:02}:{:02}Z\",\"user\":\"{u}\",\"type\":\"file_uploaded\",\"bytes\":1000,\"id\":\"{u}-{day}-{k}\"}}\n",
                    k / 60 % 60,
                    k % 60
                ));
            }
        }
    }
    let file = env.path("events.ndjson");
    std::fs::write(&file, events).unwrap();
    expect_code(
        &env.run(&["analytics", "ingest", file.to_str().unwrap(), "--quiet"]),
        0,
    );

    // Threats: exactly the planted findings, computed here; exit 3 for new high ones.
    let directory_mails: HashSet<String> = dir.dn_mail.values().cloned().collect();
    let mut want = expected(&g.rows, &directory_mails, &m(8));
    want.insert(("risky_user".into(), "high".into(), m(9)));
    want.insert(("risky_user".into(), "high".into(), m(12)));
    want.insert(("usage_outlier".into(), "medium".into(), m(13)));
    // The plan is what the scans say, and the scans say what was planted.
    for planted in [
        ("impossible_travel", "high", m(0)),
        ("password_spray", "high", "198.51.100.7".to_owned()),
        ("brute_force", "high", m(3)),
        ("brute_force", "medium", m(4)),
        ("legacy_auth", "medium", m(6)),
        ("legacy_auth", "low", m(7)),
        ("disabled_account_sign_in", "high", DISABLED.to_owned()),
        ("disabled_account_sign_in", "high", m(8)),
        (
            "unknown_account_sign_in",
            "medium",
            "ghost.account@example.test".to_owned(),
        ),
    ] {
        assert!(
            want.contains(&(planted.0.into(), planted.1.into(), planted.2.clone())),
            "{planted:?}"
        );
    }
    assert_eq!(want.len(), 12, "{want:?}");
    // The overview page's security section: the MFA-capable share of the mfa report by
    // department, and the high-severity findings, all new (the page marks none reported:
    // the run below still finds every finding new).
    let security_on_page = || {
        let (_, html) = crate::analytics::overview_page(&env, &["--since", "2d"]);
        crate::analytics::page_table(&html, "Security")
    };
    let by_dept = report(&env, &["mfa", "--group-by", "department"], 0);
    let (users, capable) = by_dept.iter().fold((0, 0), |(u, c), r| {
        (
            u + r["users"].as_u64().unwrap(),
            c + r["capable"].as_u64().unwrap(),
        )
    });
    let capable_pct = format!("{:.1}", 100.0 * capable as f64 / users as f64);
    let high = want.iter().filter(|f| f.1 == "high").count().to_string();
    assert_ne!(high, "0");
    assert_eq!(
        security_on_page(),
        [
            vec!["MFA-capable accounts %".to_owned(), capable_pct.clone()],
            vec!["high-severity findings".to_owned(), high.clone()],
            vec!["of which not yet reported".to_owned(), high.clone()],
        ]
    );
    let first = report(&env, &["threats", "--since", "2d", "--fail-on", "high"], 3);
    assert_eq!(findings(&first), want);
    assert!(first.iter().all(|r| r["status"] == "new"));
    // Evidence: the spray's rows are the twelve failures from its address.
    let spray = first
        .iter()
        .find(|r| r["rule"] == "password_spray")
        .unwrap();
    let ids: BTreeSet<&str> = spray["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    let planted: BTreeSet<&str> = g
        .rows
        .iter()
        .filter(|s| s.ip == "198.51.100.7")
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, planted);
    assert_eq!(spray["evidence_count"], 12);
    let brute = first
        .iter()
        .find(|r| r["rule"] == "brute_force" && r["severity"] == "high")
        .unwrap();
    assert_eq!(
        brute["evidence_count"], 13,
        "twelve failures and the success"
    );
    // Sorted by severity: every high before every medium before every low.
    let rank = |s: &Value| {
        ["high", "medium", "low"]
            .iter()
            .position(|x| *x == s.as_str().unwrap())
            .unwrap()
    };
    assert!(
        first
            .windows(2)
            .all(|w| rank(&w[0]["severity"]) <= rank(&w[1]["severity"]))
    );

    // The next run: the same findings, each marked reported; nothing new, so exit 0.
    let second = report(&env, &["threats", "--since", "2d", "--fail-on", "low"], 0);
    assert_eq!(findings(&second), want);
    assert!(
        second
            .iter()
            .all(|r| r["status"] == "reported" && r["reported_at"].is_string())
    );
    assert!(report(&env, &["threats", "--since", "2d", "--new-only"], 0).is_empty());
    assert_eq!(
        security_on_page()[1..],
        [
            vec!["high-severity findings".to_owned(), high.clone()],
            vec!["of which not yet reported".to_owned(), "0".to_owned()],
        ]
    );

    // A new attack arrives with the next sync: only it is new, and a look with --no-mark
    // leaves it new for the cron run.
    let mut more = Gen { rows: Vec::new() };
    more.repeat(
        now - Duration::hours(1),
        min(1),
        11,
        &m(15),
        "203.0.113.77",
        50126,
    );
    for s in &mut more.rows {
        s.id = format!("late-{}", s.id);
    }
    fake.state
        .security
        .lock()
        .unwrap()
        .sign_ins
        .extend(more.rows.iter().map(Si::graph));
    sync_security();
    let peek = report(
        &env,
        &["threats", "--since", "2d", "--new-only", "--no-mark"],
        0,
    );
    assert_eq!(
        findings(&peek),
        BTreeSet::from([("brute_force".into(), "medium".into(), m(15))])
    );
    let third = report(
        &env,
        &[
            "threats",
            "--since",
            "2d",
            "--new-only",
            "--fail-on",
            "medium",
        ],
        3,
    );
    assert_eq!(findings(&third), findings(&peek));
    report(&env, &["threats", "--since", "2d", "--fail-on", "low"], 0);

    // The README's cron pipeline: the high findings as a table, posted through a webhook;
    // nothing new, nothing posted.
    let post = |args: &[&str]| {
        let out = env.run(
            &[
                &[
                    "analytics",
                    "report",
                    "threats",
                    "--since",
                    "2d",
                    "--min-severity",
                    "high",
                    "--columns",
                    "severity,rule,subject,detail",
                    "--format",
                    "ndjson",
                ],
                args,
            ]
            .concat(),
        );
        expect_code(&out, 0);
        let mut child = env
            .std_cmd()
            .env("W", fake.webhook_url())
            .args([
                "teams",
                "send",
                "--webhook-env",
                "W",
                "--rows",
                "--skip-empty",
                "--title",
                "New high-severity findings",
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), &out.stdout).unwrap();
        let sent = child.wait_with_output().unwrap();
        expect_code(&sent, 0);
        String::from_utf8(out.stdout).unwrap()
    };
    let table = post(&["--no-mark"]);
    let posts = fake.state.webhook_posts.lock().unwrap().clone();
    assert_eq!(posts.len(), 1);
    let card = posts[0].to_string();
    let high: BTreeSet<&str> = want
        .iter()
        .filter(|f| f.1 == "high")
        .map(|f| f.2.as_str())
        .collect();
    for (rule, _, subject) in &want {
        assert_eq!(
            card.contains(subject.as_str()),
            high.contains(subject.as_str()),
            "{rule} {subject}: {card}"
        );
    }
    assert!(
        table
            .lines()
            .all(|l| serde_json::from_str::<Value>(l).unwrap()["severity"] == "high"),
        "{table}"
    );
    assert!(
        card.contains("high · password_spray · 198.51.100.7 · 12 failures against 12 users"),
        "{card}"
    );
    assert!(post(&["--new-only"]).is_empty());
    assert_eq!(
        fake.state.webhook_posts.lock().unwrap().len(),
        1,
        "nothing new, nothing sent"
    );

    // The HTML page shows the columns a reader needs, not the evidence's JSON.
    let page = env.path("threats.html");
    let out = env.run(&[
        "analytics",
        "export",
        "threats",
        "--since",
        "2d",
        "--no-mark",
        "-o",
        page.to_str().unwrap(),
    ]);
    expect_code(&out, 0);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<th>detail</th>") && !html.contains("<th>evidence</th>"));
    assert!(html.contains("198.51.100.7") && !html.contains("&quot;id&quot;"));

    // Thresholds from the profile: spray at five users finds the second address too, and a
    // rule turned off finds nothing.
    std::fs::write(
        env.config(),
        "[profiles.default.analytics.threats]\nspray_users = 5\noff = [\"legacy_auth\"]\n",
    )
    .unwrap();
    let tuned = findings(&report(&env, &["threats", "--since", "2d", "--no-mark"], 0));
    assert!(tuned.contains(&(
        "password_spray".into(),
        "high".into(),
        "198.51.100.8".into()
    )));
    assert!(!tuned.iter().any(|f| f.0 == "legacy_auth"));
    std::fs::write(
        env.config(),
        "[profiles.default.analytics.threats]\nspray_user = 5\n",
    )
    .unwrap();
    let out = env.run(&["analytics", "report", "threats"]);
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    std::fs::remove_file(env.config()).unwrap();

    // The alerting flags belong to the threats report: elsewhere they would never fire.
    let out = env.run(&["analytics", "report", "mfa", "--fail-on", "high"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("apply to the threats report"),
        "{}",
        stderr(&out)
    );

    // MFA: each finding from the registration rows and the directory, computed here.
    let rows = report(&env, &["mfa", "--privileged-group", "engineering-all"], 0);
    let got: BTreeMap<String, String> = rows
        .iter()
        .map(|r| {
            (
                r["account"].as_str().unwrap().to_owned(),
                r["finding"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(got.len(), rows.len(), "one row per account");
    let mut want_mfa: BTreeMap<String, String> = BTreeMap::new();
    for (upn, admin, r, c, guest) in &reg {
        let f = if *guest {
            continue;
        } else if *admin && !c {
            "admin_without_mfa"
        } else if !c && privileged_mails.contains(upn) {
            "privileged_without_mfa"
        } else if !r {
            "no_mfa"
        } else if !c {
            "mfa_not_capable"
        } else if !directory_mails.contains(upn) {
            "only_in_tenant"
        } else {
            continue;
        };
        want_mfa.insert(upn.clone(), f.into());
    }
    let in_tenant: HashSet<&String> = reg.iter().map(|r| &r.0).collect();
    for mail in &directory_mails {
        if !in_tenant.contains(mail) && mail != DISABLED {
            let f = if privileged_mails.contains(mail) {
                "privileged_not_in_tenant"
            } else {
                "only_in_directory"
            };
            want_mfa.insert(mail.clone(), f.into());
        }
    }
    assert_eq!(got, want_mfa);
    assert_eq!(rows[0]["finding"], "admin_without_mfa", "admins first");
    assert_eq!(rows[1]["finding"], "privileged_without_mfa");
    let by_dept = report(&env, &["mfa", "--group-by", "department"], 0);
    let members: Vec<_> = reg.iter().filter(|r| !r.4).collect();
    assert_eq!(
        by_dept
            .iter()
            .map(|r| r["users"].as_u64().unwrap())
            .sum::<u64>(),
        members.len() as u64
    );
    assert_eq!(
        by_dept
            .iter()
            .map(|r| r["capable"].as_u64().unwrap())
            .sum::<u64>(),
        members.iter().filter(|r| r.3).count() as u64
    );

    // Privileged: Salesforce admins by profile and by a permission set.
    let mut org = Org::default();
    org.objects.insert(
        "Profile".into(),
        vec![
            sf_record(vec![
                ("Id", json!("00e000000000001AAA")),
                ("Name", json!("System Administrator")),
                ("PermissionsModifyAllData", json!(true)),
            ]),
            sf_record(vec![
                ("Id", json!("00e000000000002AAA")),
                ("Name", json!("Standard User")),
                ("PermissionsModifyAllData", json!(false)),
            ]),
        ],
    );
    org.objects.insert(
        "PermissionSet".into(),
        vec![
            sf_record(vec![
                ("Id", json!("0PS000000000001AAA")),
                ("Label", json!("Data Steward")),
                ("Name", json!("Data_Steward")),
                ("PermissionsModifyAllData", json!(true)),
                ("IsOwnedByProfile", json!(false)),
            ]),
            sf_record(vec![
                ("Id", json!("0PS000000000002AAA")),
                ("Label", json!("Reports")),
                ("Name", json!("Reports")),
                ("PermissionsModifyAllData", json!(false)),
                ("IsOwnedByProfile", json!(false)),
            ]),
        ],
    );
    let sf_user = |id: &str, mail: &str, active: bool, profile: &str| {
        sf_record(vec![
            ("Id", json!(id)),
            ("Username", json!(mail)),
            ("Email", json!(mail)),
            ("Name", json!(mail)),
            ("IsActive", json!(active)),
            ("ProfileId", json!(profile)),
            ("LastLoginDate", json!("2026-11-30T10:00:00.000+0000")),
        ])
    };
    org.objects.insert(
        "User".into(),
        vec![
            sf_user("005000000000001AAA", DISABLED, true, "00e000000000001AAA"),
            sf_user("005000000000002AAA", &m(3), true, "00e000000000002AAA"),
            sf_user("005000000000003AAA", &m(16), true, "00e000000000002AAA"),
            sf_user("005000000000004AAA", &m(17), false, "00e000000000001AAA"),
        ],
    );
    org.objects.insert(
        "PermissionSetAssignment".into(),
        vec![
            sf_record(vec![
                ("Id", json!("0Pa000000000001AAA")),
                ("AssigneeId", json!("005000000000002AAA")),
                ("PermissionSetId", json!("0PS000000000001AAA")),
            ]),
            sf_record(vec![
                ("Id", json!("0Pa000000000002AAA")),
                ("AssigneeId", json!("005000000000003AAA")),
                ("PermissionSetId", json!("0PS000000000002AAA")),
            ]),
        ],
    );
    let sf = FakeSalesforce::start(org);
    let out = env
        .cmd()
        .env("SFTOK", sf.token())
        .args([
            "sf",
            "sync",
            "User",
            "Profile",
            "PermissionSet",
            "PermissionSetAssignment",
            "--quiet",
            "--instance-url",
            &sf.url(),
            "--access-token-env",
            "SFTOK",
        ])
        .output()
        .unwrap();
    expect_code(&out, 0);
    let rows = report(
        &env,
        &["privileged", "--privileged-group", "engineering-all"],
        0,
    );
    let got: BTreeMap<(String, String), String> = rows
        .iter()
        .map(|r| {
            (
                (
                    r["system"].as_str().unwrap().to_owned(),
                    r["account"].as_str().unwrap().to_owned(),
                ),
                r["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let sf_keys: BTreeSet<(String, String)> = got
        .keys()
        .filter(|k| k.0 == "salesforce")
        .cloned()
        .collect();
    assert_eq!(
        sf_keys,
        [DISABLED.to_owned(), m(3), m(17)]
            .into_iter()
            .map(|a| ("salesforce".to_owned(), a))
            .collect()
    );
    assert_eq!(
        got[&("salesforce".into(), DISABLED.into())],
        "disabled_in_directory"
    );
    assert_eq!(got[&("salesforce".into(), m(17))], "inactive");
    let entra: BTreeSet<String> = got
        .keys()
        .filter(|k| k.0 == "entra")
        .map(|k| k.1.clone())
        .collect();
    assert_eq!(entra, BTreeSet::from([m(40), m(41)]));
    let dir_rows = got.keys().filter(|k| k.0 == "directory").count();
    assert_eq!(dir_rows, privileged_dns.len());
    assert_eq!(
        rows[0]["status"], "disabled_in_directory",
        "the worst first"
    );
    let sf3 = rows
        .iter()
        .find(|r| r["system"] == "salesforce" && r["account"] == m(3))
        .unwrap();
    assert!(
        sf3["privilege"].as_str().unwrap().contains("Data Steward"),
        "{sf3}"
    );
    assert_eq!(sf3["mfa"], "capable");
    // Its last sign-in is the tenant's success after the brute force (later than the
    // org's LastLoginDate), so it is not stale.
    assert_eq!(sf3["status"], "ok");
}
