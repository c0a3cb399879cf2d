use crate::support::slapd::{READER_DN, SUFFIX, SYNCER_DN};
use crate::support::{Env, Slapd, code, csv_rows, expect_code, json, ndjson, stderr, stdout};

fn search(env: &Env, s: &Slapd, extra: &[&str]) -> std::process::Output {
    let mut args: Vec<String> = vec!["ldap".into(), "search".into()];
    args.extend(s.syncer_args());
    args.extend(extra.iter().map(|x| x.to_string()));
    env.cmd()
        .env("SP", "syncer-secret")
        .args(&args)
        .output()
        .unwrap()
}

#[test]
fn ldif_output_matches_ldapsearch_entry_for_entry() {
    let (env, s) = (Env::new(), Slapd::start());
    let filter = "(|(objectClass=inetOrgPerson)(objectClass=groupOfNames))";
    let out = search(&env, &s, &["--format", "ldif", "--page-size", "97", filter]);
    expect_code(&out, 0);
    let ours = crate::support::ldif::parse(&stdout(&out));
    let theirs = crate::support::ldif::parse(&s.ldapsearch(filter, &[]));
    assert!(ours.len() > 2200, "only {} entries", ours.len());
    assert_eq!(
        ours.keys().collect::<Vec<_>>(),
        theirs.keys().collect::<Vec<_>>()
    );
    assert_eq!(ours, theirs, "attribute values differ from ldapsearch");
    // Folding: every physical line within 76 columns, and the binary photo survived it.
    assert!(stdout(&out).lines().all(|l| l.len() <= 76));
    let photo = ours
        .iter()
        .find(|(dn, _)| dn.starts_with("uid=photo,"))
        .expect("photo user")
        .1;
    assert_eq!(photo["jpegphoto"][0].len(), 300);
    // The escaped DNs come through in the server's spelling.
    assert!(
        ours.keys()
            .any(|dn| dn.starts_with("cn=Smith\\2C John,") || dn.starts_with("cn=Smith\\, John,"))
    );
    assert!(ours.keys().any(|dn| dn.contains("+uid=hashuser")));
}

#[test]
fn no_wrap_keeps_long_values_on_one_line() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = search(
        &env,
        &s,
        &["--format", "ldif", "--no-wrap", "(uid=photo)", "jpegPhoto"],
    );
    expect_code(&out, 0);
    let line = stdout(&out)
        .lines()
        .find(|l| l.starts_with("jpegPhoto:: "))
        .expect("photo line")
        .to_owned();
    assert!(line.len() > 76);
}

#[test]
fn json_and_ndjson_give_dn_plus_arrays_and_base64_binary() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = search(
        &env,
        &s,
        &[
            "--format",
            "ndjson",
            "(|(uid=photo)(uid=jsmith))",
            "uid",
            "cn",
            "jpegPhoto",
            "objectClass",
        ],
    );
    expect_code(&out, 0);
    let rows = ndjson(&out);
    assert_eq!(rows.len(), 2);
    let photo = rows.iter().find(|r| r["uid"][0] == "photo").unwrap();
    assert_eq!(photo["cn"], serde_json::json!(["Zoë Ångström"]));
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(photo["jpegPhoto"][0].as_str().unwrap())
        .unwrap();
    let reference = crate::support::ldif::parse(&s.ldapsearch("(uid=photo)", &["jpegPhoto"]));
    assert_eq!(bytes, reference.values().next().unwrap()["jpegphoto"][0]);
    assert!(photo["objectClass"].as_array().unwrap().len() >= 3);

    let out = search(&env, &s, &["--format", "json", "(uid=user00000*)", "uid"]);
    expect_code(&out, 0);
    let arr = json(&out);
    assert_eq!(arr.as_array().unwrap().len(), 9);
    let out = search(
        &env,
        &s,
        &["--format", "json", "(uid=nobody-at-all)", "uid"],
    );
    assert_eq!(json(&out), serde_json::json!([]));
}

#[test]
fn csv_has_requested_columns_quoting_and_joined_multi_values() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = search(
        &env,
        &s,
        &[
            "--format",
            "csv",
            "--mv-separator",
            ";",
            "(|(uid=jsmith)(cn=cycle-a))",
            "cn",
            "objectClass",
            "member",
        ],
    );
    expect_code(&out, 0);
    let (header, rows) = csv_rows(&out);
    assert_eq!(header, vec!["dn", "cn", "objectClass", "member"]);
    let smith = rows
        .iter()
        .find(|r| r[1] == "Smith, John")
        .expect("Smith, John row");
    assert!(smith[0].contains("Smith"));
    assert_eq!(smith[2].split(';').count(), 3);
    let cyc = rows.iter().find(|r| r[1] == "cycle-a").unwrap();
    assert_eq!(cyc[3].split(';').count(), 2);
    // CSV without attribute names is refused, not guessed.
    let out = search(&env, &s, &["--format", "csv", "(uid=jsmith)"]);
    expect_code(&out, 2);
}

