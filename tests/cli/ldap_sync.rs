use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::support::{Env, Slapd, cache_snapshot, expect_code, ndjson, stderr, stdout};

fn sync(env: &Env, s: &Slapd, extra: &[&str]) -> std::process::Output {
    env.cmd()
        .env("SP", "syncer-secret")
        .args(["ldap", "sync", "--format", "ndjson"])
        .args(s.syncer_args())
        .args(extra)
        .output()
        .unwrap()
}

/// The invariant every sync keeps: the cache equals what a fresh full sync into an empty
/// cache gives.
#[track_caller]
fn assert_equals_fresh_full_sync(env: &Env, s: &Slapd) {
    let fresh = Env::new();
    expect_code(&sync(&fresh, s, &[]), 0);
    assert_eq!(cache_snapshot(&env.cache()), cache_snapshot(&fresh.cache()));
}

const CHANGES: &str = "\
dn: uid=user000010,ou=Finance,ou=people,dc=example,dc=test
changetype: modify
replace: mail
mail: changed10@example.test

dn: uid=user000011,ou=Marketing,ou=people,dc=example,dc=test
changetype: delete

dn: uid=user000012,ou=Legal,ou=people,dc=example,dc=test
changetype: modrdn
newrdn: uid=user000012r
deleteoldrdn: 1
newsuperior: ou=Sales,ou=people,dc=example,dc=test

dn: cn=Smith\\2C John,ou=Sales,ou=people,dc=example,dc=test
changetype: modrdn
newrdn: cn=Smith\\2C Johnny
deleteoldrdn: 0

dn: cn=group00003,ou=groups,dc=example,dc=test
changetype: modify
add: member
member: uid=user000020,ou=Operations,ou=people,dc=example,dc=test

dn: cn=all-staff,ou=groups,dc=example,dc=test
changetype: modify
delete: member
member: uid=user000004,ou=Marketing,ou=people,dc=example,dc=test

dn: uid=newbie,ou=Support,ou=people,dc=example,dc=test
changetype: add
objectClass: inetOrgPerson
uid: newbie
cn: New Bie
sn: Bie
mail: newbie@example.test

dn: cn=new-group,ou=groups,dc=example,dc=test
changetype: add
objectClass: groupOfNames
cn: new-group
member: uid=newbie,ou=Support,ou=people,dc=example,dc=test
member: cn=group00003,ou=groups,dc=example,dc=test
";

#[test]
fn delta_after_changes_equals_a_fresh_full_sync() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = sync(&env, &s, &[]);
    expect_code(&out, 0);
    let r = &ndjson(&out)[0];
    assert_eq!(r["mode"], "full");
    assert_eq!(r["method"], "rfc4533");
    let first_total = r["total"].as_u64().unwrap();
    assert!(first_total > 2200);

    // Nothing changed: an empty delta.
    let out = sync(&env, &s, &[]);
    expect_code(&out, 0);
    let r = &ndjson(&out)[0];
    assert_eq!(
        (
            r["mode"].as_str(),
            r["added"].as_u64(),
            r["modified"].as_u64(),
            r["deleted"].as_u64()
        ),
        (Some("delta"), Some(0), Some(0), Some(0))
    );

    s.modify(CHANGES);
    let out = sync(&env, &s, &[]);
    expect_code(&out, 0);
    let r = &ndjson(&out)[0];
    assert_eq!(r["mode"], "delta");
    assert_eq!(r["added"], 2, "{r}");
    assert_eq!(r["deleted"], 1, "{r}");
    assert!(r["modified"].as_u64().unwrap() >= 5, "{r}");

    assert_equals_fresh_full_sync(&env, &s);

    // The documented views answer the obvious questions.
    let c = Connection::open(env.cache()).unwrap();
    let n: i64 = c
        .query_row(
            "SELECT count(*) FROM ldap_members m JOIN ldap_groups g ON g.id = m.group_id JOIN ldap_users u ON u.id = m.member_id
             WHERE g.name = 'group00003' AND u.name = 'user000020'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
    let renamed: String = c
        .query_row(
            "SELECT dn FROM ldap_users WHERE name = 'user000012r'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(renamed.starts_with("uid=user000012r,ou=Sales"));
    let gone: i64 = c
        .query_row(
            "SELECT count(*) FROM ldap_users WHERE name = 'user000011'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(gone, 0);
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let (env, s) = (Env::new(), Slapd::start());
    expect_code(&sync(&env, &s, &[]), 0);
    let before = cache_snapshot(&env.cache());
    s.modify(CHANGES);
    let out = sync(&env, &s, &["--dry-run"]);
    expect_code(&out, 0);
    let r = &ndjson(&out)[0];
    assert_eq!(r["dry_run"], true);
    assert_eq!(r["added"], 2);
    assert!(
        r["sample_added"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d.as_str().unwrap().starts_with("uid=newbie"))
    );
    assert_eq!(cache_snapshot(&env.cache()), before);
    // The real run afterwards still sees the same changes (the cookie was not advanced).
    let out = sync(&env, &s, &[]);
    assert_eq!(ndjson(&out)[0]["added"], 2);
}

#[test]
fn quiet_sync_prints_nothing_and_writes_job_rows() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = sync(&env, &s, &["--quiet"]);
    expect_code(&out, 0);
    assert!(
        out.stdout.is_empty() && out.stderr.is_empty(),
        "{}",
        stderr(&out)
    );
    let out = env.run(&["cache", "jobs", "--format", "ndjson"]);
    expect_code(&out, 0);
    let jobs = ndjson(&out);
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0]["outcome"], "ok");
    assert_eq!(jobs[0]["mode"], "full");
    assert!(jobs[0]["total"].as_u64().unwrap() > 2200);
    let out = env.run(&["ldap", "status", "--format", "ndjson"]);
    expect_code(&out, 0);
    let st = &ndjson(&out)[0];
    assert_eq!(st["method"], "rfc4533");
    assert!(st["cookie"].as_str().unwrap().contains("csn="));
    assert!(st["users"].as_u64().unwrap() > 2200);
}

