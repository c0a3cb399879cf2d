//! stderr: messages for people, warnings and progress bars. stdout is data only, so nothing
//! here ever writes to it.
#![allow(clippy::print_stderr)]

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::inert;

#[derive(Debug, Clone)]
pub struct Ui {
    quiet: bool,
    verbose: u8,
    color: bool,
    progress: bool,
}

impl Ui {
    /// `color` is the run's colour decision (`settings::color`); progress bars only on a
    /// terminal and never with --quiet.
    pub fn new(quiet: bool, verbose: u8, color: bool, no_progress: bool) -> Ui {
        let tty = std::io::stderr().is_terminal();
        Ui {
            quiet,
            verbose,
            color,
            progress: tty && !quiet && !no_progress,
        }
    }

    pub fn is_quiet(&self) -> bool {
        self.quiet
    }

    /// A note for a person; suppressed by --quiet.
    /// Messages may quote server data: every one is made inert before it reaches stderr.
    pub fn info(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", inert(msg.as_ref()));
        }
    }

    /// A line the user needs to act on (a login URL): shown even with --quiet.
    pub fn force_info(&self, msg: impl AsRef<str>) {
        eprintln!("{}", inert(msg.as_ref()));
    }

    /// Detail shown with -v.
    pub fn detail(&self, msg: impl AsRef<str>) {
        if self.verbose > 0 {
            eprintln!("{}", inert(msg.as_ref()));
        }
    }

    /// Always shown, even with --quiet: something the user must know.
    pub fn warn(&self, msg: impl AsRef<str>) {
        let msg = inert(msg.as_ref());
        if self.color {
            eprintln!("\x1b[33mwarning:\x1b[0m {msg}");
        } else {
            eprintln!("warning: {msg}");
        }
    }

    /// A final error report (already formatted by `error::classify`).
    pub fn error_report(&self, text: &str) {
        let text = inert(text);
        let text = text.as_ref();
        if self.color {
            let (head, rest) = text.split_once(' ').unwrap_or((text, ""));
            eprintln!("\x1b[31m{head}\x1b[0m {rest}");
        } else {
            eprintln!("{text}");
        }
    }

    /// A spinner/counter with a rate (`what: N unit (rate/s)`), or nothing when progress is off.
    pub fn progress(&self, what: &str, unit: &str) -> Progress {
        if !self.progress {
            return Progress(None);
        }
        let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
        pb.set_style(
            ProgressStyle::with_template(&format!(
                "{{spinner}} {{msg}}: {{human_pos}} {unit} ({{rate}}) {{elapsed}}"
            ))
            .expect("valid template")
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0}/s", state.per_sec());
                },
            ),
        );
        pb.set_message(what.to_owned());
        pb.enable_steady_tick(Duration::from_millis(125));
        Progress(Some(pb))
    }
}

/// A progress indicator that may be absent; calls on an absent one cost nothing. A clone
/// is the same indicator (an upload stream counts its bytes into it).
#[derive(Clone)]
pub struct Progress(Option<ProgressBar>);

impl Progress {
    pub fn inc(&self, n: u64) {
        if let Some(pb) = &self.0 {
            pb.inc(n);
        }
    }

    pub fn set_position(&self, n: u64) {
        if let Some(pb) = &self.0 {
            pb.set_position(n);
        }
    }

    pub fn set_message(&self, msg: &str) {
        if let Some(pb) = &self.0 {
            pb.set_message(msg.to_owned());
        }
    }

    pub fn finish(&self) {
        if let Some(pb) = &self.0 {
            pb.finish_and_clear();
        }
    }
}

impl crate::progress::Progress for Progress {
    fn inc(&self, n: u64) {
        Progress::inc(self, n)
    }

    fn set_message(&self, msg: &str) {
        Progress::set_message(self, msg)
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
