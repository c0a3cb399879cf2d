use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum SnowCommand {
    /// Rows of a table, every page, streamed; the query's fields checked first
    Query(QueryArgs),
    /// One record by its sys_id, or by its number (INC0010001)
    Get(GetArgs),
    /// Copy tables into the cache (snow_<table>): changes since the last run, deletions
    /// from the audit, everything with --full, stale rows pruned with --reconcile
    Sync(SyncArgs),
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The tables (incident task_sla sys_user sys_user_group sys_user_grmember …)
    #[arg(required = true, value_name = "TABLE")]
    pub tables: Vec<String>,
    /// Read every row again instead of the changes since the checkpoint; rows not read
    /// again are deleted
    #[arg(long)]
    pub full: bool,
    /// Also read every sys_id the instance holds and delete the cached rows it no longer
    /// has (deletes the audit misses: Table Cleaner, sys_* tables); run it weekly
    #[arg(long)]
    pub reconcile: bool,
    /// Read everything and report what would change, without writing it
    #[arg(long)]
    pub dry_run: bool,
    /// If another snow sync of the profile is running, skip this one (exit 8) instead of
    /// waiting for it
    #[arg(long)]
    pub no_wait: bool,
    #[command(flatten)]
    pub conn: SnowConnArgs,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// The table (incident, sys_user, …)
    pub table: String,
    /// The record's sys_id (32 hex digits) or its number
    pub key: String,
    /// The fields to show, comma-separated (default: all)
    #[arg(long, value_name = "a,b,c", value_delimiter = ',')]
    pub fields: Vec<String>,
    /// Database values, display values, or both (a <field>_display beside each)
    #[arg(long, value_enum, default_value_t = DisplayArg::False)]
    pub display_value: DisplayArg,
    #[command(flatten)]
    pub conn: SnowConnArgs,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The table (incident, sys_user, task_sla, …)
    pub table: String,
    /// An encoded query (active=true^priority<=2); its fields are checked against the
    /// table's dictionary first, since the instance silently drops a term it does not know
    #[arg(long, value_name = "ENCODED")]
    pub query: Option<String>,
    /// The fields to read, comma-separated (default: every field of the first row)
    #[arg(long, value_name = "a,b,c", value_delimiter = ',')]
    pub fields: Vec<String>,
    /// Database values (false: references as sys_ids, UTC date-times), display values
    /// (true), or both (all: a <field>_display column beside each)
    #[arg(long, value_enum, default_value_t = DisplayArg::False)]
    pub display_value: DisplayArg,
    /// Stop after this many rows
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Skip the dictionary check of the query's fields
    #[arg(long)]
    pub no_check: bool,
    #[command(flatten)]
    pub conn: SnowConnArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DisplayArg {
    False,
    True,
    All,
}

/// How to reach the instance: flags over the profile's `[profiles.NAME.snow]`.
#[derive(Debug, Args, Default, Clone)]
pub struct SnowConnArgs {
    /// The instance: a name (acme → https://acme.service-now.com) or a URL
    #[arg(long, value_name = "NAME|URL")]
    pub instance: Option<String>,
    /// The integration user
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Read the password from this environment variable
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    /// Read the password from this file (warns if others can read it)
    #[arg(long, value_name = "FILE", conflicts_with = "password_env")]
    pub password_file: Option<std::path::PathBuf>,
    /// Rows per page (default 1000); a page the instance cancels as too slow is halved
    #[arg(long, value_name = "N")]
    pub page_size: Option<u32>,
    #[command(flatten)]
    pub net: super::NetArgs,
}
