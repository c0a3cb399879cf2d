//! Loading events into `analytics_events`: streamed, one transaction (a failed or killed run
//! leaves the table as it was), duplicates ignored by key.

use std::io::BufRead;

use rusqlite::{Connection, params};

use super::events::{self, Event, Raw};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    Ndjson,
}

#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Summary {
    pub read: u64,
    pub added: u64,
    pub duplicates: u64,
    pub bad: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("line {line}: {reason}")]
    Bad { line: u64, reason: String },
    #[error("{0}")]
    Input(String),
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
}

/// What the caller hears as it goes: progress, and each bad line.
pub trait Observer {
    fn progress(&mut self, events: u64);
    fn bad_line(&mut self, line: u64, reason: &str);
}

/// Reads every event from `input` and commits once at the end. With `strict`, the first bad
/// line ends the run and nothing is written.
pub fn ingest(
    conn: &mut Connection,
    input: impl BufRead,
    format: InputFormat,
    strict: bool,
    obs: &mut dyn Observer,
) -> Result<Summary, IngestError> {
    let tx = conn.transaction()?;
    let mut summary = Summary::default();
    {
        let mut insert = tx.prepare(
            "INSERT OR IGNORE INTO analytics_events
               (key, ts, user, type, id, conversation_id, channel, response_ms, bytes, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        let mut take = |line: u64, parsed: Result<Event<'_>, String>| -> Result<(), IngestError> {
            summary.read += 1;
            match parsed {
                Ok(e) => {
                    let n = insert.execute(params![
                        e.key(),
                        e.ts,
                        e.user,
                        e.kind,
                        e.id,
                        e.conversation_id,
                        e.channel,
                        e.response_ms,
                        e.bytes,
                        e.detail
                    ])?;
                    if n == 1 {
                        summary.added += 1;
                    } else {
                        summary.duplicates += 1;
                    }
                }
                Err(reason) => {
                    if strict {
                        return Err(IngestError::Bad { line, reason });
                    }
                    summary.bad += 1;
                    obs.bad_line(line, &reason);
                }
            }
            if summary.read % 16_384 == 0 {
                obs.progress(summary.read);
            }
            Ok(())
        };
        match format {
            InputFormat::Ndjson => {
                let mut line_no = 0u64;
                for line in input.lines() {
                    line_no += 1;
                    let line =
                        line.map_err(|e| IngestError::Input(format!("line {line_no}: {e}")))?;
                    if line.trim().is_empty() {
                        continue;
                    }
                    let parsed = serde_json::from_str::<Raw<'_>>(&line)
                        .map_err(|e| format!("not a JSON object with the event fields: {e}"))
                        .and_then(events::check);
                    take(line_no, parsed)?;
                }
            }
            InputFormat::Csv => {
                let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(input);
                let header = r
                    .headers()
                    .map_err(|e| IngestError::Input(format!("the CSV header: {e}")))?
                    .clone();
                let at = events::csv_columns(&header).map_err(IngestError::Input)?;
                let mut rec = csv::StringRecord::new();
                loop {
                    match r.read_record(&mut rec) {
                        Ok(false) => break,
                        Ok(true) => {
                            let line = rec.position().map_or(0, |p| p.line());
                            let parsed = if rec.len() != header.len() {
                                Err(format!(
                                    "{} fields where the header has {}",
                                    rec.len(),
                                    header.len()
                                ))
                            } else {
                                events::check(events::raw_from_csv(&rec, &at))
                            };
                            take(line, parsed)?;
                        }
                        Err(e) => {
                            let line = e.position().map_or(0, |p| p.line());
                            if !matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                                return Err(IngestError::Input(format!("line {line}: {e}")));
                            }
                            take(line, Err("not UTF-8".into()))?;
                        }
                    }
                }
            }
        }
    }
    obs.progress(summary.read);
    tx.commit()?;
    Ok(summary)
}
