//! What `atomctl --version` says: the release, and the commit and its date as cargo shows them
//! (`atomctl 0.1.0 (0c1a2b3d4 2026-12-02)`); with `--verbose`, the libraries that decide what
//! the binary can talk to, for bug reports.

/// `0.1.0 (hash date)`, or the bare release outside a git checkout.
pub fn short() -> String {
    match (
        option_env!("ATOMCTL_COMMIT_HASH"),
        option_env!("ATOMCTL_COMMIT_DATE"),
    ) {
        (Some(hash), Some(date)) => format!("{} ({hash} {date})", env!("CARGO_PKG_VERSION")),
        _ => env!("CARGO_PKG_VERSION").to_owned(),
    }
}

/// The `--version --verbose` report, one `key: value` per line after the short line.
pub fn verbose() -> String {
    let mut lines = vec![format!("atomctl {}", short())];
    let mut add = |k: &str, v: &str| lines.push(format!("{k}: {v}"));
    add("release", env!("CARGO_PKG_VERSION"));
    add(
        "commit-hash",
        option_env!("ATOMCTL_COMMIT_HASH").unwrap_or("unknown"),
    );
    add(
        "commit-date",
        option_env!("ATOMCTL_COMMIT_DATE").unwrap_or("unknown"),
    );
    add(
        "build-date",
        option_env!("ATOMCTL_BUILD_DATE").unwrap_or("unknown"),
    );
    add("host", env!("ATOMCTL_TARGET"));
    add("sqlite", &format!("{} (bundled)", rusqlite::version()));
    add("tls", "rustls 0.23 with aws-lc-rs (HTTPS, LDAPS, StartTLS)");
    add("openssl", openssl::version::version());
    add("xml-signatures", "xmlsec1 via samael 0.0.22 (SAML)");
    lines.join("\n") + "\n"
}

/// Whether a command line asks for the verbose version: `-v`/`--verbose` anywhere before
/// `--`, alone or in a cluster such as `-Vv`.
pub fn wants_verbose<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> bool {
    args.iter()
        .skip(1)
        .map(|a| a.as_ref().to_str().unwrap_or(""))
        .take_while(|a| *a != "--")
        .any(|a| {
            a == "--verbose" || (a.starts_with('-') && !a.starts_with("--") && a[1..].contains('v'))
        })
}
