//! `atomctl sf` against the fake org: output parsed back and compared record by record with
//! what the server holds, through uneven pages, child paging, token expiry and faults.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Map, Value, json};

use crate::support::sf_fake::{self, FakeSalesforce, Org};
use crate::support::{Env, code, csv_rows, expect_code, json as parse_json, stderr};

const SOQL: &str =
    "SELECT Id, Name, Description, AnnualRevenue, CreatedDate, Owner.Name FROM Account";

/// 23 accounts (one deleted) with the values that break CSV writers, two ids that differ
/// only by case, Java-style doubles, a compound address, null and empty strings, and
/// contacts: seven under one account (more than a child page), one under another.
fn sample_org() -> Org {
    let texts: [Value; 10] = [
        json!("Acme, Inc."),
        json!("Zürich Versicherung ⚡ 東京"),
        json!("Say \"hi\""),
        json!("line\nbreak"),
        json!("crlf\r\nvalue"),
        json!("bare\rcarriage return"),
        json!(""),
        Value::Null,
        json!(" padded "),
        json!("plain"),
    ];
    let doubles = [
        json!("__double:1.256614005E8"),
        json!("__double:15000.0"),
        Value::Null,
        json!("__double:0.5"),
    ];
    let mut accounts = Vec::new();
    for i in 0..23usize {
        let id = match i {
            0 => "001000000000AbCAAA".to_owned(),
            1 => "001000000000abcAAA".to_owned(),
            _ => format!("0010000000{i:05}AAA"),
        };
        let contacts: Vec<Value> = match i {
            2 => (0..7).map(|k| json!({"Id": format!("0030000000{k:05}AAA"), "LastName": format!("Child {k}"), "Email": null})).collect(),
            3 => vec![json!({"Id": "003000000099999AAA", "LastName": "Only, \"one\"", "Email": "o@x.test"})],
            _ => vec![],
        };
        let mut r = Map::new();
        r.insert("Id".into(), json!(id));
        r.insert("Name".into(), json!(format!("Account {i}")));
        r.insert("Description".into(), texts[i % texts.len()].clone());
        r.insert("AnnualRevenue".into(), doubles[i % doubles.len()].clone());
        r.insert(
            "CreatedDate".into(),
            json!(format!(
                "2024-0{}-1{}T0{}:15:00.000+0000",
                1 + i % 9,
                i % 10,
                i % 10
            )),
        );
        r.insert(
            "LastActivityDate".into(),
            if i % 3 == 0 {
                Value::Null
            } else {
                json!(format!("2024-05-0{}", 1 + i % 9))
            },
        );
        r.insert("IsDeleted".into(), json!(i == 22));
        r.insert(
            "SystemModstamp".into(),
            json!(format!("2024-06-01T10:{i:02}:00.000+0000")),
        );
        r.insert(
            "Owner".into(),
            if i % 4 == 1 {
                Value::Null
            } else {
                json!({"__type": "User", "Name": format!("Owner {}", i % 3)})
            },
        );
        r.insert(
            "BillingAddress".into(),
            json!({"city": "Oslo", "street": "Karl Johans gate 1", "latitude": null}),
        );
        r.insert("Contacts".into(), Value::Array(contacts));
        accounts.push(r);
    }
    let mut org = Org::default();
    org.objects.insert("Account".into(), accounts);
    org
}

fn live_accounts(fake: &FakeSalesforce) -> Vec<Map<String, Value>> {
    fake.state.org.lock().unwrap().objects["Account"]
        .iter()
        .filter(|r| r["IsDeleted"] != json!(true))
        .cloned()
        .collect()
}

/// What the CSV cell of an org value must be: doubles in plain decimal, null as empty.
fn expected_cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => match s.strip_prefix("__double:") {
            Some(d) => {
                let f: f64 = d.parse().unwrap();
                if f.fract() == 0.0 {
                    format!("{}", f as i64)
                } else {
                    format!("{f}")
                }
            }
            None => s.clone(),
        },
        other => other.to_string(),
    }
}

fn one_shot(env: &Env, fake: &FakeSalesforce, args: &[&str]) -> std::process::Output {
    let url = fake.url();
    let mut full = args.to_vec();
    full.extend(["--instance-url", &url, "--access-token-env", "SFTOK"]);
    env.cmd()
        .env("SFTOK", fake.token())
        .args(&full)
        .output()
        .unwrap()
}

#[test]
fn query_csv_equals_the_org_record_for_record() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let out = one_shot(&env, &fake, &["sf", "query", SOQL, "--format", "csv"]);
    expect_code(&out, 0);
    let (header, rows) = csv_rows(&out);
    assert_eq!(
        header,
        [
            "Id",
            "Name",
            "Description",
            "AnnualRevenue",
            "CreatedDate",
            "Owner.Name"
        ]
    );
    let org = live_accounts(&fake);
    assert_eq!(
        rows.len(),
        org.len(),
        "one CSV record per Salesforce record (22; uneven pages of 5/3/7/2)"
    );
    for (row, rec) in rows.iter().zip(&org) {
        let owner = rec["Owner"].get("Name").cloned().unwrap_or(Value::Null);
        let want: Vec<String> = [
            &rec["Id"],
            &rec["Name"],
            &rec["Description"],
            &rec["AnnualRevenue"],
            &rec["CreatedDate"],
            &owner,
        ]
        .iter()
        .map(|v| expected_cell(v))
        .collect();
        assert_eq!(row, &want);
    }
    // Ids that differ only by case are two records.
    let ids: HashSet<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids.len(), rows.len());
    assert!(ids.contains("001000000000AbCAAA") && ids.contains("001000000000abcAAA"));
    assert!(
        rows.iter().any(|r| r[3] == "125661400.5"),
        "no exponent form"
    );
}

#[test]
fn csv_options_and_json_keep_null_apart_from_empty() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "query",
            SOQL,
            "--format",
            "csv",
            "--delimiter",
            ";",
            "--line-ending",
            "crlf",
            "--null-text",
            "NULL",
        ],
    );
    expect_code(&out, 0);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let org = live_accounts(&fake);
    assert_eq!(rows.len(), org.len());
    for (row, rec) in rows.iter().zip(&org) {
        let want = if rec["Description"].is_null() {
            "NULL".to_owned()
        } else {
            expected_cell(&rec["Description"])
        };
        assert_eq!(&row[2], want.as_str());
    }
    assert!(out.stdout.windows(2).any(|w| w == b"\r\n"));

    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "query",
            "SELECT Id, Description, AnnualRevenue, BillingAddress FROM Account",
            "--format",
            "json",
        ],
    );
    expect_code(&out, 0);
    let got = parse_json(&out);
    let got = got.as_array().unwrap();
    assert_eq!(got.len(), org.len());
    for (g, rec) in got.iter().zip(&org) {
        assert_eq!(
            g["Description"], rec["Description"],
            "null stays null, \"\" stays \"\""
        );
        assert_eq!(
            g["BillingAddress"], rec["BillingAddress"],
            "a compound field stays one object"
        );
        match rec["AnnualRevenue"]
            .as_str()
            .and_then(|s| s.strip_prefix("__double:"))
        {
            Some(d) => assert_eq!(
                g["AnnualRevenue"].as_f64().unwrap(),
                d.parse::<f64>().unwrap()
            ),
            None => assert!(g["AnnualRevenue"].is_null()),
        }
        assert!(g.get("attributes").is_none());
    }
}

#[test]
fn retries_after_503_and_a_dropped_body_lose_and_duplicate_nothing() {
    let fake = FakeSalesforce::start(sample_org());
    {
        let mut f = fake.faults();
        f.unavailable_at.insert(2);
        f.drop_body_at.insert(4);
    }
    let env = Env::new();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "query",
            "SELECT Id FROM Account",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    let ids: Vec<String> = crate::support::ndjson(&out)
        .iter()
        .map(|v| v["Id"].as_str().unwrap().to_owned())
        .collect();
    let want: Vec<String> = live_accounts(&fake)
        .iter()
        .map(|r| r["Id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, want);
    // At least five pages (the fake's sizes are 5/3/7/2), plus the two failed attempts.
    assert!(fake.requests() >= 7, "{} requests", fake.requests());
}

#[test]
fn child_subqueries_are_paged_to_the_end_and_can_be_exploded() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let soql = "SELECT Id, (SELECT Id, LastName FROM Contacts) FROM Account";
    let out = one_shot(&env, &fake, &["sf", "query", soql, "--format", "json"]);
    expect_code(&out, 0);
    let got = parse_json(&out);
    let got = got.as_array().unwrap();
    assert_eq!(
        got[2]["Contacts"].as_array().unwrap().len(),
        7,
        "all seven, across child pages"
    );
    assert_eq!(
        got[3]["Contacts"],
        json!([{"Id": "003000000099999AAA", "LastName": "Only, \"one\""}])
    );
    assert!(got[0]["Contacts"].is_null());

    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "query",
            soql,
            "--format",
            "csv",
            "--explode",
            "Contacts",
        ],
    );
    expect_code(&out, 0);
    let (header, rows) = csv_rows(&out);
    assert_eq!(header, ["Id", "Contacts.Id", "Contacts.LastName"]);
    assert_eq!(
        rows.len(),
        22 - 2 + 7 + 1,
        "one row per child, parents without children kept once"
    );
    let lasts: Vec<&str> = rows
        .iter()
        .filter(|r| r[0] == live_accounts(&fake)[2]["Id"])
        .map(|r| r[2].as_str())
        .collect();
    assert_eq!(
        lasts,
        (0..7).map(|k| format!("Child {k}")).collect::<Vec<_>>()
    );
}

