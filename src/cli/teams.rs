use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum TeamsCommand {
    /// Sign in to Microsoft Graph and store the login: as the app (client credentials, by
    /// secret or certificate), or with --device as a person (delegated, device code)
    Login(LoginArgs),
    /// Tenant, app, token kind, expiry and the permissions the token carries
    Status(TeamsConnArgs),
    /// The tenant's teams, every page, streamed
    List(TeamsConnArgs),
    /// A team's channels
    Channels(ChannelsArgs),
    /// A team's members, or a channel's, with their roles
    Members(MembersArgs),
    /// Post a message to a channel: as the signed-in person through Graph (--team,
    /// --channel), or through a Workflows webhook as an Adaptive Card (--webhook-env)
    Send(SendArgs),
    /// Schedule Teams meetings
    #[command(subcommand)]
    Meeting(MeetingCommand),
    /// Copy Entra users, groups and memberships (delta after the first run) and teams,
    /// channels and members (re-read each run) into the cache
    Sync(SyncArgs),
    /// Plan (and with --apply make) a team's membership match a directory group from the
    /// cache
    Reconcile(ReconcileArgs),
}

#[derive(Debug, Args)]
pub struct ReconcileArgs {
    /// The team: its id, or its exact display name
    #[arg(long, value_name = "TEAM")]
    pub team: String,
    /// The directory group (in the cache): its id, DN or name; nested groups are expanded
    #[arg(long, value_name = "GROUP")]
    pub from_group: String,
    /// The profile whose cached directory holds the group (default: this profile)
    #[arg(long, value_name = "PROFILE")]
    pub source_profile: Option<String>,
    /// When no anchor (objectGUID / entryUUID as onPremisesImmutableId, objectSid as
    /// onPremisesSecurityIdentifier) matches, match the Entra account by mail or UPN
    #[arg(long = "match", value_enum, value_name = "KEY")]
    pub matching: Option<MatchArg>,
    /// Remove owners who are not in the group too (never the team's last owner)
    #[arg(long)]
    pub include_owners: bool,
    /// Remove guests who are not in the group too
    #[arg(long)]
    pub include_guests: bool,
    /// Never remove the people in this file: one Entra id, UPN or mail per line (# comments)
    #[arg(long, value_name = "FILE")]
    pub exempt: Option<std::path::PathBuf>,
    /// Refuse to apply more removals than this without --force: a count, or a percentage of
    /// the team
    #[arg(long, value_name = "N|P%", default_value = "10%")]
    pub max_removals: String,
    /// Apply even when the removals exceed --max-removals
    #[arg(long)]
    pub force: bool,
    /// Make the changes (without it, the plan is printed and nothing is written)
    #[arg(long)]
    pub apply: bool,
    /// Apply only if the plan is still the one with this fingerprint (printed with the plan)
    #[arg(long, value_name = "FINGERPRINT", requires = "apply")]
    pub expect: Option<String>,
    /// How long to keep reading the team until the changes show (they appear late); 0 to
    /// skip
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = crate::duration::wait)]
    pub verify_for: std::time::Duration,
    #[command(flatten)]
    pub conn: TeamsConnArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MatchArg {
    Mail,
    Upn,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Read users and groups from the beginning instead of from the stored delta state
    #[arg(long)]
    pub full: bool,
    /// Read everything and report what would change, without writing it
    #[arg(long)]
    pub dry_run: bool,
    /// If another teams sync of the profile is running, skip this one (exit 8) instead of
    /// waiting for it
    #[arg(long)]
    pub no_wait: bool,
    /// Also copy the security sources: every user's MFA registration details and the sign-in
    /// logs (Entra ID P1/P2, AuditLog.Read.All), and the risky users (P2,
    /// IdentityRiskyUser.Read.All). A source the tenant is not licensed for is a warning;
    /// the others still sync
    #[arg(long)]
    pub security: bool,
    /// With --security, how far back the first read of the sign-in logs reaches (later runs
    /// go on from the newest one held): 24h, 7d (Entra keeps 30 days with P1/P2)
    #[arg(long, value_name = "DURATION", default_value = "7d", value_parser = crate::duration::wait, requires = "security")]
    pub since: std::time::Duration,
    #[command(flatten)]
    pub conn: TeamsConnArgs,
}

