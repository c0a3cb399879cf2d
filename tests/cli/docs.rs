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
    use clap::CommandFactory;
    atomctl::cli::Cli::command().debug_assert();
}
