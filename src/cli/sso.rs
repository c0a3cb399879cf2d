use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum SsoCommand {
    /// OpenID Connect providers: check, token, validate
    #[command(subcommand)]
    Oidc(OidcCommand),
    /// SAML 2.0 Service Provider: keys, metadata, IdP checks, AuthnRequests, Response validation
    #[command(subcommand)]
    Saml(SamlCommand),
}

#[derive(Debug, Subcommand)]
pub enum SamlCommand {
    /// Make a key pair and self-signed certificate for a new SP (the key file is 0600)
    Keygen(KeygenArgs),
    /// Print the SP's metadata (OASIS schema-valid), optionally signed
    Metadata(MetadataArgs),
    /// Check an IdP's metadata: certificates and expiry, endpoints, signature (exit 3 when unhealthy)
    IdpCheck(IdpCheckArgs),
    /// Print an HTTP-Redirect login URL with a fresh 128-bit request ID (remembered for validate)
    AuthnUrl(AuthnUrlArgs),
    /// Validate a SAMLResponse: signature, structure and every condition (exit 3 on reject)
    Validate(SamlValidateArgs),
    /// Decode a SAMLRequest / SAMLResponse (URL, base64, deflate) to indented XML, unvalidated
    Decode(DecodeArgs),
}

/// The Service Provider. Every value overrides the profile's `[profiles.NAME.saml]`.
#[derive(Debug, Args, Default, Clone)]
pub struct SpArgs {
    /// The SP's entity ID
    #[arg(long, value_name = "ID")]
    pub sp_entity_id: Option<String>,
    /// AssertionConsumerService URL, HTTP-POST (repeatable; the first is the default)
    #[arg(long = "acs-url", value_name = "URL")]
    pub acs_urls: Vec<String>,
    /// SingleLogoutService URL (HTTP-Redirect)
    #[arg(long, value_name = "URL")]
    pub slo_url: Option<String>,
    /// NameID format to ask for
    #[arg(long, value_name = "URI")]
    pub nameid_format: Option<String>,
    /// The SP's signing certificate (PEM or DER)
    #[arg(long, value_name = "FILE")]
    pub sp_cert: Option<PathBuf>,
    /// The SP's private key (PEM or DER): signs, and decrypts EncryptedAssertions
    #[arg(long, value_name = "FILE")]
    pub sp_key: Option<PathBuf>,
    /// A separate encryption certificate (default: the signing certificate)
    #[arg(long, value_name = "FILE")]
    pub sp_encryption_cert: Option<PathBuf>,
    /// Whether the SP signs its AuthnRequests (metadata AuthnRequestsSigned)
    #[arg(long, value_name = "BOOL")]
    pub authn_requests_signed: Option<bool>,
    /// Whether the SP requires signed assertions (metadata WantAssertionsSigned; enforced by validate)
    #[arg(long, value_name = "BOOL")]
    pub want_assertions_signed: Option<bool>,
}

/// The Identity Provider, from its metadata.
#[derive(Debug, Args, Default, Clone)]
pub struct IdpArgs {
    /// The IdP's metadata: a file or an https URL (the only source of trusted certificates)
    #[arg(long, value_name = "FILE|URL")]
    pub idp_metadata: Option<String>,
    /// Which IdP, when the metadata is an aggregate
    #[arg(long, value_name = "ID")]
    pub idp_entity_id: Option<String>,
    /// Verify the metadata's signature with this certificate first
    #[arg(long, value_name = "FILE")]
    pub idp_trust_cert: Option<PathBuf>,
    /// Trust this CA (PEM) in addition to the system roots when fetching metadata
    #[arg(long, value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
    /// Use IdP metadata whose validUntil has passed (refused otherwise: stale metadata may
    /// hold a withdrawn key)
    #[arg(long)]
    pub allow_expired_metadata: bool,
    /// Accept SHA-1 signatures (RSA-SHA1, SHA-1 digests) on responses and metadata (refused
    /// otherwise: SHA-1 collisions are practical)
    #[arg(long)]
    pub allow_sha1: bool,
}

#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Common name of the certificate (the SP's host name, usually)
    #[arg(long, value_name = "NAME")]
    pub cn: String,
    /// Days the certificate is valid
    #[arg(long, value_name = "N", default_value_t = 730)]
    pub days: u32,
    /// RSA key size
    #[arg(long, value_name = "BITS", default_value_t = 3072, value_parser = clap::value_parser!(u32).range(2048..=8192))]
    pub bits: u32,
    /// Where the private key goes (written 0600)
    #[arg(long, value_name = "FILE", default_value = "sp.key")]
    pub key_out: PathBuf,
    /// Where the certificate goes
    #[arg(long, value_name = "FILE", default_value = "sp.crt")]
    pub cert_out: PathBuf,
    /// Replace existing files
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct MetadataArgs {
    /// Sign the metadata (enveloped RSA-SHA256 / SHA-256 signature) with the SP key
    #[arg(long)]
    pub sign: bool,
    /// Set validUntil this many days ahead
    #[arg(long, value_name = "N")]
    pub valid_days: Option<u32>,
    #[command(flatten)]
    pub sp: SpArgs,
}

