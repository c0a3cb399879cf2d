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

fn logged_in(fake: &FakeGraph) -> Env {
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

/// The cache's teams, channels and members of the default profile, as sorted lines.
fn cached(env: &Env) -> (Vec<String>, Vec<String>, Vec<String>) {
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let q = |sql: &str| -> Vec<String> {
        let mut st = c.prepare(sql).unwrap();
        st.query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    (
        q(
            "SELECT id || '|' || display_name || '|' || ifnull(description,'') || '|' || ifnull(visibility,'') FROM teams WHERE profile = 'default' ORDER BY 1",
        ),
        q(
            "SELECT team_id || '|' || id || '|' || display_name || '|' || ifnull(membership_type,'') FROM teams_channels WHERE profile = 'default' ORDER BY 1",
        ),
        q(
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

#[test]
fn sync_copies_teams_channels_and_members_and_a_second_run_writes_only_changes() {
    let fake = FakeGraph::start(graph_fake::sample_teams(9));
    let env = logged_in(&fake);
    let out = env.run(&["teams", "sync", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(cached(&env), held(&fake));
    let first = ndjson(&out);
    let (_, _, members) = held(&fake);
    assert_eq!(first[2]["added"].as_u64(), Some(members.len() as u64));
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
    assert_eq!(dry[0]["committed"], false);
    assert_eq!(
        (dry[0]["modified"].as_u64(), dry[0]["deleted"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(cached(&env), before);
    let out = env.run(&["teams", "sync", "--format", "ndjson"]);
    expect_code(&out, 0);
    assert_eq!(cached(&env), held(&fake));
    let rows = ndjson(&out);
    assert_eq!(rows[2]["modified"].as_u64(), Some(1), "the new owner");
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