#[test]
fn count_and_query_all() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "query",
            "SELECT COUNT() FROM Account",
            "--format",
            "json",
        ],
    );
    expect_code(&out, 0);
    assert_eq!(parse_json(&out), json!([{"count": 22}]));
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "query",
            "SELECT Id FROM Account",
            "--all-rows",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    assert_eq!(
        crate::support::ndjson(&out).len(),
        23,
        "queryAll includes the deleted record"
    );
}

#[test]
fn server_errors_map_to_exit_codes_with_the_servers_words() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "query",
            "SELECT Id, Bogus__c FROM Account",
            "--format",
            "csv",
        ],
    );
    expect_code(&out, 2);
    let err = stderr(&out);
    assert!(
        err.contains("INVALID_FIELD")
            && err.contains("ERROR at Row:1:Column:12")
            && err.contains("^"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    fake.faults().query_timeout = true;
    let out = one_shot(&env, &fake, &["sf", "query", "SELECT Id FROM Account"]);
    expect_code(&out, 1);
    assert!(stderr(&out).contains("sf export"), "{}", stderr(&out));
    fake.faults().query_timeout = false;

    fake.faults().limit_exceeded = true;
    let out = one_shot(&env, &fake, &["sf", "query", "SELECT Id FROM Account"]);
    expect_code(&out, 6);
    assert!(
        stderr(&out).contains("api-usage"),
        "the usage is reported: {}",
        stderr(&out)
    );
    fake.faults().limit_exceeded = false;

    let out = env
        .cmd()
        .env("SFTOK", "wrong")
        .args([
            "sf",
            "query",
            "SELECT Id FROM Account",
            "--instance-url",
            &fake.url(),
            "--access-token-env",
            "SFTOK",
        ])
        .output()
        .unwrap();
    expect_code(&out, 5);
}

#[test]
fn an_expired_locator_leaves_a_marked_partial_file_and_the_old_file_alone() {
    let fake = FakeSalesforce::start(sample_org());
    fake.faults().expired_locators = true;
    let env = Env::new();
    let dest = env.path("accounts.csv");
    std::fs::write(&dest, "previous complete export\n").unwrap();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "query",
            "SELECT Id FROM Account",
            "-o",
            dest.to_str().unwrap(),
        ],
    );
    expect_code(&out, 4);
    assert!(
        stderr(&out).contains("INVALID_QUERY_LOCATOR") && stderr(&out).contains("partial"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&dest).unwrap(),
        "previous complete export\n"
    );
    let partial = std::fs::read_to_string(env.path("accounts.csv.partial")).unwrap();
    let mut rdr = csv::Reader::from_reader(partial.as_bytes());
    assert_eq!(rdr.records().count(), 5, "the first page, and only it");
}

#[test]
fn refresh_token_login_renews_the_session_mid_pagination() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let out = env
        .cmd()
        .env("RT", sf_fake::REFRESH_TOKEN)
        .args([
            "sf",
            "login",
            "--refresh-token-env",
            "RT",
            "--client-id",
            sf_fake::CLIENT_ID,
            "--login-url",
            &fake.url(),
            "--format",
            "ndjson",
        ])
        .output()
        .unwrap();
    expect_code(&out, 0);
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains(&fake.token()),
        "the token is never printed"
    );
    let stored = env.path(".local/share/atomctl/sf/default.json");
    let before = std::fs::read_to_string(&stored).unwrap();
    fake.faults().expire_token_after = Some(2);
    let out = env.run(&[
        "sf",
        "query",
        "SELECT Id FROM Account",
        "--format",
        "ndjson",
    ]);
    expect_code(&out, 0);
    assert_eq!(crate::support::ndjson(&out).len(), 22);
    assert!(
        fake.state
            .token_requests
            .load(std::sync::atomic::Ordering::SeqCst)
            >= 2,
        "renewed at least once"
    );
    let after = std::fs::read_to_string(&stored).unwrap();
    assert_ne!(
        before, after,
        "the renewed token is stored for the next run"
    );
}

fn jwt_key(env: &Env) -> std::path::PathBuf {
    let key = env.path("jwt.pem");
    let st = std::process::Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-out",
        ])
        .arg(&key)
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(st.success());
    key
}

fn public_key_der(pem: &std::path::Path) -> Vec<u8> {
    use rustls::pki_types::pem::PemObject;
    let der = rustls::pki_types::PrivatePkcs8KeyDer::from_pem_file(pem).unwrap();
    let kp = aws_lc_rs::signature::RsaKeyPair::from_pkcs8(der.secret_pkcs8_der()).unwrap();
    aws_lc_rs::signature::KeyPair::public_key(&kp)
        .as_ref()
        .to_vec()
}

#[test]
fn jwt_login_then_status_and_a_wrong_key_is_refused() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let key = jwt_key(&env);
    *fake.state.jwt_public_key.lock().unwrap() = Some(public_key_der(&key));
    let login = |key: &std::path::Path| {
        env.run(&[
            "sf",
            "login",
            "--jwt-key",
            key.to_str().unwrap(),
            "--client-id",
            sf_fake::CLIENT_ID,
            "--username",
            sf_fake::USERNAME,
            "--login-url",
            &fake.url(),
            "--format",
            "ndjson",
        ])
    };
    let out = login(&key);
    expect_code(&out, 0);
    assert_eq!(crate::support::ndjson(&out)[0]["flow"], "jwt");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.path(".local/share/atomctl/sf/default.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The session expires mid-pagination: a new JWT grant, the same page asked again.
    fake.faults().expire_token_after = Some(2);
    let before = fake
        .state
        .token_requests
        .load(std::sync::atomic::Ordering::SeqCst);
    let out = env.run(&[
        "sf",
        "query",
        "SELECT Id FROM Account",
        "--format",
        "ndjson",
    ]);
    expect_code(&out, 0);
    assert_eq!(crate::support::ndjson(&out).len(), 22);
    assert!(
        fake.state
            .token_requests
            .load(std::sync::atomic::Ordering::SeqCst)
            > before
    );
    fake.faults().expire_token_after = None;

    let out = env.run(&["sf", "status", "--format", "json"]);
    expect_code(&out, 0);
    let st = &parse_json(&out)[0];
    assert_eq!(st["username"], sf_fake::USERNAME);
    assert_eq!(st["api_limit"], 5000);
    assert!(st["api_used"].as_u64().unwrap() > 17);

    let other = env.path("other.pem");
    std::fs::rename(jwt_key(&env), &other).unwrap();
    let out = login(&other);
    expect_code(&out, 5);
    assert!(stderr(&out).contains("invalid_grant"), "{}", stderr(&out));
}

#[test]
fn web_login_with_pkce_through_the_loopback_listener() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    // The "browser" follows the authorize redirect back to atomctl's listener.
    let browser = env.path("browser.sh");
    std::fs::write(&browser, "#!/bin/sh\nexec curl -s -L -o /dev/null \"$1\"\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let out = env.run(&[
        "sf",
        "login",
        "--client-id",
        sf_fake::CLIENT_ID,
        "--login-url",
        &fake.url(),
        "--browser-command",
        browser.to_str().unwrap(),
        "--wait",
        "20",
        "--format",
        "ndjson",
    ]);
    expect_code(&out, 0);
    let summary = &crate::support::ndjson(&out)[0];
    assert_eq!(summary["flow"], "web");
    assert_eq!(summary["refresh_token"], true);
    let out = env.run(&[
        "sf",
        "query",
        "SELECT Id FROM Account",
        "--format",
        "ndjson",
    ]);
    expect_code(&out, 0);
    assert_eq!(crate::support::ndjson(&out).len(), 22);

    // Nobody logs in: a clear timeout, not a hang.
    let out = env.run(&[
        "sf",
        "login",
        "--client-id",
        sf_fake::CLIENT_ID,
        "--login-url",
        &fake.url(),
        "--no-browser",
        "--wait",
        "1",
    ]);
    expect_code(&out, 5);
    assert!(stderr(&out).contains("within 1 s"), "{}", stderr(&out));
    assert!(code(&out) != 0);
}

