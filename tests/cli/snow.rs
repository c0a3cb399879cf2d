//! `atomctl snow`: against the fake instance of support/snow_fake.rs. Rows are parsed back
//! and compared with the fake's records.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::support::snow_fake::{self, FakeSnow};
use crate::support::{Env, expect_code, ndjson, stderr};

fn query(env: &Env, fake: &FakeSnow, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("SNOW_PW", snow_fake::PASSWORD)
        .args(["snow", "query"])
        .args(args)
        .args(fake.args())
        .output()
        .unwrap()
}

fn numbers(rows: &[Value]) -> Vec<String> {
    rows.iter()
        .map(|r| r["number"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn query_reads_every_row_by_key_while_the_table_changes_and_checks_fields_first() {
    let fake = FakeSnow::start(snow_fake::sample(57));
    let env = Env::new();
    // Every active priority 1 or 2 incident, 10 per page; after the second page one row not
    // read yet is deleted and two are inserted (one sorting before the rows read so far).
    let held = fake.records("incident");
    let doomed = held
        .iter()
        .filter(|r| r["active"] == "true" && (r["priority"] == "1" || r["priority"] == "2"))
        .map(|r| r["sys_id"].clone())
        .max()
        .unwrap();
    let mut early = held[0].clone();
    early.insert("sys_id".into(), "0".repeat(32));
    early.insert("number".into(), "INC0099998".into());
    early.insert("priority".into(), "1".into());
    early.insert("active".into(), "true".into());
    let mut late = early.clone();
    late.insert("sys_id".into(), "f".repeat(32));
    late.insert("number".into(), "INC0099999".into());
    fake.faults().change_after_pages = Some((
        2,
        "incident".into(),
        vec![early, late],
        vec![doomed.clone()],
    ));
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--query",
            "active=true^priority=1^ORpriority=2",
            "--fields",
            "number,priority,caller_id,sys_id",
            "--page-size",
            "10",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let got = numbers(&rows);
    let unique: BTreeSet<&String> = got.iter().collect();
    assert_eq!(unique.len(), got.len(), "no row twice");
    // Every row that matched throughout is there; the deleted one (not read yet) is not; the
    // row inserted after the last key read is; the one inserted before it is not (keyset).
    let want: BTreeSet<String> = held
        .iter()
        .filter(|r| r["active"] == "true" && (r["priority"] == "1" || r["priority"] == "2"))
        .filter(|r| r["sys_id"] != doomed)
        .map(|r| r["number"].clone())
        .chain(["INC0099999".to_owned()])
        .collect();
    assert_eq!(unique.into_iter().cloned().collect::<BTreeSet<_>>(), want);
    // References come out as sys_ids; each page asked for the keys after the last one.
    let user0 = snow_fake::sys_id("user0");
    assert!(rows.iter().any(|r| r["caller_id"] == user0.as_str()));
    let asked = fake.state.queries.lock().unwrap().clone();
    let pages: Vec<&String> = asked
        .iter()
        .filter(|(t, _)| t == "incident")
        .map(|(_, q)| q)
        .collect();
    assert!(pages.len() >= 3);
    assert!(
        pages[1].contains("^sys_id>") && pages[1].ends_with("^ORDERBYsys_id"),
        "{}",
        pages[1]
    );

    // A misspelt field: refused before any row is read, with the field it meant.
    let before = fake.state.queries.lock().unwrap().len();
    let out = query(
        &env,
        &fake,
        &["incident", "--query", "priorty=1^caller_id.emial=x"],
    );
    expect_code(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("did you mean `priority`"), "{err}");
    assert!(err.contains("did you mean `caller_id.email`"), "{err}");
    assert!(
        !fake.state.queries.lock().unwrap()[before..]
            .iter()
            .any(|(t, _)| t == "incident"),
        "no incident was read"
    );
    // --no-check sends it as it is: the instance drops the bad term and runs the rest, here
    // the whole table (what the check is for).
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--query",
            "priorty=1",
            "--no-check",
            "--format",
            "ndjson",
            "--fields",
            "number",
        ],
    );
    expect_code(&out, 0);
    assert_eq!(ndjson(&out).len(), fake.records("incident").len());
    // An ORDERBY cannot be kept while paging by key: said, not silently dropped.
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--query",
            "priority=1^ORDERBYDESCnumber",
            "--fields",
            "number",
        ],
    );
    expect_code(&out, 0);
    assert!(stderr(&out).contains("sys_id order"), "{}", stderr(&out));
    // A dot-walk the dictionary knows passes and filters.
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--query",
            "caller_id.email=user3@example.com",
            "--fields",
            "number",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    let user3 = snow_fake::sys_id("user3");
    let want: BTreeSet<String> = fake
        .records("incident")
        .iter()
        .filter(|r| r["caller_id"] == user3)
        .map(|r| r["number"].clone())
        .collect();
    assert_eq!(
        numbers(&ndjson(&out)).into_iter().collect::<BTreeSet<_>>(),
        want
    );
}

