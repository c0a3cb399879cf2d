//! Completion scripts and man pages, generated from the clap definitions. The committed
//! copies in completions/ and man/ are checked against these by the tests.

use clap_complete::Shell;

use crate::cli::Cli;

mod man;
mod pages;

pub const SHELLS: &[(Shell, &str)] = &[
    (Shell::Bash, "atomctl.bash"),
    (Shell::Zsh, "_atomctl"),
    (Shell::Fish, "atomctl.fish"),
    (Shell::PowerShell, "_atomctl.ps1"),
    (Shell::Elvish, "atomctl.elv"),
];

pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::grammar();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "atomctl", &mut out);
    out
}

/// One man page per command and subcommand: (file name, roff text). Each has clap's NAME,
/// SYNOPSIS, DESCRIPTION and OPTIONS, then EXIT STATUS, ENVIRONMENT, EXAMPLES and SEE ALSO
/// from `pages`, in plain ASCII roff so that `groff -Tascii` renders it without warnings.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    // The release only: a commit hash in the pages would make every commit stale them.
    let mut cmd = Cli::grammar().version(env!("CARGO_PKG_VERSION"));
    cmd.build();
    let mut pages = Vec::new();
    collect(&cmd, &mut Vec::new(), None, &mut pages);
    pages
}

fn collect(
    cmd: &clap::Command,
    path: &mut Vec<String>,
    parent: Option<&str>,
    pages: &mut Vec<(String, Vec<u8>)>,
) {
    let name = page_name(path);
    let children: Vec<&clap::Command> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .collect();
    let mut see_also: Vec<String> = parent.map(str::to_owned).into_iter().collect();
    for c in &children {
        path.push(c.get_name().to_owned());
        see_also.push(page_name(path));
        path.pop();
    }
    let keys: Vec<&str> = path.iter().map(String::as_str).collect();
    let text = man::page(cmd.clone().name(&name), &keys, &see_also);
    pages.push((format!("{name}.1"), text));
    for c in children {
        path.push(c.get_name().to_owned());
        collect(c, path, Some(&name), pages);
        path.pop();
    }
}

fn page_name(path: &[String]) -> String {
    std::iter::once("atomctl")
        .chain(path.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runnable(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        let subs: Vec<_> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.push(path.clone());
        }
        for s in subs {
            path.push(s.get_name().to_owned());
            runnable(s, path, out);
            path.pop();
        }
    }

    /// A new command must say what it can write and show how it is run.
    #[test]
    fn every_runnable_command_has_formats_and_examples() {
        let mut leaves = Vec::new();
        runnable(&Cli::grammar(), &mut Vec::new(), &mut leaves);
        assert!(leaves.len() > 35);
        for path in leaves {
            let keys: Vec<&str> = path.iter().map(String::as_str).collect();
            assert!(
                crate::cli::formats::accepted(&keys).is_some(),
                "no --format entry for {keys:?} in cli::formats"
            );
            assert!(
                !pages::examples(&keys).is_empty(),
                "no example for {keys:?} in docs::pages"
            );
        }
    }
}