#[test]
fn describe_and_search() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let out = one_shot(&env, &fake, &["sf", "describe", "--format", "json"]);
    expect_code(&out, 0);
    assert_eq!(parse_json(&out)[0]["name"], "Account");
    let out = one_shot(
        &env,
        &fake,
        &["sf", "describe", "Account", "--format", "json"],
    );
    expect_code(&out, 0);
    let fields = parse_json(&out);
    let names: Vec<&str> = fields
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Id") && names.contains(&"BillingAddress"));
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "search",
            "FIND {account 1} RETURNING Account(Id, Name)",
            "--format",
            "json",
        ],
    );
    expect_code(&out, 0);
    let hits = parse_json(&out);
    let names: Vec<&str> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["Name"].as_str().unwrap())
        .collect();
    let want: Vec<String> = fake.state.org.lock().unwrap().objects["Account"]
        .iter()
        .filter_map(|r| {
            r["Name"]
                .as_str()
                .filter(|n| n.to_lowercase().contains("account 1"))
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(names, want);
    assert!(
        hits.as_array()
            .unwrap()
            .iter()
            .all(|h| h["type"] == "Account")
    );
}

#[test]
fn bulk_export_writes_one_csv_across_locator_pages() {
    let fake = FakeSalesforce::start(sample_org());
    fake.faults().drop_body_at.insert(6);
    let env = Env::new();
    let dest = env.path("export.csv");
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "export",
            SOQL,
            "-o",
            dest.to_str().unwrap(),
            "--max-records",
            "5",
        ],
    );
    expect_code(&out, 0);
    let mut rdr = csv::Reader::from_path(&dest).unwrap();
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        header,
        [
            "Id",
            "Name",
            "Description",
            "AnnualRevenue",
            "CreatedDate",
            "Owner.Name"
        ]
    );
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let org = live_accounts(&fake);
    assert_eq!(
        rows.len(),
        org.len(),
        "header once, every record once across 5 pages and a retried page"
    );
    for (row, rec) in rows.iter().zip(&org) {
        assert_eq!(&row[0], rec["Id"].as_str().unwrap());
        assert_eq!(
            &row[2],
            rec["Description"].as_str().unwrap_or(""),
            "CR, LF, quotes survive"
        );
    }

    // A failed job reports the server's reason and leaves no file.
    let dest2 = env.path("failed.csv");
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "export",
            "SELECT Id, Name FROM Account WHERE Name = 'FailMe'",
            "-o",
            dest2.to_str().unwrap(),
        ],
    );
    assert_ne!(code(&out), 0);
    assert!(stderr(&out).contains("InvalidBatch"), "{}", stderr(&out));
    assert!(!dest2.exists());
}

