use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum AnalyticsCommand {
    /// Load chat usage events (NDJSON or CSV, same columns) into the cache; duplicates are skipped
    #[command(after_long_help = INGEST_HELP)]
    Ingest(IngestArgs),
    /// Print a report (`--list` names them)
    #[command(after_long_help = THREATS_HELP)]
    Report(ReportArgs),
    /// Write a report for another system or a manager: csv, json, ndjson or a self-contained HTML dashboard
    Export(ExportArgs),
}

const INGEST_HELP: &str = "\
Columns (NDJSON keys or the CSV header):
  ts               RFC 3339 timestamp, required (stored as UTC)
  user             mail, UPN or uid, required (stored lower-case)
  type             required: session_start, conversation_started, message_sent,
                   message_received, voice_command, file_uploaded, error
  id               optional; the same id is never stored twice (without one, the whole
                   event is the key)
  conversation_id, channel, detail     optional text
  response_ms, bytes                   optional whole numbers >= 0

Events land in the cache table analytics_events, and their daily rollup, which the
reports read, in analytics_daily (per day, user and channel) and analytics_users (each
user's first and last event). A bad line is reported with its
number and reason and skipped (exit 4); --strict stops at the first (exit 2) and
writes nothing. One transaction: a failed or killed run leaves the cache as it was.";

const THREATS_HELP: &str = "\
The threats report's rules, over the sign-ins `teams sync --security` cached:
  impossible_travel         two successful sign-ins of one user, travel_min_km (500) or more
                            apart, that need more than travel_kmh (900) — high
  password_spray            one address failing against spray_users (10) distinct users within
                            spray_window (1h) — high
  brute_force               brute_failures (10) failures on one account within brute_window
                            (1h) — medium; high when a success follows within the window
  legacy_auth               a client outside modern_clients (Browser, Mobile Apps and Desktop
                            clients) — medium when one succeeded, else low
  disabled_account_sign_in  a success by an account disabled in the directory or tenant — high
  unknown_account_sign_in   a success by a member account the directory lacks — medium
  risky_user                Identity Protection holds the user at risk_levels (medium, high),
                            at risk or confirmed compromised — high for high or compromised
  usage_outlier             a day of file uploads scoring above usage_z (3.5) against the
                            user's own active days (usage_baseline_days, 28), at least
                            usage_min_ratio (2) times the usual day and usage_min_files (20)
                            files or usage_min_bytes (100000000) bytes — medium
Failures are the status codes in failure_codes (50126 bad password, 50053 locked).
Every threshold can be set in [profiles.NAME.analytics.threats]; off = [\"rule\", …] leaves
rules out. A finding once written out is recorded as reported (threat_alerts in the cache):
later runs show it as reported, --new-only leaves it out, and --fail-on SEVERITY exits 3 only
for new findings, so a cron job alerts once. --no-mark looks without recording.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Csv,
    Ndjson,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Event files, `-` for stdin, or a quoted glob ('events-*.ndjson'); each file is loaded
    /// in one transaction, in the order given. Columns: ts, user, type, and optionally id,
    /// conversation_id, channel, response_ms, bytes, detail
    #[arg(default_value = "-", value_name = "FILE")]
    pub files: Vec<String>,
    /// Skip a named file that does not exist, or a glob that matches nothing (for cron lines
    /// that name a file that may not have been started yet)
    #[arg(long)]
    pub skip_missing: bool,
    /// The input's format (default: from the extension, else from the first character)
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// Stop at the first bad line and write nothing (default: report bad lines and skip them)
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ByArg {
    Day,
    Week,
    Month,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupByArg {
    Department,
    Ou,
    Title,
    Channel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JoinKeyArg {
    /// The directory's mail attribute
    Mail,
    /// uid / sAMAccountName
    Uid,
    /// userPrincipalName
    Upn,
}

/// The window and the knobs every report shares.
#[derive(Debug, Args, Clone)]
pub struct ReportOpts {
    /// Start: 30d, 12w, 6mo, 1y (whole days back, today included), a date or an RFC 3339 instant
    #[arg(long, value_name = "30d|DATE")]
    pub since: Option<String>,
    /// End: a date (through the end of that day) or an instant (default: the end of today)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Period of the rows
    #[arg(long, value_enum, default_value_t = ByArg::Day)]
    pub by: ByArg,
    /// Break the numbers down by a directory attribute or the event channel
    #[arg(long, value_enum)]
    pub group_by: Option<GroupByArg>,
    /// How chat users match directory users (default: the profile's, else mail)
    #[arg(long, value_enum)]
    pub join_key: Option<JoinKeyArg>,
    /// Days without a logon that make an account stale
    #[arg(long, value_name = "N")]
    pub stale_days: Option<i64>,
    /// A privileged group by name (repeatable; default: the profile's list)
    #[arg(long = "privileged-group", value_name = "NAME")]
    pub privileged_groups: Vec<String>,
    /// roi: minutes one interaction saves
    #[arg(long, value_name = "MINUTES")]
    pub minutes_per_interaction: Option<f64>,
    /// roi: the cost of an hour
    #[arg(long, value_name = "AMOUNT")]
    pub hourly_cost: Option<f64>,
    /// roi: the currency of --hourly-cost
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
    /// threats: exit 3 when a new finding is at this severity or above (for cron)
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<SeverityArg>,
    /// threats: leave out findings an earlier run reported
    #[arg(long)]
    pub new_only: bool,
    /// threats: leave out findings below this severity
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub min_severity: Option<SeverityArg>,
    /// threats: do not record the findings as reported (a look that leaves the next cron
    /// run's alerts as they were)
    #[arg(long)]
    pub no_mark: bool,
    /// Only these columns, in this order (comma-separated; the report's columns are in its
    /// JSON or CSV header)
    #[arg(long, value_name = "NAME,…", value_delimiter = ',')]
    pub columns: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The report (`--list` names them all: usage, engagement, directory, mfa, threats,
    /// privileged, access-review, sso, …)
    #[arg(required_unless_present = "list")]
    pub name: Option<String>,
    /// List the reports
    #[arg(long)]
    pub list: bool,
    /// Every column in a table (a wide report shows the columns read first; CSV and JSON
    /// always have them all)
    #[arg(long, conflicts_with = "columns")]
    pub all_columns: bool,
    #[command(flatten)]
    pub opts: ReportOpts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    Light,
    Dark,
    /// Follow the reader's system setting (CSS only)
    Auto,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The report (see `analytics report --list`), or `overview`: one page across every
    /// system (HTML)
    pub name: String,
    /// overview: the page's colours
    #[arg(long, value_enum, default_value_t = ThemeArg::Auto)]
    pub theme: ThemeArg,
    #[command(flatten)]
    pub opts: ReportOpts,
}