#[test]
fn size_limit_keeps_entries_says_partial_and_exits_4() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = env
        .cmd()
        .env("RP", "reader-secret")
        .args([
            "ldap",
            "search",
            "--url",
            &s.url(),
            "--bind-dn",
            READER_DN,
            "--password-env",
            "RP",
            "--base",
            SUFFIX,
        ])
        .args(["--format", "ndjson", "(objectClass=inetOrgPerson)", "uid"])
        .output()
        .unwrap();
    expect_code(&out, 4);
    assert_eq!(ndjson(&out).len(), 500);
    assert!(stderr(&out).contains("partial"), "{}", stderr(&out));
    assert!(stderr(&out).contains("hint:"));
}

#[test]
fn paging_and_limit() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = search(
        &env,
        &s,
        &[
            "--format",
            "ndjson",
            "--page-size",
            "50",
            "(objectClass=inetOrgPerson)",
            "uid",
        ],
    );
    expect_code(&out, 0);
    let expected =
        crate::support::ldif::parse(&s.ldapsearch("(objectClass=inetOrgPerson)", &["uid"])).len();
    assert_eq!(ndjson(&out).len(), expected);
    let out = search(
        &env,
        &s,
        &[
            "--format",
            "ndjson",
            "--limit",
            "7",
            "(objectClass=inetOrgPerson)",
            "uid",
        ],
    );
    expect_code(&out, 0);
    assert_eq!(ndjson(&out).len(), 7);
}

#[test]
fn tls_is_verified_and_starttls_and_failover_work() {
    let (env, s) = (Env::new(), Slapd::start());
    let ca = s.ca_file();
    let run = |extra: &[&str]| {
        env.cmd()
            .env("SP", "syncer-secret")
            .args([
                "ldap",
                "search",
                "--bind-dn",
                SYNCER_DN,
                "--password-env",
                "SP",
                "--base",
                SUFFIX,
                "--format",
                "ndjson",
            ])
            .args(extra)
            .args(["(uid=jsmith)", "uid"])
            .output()
            .unwrap()
    };
    // ldaps without the CA: refused as untrusted, remote-unavailable code, with a hint.
    let out = run(&["--url", &s.ldaps_url()]);
    expect_code(&out, 6);
    assert!(stderr(&out).contains("--ca-file"), "{}", stderr(&out));
    let out = run(&["--url", &s.ldaps_url(), "--ca-file", ca.to_str().unwrap()]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["uid"][0], "jsmith");
    let out = run(&[
        "--url",
        &s.url(),
        "--starttls",
        "--ca-file",
        ca.to_str().unwrap(),
    ]);
    expect_code(&out, 0);
    let out = run(&["--url", &s.ldaps_url(), "--insecure"]);
    expect_code(&out, 0);
    assert!(stderr(&out).contains("NOT verified"));
    // Failover: a dead first URL, then a live one.
    let dead = format!("ldap://127.0.0.1:{}", crate::support::free_port());
    let out = run(&["--url", &dead, "--url", &s.url(), "--timeout", "5"]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out).len(), 1);
}

#[test]
fn wrong_password_is_an_auth_failure_and_anonymous_works() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = env
        .cmd()
        .env("SP", "wrong")
        .args([
            "ldap",
            "search",
            "--url",
            &s.url(),
            "--bind-dn",
            SYNCER_DN,
            "--password-env",
            "SP",
            "(uid=jsmith)",
        ])
        .output()
        .unwrap();
    expect_code(&out, 5);
    assert!(stderr(&out).contains("rc=49"));
    let out = env.run(&[
        "ldap",
        "search",
        "--url",
        &s.url(),
        "--format",
        "ndjson",
        "(uid=jsmith)",
        "uid",
    ]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out).len(), 1);
    // A bad filter is a usage error before anything is sent.
    let out = env.run(&["ldap", "search", "--url", &s.url(), "uid=jsmith)("]);
    expect_code(&out, 2);
    // No password source and no terminal: a clear configuration error, never a hang.
    let out = env.run(&[
        "ldap",
        "search",
        "--url",
        &s.url(),
        "--bind-dn",
        SYNCER_DN,
        "(uid=x)",
    ]);
    expect_code(&out, 7);
    assert!(stderr(&out).contains("--password-env"));
    assert_ne!(code(&out), 0);
}