fn table_snapshot(cache: &std::path::Path) -> Vec<String> {
    let c = rusqlite::Connection::open(cache).unwrap();
    let mut st = c
        .prepare("SELECT * FROM sf_account ORDER BY \"Id\"")
        .unwrap();
    let n = st.column_count();
    st.query_map([], |r| {
        Ok((0..n)
            .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
            .collect::<Vec<_>>()
            .join("|"))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn utc_now() -> String {
    let t = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.000+0000",
        t.year(),
        t.month() as u8,
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

#[test]
fn sync_is_full_then_incremental_and_equals_a_fresh_full_sync() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let out = one_shot(
        &env,
        &fake,
        &["sf", "sync", "Account", "--format", "ndjson"],
    );
    expect_code(&out, 0);
    let r = &crate::support::ndjson(&out)[0];
    assert_eq!(
        (r["mode"].as_str(), r["added"].as_u64(), r["table"].as_str()),
        (Some("full"), Some(22), Some("sf_account"))
    );
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let (n, revenue): (i64, f64) = c
        .query_row(
            "SELECT count(*), sum(AnnualRevenue) FROM sf_account WHERE profile = 'default'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(n, 22);
    let want: f64 = live_accounts(&fake)
        .iter()
        .filter_map(|r| {
            r["AnnualRevenue"]
                .as_str()
                .and_then(|d| d.strip_prefix("__double:"))
                .map(|d| d.parse::<f64>().unwrap())
        })
        .sum();
    assert!((revenue - want).abs() < 1e-6, "doubles stored as numbers");
    let case_twins: i64 = c
        .query_row(
            "SELECT count(*) FROM sf_account WHERE lower(\"Id\") = '001000000000abcaaa'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(case_twins, 2, "ids that differ by case are two rows");
    drop(c);

    // One modification, one new record, one deletion.
    {
        let mut org = fake.state.org.lock().unwrap();
        let accounts = org.objects.get_mut("Account").unwrap();
        accounts[5].insert("Name".into(), json!("Renamed"));
        accounts[5].insert("SystemModstamp".into(), json!(utc_now()));
        let mut new = accounts[9].clone();
        new.insert("Id".into(), json!("001000000000NEWAAA"));
        new.insert("SystemModstamp".into(), json!(utc_now()));
        accounts.push(new);
        let gone = accounts.remove(7);
        let id = gone["Id"].as_str().unwrap().to_owned();
        org.deleted.push(("Account".into(), id, utc_now()));
    }
    let out = one_shot(
        &env,
        &fake,
        &["sf", "sync", "Account", "--format", "ndjson"],
    );
    expect_code(&out, 0);
    let r = &crate::support::ndjson(&out)[0];
    assert_eq!(r["mode"], "delta");
    assert_eq!(
        (
            r["added"].as_u64(),
            r["modified"].as_u64(),
            r["deleted"].as_u64()
        ),
        (Some(1), Some(1), Some(1)),
        "{r}"
    );

    let fresh = fresh_full_sync(&env, &fake);
    assert_eq!(table_snapshot(&env.cache()), table_snapshot(&fresh));

    // The org forgot deletions older than the last sync: a full resync, said plainly.
    fake.state.org.lock().unwrap().earliest_deleted = "2999-01-01T00:00:00.000+0000".into();
    let out = one_shot(
        &env,
        &fake,
        &["sf", "sync", "Account", "--format", "ndjson"],
    );
    expect_code(&out, 0);
    assert_eq!(crate::support::ndjson(&out)[0]["mode"], "full");
    assert!(
        stderr(&out).contains("only known since"),
        "{}",
        stderr(&out)
    );
    assert_eq!(table_snapshot(&env.cache()), table_snapshot(&fresh));
    let jobs: i64 = rusqlite::Connection::open(env.cache())
        .unwrap()
        .query_row(
            "SELECT count(*) FROM jobs WHERE source = 'sf' AND command = 'sync' AND outcome = 'ok'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(jobs, 3);
}

/// The cache's rows of one synced table as (Id, Name), sorted.
fn ids_and_names(
    cache: &std::path::Path,
    table: &str,
    name: &str,
) -> Vec<(String, Option<String>)> {
    let c = rusqlite::Connection::open(cache).unwrap();
    let mut st = c
        .prepare(&format!(
            "SELECT \"Id\", \"{name}\" FROM {table} WHERE profile = 'default' ORDER BY \"Id\""
        ))
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn one_run_syncs_several_objects_and_a_failure_keeps_those_before_it() {
    let mut org = sample_org();
    let contacts: Vec<Map<String, Value>> = (0..5)
        .map(|k| {
            let mut r = Map::new();
            r.insert("Id".into(), json!(format!("0030000001{k:05}AAA")));
            r.insert("LastName".into(), json!(format!("Person {k}")));
            r.insert("IsDeleted".into(), json!(false));
            r.insert(
                "SystemModstamp".into(),
                json!(format!("2024-06-02T10:0{k}:00.000+0000")),
            );
            r
        })
        .collect();
    org.objects.insert("Contact".into(), contacts.clone());
    let fake = FakeSalesforce::start(org);
    let env = Env::new();
    let out = one_shot(
        &env,
        &fake,
        &["sf", "sync", "Account", "Contact", "--format", "ndjson"],
    );
    expect_code(&out, 0);
    let rows = crate::support::ndjson(&out);
    let reported: Vec<(&str, &str, u64)> = rows
        .iter()
        .map(|r| {
            (
                r["object"].as_str().unwrap(),
                r["table"].as_str().unwrap(),
                r["added"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        reported,
        [("Account", "sf_account", 22), ("Contact", "sf_contact", 5)]
    );
    let mut want_accounts: Vec<(String, Option<String>)> = live_accounts(&fake)
        .iter()
        .map(|r| {
            (
                r["Id"].as_str().unwrap().to_owned(),
                r["Name"].as_str().map(str::to_owned),
            )
        })
        .collect();
    want_accounts.sort();
    assert_eq!(
        ids_and_names(&env.cache(), "sf_account", "Name"),
        want_accounts
    );
    let want_contacts: Vec<(String, Option<String>)> = contacts
        .iter()
        .map(|r| {
            (
                r["Id"].as_str().unwrap().to_owned(),
                r["LastName"].as_str().map(str::to_owned),
            )
        })
        .collect();
    assert_eq!(
        ids_and_names(&env.cache(), "sf_contact", "LastName"),
        want_contacts
    );

    // A later object fails: the ones before it are committed, its own table is untouched,
    // and the one job row says what happened.
    fake.state
        .org
        .lock()
        .unwrap()
        .objects
        .get_mut("Contact")
        .unwrap()[0]
        .insert("LastName".into(), json!("Changed"));
    let out = one_shot(
        &env,
        &fake,
        &["sf", "sync", "Contact", "Nope", "--full", "--quiet"],
    );
    assert_ne!(code(&out), 0);
    assert!(
        stderr(&out).contains("Contact synced before it and kept"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        ids_and_names(&env.cache(), "sf_contact", "LastName")[0]
            .1
            .as_deref(),
        Some("Changed")
    );
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let jobs: Vec<(String, Option<String>)> = c
        .prepare("SELECT outcome, message FROM jobs WHERE source = 'sf' AND command = 'sync' ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(jobs.len(), 2, "one job row per run: {jobs:?}");
    assert_eq!(jobs[0].0, "ok");
    assert_eq!(jobs[0].1.as_deref(), Some("Account full, Contact full"));
    assert_eq!(jobs[1].0, "failed");
    assert!(
        jobs[1].1.as_deref().unwrap().starts_with("Nope: "),
        "{jobs:?}"
    );
}

#[test]
fn a_cache_that_cannot_take_the_rows_exits_1_not_as_a_configuration_error() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    // A view where the object's table belongs: the sync can neither create nor alter it.
    std::fs::create_dir_all(env.cache().parent().unwrap()).unwrap();
    rusqlite::Connection::open(env.cache())
        .unwrap()
        .execute_batch("CREATE VIEW sf_account AS SELECT 1 AS x")
        .unwrap();
    let out = one_shot(&env, &fake, &["sf", "sync", "Account"]);
    expect_code(&out, 1);
    assert!(stderr(&out).contains("cache: "), "{}", stderr(&out));
}

#[test]
fn a_failed_sync_leaves_the_table_as_it_was() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    expect_code(
        &one_shot(&env, &fake, &["sf", "sync", "Account", "--quiet"]),
        0,
    );
    let before = table_snapshot(&env.cache());
    fake.state
        .org
        .lock()
        .unwrap()
        .objects
        .get_mut("Account")
        .unwrap()[3]
        .insert("Name".into(), json!("changed"));
    fake.faults().expired_locators = true;
    let out = one_shot(&env, &fake, &["sf", "sync", "Account", "--full"]);
    assert_ne!(code(&out), 0);
    assert!(stderr(&out).contains("unchanged"), "{}", stderr(&out));
    assert_eq!(table_snapshot(&env.cache()), before);
}

#[test]
fn config_check_reports_the_salesforce_login() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let config = format!(
        "default_profile = \"org\"\n[profiles.org.sf]\nlogin_url = \"{}\"\nclient_id = \"{}\"\nclient_secret_env = \"SECRET\"\n",
        fake.url(),
        sf_fake::CLIENT_ID
    );
    std::fs::write(env.config(), config).unwrap();
    // Not logged in yet: the check fails for sf, with exit 3.
    let out = env.run(&["config", "check", "--format", "ndjson"]);
    expect_code(&out, 3);
    assert_eq!(crate::support::ndjson(&out)[0]["status"], "fail");
    let out = env
        .cmd()
        .env("SECRET", sf_fake::CLIENT_SECRET)
        .args([
            "sf",
            "login",
            "--flow",
            "client-credentials",
            "--format",
            "ndjson",
        ])
        .output()
        .unwrap();
    expect_code(&out, 0);
    assert!(
        env.path(".local/share/atomctl/sf/org.json").exists(),
        "stored under the profile's name"
    );
    let out = env
        .cmd()
        .env("SECRET", sf_fake::CLIENT_SECRET)
        .args(["config", "check", "--format", "ndjson"])
        .output()
        .unwrap();
    expect_code(&out, 0);
    let row = &crate::support::ndjson(&out)[0];
    assert_eq!(
        (row["service"].as_str(), row["status"].as_str()),
        (Some("sf"), Some("ok"))
    );
    let out = env.run(&["config", "list", "--format", "ndjson"]);
    assert_eq!(crate::support::ndjson(&out)[0]["services"], json!(["sf"]));
}

#[test]
fn password_login_works_and_warns_and_bad_credentials_exit_5() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let login = |pw: &str| {
        env.cmd()
            .env("PW", pw)
            .args([
                "sf",
                "login",
                "--username",
                sf_fake::USERNAME,
                "--password-env",
                "PW",
                "--client-id",
                sf_fake::CLIENT_ID,
                "--login-url",
                &fake.url(),
                "--format",
                "ndjson",
            ])
            .output()
            .unwrap()
    };
    let out = login(sf_fake::PASSWORD);
    expect_code(&out, 0);
    assert!(stderr(&out).contains("retired"), "{}", stderr(&out));
    assert_eq!(crate::support::ndjson(&out)[0]["flow"], "password");
    let out = login("wrong");
    expect_code(&out, 5);
    assert!(
        stderr(&out).contains("authentication failure"),
        "{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("wrong"),
        "the password is never echoed"
    );
}

#[test]
fn a_killed_sync_leaves_the_table_and_the_next_run_completes() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    expect_code(
        &one_shot(&env, &fake, &["sf", "sync", "Account", "--quiet"]),
        0,
    );
    let before = table_snapshot(&env.cache());
    {
        let mut org = fake.state.org.lock().unwrap();
        let accounts = org.objects.get_mut("Account").unwrap();
        for a in accounts.iter_mut() {
            a.insert(
                "Name".into(),
                json!(format!("{} (renamed)", a["Name"].as_str().unwrap())),
            );
        }
    }
    fake.faults().slow_pages_ms = 300;
    let seen = fake.requests();
    let mut child = env
        .std_cmd()
        .env("SFTOK", fake.token())
        .args([
            "sf",
            "sync",
            "Account",
            "--full",
            "--quiet",
            "--instance-url",
            &fake.url(),
            "--access-token-env",
            "SFTOK",
        ])
        .spawn()
        .unwrap();
    // Let it read a few pages (and hand them to the cache writer), then SIGKILL it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while fake.requests() < seen + 4 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        table_snapshot(&env.cache()),
        before,
        "the killed run changed nothing"
    );

    fake.faults().slow_pages_ms = 0;
    expect_code(
        &one_shot(&env, &fake, &["sf", "sync", "Account", "--full", "--quiet"]),
        0,
    );
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let renamed: i64 = c
        .query_row(
            "SELECT count(*) FROM sf_account WHERE Name LIKE '%(renamed)'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(renamed, 22, "the next run completed");
    let interrupted: i64 = c
        .query_row(
            "SELECT count(*) FROM jobs WHERE source = 'sf' AND outcome = 'interrupted'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(interrupted, 1, "the killed run's job row says so");
}

/// A loopback TLS server whose certificate is a CA certificate (basicConstraints CA:TRUE), as
/// a misconfigured proxy serves it: trusted through --ca-file, yet refused by any verifier
/// as a server's own certificate. Returns its URL, the CA file, and a count of connections.
fn ca_certificate_server(env: &Env) -> (String, String, Arc<AtomicUsize>) {
    use openssl::x509::extension::{BasicConstraints, SubjectAlternativeName};
    let key = openssl::pkey::PKey::from_rsa(openssl::rsa::Rsa::generate(2048).unwrap()).unwrap();
    let mut name = openssl::x509::X509NameBuilder::new().unwrap();
    name.append_entry_by_text("CN", "127.0.0.1").unwrap();
    let name = name.build();
    let mut b = openssl::x509::X509Builder::new().unwrap();
    b.set_version(2).unwrap();
    let serial = openssl::bn::BigNum::from_u32(7)
        .unwrap()
        .to_asn1_integer()
        .unwrap();
    b.set_serial_number(&serial).unwrap();
    b.set_subject_name(&name).unwrap();
    b.set_issuer_name(&name).unwrap();
    b.set_pubkey(&key).unwrap();
    b.set_not_before(&openssl::asn1::Asn1Time::days_from_now(0).unwrap())
        .unwrap();
    b.set_not_after(&openssl::asn1::Asn1Time::days_from_now(30).unwrap())
        .unwrap();
    b.append_extension(BasicConstraints::new().critical().ca().build().unwrap())
        .unwrap();
    let san = SubjectAlternativeName::new()
        .ip("127.0.0.1")
        .build(&b.x509v3_context(None, None))
        .unwrap();
    b.append_extension(san).unwrap();
    b.sign(&key, openssl::hash::MessageDigest::sha256())
        .unwrap();
    let cert = b.build();
    let ca_file = env.path("proxy-ca.pem");
    std::fs::write(&ca_file, cert.to_pem().unwrap()).unwrap();

    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![rustls::pki_types::CertificateDer::from(
                cert.to_der().unwrap(),
            )],
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.private_key_to_pkcs8().unwrap().into()),
        )
        .unwrap();
    let config = Arc::new(config);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("https://{}", listener.local_addr().unwrap());
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = connections.clone();
    std::thread::spawn(move || {
        for sock in listener.incoming().flatten() {
            seen.fetch_add(1, Ordering::SeqCst);
            let conn = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = rustls::StreamOwned::new(conn, sock);
            let mut buf = [0u8; 512];
            let _ = std::io::Read::read(&mut tls, &mut buf);
        }
    });
    (url, ca_file.to_str().unwrap().to_owned(), connections)
}

#[test]
fn a_certificate_the_tls_stack_refuses_fails_at_once_and_says_so() {
    let env = Env::new();
    let (url, ca_file, connections) = ca_certificate_server(&env);
    let started = std::time::Instant::now();
    let out = env
        .cmd()
        .env("SFTOK", "00D-token")
        .args([
            "sf",
            "query",
            "SELECT Id FROM Account",
            "--instance-url",
            &url,
        ])
        .args(["--access-token-env", "SFTOK", "--ca-file", &ca_file])
        .output()
        .unwrap();
    expect_code(&out, 6);
    let err = stderr(&out);
    assert!(err.contains("certificate"), "{err}");
    assert!(err.contains("--ca-file"), "{err}");
    assert!(
        err.contains("presents a CA certificate as its own"),
        "{err}"
    );
    assert!(!err.contains("attempts"), "{err}");
    assert_eq!(connections.load(Ordering::SeqCst), 1, "not retried");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

/// The fake org's clock as Salesforce writes a datetime.
fn org_now(fake: &FakeSalesforce) -> String {
    fake.state
        .server_now()
        .format(time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second].000+0000"
        ))
        .unwrap()
}

#[test]
fn deletions_are_found_when_the_orgs_clock_is_hours_behind_this_machines() {
    let fake = FakeSalesforce::start(sample_org());
    fake.state
        .clock_offset_secs
        .store(-3 * 3600, std::sync::atomic::Ordering::SeqCst);
    let env = Env::new();
    let sync = || {
        let out = one_shot(
            &env,
            &fake,
            &["sf", "sync", "Account", "--format", "ndjson"],
        );
        expect_code(&out, 0);
        crate::support::ndjson(&out).remove(0)
    };
    assert_eq!(sync()["mode"], "full");
    // Seven deletions, stamped by the org's clock (three hours behind ours).
    {
        let mut org = fake.state.org.lock().unwrap();
        let stamp = org_now(&fake);
        let accounts = org.objects.get_mut("Account").unwrap();
        let gone: Vec<String> = accounts
            .drain(..7)
            .map(|r| r["Id"].as_str().unwrap().to_owned())
            .collect();
        for id in gone {
            org.deleted.push(("Account".into(), id, stamp.clone()));
        }
    }
    let r = sync();
    assert_eq!(r["mode"], "delta", "{r}");
    assert_eq!(r["deleted"].as_u64(), Some(7), "{r}");
    let fresh = fresh_full_sync(&env, &fake);
    assert_eq!(table_snapshot(&env.cache()), table_snapshot(&fresh));
}

/// Account synced into a new cache (`fresh.db`) with `--quiet`, which prints nothing.
fn fresh_full_sync(env: &Env, fake: &FakeSalesforce) -> std::path::PathBuf {
    let fresh = env.path("fresh.db");
    let out = one_shot(
        env,
        fake,
        &[
            "sf",
            "sync",
            "Account",
            "--cache",
            fresh.to_str().unwrap(),
            "--quiet",
        ],
    );
    expect_code(&out, 0);
    assert!(out.stdout.is_empty(), "--quiet prints nothing");
    fresh
}

/// A client-credentials login made with flags alone (no profile) remembers where the secret
/// comes from, never the secret: later commands work with the fresh token without it, and a
/// renewal reads it from the same variable.
#[test]
fn a_profileless_client_credentials_login_is_usable_and_renews() {
    let fake = FakeSalesforce::start(sample_org());
    let env = Env::new();
    let out = env
        .cmd()
        .env("CS", sf_fake::CLIENT_SECRET)
        .args([
            "sf",
            "login",
            "--flow",
            "client-credentials",
            "--client-id",
            sf_fake::CLIENT_ID,
            "--client-secret-env",
            "CS",
            "--login-url",
            &fake.url(),
            "--format",
            "ndjson",
        ])
        .output()
        .unwrap();
    expect_code(&out, 0);
    let stored_path = env.path(".local/share/atomctl/sf/default.json");
    let stored: Value =
        serde_json::from_str(&std::fs::read_to_string(&stored_path).unwrap()).unwrap();
    assert_eq!(stored["client_secret_from"], json!({"env": "CS"}));
    assert!(
        !std::fs::read_to_string(&stored_path)
            .unwrap()
            .contains(sf_fake::CLIENT_SECRET),
        "the secret itself is never stored"
    );
    // A fresh token needs no secret: status works without CS in the environment.
    let out = env.run(&["sf", "status", "--format", "json"]);
    expect_code(&out, 0);
    // The session expires (the fake kills a token after one use): the renewal reads CS,
    // where the login got it.
    fake.faults().expire_token_after = Some(1);
    let out = env
        .cmd()
        .env("CS", sf_fake::CLIENT_SECRET)
        .args([
            "sf",
            "query",
            "SELECT Id FROM Account",
            "--format",
            "ndjson",
        ])
        .output()
        .unwrap();
    expect_code(&out, 0);
    let live = sample_org().objects["Account"]
        .iter()
        .filter(|r| r.get("IsDeleted") != Some(&json!(true)))
        .count();
    assert_eq!(crate::support::ndjson(&out).len(), live);
    // Expired again and CS gone: a configuration error naming the variable, not a panic.
    let out = env.run(&[
        "sf",
        "query",
        "SELECT Id FROM Account",
        "--format",
        "ndjson",
    ]);
    expect_code(&out, 7);
    assert!(stderr(&out).contains("CS"), "{}", stderr(&out));
}

/// An org of contacts, each with an Email (the upsert's external id) and a SystemModstamp.
fn contacts_org() -> Org {
    let mut org = Org::default();
    let contacts = (0..4)
        .map(|i| {
            let mut r = Map::new();
            r.insert("Id".into(), json!(format!("0030000000{i:05}AAA")));
            r.insert("LastName".into(), json!(format!("Person {i}")));
            r.insert("Email".into(), json!(format!("p{i}@example.test")));
            r.insert("Title".into(), json!("Engineer"));
            r.insert(
                "SystemModstamp".into(),
                json!("2026-01-05T10:00:00.000+0000"),
            );
            r
        })
        .collect();
    org.objects.insert("Contact".into(), contacts);
    org.earliest_deleted = "2025-01-01T00:00:00.000+0000".into();
    org
}

fn contact(fake: &FakeSalesforce, id: &str) -> Option<Map<String, Value>> {
    fake.state.org.lock().unwrap().objects["Contact"]
        .iter()
        .find(|r| r["Id"] == id)
        .cloned()
}

#[test]
fn record_writes_report_each_record_and_never_create_twice() {
    use crate::support::ndjson;
    let fake = FakeSalesforce::start(contacts_org());
    let env = Env::new();
    let run = |args: &[&str]| {
        let mut a = vec!["sf", "record"];
        a.extend_from_slice(args);
        a.extend(["--format", "ndjson"]);
        one_shot(&env, &fake, &a)
    };
    // Create one: the row names the new Id, which the org holds with the fields given.
    let out = run(&[
        "create",
        "Contact",
        "--field",
        "LastName=Ng",
        "--field",
        "Email=ng@example.test",
    ]);
    expect_code(&out, 0);
    let row = &ndjson(&out)[0];
    assert_eq!(row["success"], true);
    let id = row["id"].as_str().unwrap().to_owned();
    assert_eq!(contact(&fake, &id).unwrap()["Email"], "ng@example.test");
    // Get it back.
    let out = run(&["get", "Contact", &id, "--fields", "LastName,Email"]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["LastName"], "Ng");
    // A misspelt field is refused before anything is sent, with the name it meant.
    let before = fake.state.org.lock().unwrap().objects["Contact"].len();
    let out = run(&[
        "create",
        "Contact",
        "--field",
        "LastName=X",
        "--field",
        "Emial=x@y",
    ]);
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("did you mean `Email`"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        fake.state.org.lock().unwrap().objects["Contact"].len(),
        before
    );

    // Several from a JSON array through collections: the org refuses the one without a
    // LastName; the others are made, and the exit is 4 with the refusal in its row.
    let file = env.path("contacts.json");
    std::fs::write(
        &file,
        r#"[{"LastName":"A","Email":"a@x.test"},{"Email":"nobody@x.test"},{"LastName":"C"}]"#,
    )
    .unwrap();
    let out = run(&["create", "Contact", "--json", file.to_str().unwrap()]);
    expect_code(&out, 4);
    let rows = ndjson(&out);
    assert_eq!(rows.len(), 3);
    assert_eq!(
        (
            rows[0]["success"].as_bool(),
            rows[1]["success"].as_bool(),
            rows[2]["success"].as_bool()
        ),
        (Some(true), Some(false), Some(true))
    );
    assert!(
        rows[1]["errors"]
            .as_str()
            .unwrap()
            .starts_with("REQUIRED_FIELD_MISSING"),
        "{}",
        rows[1]
    );
    for r in [&rows[0], &rows[2]] {
        assert!(contact(&fake, r["id"].as_str().unwrap()).is_some());
    }
    // All or none: nothing is made when one is refused.
    let count = fake.state.org.lock().unwrap().objects["Contact"].len();
    let out = run(&[
        "create",
        "Contact",
        "--json",
        file.to_str().unwrap(),
        "--all-or-none",
    ]);
    expect_code(&out, 4);
    assert_eq!(
        fake.state.org.lock().unwrap().objects["Contact"].len(),
        count
    );

    // The org makes the record and the answer is lost (503): reported as unconfirmed
    // (exit 1), and the org holds exactly one such record — nothing was sent twice.
    fake.state.faults.lock().unwrap().lose_create_answers = 1;
    let out = run(&["create", "Contact", "--field", "LastName=Lost"]);
    expect_code(&out, 1);
    assert!(
        stderr(&out).contains("may or may not have been created"),
        "{}",
        stderr(&out)
    );
    let lost = fake.state.org.lock().unwrap().objects["Contact"]
        .iter()
        .filter(|r| r["LastName"] == "Lost")
        .count();
    assert_eq!(lost, 1);

    // Update two records in one call; upsert by Email: one update, one create.
    let (a, b) = ("003000000000001AAA", "003000000000002AAA");
    let out = run(&["update", "Contact", a, b, "--field", "Title=Manager"]);
    expect_code(&out, 0);
    for id in [a, b] {
        assert_eq!(contact(&fake, id).unwrap()["Title"], "Manager");
    }
    let out = run(&[
        "upsert",
        "Contact",
        "Email",
        "p3@example.test",
        "--field",
        "Title=Director",
    ]);
    expect_code(&out, 0);
    let row = &ndjson(&out)[0];
    assert_eq!(
        (row["created"].as_bool(), row["id"].as_str()),
        (Some(false), Some("003000000000003AAA"))
    );
    assert_eq!(
        contact(&fake, "003000000000003AAA").unwrap()["Title"],
        "Director"
    );
    let out = run(&[
        "upsert",
        "Contact",
        "Email",
        "new@example.test",
        "--field",
        "LastName=New",
    ]);
    expect_code(&out, 0);
    let row = &ndjson(&out)[0];
    assert_eq!(row["created"], true);
    assert_eq!(
        contact(&fake, row["id"].as_str().unwrap()).unwrap()["Email"],
        "new@example.test"
    );

    // Delete two, one of which is gone already: exit 4, the other deleted.
    let out = run(&["delete", "Contact", a, "003000000099999AAA"]);
    expect_code(&out, 4);
    let rows = ndjson(&out);
    assert_eq!(
        (rows[0]["success"].as_bool(), rows[1]["success"].as_bool()),
        (Some(true), Some(false))
    );
    assert!(contact(&fake, a).is_none());
    // Every write left an audit row naming the system and the command.
    let out = env.run(&["cache", "audit", "--system", "sf", "--format", "ndjson"]);
    expect_code(&out, 0);
    let audit = ndjson(&out);
    assert!(
        audit.iter().any(|r| r["command"] == "record delete"
            && r["detail"].as_str().is_some_and(|d| d
                .starts_with("Contact: 1 deleted, 1 refused; ids ")
                && d.contains(a))),
        "{audit:?}"
    );
    assert!(
        audit
            .iter()
            .any(|r| r["command"] == "record create" && r["outcome"] != "ok")
    );
}

/// The rows of a result CSV the import wrote, as maps of its header.
fn result_rows(path: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    r.records()
        .map(|x| {
            let x = x.unwrap();
            header
                .iter()
                .cloned()
                .zip(x.iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

#[test]
fn import_checks_the_header_then_accounts_for_every_row_in_the_results() {
    use crate::support::ndjson;
    let fake = FakeSalesforce::start(contacts_org());
    let env = Env::new();
    let run = |args: &[&str]| {
        let mut a = vec!["sf", "import"];
        a.extend_from_slice(args);
        a.extend(["--format", "ndjson"]);
        one_shot(&env, &fake, &a)
    };
    // A misspelt column: refused before any job exists.
    let bad = env.path("bad.csv");
    std::fs::write(&bad, "LastName,Emial\nNg,ng@x.test\n").unwrap();
    let out = run(&["Contact", bad.to_str().unwrap(), "--operation", "insert"]);
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("did you mean `Email`"),
        "{}",
        stderr(&out)
    );
    assert!(fake.state.ingest_jobs.lock().unwrap().is_empty());

    // An upsert by Email from a CRLF file with a byte-order mark: one row updates p1, one
    // creates, one lacks the required LastName, one repeats an email of the file.
    let file = env.path("load.csv");
    std::fs::write(
        &file,
        "\u{feff}Email,LastName,Title\r\np1@example.test,Person 1,VP\r\nnew@x.test,Newman,Analyst\r\nnoname@x.test,,Intern\r\nnew@x.test,Again,Dup\r\n",
    )
    .unwrap();
    // --dry-run: the plan, no job.
    let out = run(&[
        "Contact",
        file.to_str().unwrap(),
        "--operation",
        "upsert",
        "--external-id",
        "Email",
        "--dry-run",
    ]);
    expect_code(&out, 0);
    let plan = ndjson(&out);
    let cols: Vec<&str> = plan.iter().map(|r| r["column"].as_str().unwrap()).collect();
    assert_eq!(
        cols,
        ["Email", "LastName", "Title"],
        "the BOM is not part of the first name"
    );
    assert!(fake.state.ingest_jobs.lock().unwrap().is_empty());

    let results = env.path("results");
    std::fs::create_dir_all(&results).unwrap();
    let out = run(&[
        "Contact",
        file.to_str().unwrap(),
        "--operation",
        "upsert",
        "--external-id",
        "Email",
        "--results",
        results.to_str().unwrap(),
    ]);
    expect_code(&out, 4);
    let row = &ndjson(&out)[0];
    assert_eq!(
        (
            row["successful"].as_u64(),
            row["failed"].as_u64(),
            row["unprocessed"].as_u64()
        ),
        (Some(2), Some(2), Some(0)),
        "{row}"
    );
    // The job declared the file's line ending, and the org got the file without the BOM.
    let jobs = fake.state.ingest_jobs.lock().unwrap().clone();
    let job = jobs.values().next().unwrap();
    assert_eq!(job.uploads, 1);
    assert!(job.csv.as_ref().unwrap().starts_with(b"Email,"));
    let ok = result_rows(row["successful_file"].as_str().unwrap());
    let failed = result_rows(row["failed_file"].as_str().unwrap());
    // Every input row is in exactly one file, with the right outcome.
    let mut emails: Vec<String> = ok
        .iter()
        .chain(&failed)
        .map(|r| r["Email"].clone())
        .collect();
    emails.sort();
    assert_eq!(
        emails,
        [
            "new@x.test",
            "new@x.test",
            "noname@x.test",
            "p1@example.test"
        ]
    );
    let p1 = ok.iter().find(|r| r["Email"] == "p1@example.test").unwrap();
    assert_eq!(
        (p1["sf__Id"].as_str(), p1["sf__Created"].as_str()),
        ("003000000000001AAA", "false")
    );
    let created = ok.iter().find(|r| r["Email"] == "new@x.test").unwrap();
    assert_eq!(created["sf__Created"], "true");
    assert_eq!(
        contact(&fake, &created["sf__Id"]).unwrap()["LastName"],
        "Newman"
    );
    assert_eq!(contact(&fake, "003000000000001AAA").unwrap()["Title"], "VP");
    let errors: Vec<&str> = failed.iter().map(|r| r["sf__Error"].as_str()).collect();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("REQUIRED_FIELD_MISSING")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with("DUPLICATE_VALUE")),
        "{errors:?}"
    );

    // A clean delete: every row confirmed, exit 0; then sf sync sees the org as it is now.
    let del = env.path("delete.csv");
    std::fs::write(&del, "Id\n003000000000002AAA\n003000000000003AAA\n").unwrap();
    let out = run(&["Contact", del.to_str().unwrap(), "--operation", "delete"]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["successful"], 2);
    assert!(contact(&fake, "003000000000002AAA").is_none());
    // sf sync sees what the imports did: the cached contacts are the org's.
    let out = one_shot(&env, &fake, &["sf", "sync", "Contact", "--quiet"]);
    expect_code(&out, 0);
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let mut cached: Vec<(String, String)> = c
        .prepare("SELECT \"Id\", ifnull(\"Email\", '') FROM sf_contact")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    cached.sort();
    let mut held: Vec<(String, String)> = fake.state.org.lock().unwrap().objects["Contact"]
        .iter()
        .map(|r| {
            (
                r["Id"].as_str().unwrap().to_owned(),
                r.get("Email")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned(),
            )
        })
        .collect();
    held.sort();
    assert_eq!(cached, held);
    assert!(cached.iter().any(|(_, e)| e == "new@x.test"));
}

#[test]
fn an_import_that_outlasts_wait_names_its_job_and_resume_finishes_it_without_sending_again() {
    use crate::support::ndjson;
    let fake = FakeSalesforce::start(contacts_org());
    let env = Env::new();
    let file = env.path("titles.csv");
    std::fs::write(
        &file,
        "Id,Title\n003000000000000AAA,CTO\n003000000000001AAA,CFO\n",
    )
    .unwrap();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "import",
            "Contact",
            file.to_str().unwrap(),
            "--operation",
            "update",
            "--wait",
            "100ms",
        ],
    );
    expect_code(&out, 6);
    let err = stderr(&out);
    let id = err
        .split("--resume ")
        .nth(1)
        .and_then(|r| r.split(|c: char| !c.is_ascii_alphanumeric()).next())
        .unwrap_or_else(|| panic!("no job named: {err}"))
        .to_owned();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "import",
            "Contact",
            file.to_str().unwrap(),
            "--operation",
            "update",
            "--resume",
            &id,
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["successful"], 2);
    let jobs = fake.state.ingest_jobs.lock().unwrap().clone();
    assert_eq!(jobs.len(), 1, "no second job");
    assert_eq!(jobs[&id].uploads, 1, "the file was sent once");
    assert_eq!(
        contact(&fake, "003000000000001AAA").unwrap()["Title"],
        "CFO"
    );
}

#[test]
fn import_map_renames_the_files_columns_to_fields() {
    use crate::support::ndjson;
    let fake = FakeSalesforce::start(contacts_org());
    let env = Env::new();
    let file = env.path("hr.csv");
    std::fs::write(
        &file,
        "\u{feff}Surname,Mail\r\nOkafor,okafor@x.test\r\n\"Li, Jr.\",li@x.test\r\n",
    )
    .unwrap();
    let map = env.path("map.csv");
    std::fs::write(&map, "from,to\nSurname,LastName\nMail,Email\n").unwrap();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "import",
            "Contact",
            file.to_str().unwrap(),
            "--operation",
            "insert",
            "--map",
            map.to_str().unwrap(),
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["successful"], 2);
    let jobs = fake.state.ingest_jobs.lock().unwrap().clone();
    let sent = String::from_utf8(jobs.values().next().unwrap().csv.clone().unwrap()).unwrap();
    assert_eq!(
        sent,
        "LastName,Email\r\nOkafor,okafor@x.test\r\n\"Li, Jr.\",li@x.test\r\n"
    );
    let org = fake.state.org.lock().unwrap();
    assert!(
        org.objects["Contact"]
            .iter()
            .any(|r| r["LastName"] == "Li, Jr." && r["Email"] == "li@x.test")
    );
}

#[test]
fn an_import_keeps_polling_through_503s_and_stops_on_the_daily_limit() {
    use crate::support::ndjson;
    use std::sync::atomic::Ordering;
    let fake = FakeSalesforce::start(contacts_org());
    let env = Env::new();
    let file = env.path("titles.csv");
    std::fs::write(&file, "Id,Title\n003000000000000AAA,CTO\n").unwrap();
    // describe, create, upload, close: the next two requests (the first polls) answer 503.
    let n = fake.state.requests.load(Ordering::SeqCst);
    fake.state.faults.lock().unwrap().unavailable_at = [n + 5, n + 6].into();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "import",
            "Contact",
            file.to_str().unwrap(),
            "--operation",
            "update",
            "--format",
            "ndjson",
            "-vv",
        ],
    );
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["successful"], 1);
    // The two 503s were answers to the job's status poll, each retried.
    let retried: Vec<&str> = stderr_lines(&out)
        .into_iter()
        .filter(|l| l.contains("retrying"))
        .collect();
    assert_eq!(retried.len(), 2, "{retried:?}");
    assert!(
        retried
            .iter()
            .all(|l| l.contains("/jobs/ingest/750") && !l.contains("/batches")),
        "{retried:?}"
    );
    assert_eq!(
        contact(&fake, "003000000000000AAA").unwrap()["Title"],
        "CTO"
    );
    assert_eq!(fake.state.ingest_jobs.lock().unwrap().len(), 1, "one job");
    // The org's daily API limit is used up: stop at once (exit 6), with the usage.
    fake.state.faults.lock().unwrap().limit_exceeded = true;
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "import",
            "Contact",
            file.to_str().unwrap(),
            "--operation",
            "update",
        ],
    );
    expect_code(&out, 6);
    assert!(stderr(&out).contains("api-usage"), "{}", stderr(&out));
    assert_eq!(
        fake.state.ingest_jobs.lock().unwrap().len(),
        1,
        "no job was created"
    );
}

