use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Write a commented config.toml with an example profile
    Init {
        /// Replace an existing file
        #[arg(long)]
        force: bool,
    },
    /// List the profiles
    List,
    /// Show a profile (secrets are never shown, only where they come from)
    Show {
        /// Profile name (default: the active profile)
        name: Option<String>,
    },
    /// Print one value: `ldap.base_dn` (in the active profile) or `profiles.NAME.ldap.base_dn`
    Get { key: String },
    /// Set one value, keeping the file's comments; VALUE is TOML (`true`, `500`, `["a","b"]`) or text
    Set { key: String, value: String },
    /// Print the config file path
    Path,
    /// Connect to each configured service of the profile and report per service
    Check,
}
