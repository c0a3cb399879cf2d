use crate::support::slapd::{SUFFIX, SYNCER_DN};
use crate::support::{Env, Slapd, expect_code, ndjson, stderr, stdout};

#[test]
fn init_writes_a_commented_example_and_refuses_to_overwrite() {
    let env = Env::new();
    expect_code(&env.run(&["config", "init"]), 0);
    let text = std::fs::read_to_string(env.config()).unwrap();
    assert!(text.contains("# "), "the template explains itself");
    let parsed: toml::Table = text.parse().unwrap();
    assert!(
        parsed["profiles"]["corp"]["ldap"]["urls"]
            .as_array()
            .unwrap()
            .len()
            == 2
    );
    let out = env.run(&["config", "init"]);
    expect_code(&out, 1);
    assert!(stderr(&out).contains("--force"));
    let out = env.run(&["config", "path"]);
    assert_eq!(stdout(&out).trim(), env.config().to_str().unwrap());
}

#[test]
fn get_set_list_show_keep_comments_and_refuse_secrets() {
    let env = Env::new();
    expect_code(&env.run(&["config", "init"]), 0);
    expect_code(&env.run(&["config", "set", "ldap.page_size", "250"]), 0);
    expect_code(
        &env.run(&[
            "config",
            "set",
            "profiles.lab.ldap.urls",
            r#"["ldap://127.0.0.1:1"]"#,
        ]),
        0,
    );
    let out = env.run(&["config", "get", "ldap.page_size"]);
    assert_eq!(stdout(&out).trim(), "250");
    let out = env.run(&["--profile", "lab", "config", "get", "ldap.urls"]);
    assert!(stdout(&out).contains("ldap://127.0.0.1:1"));
    let text = std::fs::read_to_string(env.config()).unwrap();
    assert!(
        text.contains("# Tried in order"),
        "comments survive `config set`"
    );

    let out = env.run(&["config", "set", "ldap.password", "hunter2"]);
    expect_code(&out, 2);
    assert!(
        !std::fs::read_to_string(env.config())
            .unwrap()
            .contains("hunter2")
    );
    let out = env.run(&["config", "set", "ldap.no_such_key", "1"]);
    expect_code(&out, 7);

    let out = env.run(&["config", "list", "--format", "ndjson"]);
    let rows = ndjson(&out);
    let names: Vec<_> = rows
        .iter()
        .map(|r| r["profile"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["corp", "lab"]);
    assert_eq!(rows[0]["active"], true);
    let out = env.run(&["config", "show", "--format", "ndjson"]);
    let rows = ndjson(&out);
    assert!(
        rows.iter()
            .any(|r| r["key"] == "ldap.password_env" && r["value"] == "CORP_LDAP_PASSWORD")
    );
    let out = env.run(&["--profile", "nope", "config", "show"]);
    expect_code(&out, 7);
    assert!(stderr(&out).contains("known profiles: corp, lab"));
}

#[test]
fn profile_drives_ldap_commands_and_flags_override_it() {
    let (env, s) = (Env::new(), Slapd::start());
    let pwfile = env.path("pw");
    std::fs::write(&pwfile, "syncer-secret\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pwfile, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let dead = format!("ldap://127.0.0.1:{}", crate::support::free_port());
    std::fs::write(
        env.config(),
        format!(
            "default_profile = \"lab\"\n[profiles.lab.ldap]\nurls = [\"{dead}\", \"{}\"]\nbind_dn = \"{SYNCER_DN}\"\npassword_file = \"{}\"\nbase_dn = \"{SUFFIX}\"\npage_size = 100\ntimeout = 5\n",
            s.url(),
            pwfile.display()
        ),
    )
    .unwrap();
    let out = env.run(&[
        "ldap",
        "search",
        "--format",
        "ndjson",
        "(uid=jsmith)",
        "mail",
    ]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["mail"][0], "jsmith@example.test");
    // A flag overrides the profile's base.
    let out = env.run(&[
        "ldap",
        "search",
        "--base",
        "ou=groups,dc=example,dc=test",
        "--format",
        "ndjson",
        "(uid=jsmith)",
    ]);
    expect_code(&out, 0);
    assert!(ndjson(&out).is_empty());

    let out = env.run(&["config", "check", "--format", "ndjson"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    assert_eq!(rows[0]["service"], "ldap");
    assert_eq!(rows[0]["status"], "ok");
    assert_eq!(rows[0]["target"], s.url().as_str());

    // A group-readable password file works but draws a warning.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pwfile, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = env.run(&[
            "ldap",
            "search",
            "--format",
            "ndjson",
            "(uid=jsmith)",
            "mail",
        ]);
        expect_code(&out, 0);
        assert!(stderr(&out).contains("chmod 600"));
    }

    // Secrets never appear in output or errors.
    let out = env.run(&["config", "show", "--format", "json"]);
    assert!(!stdout(&out).contains("syncer-secret"));

    drop(s);
    let out = env.run(&["config", "check", "--format", "ndjson"]);
    expect_code(&out, 3);
    assert_eq!(ndjson(&out)[0]["status"], "fail");
}

#[test]
fn environment_overrides_select_profile_and_cache() {
    let env = Env::new();
    expect_code(&env.run(&["config", "init"]), 0);
    expect_code(
        &env.run(&["config", "set", "profiles.other.ldap.page_size", "7"]),
        0,
    );
    let out = env
        .cmd()
        .env("ATOMCTL_PROFILE", "other")
        .args(["config", "get", "ldap.page_size"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out).trim(), "7");
    let out = env.run(&["ldap", "search"]);
    // The example profile points at hosts that do not exist here; that is "unavailable", and
    // the message names the URLs tried.
    assert!(
        matches!(crate::support::code(&out), 6 | 7),
        "{}",
        stderr(&out)
    );
}
