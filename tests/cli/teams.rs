//! `atomctl teams`: against the fake identity platform and Graph of support/graph_fake.rs.
//! Every listing is parsed back and compared with what the fake holds.

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::graph_fake::{self, FakeGraph};
use crate::support::{Env, code, expect_code, ndjson, stderr};

fn login_args(fake: &FakeGraph) -> Vec<String> {
    let mut a: Vec<String> = [
        "--tenant",
        graph_fake::TENANT_DOMAIN,
        "--client-id",
        graph_fake::CLIENT_ID,
        "--client-secret-env",
        "GS",
    ]
    .map(str::to_owned)
    .to_vec();
    a.extend(fake.args());
    a
}

fn run(env: &Env, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("GS", graph_fake::CLIENT_SECRET)
        .args(args)
        .output()
        .unwrap()
}

pub(crate) fn logged_in(fake: &FakeGraph) -> Env {
    let env = Env::new();
    let mut args = vec![
        "teams".to_owned(),
        "login".into(),
        "--format".into(),
        "json".into(),
    ];
    args.extend(login_args(fake));
    let out = env
        .cmd()
        .env("GS", graph_fake::CLIENT_SECRET)
        .args(&args)
        .output()
        .unwrap();
    expect_code(&out, 0);
    env
}

#[test]
fn login_stores_the_source_not_the_secret_and_status_reads_the_token() {
    let fake = FakeGraph::start(graph_fake::sample_teams(3));
    let env = logged_in(&fake);
    let stored = env.path(".local/share/atomctl/teams/default.json");
    let mode = std::fs::metadata(&stored).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(&stored).unwrap();
    assert!(
        !text.contains(graph_fake::CLIENT_SECRET),
        "the secret is never stored"
    );
    let login: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        login["client_secret_from"],
        serde_json::json!({"env": "GS"})
    );
    // status needs no secret and makes no request.
    let before = fake
        .state
        .graph_requests
        .load(std::sync::atomic::Ordering::SeqCst);
    let out = env.run(&["teams", "status", "--format", "json"]);
    expect_code(&out, 0);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &doc[0];
    assert_eq!(s["tenant"], graph_fake::TENANT_DOMAIN);
    assert_eq!(s["tenant_id"], graph_fake::TENANT_ID);
    assert_eq!(s["app_id"], graph_fake::CLIENT_ID);
    assert_eq!(s["token_kind"], "application");
    assert_eq!(s["expired"], false);
    assert_eq!(s["credential"], "secret from env GS");
    assert!(
        s["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == "TeamMember.Read.All")
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("fakesig"),
        "no token printed"
    );
    assert_eq!(
        before,
        fake.state
            .graph_requests
            .load(std::sync::atomic::Ordering::SeqCst)
    );
}

#[test]
fn sign_in_failures_name_the_aadsts_cause() {
    let fake = FakeGraph::start(Vec::new());
    let env = Env::new();
    // The secret's id pasted instead of its value: exit 5 and the hint that says so.
    let mut args = vec!["teams".to_owned(), "login".into()];
    args.extend(login_args(&fake));
    let out = env
        .cmd()
        .env("GS", graph_fake::SECRET_ID)
        .args(&args)
        .output()
        .unwrap();
    expect_code(&out, 5);
    let err = stderr(&out);
    assert!(
        err.contains("AADSTS7000215") || err.contains("invalid_client"),
        "{err}"
    );
    assert!(err.contains("not its Secret ID"), "{err}");
    assert!(
        !err.contains("Trace ID"),
        "only the first line of the description: {err}"
    );
    assert!(
        !err.contains(graph_fake::SECRET_ID),
        "the secret is never echoed"
    );
    // A tenant that does not exist: a configuration error.
    let mut args: Vec<String> = vec!["teams".into(), "login".into()];
    args.extend(login_args(&fake));
    args[3] = "nowhere.example".into();
    let out = run(&env, &args.iter().map(String::as_str).collect::<Vec<_>>());
    expect_code(&out, 7);
    assert!(stderr(&out).contains("no such tenant"), "{}", stderr(&out));
    assert!(!env.path(".local/share/atomctl/teams/default.json").exists());
}

fn fake_team_ids(fake: &FakeGraph) -> Vec<String> {
    fake.state
        .teams
        .lock()
        .unwrap()
        .iter()
        .map(|t| t.id.clone())
        .collect()
}

