use std::io::Read;
use std::process::Stdio;

use crate::support::{Env, Slapd, expect_code, stderr};

#[test]
fn output_file_is_atomic_and_kept_on_failure() {
    let (env, s) = (Env::new(), Slapd::start());
    let dest = env.path("users.csv");
    let search = |password: &str, filter: &str| {
        env.cmd()
            .env("SP", password)
            .args([
                "ldap",
                "search",
                "-o",
                dest.to_str().unwrap(),
                filter,
                "uid",
                "mail",
            ])
            .args(s.syncer_args())
            .output()
            .unwrap()
    };
    expect_code(&search("syncer-secret", "(uid=user00001*)"), 0);
    let text = std::fs::read_to_string(&dest).unwrap();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        vec!["dn", "uid", "mail"],
        "format from the .csv extension"
    );
    assert_eq!(r.records().count(), 10);
    // Replacing a file keeps its mode: a 0600 report stays 0600 (it was replaced by a 0644 one).
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o600)).unwrap();
    expect_code(&search("syncer-secret", "(uid=user00001*)"), 0);
    let mode = std::fs::metadata(&dest).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(std::fs::read_to_string(&dest).unwrap(), text);
    // A failing run (wrong password) leaves the previous file whole and no temp files.
    expect_code(&search("wrong", "(uid=*)"), 5);
    assert_eq!(std::fs::read_to_string(&dest).unwrap(), text);
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_closed_pipe_exits_zero_quietly() {
    let (env, s) = (Env::new(), Slapd::start());
    let mut child = env
        .std_cmd()
        .env("SP", "syncer-secret")
        .args(["ldap", "search", "--format", "ldif", "(objectClass=*)"])
        .args(s.syncer_args())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    expect_code(&out, 0);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn version_help_and_usage_errors() {
    let env = Env::new();
    let out = env.run(&["--version"]);
    expect_code(&out, 0);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("atomctl "));
    let out = env.run(&["--help"]);
    expect_code(&out, 0);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Exit codes"));
    let out = env.run(&["ldap", "frobnicate"]);
    expect_code(&out, 2);
    let out = env.run(&["ldap", "search", "--format", "ldif", "--url", "http://x"]);
    expect_code(&out, 2);
    let out = env.run(&["cache", "jobs", "--format", "ldif"]);
    expect_code(&out, 2);
}

#[test]
fn escape_sequences_in_data_and_messages_never_reach_the_terminal_raw() {
    let env = Env::new();
    // Any command that writes makes the cache `cache sql` reads.
    let events = env.path("none.ndjson");
    std::fs::write(&events, "").unwrap();
    expect_code(
        &env.run(&["analytics", "ingest", events.to_str().unwrap()]),
        0,
    );
    // A value that would retitle the window and clear the screen, shown as a table.
    let out = env.run(&[
        "cache",
        "sql",
        "SELECT 'a' || char(27) || ']0;owned' || char(7) || 'b' || char(27) || '[2J' AS v",
        "--format",
        "table",
    ]);
    expect_code(&out, 0);
    let table = crate::support::stdout(&out);
    assert!(
        !table.contains('\x1b') && !table.contains('\x07'),
        "{table:?}"
    );
    assert!(table.contains("a\\x1b]0;owned\\x07b\\x1b[2J"), "{table}");
    // The same value as CSV is data for a program: exact.
    let out = env.run(&[
        "cache",
        "sql",
        "SELECT 'a' || char(27) || '[2J' AS v",
        "--format",
        "csv",
    ]);
    assert!(crate::support::stdout(&out).contains("a\x1b[2J"));
    // An error message quoting it (SQLite names the table) is made inert too.
    let out = env.run(&["cache", "sql", "SELECT * FROM \"x\x1b[2J\""]);
    assert_ne!(crate::support::code(&out), 0);
    let err = stderr(&out);
    assert!(!err.contains('\x1b'), "{err:?}");
    assert!(err.contains("x\\x1b[2J"), "{err}");
}
