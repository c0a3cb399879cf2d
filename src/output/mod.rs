//! Everything that reaches stdout or stderr goes through here: the output formats, the sink
//! that makes `-o FILE` atomic, the row writers and the stderr `Ui` with its progress bars.

mod entries;
mod ldif;
mod rows;
mod sink;
mod terminal;
mod ui;

pub use entries::{EntryOptions, EntryWriter};
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
    /// `auto` is a table on a terminal and NDJSON otherwise; with `-o FILE` the file's
    /// extension decides (.csv, .json, .ndjson/.jsonl, .ldif), else NDJSON.
    pub fn resolve(arg: FormatArg, output: Option<&Path>, stdout_is_terminal: bool) -> Format {
        match arg {
            FormatArg::Table => Format::Table,
            FormatArg::Csv => Format::Csv,
            FormatArg::Json => Format::Json,
            FormatArg::Ndjson => Format::Ndjson,
            FormatArg::Ldif => Format::Ldif,
            FormatArg::Html => Format::Html,
            FormatArg::Auto => match output {
                Some(p) => match p
                    .extension()
                    .and_then(|e| e.to_str())
                    .map(str::to_ascii_lowercase)
                    .as_deref()
                {
                    Some("csv") => Format::Csv,
                    Some("json") => Format::Json,
                    Some("ldif") => Format::Ldif,
                    Some("html" | "htm") => Format::Html,
                    Some("txt") => Format::Table,
                    _ => Format::Ndjson,
                },
                None if stdout_is_terminal => Format::Table,
                None => Format::Ndjson,
            },
        }
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

    /// Refuse a format a command cannot produce instead of silently using another.
    pub fn require(self, allowed: &[Format], what: &str) -> Result<Format, AppError> {
        if allowed.contains(&self) {
            Ok(self)
        } else {
            let names: Vec<_> = allowed.iter().map(|f| f.name()).collect();
            Err(
                AppError::usage(format!("{what} cannot be written as {}", self.name()))
                    .with_hint(format!("use --format {}", names.join("|"))),
            )
        }
    }
}

/// The formats every row-producing command supports.
pub const ROW_FORMATS: &[Format] = &[Format::Table, Format::Csv, Format::Json, Format::Ndjson];
