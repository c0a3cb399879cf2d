//! Version details for `atomctl --version`: the commit and its date, as cargo shows them, and
//! when the binary was built. Outside a git checkout (a source tarball) they are left out.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_owned())
}

fn main() {
    // A new commit moves HEAD or the branch it names; the index changes on every `git add`
    // and is left out so that staging files does not rebuild the crate.
    for path in [".git/HEAD", ".git/refs/heads", ".git/packed-refs"] {
        println!("cargo:rerun-if-changed={path}");
    }
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    if let Some(hash) = git(&["rev-parse", "--short=9", "HEAD"]) {
        println!("cargo:rustc-env=ATOMCTL_COMMIT_HASH={hash}");
    }
    if let Some(date) = git(&["log", "-1", "--format=%cs"]) {
        println!("cargo:rustc-env=ATOMCTL_COMMIT_DATE={date}");
    }
    // Reproducible builds set SOURCE_DATE_EPOCH; `date` reads it as well as the clock.
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let date = match &epoch {
        Some(e) => git_free_date(&["-u", "-d", &format!("@{e}"), "+%Y-%m-%d"]),
        None => git_free_date(&["-u", "+%Y-%m-%d"]),
    };
    if let Some(date) = date {
        println!("cargo:rustc-env=ATOMCTL_BUILD_DATE={date}");
    }
    println!(
        "cargo:rustc-env=ATOMCTL_TARGET={}",
        std::env::var("TARGET").unwrap_or_default()
    );
}

fn git_free_date(args: &[&str]) -> Option<String> {
    let out = Command::new("date").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    out.status.success().then(|| text.trim().to_owned())
}
