//! The rules that read only the sign-ins: impossible travel, password spray, brute force and
//! legacy authentication. Each is one pass over the rows grouped by user or by address.

use std::collections::HashMap;

use super::signins::{Row, SignIns};
use super::{Detection, Severity, Thresholds};

/// Great-circle distance in km (haversine, mean Earth radius).
pub fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().min(1.0).asin()
}

/// Every rule over the sign-ins that `t` leaves on.
pub fn run(s: &SignIns, t: &Thresholds) -> Vec<Detection> {
    let mut out = Vec::new();
    let by_user = group(s, |r| r.user, |_| true);
    if t.on("impossible_travel") {
        out.extend(impossible_travel(s, &by_user, t));
    }
    let failure = |r: &Row| t.s.failure_codes.contains(&i64::from(r.code));
    if t.on("password_spray") {
        out.extend(password_spray(s, t, &failure));
    }
    if t.on("brute_force") {
        out.extend(brute_force(s, &by_user, t, &failure));
    }
    if t.on("legacy_auth") {
        out.extend(legacy_auth(s, &by_user, t));
    }
    out
}

/// Row indices (oldest first) per key, for the rows `keep` takes.
fn group(s: &SignIns, key: impl Fn(&Row) -> u32, keep: impl Fn(&Row) -> bool) -> Vec<Vec<u32>> {
    let mut out: Vec<Vec<u32>> = Vec::new();
    for (i, r) in s.rows.iter().enumerate() {
        if !keep(r) {
            continue;
        }
        let k = key(r) as usize;
        if out.len() <= k {
            out.resize_with(k + 1, Vec::new);
        }
        out[k].push(i as u32);
    }
    out
}

fn impossible_travel(s: &SignIns, by_user: &[Vec<u32>], t: &Thresholds) -> Vec<Detection> {
    let mut out = Vec::new();
    for rows in by_user {
        let mut prev: Option<usize> = None;
        for &i in rows {
            let i = i as usize;
            let r = &s.rows[i];
            if !r.ok() || !r.located() {
                continue;
            }
            if let Some(p) = prev {
                let a = &s.rows[p];
                let d = km(
                    f64::from(a.lat),
                    f64::from(a.lon),
                    f64::from(r.lat),
                    f64::from(r.lon),
                );
                let hours = (r.t - a.t) as f64 / 3600.0;
                let speed = if hours > 0.0 {
                    d / hours
                } else {
                    f64::INFINITY
                };
                if d >= t.s.travel_min_km && speed > t.s.travel_kmh {
                    let speed = if speed.is_finite() {
                        format!("{speed:.0} km/h")
                    } else {
                        "at the same second".into()
                    };
                    out.push(Detection {
                        rule: "impossible_travel",
                        severity: Severity::High,
                        subject: s.user(r).to_owned(),
                        detail: format!(
                            "{d:.0} km in {} ({speed}) from {} to {}",
                            gap(r.t - a.t),
                            s.ip(a),
                            s.ip(r)
                        ),
                        rows: vec![p, i],
                    });
                }
            }
            prev = Some(i);
        }
    }
    out
}

fn gap(secs: i64) -> String {
    if secs < 3600 {
        format!("{} min", secs / 60)
    } else {
        format!("{:.1} h", secs as f64 / 3600.0)
    }
}

/// Runs of `rows` (indices, oldest first) where a window of `window` seconds holds `need`
/// or more distinct keys; overlapping windows are one run. Inclusive index ranges into `rows`.
fn bursts(
    s: &SignIns,
    rows: &[u32],
    window: i64,
    need: usize,
    key: impl Fn(&Row) -> u64,
) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut counts: HashMap<u64, u32> = HashMap::new();
    let mut lo = 0;
    for hi in 0..rows.len() {
        let r = &s.rows[rows[hi] as usize];
        *counts.entry(key(r)).or_default() += 1;
        while r.t - s.rows[rows[lo] as usize].t > window {
            let k = key(&s.rows[rows[lo] as usize]);
            if let Some(c) = counts.get_mut(&k) {
                *c -= 1;
                if *c == 0 {
                    counts.remove(&k);
                }
            }
            lo += 1;
        }
        if counts.len() >= need {
            match out.last_mut() {
                Some(last) if lo <= last.1 => last.1 = hi,
                _ => out.push((lo, hi)),
            }
        }
    }
    out
}