#[test]
fn display_values_hidden_rows_rate_limits_and_slow_pages() {
    let fake = FakeSnow::start(snow_fake::sample(30));
    let env = Env::new();
    // Both values: the sys_id and the name beside it.
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--fields",
            "number,caller_id,priority",
            "--display-value",
            "all",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let held = fake.records("incident");
    assert_eq!(rows.len(), held.len());
    for r in &rows {
        let h = held.iter().find(|h| h["number"] == r["number"]).unwrap();
        assert_eq!(r["caller_id"], h["caller_id"].as_str());
        let u: usize = (0..5)
            .find(|u| snow_fake::sys_id(&format!("user{u}")) == h["caller_id"])
            .unwrap();
        assert_eq!(r["caller_id_display"], format!("User {u}").as_str());
        assert_eq!(r["priority"], h["priority"].as_str());
        assert!(
            r["priority_display"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{} - ", h["priority"]))
        );
    }
    // Rows hidden by ACLs are counted but not sent: every visible row, and a warning that
    // says how many the instance counted, not a silent shortfall. A whole page of hidden rows
    // does not end the read.
    let mut ids: Vec<String> = held.iter().map(|r| r["sys_id"].clone()).collect();
    ids.sort();
    let hidden: Vec<String> = ids[5..12].to_vec();
    fake.faults().hidden = hidden.iter().cloned().collect();
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--fields",
            "number",
            "--page-size",
            "5",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    assert_eq!(ndjson(&out).len(), held.len() - hidden.len());
    assert!(stderr(&out).contains("counted 30 rows"), "{}", stderr(&out));
    fake.faults().hidden.clear();
    // 429 with Retry-After: waited out. Pages above 8 rows cancelled as too slow: halved
    // until they pass, nothing lost.
    fake.faults().throttle = vec![1];
    fake.faults().max_rows_per_page = Some(8);
    let t0 = std::time::Instant::now();
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--fields",
            "number",
            "--page-size",
            "20",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    assert!(t0.elapsed() >= std::time::Duration::from_secs(1));
    assert_eq!(ndjson(&out).len(), held.len());
    assert!(
        stderr(&out).contains("reading 5 rows per page"),
        "{}",
        stderr(&out)
    );
    // Pages cut off halfway are read again: every row once.
    fake.faults().max_rows_per_page = None;
    fake.faults().truncate = 2;
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--fields",
            "number",
            "--page-size",
            "7",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    let got = numbers(&ndjson(&out));
    let unique: BTreeSet<&String> = got.iter().collect();
    assert_eq!((got.len(), unique.len()), (held.len(), held.len()));
    assert_eq!(fake.faults().truncate, 0, "both cut pages were served");
    // A wrong password: exit 5 with the causes; an unknown table: exit 2 naming it.
    let out = env
        .cmd()
        .env("SNOW_PW", "wrong")
        .args(["snow", "query", "incident"])
        .args(fake.args())
        .output()
        .unwrap();
    expect_code(&out, 5);
    let out = query(&env, &fake, &["incidnet", "--no-check"]);
    expect_code(&out, 2);
    assert!(stderr(&out).contains("incidnet"), "{}", stderr(&out));
}

#[test]
fn get_finds_one_record_by_sys_id_or_number() {
    let fake = FakeSnow::start(snow_fake::sample(12));
    let env = Env::new();
    let held = fake.records("incident");
    let run = |args: &[&str]| {
        env.cmd()
            .env("SNOW_PW", snow_fake::PASSWORD)
            .args(["snow", "get", "incident"])
            .args(args)
            .args(fake.args())
            .args(["--format", "json"])
            .output()
            .unwrap()
    };
    for key in [held[3]["sys_id"].as_str(), held[3]["number"].as_str()] {
        let out = run(&[
            key,
            "--fields",
            "number,priority,caller_id",
            "--display-value",
            "all",
        ]);
        expect_code(&out, 0);
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc[0]["number"], held[3]["number"].as_str());
        assert_eq!(doc[0]["priority"], held[3]["priority"].as_str());
        assert_eq!(doc[0]["caller_id"], held[3]["caller_id"].as_str());
        assert!(
            doc[0]["caller_id_display"]
                .as_str()
                .unwrap()
                .starts_with("User ")
        );
    }
    // Missing (or hidden: the API cannot tell): exit 1 saying both.
    fake.faults().hidden.insert(held[4]["sys_id"].clone());
    for key in [held[4]["sys_id"].as_str(), "INC0000001"] {
        let out = run(&[key]);
        expect_code(&out, 1);
        assert!(stderr(&out).contains("ACL"), "{}", stderr(&out));
    }
}

fn sync(env: &Env, fake: &FakeSnow, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("SNOW_PW", snow_fake::PASSWORD)
        .args(["snow", "sync"])
        .args(args)
        .args(fake.args())
        .args(["--format", "ndjson"])
        .output()
        .unwrap()
}

/// The summary row of `table`.
fn summary<'a>(rows: &'a [Value], table: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["table"] == table)
        .unwrap_or_else(|| panic!("no summary row for {table}: {rows:?}"))
}

/// snow_incident as sys_id → (number, priority, active, assigned_to, sys_updated_on), with
/// the SQLite types the cells were stored with.
type Cached = std::collections::BTreeMap<String, (String, i64, i64, Option<String>, String)>;

