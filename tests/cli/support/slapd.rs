//! Private OpenLDAP servers. One template directory (config, TLS, generated data loaded with
//! slapadd) is built per data version and kept under target/; each test copies it and starts
//! its own slapd on free loopback ports, so tests that change data never disturb each other.

use std::fs::File;
use std::path::PathBuf;
use std::process::Command;

use super::{free_port, repo_root, script};

pub const SUFFIX: &str = "dc=example,dc=test";
pub const ADMIN_DN: &str = "cn=admin,dc=example,dc=test";
pub const ADMIN_PW: &str = "admin-secret";
pub const SYNCER_DN: &str = "cn=syncer,ou=services,dc=example,dc=test";
pub const SYNCER_PW: &str = "syncer-secret";
pub const READER_DN: &str = "cn=reader,ou=services,dc=example,dc=test";
pub const READER_PW: &str = "reader-secret";

/// Users and groups in the test directory: enough for a 2,100-member group and for the
/// reader's 500-entry limit to bite.
const USERS: &str = "2200";
const GROUPS: &str = "40";

pub struct Slapd {
    pub dir: tempfile::TempDir,
    pub port: u16,
    pub tls_port: u16,
}

impl Slapd {
    /// A fresh server with the standard test data.
    pub fn start() -> Slapd {
        Self::start_with(|conf| conf)
    }

    /// The same data with an edited slapd.conf (e.g. without the syncprov overlay).
    pub fn start_with(edit: impl FnOnce(String) -> String) -> Slapd {
        let template = template();
        let dir = tempfile::tempdir().expect("tempdir");
        let sandbox = script("slapd-sandbox.sh");
        run(Command::new(&sandbox)
            .arg("clone")
            .arg(&template)
            .arg(dir.path()));
        let conf = dir.path().join("slapd.conf");
        let text = std::fs::read_to_string(&conf).expect("slapd.conf");
        std::fs::write(&conf, edit(text)).expect("write slapd.conf");
        // A port can be taken between our probe and slapd's bind: retry a few times.
        for _ in 0..5 {
            let (port, tls_port) = (free_port(), free_port());
            let ok = Command::new(&sandbox)
                .arg("start")
                .arg(dir.path())
                .arg(port.to_string())
                .arg(tls_port.to_string())
                .status()
                .expect("slapd-sandbox start")
                .success();
            if ok {
                return Slapd {
                    dir,
                    port,
                    tls_port,
                };
            }
        }
        panic!("slapd did not start");
    }

    pub fn url(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }

    pub fn ldaps_url(&self) -> String {
        format!("ldaps://127.0.0.1:{}", self.tls_port)
    }

    pub fn ca_file(&self) -> PathBuf {
        self.dir.path().join("tls/ca.pem")
    }

    /// Apply LDIF changes as the rootdn with ldapmodify.
    pub fn modify(&self, ldif: &str) {
        let path = self.dir.path().join("change.ldif");
        std::fs::write(&path, ldif).expect("write ldif");
        run(Command::new("ldapmodify")
            .args([
                "-x",
                "-H",
                &self.url(),
                "-D",
                ADMIN_DN,
                "-w",
                ADMIN_PW,
                "-c",
                "-f",
            ])
            .arg(&path)
            .stdout(std::process::Stdio::null()));
    }

    /// What ldapsearch returns (as the sync account), as LDIF text: the reference to compare with.
    pub fn ldapsearch(&self, filter: &str, attrs: &[&str]) -> String {
        let out = Command::new("ldapsearch")
            .args([
                "-x",
                "-LLL",
                "-o",
                "ldif-wrap=no",
                "-H",
                &self.url(),
                "-D",
                SYNCER_DN,
                "-w",
                SYNCER_PW,
                "-b",
                SUFFIX,
            ])
            .args(["-E", "pr=1000/noprompt", filter])
            .args(attrs)
            .output()
            .expect("ldapsearch");
        assert!(
            out.status.success(),
            "ldapsearch failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// `atomctl ldap sync` of the whole directory into `env`'s cache, as the sync account;
    /// it must succeed.
    pub fn sync_into(&self, env: &crate::support::Env) {
        let out = env
            .cmd()
            .env("SP", "syncer-secret")
            .args(["ldap", "sync", "--quiet"])
            .args(self.syncer_args())
            .output()
            .unwrap();
        crate::support::expect_code(&out, 0);
    }

    /// Connection flags for the sync account (password from the SP environment variable).
    pub fn syncer_args(&self) -> Vec<String> {
        [
            "--url",
            &self.url(),
            "--bind-dn",
            SYNCER_DN,
            "--password-env",
            "SP",
            "--base",
            SUFFIX,
        ]
        .map(String::from)
        .to_vec()
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        let _ = Command::new(script("slapd-sandbox.sh"))
            .arg("stop")
            .arg(self.dir.path())
            .status();
    }
}

fn run(cmd: &mut Command) {
    let out = cmd.output().expect("spawn");
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The template, built once per version of the generator and sandbox scripts. A file lock
/// makes parallel test processes wait for the one that builds it.
static TEMPLATE_LDIF: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// The LDIF the test servers were loaded from (for values a test computes on its own).
pub fn template_ldif() -> PathBuf {
    template();
    TEMPLATE_LDIF.get().expect("set by template()").clone()
}

fn template() -> PathBuf {
    let gen_src = std::fs::read(script("gen-directory.py")).expect("generator");
    let sandbox_src = std::fs::read(script("slapd-sandbox.sh")).expect("sandbox");
    let key = fnv(&[
        gen_src.as_slice(),
        sandbox_src.as_slice(),
        USERS.as_bytes(),
        GROUPS.as_bytes(),
    ]);
    let root = repo_root().join("target").join("test-slapd");
    std::fs::create_dir_all(&root).expect("mkdir");
    let dir = root.join(format!("{key:016x}"));
    TEMPLATE_LDIF.get_or_init(|| root.join(format!("{key:016x}.ldif")));
    let lock = File::create(root.join("build.lock")).expect("lock file");
    lock.lock().expect("lock");
    if !dir.join("ready").exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let ldif = root.join(format!("{key:016x}.ldif"));
        let out = Command::new("python3")
            .arg(script("gen-directory.py"))
            .args(["--users", USERS, "--groups", GROUPS])
            .output()
            .expect("python3");
        assert!(out.status.success(), "generator failed");
        std::fs::write(&ldif, out.stdout).expect("write ldif");
        run(Command::new(script("slapd-sandbox.sh"))
            .arg("init")
            .arg(&dir)
            .arg(&ldif));
        std::fs::write(dir.join("ready"), b"").expect("ready");
    }
    dir
}

fn fnv(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.iter() {
            h ^= *b as u64;
            h = h.wrapping_mul(0x100_0000_01b3);
        }
    }
    h
}