/// Start a quiet sync and SIGKILL it after `delay_ms`; its exit status.
fn sync_killed_after(
    env: &Env,
    s: &Slapd,
    extra: &[&str],
    delay_ms: u64,
) -> std::process::ExitStatus {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("atomctl"))
        .env_clear()
        .env("HOME", env.dir.path())
        .env("ATOMCTL_CACHE", env.cache())
        .env("ATOMCTL_CONFIG", env.config())
        .env("SP", "syncer-secret")
        .args(["ldap", "sync", "--quiet"])
        .args(extra)
        .args(s.syncer_args())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(delay_ms));
    let _ = child.kill();
    child.wait().unwrap()
}

#[test]
fn a_killed_sync_leaves_the_previous_state_and_the_next_run_completes() {
    let (env, s) = (Env::new(), Slapd::start());
    expect_code(&sync(&env, &s, &[]), 0);
    let before = cache_snapshot(&env.cache());
    s.modify(CHANGES);
    // Kill at several points of a full resync: connecting, streaming, writing, committing.
    for delay_ms in [5u64, 40, 120, 250] {
        let status = sync_killed_after(&env, &s, &["--full"], delay_ms);
        let now = cache_snapshot(&env.cache());
        if now == before {
            // Killed before its commit: the previous state, whole.
            assert!(!status.success(), "a finished sync changed nothing");
            continue;
        }
        // It committed before the kill (which may still land before the process exits):
        // then the cache must be the complete new state, never something in between.
        assert_equals_fresh_full_sync(&env, &s);
        break;
    }
    let out = sync(&env, &s, &[]);
    expect_code(&out, 0);
    assert_equals_fresh_full_sync(&env, &s);
    // The killed runs are visible as interrupted jobs, not left "running".
    let out = env.run(&[
        "cache",
        "sql",
        "SELECT count(*) AS n FROM jobs WHERE outcome = 'running'",
        "--format",
        "ndjson",
    ]);
    assert_eq!(ndjson(&out)[0]["n"], 0);
}

/// Entries in the cache at `path`: None when there is no cache or no schema yet. Opening it
/// rolls back whatever a killed writer left (a hot journal), as any later open would.
fn cached_entries(path: &std::path::Path) -> Option<i64> {
    if !path.exists() {
        return None;
    }
    let c = Connection::open(path).unwrap();
    c.query_row("SELECT count(*) FROM ldap_entries", [], |r| r.get(0))
        .ok()
}

#[test]
fn a_first_sync_killed_in_a_new_cache_leaves_nothing_half_written() {
    // A new cache is loaded with a rollback journal and switched to the WAL afterwards (see
    // cache::writer): a kill at any point must still leave either no rows or all of them.
    let s = Slapd::start();
    for delay_ms in [5u64, 30, 80, 160, 400] {
        let env = Env::new();
        let status = sync_killed_after(&env, &s, &[], delay_ms);
        match cached_entries(&env.cache()) {
            None | Some(0) => assert!(!status.success(), "a finished sync stored nothing"),
            Some(_) => assert_equals_fresh_full_sync(&env, &s),
        }
        expect_code(&sync(&env, &s, &[]), 0);
        assert_equals_fresh_full_sync(&env, &s);
        let c = Connection::open(env.cache()).unwrap();
        let (journal, page): (String, i64) = (
            c.query_row("PRAGMA journal_mode", [], |r| r.get(0))
                .unwrap(),
            c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap(),
        );
        assert_eq!(journal, "wal", "readers get the WAL once the load is done");
        assert_eq!(page, 16384);
    }
}

