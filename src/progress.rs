//! What a long-running domain operation reports as it goes. Domain code takes a
//! `&dyn Progress` and never sees how it is shown: the output layer draws a bar on a terminal
//! and nothing under `--quiet`, tests pass [`NoProgress`].

pub trait Progress: Sync {
    /// `n` more items done.
    fn inc(&self, n: u64);
    /// What is happening now ("writing the cache").
    fn set_message(&self, msg: &str);
}

/// Reports nowhere.
pub struct NoProgress;

impl Progress for NoProgress {
    fn inc(&self, _: u64) {}
    fn set_message(&self, _: &str) {}
}
