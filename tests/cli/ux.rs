//! What admins expect of a command-line tool (issue 16): help that lists what a command
//! takes, one colour decision, a version that names its commit.

use crate::support::{Env, code, expect_code, stderr, stdout};

/// Any command that writes makes the cache that `cache` commands read; an empty ingest does.
fn make_cache(env: &Env) {
    let none = env.path("none.ndjson");
    std::fs::write(&none, "").unwrap();
    expect_code(
        &env.run(&["analytics", "ingest", none.to_str().unwrap()]),
        0,
    );
}

fn help(env: &Env, args: &[&str]) -> String {
    let out = env.run(args);
    expect_code(&out, 0);
    stdout(&out)
}

/// The part of a help text under `heading`, up to the next heading.
fn section<'a>(help: &'a str, heading: &str) -> &'a str {
    let start = help
        .find(&format!("\n{heading}:\n"))
        .unwrap_or_else(|| panic!("no {heading} in\n{help}"));
    let rest = &help[start + heading.len() + 3..];
    let end = rest.find("\n\n").unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn global_options_have_their_own_heading() {
    let env = Env::new();
    let h = help(&env, &["sf", "query", "-h"]);
    let own = section(&h, "Options");
    let global = section(&h, "Global options");
    for flag in [
        "--profile",
        "--config",
        "--cache",
        "--format",
        "--quiet",
        "--color",
    ] {
        assert!(
            global.contains(flag),
            "{flag} not under Global options:\n{h}"
        );
        assert!(
            !own.contains(flag),
            "{flag} among sf query's own options:\n{h}"
        );
    }
    for flag in ["--file", "--all-rows", "--tooling"] {
        assert!(
            own.contains(flag),
            "{flag} not among sf query's options:\n{h}"
        );
    }
}

#[test]
fn each_command_lists_and_takes_only_its_own_formats() {
    let env = Env::new();
    let values = |args: &[&str]| -> Vec<String> {
        let h = help(&env, args);
        let from = h.find("      --format").expect("--format");
        let at = from + h[from..].find("[possible values: ").expect("values") + 18;
        h[at..h[at..].find(']').unwrap() + at]
            .split(", ")
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(
        values(&["ldap", "search", "-h"]),
        ["auto", "table", "csv", "json", "ndjson", "ldif"]
    );
    assert_eq!(
        values(&["sf", "query", "-h"]),
        ["auto", "table", "csv", "json", "ndjson"]
    );
    assert_eq!(
        values(&["analytics", "export", "-h"]),
        ["auto", "csv", "json", "ndjson", "html"]
    );
    assert_eq!(
        values(&["sso", "oidc", "decode", "-h"]),
        ["auto", "table", "json", "ndjson"]
    );
    // SAML metadata is XML: no --format in its help, and a format is refused, whichever side
    // of the command name it is given on, without writing anything.
    let h = help(&env, &["sso", "saml", "metadata", "-h"]);
    assert!(!h.contains("--format"), "{h}");
    for args in [
        &["sso", "saml", "metadata", "--format", "json"][..],
        &["--format", "csv", "sso", "saml", "metadata"][..],
    ] {
        let out = env.run(args);
        expect_code(&out, 2);
        assert!(stdout(&out).is_empty());
        assert!(
            stderr(&out).contains("SAML metadata XML"),
            "{}",
            stderr(&out)
        );
    }
    // A format another command has: clap refuses it after the name, atomctl before it.
    let out = env.run(&["cache", "jobs", "--format", "ldif"]);
    expect_code(&out, 2);
    assert!(stderr(&out).contains("[possible values: auto, table, csv, json, ndjson]"));
    let out = env.run(&["--format", "html", "cache", "jobs"]);
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("`cache jobs` cannot write html"),
        "{}",
        stderr(&out)
    );
    // `-o` with an extension the command cannot write is refused, not written as NDJSON.
    let target = env.path("jobs.ldif");
    let out = env.run(&["cache", "jobs", "-o", target.to_str().unwrap()]);
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("name of the -o file"),
        "{}",
        stderr(&out)
    );
    assert!(!target.exists());
    // ... and an extension it can write picks that format.
    make_cache(&env);
    let target = env.path("jobs.csv");
    let out = env.run(&["cache", "jobs", "-o", target.to_str().unwrap()]);
    expect_code(&out, 0);
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.lines().next().unwrap().contains(','), "{text}");
}