/// How to reach the tenant: flags over the profile's `[profiles.NAME.teams]`, over the stored
/// login. With a tenant, client ID and secret source, any command runs without a stored login.
#[derive(Debug, Args, Default, Clone)]
pub struct TeamsConnArgs {
    /// Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)
    #[arg(long, value_name = "TENANT")]
    pub tenant: Option<String>,
    /// The app registration's application (client) ID
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Read the client secret from this environment variable
    #[arg(long, value_name = "VAR")]
    pub client_secret_env: Option<String>,
    /// Read the client secret from this file (warns if others can read it)
    #[arg(long, value_name = "FILE", conflicts_with = "client_secret_env")]
    pub client_secret_file: Option<std::path::PathBuf>,
    /// Sign in with this certificate (PEM) instead of a secret; its public part is registered
    /// with the app
    #[arg(long, value_name = "FILE", requires = "key", conflicts_with_all = ["client_secret_env", "client_secret_file"])]
    pub cert: Option<std::path::PathBuf>,
    /// The certificate's private key (PEM, RSA)
    #[arg(long, value_name = "FILE", requires = "cert")]
    pub key: Option<std::path::PathBuf>,
    /// The Microsoft cloud: picks the sign-in and Graph hosts
    #[arg(long, value_enum)]
    pub cloud: Option<CloudArg>,
    /// Sign-in host instead of the cloud's (e.g. a local test server)
    #[arg(long, value_name = "URL")]
    pub login_url: Option<String>,
    /// Graph host instead of the cloud's
    #[arg(long, value_name = "URL")]
    pub graph_url: Option<String>,
    #[command(flatten)]
    pub net: super::NetArgs,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Sign in as a person on another device (device code): a delegated token, needed to
    /// act as a user; the app must allow public client flows
    #[arg(long, conflicts_with_all = ["client_secret_env", "client_secret_file", "cert"])]
    pub device: bool,
    #[command(flatten)]
    pub conn: TeamsConnArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CloudArg {
    /// Worldwide (login.microsoftonline.com, graph.microsoft.com)
    Global,
    /// US Government GCC (the worldwide endpoints)
    Usgov,
    /// US Government L4, GCC High (login.microsoftonline.us, graph.microsoft.us)
    Usgovhigh,
    /// US Government L5, DoD (login.microsoftonline.us, dod-graph.microsoft.us)
    Dod,
    /// China, 21Vianet (login.chinacloudapi.cn, microsoftgraph.chinacloudapi.cn)
    China,
}

#[derive(Debug, Args)]
pub struct ChannelsArgs {
    /// The team: its id, or its exact display name
    pub team: String,
    #[command(flatten)]
    pub conn: TeamsConnArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    Owner,
    Member,
    Guest,
}

#[derive(Debug, Args)]
pub struct MembersArgs {
    /// The team: its id, or its exact display name
    pub team: String,
    /// A channel of the team (id or exact display name) instead of the whole team
    #[arg(long, value_name = "CHANNEL")]
    pub channel: Option<String>,
    /// Only members with this role
    #[arg(long, value_enum)]
    pub role: Option<RoleArg>,
    #[command(flatten)]
    pub conn: TeamsConnArgs,
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// The environment variable holding the Workflows webhook URL (it carries its own
    /// signature, so it is a secret: never on the command line)
    #[arg(
        long,
        value_name = "VAR",
        required_unless_present = "team",
        conflicts_with = "team"
    )]
    pub webhook_env: Option<String>,
    /// Post through Graph as the signed-in person (a delegated login: teams login --device)
    /// to this team (id or exact display name)
    #[arg(long, value_name = "TEAM", requires = "channel")]
    pub team: Option<String>,
    /// The channel of --team (id or exact display name)
    #[arg(long, value_name = "CHANNEL", requires = "team")]
    pub channel: Option<String>,
    /// The message text (else --message-file, else stdin)
    #[arg(long, short = 'm', value_name = "TEXT", conflicts_with_all = ["message_file", "card"])]
    pub message: Option<String>,
    /// Read the message text from this file (`-` for stdin)
    #[arg(long, value_name = "FILE", conflicts_with = "card")]
    pub message_file: Option<std::path::PathBuf>,
    /// A bold title above the message
    #[arg(long, value_name = "TEXT", conflicts_with = "card")]
    pub title: Option<String>,
    /// A whole Adaptive Card (JSON) instead of a text message
    #[arg(long, value_name = "FILE")]
    pub card: Option<std::path::PathBuf>,
    /// The text is NDJSON rows (an atomctl command piped in): each row is posted as one
    /// line of its values, separated by middle dots
    #[arg(long, conflicts_with = "card")]
    pub rows: bool,
    /// Send nothing and exit 0 when the text is empty (a pipeline that posts only when a
    /// report found something)
    #[arg(long, conflicts_with = "card")]
    pub skip_empty: bool,
    #[command(flatten)]
    pub conn: TeamsConnArgs,
}

#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// Schedule a meeting in the organizer's calendar with a Teams link; invitations go to
    /// the attendees. Prints the join URL
    Create(MeetingArgs),
}

#[derive(Debug, Args)]
pub struct MeetingArgs {
    /// The organizer's UPN or mail (the app needs Calendars.ReadWrite)
    #[arg(long, value_name = "UPN")]
    pub organizer: String,
    #[arg(long, value_name = "TEXT")]
    pub subject: String,
    /// Start, with its zone: 2026-12-03T15:00:00+01:00 or …Z
    #[arg(long, value_name = "TIME")]
    pub start: String,
    /// End, with its zone
    #[arg(long, value_name = "TIME")]
    pub end: String,
    /// A required attendee's mail (repeatable)
    #[arg(long = "attendee", value_name = "MAIL")]
    pub attendees: Vec<String>,
    /// An optional attendee's mail (repeatable)
    #[arg(long = "optional", value_name = "MAIL")]
    pub optional: Vec<String>,
    /// Text of the invitation
    #[arg(long, value_name = "TEXT")]
    pub body: Option<String>,
    #[command(flatten)]
    pub conn: TeamsConnArgs,
}