fn stderr_lines(o: &std::process::Output) -> Vec<&str> {
    std::str::from_utf8(&o.stderr)
        .unwrap_or("")
        .lines()
        .collect()
}

/// Accounts with a unique external id, and contacts that point at them (`AccountId`) and
/// have one of their own (`Contact_Ext__c`).
fn accounts_org() -> Org {
    let mut org = Org::default();
    let accounts = (1..=3)
        .map(|i| {
            let mut r = Map::new();
            r.insert("Id".into(), json!(format!("0010000000{i:05}AAA")));
            r.insert("Name".into(), json!(format!("Account {i}")));
            r.insert("External_Id__c".into(), json!(format!("A-{i}")));
            r.insert("Industry".into(), json!("Energy"));
            r
        })
        .collect();
    org.objects.insert("Account".into(), accounts);
    let mut c = Map::new();
    c.insert("Id".into(), json!("003000000000001AAA"));
    c.insert("LastName".into(), json!("Existing"));
    c.insert("Title".into(), json!("Engineer"));
    c.insert("AccountId".into(), Value::Null);
    c.insert("Contact_Ext__c".into(), json!("C-1"));
    org.objects.insert("Contact".into(), vec![c]);
    org.earliest_deleted = "2025-01-01T00:00:00.000+0000".into();
    org
}

