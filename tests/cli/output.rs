use std::io::Read;
use std::process::Stdio;

use crate::support::{Env, Slapd, expect_code, stderr};

#[test]
fn output_file_is_atomic_and_kept_on_failure() {
    let (env, s) = (Env::new(), Slapd::start());
    let dest = env.path("users.csv");
    let out = env
        .cmd()
        .env("SP", "syncer-secret")
        .args([
            "ldap",
            "search",
            "-o",
            dest.to_str().unwrap(),
            "(uid=user00001*)",
            "uid",
            "mail",
        ])
        .args(s.syncer_args())
        .output()
        .unwrap();
    expect_code(&out, 0);
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
    let out = env
        .cmd()
        .env("SP", "syncer-secret")
        .args([
            "ldap",
            "search",
            "-o",
            dest.to_str().unwrap(),
            "(uid=user00001*)",
            "uid",
            "mail",
        ])
        .args(s.syncer_args())
        .output()
        .unwrap();
    expect_code(&out, 0);
    let mode = std::fs::metadata(&dest).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(std::fs::read_to_string(&dest).unwrap(), text);
    // A failing run (wrong password) leaves the previous file whole and no temp files.
    let out = env
        .cmd()
        .env("SP", "wrong")
        .args([
            "ldap",
            "search",
            "-o",
            dest.to_str().unwrap(),
            "(uid=*)",
            "uid",
        ])
        .args(s.syncer_args())
        .output()
        .unwrap();
    expect_code(&out, 5);
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
