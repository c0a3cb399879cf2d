use std::io::Write;

use super::query::read_statement;
use super::{Context, connect, keep_renewed, partial};
use crate::cli::sf::ExportArgs;
use crate::commands::block_on;
use crate::error::ExitClass;
use crate::salesforce::SfError;
use crate::salesforce::bulk::{self, header_end};
use crate::settings::salesforce;

pub fn run(ctx: &Context, args: ExportArgs) -> anyhow::Result<()> {
    let ExportArgs {
        soql,
        file,
        all_rows,
        resume,
        wait,
        max_records,
        conn,
    } = args;
    let soql = match &resume {
        Some(_) => None,
        None => Some(read_statement(soql, file)?),
    };
    let mut s = salesforce(&ctx.globals, &conn)?;
    let client = connect(ctx, &s, "export")?;
    let ui = &ctx.globals.ui;
    let mut sink = ctx.globals.sink()?;
    let progress = ui.progress("bulk job", "records");
    let mut written = 0u64;
    let mut header: Option<Vec<u8>> = None;
    let outcome: Result<u64, SfError> = block_on(async {
        let id = match resume {
            Some(id) => id,
            None => {
                let job =
                    bulk::create(&client, soql.as_deref().expect("a statement"), all_rows).await?;
                ui.info(format!(
                    "bulk job {} created (resume with --resume {})",
                    job.id, job.id
                ));
                job.id
            }
        };
        let done = bulk::wait_for(&client, &id, wait, |j| {
            progress.set_message(&format!("bulk job {} {}", j.id, j.state));
        })
        .await?;
        progress.set_message("reading results");
        let mut rx = bulk::results(client.clone(), id, max_records.max(1));
        while let Some(page) = rx.recv().await {
            let page = page?;
            let end = header_end(&page.csv);
            let (head, body) = page.csv.split_at(end);
            match &header {
                None => {
                    sink.write_all(head).map_err(SfError::Output)?;
                    header = Some(head.to_vec());
                }
                Some(h) if h.as_slice() != head => {
                    return Err(SfError::Protocol(
                        "a result page has a different header than the first".into(),
                    ));
                }
                Some(_) => {}
            }
            sink.write_all(body).map_err(SfError::Output)?;
            let n = page.records.unwrap_or_else(|| count_records(body));
            written += n;
            progress.inc(n);
        }
        Ok(done.number_records_processed.unwrap_or(written))
    });
    progress.finish();
    keep_renewed(ctx, &mut s, &client);
    ctx.count(written);
    match outcome {
        Ok(expected) if expected == written => {
            sink.commit()?;
            ui.detail(format!("{written} records"));
            Ok(())
        }
        Ok(expected) => Err(partial(
            sink,
            format!("the job processed {expected} records but the result pages held {written}"),
        )
        .into()),
        Err(SfError::Output(io)) => Err(io.into()),
        Err(e) if header.is_none() => Err(e.into()),
        Err(e) => {
            let hint = e.hint();
            let mut err = partial(sink, format!("{e}; {written} records were written"));
            if let Some(h) = hint {
                err = err.with_hint(h);
            }
            Err(err.into())
        }
    }
}

/// Records in a CSV body without a header, when the server did not say: line breaks
/// outside quotes.
fn count_records(body: &[u8]) -> u64 {
    let mut quoted = false;
    let mut n = 0;
    for &b in body {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => n += 1,
            _ => {}
        }
    }
    n
}