#[test]
fn a_file_read_from_stdin_goes_up_as_several_jobs_and_every_row_lands_in_one_result() {
    use crate::support::ndjson;
    let fake = FakeSalesforce::start(accounts_org());
    let env = Env::new();
    let long = "L".repeat(81);
    // Seven records for jobs of three: C-1 is updated (its Title set to null through
    // --null-text, its account named by external id), three are created, one names an
    // account that does not exist, one has a last name over 80 characters, one none at all.
    // A quoted value holds the delimiter, a quote and a line break.
    let input = format!(
        "Contact_Ext__c,LastName,Title,Account.External_Id__c\n\
         C-1,Existing,NULL,A-1\n\
         C-10,Ten,\"Head, \"\"Ops\"\"\nEMEA\",A-2\n\
         C-11,Eleven,Analyst,A-404\n\
         C-12,{long},Analyst,A-1\n\
         C-13,,Analyst,A-3\n\
         C-14,Fourteen,,\n\
         C-15,Fifteen,NULL,A-3\n"
    );
    let run = |args: &[&str], stdin: &str| {
        let mut a = vec!["sf", "import", "Contact", "-", "--format", "ndjson"];
        a.extend_from_slice(args);
        if !a.contains(&"insert") {
            a.extend(["--operation", "upsert", "--external-id", "Contact_Ext__c"]);
        }
        let url = fake.url();
        a.extend(["--instance-url", &url, "--access-token-env", "SFTOK"]);
        env.cmd()
            .env("SFTOK", fake.token())
            .args(&a)
            .write_stdin(stdin.as_bytes().to_vec())
            .output()
            .unwrap()
    };
    // The header check describes the parent: Industry cannot name an account.
    let out = run(&["--dry-run"], "LastName,Account.Industry\nX,Energy\n");
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("Industry is not an external id or lookup field of Account"),
        "{}",
        stderr(&out)
    );
    let out = run(&["--dry-run", "--rows-per-job", "3"], &input);
    expect_code(&out, 0);
    let plan = ndjson(&out);
    let rel = plan
        .iter()
        .find(|r| r["column"] == "Account.External_Id__c")
        .unwrap();
    assert_eq!(rel["field_type"], "reference");
    assert!(
        stderr(&out).contains("7 records in 3 upsert job(s)"),
        "{}",
        stderr(&out)
    );
    assert!(fake.state.ingest_jobs.lock().unwrap().is_empty());

    // The first upload's answer is lost after the org stored it; the next one is cut off
    // before anything is stored. Both are sent again to their own job.
    {
        let mut f = fake.state.faults.lock().unwrap();
        f.lose_upload_answers = 1;
        f.refuse_upload_of_job = Some(2);
    }
    // A results directory that does not exist yet is made.
    let results = env.path("results/nightly");
    let r = results.to_str().unwrap();
    let out = run(
        &["--rows-per-job", "3", "--null-text", "NULL", "--results", r],
        &input,
    );
    expect_code(&out, 4);
    let rows = ndjson(&out);
    assert_eq!(rows.len(), 3, "{rows:?}");
    let jobs = fake.state.ingest_jobs.lock().unwrap().clone();
    assert_eq!(jobs.len(), 3, "no job was made twice");
    for row in &rows {
        let job = &jobs[row["job"].as_str().unwrap()];
        let csv = String::from_utf8(job.csv.clone().unwrap()).unwrap();
        assert!(
            csv.starts_with("Contact_Ext__c,LastName,Title,Account.External_Id__c\n"),
            "each job has the header: {csv}"
        );
        assert!(
            !csv.contains("NULL"),
            "--null-text rewrote the cells: {csv}"
        );
    }
    let uploads: u32 = jobs.values().map(|j| j.uploads).sum();
    assert_eq!(uploads, 3 + 2, "two uploads were sent again");
    // Every input record is in exactly one result file across the jobs, with its outcome.
    let mut outcome = std::collections::BTreeMap::new();
    for row in &rows {
        for (file, kind) in [
            ("successful_file", "ok"),
            ("failed_file", "failed"),
            ("unprocessed_file", "unprocessed"),
        ] {
            for r in result_rows(row[file].as_str().unwrap()) {
                let key = r["Contact_Ext__c"].clone();
                let what = match kind {
                    "failed" => r["sf__Error"].split(':').next().unwrap().to_owned(),
                    k => k.to_owned(),
                };
                assert!(outcome.insert(key, what).is_none(), "a row in two files");
            }
        }
    }
    let expected: std::collections::BTreeMap<String, String> = [
        ("C-1", "ok"),
        ("C-10", "ok"),
        ("C-11", "INVALID_FIELD"),
        ("C-12", "STRING_TOO_LONG"),
        ("C-13", "REQUIRED_FIELD_MISSING"),
        ("C-14", "ok"),
        ("C-15", "ok"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_owned(), b.to_owned()))
    .collect();
    assert_eq!(outcome, expected);
    let total = |k: &str| rows.iter().map(|r| r[k].as_u64().unwrap()).sum::<u64>();
    assert_eq!((total("successful"), total("failed")), (4, 3));
    // The audit row says what changed in the org: object, operation, counts, every job.
    let out = env.run(&["cache", "audit", "--system", "sf", "--format", "ndjson"]);
    expect_code(&out, 0);
    let audit = ndjson(&out);
    let mut ids: Vec<&str> = rows.iter().map(|r| r["job"].as_str().unwrap()).collect();
    ids.sort();
    let mut by_id: Vec<&str> = jobs.keys().map(String::as_str).collect();
    by_id.sort();
    assert_eq!(ids, by_id);
    let detail = audit[0]["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("Contact upsert: 4 successful, 3 failed or unprocessed; jobs "),
        "{detail}"
    );
    assert!(ids.iter().all(|id| detail.contains(id)), "{detail}");
    assert_eq!(audit[0]["command"], "import");
    // The org holds the result: parents resolved by external id, NULL made null, the
    // quoted value intact.
    let org = fake.state.org.lock().unwrap().clone();
    let by_ext = |x: &str| {
        org.objects["Contact"]
            .iter()
            .find(|c| c["Contact_Ext__c"] == x)
            .cloned()
            .unwrap_or_else(|| panic!("{x} not in the org"))
    };
    assert_eq!(by_ext("C-1")["AccountId"], "001000000000001AAA");
    assert_eq!(by_ext("C-1")["Title"], Value::Null);
    assert_eq!(by_ext("C-10")["AccountId"], "001000000000002AAA");
    assert_eq!(by_ext("C-10")["Title"], "Head, \"Ops\"\nEMEA");
    assert_eq!(by_ext("C-15")["Title"], Value::Null);
    assert!(by_ext("C-14").get("AccountId").is_none_or(Value::is_null));
    assert!(
        !org.objects["Contact"]
            .iter()
            .any(|c| c["Contact_Ext__c"] == "C-11" || c["Contact_Ext__c"] == "C-12")
    );
    drop(org);

    // An insert of an external id the org already has: DUPLICATE_VALUE with the holder.
    let out = run(
        &["--operation", "insert", "--results", r],
        "Contact_Ext__c,LastName\nC-10,Again\n",
    );
    expect_code(&out, 4);
    let row = &ndjson(&out)[0];
    let failed = result_rows(row["failed_file"].as_str().unwrap());
    assert_eq!(failed.len(), 1);
    assert!(failed[0]["sf__Error"].starts_with("DUPLICATE_VALUE"));
}