#[derive(Debug, Args)]
pub struct IdpCheckArgs {
    /// The IdP's metadata: a file, an https URL, or `-` for stdin (default: the profile's)
    pub source: Option<String>,
    /// Pick this entity out of an aggregate (EntitiesDescriptor)
    #[arg(long, value_name = "ID")]
    pub entity_id: Option<String>,
    /// Verify the metadata's signature with this certificate (a federation's signing key)
    #[arg(long, value_name = "FILE")]
    pub trust_cert: Option<PathBuf>,
    /// Warn when a certificate or validUntil is this close (days)
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    pub warn_days: i64,
    /// Fail (exit 3) on warnings too
    #[arg(long)]
    pub strict: bool,
    /// Trust this CA (PEM) in addition to the system roots when fetching a URL
    #[arg(long, value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AuthnUrlArgs {
    /// RelayState to send along (where the SP returns the user after login)
    #[arg(long, value_name = "S")]
    pub relay_state: Option<String>,
    /// Sign the query string (SigAlg RSA-SHA256) with the SP key
    #[arg(long)]
    pub sign: bool,
    /// Ask the IdP to authenticate again even with a session (ForceAuthn)
    #[arg(long)]
    pub force_authn: bool,
    /// Ask the IdP not to interact with the user (IsPassive)
    #[arg(long)]
    pub passive: bool,
    /// The IdP's SSO URL, instead of the Redirect endpoint from its metadata
    #[arg(long, value_name = "URL")]
    pub sso_url: Option<String>,
    /// Minutes the request ID stays acceptable as InResponseTo
    #[arg(long, value_name = "MINUTES", default_value_t = 10)]
    pub ttl: u32,
    #[command(flatten)]
    pub sp: SpArgs,
    #[command(flatten)]
    pub idp: IdpArgs,
}

#[derive(Debug, Args)]
pub struct SamlValidateArgs {
    /// The SAMLResponse: the POST value (base64), URL-encoded, or XML; `-` reads stdin
    #[arg(default_value = "-")]
    pub input: String,
    /// The request this Response must answer (default: the requests authn-url remembered)
    #[arg(long, value_name = "ID", conflicts_with = "allow_unsolicited")]
    pub request_id: Option<String>,
    /// Accept a Response without InResponseTo (IdP-initiated login)
    #[arg(long)]
    pub allow_unsolicited: bool,
    /// Clock skew allowed on every time condition: 60s, 2m (a bare number is seconds)
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = crate::duration::seconds)]
    pub clock_skew: u64,
    /// Judge the Response as of this instant (RFC 3339) instead of now; nothing is remembered
    #[arg(long, value_name = "TIMESTAMP")]
    pub now: Option<String>,
    #[command(flatten)]
    pub sp: SpArgs,
    #[command(flatten)]
    pub idp: IdpArgs,
}

#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// The value, a URL or query string carrying it, or `-` for stdin
    #[arg(default_value = "-")]
    pub value: String,
}

#[derive(Debug, Subcommand)]
pub enum OidcCommand {
    /// Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)
    Check(CheckArgs),
    /// Obtain tokens (client credentials) and show them decoded, or only the access token
    Token(TokenArgs),
    /// Validate an ID token or JWT access token item by item (exit 3 when invalid)
    Validate(ValidateArgs),
    /// Show a token's header and claims WITHOUT verifying anything (no key, no checks)
    Decode(JwtDecodeArgs),
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
    #[command(flatten)]
    pub net: super::NetArgs,
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
    /// Code flow: the loopback host of the redirect (127.0.0.1, localhost or [::1])
    #[arg(long, value_name = "HOST")]
    pub redirect_host: Option<String>,
    /// The code and device flows' browser and (code flow) loopback redirect; the device flow
    /// waits until its code expires
    #[command(flatten)]
    pub browser: super::BrowserArgs,
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
    /// The token, or `-` (the default) to read it from stdin. A token given here is visible to
    /// other local users in the process list while atomctl runs: prefer stdin
    #[arg(default_value = "-")]
    pub token: String,
    /// Provider name from the profile
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// What the token is: an ID token (OIDC Core), or a JWT access token (RFC 9068: typ
    /// at+jwt and its required claims); one is never accepted as the other
    #[arg(long, value_enum, default_value_t = TokenTypeArg::Id)]
    pub token_type: TokenTypeArg,
    /// The nonce sent with the authorization request
    #[arg(long, value_name = "NONCE")]
    pub nonce: Option<String>,
    /// Read the access token issued with this ID token (to check at_hash) from this
    /// environment variable
    #[arg(long, value_name = "VAR", conflicts_with = "access_token_file")]
    pub access_token_env: Option<String>,
    /// Read the access token issued with this ID token (to check at_hash) from this file
    #[arg(long, value_name = "FILE")]
    pub access_token_file: Option<PathBuf>,
    /// Accept any audience. Without it the token must name --audience, or the client
    /// (--client-id or the profile's), or validation fails
    #[arg(long)]
    pub no_audience_check: bool,
    /// Clock skew allowed for exp, nbf and iat: 60s, 2m (a bare number is seconds)
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = crate::duration::seconds)]
    pub leeway: u64,
    #[command(flatten)]
    pub conn: OidcConnArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TokenTypeArg {
    /// An OpenID Connect ID token
    Id,
    /// A JWT access token (RFC 9068)
    Access,
}

#[derive(Debug, Args)]
pub struct JwtDecodeArgs {
    /// The token, or `-` (the default) to read it from stdin
    #[arg(default_value = "-")]
    pub token: String,
}