#[test]
fn version_names_the_commit_and_verbose_the_libraries() {
    let env = Env::new();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(crate::support::repo_root())
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    let hash = git(&["rev-parse", "--short=9", "HEAD"]);
    let date = git(&["log", "-1", "--format=%cs"]);
    let out = env.run(&["--version"]);
    expect_code(&out, 0);
    assert_eq!(
        stdout(&out),
        format!("atomctl {} ({hash} {date})\n", env!("CARGO_PKG_VERSION"))
    );
    for args in [&["--version", "--verbose"][..], &["-Vv"][..]] {
        let out = env.run(args);
        expect_code(&out, 0);
        let text = stdout(&out);
        let field = |k: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{k}: ")))
                .unwrap_or_else(|| panic!("no {k} in\n{text}"))
                .to_owned()
        };
        assert_eq!(field("commit-hash"), hash);
        assert_eq!(field("release"), env!("CARGO_PKG_VERSION"));
        // The SQLite atomctl carries is the one `cache sql` talks to (any command makes a cache).
        make_cache(&env);
        let sql = env.run(&[
            "cache",
            "sql",
            "SELECT sqlite_version() AS v",
            "--format",
            "csv",
        ]);
        let v = stdout(&sql).lines().nth(1).unwrap().to_owned();
        assert_eq!(field("sqlite"), format!("{v} (bundled)"));
    }
}

