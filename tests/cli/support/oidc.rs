//! The real OpenID Provider (`oidc-provider` from npm, tests/oidc/server.mjs) on a free
//! 127.0.0.1 port, one per test, stopped when dropped.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

pub struct OidcProvider {
    child: Child,
    pub issuer: String,
    /// Kept open: a closed pipe would kill the server at its next line of output.
    _stdout: BufReader<std::process::ChildStdout>,
}

impl OidcProvider {
    pub fn start(variant: &str) -> OidcProvider {
        let dir = super::repo_root().join("tests/oidc");
        assert!(
            dir.join("node_modules/oidc-provider").exists(),
            "oidc-provider is not installed: run `npm ci --prefix tests/oidc` (scripts/test.sh does)"
        );
        let mut child = Command::new("node")
            .arg(dir.join("server.mjs"))
            .args(["--port", "0", "--variant", variant])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start node");
        let out = child.stdout.take().expect("stdout");
        // A server that never says READY fails the test after a minute instead of hanging it.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(out);
            let mut line = String::new();
            let read = reader.read_line(&mut line);
            let _ = tx.send((read, line, reader));
        });
        let (read, line, reader) = match rx.recv_timeout(std::time::Duration::from_secs(60)) {
            Ok(got) => got,
            Err(_) => {
                let _ = child.kill();
                panic!("oidc-provider ({variant}) did not say READY within 60 s");
            }
        };
        read.expect("READY line");
        let issuer = line
            .trim()
            .strip_prefix("READY ")
            .expect("READY <issuer>")
            .to_owned();
        OidcProvider {
            child,
            issuer,
            _stdout: reader,
        }
    }

    fn post(&self, path: &str, body: &Value) -> Value {
        let out = Command::new("curl")
            .args([
                "-s",
                "-X",
                "POST",
                "-H",
                "content-type: application/json",
                "--data-binary",
            ])
            .arg(body.to_string())
            .arg(format!("{}{path}", self.issuer))
            .output()
            .expect("curl");
        serde_json::from_slice(&out.stdout).expect("JSON answer")
    }

    /// A token signed (or deliberately not) by the provider's own keys, shaped by the test.
    pub fn forge(&self, spec: Value) -> String {
        self.post("/__forge", &spec)["token"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    pub fn rotate(&self) {
        self.post("/__rotate", &json!({}));
    }

    /// Take a key out of the JWKS the provider serves.
    pub fn withdraw(&self, kid: &str) {
        self.post("/__withdraw", &json!({ "kid": kid }));
    }

    /// Serve the JWKS with this Cache-Control header.
    pub fn jwks_cache_control(&self, value: &str) {
        self.post("/__jwks_cache_control", &json!({ "value": value }));
    }

    pub fn jwks_fetches(&self) -> u64 {
        self.post("/__stats", &json!({}))["jwksFetches"]
            .as_u64()
            .unwrap()
    }
}

impl Drop for OidcProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
