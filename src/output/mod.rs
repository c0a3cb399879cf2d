//! Everything that reaches stdout or stderr goes through here: the output formats, the sink
//! that makes `-o FILE` atomic, the row writers and the stderr `Ui` with its progress bars.

mod entries;
mod fit;
mod ldif;
mod rows;
mod sink;
mod terminal;
mod ui;

pub use entries::{EntryOptions, EntryWriter};
pub use fit::{note, set_table_width, stdout_width};
pub use ldif::LdifWriter;
pub use rows::{
    Cell, CsvStyle, EncodedRows, PageEncoder, RowEncoder, RowWriter, TableLayout, TypedRows,
    neutralize_formulas_by_default, number_text,
};
pub use sink::Sink;
pub use terminal::inert;
pub use ui::{Progress, Ui};

use std::path::Path;

use crate::cli::FormatArg;
use crate::cli::formats::{Accepts, FormatRefusal};
use crate::error::AppError;

/// A concrete output format, after `auto` has been decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
    Ndjson,
    Ldif,
    /// A self-contained HTML page (analytics exports only).
    Html,
}

impl Format {
    /// The format of this run of `command`: `--format`, or for `auto` the `-o` file's extension
    /// (.csv, .json, .ndjson/.jsonl, .ldif, .html, .txt), else a table on a terminal and NDJSON
    /// otherwise, within what the command accepts. `None` for a command whose output has no
    /// format choice (SAML metadata, a completion script).
    pub fn resolve(
        arg: FormatArg,
        accepts: Accepts,
        command: &str,
        output: Option<&Path>,
        stdout_is_terminal: bool,
    ) -> Result<Option<Format>, AppError> {
        let extension = output
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let from_extension = match extension.as_deref() {
            Some("csv") => Some(FormatArg::Csv),
            Some("json") => Some(FormatArg::Json),
            Some("ndjson" | "jsonl") => Some(FormatArg::Ndjson),
            Some("ldif") => Some(FormatArg::Ldif),
            Some("html" | "htm") => Some(FormatArg::Html),
            Some("txt") => Some(FormatArg::Table),
            _ => None,
        };
        let preferred = if output.is_none() && stdout_is_terminal {
            FormatArg::Table
        } else {
            FormatArg::Ndjson
        };
        let names = |list: &[FormatArg]| {
            list.iter()
                .filter_map(|f| Format::from_arg(*f).map(Format::name))
                .collect::<Vec<_>>()
                .join("|")
        };
        match accepts.resolve(arg, from_extension, preferred) {
            Ok(f) => Ok(f.and_then(Format::from_arg)),
            Err(FormatRefusal::Unsupported(f, list)) => Err(AppError::usage(format!(
                "`{command}` cannot write {}",
                Format::from_arg(f).map_or("auto", Format::name)
            ))
            .with_hint(format!("use --format {}", names(list)))),
            Err(FormatRefusal::Extension(f, list)) => Err(AppError::usage(format!(
                "`{command}` cannot write {}, which the name of the -o file asks for",
                Format::from_arg(f).map_or("auto", Format::name)
            ))
            .with_hint(format!(
                "name the format with --format {}, or give the file another extension",
                names(list)
            ))),
            Err(FormatRefusal::Fixed(what)) => Err(AppError::usage(format!(
                "`{command}` writes {what}, in no other format"
            ))
            .with_hint("leave out --format")),
        }
    }

    fn from_arg(arg: FormatArg) -> Option<Format> {
        Some(match arg {
            FormatArg::Auto => return None,
            FormatArg::Table => Format::Table,
            FormatArg::Csv => Format::Csv,
            FormatArg::Json => Format::Json,
            FormatArg::Ndjson => Format::Ndjson,
            FormatArg::Ldif => Format::Ldif,
            FormatArg::Html => Format::Html,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Ldif => "ldif",
            Format::Html => "html",
        }
    }
}