#[test]
fn two_syncs_of_one_profile_never_interleave() {
    let (env, s) = (Env::new(), Slapd::start());
    expect_code(&sync(&env, &s, &[]), 0);
    let profile = format!("{}#{}", s.url(), crate::support::slapd::SUFFIX);
    let lock_path = atomctl::cache::SyncLock::path_for(&env.cache(), "ldap", &profile);
    let holder = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .unwrap();
    holder.lock().unwrap();

    // --no-wait skips: its own exit code (8), a note that says so, nothing on stdout, and
    // under --quiet not a word, so that a cron job that overlaps another mails nobody.
    let before = cache_snapshot(&env.cache());
    let out = sync(&env, &s, &["--no-wait"]);
    expect_code(&out, 8);
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).starts_with("skipped: another ldap sync"),
        "{}",
        stderr(&out)
    );
    let out = sync(&env, &s, &["--no-wait", "--quiet"]);
    expect_code(&out, 8);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    assert_eq!(
        cache_snapshot(&env.cache()),
        before,
        "a skipped sync wrote nothing"
    );

    // Without --no-wait a sync waits, saying so unless --quiet.
    let bin = assert_cmd::cargo::cargo_bin("atomctl");
    let waiter = |quiet: bool| {
        Command::new(&bin)
            .env_clear()
            .env("HOME", env.dir.path())
            .env("ATOMCTL_CACHE", env.cache())
            .env("SP", "syncer-secret")
            .args(["ldap", "sync", "--format", "ndjson"])
            .args(if quiet { &["--quiet"][..] } else { &[][..] })
            .args(s.syncer_args())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (waiting, quiet) = (waiter(false), waiter(true));
    let t0 = Instant::now();
    std::thread::sleep(Duration::from_millis(700));
    holder.unlock().unwrap();
    let out = waiting.wait_with_output().unwrap();
    let quiet = quiet.wait_with_output().unwrap();
    assert!(t0.elapsed() >= Duration::from_millis(700));
    expect_code(&out, 0);
    assert!(stderr(&out).contains("waiting"), "{}", stderr(&out));
    assert_eq!(ndjson(&out)[0]["mode"], "delta");
    expect_code(&quiet, 0);
    assert!(stderr(&quiet).is_empty(), "{}", stderr(&quiet));
}

