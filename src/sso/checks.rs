//! A checklist: named items, each pass / warn / fail with the reason, and the verdict.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Warn,
    Fail,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Warn => "warn",
            Status::Fail => "fail",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub name: String,
    pub status: Status,
    pub detail: String,
    /// Time of the HTTP request behind this check, when there was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ms: Option<u64>,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct Checklist {
    pub checks: Vec<Check>,
}

impl Checklist {
    pub fn add(&mut self, name: &str, status: Status, detail: impl Into<String>) {
        self.checks.push(Check {
            name: name.to_owned(),
            status,
            detail: detail.into(),
            ms: None,
        });
    }

    pub fn pass(&mut self, name: &str, detail: impl Into<String>) {
        self.add(name, Status::Pass, detail);
    }

    pub fn warn(&mut self, name: &str, detail: impl Into<String>) {
        self.add(name, Status::Warn, detail);
    }

    pub fn fail(&mut self, name: &str, detail: impl Into<String>) {
        self.add(name, Status::Fail, detail);
    }

    pub fn timed(&mut self, name: &str, status: Status, detail: impl Into<String>, ms: u64) {
        self.add(name, status, detail);
        self.checks.last_mut().expect("just added").ms = Some(ms);
    }

    /// The worst status of all items (pass for an empty list).
    pub fn verdict(&self) -> Status {
        self.checks
            .iter()
            .map(|c| c.status)
            .max()
            .unwrap_or(Status::Pass)
    }

    pub fn count(&self, s: Status) -> usize {
        self.checks.iter().filter(|c| c.status == s).count()
    }

    pub fn failed(&self, name: &str) -> bool {
        self.checks
            .iter()
            .any(|c| c.name == name && c.status == Status::Fail)
    }

    pub fn extend(&mut self, other: Checklist) {
        self.checks.extend(other.checks);
    }
}
