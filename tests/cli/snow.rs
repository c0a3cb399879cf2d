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
