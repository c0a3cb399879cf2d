//! Parse, resolve, act: flags + profile + environment → one settings value per command.
//! Flags override the profile; the profile overrides built-in defaults.

//! One file per command group: `ldap`, `sf`, `sso`.

mod ldap;
mod sf;
mod sso;

pub use ldap::{LdapSettings, ldap};
pub use sf::{SfSettings, salesforce, sf_profile};
pub use sso::{IdpSource, OidcSettings, SamlSettings, oidc, saml, saml_profile};

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::{ColorArg, GlobalArgs};
use crate::config::{self, ConfigFile, Profile};
use crate::error::AppError;
use crate::files::Access;
use crate::output::{Format, Sink, Ui};

/// The global flags, resolved.
pub struct Globals {
    pub config_path: PathBuf,
    pub cache_path: PathBuf,
    pub profile_flag: Option<String>,
    pub format_arg: crate::cli::FormatArg,
    pub output: Option<PathBuf>,
    pub ui: Ui,
    /// `--csv-formulas`, when given.
    pub csv_formulas: Option<crate::cli::CsvFormulasArg>,
}

impl Globals {
    pub fn from_args(g: &GlobalArgs) -> Globals {
        let color = match g.color {
            ColorArg::Auto => None,
            ColorArg::Always => Some(true),
            ColorArg::Never => Some(false),
        };
        Globals {
            config_path: config::config_path(g.config.as_deref()),
            cache_path: config::cache_path(g.cache.as_deref()),
            profile_flag: g.profile.clone(),
            format_arg: g.format,
            output: g.output.clone(),
            ui: Ui::new(g.quiet, g.verbose, color, g.no_progress),
            csv_formulas: g.csv_formulas,
        }
    }

    /// Whether CSV neutralizes formula-like cells: `--csv-formulas`, else `default`.
    pub fn neutralize_formulas(&self, default: bool) -> bool {
        match self.csv_formulas {
            Some(crate::cli::CsvFormulasArg::Neutralize) => true,
            Some(crate::cli::CsvFormulasArg::Keep) => false,
            None => default,
        }
    }

    /// The output format after `auto` is decided for this run.
    pub fn format(&self) -> Format {
        Format::resolve(
            self.format_arg,
            self.output.as_deref(),
            std::io::stdout().is_terminal(),
        )
    }

    /// stdout, or the `-o` file (atomic; a file it replaces keeps its mode).
    pub fn sink(&self) -> Result<Sink, AppError> {
        self.sink_for(Access::Ordinary)
    }

    /// As `sink`, for output that holds a secret (tokens): a `-o` file is owner-only.
    pub fn secret_sink(&self) -> Result<Sink, AppError> {
        self.sink_for(Access::Private)
    }

    fn sink_for(&self, access: Access) -> Result<Sink, AppError> {
        match &self.output {
            Some(p) => Sink::file(p, access)
                .map_err(|e| AppError::failed(format!("cannot write {}: {e}", p.display()))),
            None => Ok(Sink::stdout()),
        }
    }

    /// Load the config file and pick the active profile.
    pub fn load_profile(&self) -> Result<(ConfigFile, Option<String>, Option<Profile>), AppError> {
        let file = config::load(&self.config_path)?;
        let name = config::profile_name(self.profile_flag.as_deref(), &file);
        // A default profile named by the file but missing is a config error too.
        let profile = config::select_profile(&file, name.as_deref())?;
        Ok((file, name, profile))
    }
}
