//! Parse, resolve, act: flags + profile + environment → one settings value per command.
//! Flags override the profile; the profile overrides built-in defaults.

//! One file per command group: `ldap`, `sf`, `snow`, `sso`, `teams`.

mod ldap;
mod sf;
pub mod snow;
mod sso;
mod teams;

pub use ldap::{LdapSettings, ldap};
pub use sf::{SfSettings, salesforce, sf_profile};
pub use snow::{SnowSettings, snow};
pub use sso::{IdpSource, OidcSettings, SamlSettings, oidc, saml, saml_profile};
pub use teams::{Credential as TeamsCredential, TeamsSettings, teams};

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::{Accepts, ColorArg, GlobalArgs};
use crate::config::{self, ConfigFile, Profile};
use crate::error::AppError;
use crate::files::Access;
use crate::output::{Format, Sink, Ui};

/// The run's one colour decision, for atomctl's messages, clap's and the log lines alike:
/// `--color always|never`, else none when `NO_COLOR` is set, else colour only when stderr is
/// a terminal (never in a file or a pipe).
pub fn color(flag: ColorArg) -> bool {
    match flag {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => !config::no_color() && std::io::stderr().is_terminal(),
    }
}

/// The global flags, resolved.
pub struct Globals {
    pub config_path: PathBuf,
    /// The flag or variable that named the config file (it must then exist).
    pub config_named_by: Option<&'static str>,
    pub cache_path: PathBuf,
    pub profile_flag: Option<String>,
    /// The run's output format, decided once (`output::Format::resolve`); `Table` for the
    /// commands that have no format choice, which never ask.
    format: Format,
    /// `--format` as given (`authn-url` prints a bare URL unless a format is named).
    pub format_arg: crate::cli::FormatArg,
    pub output: Option<PathBuf>,
    pub ui: Ui,
    /// `--csv-formulas`, when given.
    pub csv_formulas: Option<crate::cli::CsvFormulasArg>,
}

impl Globals {
    /// The global flags of a run of `command` (its name, for messages), which accepts
    /// `accepts`; refuses a `--format` or `-o` extension the command cannot write.
    pub fn from_args(g: &GlobalArgs, accepts: Accepts, command: &str) -> Result<Globals, AppError> {
        let format = Format::resolve(
            g.format,
            accepts,
            command,
            g.output.as_deref(),
            std::io::stdout().is_terminal(),
        )?;
        let (config_path, config_named_by) = config::config_path(g.config.as_deref());
        Ok(Globals {
            config_path,
            config_named_by,
            cache_path: config::cache_path(g.cache.as_deref()),
            profile_flag: g.profile.clone(),
            format: format.unwrap_or(Format::Table),
            format_arg: g.format,
            output: g.output.clone(),
            ui: Globals::ui(g),
            csv_formulas: g.csv_formulas,
        })
    }

    /// The stderr messages of a run with these flags.
    pub fn ui(g: &GlobalArgs) -> Ui {
        Ui::new(g.quiet, g.verbose, color(g.color), g.no_progress)
    }

    /// Whether CSV neutralizes formula-like cells: `--csv-formulas`, else `default`.
    pub fn neutralize_formulas(&self, default: bool) -> bool {
        match self.csv_formulas {
            Some(crate::cli::CsvFormulasArg::Neutralize) => true,
            Some(crate::cli::CsvFormulasArg::Keep) => false,
            None => default,
        }
    }

    /// The output format of this run, one the command accepts.
    pub fn format(&self) -> Format {
        self.format
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

    /// The config file (empty when there is none at the default location).
    pub fn load_config(&self) -> Result<ConfigFile, AppError> {
        config::load(&self.config_path, self.config_named_by)
    }

    /// Load the config file and pick the active profile.
    pub fn load_profile(&self) -> Result<(ConfigFile, Option<String>, Option<Profile>), AppError> {
        let file = self.load_config()?;
        let name = config::profile_name(self.profile_flag.as_deref(), &file);
        // A profile asked for by name needs a file to hold it: say that the file is missing
        // rather than that the profile is.
        if let Some(name) = &name
            && !self.config_path.exists()
        {
            return Err(config::missing_file(
                &self.config_path,
                &format!("profile `{name}` was asked for"),
            ));
        }
        // A default profile named by the file but missing is a config error too.
        let profile = config::select_profile(&file, name.as_deref())?;
        Ok((file, name, profile))
    }
}