fn cached_incidents(env: &Env) -> Cached {
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let mut st = c
        .prepare(
            "SELECT sys_id, number, priority, active, assigned_to, sys_updated_on,
                    typeof(priority), typeof(active)
             FROM snow_incident WHERE profile = 'default'",
        )
        .unwrap();
    st.query_map([], |r| {
        assert_eq!(r.get::<_, String>(6)?, "integer");
        assert_eq!(r.get::<_, String>(7)?, "integer");
        Ok((
            r.get::<_, String>(0)?,
            (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?),
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// What the cache must hold for the fake's incidents.
fn expected_incidents(fake: &FakeSnow) -> Cached {
    fake.records("incident")
        .iter()
        .map(|r| (r["sys_id"].clone(), expected_incident(r)))
        .collect()
}

#[test]
fn sync_copies_typed_rows_then_changes_audited_deletions_and_a_reconcile() {
    let fake = FakeSnow::start(snow_fake::sample(120));
    let env = Env::new();
    let first = sync(&env, &fake, &["incident", "sys_user", "--page-size", "25"]);
    expect_code(&first, 0);
    let rows = ndjson(&first);
    let inc = summary(&rows, "incident");
    assert_eq!(inc["mode"], "full");
    assert_eq!(inc["cache_table"], "snow_incident");
    assert_eq!(inc["added"], 120);
    assert_eq!(summary(&rows, "sys_user")["added"], 6);
    assert_eq!(cached_incidents(&env), expected_incidents(&fake));

    // 40 rows changed in one second (more than a page of 25), two inserted, three deleted
    // with an audit row and one without (as Table Cleaner deletes).
    let held = fake.records("incident");
    let second = "2026-12-02 09:00:00";
    for r in &held[..40] {
        fake.update("incident", &r["sys_id"], &[("priority", "1")], Some(second));
    }
    for i in 0..2 {
        let mut r = held[50].clone();
        r.insert("sys_id".into(), snow_fake::sys_id(&format!("new{i}")));
        r.insert("number".into(), format!("INC009000{i}"));
        r.insert("sys_updated_on".into(), "2026-12-02 09:00:01".into());
        fake.insert("incident", r);
    }
    for r in &held[60..63] {
        fake.delete("incident", &r["sys_id"], Some("2026-12-02 09:00:02"));
    }
    let unaudited = held[70]["sys_id"].clone();
    fake.delete("incident", &unaudited, None);
    fake.state.queries.lock().unwrap().clear();

    let delta = sync(&env, &fake, &["incident", "--page-size", "25"]);
    expect_code(&delta, 0);
    let rows = ndjson(&delta);
    let inc = summary(&rows, "incident");
    assert_eq!(inc["mode"], "delta");
    assert_eq!(inc["deletions"], "audit");
    assert_eq!(
        (&inc["added"], &inc["modified"], &inc["deleted"]),
        (&Value::from(2), &Value::from(40), &Value::from(3)),
        "{inc}"
    );
    // Only the rows changed since the checkpoint (less the overlap) were read, in
    // (sys_updated_on, sys_id) order, a page continuing inside one second by sys_id.
    assert!(inc["read"].as_u64().unwrap() < 60, "{inc}");
    let asked: Vec<String> = fake
        .state
        .queries
        .lock()
        .unwrap()
        .iter()
        .filter(|(t, _)| t == "incident")
        .map(|(_, q)| q.clone())
        .collect();
    assert!(
        asked[0].starts_with("sys_updated_on>=")
            && asked[0].ends_with("^ORDERBYsys_updated_on^ORDERBYsys_id"),
        "{asked:?}"
    );
    assert!(
        asked.iter().any(|q| q.starts_with(&format!(
            "sys_updated_on>{second}^NQsys_updated_on={second}^sys_id>"
        ))),
        "{asked:?}"
    );
    let mut want = expected_incidents(&fake);
    let kept = held.iter().find(|r| r["sys_id"] == unaudited).unwrap();
    want.insert(unaudited.clone(), expected_incident(kept));
    assert_eq!(
        cached_incidents(&env),
        want,
        "the unaudited delete is still cached"
    );

    // --reconcile finds the delete the audit missed.
    let rec = sync(&env, &fake, &["incident", "--reconcile"]);
    expect_code(&rec, 0);
    let rows = ndjson(&rec);
    let inc = summary(&rows, "incident");
    assert_eq!(inc["deletions"], "audit+reconcile");
    assert_eq!(inc["deleted"], 1, "{inc}");
    assert_eq!(cached_incidents(&env), expected_incidents(&fake));

    // A dry run reports and keeps nothing.
    let gone = fake.records("incident")[0]["sys_id"].clone();
    fake.delete("incident", &gone, Some("2026-12-02 09:30:00"));
    let before = cached_incidents(&env);
    let dry = sync(&env, &fake, &["incident", "--dry-run"]);
    expect_code(&dry, 0);
    let rows = ndjson(&dry);
    assert_eq!(summary(&rows, "incident")["deleted"], 1);
    assert_eq!(summary(&rows, "incident")["committed"], false);
    assert_eq!(cached_incidents(&env), before);

    // A read that fails midway leaves the table as it was, and says so.
    for r in &fake.records("incident")[..30] {
        fake.update(
            "incident",
            &r["sys_id"],
            &[("state", "2")],
            Some("2026-12-02 10:00:00"),
        );
    }
    fake.faults().fail_after_pages = Some(("incident".into(), 1));
    let failed = sync(&env, &fake, &["incident", "--page-size", "10"]);
    assert_ne!(failed.status.code(), Some(0));
    let err = stderr(&failed);
    assert!(err.contains("its cache table is unchanged"), "{err}");
    assert_eq!(cached_incidents(&env), before);
    fake.faults().fail_after_pages = None;
    // A table the instance does not have: exit 2 naming it; the table before it is kept.
    let out = sync(&env, &fake, &["sys_user", "incidnet"]);
    expect_code(&out, 2);
    let err = stderr(&out);
    assert!(
        err.contains("incidnet") && err.contains("sys_user synced before it and kept"),
        "{err}"
    );
    // A refused password is exit 5 (the sync's error carries the instance's class).
    let out = env
        .cmd()
        .env("SNOW_PW", "wrong")
        .args(["snow", "sync", "incident"])
        .args(fake.args())
        .output()
        .unwrap();
    expect_code(&out, 5);
    let again = sync(&env, &fake, &["incident"]);
    expect_code(&again, 0);
    assert_eq!(cached_incidents(&env), expected_incidents(&fake));
}

fn expected_incident(r: &snow_fake::Record) -> (String, i64, i64, Option<String>, String) {
    (
        r["number"].clone(),
        r["priority"].parse().unwrap(),
        i64::from(r["active"] == "true"),
        Some(r["assigned_to"].clone()).filter(|a| !a.is_empty()),
        r["sys_updated_on"].replace(' ', "T") + "Z",
    )
}

fn snow(env: &Env, fake: &FakeSnow, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("SNOW_PW", snow_fake::PASSWORD)
        .arg("snow")
        .args(args)
        .args(fake.args())
        .args(["--format", "ndjson"])
        .output()
        .unwrap()
}

fn writes(fake: &FakeSnow) -> usize {
    fake.state.writes.lock().unwrap().len()
}

#[test]
fn writes_set_impact_and_urgency_read_priority_back_and_never_duplicate_a_lost_create() {
    let fake = FakeSnow::start(snow_fake::sample(10));
    let env = Env::new();
    let network = snow_fake::sys_id("group:Network");
    // A reference by name, impact 1 × urgency 2: the instance's rule makes it priority 2.
    let out = snow(
        &env,
        &fake,
        &[
            "create",
            "incident",
            "--field",
            "short_description=VPN down for Finance",
            "--field",
            "impact=1",
            "--field",
            "urgency=2",
            "--field",
            "assignment_group=Network",
            "--input-display-value",
        ],
    );
    expect_code(&out, 0);
    let shown = &ndjson(&out)[0];
    assert_eq!(shown["priority"], "2", "{shown}");
    assert_eq!(shown["assignment_group"], network.as_str());
    let held: Vec<_> = fake
        .records("incident")
        .into_iter()
        .filter(|r| r["short_description"] == "VPN down for Finance")
        .collect();
    assert_eq!(held.len(), 1);
    assert_eq!(held[0]["sys_id"], shown["sys_id"].as_str().unwrap());
    assert_eq!(held[0]["priority"], "2");
    assert!(held[0]["correlation_id"].starts_with("atomctl:"));

    // Refused before anything is sent: priority itself, and a misspelt field (which the
    // instance would drop while writing the rest).
    let before = writes(&fake);
    let out = snow(
        &env,
        &fake,
        &["create", "incident", "--field", "priority=1"],
    );
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("impact and urgency"),
        "{}",
        stderr(&out)
    );
    let out = snow(&env, &fake, &["create", "incident", "--field", "urgncy=1"]);
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("did you mean `urgency`"),
        "{}",
        stderr(&out)
    );
    assert_eq!(writes(&fake), before, "nothing was sent");

    // The gateway loses the answer after the record was made: it is found by its marker,
    // not made twice.
    fake.faults().lose_create_answers = 1;
    let out = snow(
        &env,
        &fake,
        &[
            "create",
            "incident",
            "--field",
            "short_description=Lost answer",
        ],
    );
    expect_code(&out, 0);
    assert!(stderr(&out).contains("answer was lost"), "{}", stderr(&out));
    let made: Vec<_> = fake
        .records("incident")
        .into_iter()
        .filter(|r| r["short_description"] == "Lost answer")
        .collect();
    assert_eq!(made.len(), 1, "one record, not two");
    assert_eq!(ndjson(&out)[0]["sys_id"], made[0]["sys_id"].as_str());

    // An update by number: urgency 1 with impact 1 reads back as priority 1.
    let number = held[0]["number"].clone();
    let out = snow(
        &env,
        &fake,
        &["update", "incident", &number, "--field", "urgency=1"],
    );
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["priority"], "1");
    let now = fake
        .records("incident")
        .into_iter()
        .find(|r| r["number"] == number)
        .unwrap();
    assert_eq!(
        (now["priority"].as_str(), now["sys_mod_count"].as_str()),
        ("1", "1")
    );

    // Closing without the close fields is refused here; with them it is one write.
    let before = writes(&fake);
    let out = snow(
        &env,
        &fake,
        &[
            "resolve",
            "incident",
            &number,
            "--close-code",
            "Solved (Permanently)",
        ],
    );
    expect_code(&out, 2);
    assert!(stderr(&out).contains("--close-notes"), "{}", stderr(&out));
    let out = snow(
        &env,
        &fake,
        &["update", "incident", &number, "--field", "state=6"],
    );
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("close_code and close_notes"),
        "{}",
        stderr(&out)
    );
    assert_eq!(writes(&fake), before, "nothing was sent");
    let out = snow(
        &env,
        &fake,
        &[
            "resolve",
            "incident",
            &number,
            "--close-code",
            "Solved (Permanently)",
            "--close-notes",
            "Rebooted the concentrator",
        ],
    );
    expect_code(&out, 0);
    let now = fake
        .records("incident")
        .into_iter()
        .find(|r| r["number"] == number)
        .unwrap();
    assert_eq!(now["state"], "6");
    assert_eq!(now["close_notes"], "Rebooted the concentrator");
    assert_eq!(now["active"], "false");
    assert_eq!(writes(&fake), before + 1);
    // Closing a resolved record: its close fields are already there.
    let out = snow(
        &env,
        &fake,
        &["update", "incident", &number, "--field", "state=7"],
    );
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["state"], "7");
}