#[test]
fn ctrl_c_in_a_script_leaves_the_closed_job_running_and_says_how_to_resume_it() {
    use std::io::BufRead;
    let fake = FakeSalesforce::start(contacts_org());
    fake.state.faults.lock().unwrap().hold_ingest = true;
    let env = Env::new();
    let file = env.path("titles.csv");
    std::fs::write(&file, "Id,Title\n003000000000001AAA,CFO\n").unwrap();
    let mut child = env
        .std_cmd()
        .env("SFTOK", fake.token())
        .args(["sf", "import", "Contact", file.to_str().unwrap()])
        .args(["--operation", "update", "--wait", "1h"])
        .args(["--instance-url", &fake.url(), "--access-token-env", "SFTOK"])
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    while !seen.contains("uploaded and closed") {
        let mut line = String::new();
        assert!(err.read_line(&mut line).unwrap() > 0, "ended early: {seen}");
        seen.push_str(&line);
    }
    // Polling now; a Ctrl-C from a script (no terminal to ask at).
    std::thread::sleep(std::time::Duration::from_millis(300));
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut err, &mut rest).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{seen}{rest}");
    let jobs = fake.state.ingest_jobs.lock().unwrap().clone();
    let (id, job) = jobs.iter().next().unwrap();
    assert_ne!(job.state, "Aborted", "a closed job is not aborted unasked");
    assert!(
        rest.contains(&format!("--resume {id}")),
        "the resume is named: {rest}"
    );
}

