//! Completion scripts and man pages, generated from the clap definitions. The committed
//! copies in completions/ and man/ are checked against these by the tests.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

pub const SHELLS: &[(Shell, &str)] = &[
    (Shell::Bash, "atomctl.bash"),
    (Shell::Zsh, "_atomctl"),
    (Shell::Fish, "atomctl.fish"),
    (Shell::PowerShell, "_atomctl.ps1"),
    (Shell::Elvish, "atomctl.elv"),
];

pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "atomctl", &mut out);
    out
}

/// One man page per command and subcommand: (file name, roff text).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut pages = Vec::new();
    collect(&cmd, "atomctl", &mut pages);
    pages
}

fn collect(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    let page_cmd = cmd.clone().name(name.to_owned());
    let mut out = Vec::new();
    clap_mangen::Man::new(page_cmd)
        .render(&mut out)
        .expect("render to a Vec");
    pages.push((format!("{name}.1"), out));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        collect(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}
