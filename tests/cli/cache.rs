use crate::support::{Env, Slapd, expect_code, ndjson, stderr};

#[test]
fn sql_is_read_only_and_uses_the_global_formats() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = env
        .cmd()
        .env("SP", "syncer-secret")
        .args(["ldap", "sync", "-q"])
        .args(s.syncer_args())
        .output()
        .unwrap();
    expect_code(&out, 0);
    let out = env.run(&[
        "cache",
        "sql",
        "SELECT name, mail FROM ldap_users WHERE name IN ('jsmith', 'photo') ORDER BY name",
        "--format",
        "csv",
    ]);
    expect_code(&out, 0);
    let (h, rows) = crate::support::csv_rows(&out);
    assert_eq!(h, vec!["name", "mail"]);
    assert_eq!(
        rows,
        vec![
            vec!["jsmith".to_string(), "jsmith@example.test".into()],
            vec!["photo".into(), "photo@example.test".into()]
        ]
    );
    for bad in [
        "DELETE FROM jobs",
        "DROP TABLE ldap_entries",
        "INSERT INTO audit (ts, system, command, outcome) VALUES ('x','x','x','x')",
    ] {
        let out = env.run(&["cache", "sql", bad]);
        expect_code(&out, 2);
    }
    let out = env.run(&[
        "cache",
        "sql",
        "SELECT count(*) AS n FROM jobs",
        "--format",
        "json",
    ]);
    assert_eq!(crate::support::json(&out), serde_json::json!([{"n": 1}]));
    let out = env.run(&["cache", "sql", "SELEC nonsense"]);
    expect_code(&out, 2);
    assert!(stderr(&out).contains("hint:"));
}

#[test]
fn info_audit_and_vacuum() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = env.run(&["cache", "info"]);
    expect_code(&out, 1);
    assert!(stderr(&out).contains("no cache"));
    search_jsmith(&env, &s, &env.cache());
    let out = env.run(&["cache", "audit", "--format", "ndjson"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["system"], "ldap");
    assert_eq!(rows[0]["command"], "search");
    assert_eq!(rows[0]["user"], "tester");
    assert_eq!(rows[0]["outcome"], "ok");
    // Every remote-touching run also leaves a jobs row with what it handled.
    let out = env.run(&["cache", "jobs", "--format", "ndjson"]);
    let jobs = ndjson(&out);
    assert_eq!(jobs.len(), 1);
    assert_eq!(
        (
            jobs[0]["command"].as_str(),
            jobs[0]["total"].as_u64(),
            jobs[0]["outcome"].as_str()
        ),
        (Some("search"), Some(1), Some("ok"))
    );
    let out = env.run(&["cache", "info", "--format", "ndjson"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let version = rows.iter().find(|r| r["item"] == "schema_version").unwrap();
    assert_eq!(version["value"], atomctl::cache::SCHEMA_VERSION);
    assert!(
        rows.iter()
            .any(|r| r["item"] == "ldap_users" && r["kind"] == "view")
    );
    expect_code(&env.run(&["cache", "vacuum", "-q"]), 0);
}

#[cfg(unix)]
#[test]
fn the_cache_and_the_directory_made_for_it_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let (env, s) = (Env::new(), Slapd::start());
    let dir = env.path("data/atomctl");
    let cache = dir.join("cache.db");
    let search = |cache: &std::path::Path| search_jsmith(&env, &s, cache);
    search(&cache);
    assert_eq!(mode(&dir), 0o700, "the directory atomctl made");
    assert_eq!(mode(&cache), 0o600, "the database");
    // SQLite gives the log files the database's mode: open a writer and look at them.
    let c = rusqlite::Connection::open(&cache).unwrap();
    c.execute_batch("PRAGMA journal_mode=WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    for suffix in ["-wal", "-shm"] {
        let p = dir.join(format!("cache.db{suffix}"));
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
    drop(c);
    // A cache an older atomctl left readable by all is narrowed on the next open; a
    // directory that was already there keeps its mode.
    let old = env.path("old.db");
    std::fs::write(&old, b"").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = mode(env.dir.path());
    search(&old);
    assert_eq!(mode(&old), 0o600);
    assert_eq!(mode(env.dir.path()), before);
}

/// One remote-touching run that records itself in the cache at `cache`.
fn search_jsmith(env: &Env, s: &Slapd, cache: &std::path::Path) {
    let out = env
        .cmd()
        .env("ATOMCTL_CACHE", cache)
        .env("SP", "syncer-secret")
        .args(["ldap", "search", "(uid=jsmith)", "uid"])
        .args(s.syncer_args())
        .output()
        .unwrap();
    expect_code(&out, 0);
}