fn password_spray(s: &SignIns, t: &Thresholds, failure: &dyn Fn(&Row) -> bool) -> Vec<Detection> {
    let mut out = Vec::new();
    let by_ip = group(s, |r| r.ip, |r| failure(r) && !s.ip(r).is_empty());
    for rows in &by_ip {
        for (a, b) in bursts(s, rows, t.spray_window, t.s.spray_users, |r| {
            u64::from(r.user)
        }) {
            let ev: Vec<usize> = rows[a..=b].iter().map(|i| *i as usize).collect();
            let (first, last) = (&s.rows[ev[0]], &s.rows[ev[ev.len() - 1]]);
            let mut users: Vec<u32> = ev.iter().map(|i| s.rows[*i].user).collect();
            users.sort_unstable();
            users.dedup();
            // Did a guess work? A success from the address for a targeted user, from the
            // first failure to a window after the last (the rows are in time order).
            let from = s.rows.partition_point(|r| r.t < first.t);
            let to = s.rows.partition_point(|r| r.t <= last.t + t.spray_window);
            let mut broke_in: Vec<&str> = s.rows[from..to]
                .iter()
                .filter(|r| r.ok() && r.ip == first.ip && users.binary_search(&r.user).is_ok())
                .map(|r| s.user(r))
                .collect();
            broke_in.sort_unstable();
            broke_in.dedup();
            out.push(Detection {
                rule: "password_spray",
                severity: Severity::High,
                subject: s.ip(first).to_owned(),
                detail: format!(
                    "{} failures against {} users in {}{}",
                    ev.len(),
                    users.len(),
                    gap(last.t - first.t),
                    if broke_in.is_empty() {
                        String::new()
                    } else {
                        format!("; then a success from it for {}", broke_in.join(", "))
                    }
                ),
                rows: ev,
            });
        }
    }
    out
}

fn brute_force(
    s: &SignIns,
    by_user: &[Vec<u32>],
    t: &Thresholds,
    failure: &dyn Fn(&Row) -> bool,
) -> Vec<Detection> {
    let mut out = Vec::new();
    for rows in by_user {
        let fails: Vec<u32> = rows
            .iter()
            .copied()
            .filter(|i| failure(&s.rows[*i as usize]))
            .collect();
        // Every failure is its own key: the window must hold `brute_failures` of them.
        for (a, b) in bursts(s, &fails, t.brute_window, t.s.brute_failures, |r| {
            r.rowid as u64
        }) {
            let mut ev: Vec<usize> = fails[a..=b].iter().map(|i| *i as usize).collect();
            let (from, to) = (s.rows[ev[0]].t, s.rows[ev[ev.len() - 1]].t);
            let success = rows.iter().map(|i| *i as usize).find(|i| {
                let r = &s.rows[*i];
                r.ok() && r.t >= from && r.t <= to + t.brute_window
            });
            let mut ips: Vec<&str> = ev.iter().map(|i| s.ip(&s.rows[*i])).collect();
            ips.sort_unstable();
            ips.dedup();
            let n = ev.len();
            let detail = format!(
                "{n} failures in {} from {} address{}{}",
                gap(to - from),
                ips.len(),
                if ips.len() == 1 { "" } else { "es" },
                match success {
                    Some(i) => format!(
                        "; then a success from {} {} later",
                        s.ip(&s.rows[i]),
                        gap((s.rows[i].t - to).max(0))
                    ),
                    None => String::new(),
                }
            );
            if let Some(i) = success {
                ev.push(i);
            }
            out.push(Detection {
                rule: "brute_force",
                severity: if success.is_some() {
                    Severity::High
                } else {
                    Severity::Medium
                },
                subject: s.user(&s.rows[ev[0]]).to_owned(),
                detail,
                rows: ev,
            });
        }
    }
    out
}

