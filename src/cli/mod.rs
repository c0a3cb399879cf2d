//! The command-line grammar, clap derive only. Nothing here reads files or the environment
//! beyond what clap does; `settings` turns these structs into what commands need.

pub mod analytics;
pub mod cache;
pub mod config;
pub mod formats;
pub mod ldap;
pub mod sf;
pub mod snow;
pub mod sso;
pub mod teams;

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

pub use formats::Accepts;

/// Identity and integration plumbing from one binary: LDAP / Active Directory,
/// Salesforce, SSO testing and analytics, joined in one local SQLite cache.
#[derive(Debug, Parser)]
#[command(
    name = "atomctl",
    version = "",
    propagate_version = true,
    max_term_width = 100
)]
#[command(after_long_help = AFTER_LONG_HELP)]
pub struct Cli {
    #[command(flatten, next_help_heading = "Global options")]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
    /// What the chosen command can write (set by `Cli::parse_from`, not a flag).
    #[arg(skip)]
    pub accepts: Accepts,
    /// The chosen command's name, `sf query` (set by `Cli::parse_from`).
    #[arg(skip)]
    pub command_name: String,
}

impl Cli {
    /// The whole grammar: clap's derive, plus each command's own `--format` values. The
    /// parser, the help, the man pages and the completions all come from this.
    pub fn grammar() -> clap::Command {
        formats::apply(Cli::command().version(crate::version::short()))
    }

    /// Parse a command line; `color` is the run's colour decision, for clap's own messages.
    pub fn parse_from<I, T>(args: I, color: bool) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let mut cmd = Cli::grammar().color(if color {
            clap::ColorChoice::Always
        } else {
            clap::ColorChoice::Never
        });
        let matches = cmd.try_get_matches_from_mut(args)?;
        let mut cli = Cli::from_arg_matches(&matches)?;
        let mut path = Vec::new();
        let mut m = &matches;
        while let Some((name, sub)) = m.subcommand() {
            path.push(name);
            m = sub;
        }
        cli.accepts = formats::accepted(&path).unwrap_or_default();
        cli.command_name = path.join(" ");
        Ok(cli)
    }
}

/// The `--color` value on a command line, read before clap parses it so that clap's own
/// errors and help follow it too. The last one wins, as clap would have it; `--` ends flags.
pub fn color_flag<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Option<ColorArg> {
    let mut found = None;
    let mut it = args.iter().map(|a| a.as_ref().to_str().unwrap_or(""));
    while let Some(a) = it.next() {
        let value = match a {
            "--" => break,
            "--color" => it.next(),
            _ => a.strip_prefix("--color="),
        };
        if let Some(v) = value.and_then(|v| ColorArg::from_str(v, false).ok()) {
            found = Some(v);
        }
    }
    found
}

pub const AFTER_LONG_HELP: &str = "\
Environment:
  ATOMCTL_CONFIG         config file (like --config)
  ATOMCTL_PROFILE        profile (like --profile)
  ATOMCTL_CACHE          cache database (like --cache)
  ATOMCTL_LDAP_PASSWORD  LDAP bind password when no other source is given
  ATOMCTL_SF_ACCESS_TOKEN  Salesforce access token when --access-token-env is not given
  ATOMCTL_LOG            tracing filter for diagnostics on stderr (e.g. atomctl=debug)
  NO_COLOR               no colour unless --color always

Exit codes:
  0  ok
  1  failed
  2  usage error
  3  a check ran and found problems
  4  partial result: some entries, records or pages are missing; what was received is written
  5  authentication or authorization failed
  6  remote unavailable after retries
  7  configuration error, including a required setting that is missing
  8  skipped: another sync of the same profile is running and --no-wait was given";

/// What every network connection takes, declared once and flattened into each group's
/// connection flags (ldap, sf, sso oidc).
#[derive(Debug, Default, Clone, Args)]
pub struct NetArgs {
    /// Trust this CA certificate (PEM) in addition to the system roots
    #[arg(long, value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
    /// How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)
    #[arg(long, value_name = "DURATION", value_parser = crate::duration::seconds)]
    pub timeout: Option<u64>,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Profile from the config file [env: ATOMCTL_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)
    #[arg(long, global = true, value_name = "FILE")]
    pub cache: Option<PathBuf>,
    /// Output format: auto is a table on a terminal and NDJSON otherwise
    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Auto)]
    pub format: FormatArg,
    /// Write the output to FILE (atomically: a reader never sees half a file)
    #[arg(short = 'o', long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print nothing on success except the data asked for
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// More detail on stderr (repeat for debug output)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Never show progress bars
    #[arg(long, global = true)]
    pub no_progress: bool,
    /// Colour on stderr: auto is colour on a terminal unless NO_COLOR is set
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR):
    /// write them as they are, or neutralize them with a leading ' (default: keep; neutralize
    /// for `analytics export`)
    #[arg(long, global = true, value_enum, value_name = "HOW")]
    pub csv_formulas: Option<CsvFormulasArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvFormulasArg {
    /// Write cells as they are
    Keep,
    /// Prefix formula-like text cells with ' so spreadsheets show them as text
    Neutralize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Auto,
    Table,
    Csv,
    Json,
    Ndjson,
    Ldif,
    /// A self-contained HTML page (analytics export)
    Html,
}

/// A login in a browser that comes back to a loopback redirect (sf web flow, OIDC code and
/// device flows).
#[derive(Debug, Args, Clone)]
pub struct BrowserArgs {
    /// Print the login URL instead of opening a browser
    #[arg(long)]
    pub no_browser: bool,
    /// Run this command with the login URL as its argument
    #[arg(long, value_name = "CMD", conflicts_with = "no_browser")]
    pub browser_command: Option<String>,
    /// Loopback port of the redirect (default: any free port)
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// How long to wait for the login to come back: 5m, 90s (a bare number is seconds)
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = crate::duration::seconds)]
    pub wait: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage profiles in the config file
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Search, inspect and sync LDAP / Active Directory
    #[command(subcommand)]
    Ldap(Box<ldap::LdapCommand>),
    /// Salesforce: login, SOQL and SOSL queries, describe, Bulk API exports, sync, status
    #[command(subcommand)]
    Sf(Box<sf::SfCommand>),
    /// SSO: OpenID Connect checks, tokens and token validation; SAML SP metadata, IdP checks, Response validation
    #[command(subcommand)]
    Sso(Box<sso::SsoCommand>),
    /// Microsoft Teams through Microsoft Graph: login, status, teams, channels, members
    #[command(subcommand)]
    Teams(Box<teams::TeamsCommand>),
    /// ServiceNow: table queries, every page, with the query's fields checked first
    #[command(subcommand)]
    Snow(Box<snow::SnowCommand>),
    /// Chat usage events and reports across the directory, Salesforce and SSO data in the cache
    #[command(subcommand)]
    Analytics(analytics::AnalyticsCommand),
    /// Inspect and query the local cache
    #[command(subcommand)]
    Cache(cache::CacheCommand),
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}
