use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum SnowCommand {
    /// Rows of a table, every page, streamed; the query's fields checked first
    Query(QueryArgs),
    /// One record by its sys_id, or by its number (INC0010001)
    Get(GetArgs),
    /// Count rows on the instance (Aggregate API), per combination of --group-by values,
    /// without reading them
    Count(CountArgs),
    /// Copy tables into the cache (snow_<table>): changes since the last run, deletions
    /// from the audit, everything with --full, stale rows pruned with --reconcile
    Sync(SyncArgs),
    /// Create a record from --field NAME=VALUE or --json FILE (impact and urgency written,
    /// priority read back); a lost answer is looked for before anything is sent again
    Create(CreateArgs),
    /// Change fields of a record, named by sys_id or number
    Update(UpdateArgs),
    /// Resolve an incident: its state, close code and close notes in one write
    Resolve(ResolveArgs),
    /// Sign in and store the connection for the profile (0600): basic, OAuth password
    /// grant, client credentials or a token
    Login(LoginArgs),
    /// The instance, the user, its roles and time zone, the token, and the rate limit last
    /// seen
    Status(LoginArgs),
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    #[command(flatten)]
    pub conn: SnowConnArgs,
}

/// The fields a write sets.
#[derive(Debug, Args, Clone)]
pub struct WriteFieldArgs {
    /// A field to set (repeat the flag for several)
    #[arg(long = "field", value_name = "NAME=VALUE")]
    pub fields: Vec<String>,
    /// The fields as a JSON object in FILE (- for stdin); --field wins over it
    #[arg(long, value_name = "FILE")]
    pub json: Option<std::path::PathBuf>,
    /// Reference and choice fields are given by what a person sees
    /// (assignment_group="Service Desk", state=Resolved), not by sys_id and value
    #[arg(long)]
    pub input_display_value: bool,
    /// Skip the dictionary check of the field names (the instance ignores unknown ones)
    #[arg(long)]
    pub no_check: bool,
    /// How the written record is shown: database values, display values, or both
    #[arg(long, value_enum, default_value_t = DisplayArg::False)]
    pub display_value: DisplayArg,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The table (incident, problem, sc_task, …)
    pub table: String,
    #[command(flatten)]
    pub write: WriteFieldArgs,
    #[command(flatten)]
    pub conn: SnowConnArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The table
    pub table: String,
    /// The record's sys_id or number
    pub key: String,
    #[command(flatten)]
    pub write: WriteFieldArgs,
    #[command(flatten)]
    pub conn: SnowConnArgs,
}

#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// The table (incident)
    pub table: String,
    /// The record's sys_id or number
    pub key: String,
    /// The close code (resolution code), e.g. "Solved (Permanently)"
    #[arg(long, value_name = "CODE")]
    pub close_code: Option<String>,
    /// What was done
    #[arg(long, value_name = "TEXT")]
    pub close_notes: Option<String>,
    /// The state that means resolved (incident: 6)
    #[arg(long, value_name = "STATE", default_value = "6")]
    pub state: String,
    #[command(flatten)]
    pub write: WriteFieldArgs,
    #[command(flatten)]
    pub conn: SnowConnArgs,
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
    /// Write database date-times in this zone (Europe/Berlin); default UTC
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    #[command(flatten)]
    pub conn: SnowConnArgs,
}

#[derive(Debug, Args)]
pub struct CountArgs {
    /// The table
    pub table: String,
    /// An encoded query (checked against the dictionary like snow query's)
    #[arg(long, value_name = "ENCODED")]
    pub query: Option<String>,
    /// Count per combination of these fields' values (assignment_group,priority)
    #[arg(long, value_name = "a,b", value_delimiter = ',')]
    pub group_by: Vec<String>,
    /// Skip the dictionary check of the query's fields
    #[arg(long)]
    pub no_check: bool,
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
    /// Write database date-times in this zone (Europe/Berlin); default UTC, as
    /// 2026-12-01T10:00:00Z
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Skip the dictionary check of the query's fields
    #[arg(long)]
    pub no_check: bool,
    #[command(flatten)]
    pub conn: SnowConnArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum AuthArg {
    /// The user and password on every request
    Basic,
    /// OAuth password grant: a token and a refresh token for the user
    OauthPassword,
    /// OAuth client credentials (Washington DC and later, when enabled on the instance)
    ClientCredentials,
    /// A bearer token given as it is (from --token-env / --token-file)
    Token,
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
    /// How to sign in (default: the stored login's way, else what the other flags imply)
    #[arg(long, value_enum, value_name = "HOW")]
    pub auth: Option<AuthArg>,
    /// The integration user
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Read the password from this environment variable
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    /// Read the password from this file (warns if others can read it)
    #[arg(long, value_name = "FILE", conflicts_with = "password_env")]
    pub password_file: Option<std::path::PathBuf>,
    /// The OAuth application's client id (System OAuth > Application Registry)
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Read the OAuth client secret from this environment variable
    #[arg(long, value_name = "VAR")]
    pub client_secret_env: Option<String>,
    /// Read the OAuth client secret from this file
    #[arg(long, value_name = "FILE", conflicts_with = "client_secret_env")]
    pub client_secret_file: Option<std::path::PathBuf>,
    /// Read a bearer token (--auth token) from this environment variable
    #[arg(long, value_name = "VAR")]
    pub token_env: Option<String>,
    /// Read a bearer token (--auth token) from this file
    #[arg(long, value_name = "FILE", conflicts_with = "token_env")]
    pub token_file: Option<std::path::PathBuf>,
    /// Rows per page (default 1000); a page the instance cancels as too slow is halved
    #[arg(long, value_name = "N")]
    pub page_size: Option<u32>,
    /// Stop waiting out rate limits (429 Retry-After, however long) and outages once the run
    /// is this old (default 1h: ServiceNow's rate windows are hourly)
    #[arg(long, value_name = "DURATION", value_parser = crate::duration::wait)]
    pub deadline: Option<std::time::Duration>,
    #[command(flatten)]
    pub net: super::NetArgs,
}
