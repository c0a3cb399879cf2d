//! atomctl: identity and integration plumbing from one binary.

pub mod cache;
pub mod cli;
pub mod commands;
pub mod config;
pub mod docs;
pub mod error;
pub mod ldap;
pub mod output;
pub mod settings;

pub use commands::run;