#[test]
fn without_syncprov_the_csn_fallback_warns_and_still_converges() {
    let s = Slapd::start_with(|conf| {
        conf.lines()
            .filter(|l| !l.starts_with("overlay syncprov") && !l.starts_with("syncprov-"))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let env = Env::new();
    let out = sync(&env, &s, &[]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["method"], "csn");
    assert!(
        stderr(&out).contains("syncprov"),
        "a clear warning: {}",
        stderr(&out)
    );
    s.modify(CHANGES);
    let out = sync(&env, &s, &[]);
    expect_code(&out, 0);
    let r = &ndjson(&out)[0];
    assert_eq!(r["mode"], "delta");
    assert_eq!(
        (r["added"].as_u64(), r["deleted"].as_u64()),
        (Some(2), Some(1)),
        "{r}"
    );
    assert_equals_fresh_full_sync(&env, &s);
}

#[test]
fn a_cookie_older_than_the_session_log_still_converges_through_the_present_phase() {
    // With a tiny session log syncprov cannot list the deletions since our cookie and answers
    // with the present phase instead: every unchanged entry is named, and the client must treat
    // the unnamed ones as deleted.
    let s = Slapd::start_with(|conf| {
        conf.replace("syncprov-sessionlog 100000", "syncprov-sessionlog 2")
    });
    let env = Env::new();
    expect_code(&sync(&env, &s, &[]), 0);
    let mut changes = String::from(CHANGES);
    for i in 30..40 {
        let dept = [
            "Engineering",
            "Sales",
            "Support",
            "Finance",
            "Marketing",
            "Legal",
            "Operations",
        ][i % 7];
        changes.push_str(&format!(
            "\ndn: uid=user{i:06},ou={dept},ou=people,dc=example,dc=test\nchangetype: delete\n"
        ));
    }
    s.modify(&changes);
    let out = sync(&env, &s, &[]);
    expect_code(&out, 0);
    let r = &ndjson(&out)[0];
    assert_eq!(r["mode"], "delta");
    assert_eq!(r["deleted"], 11, "{r}");
    assert_equals_fresh_full_sync(&env, &s);
}

#[test]
fn a_full_resync_merges_only_what_changed() {
    let (env, s) = (Env::new(), Slapd::start());
    expect_code(&sync(&env, &s, &[]), 0);
    let out = sync(&env, &s, &["--full"]);
    expect_code(&out, 0);
    let r = &ndjson(&out)[0];
    assert_eq!(
        (
            r["mode"].as_str(),
            r["added"].as_u64(),
            r["modified"].as_u64(),
            r["deleted"].as_u64()
        ),
        (Some("full"), Some(0), Some(0), Some(0)),
        "{r}"
    );
    s.modify(CHANGES);
    let out = sync(&env, &s, &["--full"]);
    expect_code(&out, 0);
    let r = &ndjson(&out)[0];
    assert_eq!(
        (r["added"].as_u64(), r["deleted"].as_u64()),
        (Some(2), Some(1)),
        "{r}"
    );
    assert!(r["modified"].as_u64().unwrap() >= 5, "{r}");
    assert_equals_fresh_full_sync(&env, &s);
}

/// The full read runs on atomctl's own sessions over plain LDAP, ldaps and StartTLS, and
/// through ldap3 when TLS is unverified: every way gives the same cache.
#[test]
fn a_full_sync_reads_alike_over_ldap_ldaps_starttls_and_unverified_tls() {
    use crate::support::slapd::{SUFFIX, SYNCER_DN};
    let s = Slapd::start();
    let ca = s.ca_file();
    let ca = ca.to_str().unwrap();
    let sync_over = |env: &Env, how: &[&str]| {
        env.cmd()
            .env("SP", "syncer-secret")
            .args(["ldap", "sync", "--format", "ndjson", "--bind-dn", SYNCER_DN])
            .args(["--password-env", "SP", "--base", SUFFIX])
            .args(how)
            .output()
            .unwrap()
    };
    let plain = Env::new();
    expect_code(&sync(&plain, &s, &[]), 0);
    let want = cache_snapshot(&plain.cache());
    assert!(
        want.len() > 100,
        "the sample directory synced: {}",
        want.len()
    );
    let (ldaps, url) = (s.ldaps_url(), s.url());
    for how in [
        vec!["--url", &ldaps, "--ca-file", ca],
        vec!["--url", &url, "--starttls", "--ca-file", ca],
        vec!["--url", &ldaps, "--insecure"],
    ] {
        let env = Env::new();
        expect_code(&sync_over(&env, &how), 0);
        assert_eq!(cache_snapshot(&env.cache()), want, "{how:?}");
    }
    // Untrusted TLS is refused before anything is read.
    expect_code(&sync_over(&Env::new(), &["--url", &ldaps]), 6);
}

/// The profile's filters go to the server as written: a substring user filter syncs exactly
/// the users ldapsearch finds with it, and a malformed one is a configuration error, found
/// before anything connects or writes.
#[test]
fn profile_filters_select_the_synced_users_and_bad_ones_are_refused() {
    use crate::support::slapd::{SUFFIX, SYNCER_DN};
    let s = Slapd::start();
    let with_filter = |user_filter: &str| {
        let env = Env::new();
        std::fs::write(
            env.config(),
            format!(
                "default_profile = \"lab\"\n[profiles.lab.ldap]\nurls = [\"{}\"]\nbind_dn = \"{SYNCER_DN}\"\npassword_env = \"SP\"\nbase_dn = \"{SUFFIX}\"\nuser_filter = '{user_filter}'\n",
                s.url()
            ),
        )
        .unwrap();
        let out = env
            .cmd()
            .env("SP", "syncer-secret")
            .args(["ldap", "sync", "--format", "ndjson"])
            .output()
            .unwrap();
        (env, out)
    };
    let filter = "(&(objectClass=inetOrgPerson)(uid=user00001*))";
    let (env, out) = with_filter(filter);
    expect_code(&out, 0);
    let want: std::collections::BTreeSet<String> =
        crate::support::ldif::parse(&s.ldapsearch(filter, &["uid"]))
            .keys()
            .map(|dn| dn.to_lowercase())
            .collect();
    assert!(
        want.len() >= 10,
        "the sample has user00001x users: {want:?}"
    );
    let c = Connection::open(env.cache()).unwrap();
    let got: std::collections::BTreeSet<String> = c
        .prepare("SELECT lower(dn) FROM ldap_users")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(got, want);

    let (env, out) = with_filter("(&(objectClass=inetOrgPerson)(uid=user00001*)");
    expect_code(&out, 7);
    assert!(
        stderr(&out).contains("user_filter") && stderr(&out).contains("RFC 4515"),
        "{}",
        stderr(&out)
    );
    assert!(!env.cache().exists(), "nothing was opened or written");
}
