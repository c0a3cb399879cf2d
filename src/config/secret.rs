//! Secrets and where they come from. A `Secret` never prints its value.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::AppError;

/// A password or token. Debug and Display show `[redacted]`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value, for the one call that sends it to a server.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Where a secret is read from. Never argv, never the config file itself.
/// Where a secret comes from; never the secret. Stored logins keep it (`{"env": "SF_SECRET"}`)
/// so that a later run can renew without the flags that made the login.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretSource {
    Env(String),
    File(PathBuf),
    /// A shell command whose stdout (trailing newline removed) is the secret.
    Command(String),
}

impl SecretSource {
    /// From the `*_env` / `*_file` / `*_command` fields of one secret; at most one may be set.
    pub fn from_fields(
        what: &str,
        env: Option<&str>,
        file: Option<&Path>,
        command: Option<&str>,
    ) -> Result<Option<Self>, AppError> {
        let set = [env.is_some(), file.is_some(), command.is_some()]
            .iter()
            .filter(|b| **b)
            .count();
        if set > 1 {
            return Err(AppError::config(format!(
                "{what}: set only one of {what}_env, {what}_file and {what}_command"
            )));
        }
        Ok(env
            .map(|v| SecretSource::Env(v.to_owned()))
            .or_else(|| file.map(|p| SecretSource::File(p.to_owned())))
            .or_else(|| command.map(|c| SecretSource::Command(c.to_owned()))))
    }

    /// Read the secret. `warn` receives a warning when a secret file is readable by others.
    pub fn read(&self, warn: &mut dyn FnMut(String)) -> Result<Secret, AppError> {
        match self {
            SecretSource::Env(var) => match std::env::var(var) {
                Ok(v) if !v.is_empty() => Ok(Secret(v)),
                _ => Err(
                    AppError::config(format!("environment variable {var} is not set"))
                        .with_hint(super::unset_variable_hint(var)),
                ),
            },
            SecretSource::File(path) => {
                check_file_mode(path, warn);
                let text = std::fs::read_to_string(path).map_err(|e| {
                    AppError::config(format!("cannot read secret file {}: {e}", path.display()))
                })?;
                Ok(Secret(text.trim_end_matches(['\r', '\n']).to_owned()))
            }
            SecretSource::Command(cmd) => {
                let out = std::process::Command::new("sh")
                    .arg("-c")
                    .arg(cmd)
                    .stdin(std::process::Stdio::null())
                    .stderr(std::process::Stdio::inherit())
                    .output()
                    .map_err(|e| AppError::config(format!("cannot run secret command: {e}")))?;
                if !out.status.success() {
                    return Err(AppError::config(format!(
                        "secret command `{cmd}` failed ({})",
                        out.status
                    )));
                }
                let text = String::from_utf8(out.stdout).map_err(|_| {
                    AppError::config(format!("secret command `{cmd}` printed non-UTF-8"))
                })?;
                Ok(Secret(text.trim_end_matches(['\r', '\n']).to_owned()))
            }
        }
    }
}

#[cfg(unix)]
fn check_file_mode(path: &Path, warn: &mut dyn FnMut(String)) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        warn(format!(
            "secret file {} is readable by group or others; run `chmod 600 {}`",
            path.display(),
            path.display()
        ));
    }
}

#[cfg(not(unix))]
fn check_file_mode(_: &Path, _: &mut dyn FnMut(String)) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_never_formats_its_value() {
        let s = Secret::new("hunter2");
        assert!(!format!("{s} {s:?}").contains("hunter2"));
    }

    #[test]
    fn only_one_source_allowed() {
        let e = SecretSource::from_fields("password", Some("A"), Some(Path::new("/x")), None);
        assert!(e.is_err());
    }

    #[test]
    fn command_source_trims_newline() {
        let s = SecretSource::Command("printf 'pw\\n'".into())
            .read(&mut |_| {})
            .unwrap();
        assert_eq!(s.expose(), "pw");
    }
}
