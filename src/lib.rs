//! atomctl: identity and integration plumbing from one binary.

pub mod analytics;
pub mod cache;
pub mod cell;
pub mod cli;
pub mod commands;
pub mod config;
pub mod docs;
pub mod duration;
pub mod error;
pub mod files;
#[doc(hidden)]
pub mod fuzzing;
pub mod graph;
pub mod http;
pub mod ldap;
pub mod memory;
pub mod oauth;
pub mod output;
pub mod progress;
pub mod salesforce;
pub mod settings;
pub mod snow;
pub mod sso;
pub mod text;
pub mod tls;
pub mod utc;
pub mod version;

pub use commands::run;