/// `atomctl snow …` with only the environment the stored login's sources read.
fn bare(env: &Env, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("SNOW_PW", snow_fake::PASSWORD)
        .env("SNOW_CS", snow_fake::CLIENT_SECRET)
        .arg("snow")
        .args(args)
        .output()
        .unwrap()
}

fn grants(fake: &FakeSnow) -> Vec<String> {
    fake.state.oauth.lock().unwrap().grants.clone()
}

#[test]
fn oauth_login_is_stored_renewed_when_refused_mid_sync_and_shown_by_status() {
    let fake = FakeSnow::start(snow_fake::sample(60));
    fake.faults().rate_rule = Some(5000);
    let env = Env::new();
    let url = fake.url();
    let login = [
        "login",
        "--instance",
        url.as_str(),
        "--auth",
        "oauth-password",
        "--user",
        snow_fake::USER,
        "--password-env",
        "SNOW_PW",
        "--client-id",
        snow_fake::CLIENT_ID,
        "--client-secret-env",
        "SNOW_CS",
        "--format",
        "json",
    ];
    let out = bare(&env, &login);
    expect_code(&out, 0);
    let shown = crate::support::json(&out);
    let shown = if shown.is_array() {
        shown[0].clone()
    } else {
        shown
    };
    assert_eq!(shown["auth"], "oauth-password", "{shown}");
    assert_eq!(shown["time_zone"], "Europe/Berlin");
    assert_eq!(
        shown["roles"],
        serde_json::json!(["itil", "rest_api_explorer"])
    );
    assert_eq!(shown["rate_limit_per_hour"], 5000);
    assert!(
        shown["token_expires_at"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );
    assert_eq!(grants(&fake), ["password"]);
    // The store is the owner's alone and holds the tokens, never the password or secret.
    let store = env.path(".local/share/atomctl/snow/default.json");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&store).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let text = std::fs::read_to_string(&store).unwrap();
    assert!(text.contains("tok-1"));
    assert!(!text.contains(snow_fake::PASSWORD) && !text.contains(snow_fake::CLIENT_SECRET));

    // Later runs need no flags. The token expires in the middle of a sync: the refused page
    // is asked again with a refreshed token, and no row is lost.
    fake.faults().expire_tokens_after_pages = Some(("incident".into(), 2));
    let out = bare(
        &env,
        &[
            "sync",
            "incident",
            "--page-size",
            "10",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    assert_eq!(summary(&ndjson(&out), "incident")["added"], 60);
    assert_eq!(grants(&fake), ["password", "refresh_token"]);
    assert!(
        std::fs::read_to_string(&store).unwrap().contains("tok-2"),
        "the renewed token is kept"
    );

    // A refresh token that no longer works: the password grant again.
    fake.expire_tokens();
    fake.state.oauth.lock().unwrap().refresh.clear();
    let out = bare(&env, &["status", "--format", "json"]);
    expect_code(&out, 0);
    assert_eq!(
        grants(&fake),
        ["password", "refresh_token", "refresh_token", "password"]
    );

    // A wrong client secret: the instance's opaque refusal, with the likely causes.
    let out = env
        .cmd()
        .env("SNOW_PW", snow_fake::PASSWORD)
        .env("SNOW_CS", "wrong")
        .args(["snow", "login"])
        .args(&login[1..])
        .output()
        .unwrap();
    expect_code(&out, 5);
    assert!(
        stderr(&out).contains("does not say why"),
        "{}",
        stderr(&out)
    );

    // Client credentials: refused while the instance has them off, accepted once on.
    let cc = [
        "status",
        "--instance",
        url.as_str(),
        "--auth",
        "client-credentials",
        "--client-id",
        snow_fake::CLIENT_ID,
        "--client-secret-env",
        "SNOW_CS",
        "--format",
        "json",
    ];
    expect_code(&bare(&env, &cc), 5);
    fake.state.oauth.lock().unwrap().client_credentials = true;
    let out = bare(&env, &cc);
    expect_code(&out, 0);
    assert_eq!(
        grants(&fake).last().map(String::as_str),
        Some("client_credentials")
    );
}

#[test]
fn date_times_are_utc_in_rfc_3339_and_tz_converts_them() {
    let fake = FakeSnow::start(snow_fake::sample(3));
    let env = Env::new();
    let first = &fake.records("incident")[0];
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--fields",
            "number,sys_updated_on,short_description",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let row = rows
        .iter()
        .find(|r| r["number"] == first["number"].as_str())
        .unwrap();
    // 2026-12-01 00:00:00 as the instance holds it (UTC).
    assert_eq!(first["sys_updated_on"], "2026-12-01 00:00:00");
    assert_eq!(row["sys_updated_on"], "2026-12-01T00:00:00Z");
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--fields",
            "number,sys_updated_on",
            "--tz",
            "America/New_York",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let row = rows
        .iter()
        .find(|r| r["number"] == first["number"].as_str())
        .unwrap();
    assert_eq!(row["sys_updated_on"], "2026-11-30T19:00:00-05:00");
    let out = query(&env, &fake, &["incident", "--tz", "Nowhere/Atlantis"]);
    expect_code(&out, 2);
}

fn report(env: &Env, name: &str) -> Vec<Value> {
    let out = env.run(&[
        "analytics",
        "report",
        name,
        "--since",
        "2026-11-01",
        "--until",
        "2026-11-28",
        "--by",
        "week",
        "--format",
        "json",
    ]);
    expect_code(&out, 0);
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Seconds since the epoch of an instance date-time.
fn unix(stamp: &str) -> i64 {
    let f = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    time::PrimitiveDateTime::parse(stamp, &f)
        .unwrap()
        .assume_utc()
        .unix_timestamp()
}

#[test]
fn incident_sla_and_ticket_reduction_reports_read_the_synced_tables() {
    use crate::analytics::page_table;
    use std::collections::{BTreeMap, HashMap};
    let env = Env::new();
    let slapd = crate::support::Slapd::start();
    slapd.sync_into(&env);
    let dir = crate::analytics::directory();
    let mut by_dept: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (mail, d) in &dir.department {
        by_dept.entry(d.clone()).or_default().push(mail.clone());
    }
    for m in by_dept.values_mut() {
        m.sort();
    }
    let depts: Vec<String> = by_dept.keys().take(2).cloned().collect();
    let (adopter, other) = (&depts[0], &depts[1]);

    // 140 incidents; their callers, users 0-2 in the adopting department, 3-4 in the other.
    let fake = FakeSnow::start(snow_fake::sample(140));
    for u in 0..5 {
        let mail = if u < 3 {
            &by_dept[adopter][u]
        } else {
            &by_dept[other][u - 3]
        };
        let id = snow_fake::sys_id(&format!("user{u}"));
        fake.update("sys_user", &id, &[("email", mail)], None);
    }
    let out = sync(
        &env,
        &fake,
        &["incident", "sys_user", "sys_user_group", "task_sla"],
    );
    expect_code(&out, 0);
    // Every user of the adopting department uses the assistant from 15 November on.
    let mut events = String::new();
    for mail in &by_dept[adopter] {
        for day in 15..=28 {
            events.push_str(&format!(
                "{{\"ts\":\"2026-11-{day:02}T12:00:00Z\",\"user\":\"{mail}\",\"type\":\"message_sent\"}}\n"
            ));
        }
    }
    let file = env.path("events.ndjson");
    std::fs::write(&file, events).unwrap();
    expect_code(
        &env.run(&["analytics", "ingest", file.to_str().unwrap(), "--quiet"]),
        0,
    );
    let (start, end) = (unix("2026-11-01 00:00:00"), unix("2026-11-29 00:00:00"));
    let held = fake.records("incident");
    let group_name: HashMap<String, String> = fake
        .records("sys_user_group")
        .into_iter()
        .map(|g| (g["sys_id"].clone(), g["name"].clone()))
        .collect();

    // incidents: time to resolve per priority, and opened per group over the weeks.
    let rows = report(&env, "incidents");
    let mut hours: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    let mut opened: BTreeMap<String, u64> = BTreeMap::new();
    for r in &held {
        let o = unix(&r["opened_at"]);
        if (start..end).contains(&o) {
            *opened
                .entry(group_name[&r["assignment_group"]].clone())
                .or_default() += 1;
        }
        if let Some(res) = r.get("resolved_at").map(|s| unix(s))
            && (start..end).contains(&res)
        {
            hours
                .entry(r["priority"].parse().unwrap())
                .or_default()
                .push((res - o) as f64 / 3600.0);
        }
    }
    for (priority, h) in &hours {
        let row = rows
            .iter()
            .find(|r| r["section"] == "time_to_resolve" && r["priority"] == *priority)
            .unwrap_or_else(|| panic!("no priority {priority}: {rows:?}"));
        let mean = h.iter().sum::<f64>() / h.len() as f64;
        assert_eq!(row["resolved"], h.len());
        assert!(
            (row["mean_hours"].as_f64().unwrap() - mean).abs() < 0.01,
            "{row}"
        );
    }
    let mut got: BTreeMap<String, u64> = BTreeMap::new();
    for r in rows.iter().filter(|r| r["section"] == "flow") {
        *got.entry(r["group"].as_str().unwrap().to_owned())
            .or_default() += r["opened"].as_u64().unwrap();
    }
    assert_eq!(got, opened, "opened per assignment group, by name");
    // ... and the task SLAs that started in each week and breached, per group.
    let week_of = |t: i64| {
        let d = time::OffsetDateTime::from_unix_timestamp(t).unwrap().date();
        let (y, w, _) = d.to_iso_week_date();
        format!("{y:04}-W{w:02}")
    };
    let by_id: HashMap<&str, &snow_fake::Record> =
        held.iter().map(|r| (r["sys_id"].as_str(), r)).collect();
    let mut want_breached: BTreeMap<(String, String), u64> = BTreeMap::new();
    for s in fake.records("task_sla") {
        let t = unix(&s["start_time"]);
        if (start..end).contains(&t) && s["has_breached"] == "true" {
            let group = group_name[&by_id[s["task"].as_str()]["assignment_group"]].clone();
            *want_breached.entry((week_of(t), group)).or_default() += 1;
        }
    }
    let got_breached: BTreeMap<(String, String), u64> = rows
        .iter()
        .filter(|r| r["section"] == "flow" && r["sla_breached"].as_u64() > Some(0))
        .map(|r| {
            (
                (
                    r["period"].as_str().unwrap().to_owned(),
                    r["group"].as_str().unwrap().to_owned(),
                ),
                r["sla_breached"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(!want_breached.is_empty());
    assert_eq!(
        got_breached, want_breached,
        "breached SLAs per week and group"
    );

    // sla: from task_sla's has_breached, never the legacy made_sla (the fake makes it lie).
    let rows = report(&env, "sla");
    let slas = fake.records("task_sla");
    let inc: HashMap<&str, &snow_fake::Record> =
        held.iter().map(|r| (r["sys_id"].as_str(), r)).collect();
    let mut want: BTreeMap<(String, i64), (u64, u64, u64)> = BTreeMap::new();
    for s in &slas {
        if !(start..end).contains(&unix(&s["start_time"])) {
            continue;
        }
        let i = inc[s["task"].as_str()];
        let e = want
            .entry((
                group_name[&i["assignment_group"]].clone(),
                i["priority"].parse().unwrap(),
            ))
            .or_default();
        let breached = s["has_breached"] == "true";
        e.0 += 1;
        e.1 += u64::from(breached);
        e.2 += u64::from(
            s["stage"] == "in_progress"
                && !breached
                && s["percentage"].parse::<f64>().unwrap() >= 75.0,
        );
    }
    assert_eq!(rows.len(), want.len(), "{rows:?}");
    for row in &rows {
        let key = (
            row["group"].as_str().unwrap().to_owned(),
            row["priority"].as_i64().unwrap(),
        );
        let (n, breached, at_risk) = want[&key];
        assert_eq!(
            (
                row["slas"].as_u64(),
                row["breached"].as_u64(),
                row["at_risk"].as_u64()
            ),
            (Some(n), Some(breached), Some(at_risk)),
            "{row}"
        );
    }

    // ticket-reduction: the adopter's incidents before and after 15 November.
    let rows = report(&env, "ticket-reduction");
    let size = by_dept[adopter].len() as f64;
    let callers: Vec<String> = (0..3)
        .map(|u| snow_fake::sys_id(&format!("user{u}")))
        .collect();
    let adoption = unix("2026-11-15 00:00:00");
    let (mut before, mut after) = (0u64, 0u64);
    for r in &held {
        let o = unix(&r["opened_at"]);
        if callers.contains(&r["caller_id"]) && (start..end).contains(&o) {
            if o < adoption {
                before += 1
            } else {
                after += 1
            }
        }
    }
    let per = |n: u64, days: f64| (n as f64 * 100.0 / size * 30.0 / days * 100.0).round() / 100.0;
    let row = rows
        .iter()
        .find(|r| r["section"] == "department" && r["department"] == adopter.as_str())
        .unwrap();
    assert_eq!(row["adopted_on"], "2026-11-15", "{row}");
    assert_eq!(row["incidents"], before + after);
    assert_eq!(
        row["rate_before"].as_f64().unwrap(),
        per(before, 14.0),
        "{row}"
    );
    assert_eq!(
        row["rate_after"].as_f64().unwrap(),
        per(after, 14.0),
        "{row}"
    );
    let quiet = rows
        .iter()
        .find(|r| r["section"] == "department" && r["department"] == other.as_str())
        .unwrap();
    assert_eq!(quiet["adopted_on"], Value::Null, "no usage, no adoption");
    // Every incident opened in the window is somewhere: in a department or unmatched.
    let total: u64 = rows
        .iter()
        .filter(|r| r["section"] == "department")
        .map(|r| r["incidents"].as_u64().unwrap())
        .sum();
    let in_window = held
        .iter()
        .filter(|r| (start..end).contains(&unix(&r["opened_at"])))
        .count();
    assert_eq!(total as usize, in_window);
    // The overview page: incidents per week beside the week's chat users, and the adopting
    // department's rates, the same numbers as the incidents, usage and ticket-reduction
    // exports.
    let (page, html) =
        crate::analytics::overview_page(&env, &["--since", "2026-11-01", "--until", "2026-11-28"]);
    let flow = report(&env, "incidents");
    let usage = report(&env, "usage");
    let mut weeks: Vec<Vec<String>> = Vec::new();
    for r in flow.iter().filter(|r| r["section"] == "flow") {
        let week = r["period"].as_str().unwrap();
        if weeks.last().is_none_or(|w| w[0] != week) {
            weeks.push(vec![
                week.to_owned(),
                "0".into(),
                "0".into(),
                "0".into(),
                "0".into(),
            ]);
        }
        let row = weeks.last_mut().unwrap();
        for (i, c) in ["opened", "resolved", "backlog", "sla_breached"]
            .iter()
            .enumerate()
        {
            let n: u64 = row[i + 1].parse::<u64>().unwrap() + r[*c].as_u64().unwrap();
            row[i + 1] = n.to_string();
        }
    }
    for w in &mut weeks {
        let chat = usage
            .iter()
            .find(|u| u["period"] == w[0].as_str())
            .map_or(0, |u| u["active_users"].as_u64().unwrap());
        w.push(chat.to_string());
    }
    assert!(weeks.iter().any(|w| w[5] != "0"), "chat users in some week");
    assert_eq!(page_table(&html, "Support against chat usage"), weeks);
    let adopted: Vec<Vec<String>> = rows
        .iter()
        .filter(|r| r["section"] == "department" && !r["adopted_on"].is_null())
        .map(|r| {
            [
                "department",
                "adopted_on",
                "rate_before",
                "rate_after",
                "change_pct",
            ]
            .iter()
            .map(|c| match &r[*c] {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                v => v.to_string(),
            })
            .collect()
        })
        .collect();
    assert_eq!(adopted.len(), 1);
    assert_eq!(page_table(&html, "Ticket reduction"), adopted);
    // Its widest tables still fit a phone.
    let shots = tempfile::tempdir().unwrap();
    crate::analytics::in_browser(&page, shots.path());
    // The assumptions are printed with the table.
    let out = env.run(&[
        "analytics",
        "report",
        "ticket-reduction",
        "--since",
        "2026-11-01",
        "--until",
        "2026-11-28",
        "--format",
        "table",
    ]);
    expect_code(&out, 0);
    let text = String::from_utf8_lossy(&out.stdout);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("it does not isolate a cause"), "{text}");
    // And in the exports: the same rows as CSV, and an HTML page with the table.
    for name in ["incidents", "sla", "ticket-reduction"] {
        let rows = report(&env, name);
        let csv = env.path(&format!("{name}.csv"));
        let html = env.path(&format!("{name}.html"));
        for (file, format) in [(&csv, "csv"), (&html, "html")] {
            let out = env.run(&[
                "analytics",
                "export",
                name,
                "--since",
                "2026-11-01",
                "--until",
                "2026-11-28",
                "--by",
                "week",
                "--format",
                format,
                "-o",
                file.to_str().unwrap(),
            ]);
            expect_code(&out, 0);
        }
        let (_, body) = crate::support::csv_rows(&std::process::Output {
            status: std::process::ExitStatus::default(),
            stdout: std::fs::read(&csv).unwrap(),
            stderr: Vec::new(),
        });
        assert_eq!(body.len(), rows.len(), "{name}");
        let page = std::fs::read_to_string(&html).unwrap();
        assert!(
            page.contains("<table") && page.contains("</html>"),
            "{name}"
        );
    }
}

#[test]
fn count_groups_on_the_instance_and_names_the_groups() {
    let fake = FakeSnow::start(snow_fake::sample(45));
    let env = Env::new();
    let out = snow(
        &env,
        &fake,
        &[
            "count",
            "incident",
            "--query",
            "active=true",
            "--group-by",
            "assignment_group,priority",
        ],
    );
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let mut want: std::collections::BTreeMap<(String, String), u64> = Default::default();
    for r in fake
        .records("incident")
        .iter()
        .filter(|r| r["active"] == "true")
    {
        *want
            .entry((r["assignment_group"].clone(), r["priority"].clone()))
            .or_default() += 1;
    }
    let got: std::collections::BTreeMap<(String, String), u64> = rows
        .iter()
        .map(|r| {
            (
                (
                    r["assignment_group"].as_str().unwrap().to_owned(),
                    r["priority"].as_str().unwrap().to_owned(),
                ),
                r["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, want);
    let network = snow_fake::sys_id("group:Network");
    assert!(
        rows.iter()
            .any(|r| r["assignment_group"] == network.as_str()
                && r["assignment_group_display"] == "Network")
    );
    // No grouping: one count. A misspelt group field is refused before anything is counted.
    let out = snow(&env, &fake, &["count", "incident"]);
    assert_eq!(ndjson(&out)[0]["count"], 45);
    let out = snow(
        &env,
        &fake,
        &["count", "incident", "--group-by", "prioroty"],
    );
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("did you mean `priority`"),
        "{}",
        stderr(&out)
    );
    // An ACL that hides any row refuses the count: exit 5 with the instance's message.
    fake.faults()
        .hidden
        .insert(fake.records("incident")[0]["sys_id"].clone());
    let out = snow(&env, &fake, &["count", "incident"]);
    expect_code(&out, 5);
    assert!(
        stderr(&out).contains("User Not Authorized"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_retry_after_beyond_the_deadline_ends_the_run_at_once_and_a_shorter_one_is_waited_out() {
    let fake = FakeSnow::start(snow_fake::sample(5));
    let env = Env::new();
    // An hourly window: 20 minutes to wait, and a run that may take 30 seconds.
    fake.faults().throttle = vec![1200];
    let t0 = std::time::Instant::now();
    let out = query(
        &env,
        &fake,
        &["incident", "--no-check", "--deadline", "30s"],
    );
    expect_code(&out, 6);
    assert!(t0.elapsed() < std::time::Duration::from_secs(10));
    assert!(
        stderr(&out).contains("Rate limit exceeded"),
        "{}",
        stderr(&out)
    );
    // Two seconds fit in the deadline: waited out, every row read.
    fake.faults().throttle = vec![2];
    let t0 = std::time::Instant::now();
    let out = query(
        &env,
        &fake,
        &[
            "incident",
            "--no-check",
            "--deadline",
            "1m",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    assert!(t0.elapsed() >= std::time::Duration::from_secs(2));
    assert_eq!(ndjson(&out).len(), 5);
}

#[test]
fn a_row_changed_while_a_sync_reads_moves_behind_it_and_is_read_again() {
    let fake = FakeSnow::start(snow_fake::sample(50));
    let env = Env::new();
    expect_code(&sync(&env, &fake, &["incident"]), 0);
    // 30 rows change; after the first page of the delta, a row of that page changes again
    // and a new one arrives: both come later in (sys_updated_on, sys_id) order.
    let held = fake.records("incident");
    for r in &held[..30] {
        fake.update(
            "incident",
            &r["sys_id"],
            &[("state", "2")],
            Some("2026-12-02 08:00:00"),
        );
    }
    let mut moved = held
        .iter()
        .filter(|r| {
            fake.records("incident")
                .iter()
                .any(|x| x["sys_id"] == r["sys_id"] && x["state"] == "2")
        })
        .min_by_key(|r| r["sys_id"].clone())
        .unwrap()
        .clone();
    moved.insert("short_description".into(), "changed during the read".into());
    moved.insert("sys_updated_on".into(), "2026-12-02 08:05:00".into());
    let mut new = held[40].clone();
    new.insert("sys_id".into(), "0".repeat(32));
    new.insert("number".into(), "INC0077777".into());
    new.insert("sys_updated_on".into(), "2026-12-02 08:06:00".into());
    // (The fake counts the table's pages since it started.)
    let served = fake
        .state
        .queries
        .lock()
        .unwrap()
        .iter()
        .filter(|(t, _)| t == "incident")
        .count() as u64;
    fake.faults().change_after_pages = Some((
        served + 1,
        "incident".into(),
        vec![moved.clone(), new],
        vec![moved["sys_id"].clone()],
    ));
    let out = sync(&env, &fake, &["incident", "--page-size", "10"]);
    expect_code(&out, 0);
    assert_eq!(cached_incidents(&env), expected_incidents(&fake));
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let text: String = c
        .query_row(
            "SELECT short_description FROM snow_incident WHERE sys_id = ?1",
            [moved["sys_id"].as_str()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(text, "changed during the read");
    assert!(
        fake.faults().change_after_pages.is_none(),
        "the change happened mid-read"
    );
}