#[test]
fn list_follows_every_page_uneven_and_empty_ones_included() {
    let fake = FakeGraph::start(graph_fake::sample_teams(23));
    let env = logged_in(&fake);
    let out = env.run(&["teams", "list", "--format", "ndjson"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let ids: Vec<String> = rows
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        ids,
        fake_team_ids(&fake),
        "every team once, in the server's order"
    );
    // Null-filled properties stay null; names come through as the server has them.
    let teams = fake.state.teams.lock().unwrap().clone();
    for (r, t) in rows.iter().zip(&teams) {
        assert_eq!(r["display_name"], t.display_name.as_str());
        assert_eq!(r["description"].as_str(), t.description.as_deref());
        assert_eq!(r["visibility"].as_str(), t.visibility.as_deref());
    }
    // CSV too, parsed back.
    let out = env.run(&["teams", "list", "--format", "csv"]);
    let (header, records) = crate::support::csv_rows(&out);
    assert_eq!(header, ["id", "display_name", "visibility", "description"]);
    assert_eq!(records.len(), 23);
}

#[test]
fn members_channels_roles_and_names_that_are_ambiguous_or_unknown() {
    let fake = FakeGraph::start(graph_fake::sample_teams(10));
    let env = logged_in(&fake);
    let team0 = fake.state.teams.lock().unwrap()[0].clone();
    let out = env.run(&["teams", "members", "Team 0", "--format", "ndjson"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    assert_eq!(rows.len(), team0.members.len());
    for (r, m) in rows.iter().zip(&team0.members) {
        assert_eq!(r["user_id"], m.user_id.as_str());
        assert_eq!(r["membership_id"], m.membership_id.as_str());
        assert_eq!(r["display_name"].as_str(), m.display_name.as_deref());
        let role = m.roles.first().map_or("member", String::as_str);
        assert_eq!(r["role"], role);
    }
    for (role, want) in [
        ("owner", 2),
        ("guest", 1),
        ("member", team0.members.len() - 3),
    ] {
        let out = env.run(&[
            "teams", "members", &team0.id, "--role", role, "--format", "ndjson",
        ]);
        expect_code(&out, 0);
        assert_eq!(ndjson(&out).len(), want, "{role}");
    }
    // A channel's members, the channel by name; its id has characters a URL must encode.
    let out = env.run(&[
        "teams",
        "members",
        "Team 0",
        "--channel",
        "Channel 2",
        "--format",
        "ndjson",
    ]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out).len(), team0.channels[2].members.len());
    let out = env.run(&["teams", "channels", "Team 0", "--format", "ndjson"]);
    expect_code(&out, 0);
    let chans = ndjson(&out);
    let ids: Vec<&str> = chans.iter().map(|c| c["id"].as_str().unwrap()).collect();
    let want: Vec<&str> = team0.channels.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, want);
    assert_eq!(chans[2]["membership_type"], "private");
    // Two teams named Sales: an error that lists both, nothing on stdout.
    let out = env.run(&["teams", "members", "Sales"]);
    expect_code(&out, 2);
    let err = stderr(&out);
    let sales: Vec<String> = fake
        .state
        .teams
        .lock()
        .unwrap()
        .iter()
        .filter(|t| t.display_name == "Sales")
        .map(|t| t.id.clone())
        .collect();
    assert!(sales.iter().all(|id| err.contains(id.as_str())), "{err}");
    assert!(out.stdout.is_empty());
    // A name that differs only in case is not that team.
    let out = env.run(&["teams", "channels", "team 0"]);
    expect_code(&out, 1);
    assert!(
        stderr(&out).contains("no team named `team 0`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn throttling_an_expired_token_and_an_expired_page_token_lose_and_repeat_nothing() {
    let fake = FakeGraph::start(graph_fake::sample_teams(30));
    let env = logged_in(&fake);
    let want = fake_team_ids(&fake);
    let ids = |out: &std::process::Output| -> Vec<String> {
        ndjson(out)
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    // 429 with Retry-After: 1, then one without the header (backs off on its own), then 503.
    fake.faults().throttle = vec![Some(1), None];
    fake.faults().unavailable = 1;
    let t0 = Instant::now();
    let out = env.run(&["teams", "list", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert!(
        t0.elapsed() >= Duration::from_secs(1),
        "Retry-After was honoured"
    );
    assert_eq!(ids(&out), want);
    // The token dies mid-listing: renewed (the secret read again from GS) and the same page
    // asked again; the renewed token is stored for the next run.
    let stored_token = || -> String {
        let text =
            std::fs::read_to_string(env.path(".local/share/atomctl/teams/default.json")).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        v["access_token"].as_str().unwrap().to_owned()
    };
    let (before, old_token) = (fake.token_requests(), stored_token());
    fake.faults().token_dies_after = Some(2);
    let out = run(&env, &["teams", "list", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(ids(&out), want);
    assert!(fake.token_requests() > before, "a new token was requested");
    assert_ne!(stored_token(), old_token, "the renewed token is stored");
    fake.faults().token_dies_after = None;
    // A page token that expires mid-listing: the listing starts again, no team twice.
    fake.faults().expire_page = Some(fake.pages_served_now() + 3);
    let out = env.run(&["teams", "list", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(ids(&out), want);
    // The connection drops in the middle of two pages: each is asked again, no team lost or
    // written twice.
    fake.faults().cut_body = 2;
    let out = env.run(&["teams", "list", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(ids(&out), want);
    assert_eq!(fake.faults().cut_body, 0, "both cuts happened");
    // The listing cannot be finished (its page tokens keep expiring): the rows written are
    // kept apart as partial output, exit 4, and the complete file is never written.
    fake.faults().expire_from_page = Some(fake.pages_served_now() + 3);
    let file = env.path("teams.csv");
    let out = env.run(&["teams", "list", "-o", file.to_str().unwrap()]);
    fake.faults().expire_from_page = None;
    expect_code(&out, 4);
    assert!(!file.exists());
    let kept = std::fs::read_to_string(env.path("teams.csv.partial")).unwrap();
    let rows: Vec<&str> = kept.lines().skip(1).collect();
    assert!(!rows.is_empty() && rows.len() < want.len(), "{kept}");
    for r in &rows {
        assert!(want.iter().any(|id| r.starts_with(id.as_str())), "{r}");
    }
    assert!(stderr(&out).contains("partial result"), "{}", stderr(&out));
    // Throttled past every attempt: exit 6 after a bounded number of tries, not forever.
    fake.faults().throttle = vec![Some(0); 20];
    let out = env.run(&["teams", "list", "--format", "ndjson"]);
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert!(stderr(&out).contains("8 attempt(s)"), "{}", stderr(&out));
    // A Retry-After beyond the run's deadline fails at once instead of sleeping an hour.
    fake.faults().throttle = vec![Some(3600)];
    let t0 = Instant::now();
    let out = env.run(&["teams", "list", "--format", "ndjson"]);
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert!(t0.elapsed() < Duration::from_secs(30));
}

#[test]
fn a_one_shot_run_needs_no_stored_login_and_stores_nothing() {
    let fake = FakeGraph::start(graph_fake::sample_teams(4));
    let env = Env::new();
    let mut args = vec!["teams", "list", "--format", "ndjson"];
    let extra = login_args(&fake);
    args.extend(extra.iter().map(String::as_str));
    let out = run(&env, &args);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out).len(), 4);
    assert!(!env.path(".local/share/atomctl/teams").exists());
    // Without a login or the app's details: exit 5 with the way out.
    let out = env.run(&["teams", "list"]);
    expect_code(&out, 5);
    assert!(stderr(&out).contains("teams login"), "{}", stderr(&out));
    // A stored login is not used for another tenant named by a flag: that run signs in anew
    // (and here fails, the tenant being unknown) instead of reading the stored tenant's teams.
    let env = logged_in(&fake);
    let mut args = vec!["teams", "list"];
    let mut other = login_args(&fake);
    other[1] = "elsewhere.example".into();
    args.extend(other.iter().map(String::as_str));
    let out = run(&env, &args);
    expect_code(&out, 7);
    assert!(stderr(&out).contains("no such tenant"), "{}", stderr(&out));
}

#[test]
fn send_posts_an_adaptive_card_through_a_webhook_checked_before_it_leaves() {
    let fake = FakeGraph::start(Vec::new());
    let env = Env::new();
    let send = |args: &[&str], stdin: &str| {
        let mut child = env
            .std_cmd()
            .env("W", fake.webhook_url())
            .args(["teams", "send", "--webhook-env", "W", "--format", "json"])
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), stdin.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let posts = || fake.state.webhook_posts.lock().unwrap().clone();
    // A title and a message: one card, the text as given.
    let out = send(
        &[
            "--title",
            "SAML IdP",
            "--message",
            "idp-check failed: 2 certificates expire",
        ],
        "",
    );
    expect_code(&out, 0);
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (
            summary[0]["accepted"].as_bool(),
            summary[0]["status"].as_u64()
        ),
        (Some(true), Some(202))
    );
    let p = posts();
    assert_eq!(p.len(), 1);
    assert_eq!(p[0]["type"], "message");
    let card = &p[0]["attachments"][0];
    assert_eq!(
        card["contentType"],
        "application/vnd.microsoft.card.adaptive"
    );
    assert_eq!(card["content"]["type"], "AdaptiveCard");
    assert_eq!(card["content"]["body"][0]["text"], "SAML IdP");
    assert_eq!(
        card["content"]["body"][1]["text"],
        "idp-check failed: 2 certificates expire"
    );
    // From stdin, as a cron pipe sends it.
    let out = send(&[], "line one\nline two\n");
    expect_code(&out, 0);
    assert_eq!(
        posts()[1]["attachments"][0]["content"]["body"][0]["text"],
        "line one\nline two"
    );
    // A whole card from a file; a bare {"text": …} (which makes a flow fail later) is refused.
    let card_file = env.path("card.json");
    std::fs::write(&card_file, r#"{"type":"AdaptiveCard","version":"1.4","body":[{"type":"TextBlock","text":"from a file"}]}"#).unwrap();
    expect_code(&send(&["--card", card_file.to_str().unwrap()], ""), 0);
    assert_eq!(
        posts()[2]["attachments"][0]["content"]["body"][0]["text"],
        "from a file"
    );
    std::fs::write(&card_file, r#"{"text":"hi"}"#).unwrap();
    let out = send(&["--card", card_file.to_str().unwrap()], "");
    expect_code(&out, 2);
    // Over 28 KB: refused before anything is sent.
    let big = "x".repeat(29 * 1024);
    let out = send(&["--message", &big], "");
    expect_code(&out, 2);
    assert!(stderr(&out).contains("at most 28672"), "{}", stderr(&out));
    assert_eq!(posts().len(), 3, "nothing sent");
    // 429 with Retry-After is waited out; the signature never shows in a message.
    fake.faults().webhook_throttle = vec![Some(1)];
    expect_code(&send(&["--message", "after a wait"], ""), 0);
    assert_eq!(posts().len(), 4);
    fake.faults().webhook_connector_error = true;
    let out = send(&["--message", "to a retired connector"], "");
    assert_ne!(code(&out), 0);
    assert!(
        stderr(&out).contains("returned HTTP error"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("SECRETSIG"), "{}", stderr(&out));
    // No variable: a configuration error that names it.
    let out = env.run(&["teams", "send", "--webhook-env", "NOPE", "--message", "x"]);
    expect_code(&out, 7);
}

/// A key and a self-signed certificate for it, as PEM files.
fn certificate(env: &Env, name: &str) -> (std::path::PathBuf, std::path::PathBuf, Vec<u8>) {
    let key = openssl::pkey::PKey::from_rsa(openssl::rsa::Rsa::generate(2048).unwrap()).unwrap();
    let mut subject = openssl::x509::X509NameBuilder::new().unwrap();
    subject.append_entry_by_text("CN", "atomctl-graph").unwrap();
    let subject = subject.build();
    let mut b = openssl::x509::X509Builder::new().unwrap();
    b.set_version(2).unwrap();
    b.set_subject_name(&subject).unwrap();
    b.set_issuer_name(&subject).unwrap();
    b.set_pubkey(&key).unwrap();
    b.set_not_before(&openssl::asn1::Asn1Time::days_from_now(0).unwrap())
        .unwrap();
    b.set_not_after(&openssl::asn1::Asn1Time::days_from_now(365).unwrap())
        .unwrap();
    b.sign(&key, openssl::hash::MessageDigest::sha256())
        .unwrap();
    let pem = b.build().to_pem().unwrap();
    let (cert_file, key_file) = (
        env.path(&format!("{name}.crt")),
        env.path(&format!("{name}.key")),
    );
    std::fs::write(&cert_file, &pem).unwrap();
    std::fs::write(&key_file, key.private_key_to_pem_pkcs8().unwrap()).unwrap();
    (cert_file, key_file, pem)
}

#[test]
fn a_certificate_login_signs_each_token_request_and_a_wrong_certificate_is_named() {
    let fake = FakeGraph::start(graph_fake::sample_teams(12));
    let env = Env::new();
    let (cert, key, pem) = certificate(&env, "app");
    fake.register_cert(&pem);
    let base = |c: &std::path::Path, k: &std::path::Path| -> Vec<String> {
        let mut a: Vec<String> = vec![
            "teams".into(),
            "login".into(),
            "--tenant".into(),
            graph_fake::TENANT_ID.into(),
            "--client-id".into(),
            graph_fake::CLIENT_ID.into(),
            "--cert".into(),
            c.display().to_string(),
            "--key".into(),
            k.display().to_string(),
            "--format".into(),
            "json".into(),
        ];
        a.extend(fake.args());
        a
    };
    let out = env.cmd().args(base(&cert, &key)).output().unwrap();
    expect_code(&out, 0);
    let status: Value =
        serde_json::from_slice(&env.run(&["teams", "status", "--format", "json"]).stdout).unwrap();
    assert_eq!(
        status[0]["credential"],
        format!("certificate {}", cert.display())
    );
    // Renewal signs a new assertion: the token dies mid-listing, the list is still whole.
    fake.faults().token_dies_after = Some(1);
    let before = fake.token_requests();
    let out = env.run(&["teams", "list", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out).len(), 12);
    assert!(fake.token_requests() > before);
    fake.faults().token_dies_after = None;
    // A certificate the app does not know: AADSTS700027, a configuration error that says so.
    let other = Env::new();
    let (cert2, key2, _) = certificate(&other, "other");
    let out = other.cmd().args(base(&cert2, &key2)).output().unwrap();
    expect_code(&out, 7);
    assert!(
        stderr(&out).contains("not the one registered"),
        "{}",
        stderr(&out)
    );
}

/// One text column of a query on the cache, row by row.
fn lines(env: &Env, sql: &str) -> Vec<String> {
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let mut st = c.prepare(sql).unwrap();
    st.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The cache's teams, channels and members of the default profile, as sorted lines.
fn cached(env: &Env) -> (Vec<String>, Vec<String>, Vec<String>) {
    (
        lines(
            env,
            "SELECT id || '|' || display_name || '|' || ifnull(description,'') || '|' || ifnull(visibility,'') FROM teams WHERE profile = 'default' ORDER BY 1",
        ),
        lines(
            env,
            "SELECT team_id || '|' || id || '|' || display_name || '|' || ifnull(membership_type,'') FROM teams_channels WHERE profile = 'default' ORDER BY 1",
        ),
        lines(
            env,
            "SELECT team_id || '|' || channel_id || '|' || membership_id || '|' || ifnull(user_id,'') || '|' || role FROM teams_members WHERE profile = 'default' ORDER BY 1",
        ),
    )
}

/// The same lines from what the fake holds.
fn held(fake: &FakeGraph) -> (Vec<String>, Vec<String>, Vec<String>) {
    let teams = fake.state.teams.lock().unwrap().clone();
    let mut t: Vec<String> = teams
        .iter()
        .map(|t| {
            format!(
                "{}|{}|{}|{}",
                t.id,
                t.display_name,
                t.description.clone().unwrap_or_default(),
                t.visibility.clone().unwrap_or_default()
            )
        })
        .collect();
    let mut c = Vec::new();
    let mut m = Vec::new();
    for team in &teams {
        for ch in &team.channels {
            c.push(format!(
                "{}|{}|{}|{}",
                team.id, ch.id, ch.display_name, ch.membership_type
            ));
            if ch.membership_type != "standard" {
                for mem in &ch.members {
                    let role = mem.roles.first().map_or("member", String::as_str);
                    m.push(format!(
                        "{}|{}|{}|{}|{role}",
                        team.id, ch.id, mem.membership_id, mem.user_id
                    ));
                }
            }
        }
        for mem in &team.members {
            let role = mem.roles.first().map_or("member", String::as_str);
            m.push(format!(
                "{}||{}|{}|{role}",
                team.id, mem.membership_id, mem.user_id
            ));
        }
    }
    t.sort();
    c.sort();
    m.sort();
    (t, c, m)
}

/// A sync summary's row for one table.
fn table<'a>(rows: &'a [Value], name: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["table"] == name)
        .unwrap_or_else(|| panic!("no row for {name} in {rows:?}"))
}

/// The cache's Entra users, groups and memberships of the default profile, as sorted lines.
fn cached_directory(env: &Env) -> (Vec<String>, Vec<String>, Vec<String>) {
    (
        lines(
            env,
            "SELECT id || '|' || upn || '|' || ifnull(mail,'') || '|' || ifnull(display_name,'') || '|' || enabled || '|' || user_type || '|' || ifnull(immutable_id,'') || '|' || ifnull(sid,'') || '|' || ifnull(department,'') FROM graph_users WHERE profile = 'default' ORDER BY 1",
        ),
        lines(
            env,
            "SELECT id || '|' || display_name || '|' || ifnull(group_types,'') FROM graph_groups WHERE profile = 'default' ORDER BY 1",
        ),
        lines(
            env,
            "SELECT group_id || '|' || member_id || '|' || member_type FROM graph_members WHERE profile = 'default' ORDER BY 1",
        ),
    )
}

/// The same lines from the fake's directory.
fn held_directory(fake: &FakeGraph) -> (Vec<String>, Vec<String>, Vec<String>) {
    let d = fake.directory();
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut users: Vec<String> = d
        .users
        .iter()
        .map(|u| {
            format!(
                "{}|{}|{}|{}|{}|{}|{}|{}|{}",
                u.id,
                u.upn,
                o(&u.mail),
                o(&u.display_name),
                u8::from(u.enabled),
                u.user_type,
                o(&u.immutable_id),
                o(&u.sid),
                o(&u.department)
            )
        })
        .collect();
    let mut groups: Vec<String> = d
        .groups
        .iter()
        .map(|g| format!("{}|{}|{}", g.id, g.display_name, g.group_types.join(" ")))
        .collect();
    let mut members: Vec<String> = d
        .groups
        .iter()
        .flat_map(|g| {
            g.members
                .iter()
                .map(move |(m, k)| format!("{}|{m}|{k}", g.id))
        })
        .collect();
    users.sort();
    groups.sort();
    members.sort();
    (users, groups, members)
}

fn counts(row: &Value) -> (u64, u64, u64) {
    (
        row["added"].as_u64().unwrap(),
        row["modified"].as_u64().unwrap(),
        row["deleted"].as_u64().unwrap(),
    )
}

#[test]
fn directory_sync_reads_whole_then_only_changes_and_reads_whole_again_when_graph_lost_the_state() {
    let fake = FakeGraph::start(graph_fake::sample_teams(2));
    let (users, groups) = graph_fake::sample_directory(23, 4);
    fake.set_directory(users, groups);
    let env = logged_in(&fake);
    let out = env.run(&["teams", "sync", "--format", "ndjson"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    assert_eq!(cached_directory(&env), held_directory(&fake));
    assert_eq!(table(&rows, "graph_users")["mode"], "full");
    assert_eq!(counts(table(&rows, "graph_users")), (23, 0, 0));
    // 23 users and 4 nesting links, each group's members split over several items.
    assert_eq!(counts(table(&rows, "graph_members")), (27, 0, 0));

    // Changes: one property of one user (Graph sends only that one), a user disabled, one
    // created, one deleted (and with it its memberships), a group renamed, a member added
    // and another removed. Graph also replays items across pages.
    {
        let mut d = fake.directory();
        let id0 = d.users[0].id.clone();
        d.user_mut(&id0).unwrap().mail = Some("new.mail@contoso.example".into());
        d.changed_user(&id0, &["mail"]);
        let id1 = d.users[1].id.clone();
        d.user_mut(&id1).unwrap().enabled = false;
        d.changed_user(&id1, &["accountEnabled"]);
        let (mut more, _) = graph_fake::sample_directory(30, 1);
        let new = more.remove(29);
        let new_id = new.id.clone();
        d.add_user(new);
        let id2 = d.users[2].id.clone();
        d.remove_user(&id2);
        let (g0, g1, g3) = (
            d.groups[0].id.clone(),
            d.groups[1].id.clone(),
            d.groups[3].id.clone(),
        );
        d.rename_group(&g0, "Group zero");
        d.add_member(&g1, &new_id, "user");
        let gone = d.groups[3].members[0].0.clone();
        d.remove_member(&g3, &gone);
    }
    fake.faults().delta_replay = true;
    let before = cached_directory(&env);
    let out = env.run(&["teams", "sync", "--dry-run", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(counts(table(&ndjson(&out), "graph_users")), (1, 2, 1));
    assert_eq!(cached_directory(&env), before, "a dry run writes nothing");
    let calls_before = fake.state.delta_calls.lock().unwrap().len();
    let out = env.run(&["teams", "sync", "--format", "ndjson"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    assert_eq!(cached_directory(&env), held_directory(&fake));
    let users = table(&rows, "graph_users");
    assert_eq!(users["mode"], "delta");
    assert_eq!(counts(users), (1, 2, 1));
    assert_eq!(users["total"].as_u64(), Some(23));
    assert_eq!(counts(table(&rows, "graph_groups")), (0, 1, 0));
    // The membership added, the one removed, and the deleted user's one.
    assert_eq!(counts(table(&rows, "graph_members")), (1, 0, 2));
    // The run started at the stored deltaLinks, not from the beginning.
    let calls = fake.state.delta_calls.lock().unwrap()[calls_before..].to_vec();
    assert!(
        calls.iter().filter(|c| c.contains("$deltatoken=v")).count() == 2,
        "{calls:?}"
    );
    // Nothing changed: nothing written.
    let out = env.run(&["teams", "sync", "--format", "ndjson"]);
    for t in ["graph_users", "graph_groups", "graph_members"] {
        assert_eq!(counts(table(&ndjson(&out), t)), (0, 0, 0), "{t}");
    }

    // Graph lost the users' delta state, first as 410 Gone and on the next run as
    // syncStateNotFound (a token older than 7 days): each time the users are read whole
    // again, with a warning, and what changed meanwhile (a user, then a group deleted) is
    // in the cache afterwards.
    {
        let mut d = fake.directory();
        let id = d.users[5].id.clone();
        d.remove_user(&id);
    }
    fake.faults().delta_gone = true;
    let out = env.run(&["teams", "sync", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert!(
        stderr(&out).contains("reading all users again"),
        "{}",
        stderr(&out)
    );
    let rows = ndjson(&out);
    assert_eq!(table(&rows, "graph_users")["mode"], "full");
    assert_eq!(counts(table(&rows, "graph_users")), (0, 0, 1));
    assert_eq!(cached_directory(&env), held_directory(&fake));
    {
        let mut d = fake.directory();
        let g = d.groups[2].id.clone();
        d.remove_group(&g);
    }
    fake.faults().delta_expired = true;
    let out = env.run(&["teams", "sync", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert!(
        stderr(&out).contains("syncStateNotFound"),
        "{}",
        stderr(&out)
    );
    assert_eq!(cached_directory(&env), held_directory(&fake));
    // --full reads both whole on request.
    let out = env.run(&["teams", "sync", "--full", "--format", "ndjson"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    assert_eq!(table(&rows, "graph_groups")["mode"], "full");
    assert_eq!(counts(table(&rows, "graph_groups")), (0, 0, 0));
    assert_eq!(cached_directory(&env), held_directory(&fake));
}

#[test]
fn sync_copies_teams_channels_and_members_and_a_second_run_writes_only_changes() {
    let fake = FakeGraph::start(graph_fake::sample_teams(9));
    let env = logged_in(&fake);
    let out = env.run(&["teams", "sync", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(cached(&env), held(&fake));
    let first = ndjson(&out);
    let (_, _, members) = held(&fake);
    assert_eq!(
        table(&first, "teams_members")["added"].as_u64(),
        Some(members.len() as u64)
    );
    // Nothing changed: nothing written.
    let out = env.run(&["teams", "sync", "--format", "ndjson"]);
    for row in ndjson(&out) {
        assert_eq!(
            (
                row["added"].as_u64(),
                row["modified"].as_u64(),
                row["deleted"].as_u64()
            ),
            (Some(0), Some(0), Some(0)),
            "{row}"
        );
    }
    // A team renamed, a member gone, a member made owner, a team deleted.
    {
        let mut teams = fake.state.teams.lock().unwrap();
        teams[1].display_name = "Renamed".into();
        teams[2].members.pop();
        teams[3].members[2].roles = vec!["owner".into()];
        teams.remove(4);
    }
    // --dry-run: the counts, and nothing written.
    let before = cached(&env);
    let out = env.run(&["teams", "sync", "--dry-run", "--format", "ndjson"]);
    expect_code(&out, 0);
    let dry = ndjson(&out);
    let teams = table(&dry, "teams");
    assert_eq!(teams["committed"], false);
    assert_eq!(
        (teams["modified"].as_u64(), teams["deleted"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(cached(&env), before);
    let out = env.run(&["teams", "sync", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(cached(&env), held(&fake));
    let rows = ndjson(&out);
    assert_eq!(
        table(&rows, "teams_members")["modified"].as_u64(),
        Some(1),
        "the new owner"
    );
    // The app loses a permission mid-sync: exit 5 naming it, and the cache as it was.
    fake.state.teams.lock().unwrap()[0].display_name = "Changed again".into();
    fake.faults().deny_members = true;
    let before = cached(&env);
    let out = env.run(&["teams", "sync"]);
    expect_code(&out, 5);
    assert!(
        stderr(&out).contains("TeamMember.Read.All"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("cache is unchanged"),
        "{}",
        stderr(&out)
    );
    assert_eq!(cached(&env), before);
    // The job rows say what happened.
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let outcomes: Vec<String> = c
        .prepare("SELECT outcome FROM jobs WHERE source = 'teams' AND command = 'sync' ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(outcomes, ["ok", "ok", "ok", "ok", "failed"]);
}

/// A listing streams: the first rows reach a pipe while later pages are still on their way.
#[test]
fn list_prints_its_first_rows_before_the_last_page_arrives() {
    use std::io::BufRead;
    let fake = FakeGraph::start(graph_fake::sample_teams(40));
    let env = logged_in(&fake);
    fake.faults().later_page_delay_ms = 300;
    let mut child = env
        .std_cmd()
        .args(["teams", "list", "--format", "ndjson"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let first: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    assert_eq!(first["id"], fake_team_ids(&fake)[0].as_str());
    assert!(
        child.try_wait().unwrap().is_none(),
        "the first row came while pages were still coming"
    );
    let rest = lines.count();
    assert_eq!(rest + 1, 40);
    assert!(child.wait().unwrap().success());
}

#[test]
fn meeting_create_checks_everything_first_and_says_when_the_link_is_missing() {
    let fake = FakeGraph::start(Vec::new());
    let env = logged_in(&fake);
    let create = |organizer: &str, start: &str, end: &str, extra: &[&str]| {
        let mut a = vec![
            "teams",
            "meeting",
            "create",
            "--organizer",
            organizer,
            "--subject",
            "Access review",
            "--start",
            start,
            "--end",
            end,
            "--format",
            "json",
        ];
        a.extend_from_slice(extra);
        env.run(&a)
    };
    let out = create(
        "ops@contoso.example",
        "2026-12-03T15:00:00+01:00",
        "2026-12-03T16:00:00+01:00",
        &[
            "--attendee",
            "ann@contoso.example",
            "--optional",
            "bo@contoso.example",
        ],
    );
    expect_code(&out, 0);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = fake.state.events.lock().unwrap().clone();
    assert_eq!(events.len(), 1);
    let e = &events[0];
    // Sent as UTC, the zone converted: 15:00+01:00 is 14:00 UTC.
    assert_eq!(
        e["start"],
        serde_json::json!({"dateTime": "2026-12-03T14:00:00", "timeZone": "UTC"})
    );
    assert_eq!(e["end"]["dateTime"], "2026-12-03T15:00:00");
    assert_eq!(e["isOnlineMeeting"], true);
    assert_eq!(e["onlineMeetingProvider"], "teamsForBusiness");
    assert_eq!(e["attendees"][0]["type"], "required");
    assert_eq!(
        e["attendees"][1]["emailAddress"]["address"],
        "bo@contoso.example"
    );
    assert_eq!(doc[0]["join_url"], e["onlineMeeting"]["joinUrl"]);
    assert_eq!(doc[0]["event_id"], e["id"]);
    // Refused before any request: no zone, end before start, a bad address.
    for (start, end, extra) in [
        ("2026-12-03T15:00:00", "2026-12-03T16:00:00+01:00", &[][..]),
        (
            "2026-12-03T16:00:00+01:00",
            "2026-12-03T15:00:00+01:00",
            &[][..],
        ),
        (
            "2026-12-03T15:00:00Z",
            "2026-12-03T16:00:00Z",
            &["--attendee", "not-an-address"][..],
        ),
    ] {
        let out = create("ops@contoso.example", start, end, extra);
        expect_code(&out, 2);
    }
    assert_eq!(fake.state.events.lock().unwrap().len(), 1, "nothing sent");
    // An organizer who cannot host Teams meetings: 201 without a link is exit 4 naming the event.
    let out = create(
        "unlicensed@contoso.example",
        "2026-12-03T15:00:00Z",
        "2026-12-03T16:00:00Z",
        &[],
    );
    expect_code(&out, 4);
    let id = fake.state.events.lock().unwrap()[1]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        stderr(&out).contains(&id) && stderr(&out).contains("Teams licence"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_device_code_login_is_delegated_renews_by_refresh_token_and_a_decline_is_exit_5() {
    let fake = FakeGraph::start(graph_fake::sample_teams(6));
    let env = Env::new();
    let mut args: Vec<String> = [
        "teams",
        "login",
        "--device",
        "--tenant",
        graph_fake::TENANT_ID,
        "--client-id",
        graph_fake::CLIENT_ID,
        "--format",
        "json",
    ]
    .map(str::to_owned)
    .to_vec();
    args.extend(fake.args());
    let out = env.cmd().args(&args).arg("--quiet").output().unwrap();
    expect_code(&out, 0);
    // Under --quiet the URL and the code are still shown: they are the point.
    assert!(
        stderr(&out).contains("https://microsoft.com/devicelogin") && stderr(&out).contains("FAKE"),
        "{}",
        stderr(&out)
    );
    let login: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(login[0]["token_kind"], "delegated");
    assert!(
        login[0]["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == "ChannelMessage.Send")
    );
    // The token dies mid-listing: renewed by the refresh token, which Microsoft replaces.
    let stored = || -> Value {
        serde_json::from_str(
            &std::fs::read_to_string(env.path(".local/share/atomctl/teams/default.json")).unwrap(),
        )
        .unwrap()
    };
    let first_refresh = stored()["refresh_token"].clone();
    assert!(first_refresh.is_string());
    fake.faults().token_dies_after = Some(1);
    let out = env.run(&["teams", "list", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out).len(), 6);
    assert_ne!(
        stored()["refresh_token"],
        first_refresh,
        "the replaced refresh token is kept"
    );
    fake.faults().token_dies_after = None;
    // Declined on the other device: exit 5, nothing stored.
    fake.faults().device_decline = true;
    let other = Env::new();
    let out = other.cmd().args(&args).output().unwrap();
    expect_code(&out, 5);
    assert!(
        stderr(&out).contains("authorization_declined"),
        "{}",
        stderr(&out)
    );
    assert!(
        !other
            .path(".local/share/atomctl/teams/default.json")
            .exists()
    );
}

/// The users of an LDIF group through every level of nesting, by DN (lower-case): computed
/// from the file the test directory was loaded from, not by atomctl.
fn expand_group(entries: &crate::support::ldif::Entries, group: &str) -> Vec<String> {
    let lower: std::collections::HashMap<
        String,
        &std::collections::BTreeMap<String, Vec<Vec<u8>>>,
    > = entries
        .iter()
        .map(|(dn, a)| (dn.to_lowercase(), a))
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut users = std::collections::BTreeSet::new();
    let mut todo = vec![group.to_lowercase()];
    while let Some(g) = todo.pop() {
        if !seen.insert(g.clone()) {
            continue;
        }
        let Some(attrs) = lower.get(&g) else { continue };
        for m in attrs.get("member").into_iter().flatten() {
            let m = String::from_utf8_lossy(m).to_lowercase();
            match lower.get(&m) {
                Some(a) if a.contains_key("uid") => {
                    users.insert(m);
                }
                Some(_) => todo.push(m),
                None => {}
            }
        }
    }
    users.into_iter().collect()
}

/// entryUUID's bytes in RFC 4122 order, base64: how the test tenant anchors OpenLDAP users.
fn anchor(entry_uuid: &str) -> String {
    use base64::Engine;
    let hex: String = entry_uuid.chars().filter(|c| *c != '-').collect();
    let bytes: Vec<u8> = (0..16)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[test]
fn reconcile_plans_from_the_cached_group_and_applies_in_checked_paced_batches() {
    use graph_fake::{DirUser, Member, Team, entra_user_id};
    let slapd = crate::support::Slapd::start();
    let fake = FakeGraph::start(Vec::new());
    let env = logged_in(&fake);
    slapd.sync_into(&env);
    // The directory as synced: dn → (entryUUID, mail), and its profile's name in the cache.
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let source_profile: String = c
        .query_row("SELECT DISTINCT profile FROM ldap_users", [], |r| r.get(0))
        .unwrap();
    let mut ldap: Vec<(String, String, Option<String>)> = c
        .prepare("SELECT lower(dn), id, mail FROM ldap_users ORDER BY dn")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    drop(c);
    ldap.sort();
    // The tenant: every directory user has an account, anchored by entryUUID, except: every
    // 10th+1 has only a matching mail, every 10th+2 is disabled in Entra, every 50th+3 has
    // no account at all.
    let mut entra: Vec<DirUser> = Vec::new();
    let mut entra_of: std::collections::HashMap<String, (String, usize)> = Default::default();
    for (i, (dn, uuid, mail)) in ldap.iter().enumerate() {
        if i % 50 == 3 {
            continue;
        }
        let id = entra_user_id(i);
        entra_of.insert(dn.clone(), (id.clone(), i));
        entra.push(DirUser {
            id,
            upn: format!("u{i}@contoso.example"),
            mail: mail.clone(),
            display_name: Some(format!("U {i}")),
            enabled: i % 10 != 2,
            user_type: "Member".into(),
            immutable_id: (i % 10 != 1).then(|| anchor(uuid)),
            sid: None,
            department: None,
        });
    }
    let group_dns = expand_group(
        &crate::support::ldif::parse(
            &std::fs::read_to_string(crate::support::slapd::template_ldif()).unwrap(),
        ),
        "cn=engineering-all,ou=groups,dc=example,dc=test",
    );
    assert!(group_dns.len() > 100, "{}", group_dns.len());
    let outsiders: Vec<&String> = entra_of
        .keys()
        .filter(|dn| !group_dns.contains(dn))
        .take(6)
        .collect();
    let member = |dn: &str, roles: &[&str]| {
        let (uid, _) = &entra_of[dn];
        Member {
            membership_id: format!("mem-{uid}"),
            user_id: uid.clone(),
            display_name: None,
            email: None,
            roles: roles.iter().map(|r| r.to_string()).collect(),
        }
    };
    // The team: three group members already in, an owner in the group and one not, a guest,
    // an exempt person and three people who left the group.
    let mut members = vec![
        member(&group_dns[0], &["owner"]),
        member(outsiders[0], &["owner"]),
    ];
    members.extend(group_dns[1..3].iter().map(|d| member(d, &[])));
    members.push(member(outsiders[1], &["guest"]));
    members.push(member(outsiders[2], &[]));
    members.extend(outsiders[3..6].iter().map(|d| member(d, &[])));
    let exempt_upn = format!("u{}@contoso.example", entra_of[outsiders[2].as_str()].1);
    let team_id = "0000e000-1111-4222-8333-00000000e000".to_owned();
    fake.state.teams.lock().unwrap().push(Team {
        id: team_id.clone(),
        display_name: "Engineering".into(),
        members,
        ..Default::default()
    });
    fake.set_directory(entra.clone(), Vec::new());
    expect_code(&env.run(&["teams", "sync", "--quiet"]), 0);

    let exempt = env.path("exempt.txt");
    std::fs::write(
        &exempt,
        format!("# kept whatever the group says\n{exempt_upn}\n"),
    )
    .unwrap();
    let base: Vec<String> = [
        "teams",
        "reconcile",
        "--team",
        "Engineering",
        "--from-group",
        "engineering-all",
        "--source-profile",
        &source_profile,
        "--exempt",
        exempt.to_str().unwrap(),
        "--format",
        "json",
    ]
    .map(str::to_owned)
    .to_vec();
    let reconcile = |extra: &[&str]| {
        let mut a = base.clone();
        a.extend(extra.iter().map(|s| s.to_string()));
        env.cmd()
            .env("GS", graph_fake::CLIENT_SECRET)
            .args(&a)
            .output()
            .unwrap()
    };
    // What the plan must say, from the facts above.
    let in_team: std::collections::HashSet<&str> =
        group_dns[..3].iter().map(String::as_str).collect();
    let expected_adds = |by_mail: bool| -> Vec<String> {
        let mut v: Vec<String> = group_dns
            .iter()
            .filter(|dn| !in_team.contains(dn.as_str()))
            .filter_map(|dn| entra_of.get(dn))
            .filter(|(_, i)| i % 10 != 2 && (i % 10 != 1 || by_mail && ldap[*i].2.is_some()))
            .map(|(id, _)| id.clone())
            .collect();
        v.sort();
        v
    };
    let ids = |rows: &Value, act: &str| -> Vec<String> {
        let mut v: Vec<String> = rows
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["action"] == act)
            .filter_map(|r| r["user_id"].as_str().map(str::to_owned))
            .collect();
        v.sort();
        v
    };
    let out = reconcile(&[]);
    expect_code(&out, 0);
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(ids(&plan, "add"), expected_adds(false));
    let mut leavers: Vec<String> = outsiders[3..6]
        .iter()
        .map(|d| entra_of[d.as_str()].0.clone())
        .collect();
    leavers.sort();
    assert_eq!(ids(&plan, "remove"), leavers);
    let skipped: Vec<&Value> = plan
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "skip")
        .collect();
    let reason_of = |uid: &str| {
        skipped
            .iter()
            .find(|r| r["user_id"] == uid)
            .map(|r| r["reason"].as_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert!(reason_of(&entra_of[outsiders[0].as_str()].0).starts_with("owner"));
    assert!(reason_of(&entra_of[outsiders[1].as_str()].0).starts_with("guest"));
    assert!(reason_of(&entra_of[outsiders[2].as_str()].0).starts_with("exempt"));
    let unmatched = group_dns
        .iter()
        .filter(|dn| !in_team.contains(dn.as_str()))
        .filter(|dn| entra_of.get(*dn).is_none_or(|(_, i)| i % 10 == 1))
        .count();
    assert_eq!(
        skipped
            .iter()
            .filter(|r| r["reason"]
                .as_str()
                .unwrap()
                .starts_with("no Entra account"))
            .count(),
        unmatched
    );
    assert!(
        fake.state.writes.lock().unwrap().is_empty(),
        "a plan writes nothing"
    );
    let fingerprint = stderr(&out)
        .split("--expect ")
        .nth(1)
        .map(|s| s.split_whitespace().next().unwrap().to_owned())
        .expect("the plan names its fingerprint");
    // The mail fallback matches the accounts without an anchor.
    let out = reconcile(&["--match", "mail"]);
    expect_code(&out, 0);
    assert_eq!(
        ids(&serde_json::from_slice(&out.stdout).unwrap(), "add"),
        expected_adds(true)
    );
    // Refusals, each before any write: too many removals, and a plan that is not the one
    // reviewed.
    let out = reconcile(&["--apply", "--max-removals", "2"]);
    expect_code(&out, 3);
    assert!(stderr(&out).contains("--max-removals"), "{}", stderr(&out));
    let out = reconcile(&[
        "--apply",
        "--max-removals",
        "5",
        "--expect",
        "0123456789abcdef",
    ]);
    expect_code(&out, 3);
    assert!(fake.state.writes.lock().unwrap().is_empty());

    // Apply: one account vanished from the tenant since the sync (its add fails), the
    // first write is throttled without Retry-After, writes show 1.5 s late.
    let vanished = expected_adds(false)[7].clone();
    fake.directory().users.retain(|u| u.id != vanished);
    {
        let mut f = fake.faults();
        f.write_throttle = vec![None];
        f.visible_after_ms = 1500;
    }
    let out = reconcile(&["--apply", "--max-removals", "5", "--expect", &fingerprint]);
    expect_code(&out, 4);
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let failed: Vec<&Value> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["result"] == "failed")
        .collect();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0]["user_id"], vanished.as_str());
    assert!(failed[0]["error"].as_str().unwrap().contains("NotFound"));
    let changes = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] != "skip")
        .count();
    assert_eq!(
        rows.as_array()
            .unwrap()
            .iter()
            .filter(|r| r["result"] == "done")
            .count(),
        changes - 1,
        "every other change was seen in the team after the delay"
    );
    // The fake's record: add batches of at most 200 (each user once, the throttled one
    // sent again), deletes by membership id, never more than 4 writes a second.
    let writes = fake.state.writes.lock().unwrap().clone();
    let accepted: Vec<&graph_fake::Write> = writes.iter().filter(|w| w.status != 429).collect();
    let mut added: Vec<String> = accepted
        .iter()
        .filter(|w| w.method == "POST")
        .flat_map(|w| {
            assert!(w.body["values"].as_array().unwrap().len() <= 200);
            w.body["values"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| {
                    let b = v["user@odata.bind"].as_str().unwrap();
                    b.split("users('")
                        .nth(1)
                        .unwrap()
                        .trim_end_matches("')")
                        .to_owned()
                })
                .collect::<Vec<_>>()
        })
        .collect();
    added.sort();
    assert_eq!(added, expected_adds(false));
    let mut deleted: Vec<String> = accepted
        .iter()
        .filter(|w| w.method == "DELETE")
        .map(|w| {
            let mid = w.path.rsplit('/').next().unwrap();
            percent_encoding::percent_decode_str(mid)
                .decode_utf8_lossy()
                .trim_start_matches("mem-")
                .to_owned()
        })
        .collect();
    deleted.sort();
    assert_eq!(deleted, leavers);
    for pair in writes.windows(2) {
        assert!(pair[1].at.duration_since(pair[0].at) >= Duration::from_millis(240));
    }
    // The team now holds the group (less the vanished account) and the kept people.
    let mut now: Vec<String> = fake.state.teams.lock().unwrap()[0]
        .members
        .iter()
        .map(|m| m.user_id.clone())
        .collect();
    now.sort();
    let mut want: Vec<String> = expected_adds(false)
        .into_iter()
        .filter(|u| *u != vanished)
        .chain(
            group_dns[..3]
                .iter()
                .map(|d| entra_of[d.as_str()].0.clone()),
        )
        .chain(
            outsiders[..3]
                .iter()
                .map(|d| entra_of[d.as_str()].0.clone()),
        )
        .collect();
    want.sort();
    assert_eq!(now, want);
    // One audit row per change, and the team's record.
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let audits: i64 = c
        .query_row(
            "SELECT count(*) FROM audit WHERE system = 'teams' AND command LIKE 'reconcile %'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audits as usize, changes);
    let (added_n, removed_n, failed_n): (i64, i64, i64) = c
        .query_row(
            "SELECT added, removed, failed FROM teams_reconcile WHERE team_id = ?1",
            [&team_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (added_n as usize, removed_n, failed_n),
        (expected_adds(false).len() - 1, 3, 1)
    );
    // A second plan has nothing left to do but the failed add.
    let out = reconcile(&[]);
    expect_code(&out, 0);
    let again: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(ids(&again, "add"), [vanished]);
    assert!(ids(&again, "remove").is_empty());

    // The teams report, from the cache once it has the team as it is now: its adoption (two
    // members active in chat today) and its drift from the group (the one failed add).
    expect_code(&env.run(&["teams", "sync", "--quiet"]), 0);
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let chatty: Vec<String> = group_dns[1..3]
        .iter()
        .map(|dn| ldap[entra_of[dn.as_str()].1].2.clone().expect("a mail"))
        .collect();
    let events: String = chatty
        .iter()
        .enumerate()
        .map(|(i, m)| format!("{}\n", serde_json::json!({"id": format!("t{i}"), "ts": now, "user": m, "type": "message_sent"})))
        .collect();
    let file = env.path("events.ndjson");
    std::fs::write(&file, events).unwrap();
    expect_code(
        &env.run(&["analytics", "ingest", file.to_str().unwrap(), "--quiet"]),
        0,
    );
    let out = env.run(&[
        "analytics",
        "report",
        "teams",
        "--since",
        "7d",
        "--format",
        "json",
    ]);
    expect_code(&out, 0);
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["team"] == "Engineering")
        .expect("the team's row");
    let held_members = fake.state.teams.lock().unwrap()[0].members.clone();
    assert_eq!(row["members"].as_u64(), Some(held_members.len() as u64));
    assert_eq!(row["owners"].as_u64(), Some(2));
    assert_eq!(row["guests"].as_u64(), Some(1));
    assert_eq!(row["active"].as_u64(), Some(2));
    assert_eq!(row["owners_status"], "ok");
    assert_eq!(row["source_group"], "engineering-all");
    assert_eq!(
        (row["missing"].as_u64(), row["extra"].as_u64()),
        (Some(1), Some(0))
    );
}

#[test]
fn send_as_a_person_posts_through_graph_and_an_app_login_is_told_why_not() {
    let fake = FakeGraph::start(graph_fake::sample_teams(3));
    // An app login cannot post: refused before any request, with the way out.
    let app = logged_in(&fake);
    let out = app.run(&[
        "teams",
        "send",
        "--team",
        "Team 1",
        "--channel",
        "General",
        "-m",
        "hi",
    ]);
    expect_code(&out, 5);
    assert!(
        stderr(&out).contains("teams login --device"),
        "{}",
        stderr(&out)
    );
    assert!(fake.state.messages.lock().unwrap().is_empty());
    // A person's login posts, the text as HTML with its title.
    let env = Env::new();
    let mut args: Vec<String> = [
        "teams",
        "login",
        "--device",
        "--tenant",
        graph_fake::TENANT_ID,
        "--client-id",
        graph_fake::CLIENT_ID,
        "--quiet",
    ]
    .map(str::to_owned)
    .to_vec();
    args.extend(fake.args());
    expect_code(&env.cmd().args(&args).output().unwrap(), 0);
    let out = env.run(&[
        "teams",
        "send",
        "--team",
        "Team 1",
        "--channel",
        "General",
        "--title",
        "IdP <prod>",
        "-m",
        "certificate expires in 5 days\nrenew & upload",
        "--format",
        "json",
    ]);
    expect_code(&out, 0);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let posted = fake.state.messages.lock().unwrap().clone();
    assert_eq!(posted.len(), 1);
    let (team, channel, body, id) = &posted[0];
    let held = fake.state.teams.lock().unwrap()[1].clone();
    assert_eq!((team, channel), (&held.id, &held.channels[0].id));
    assert_eq!(doc[0]["id"], id.as_str());
    assert_eq!(body["body"]["contentType"], "html");
    assert_eq!(
        body["body"]["content"],
        "<p><b>IdP &lt;prod&gt;</b></p><p>certificate expires in 5 days<br>renew &amp; upload</p>"
    );
    // A card goes as an Adaptive Card attachment, its JSON as a string.
    let card = env.path("card.json");
    std::fs::write(&card, r#"{"type":"AdaptiveCard","version":"1.4","body":[{"type":"TextBlock","text":"from a file"}]}"#).unwrap();
    let out = env.run(&[
        "teams",
        "send",
        "--team",
        "Team 1",
        "--channel",
        "General",
        "--card",
        card.to_str().unwrap(),
    ]);
    expect_code(&out, 0);
    let body = fake.state.messages.lock().unwrap()[1].2.clone();
    let inner: Value =
        serde_json::from_str(body["attachments"][0]["content"].as_str().unwrap()).unwrap();
    assert_eq!(inner["body"][0]["text"], "from a file");
    // Over the size limit: refused before sending.
    let out = env.run(&[
        "teams",
        "send",
        "--team",
        "Team 1",
        "--channel",
        "General",
        "-m",
        &"x".repeat(40_000),
    ]);
    expect_code(&out, 2);
    assert_eq!(fake.state.messages.lock().unwrap().len(), 2);
}

#[test]
fn the_teams_report_puts_teams_without_an_owner_first_and_counts_from_the_cache() {
    let fake = FakeGraph::start(graph_fake::sample_teams(5));
    for m in &mut fake.state.teams.lock().unwrap()[3].members {
        m.roles.clear();
    }
    let env = logged_in(&fake);
    expect_code(&env.run(&["teams", "sync", "--quiet"]), 0);
    let out = env.run(&["analytics", "report", "teams", "--format", "json"]);
    expect_code(&out, 0);
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    let held = fake.state.teams.lock().unwrap().clone();
    let status: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            (
                r["team"].as_str().unwrap().to_owned(),
                r["owners_status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    // Team 3 lost its owner; teams 1, 2, 4 have one; team 0 has two.
    assert_eq!(
        status,
        [
            ("Team 3", "no owner"),
            ("Team 1", "single owner"),
            ("Team 2", "single owner"),
            ("Team 4", "single owner"),
            ("Team 0", "ok"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
    for r in rows {
        let t = held.iter().find(|t| t.display_name == r["team"]).unwrap();
        assert_eq!(r["members"].as_u64(), Some(t.members.len() as u64));
        let guests = t.members.iter().filter(|m| m.roles == ["guest"]).count();
        assert_eq!(r["guests"].as_u64(), Some(guests as u64));
        assert!(r["source_group"].is_null(), "not reconciled");
    }
}

/// Registration details for `n` users: every third without MFA, every fourth registered but
/// not capable (a method the policy disallows), the first two admins, one guest.
fn registration_rows(n: usize) -> Vec<serde_json::Value> {
    (0..n)
        .map(|i| {
            let registered = i % 3 != 0;
            serde_json::json!({
                "id": format!("00000000-0000-0000-0000-{i:012}"),
                "userPrincipalName": format!("user{i}@contoso.test"),
                "userDisplayName": format!("User {i}"),
                "userType": if i == 5 { "guest" } else { "member" },
                "isAdmin": i < 2,
                "isMfaRegistered": registered,
                "isMfaCapable": registered && i % 4 != 0,
                "isPasswordlessCapable": false,
                "isSsprRegistered": registered,
                "methodsRegistered": if registered { vec!["microsoftAuthenticatorPush", "fido2"] } else { vec![] },
                "userPreferredMethodForSecondaryAuthentication": if registered { "push" } else { "none" },
                "lastUpdatedDateTime": format!("2026-11-{:02}T08:00:00Z", 1 + i % 28),
            })
        })
        .collect()
}

#[test]
fn sync_security_copies_mfa_registration_and_risky_users_and_an_unlicensed_source_is_a_warning() {
    use std::collections::BTreeMap;
    let fake = FakeGraph::start(graph_fake::sample_teams(2));
    {
        let mut s = fake.state.security.lock().unwrap();
        s.registration = registration_rows(11);
        s.risky_users = vec![
            serde_json::json!({"id": "00000000-0000-0000-0000-000000000003", "userPrincipalName": "user3@contoso.test",
                "userDisplayName": "User 3", "riskLevel": "high", "riskState": "atRisk", "riskDetail": "none",
                "riskLastUpdatedDateTime": "2026-12-01T09:00:00Z", "isDeleted": false, "isProcessing": false}),
            serde_json::json!({"id": "00000000-0000-0000-0000-000000000007", "userPrincipalName": "user7@contoso.test",
                "userDisplayName": "User 7", "riskLevel": "low", "riskState": "dismissed", "riskDetail": "adminDismissedAllRiskForUser",
                "riskLastUpdatedDateTime": "2026-11-20T09:00:00Z", "isDeleted": false, "isProcessing": false}),
        ];
        s.p1 = true;
    }
    let env = logged_in(&fake);
    // P1 only: the registration report syncs, risky users (P2) are a warning naming it.
    let out = env.run(&["teams", "sync", "--security", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert!(
        stderr(&out).contains("Risky users need Microsoft Entra ID P2"),
        "{}",
        stderr(&out)
    );
    let rows = ndjson(&out);
    assert_eq!(
        table(&rows, "graph_mfa_registration")["added"].as_u64(),
        Some(11)
    );
    assert!(rows.iter().all(|r| r["table"] != "graph_risky_users"));
    assert_eq!(
        table(&rows, "teams")["total"].as_u64(),
        Some(2),
        "the rest synced"
    );
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    type Reg = (
        String,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        String,
        Option<String>,
    );
    let cached: BTreeMap<String, Reg> = c
        .prepare(
            "SELECT id, user_principal_name, is_admin, is_mfa_registered, is_mfa_capable, methods_registered, user_type
             FROM graph_mfa_registration",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?),
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let held: BTreeMap<String, Reg> = fake
        .state
        .security
        .lock()
        .unwrap()
        .registration
        .iter()
        .map(|r| {
            let b = |k: &str| r[k].as_bool().map(i64::from);
            (
                r["id"].as_str().unwrap().to_owned(),
                (
                    r["userPrincipalName"].as_str().unwrap().to_owned(),
                    b("isAdmin"),
                    b("isMfaRegistered"),
                    b("isMfaCapable"),
                    r["methodsRegistered"].to_string(),
                    r["userType"].as_str().map(str::to_owned),
                ),
            )
        })
        .collect();
    assert_eq!(cached, held);

    // P2 arrives; one user registers MFA, one leaves the tenant.
    {
        let mut s = fake.state.security.lock().unwrap();
        s.p2 = true;
        s.registration[0]["isMfaRegistered"] = serde_json::json!(true);
        s.registration[0]["isMfaCapable"] = serde_json::json!(true);
        s.registration[0]["lastUpdatedDateTime"] = serde_json::json!("2026-12-02T10:00:00Z");
        s.registration.pop();
    }
    let out = env.run(&["teams", "sync", "--security", "--format", "ndjson"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let reg = table(&rows, "graph_mfa_registration");
    assert_eq!(
        (
            reg["added"].as_u64(),
            reg["modified"].as_u64(),
            reg["deleted"].as_u64(),
            reg["total"].as_u64()
        ),
        (Some(0), Some(1), Some(1), Some(10))
    );
    assert_eq!(table(&rows, "graph_risky_users")["added"].as_u64(), Some(2));
    let risky: Vec<(String, String, String)> = c
        .prepare(
            "SELECT user_principal_name, risk_level, risk_state FROM graph_risky_users ORDER BY 1",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        risky,
        [
            ("user3@contoso.test".into(), "high".into(), "atRisk".into()),
            (
                "user7@contoso.test".into(),
                "low".into(),
                "dismissed".into()
            )
        ]
    );
    let admin_without: i64 = c
        .query_row(
            "SELECT count(*) FROM graph_mfa_registration WHERE is_admin = 1 AND is_mfa_registered = 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(admin_without, 0, "user0 registered; user1 always was");
}

fn sign_in(
    id: &str,
    at: time::OffsetDateTime,
    user: usize,
    error: i64,
    app: &str,
) -> serde_json::Value {
    serde_json::json!({
        "id": id,
        "createdDateTime": atomctl_utc(at),
        "userId": format!("00000000-0000-0000-0000-{user:012}"),
        "userPrincipalName": format!("user{user}@contoso.test"),
        "userDisplayName": format!("User {user}"),
        "appDisplayName": "Office 365 Exchange Online",
        "ipAddress": format!("203.0.113.{}", user % 200),
        "clientAppUsed": app,
        "isInteractive": true,
        "conditionalAccessStatus": "notApplied",
        "riskLevelAggregated": "none",
        "riskEventTypes_v2": [],
        "status": {"errorCode": error, "failureReason": if error == 0 { "Other." } else { "Invalid username or password." }},
        "location": {"city": "Oslo", "state": "Oslo", "countryOrRegion": "NO",
            "geoCoordinates": {"altitude": null, "latitude": 59.91, "longitude": 10.75}},
    })
}

pub(crate) fn atomctl_utc(t: time::OffsetDateTime) -> String {
    let f = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    t.format(&f).unwrap()
}

#[test]
fn sync_security_reads_sign_ins_from_since_then_on_from_the_newest_held() {
    let fake = FakeGraph::start(graph_fake::sample_teams(1));
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap();
    {
        let mut s = fake.state.security.lock().unwrap();
        s.p1 = true;
        // One every 7 hours, from 30 minutes ago back over 10 days; every fifth a failure
        // over IMAP4.
        s.sign_ins = (0..35)
            .map(|i| {
                let at = now - time::Duration::minutes(30) - time::Duration::hours(7 * i);
                let (err, app) = if i % 5 == 0 {
                    (50126, "IMAP4")
                } else {
                    (0, "Browser")
                };
                sign_in(&format!("si-{i}"), at, i as usize % 4, err, app)
            })
            .collect();
    }
    let env = logged_in(&fake);
    let out = env.run(&["teams", "sync", "--security", "--format", "ndjson"]);
    expect_code(&out, 0);
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let ids = |c: &rusqlite::Connection| -> std::collections::BTreeSet<String> {
        c.prepare("SELECT id FROM graph_signins")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    // The default --since 7d: 30 min + 7 h × 23 = 161.5 h is in, 168.5 h is not.
    let expected: std::collections::BTreeSet<String> = (0..24).map(|i| format!("si-{i}")).collect();
    assert_eq!(ids(&c), expected);
    assert_eq!(
        table(&ndjson(&out), "graph_signins")["added"].as_u64(),
        Some(24)
    );
    let (err, app, lat, country): (i64, String, f64, String) = c
        .query_row(
            "SELECT error_code, client_app_used, latitude, country FROM graph_signins WHERE id = 'si-5'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (err, app.as_str(), lat, country.as_str()),
        (50126, "IMAP4", 59.91, "NO")
    );

    // Later: two new sign-ins, and one written late, 5 minutes before the newest held.
    let newest = now - time::Duration::minutes(30);
    {
        let mut s = fake.state.security.lock().unwrap();
        s.sign_ins.push(sign_in(
            "si-new-1",
            now + time::Duration::seconds(1),
            1,
            0,
            "Browser",
        ));
        s.sign_ins.push(sign_in(
            "si-new-2",
            now + time::Duration::seconds(2),
            2,
            0,
            "Browser",
        ));
        s.sign_ins.push(sign_in(
            "si-late",
            newest - time::Duration::minutes(5),
            3,
            0,
            "Browser",
        ));
    }
    let out = env.run(&["teams", "sync", "--security", "--format", "ndjson"]);
    expect_code(&out, 0);
    let row = table(&ndjson(&out), "graph_signins").clone();
    assert_eq!(
        (row["added"].as_u64(), row["total"].as_u64()),
        (Some(3), Some(27))
    );
    let filters = fake.state.security.lock().unwrap().sign_in_filters.clone();
    assert_eq!(
        filters.last().unwrap(),
        &format!(
            "createdDateTime ge {}",
            atomctl_utc(newest - time::Duration::minutes(15))
        )
    );
    // Without the licence: a warning, the table as it was, the rest synced.
    fake.state.security.lock().unwrap().p1 = false;
    let out = env.run(&["teams", "sync", "--security", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert!(
        stderr(&out).contains("Sign-in logs need Microsoft Entra ID P1 or P2"),
        "{}",
        stderr(&out)
    );
    assert_eq!(ids(&c).len(), 27);
}
