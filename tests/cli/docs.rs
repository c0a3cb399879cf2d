//! The committed completions and man pages must match what the clap definitions generate.
//! To refresh them: `ATOMCTL_UPDATE_DOCS=1 cargo test --test cli docs`.

use crate::support::repo_root;

#[test]
fn completions_and_man_pages_are_current() {
    let update = std::env::var_os("ATOMCTL_UPDATE_DOCS").is_some();
    let mut expected: Vec<(std::path::PathBuf, Vec<u8>)> = Vec::new();
    for (shell, file) in atomctl::docs::SHELLS {
        expected.push((
            repo_root().join("completions").join(file),
            atomctl::docs::completion(*shell),
        ));
    }
    for (name, text) in atomctl::docs::man_pages() {
        expected.push((repo_root().join("man").join(name), text));
    }
    assert!(
        expected
            .iter()
            .any(|(p, _)| p.ends_with("atomctl-ldap-sync.1"))
    );
    let mut stale = Vec::new();
    for (path, text) in &expected {
        if std::fs::read(path).ok().as_deref() != Some(text.as_slice()) {
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, text).unwrap();
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files (run with ATOMCTL_UPDATE_DOCS=1): {stale:?}"
    );
}

#[test]
fn parser_is_consistent() {
    atomctl::cli::Cli::grammar().debug_assert();
}

/// Every man page renders with `groff -Tascii` without a warning (non-ASCII text, bad macros).
#[test]
fn man_pages_render_without_warnings() {
    let pages = atomctl::docs::man_pages();
    assert!(pages.len() > 40, "a page per command");
    let mut warned = Vec::new();
    for (name, text) in &pages {
        let mut child = std::process::Command::new("groff")
            .args(["-Tascii", "-man", "-ww"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("groff (Debian groff-base; scripts/install-deps.sh installs it)");
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), text).unwrap();
        let out = child.wait_with_output().unwrap();
        // grotty marks bold by overstriking ("N\x08N"): keep the last character of each.
        let mut rendered = String::new();
        for c in String::from_utf8_lossy(&out.stdout).chars() {
            if c == '\x08' {
                rendered.pop();
            } else {
                rendered.push(c);
            }
        }
        assert!(out.status.success(), "{name}: groff failed");
        if !out.stderr.is_empty() {
            warned.push(format!("{name}: {}", String::from_utf8_lossy(&out.stderr)));
        }
        // The sections a reader looks for, and a NAME that does not repeat the name.
        for section in ["NAME", "SYNOPSIS", "EXIT STATUS", "ENVIRONMENT", "VERSION"] {
            assert!(
                rendered.contains(section),
                "{name} has no {section} section"
            );
        }
        let stem = name.trim_end_matches(".1");
        assert!(
            !rendered.contains(&format!("{stem} - atomctl")),
            "{name}: the NAME line repeats the name"
        );
        if stem != "atomctl" {
            assert!(rendered.contains("SEE ALSO"), "{name} has no SEE ALSO");
        }
    }
    assert!(warned.is_empty(), "groff warned: {warned:#?}");
    // A runnable command's page shows how to run it.
    let sync = pages
        .iter()
        .find(|(n, _)| n == "atomctl-ldap-sync.1")
        .map(|(_, t)| String::from_utf8_lossy(t).into_owned())
        .unwrap();
    assert!(sync.contains(".SH EXAMPLES") && sync.contains("ldap sync \\-\\-quiet"));
}