/// At a terminal (a pty from util-linux `script`), Ctrl-C asks before aborting; "y" aborts
/// the closed job in the org.
#[test]
fn ctrl_c_at_a_terminal_asks_and_aborts_the_job_when_told_to() {
    use std::io::{Read, Write};
    let fake = FakeSalesforce::start(contacts_org());
    fake.state.faults.lock().unwrap().hold_ingest = true;
    let env = Env::new();
    let file = env.path("titles.csv");
    std::fs::write(&file, "Id,Title\n003000000000001AAA,CFO\n").unwrap();
    let line = format!(
        "{} sf import Contact {} --operation update --wait 1h --instance-url {} --access-token-env SFTOK",
        assert_cmd::cargo::cargo_bin("atomctl").display(),
        file.display(),
        fake.url()
    );
    let mut child = std::process::Command::new("script")
        .args(["-qfec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.path(""))
        .env("ATOMCTL_CACHE", env.cache())
        .env("SFTOK", fake.token())
        .env("TERM", "dumb")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("util-linux script");
    let mut tty_in = child.stdin.take().unwrap();
    let mut tty_out = child.stdout.take().unwrap();
    let mut seen = String::new();
    let mut wait_for = |text: &str, seen: &mut String| {
        let mut buf = [0u8; 4096];
        while !seen.contains(text) {
            let n = tty_out.read(&mut buf).unwrap();
            assert!(n > 0, "ended before {text:?}: {seen}");
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    };
    wait_for("uploaded and closed", &mut seen);
    std::thread::sleep(std::time::Duration::from_millis(300));
    tty_in.write_all(b"\x03").unwrap();
    wait_for("[y/N]", &mut seen);
    tty_in.write_all(b"y\n").unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{seen}");
    let jobs = fake.state.ingest_jobs.lock().unwrap().clone();
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs.values().next().unwrap().state, "Aborted", "{seen}");
}

#[test]
fn a_job_the_org_fails_as_a_whole_is_exit_1_with_its_message_and_every_row_unprocessed() {
    use crate::support::ndjson;
    let fake = FakeSalesforce::start(contacts_org());
    let env = Env::new();
    // --no-check sends a column the org does not have: the org fails the whole job.
    let file = env.path("bad.csv");
    std::fs::write(
        &file,
        "Id,Nope__c\n003000000000001AAA,x\n003000000000002AAA,y\n",
    )
    .unwrap();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "import",
            "Contact",
            file.to_str().unwrap(),
            "--operation",
            "update",
            "--no-check",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 1);
    assert!(
        stderr(&out).contains("InvalidBatch : Field name not found : Nope__c"),
        "{}",
        stderr(&out)
    );
    let row = &ndjson(&out)[0];
    assert_eq!(row["state"], "Failed");
    assert_eq!(
        (row["successful"].as_u64(), row["unprocessed"].as_u64()),
        (Some(0), Some(2))
    );
    let ids: Vec<String> = result_rows(row["unprocessed_file"].as_str().unwrap())
        .into_iter()
        .map(|r| r["Id"].clone())
        .collect();
    assert_eq!(ids, ["003000000000001AAA", "003000000000002AAA"]);
    assert_eq!(
        contact(&fake, "003000000000001AAA").unwrap()["Title"],
        "Engineer",
        "nothing was written"
    );
}

#[test]
fn a_semicolon_file_from_a_european_excel_declares_its_delimiter() {
    use crate::support::ndjson;
    let fake = FakeSalesforce::start(contacts_org());
    let env = Env::new();
    let file = env.path("titles.csv");
    std::fs::write(
        &file,
        "\u{feff}Id;Title\r\n003000000000001AAA;CFO, Finance\r\n003000000000002AAA;\"Head; Ops\"\r\n",
    )
    .unwrap();
    let out = one_shot(
        &env,
        &fake,
        &[
            "sf",
            "import",
            "Contact",
            file.to_str().unwrap(),
            "--operation",
            "update",
            "--format",
            "ndjson",
        ],
    );
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["successful"], 2);
    let jobs = fake.state.ingest_jobs.lock().unwrap().clone();
    assert_eq!(jobs.values().next().unwrap().delimiter, b';');
    assert_eq!(
        contact(&fake, "003000000000001AAA").unwrap()["Title"],
        "CFO, Finance"
    );
    assert_eq!(
        contact(&fake, "003000000000002AAA").unwrap()["Title"],
        "Head; Ops"
    );
}