/// Runs `atomctl ARGS` on a pseudo-terminal (util-linux `script`), `cols` wide if given, and
/// returns what the terminal showed: stdout and stderr together, without the pty's CRs.
fn on_terminal_sized(env: &Env, cols: Option<u16>, args: &str, vars: &[(&str, &str)]) -> String {
    let bin = assert_cmd::cargo::cargo_bin("atomctl");
    let size = cols
        .map(|c| format!("stty cols {c} rows 50; "))
        .unwrap_or_default();
    let base = env.std_cmd();
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c"])
        .arg(format!("{size}{} {args}", bin.display()))
        .arg("/dev/null")
        .env_clear()
        .envs(base.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("TERM", "xterm")
        .envs(vars.iter().copied())
        .current_dir(env.dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("script (util-linux)");
    String::from_utf8_lossy(&out.stdout).replace('\r', "")
}

fn on_terminal(env: &Env, args: &str, vars: &[(&str, &str)]) -> String {
    on_terminal_sized(env, None, args, vars)
}

#[test]
fn one_colour_decision_for_atomctl_clap_and_logs() {
    let env = Env::new();
    let red = "\x1b[31m";
    // On a terminal: atomctl's error is red, and clap's usage error is styled too.
    let shown = on_terminal(&env, "cache sql 'SELEC 1'", &[]);
    assert!(shown.contains(&format!("{red}error")), "{shown:?}");
    let shown = on_terminal(&env, "cache frobnicate", &[]);
    assert!(shown.contains('\x1b'), "{shown:?}");
    // NO_COLOR and --color never turn all of it off, on the same terminal.
    for (args, vars) in [
        ("cache sql 'SELEC 1'", &[("NO_COLOR", "1")][..]),
        ("cache frobnicate", &[("NO_COLOR", "1")][..]),
        ("--color never cache sql 'SELEC 1'", &[][..]),
        ("--color never cache frobnicate", &[][..]),
    ] {
        let shown = on_terminal(&env, args, vars);
        assert!(shown.contains("error"), "{shown:?}");
        assert!(!shown.contains('\x1b'), "{args} {vars:?}: {shown:?}");
    }
    // Written to a file: no colour in atomctl's lines, clap's or the log lines.
    let out = env
        .cmd()
        .env("ATOMCTL_LOG", "atomctl=debug")
        .args(["cache", "sql", "SELEC 1"])
        .output()
        .unwrap();
    assert_ne!(code(&out), 0);
    let err = stderr(&out);
    assert!(err.contains("DEBUG") || err.contains("error"), "{err}");
    assert!(!err.contains('\x1b'), "{err:?}");
    // --color always colours even a file, clap's errors included.
    let out = env.run(&["--color", "always", "cache", "frobnicate"]);
    expect_code(&out, 2);
    assert!(stderr(&out).contains('\x1b'), "{:?}", stderr(&out));
}

/// Every atomctl line of examples/crontab parses as cron's shell would hand it over (with
/// `%` unescaped and `$(date …)` run), so a copied line does not fail on a flag.
#[test]
fn every_crontab_line_parses() {
    let text =
        std::fs::read_to_string(crate::support::repo_root().join("examples/crontab")).unwrap();
    let mut checked = 0;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.contains('=') && !line.contains(' ') {
            continue;
        }
        let fields: Vec<&str> = line
            .splitn(6, char::is_whitespace)
            .filter(|f| !f.is_empty())
            .collect();
        let command = line[line
            .find(fields[5].split_whitespace().next().unwrap())
            .unwrap()..]
            .replace("\\%", "%");
        if !command.starts_with("atomctl ") {
            continue;
        }
        // Each command of a pipeline.
        for command in command.split(" | ") {
            // Let sh do the word splitting and substitutions, and hand the words back
            // NUL-separated.
            let out = std::process::Command::new("sh")
                .args(["-c", &format!("set -- {command}; printf '%s\\0' \"$@\"")])
                .output()
                .unwrap();
            assert!(out.status.success(), "{command}");
            let words: Vec<String> = String::from_utf8(out.stdout)
                .unwrap()
                .split('\0')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect();
            assert_eq!(
                words.first().map(String::as_str),
                Some("atomctl"),
                "{command}"
            );
            if let Err(e) = atomctl::cli::Cli::parse_from(&words, false) {
                panic!("{command}\n{e}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} atomctl lines found");
}

#[test]
fn a_named_config_file_or_profile_that_does_not_exist_is_a_config_error() {
    let env = Env::new();
    let nope = env.path("nope.toml");
    // --config naming a missing file: exit 7, and the message says so.
    let out = env.run(&["--config", nope.to_str().unwrap(), "config", "list"]);
    expect_code(&out, 7);
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--config names it"),
        "{}",
        stderr(&out)
    );
    // So does ATOMCTL_CONFIG.
    let out = env
        .cmd()
        .env("ATOMCTL_CONFIG", &nope)
        .args(["config", "list"])
        .output()
        .unwrap();
    expect_code(&out, 7);
    assert!(
        stderr(&out).contains("ATOMCTL_CONFIG names it"),
        "{}",
        stderr(&out)
    );
    // A profile asked for with no config file at all: the file is what is missing.
    let out = env.run(&["--profile", "lab", "ldap", "search", "(uid=x)"]);
    expect_code(&out, 7);
    assert!(
        stderr(&out).contains("does not exist (profile `lab` was asked for)"),
        "{}",
        stderr(&out)
    );
    // No config file and nothing named: a fresh machine, not an error.
    let out = env.run(&["config", "list", "--format", "json"]);
    expect_code(&out, 0);
}

#[test]
fn a_missing_required_setting_is_a_config_error_everywhere() {
    let env = Env::new();
    // LDAP, SAML and Salesforce alike: exit 7, with a hint naming the flag and the profile key.
    for args in [
        &["ldap", "search", "(uid=x)"][..],
        &["sso", "saml", "metadata"][..],
        &[
            "sf",
            "login",
            "--flow",
            "client-credentials",
            "--login-url",
            "https://127.0.0.1:9",
        ][..],
    ] {
        let out = env.run(args);
        expect_code(&out, 7);
        assert!(stderr(&out).contains("hint:"), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn a_profile_named_default_is_used_when_none_is_named() {
    let env = Env::new();
    std::fs::write(
        env.config(),
        "[profiles.default.ldap]\nbase_dn = \"dc=default,dc=example\"\n\n[profiles.other.ldap]\nbase_dn = \"dc=other,dc=example\"\n",
    )
    .unwrap();
    let out = env.run(&["config", "get", "ldap.base_dn"]);
    expect_code(&out, 0);
    assert_eq!(stdout(&out).trim(), "dc=default,dc=example");
    let out = env.run(&["--profile", "other", "config", "get", "ldap.base_dn"]);
    assert_eq!(stdout(&out).trim(), "dc=other,dc=example");
    // default_profile still wins over the name.
    let text = std::fs::read_to_string(env.config()).unwrap();
    std::fs::write(env.config(), format!("default_profile = \"other\"\n{text}")).unwrap();
    let out = env.run(&["config", "get", "ldap.base_dn"]);
    assert_eq!(stdout(&out).trim(), "dc=other,dc=example");
}

#[test]
fn one_duration_syntax_months_are_mo_and_m_is_refused_where_it_would_mislead() {
    let env = Env::new();
    make_cache(&env);
    // `6m` in a window would be minutes: refused, with the spelling meant.
    let out = env.run(&["analytics", "report", "usage", "--since", "6m"]);
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("for months write 6mo"),
        "{}",
        stderr(&out)
    );
    // `6mo` and `6 months` are calendar months: the first day reported is the day after the
    // same date six months ago (today included, as `30d` counts).
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let expected = today
        .checked_sub(jiff::Span::new().months(6))
        .unwrap()
        .checked_add(jiff::Span::new().days(1))
        .unwrap()
        .to_string();
    for since in ["6mo", "6 months"] {
        let out = env.run(&[
            "analytics",
            "report",
            "usage",
            "--since",
            since,
            "--by",
            "day",
            "--format",
            "csv",
        ]);
        expect_code(&out, 0);
        let first = stdout(&out)
            .lines()
            .nth(1)
            .unwrap()
            .split(',')
            .next()
            .unwrap()
            .to_owned();
        assert_eq!(first, expected, "--since {since}");
    }
    // Waits and timeouts take the same syntax; `m` is minutes there, months have no length.
    for (args, ok) in [
        (
            &["sf", "export", "SELECT Id FROM Account", "--wait", "1h30m"][..],
            true,
        ),
        (
            &["sf", "export", "SELECT Id FROM Account", "--wait", "6mo"][..],
            false,
        ),
        (&["ldap", "search", "(uid=x)", "--timeout", "2m"][..], true),
        (
            &["ldap", "search", "(uid=x)", "--timeout", "soon"][..],
            false,
        ),
    ] {
        let words: Vec<&str> = std::iter::once("atomctl")
            .chain(args.iter().copied())
            .collect();
        let parsed = atomctl::cli::Cli::parse_from(&words, false);
        assert_eq!(parsed.is_ok(), ok, "{args:?}");
    }
}

/// A server that answers every connection with bytes that are not LDAP (as a web server on
/// the wrong port would), on a free loopback port.
fn garbage_server() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            let mut conn = conn;
            let _ = std::io::Read::read(&mut conn, &mut [0u8; 1024]);
            let _ = std::io::Write::write_all(
                &mut conn,
                b"HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
            );
        }
    });
    port
}

#[test]
fn errors_that_say_what_is_wrong_and_what_to_do() {
    let env = Env::new();
    // Not an LDAP server: said so (exit 7), with the ports to use, and no raw log line.
    let port = garbage_server();
    let url = format!("ldap://127.0.0.1:{port}");
    let out = env.run(&["ldap", "search", "(uid=x)", "--url", &url, "--base", "dc=x"]);
    expect_code(&out, 7);
    let err = stderr(&out);
    assert!(err.contains("does not answer in LDAP"), "{err}");
    assert!(err.contains("389") && err.contains("636"), "{err}");
    assert!(!err.contains("WARN"), "{err}");

    // ldaps:// at a plain LDAP port: the hint names ldap:// and --starttls.
    let s = crate::support::Slapd::start();
    let plain = s.url().replacen("ldap://", "ldaps://", 1);
    let out = env.run(&[
        "ldap", "search", "(uid=x)", "--url", &plain, "--base", "dc=x",
    ]);
    assert_ne!(code(&out), 0);
    let err = stderr(&out);
    assert!(
        err.contains("did not answer in TLS") && err.contains("--starttls"),
        "{err}"
    );

    // A variable that is not set, with one of a close name that is: the name, never the value.
    let out = env
        .cmd()
        .env("SF_SECRET", "value-not-shown")
        .args([
            "sf",
            "query",
            "SELECT Id FROM Account",
            "--access-token-env",
            "SF_SECRT",
        ])
        .args(["--instance-url", "https://127.0.0.1:9"])
        .output()
        .unwrap();
    expect_code(&out, 7);
    let err = stderr(&out);
    assert!(err.contains("SF_SECRET is set: did you mean it?"), "{err}");
    assert!(!err.contains("value-not-shown"));

    // An OpenID provider that cannot be reached: the cause is in the message.
    let port = crate::support::free_port();
    let out = env.run(&[
        "sso",
        "oidc",
        "token",
        "--flow",
        "client-credentials",
        "--issuer",
        &format!("https://127.0.0.1:{port}"),
        "--client-id",
        "x",
    ]);
    expect_code(&out, 6);
    assert!(
        stderr(&out).contains("Connection refused"),
        "{}",
        stderr(&out)
    );
}

/// `atomctl ARGS` on a terminal `cols` wide, as lines.
fn on_terminal_of_width(env: &Env, cols: u16, args: &str) -> Vec<String> {
    on_terminal_sized(env, Some(cols), args, &[])
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn tables_fit_the_terminal_and_wide_reports_show_the_columns_read_first() {
    let env = Env::new();
    let events = env.path("events.ndjson");
    let mut text = String::new();
    for d in 1..=9 {
        for u in 0..5 {
            text.push_str(&format!(
                "{{\"ts\":\"2026-11-0{d}T10:00:00Z\",\"user\":\"user{u}@example.com\",\"type\":\"message_sent\",\"response_ms\":{}}}\n",
                100 * u + d
            ));
        }
    }
    std::fs::write(&events, text).unwrap();
    expect_code(
        &env.run(&["analytics", "ingest", events.to_str().unwrap()]),
        0,
    );
    let report = "analytics report usage --since 2026-11-01 --until 2026-11-09";
    let width = |lines: &[String]| lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);

    // Wide terminal: the headline columns, side by side, and a note on the rest.
    let wide = on_terminal_of_width(&env, 200, report);
    let header = wide
        .iter()
        .find(|l| l.contains("period"))
        .expect("a header");
    for c in [
        "period",
        "active_users",
        "messages",
        "response_p95_ms",
        "anomaly",
    ] {
        assert!(header.contains(c), "{c} missing from {header}");
    }
    assert!(!header.contains(" dau "), "{header}");
    assert!(
        wide.iter().any(|l| l.contains("8 of 20 columns")),
        "{wide:#?}"
    );
    assert!(width(&wide) <= 200);

    // Narrow terminals: everything within the width, nothing squeezed to a letter.
    for cols in [60u16, 40] {
        let narrow = on_terminal_of_width(&env, cols, report);
        assert!(width(&narrow) <= usize::from(cols), "{cols}: {narrow:#?}");
        // Every value is still there: the record view has one line per column and row.
        assert_eq!(
            narrow
                .iter()
                .filter(|l| l.starts_with("│ active_users"))
                .count(),
            9,
            "{narrow:#?}"
        );
        let all = on_terminal_of_width(&env, cols, &format!("{report} --all-columns"));
        assert!(width(&all) <= usize::from(cols), "{cols}: {all:#?}");
        assert_eq!(
            all.iter()
                .filter(|l| l.starts_with("│ response_p50_ms"))
                .count(),
            9
        );
    }
    // --columns picks and orders, in every format.
    let out = env.run(&[
        "analytics",
        "report",
        "usage",
        "--since",
        "2026-11-01",
        "--until",
        "2026-11-09",
        "--columns",
        "messages,period",
        "--format",
        "csv",
    ]);
    expect_code(&out, 0);
    assert_eq!(stdout(&out).lines().next().unwrap(), "messages,period");
    let out = env.run(&["analytics", "report", "usage", "--columns", "nope"]);
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("no column `nope`"),
        "{}",
        stderr(&out)
    );
    // CSV has every column without asking.
    let out = env.run(&[
        "analytics",
        "report",
        "usage",
        "--since",
        "2026-11-01",
        "--format",
        "csv",
    ]);
    assert_eq!(stdout(&out).lines().next().unwrap().split(',').count(), 20);
}
