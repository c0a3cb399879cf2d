//! Test support: a scrubbed environment for the real binary, private slapd instances on
//! free 127.0.0.1 ports, and parsers for the machine formats (LDIF, NDJSON, CSV).
#![allow(dead_code)]

pub mod ad;
pub mod graph_directory;
pub mod graph_fake;
pub mod ldif;
pub mod oidc;
pub mod saml;
pub mod sf_fake;
pub mod slapd;
pub mod snow_fake;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

pub use slapd::Slapd;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary HOME with its own config and cache, and a command builder that runs the real
/// binary with nothing from the developer's environment.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The config file at its default place under the temporary HOME (named by nothing, so
    /// a test without one runs as a fresh machine does); its directory exists.
    pub fn config(&self) -> PathBuf {
        let dir = self.dir.path().join(".config").join("atomctl");
        std::fs::create_dir_all(&dir).expect("config dir");
        dir.join("config.toml")
    }

    pub fn cache(&self) -> PathBuf {
        self.path("cache.db")
    }

    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same, as a std Command (for spawning and killing).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("atomctl"));
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("USER", "tester")
            .env("RUST_BACKTRACE", "0")
            .env("ATOMCTL_CACHE", self.cache())
            .current_dir(self.dir.path());
        c
    }

    /// Run with these args; returns the output whatever the exit code.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run atomctl")
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

/// Assert an exit code, showing stderr when it is wrong.
#[track_caller]
pub fn expect_code(o: &Output, want: i32) {
    assert_eq!(
        code(o),
        want,
        "exit code; stderr:\n{}\nstdout:\n{}",
        stderr(o),
        String::from_utf8_lossy(&o.stdout)
    );
}

pub fn ndjson(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_str(l).expect("NDJSON line"))
        .collect()
}

/// The names of the failed items of a checklist report (`{"checks": [{name, status}]}`).
pub fn failing(report: &serde_json::Value) -> Vec<String> {
    report["checks"]
        .as_array()
        .expect("a checks array")
        .iter()
        .filter(|c| c["status"] == "fail")
        .map(|c| c["name"].as_str().expect("a name").to_owned())
        .collect()
}

pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("JSON document")
}

pub fn csv_rows(o: &Output) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(o.stdout.as_slice());
    let header = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = r
        .records()
        .map(|rec| rec.expect("record").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

pub fn script(name: &str) -> PathBuf {
    repo_root().join("scripts").join(name)
}

/// Everything the cache says about the directory, in a stable order: what "the cache equals a
/// fresh full sync" compares (content hashes cover every stored column).
pub fn cache_snapshot(cache: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(cache).expect("open cache");
    let mut out = Vec::new();
    for q in [
        "SELECT id || '|' || kind || '|' || dn || '|' || ifnull(name,'') || '|' || ifnull(mail,'') || '|' || ifnull(enabled,'') || '|' || hash FROM ldap_entries ORDER BY id",
        "SELECT group_id || '>' || member_id FROM ldap_members ORDER BY 1",
        "SELECT group_id || '>' || member_dn FROM ldap_unresolved_members ORDER BY 1",
    ] {
        let mut st = c.prepare(q).expect("prepare");
        out.extend(
            st.query_map([], |r| r.get::<_, String>(0))
                .expect("query")
                .map(Result::unwrap),
        );
        out.push("--".into());
    }
    out
}

/// Serve an axum app on a free 127.0.0.1 port from a thread of its own (the fakes' common
/// start-up). `app` gets the address first, so a fake can put its own URL in its answers.
pub fn serve_on_loopback(
    app: impl FnOnce(std::net::SocketAddr) -> axum::Router,
) -> (std::net::SocketAddr, std::thread::JoinHandle<()>) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let app = app(addr);
    let thread = std::thread::spawn(move || {
        rt.block_on(async move { axum::serve(listener, app).await.unwrap() });
    });
    (addr, thread)
}
