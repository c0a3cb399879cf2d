use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum LdapCommand {
    /// Paged, streaming search (RFC 2696) with LDIF, JSON, NDJSON, CSV or table output
    Search(SearchArgs),
    /// Find a user by uid, sAMAccountName, userPrincipalName or mail; show account state and groups
    User(UserArgs),
    /// List a group's members, optionally expanded through nested groups
    Group(GroupArgs),
    /// Copy users, groups and memberships into the cache (delta after the first full sync)
    Sync(SyncArgs),
    /// Last sync per profile and cache counts
    Status,
}

/// How to reach the directory. Every value overrides the profile's.
#[derive(Debug, Args, Default, Clone)]
pub struct ConnArgs {
    /// Server URL (ldap:// or ldaps://); repeat for failover, tried in order
    #[arg(long = "url", value_name = "URL")]
    pub urls: Vec<String>,
    /// Bind DN (anonymous bind when neither this nor the profile gives one)
    #[arg(long, value_name = "DN")]
    pub bind_dn: Option<String>,
    /// Read the bind password from this environment variable
    #[arg(long, value_name = "VAR", conflicts_with = "password_file")]
    pub password_env: Option<String>,
    /// Read the bind password from this file
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// Search base (default: the profile's, else the server's naming context)
    #[arg(long, value_name = "DN")]
    pub base: Option<String>,
    /// Upgrade ldap:// connections with StartTLS
    #[arg(long)]
    pub starttls: bool,
    /// Do not verify the server certificate (dangerous; prints a warning)
    #[arg(long)]
    pub insecure: bool,
    /// Send the bind password over plain ldap:// to another host (dangerous: anyone on the
    /// path can read it; prints a warning). Without it such a bind is refused
    #[arg(long)]
    pub allow_cleartext_bind: bool,
    #[command(flatten)]
    pub net: super::NetArgs,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    #[command(flatten)]
    pub conn: ConnArgs,
    /// RFC 4515 filter
    #[arg(default_value = "(objectClass=*)")]
    pub filter: String,
    /// Attributes to return (default: all user attributes)
    pub attrs: Vec<String>,
    /// How deep under the base to search
    #[arg(long, value_enum, default_value_t = ScopeArg::Sub)]
    pub scope: ScopeArg,
    /// Entries per page (default: the profile's, else 1000)
    #[arg(long, value_name = "N")]
    pub page_size: Option<u32>,
    /// Stop after N entries
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// LDIF: do not fold long lines at 76 columns
    #[arg(long)]
    pub no_wrap: bool,
    /// Add readable forms of AD values (objectGUID, objectSid, userAccountControl, FILETIME dates)
    #[arg(long)]
    pub decode: bool,
    /// CSV/table: separator between the values of a multi-valued attribute
    #[arg(long, value_name = "TEXT", default_value = "|")]
    pub mv_separator: String,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ScopeArg {
    /// The base entry only
    Base,
    /// The entries directly under the base
    One,
    /// The base and everything under it
    Sub,
}

#[derive(Debug, Args)]
pub struct UserArgs {
    #[command(flatten)]
    pub conn: ConnArgs,
    /// uid, sAMAccountName, userPrincipalName or mail
    pub name: String,
    /// Also list the groups reached through nesting
    #[arg(long)]
    pub transitive: bool,
}

#[derive(Debug, Args)]
pub struct GroupArgs {
    #[command(flatten)]
    pub conn: ConnArgs,
    /// Group cn / sAMAccountName, or its DN
    pub name: String,
    /// Expand nested groups (client-side; cycles and dangling members are reported)
    #[arg(long)]
    pub transitive: bool,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    #[command(flatten)]
    pub conn: ConnArgs,
    /// Ignore the stored cookie / USN and copy everything
    #[arg(long)]
    pub full: bool,
    /// Report what would change (counts and a sample) and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Exit at once (code 1) when another sync of this profile is running, instead of waiting
    #[arg(long)]
    pub no_wait: bool,
}
