use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum SfCommand {
    /// Obtain and store a connection for the profile (JWT, client credentials, web + PKCE, …)
    Login(LoginArgs),
    /// Run SOQL to the last row: streamed, no row cap, CSV/JSON/NDJSON/table
    Query(QueryArgs),
    /// Export a SOQL result with Bulk API 2.0 into one CSV, page by page
    Export(ExportArgs),
    /// Run a SOSL search (FIND {…} RETURNING …)
    Search(SearchArgs),
    /// List the org's objects, or the fields of one object
    Describe(DescribeArgs),
    /// Copy objects' records into the cache (sf_<object> tables); incremental after the first run
    Sync(SyncArgs),
    /// Org, user, instance, API version and API usage of the stored login
    Status(StatusArgs),
    /// Read and change records through sObject REST (several at once by collections)
    #[command(subcommand)]
    Record(RecordCommand),
    /// Load a CSV into an object with a Bulk API 2.0 ingest job; the header is checked
    /// first, the results land in three CSV files
    Import(ImportArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OperationArg {
    Insert,
    Update,
    Upsert,
    Delete,
    HardDelete,
}

/// A column delimiter an ingest job can declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DelimiterArg {
    Comma,
    Semicolon,
    Tab,
    Pipe,
    Caret,
    Backquote,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The object (Account, Contact, …)
    pub object: String,
    /// The CSV (- for stdin): a header of API field names (`Account.External_Id__c` for a
    /// parent by its external id), then the records
    pub file: std::path::PathBuf,
    /// What the job does with each row
    #[arg(long, value_enum)]
    pub operation: OperationArg,
    /// The external id field an upsert matches on
    #[arg(long, value_name = "FIELD")]
    pub external_id: Option<String>,
    /// Where the result files go (default: beside the input)
    #[arg(long, value_name = "DIR")]
    pub results: Option<std::path::PathBuf>,
    /// How long to wait for the job to finish: 90s, 15m, 2h
    #[arg(long, value_name = "DURATION", default_value = "30m", value_parser = crate::duration::wait)]
    pub wait: std::time::Duration,
    /// Check the header against describe and print the plan; no job is created
    #[arg(long)]
    pub dry_run: bool,
    /// Skip the describe check of the header
    #[arg(long, conflicts_with = "dry_run")]
    pub no_check: bool,
    /// Rename the file's columns to fields: a CSV of `file column,field` lines
    #[arg(long, value_name = "FILE")]
    pub map: Option<std::path::PathBuf>,
    /// Cells that are exactly TEXT set the field to null (sent as #N/A); without it an
    /// empty cell leaves the field as it is on update
    #[arg(long, value_name = "TEXT")]
    pub null_text: Option<String>,
    /// The column delimiter (default: the one the header line uses)
    #[arg(long, value_enum, value_name = "CHAR")]
    pub delimiter: Option<DelimiterArg>,
    /// At most N records per job (default: as many as fit the 100 MB a job's upload may
    /// hold; a bigger file always goes up as several jobs)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub rows_per_job: Option<u64>,
    /// Pick up these jobs (comma-separated) where an earlier run stopped (uploaded and
    /// closed): wait for them and write their results; nothing is sent again
    #[arg(
        long,
        value_name = "JOB_ID",
        value_delimiter = ',',
        conflicts_with = "dry_run"
    )]
    pub resume: Vec<String>,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

#[derive(Debug, Subcommand)]
pub enum RecordCommand {
    /// One record by Id
    Get(RecordGetArgs),
    /// Create a record from --field NAME=VALUE, or records from --json FILE (an object or
    /// an array); a lost answer is never sent again
    Create(RecordCreateArgs),
    /// Set fields on records named by Id
    Update(RecordUpdateArgs),
    /// Create or update the record whose external id field has this value
    Upsert(RecordUpsertArgs),
    /// Delete records by Id (to the recycle bin)
    Delete(RecordDeleteArgs),
}

/// The fields a record write sets.
#[derive(Debug, Args, Default, Clone)]
pub struct RecordFieldArgs {
    /// A field to set (repeat the flag for several)
    #[arg(long = "field", value_name = "NAME=VALUE")]
    pub fields: Vec<String>,
    /// The fields as a JSON object in FILE (- for stdin); --field wins over it
    #[arg(long, value_name = "FILE")]
    pub json: Option<std::path::PathBuf>,
    /// Skip the describe check of the field names
    #[arg(long)]
    pub no_check: bool,
}

