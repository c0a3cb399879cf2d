mod describe;
mod export;
mod import;
mod login;
mod query;
mod record;
mod search;
mod status;
mod sync;

use std::sync::Arc;

use super::Context;
use crate::cli::sf::{LineEnding, SfCommand, TableArgs};
use crate::error::AppError;
use crate::output::{CsvStyle, Format, RowEncoder, RowWriter, Sink};
use crate::salesforce::Client;
use crate::salesforce::login_store;
use crate::settings::SfSettings;

pub fn run(ctx: &Context, cmd: SfCommand) -> anyhow::Result<()> {
    match cmd {
        SfCommand::Login(a) => login::run(ctx, a),
        SfCommand::Query(a) => query::run(ctx, a),
        SfCommand::Search(a) => search::run(ctx, a),
        SfCommand::Export(a) => export::run(ctx, a),
        SfCommand::Describe(a) => describe::run(ctx, a),
        SfCommand::Status(a) => status::run(ctx, a),
        SfCommand::Sync(a) => sync::run(ctx, a),
        SfCommand::Record(c) => record::run(ctx, c),
        SfCommand::Import(a) => import::run(ctx, a),
    }
}

/// The client for these settings; the run is recorded against the instance.
fn connect(ctx: &Context, s: &SfSettings, command: &'static str) -> anyhow::Result<Arc<Client>> {
    ctx.touched("sf", command, &s.profile_key, &s.client.instance_url);
    Ok(Client::new(&s.client, s.token.clone(), s.renewal.clone()).map(Arc::new)?)
}

/// A token renewed during the run replaces the stored one, so the next run starts with it.
fn keep_renewed(ctx: &Context, s: &mut SfSettings, client: &Client) {
    let (Some(token), Some((path, login))) = (client.take_renewed(), s.stored.as_mut()) else {
        return;
    };
    login.update(&token);
    if let Err(e) = login_store::save(path, login) {
        ctx.globals
            .ui
            .warn(format!("the renewed token was not stored: {e}"));
    }
}

/// A row writer for record output, with the CSV options applied.
fn row_writer(
    format: Format,
    sink: Sink,
    columns: Vec<String>,
    t: &TableArgs,
) -> Result<RowWriter<Sink>, AppError> {
    Ok(RowWriter::with_encoder(
        sink,
        row_encoder(format, columns, t)?,
    ))
}

/// How rows are encoded for `--format`, `--delimiter`, `--line-ending` and `--null-text`.
fn row_encoder(
    format: Format,
    columns: Vec<String>,
    t: &TableArgs,
) -> Result<RowEncoder, AppError> {
    let delimiter = match t.delimiter.as_str() {
        "tab" | "\\t" | "\t" => b'\t',
        d if d.len() == 1 && d != "\"" && d != "\r" && d != "\n" => d.as_bytes()[0],
        d => {
            return Err(AppError::usage(format!(
                "--delimiter `{d}` must be one ASCII character (not a quote or a line break), or `tab`"
            )));
        }
    };
    Ok(RowEncoder::new(format, columns).csv_style(CsvStyle {
        delimiter,
        crlf: t.line_ending == LineEnding::Crlf,
        null: t.null_text.clone(),
        ..CsvStyle::default()
    }))
}

use super::partial;
