//! The shared Samba AD DC (started by scripts/test.sh or .ci/run through
//! scripts/samba-sandbox.sh). Each test works in an OU of its own so tests never collide.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use base64::Engine;

pub struct Ad {
    pub url: String,
    pub ca: PathBuf,
    pub bind_dn: String,
    pub password: String,
    pub base: String,
    pub dir: PathBuf,
    /// This test's OU, created by `Ad::new` and removed on drop.
    pub ou: String,
}

fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: the AD tests need the Samba DC; run them through scripts/test.sh (it starts scripts/samba-sandbox.sh)")
    })
}

impl Ad {
    pub fn new(test: &str) -> Ad {
        let base = var("ATOMCTL_TEST_AD_BASE");
        let ou = format!("OU={test}-{},{base}", std::process::id());
        let ad = Ad {
            url: var("ATOMCTL_TEST_AD_URL"),
            ca: PathBuf::from(var("ATOMCTL_TEST_AD_CA")),
            bind_dn: var("ATOMCTL_TEST_AD_BIND_DN"),
            password: var("ATOMCTL_TEST_AD_PASSWORD"),
            base,
            dir: PathBuf::from(var("ATOMCTL_TEST_AD_DIR")),
            ou,
        };
        ad.delete_tree(&ad.ou);
        ad.apply(&format!(
            "dn: {}\nchangetype: add\nobjectClass: organizationalUnit\n",
            ad.ou
        ));
        ad
    }

    /// Connection flags for atomctl, password from the ADPW environment variable.
    pub fn args(&self) -> Vec<String> {
        [
            "--url",
            &self.url,
            "--ca-file",
            self.ca.to_str().unwrap(),
            "--bind-dn",
            &self.bind_dn,
            "--password-env",
            "ADPW",
            "--base",
            &self.ou,
        ]
        .map(String::from)
        .to_vec()
    }

    pub fn apply(&self, ldif: &str) {
        let mut child = Command::new("ldapmodify")
            .env("LDAPTLS_CACERT", &self.ca)
            .args([
                "-x",
                "-H",
                &self.url,
                "-D",
                &self.bind_dn,
                "-w",
                &self.password,
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("ldapmodify");
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(ldif.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "ldapmodify failed: {}\n{ldif}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// An enabled user (password set, so AD accepts userAccountControl 512 | extra).
    pub fn add_user(&self, name: &str, uac: u32) {
        let pw: Vec<u8> = "\"Us3r-Passw0rd!\""
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let pw = base64::engine::general_purpose::STANDARD.encode(pw);
        self.apply(&format!(
            "dn: CN={name},{ou}\nchangetype: add\nobjectClass: user\nsAMAccountName: {name}\nuserPrincipalName: {name}@example.test\nmail: {name}@example.test\nunicodePwd:: {pw}\nuserAccountControl: {uac}\n",
            ou = self.ou
        ));
    }

    pub fn add_group(&self, name: &str, members: &[String]) {
        let mut l = format!(
            "dn: CN={name},{}\nchangetype: add\nobjectClass: group\nsAMAccountName: {name}\n",
            self.ou
        );
        for m in members {
            l.push_str(&format!("member: {m}\n"));
        }
        self.apply(&l);
    }

    pub fn dn(&self, cn: &str) -> String {
        format!("CN={cn},{}", self.ou)
    }

    /// An independent decoder: ldbsearch on the DC's own database prints objectGUID and
    /// objectSid in their text forms.
    pub fn ldb_decoded(&self, sam: &str, attr: &str) -> String {
        let out = Command::new("ldbsearch")
            .arg("-H")
            .arg(self.dir.join("private/sam.ldb"))
            .args(["-b", &self.ou, &format!("(sAMAccountName={sam})"), attr])
            .output()
            .expect("ldbsearch");
        let text = String::from_utf8_lossy(&out.stdout);
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{attr}: ")))
            .unwrap_or_else(|| panic!("ldbsearch gave no {attr}: {text}"))
            .to_owned()
    }

    fn delete_tree(&self, dn: &str) {
        let _ = Command::new("ldapdelete")
            .env("LDAPTLS_CACERT", &self.ca)
            .args([
                "-x",
                "-r",
                "-H",
                &self.url,
                "-D",
                &self.bind_dn,
                "-w",
                &self.password,
                dn,
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

impl Drop for Ad {
    fn drop(&mut self) {
        self.delete_tree(&self.ou.clone());
    }
}