#[derive(Debug, Args)]
pub struct RecordGetArgs {
    /// The object (Account, Contact, …)
    pub object: String,
    /// The record's Id
    pub id: String,
    /// The fields to show, comma-separated (default: all)
    #[arg(long, value_name = "a,b,c", value_delimiter = ',')]
    pub fields: Vec<String>,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

#[derive(Debug, Args)]
pub struct RecordCreateArgs {
    /// The object
    pub object: String,
    #[command(flatten)]
    pub write: RecordFieldArgs,
    /// With several records: none is created unless all are
    #[arg(long)]
    pub all_or_none: bool,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

#[derive(Debug, Args)]
pub struct RecordUpdateArgs {
    /// The object
    pub object: String,
    /// The records' Ids
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub write: RecordFieldArgs,
    /// With several records: none is changed unless all are
    #[arg(long)]
    pub all_or_none: bool,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

#[derive(Debug, Args)]
pub struct RecordUpsertArgs {
    /// The object
    pub object: String,
    /// The external id field (Email, External_Id__c, …)
    pub field: String,
    /// Its value
    pub value: String,
    #[command(flatten)]
    pub write: RecordFieldArgs,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

#[derive(Debug, Args)]
pub struct RecordDeleteArgs {
    /// The object
    pub object: String,
    /// The records' Ids
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// With several records: none is deleted unless all are
    #[arg(long)]
    pub all_or_none: bool,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

/// How to reach the org without a stored login, or to override it.
#[derive(Debug, Args, Default, Clone)]
pub struct SfConnArgs {
    /// Instance URL, e.g. https://acme.my.salesforce.com
    #[arg(long, value_name = "URL")]
    pub instance_url: Option<String>,
    /// Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN,
    /// else the stored login)
    #[arg(long, value_name = "VAR")]
    pub access_token_env: Option<String>,
    /// API version, e.g. 63.0
    #[arg(long, value_name = "VERSION")]
    pub api_version: Option<String>,
    #[command(flatten)]
    pub net: super::NetArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LoginFlow {
    /// JWT bearer: --jwt-key, --client-id, --username
    Jwt,
    /// Client credentials: --client-id and the client secret (runs as the app's run-as user)
    ClientCredentials,
    /// Web server flow with PKCE through a loopback listener (a browser logs in)
    Web,
    /// Exchange a refresh token (--refresh-token-env)
    RefreshToken,
    /// Username and password (+ security token); Salesforce is retiring this flow
    Password,
    /// Store an existing access token (--access-token-env) with --instance-url
    AccessToken,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The flow; inferred from the other flags when not given (web when nothing else fits)
    #[arg(long, value_enum)]
    pub flow: Option<LoginFlow>,
    /// production, sandbox, or a My Domain URL (default: the profile's, else production)
    #[arg(long, value_name = "URL")]
    pub login_url: Option<String>,
    /// Connected app consumer key
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Read the consumer secret from this environment variable
    #[arg(long, value_name = "VAR", conflicts_with = "client_secret_file")]
    pub client_secret_env: Option<String>,
    /// Read the consumer secret from this file
    #[arg(long, value_name = "FILE")]
    pub client_secret_file: Option<PathBuf>,
    /// Salesforce username (JWT and password flows)
    #[arg(long, value_name = "USER")]
    pub username: Option<String>,
    /// Private key (PEM) for the JWT bearer flow
    #[arg(long, value_name = "FILE")]
    pub jwt_key: Option<PathBuf>,
    /// Read the password (with the security token appended) from this environment variable
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    /// Read a refresh token from this environment variable
    #[arg(long, value_name = "VAR")]
    pub refresh_token_env: Option<String>,
    /// The web flow's browser and loopback redirect
    #[command(flatten)]
    pub browser: super::BrowserArgs,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LineEnding {
    Lf,
    Crlf,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The SOQL statement, or `-` to read it from stdin
    #[arg(value_name = "SOQL", required_unless_present = "file")]
    pub soql: Option<String>,
    /// Read the SOQL statement from this file
    #[arg(short = 'f', long, value_name = "FILE", conflicts_with = "soql")]
    pub file: Option<PathBuf>,
    /// Include deleted and archived records (queryAll)
    #[arg(long)]
    pub all_rows: bool,
    /// Query the Tooling API
    #[arg(long, conflicts_with = "all_rows")]
    pub tooling: bool,
    #[command(flatten)]
    pub table: TableArgs,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

/// How records become rows and cells.
#[derive(Debug, Args, Clone)]
pub struct TableArgs {
    /// CSV field delimiter: one character, or `tab`
    #[arg(long, value_name = "CHAR", default_value = ",")]
    pub delimiter: String,
    /// CSV record terminator
    #[arg(long, value_enum, default_value_t = LineEnding::Lf)]
    pub line_ending: LineEnding,
    /// Text for a null value in CSV (default: empty)
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub null_text: String,
    /// One row per child record of this subquery relationship instead of a JSON cell
    #[arg(long, value_name = "RELATIONSHIP")]
    pub explode: Option<String>,
    /// Datetimes normalized to UTC with a Z suffix instead of as returned
    #[arg(long)]
    pub utc: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The SOQL statement, or `-` to read it from stdin (not needed with --resume)
    #[arg(value_name = "SOQL", required_unless_present_any = ["file", "resume"])]
    pub soql: Option<String>,
    /// Read the SOQL statement from this file
    #[arg(short = 'f', long, value_name = "FILE", conflicts_with = "soql")]
    pub file: Option<PathBuf>,
    /// Include deleted and archived records (queryAll)
    #[arg(long)]
    pub all_rows: bool,
    /// Continue an existing job instead of creating one
    #[arg(long, value_name = "JOB_ID", conflicts_with_all = ["soql", "file", "all_rows"])]
    pub resume: Option<String>,
    /// How long to wait for the job to complete: 90s, 15m, 2h, 1h30m
    #[arg(long, value_name = "DURATION", default_value = "30m", value_parser = crate::duration::wait)]
    pub wait: std::time::Duration,
    /// Records per result page (bounds memory; Salesforce may send fewer)
    #[arg(long, value_name = "N", default_value_t = 50_000)]
    pub max_records: u64,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The SOSL statement, e.g. "FIND {Acme} RETURNING Account(Id, Name)"
    pub sosl: String,
    #[command(flatten)]
    pub table: TableArgs,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Objects to sync (API names, e.g. Account Contact Opportunity)
    #[arg(required = true, value_name = "OBJECT")]
    pub objects: Vec<String>,
    /// Read every record again instead of the changes since the last sync
    #[arg(long)]
    pub full: bool,
    /// Exit at once (code 1) when another sync of this profile is running
    #[arg(long)]
    pub no_wait: bool,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

#[derive(Debug, Args)]
pub struct DescribeArgs {
    /// Object API name (e.g. Account); without it, the org's objects are listed
    pub object: Option<String>,
    #[command(flatten)]
    pub conn: SfConnArgs,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub conn: SfConnArgs,
}
