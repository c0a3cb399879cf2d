//! Error classes and the documented exit codes. This is the one place that decides how a
//! failure is reported and which code the process exits with.

use std::fmt;

/// The exit codes of DESIGN.md. Keep them stable: scripts and cron jobs depend on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitKind {
    /// 1: the command failed.
    Failed = 1,
    /// 2: the command line was wrong.
    Usage = 2,
    /// 3: a check ran and found problems.
    CheckFailed = 3,
    /// 4: partial result: some records or pages failed, the rest was written.
    Partial = 4,
    /// 5: authentication or authorization failed.
    Auth = 5,
    /// 6: the remote system was unavailable after retries.
    Unavailable = 6,
    /// 7: configuration error.
    Config = 7,
    /// 8: nothing was done because another run holds the lock (`--no-wait`); for cron, where
    /// an overlapping run is expected and not a failure.
    Skipped = 8,
    /// 130: interrupted (Ctrl-C) before the work was done; the message says what was
    /// left running on the remote system and how to pick it up.
    Interrupted = 130,
}

impl ExitKind {
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// An error that knows its exit code and can carry a hint a person can act on.
#[derive(Debug)]
pub struct AppError {
    pub kind: ExitKind,
    pub message: String,
    pub hint: Option<String>,
}

impl AppError {
    pub fn new(kind: ExitKind, message: impl Into<String>) -> Self {
        AppError {
            kind,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ExitKind::Usage, message)
    }

    pub fn config(message: impl Into<String>) -> Self {
        Self::new(ExitKind::Config, message)
    }

    /// A setting the command needs is missing (exit 7), whether it was to come from a flag
    /// or the profile: a server, an entity ID, a client ID, a secret's source, or a secret
    /// source that yields nothing. The one rule: what a profile can hold is configuration;
    /// a usage error (exit 2) is only for what the command line alone gives (a statement, a
    /// filter, a flag that takes no such value).
    pub fn missing_setting(message: impl Into<String>) -> Self {
        Self::new(ExitKind::Config, message)
    }

    pub fn failed(message: impl Into<String>) -> Self {
        Self::new(ExitKind::Failed, message)
    }

    /// A domain error as an `AppError`, with its class and hint, where a function must return
    /// one (a settings step); elsewhere the error travels as it is and [`classify`] reads it.
    pub fn from_class<E: ExitClass + fmt::Display>(e: E) -> Self {
        let app = Self::new(e.exit_kind(), e.to_string());
        match e.hint() {
            Some(h) => app.with_hint(h),
            None => app,
        }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AppError {}

/// How a domain error reports itself: its exit code and, where there is one, a hint a person
/// can act on. Each domain implements it for its own error type; the command layer, which
/// knows every domain, tells [`classify`] how to find them in an error chain, so this module
/// imports none of them.
pub trait ExitClass {
    fn exit_kind(&self) -> ExitKind;
    fn hint(&self) -> Option<String> {
        None
    }
}

impl ExitClass for AppError {
    fn exit_kind(&self) -> ExitKind {
        self.kind
    }

    fn hint(&self) -> Option<String> {
        self.hint.clone()
    }
}

/// Finds the class of one cause in an error chain, if it has one.
pub type ClassFinder =
    for<'e> fn(&'e (dyn std::error::Error + 'static)) -> Option<&'e dyn ExitClass>;

/// What the process should do with a top-level error.
pub enum Verdict {
    /// Exit quietly with success (a reader closed the pipe: not an error for a CLI).
    Quiet,
    /// Print the report to stderr and exit with the kind's code.
    Report { kind: ExitKind, text: String },
}

/// Walk the error chain to find its class. The first cause with a class decides; I/O errors
/// from a closed pipe are not failures; everything else is a plain failure.
pub fn classify(err: &anyhow::Error, find: ClassFinder) -> Verdict {
    let broken_pipe = err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return Verdict::Quiet;
    }
    let (kind, hint) = err
        .chain()
        .find_map(find)
        .map(|c| (c.exit_kind(), c.hint()))
        .unwrap_or((ExitKind::Failed, None));
    let label = if kind == ExitKind::Skipped {
        "skipped"
    } else {
        "error"
    };
    let mut text = format!("{label}: {err}");
    for cause in err.chain().skip(1) {
        let line = cause.to_string();
        if !text.ends_with(&line) {
            text.push_str(&format!("\n  caused by: {line}"));
        }
    }
    if let Some(h) = hint {
        text.push_str(&format!("\n  hint: {h}"));
    }
    Verdict::Report { kind, text }
}
