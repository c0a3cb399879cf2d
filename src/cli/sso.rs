use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum SsoCommand {
    /// OpenID Connect providers: check, token, validate
    #[command(subcommand)]
    Oidc(OidcCommand),
}

#[derive(Debug, Subcommand)]
pub enum OidcCommand {
    /// Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)
    Check(CheckArgs),
    /// Obtain tokens (client credentials) and show them decoded, or only the access token
    Token(TokenArgs),
    /// Validate an ID token or JWT access token item by item (exit 3 when invalid)
    Validate(ValidateArgs),
    /// The userinfo claims for the stored (or a given) access token
    Userinfo(UseTokenArgs),
    /// Ask the provider about a token (RFC 7662)
    Introspect(UseTokenArgs),
    /// Revoke the stored (or a given) token (RFC 7009) and forget it
    Revoke(UseTokenArgs),
}

/// Which provider and client. Every value overrides the profile's provider.
#[derive(Debug, Args, Default, Clone)]
pub struct OidcConnArgs {
    /// Issuer URL, exactly as the provider states it
    #[arg(long, value_name = "URL")]
    pub issuer: Option<String>,
    /// Client id
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Read the client secret from this environment variable
    #[arg(long, value_name = "VAR", conflicts_with = "client_secret_file")]
    pub client_secret_env: Option<String>,
    /// Read the client secret from this file
    #[arg(long, value_name = "FILE")]
    pub client_secret_file: Option<PathBuf>,
    /// How the secret goes to the token endpoint
    #[arg(long, value_enum)]
    pub client_auth: Option<ClientAuthArg>,
    /// Scope to ask for (repeatable)
    #[arg(long = "scope", value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// `audience` parameter for providers that want one
    #[arg(long, value_name = "AUD")]
    pub audience: Option<String>,
    /// RFC 8707 resource indicator
    #[arg(long, value_name = "URI")]
    pub resource: Option<String>,
    /// Trust this CA certificate (PEM) in addition to the system roots
    #[arg(long, value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
    /// Seconds to wait for each answer
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClientAuthArg {
    /// HTTP Basic (client_secret_basic)
    Basic,
    /// In the request body (client_secret_post)
    Post,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FlowArg {
    /// The client's own token (client_credentials grant)
    ClientCredentials,
    /// A person logs in in a browser: authorization code with PKCE through a loopback redirect
    Code,
    /// A person logs in on another device: shows a user code and where to enter it
    Device,
    /// A new access token from the stored refresh token
    Refresh,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Provider name from the profile (`[profiles.NAME.oidc.PROVIDER]`); or use --issuer
    pub provider: Option<String>,
    /// Also obtain a token with this flow and validate it
    #[arg(long, value_enum)]
    pub flow: Option<FlowArg>,
    /// Fail (exit 3) on warnings too
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub conn: OidcConnArgs,
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    /// Provider name from the profile; or use --issuer
    pub provider: Option<String>,
    #[arg(long, value_enum, default_value_t = FlowArg::ClientCredentials)]
    pub flow: FlowArg,
    /// Print only the access token (for $(…) in scripts)
    #[arg(long)]
    pub token_only: bool,
    /// Do not keep the tokens for reuse
    #[arg(long)]
    pub no_store: bool,
    /// Code and device flows: print the URL instead of opening a browser
    #[arg(long)]
    pub no_browser: bool,
    /// Code and device flows: run this command with the URL as its argument
    #[arg(long, value_name = "CMD", conflicts_with = "no_browser")]
    pub browser_command: Option<String>,
    /// Code flow: the loopback host of the redirect (127.0.0.1, localhost or [::1])
    #[arg(long, value_name = "HOST")]
    pub redirect_host: Option<String>,
    /// Code flow: the loopback port (default: any free port)
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// Code flow: seconds to wait for the login (the device flow waits until its code expires)
    #[arg(long, value_name = "SECONDS", default_value_t = 300)]
    pub wait: u64,
    #[command(flatten)]
    pub conn: OidcConnArgs,
}

#[derive(Debug, Args)]
pub struct UseTokenArgs {
    /// Provider name from the profile; or use --issuer
    pub provider: Option<String>,
    /// Use the token in this environment variable instead of the stored one
    #[arg(long, value_name = "VAR")]
    pub token_env: Option<String>,
    /// Introspect / revoke the stored refresh token instead of the access token
    #[arg(long)]
    pub refresh: bool,
    #[command(flatten)]
    pub conn: OidcConnArgs,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The token, or `-` to read it from stdin
    #[arg(default_value = "-")]
    pub token: String,
    /// Provider name from the profile
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// The nonce sent with the authorization request
    #[arg(long, value_name = "NONCE")]
    pub nonce: Option<String>,
    /// The access token issued with this ID token, to check at_hash
    #[arg(long, value_name = "TOKEN")]
    pub access_token: Option<String>,
    /// Seconds of clock skew allowed for exp, nbf and iat
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub leeway: u64,
    #[command(flatten)]
    pub conn: OidcConnArgs,
}