fn legacy_auth(s: &SignIns, by_user: &[Vec<u32>], t: &Thresholds) -> Vec<Detection> {
    // Clients by their lower-case name (logs differ in case), legacy or not.
    let mut canon: HashMap<String, u32> = HashMap::new();
    let client: Vec<Option<u32>> = s
        .clients
        .names
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let modern = t.s.modern_clients.iter().any(|m| m.eq_ignore_ascii_case(c));
            (!c.is_empty() && !modern).then(|| *canon.entry(c.to_lowercase()).or_insert(i as u32))
        })
        .collect();
    let mut out = Vec::new();
    for rows in by_user {
        let mut per_client: Vec<(u32, Vec<usize>)> = Vec::new();
        for &i in rows {
            let Some(c) = client[s.rows[i as usize].client as usize] else {
                continue;
            };
            match per_client.iter_mut().find(|(k, _)| *k == c) {
                Some((_, v)) => v.push(i as usize),
                None => per_client.push((c, vec![i as usize])),
            }
        }
        for (c, ev) in per_client {
            let ok = ev.iter().filter(|i| s.rows[**i].ok()).count();
            out.push(Detection {
                rule: "legacy_auth",
                severity: if ok > 0 {
                    Severity::Medium
                } else {
                    Severity::Low
                },
                subject: s.user(&s.rows[ev[0]]).to_owned(),
                detail: format!(
                    "{}: {ok} successful, {} failed",
                    s.clients.names[c as usize],
                    ev.len() - ok
                ),
                rows: ev,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::ThreatSettings;
    use super::super::signins::RowText;
    use super::*;

    const OSLO: (f64, f64) = (59.91, 10.75);
    const STOCKHOLM: (f64, f64) = (59.33, 18.07);
    const SYDNEY: (f64, f64) = (-33.87, 151.21);
    const LONDON: (f64, f64) = (51.51, -0.13);
    const NEW_YORK: (f64, f64) = (40.71, -74.01);

    fn add(s: &mut SignIns, t: i64, user: &str, ip: &str, client: &str, code: i32, at: (f64, f64)) {
        let rowid = s.rows.len() as i64 + 1;
        s.push(RowText {
            t,
            rowid,
            user,
            ip,
            client,
            code,
            lat: Some(at.0),
            lon: Some(at.1),
        });
    }

    fn rules() -> Thresholds {
        ThreatSettings::default().check().unwrap()
    }

    fn found(s: &mut SignIns) -> Vec<(&'static str, Severity, String)> {
        s.finish();
        let mut v: Vec<_> = run(s, &rules())
            .into_iter()
            .map(|d| (d.rule, d.severity, d.subject))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn distances_are_great_circles() {
        assert!((km(OSLO.0, OSLO.1, STOCKHOLM.0, STOCKHOLM.1) - 417.0).abs() < 5.0);
        assert!((km(LONDON.0, LONDON.1, NEW_YORK.0, NEW_YORK.1) - 5570.0).abs() < 20.0);
        assert_eq!(km(1.0, 2.0, 1.0, 2.0), 0.0);
    }

    #[test]
    fn travel_needs_the_speed_and_the_distance() {
        let mut s = SignIns::default();
        let b = "Browser";
        // Impossible: Oslo, then Sydney an hour later.
        add(&mut s, 0, "a", "1.1.1.1", b, 0, OSLO);
        add(&mut s, 3600, "a", "2.2.2.2", b, 0, SYDNEY);
        // A VPN hop: Oslo to Stockholm in 5 minutes (fast, but under the distance floor).
        add(&mut s, 0, "b", "1.1.1.2", b, 0, OSLO);
        add(&mut s, 300, "b", "3.3.3.3", b, 0, STOCKHOLM);
        // A flight: London to New York in 8 hours (under 900 km/h).
        add(&mut s, 0, "c", "1.1.1.3", b, 0, LONDON);
        add(&mut s, 8 * 3600, "c", "4.4.4.4", b, 0, NEW_YORK);
        // A failed sign-in from far away is not travel.
        add(&mut s, 0, "d", "1.1.1.4", b, 0, OSLO);
        add(&mut s, 60, "d", "5.5.5.5", b, 50126, SYDNEY);
        assert_eq!(
            found(&mut s),
            vec![("impossible_travel", Severity::High, "a".into())]
        );
    }

    #[test]
    fn spray_counts_distinct_users_of_one_address_in_the_window() {
        let mut s = SignIns::default();
        let b = "Browser";
        for u in 0..12 {
            add(&mut s, u * 60, &format!("u{u}"), "6.6.6.6", b, 50126, OSLO);
        }
        // A guess that worked (twice), and a success of a targeted user from elsewhere.
        add(&mut s, 800, "u3", "6.6.6.6", b, 0, OSLO);
        add(&mut s, 900, "u3", "6.6.6.6", b, 0, OSLO);
        add(&mut s, 800, "u4", "1.2.3.4", b, 0, OSLO);
        // The same address, one user fewer than the threshold, a day later.
        for u in 0..9 {
            add(
                &mut s,
                86_400 + u * 60,
                &format!("u{u}"),
                "7.7.7.7",
                b,
                50126,
                OSLO,
            );
        }
        // Ten users, but spread over more than the window.
        for u in 0..10 {
            add(
                &mut s,
                200_000 + u * 900,
                &format!("u{u}"),
                "8.8.8.8",
                b,
                50126,
                OSLO,
            );
        }
        let mut s2 = s;
        assert_eq!(
            found(&mut s2),
            vec![("password_spray", Severity::High, "6.6.6.6".into())]
        );
        let d = run(&s2, &rules());
        assert_eq!(d[0].rows.len(), 12);
        assert!(
            d[0].detail.ends_with("; then a success from it for u3"),
            "{}",
            d[0].detail
        );
    }

    #[test]
    fn brute_force_is_worse_when_a_success_follows_and_mistypes_are_nothing() {
        let mut s = SignIns::default();
        let b = "Browser";
        for i in 0..10 {
            add(&mut s, i * 30, "victim", "9.9.9.9", b, 50126, OSLO);
        }
        add(&mut s, 400, "victim", "9.9.9.9", b, 0, OSLO);
        for i in 0..12 {
            add(&mut s, i * 30, "target", "9.9.9.8", b, 50053, OSLO);
        }
        // Three mistypes and in.
        for i in 0..3 {
            add(&mut s, i * 20, "typist", "10.0.0.1", b, 50126, OSLO);
        }
        add(&mut s, 70, "typist", "10.0.0.1", b, 0, OSLO);
        // 50074 (MFA required) is not a wrong guess.
        for i in 0..15 {
            add(&mut s, i * 20, "mfa", "10.0.0.2", b, 50074, OSLO);
        }
        assert_eq!(
            found(&mut s),
            vec![
                ("brute_force", Severity::Medium, "target".into()),
                ("brute_force", Severity::High, "victim".into()),
            ]
        );
    }

    #[test]
    fn legacy_clients_are_anything_but_the_modern_pair() {
        let mut s = SignIns::default();
        add(&mut s, 0, "a", "1.1.1.1", "IMAP4", 0, OSLO);
        add(&mut s, 10, "a", "1.1.1.1", "imap4", 50126, OSLO);
        add(
            &mut s,
            20,
            "b",
            "1.1.1.1",
            "Authenticated SMTP",
            50126,
            OSLO,
        );
        add(
            &mut s,
            30,
            "c",
            "1.1.1.1",
            "mobile apps and desktop clients",
            0,
            OSLO,
        );
        add(&mut s, 40, "d", "1.1.1.1", "", 0, OSLO);
        assert_eq!(
            found(&mut s),
            vec![
                ("legacy_auth", Severity::Low, "b".into()),
                ("legacy_auth", Severity::Medium, "a".into()),
            ]
        );
    }
}
