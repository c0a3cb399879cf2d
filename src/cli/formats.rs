//! What each command can write. `--format` is a global flag, but a command's help lists only
//! the values that command accepts and clap refuses the others, so one table here is the single
//! answer to "can `sf query` write LDIF?" — for the parser, the help, the man pages and the
//! check that runs before a command (`settings::Globals::resolve_format`).

use clap::ValueEnum;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use super::FormatArg;

/// The `--format` values one command accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepts {
    /// Any of these (after `auto`); `auto` picks a table on a terminal, NDJSON in a pipe, or
    /// the `-o` file's extension, and the first one listed when the command has no such format.
    Choice(&'static [FormatArg]),
    /// One fixed kind of output, named here for messages (SAML metadata is XML, a bulk export
    /// is CSV); `--format` takes only `auto` or that one format, when it is one of ours.
    Only(&'static str, Option<FormatArg>),
}

impl Default for Accepts {
    fn default() -> Self {
        Accepts::Choice(ROWS)
    }
}

use FormatArg::{Csv, Html, Json, Ldif, Ndjson, Table};

/// Rows: every command that prints records, reports or checklists.
pub const ROWS: &[FormatArg] = &[Table, Csv, Json, Ndjson];
/// One JSON document (claims, a token summary): no CSV.
pub const DOCUMENT: &[FormatArg] = &[Table, Json, Ndjson];

/// The formats of the command at `path` (its names below `atomctl`, canonical, not aliases).
/// Every runnable command has an entry; a test walks the grammar to keep it so.
pub fn accepted(path: &[&str]) -> Option<Accepts> {
    use Accepts::{Choice, Only};
    Some(match path {
        ["ldap", "search"] => Choice(&[Table, Csv, Json, Ndjson, Ldif]),
        ["ldap", "user" | "group" | "sync" | "status"] => Choice(ROWS),
        ["sf", "query" | "search" | "describe" | "sync" | "status"] => Choice(ROWS),
        ["sf", "login"] => Choice(DOCUMENT),
        ["sf", "record", _] => Choice(ROWS),
        ["sf", "import"] => Choice(ROWS),
        ["sf", "export"] => Only("CSV", Some(Csv)),
        ["sso", "oidc", "check" | "validate"] => Choice(ROWS),
        [
            "sso",
            "oidc",
            "token" | "decode" | "userinfo" | "introspect" | "revoke",
        ] => Choice(DOCUMENT),
        ["sso", "saml", "idp-check" | "validate"] => Choice(ROWS),
        ["sso", "saml", "authn-url"] => Choice(DOCUMENT),
        ["sso", "saml", "metadata"] => Only("SAML metadata XML", None),
        ["sso", "saml", "decode"] => Only("indented XML", None),
        ["sso", "saml", "keygen"] => Only("a key and a certificate file", None),
        [
            "teams",
            "list" | "channels" | "members" | "sync" | "reconcile",
        ] => Choice(ROWS),
        ["teams", "login" | "status" | "send"] => Choice(DOCUMENT),
        ["teams", "meeting", "create"] => Choice(DOCUMENT),
        [
            "snow",
            "query" | "get" | "count" | "sync" | "create" | "update" | "resolve",
        ] => Choice(ROWS),
        ["snow", "login" | "status"] => Choice(DOCUMENT),
        ["analytics", "ingest" | "report"] => Choice(ROWS),
        ["analytics", "export"] => Choice(&[Csv, Json, Ndjson, Html]),
        ["config", "list" | "show" | "check"] => Choice(ROWS),
        ["config", "get" | "path"] => Only("plain text", None),
        ["config", "init" | "set"] => Only("the config file", None),
        ["cache", "info" | "sql" | "jobs" | "audit"] => Choice(ROWS),
        ["cache", "vacuum"] => Only("a note on stderr", None),
        ["completions"] => Only("a completion script", None),
        _ => return None,
    })
}

impl Accepts {
    /// The concrete format for this run. `auto` means the `-o` file's extension when it names
    /// a format (which must then be one of ours: `-o out.ldif` is not quietly written as
    /// NDJSON), else `preferred` (a table on a terminal, NDJSON in a pipe) when the command
    /// has it, else the command's first format. `None` for a command with no format choice.
    pub fn resolve(
        self,
        arg: FormatArg,
        from_extension: Option<FormatArg>,
        preferred: FormatArg,
    ) -> Result<Option<FormatArg>, FormatRefusal> {
        match self {
            Accepts::Only(what, own) => match arg {
                FormatArg::Auto => Ok(own),
                f if Some(f) == own => Ok(own),
                _ => Err(FormatRefusal::Fixed(what)),
            },
            Accepts::Choice(list) => {
                let pick = match (arg, from_extension) {
                    (FormatArg::Auto, Some(ext)) if !list.contains(&ext) => {
                        return Err(FormatRefusal::Extension(ext, list));
                    }
                    (FormatArg::Auto, Some(ext)) => ext,
                    (FormatArg::Auto, None) if list.contains(&preferred) => preferred,
                    (FormatArg::Auto, None) => list[0],
                    (f, _) if list.contains(&f) => f,
                    (f, _) => return Err(FormatRefusal::Unsupported(f, list)),
                };
                Ok(Some(pick))
            }
        }
    }
}

/// Why a command cannot write the format asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatRefusal {
    /// `--format X` given before the command's name, where clap could not check it.
    Unsupported(FormatArg, &'static [FormatArg]),
    /// `-o FILE.X` with `--format auto`, and the command cannot write X.
    Extension(FormatArg, &'static [FormatArg]),
    /// The command writes only this.
    Fixed(&'static str),
}

/// Give each runnable command its own copy of the global `--format`, with that command's
/// values. Done before clap builds the grammar: a command that has its own copy of a global
/// flag keeps it, and the values it parses still reach the global flags.
pub(super) fn apply(cmd: clap::Command) -> clap::Command {
    let global = cmd
        .get_arguments()
        .find(|a| a.get_id() == "format")
        .cloned()
        .expect("the global --format flag");
    apply_below(cmd, &global, &mut Vec::new())
}

fn apply_below(cmd: clap::Command, global: &clap::Arg, path: &mut Vec<String>) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    if names.is_empty() {
        let keys: Vec<&str> = path.iter().map(String::as_str).collect();
        let accepts = accepted(&keys).unwrap_or_default();
        return cmd.arg(restrict(global.clone(), accepts));
    }
    names.into_iter().fold(cmd, |cmd, name| {
        path.push(name.clone());
        let cmd = cmd.mut_subcommand(&name, |sub| apply_below(sub, global, path));
        path.pop();
        cmd
    })
}

fn restrict(arg: clap::Arg, accepts: Accepts) -> clap::Arg {
    match accepts {
        Accepts::Choice(list) => {
            let names: Vec<clap::builder::PossibleValue> = std::iter::once(&FormatArg::Auto)
                .chain(list)
                .filter_map(|v| v.to_possible_value())
                .collect();
            arg.value_parser(PossibleValuesParser::new(names).map(|name: String| {
                FormatArg::from_str(&name, false).expect("a listed FormatArg value")
            }))
        }
        // One kind of output: say what it is instead of listing a lone `auto`.
        Accepts::Only(what, own) => {
            let arg = arg.value_parser(move |value: &str| match FormatArg::from_str(value, true) {
                Ok(f) if f == FormatArg::Auto || Some(f) == own => Ok(f),
                _ => Err(format!("this command writes {what}; leave out --format")),
            });
            match own {
                Some(_) => arg.help(format!("Output format: this command writes {what}")),
                // Nothing to choose: keep the flag out of the help (`auto` is still accepted,
                // so a global `--format auto` in a shell alias does no harm).
                None => arg.hide(true),
            }
        }
    }
}
