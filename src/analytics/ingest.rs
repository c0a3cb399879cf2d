//! Loading events into `analytics_events`: streamed, one transaction (a failed or killed run
//! leaves the table as it was), duplicates ignored by key, and the daily rollup the reports
//! read (`cache::daily`) brought up to date in the same transaction.

use std::collections::HashSet;
use std::io::BufRead;

use rusqlite::{Connection, params};

use super::events::{self, Event, Raw};
use crate::cache::daily::{self, Rollup};

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

/// What the reading thread hands to the writing one: events with their keys, or bad lines
/// with their numbers; in a bulk load, also the rollup of the events read so far.
enum Item {
    Event([u8; 32], Event<'static>),
    Bad(u64, String),
    Rollup(Rollup),
}

/// Events per hand-over between the threads.
const BATCH: usize = 4096;

/// Reads every event from `input` and commits once at the end. With `strict`, the first bad
/// line ends the run and nothing is written. Parsing runs on its own thread, so that it
/// overlaps with SQLite's inserts.
///
/// `bulk` is for large inputs: the key index is dropped and rebuilt by sorting before the
/// commit, several times faster than maintaining it row by row. Meanwhile duplicates are
/// screened in memory by the first 8 bytes of each key (the keys already stored, and those
/// seen in this run): 8 bytes per event keeps a million events within the memory target,
/// where whole 32-byte keys did not. A screened hit may be a duplicate or a prefix that two
/// events share, so it is inserted anyway and the exact check runs in SQL at the end (only
/// when there was a hit): of rows with equal keys the first stays. Rebuilding the index as
/// UNIQUE inside the transaction then proves no key got in twice.
pub fn ingest(
    conn: &mut Connection,
    input: impl BufRead + Send,
    format: InputFormat,
    strict: bool,
    bulk: bool,
    obs: &mut dyn Observer,
) -> Result<Summary, IngestError> {
    // Row-by-row upkeep of the key index wants its pages in memory (else they spill to the WAL
    // and are read back); a bulk load appends and needs little.
    conn.pragma_update(None, "cache_size", if bulk { -16_384 } else { -65_536 })?;
    let tx = conn.transaction()?;
    let mut summary = Summary::default();
    let mut seen: Option<HashSet<u64>> = None;
    let mut recheck = false;
    // The daily rollup of the events added, and the days they fall on.
    let mut rollup = Rollup::default();
    let mut days: Option<(i64, i64)> = None;
    if bulk {
        let mut prefixes = HashSet::new();
        let mut st = tx.prepare("SELECT key FROM analytics_events")?;
        for k in st.query_map([], |r| r.get::<_, [u8; 32]>(0))? {
            prefixes.insert(prefix(&k?));
        }
        drop(st);
        tx.execute_batch("DROP INDEX IF EXISTS analytics_events_key")?;
        seen = Some(prefixes);
    }
    std::thread::scope(|scope| -> Result<(), IngestError> {
        let (send, recv) = std::sync::mpsc::sync_channel::<Result<Vec<Item>, IngestError>>(8);
        scope.spawn(move || read(input, format, bulk, &send));
        let mut insert = tx.prepare(
            "INSERT OR IGNORE INTO analytics_events
               (key, ts, user, type, id, conversation_id, channel, response_ms, bytes, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for batch in recv {
            for item in batch? {
                match item {
                    Item::Rollup(mut r) => r.write(&tx)?,
                    Item::Event(key, e) => {
                        summary.read += 1;
                        if let Some(seen) = &mut seen
                            && !seen.insert(prefix(&key))
                        {
                            recheck = true;
                        }
                        let n = insert.execute(params![
                            &key[..],
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
                            // (A bulk load's rollup is kept by the reading thread.)
                            if !bulk {
                                count(&mut rollup, &e);
                            }
                            let day = e.ts.div_euclid(86_400);
                            days = Some(days.map_or((day, day), |(a, b)| (a.min(day), b.max(day))));
                            if rollup.len() >= daily::FLUSH_ROWS {
                                rollup.write(&tx)?;
                            }
                        } else {
                            summary.duplicates += 1;
                        }
                    }
                    // Returning drops the receiver, which stops the reading thread.
                    Item::Bad(line, reason) if strict => {
                        return Err(IngestError::Bad { line, reason });
                    }
                    Item::Bad(line, reason) => {
                        summary.read += 1;
                        summary.bad += 1;
                        obs.bad_line(line, &reason);
                    }
                }
            }
            obs.progress(summary.read);
        }
        Ok(())
    })?;
    if recheck {
        let dropped = tx.execute(
            "DELETE FROM analytics_events WHERE rowid NOT IN
               (SELECT min(rowid) FROM analytics_events GROUP BY key)",
            [],
        )? as u64;
        summary.added -= dropped;
        summary.duplicates += dropped;
        // Some of the events added up were dropped again: fold those days afresh.
        if let Some((from, to)) = days {
            daily::rebuild(&tx, from, to)?;
        }
    } else {
        rollup.write(&tx)?;
    }
    if bulk {
        tx.execute_batch(crate::cache::ANALYTICS_KEY_INDEX)?;
    }
    tx.commit()?;
    Ok(summary)
}

/// An event into the daily rollup.
fn count(rollup: &mut Rollup, e: &Event<'_>) {
    rollup.add(
        e.ts,
        &e.user,
        e.kind,
        e.channel.as_deref(),
        e.response_ms,
        e.bytes,
    );
}

/// The first 8 bytes of a key: the in-memory screen of a bulk load.
fn prefix(key: &[u8; 32]) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&key[..8]);
    u64::from_be_bytes(b)
}

fn owned(e: Event<'_>) -> Event<'static> {
    let own =
        |c: Option<std::borrow::Cow<'_, str>>| c.map(|c| std::borrow::Cow::Owned(c.into_owned()));
    Event {
        ts: e.ts,
        user: e.user,
        kind: e.kind,
        id: own(e.id),
        conversation_id: own(e.conversation_id),
        channel: own(e.channel),
        response_ms: e.response_ms,
        bytes: e.bytes,
        detail: own(e.detail),
    }
}

/// The longest NDJSON line read as an event; a longer one is a bad line, skipped without
/// being held in memory (a 50 MB line without a newline once cost 245 MB).
const MAX_LINE: usize = 1 << 20;

enum Line {
    /// A line is in the buffer (without its newline).
    Text,
    /// A line longer than the cap was skipped.
    TooLong,
    End,
}

/// The next line of `input` into `buf`, at most `max` bytes of it kept.
fn next_line(input: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Line> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (part, done) = match chunk.iter().position(|b| *b == b'\n') {
            Some(i) => (&chunk[..i], Some(i + 1)),
            None => (chunk, None),
        };
        if !too_long {
            if buf.len() + part.len() > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(part);
            }
        }
        let used = done.unwrap_or(chunk.len());
        input.consume(used);
        if done.is_some() {
            break;
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(match (any, too_long) {
        (false, _) => Line::End,
        (true, true) => Line::TooLong,
        (true, false) => Line::Text,
    })
}

/// The reading thread: parses and checks, and sends batches until the input ends, an error
/// stops it, or the writer hangs up.
///
/// The event keys (SHA-256) are computed here, off the writing thread, which SQLite keeps
/// busy. In a bulk load, where every event read is inserted, the daily rollup is kept here
/// too and handed over every FLUSH_ROWS rows and at the end.
fn read(
    input: impl BufRead,
    format: InputFormat,
    bulk: bool,
    send: &std::sync::mpsc::SyncSender<Result<Vec<Item>, IngestError>>,
) {
    let mut batch = Vec::with_capacity(BATCH);
    let mut rollup = bulk.then(Rollup::default);
    let push = |item: Item, batch: &mut Vec<Item>, rollup: &mut Option<Rollup>| -> bool {
        if let (Item::Event(_, e), Some(r)) = (&item, rollup.as_mut()) {
            count(r, e);
            if r.len() >= daily::FLUSH_ROWS {
                batch.push(Item::Rollup(std::mem::take(r)));
            }
        }
        batch.push(item);
        if batch.len() >= BATCH {
            let full = std::mem::replace(batch, Vec::with_capacity(BATCH));
            return send.send(Ok(full)).is_ok();
        }
        true
    };
    let item = |line: u64, parsed: Result<Event<'_>, String>| match parsed {
        Ok(e) => Item::Event(e.key(), owned(e)),
        Err(reason) => Item::Bad(line, reason),
    };
    let result: Result<(), IngestError> = (|| {
        match format {
            InputFormat::Ndjson => {
                let mut input = input;
                let mut line_no = 0u64;
                let mut buf = Vec::new();
                loop {
                    let read = next_line(&mut input, &mut buf, MAX_LINE)
                        .map_err(|e| IngestError::Input(format!("line {}: {e}", line_no + 1)))?;
                    line_no += 1;
                    let parsed = match read {
                        Line::End => break,
                        Line::TooLong => {
                            Err(format!("longer than {} MB: not an event", MAX_LINE >> 20))
                        }
                        Line::Text => match std::str::from_utf8(&buf) {
                            Err(e) => Err(format!("not UTF-8 (byte {})", e.valid_up_to() + 1)),
                            Ok(line) if line.trim().is_empty() => continue,
                            Ok(line) => serde_json::from_str::<Raw<'_>>(line)
                                .map_err(|e| {
                                    format!("not a JSON object with the event fields: {e}")
                                })
                                .and_then(events::check),
                        },
                    };
                    if !push(item(line_no, parsed), &mut batch, &mut rollup) {
                        return Ok(());
                    }
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
                    let next = match r.read_record(&mut rec) {
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
                            item(line, parsed)
                        }
                        Err(e) => {
                            let line = e.position().map_or(0, |p| p.line());
                            if !matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                                return Err(IngestError::Input(format!("line {line}: {e}")));
                            }
                            Item::Bad(line, "not UTF-8".into())
                        }
                    };
                    if !push(next, &mut batch, &mut rollup) {
                        return Ok(());
                    }
                }
            }
        }
        Ok(())
    })();
    let last = result.map(|()| {
        if let Some(r) = rollup.filter(|r| !r.is_empty()) {
            batch.push(Item::Rollup(r));
        }
        std::mem::take(&mut batch)
    });
    let _ = send.send(last);
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Quiet;
    impl Observer for Quiet {
        fn progress(&mut self, _: u64) {}
        fn bad_line(&mut self, _: u64, _: &str) {}
    }

    #[test]
    fn a_line_over_the_cap_is_skipped_without_being_held() {
        let long = vec![b'x'; 3 << 20];
        let mut input = Vec::new();
        input.extend_from_slice(b"first\r\n");
        input.extend_from_slice(&long);
        input.extend_from_slice(b"\nlast");
        let mut r = std::io::BufReader::with_capacity(64 << 10, input.as_slice());
        let mut buf = Vec::new();
        assert!(matches!(
            next_line(&mut r, &mut buf, 1 << 20).unwrap(),
            Line::Text
        ));
        assert_eq!(buf, b"first");
        assert!(matches!(
            next_line(&mut r, &mut buf, 1 << 20).unwrap(),
            Line::TooLong
        ));
        assert!(buf.capacity() <= 2 << 20, "held {} bytes", buf.capacity());
        assert!(matches!(
            next_line(&mut r, &mut buf, 1 << 20).unwrap(),
            Line::Text
        ));
        assert_eq!(buf, b"last", "a last line without a newline");
        assert!(matches!(
            next_line(&mut r, &mut buf, 1 << 20).unwrap(),
            Line::End
        ));
    }

    #[test]
    fn invalid_utf8_and_overlong_lines_are_bad_lines_and_the_rest_loads() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::cache::migrate(&mut conn, std::path::Path::new(":memory:")).unwrap();
        let good = |id: &str| {
            format!(r#"{{"id":"{id}","ts":"2026-01-01T00:00:00Z","user":"a","type":"error"}}"#)
        };
        let mut input = Vec::new();
        input.extend_from_slice(good("e1").as_bytes());
        input.extend_from_slice(b"\n{\"id\":\"e2\",\"user\":\"\xff\xfe\"}\n");
        input.extend_from_slice(&vec![b' '; 2 << 20]);
        input.extend_from_slice(b"\n");
        input.extend_from_slice(good("e3").as_bytes());
        let s = ingest(
            &mut conn,
            input.as_slice(),
            InputFormat::Ndjson,
            false,
            false,
            &mut Quiet,
        )
        .unwrap();
        assert_eq!((s.added, s.bad), (2, 2), "{s:?}");
        let strict = ingest(
            &mut conn,
            input.as_slice(),
            InputFormat::Ndjson,
            true,
            false,
            &mut Quiet,
        );
        assert!(matches!(strict, Err(IngestError::Bad { line: 2, .. })));
    }

    #[test]
    fn a_bulk_load_drops_exact_duplicates_only() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::cache::migrate(&mut conn, std::path::Path::new(":memory:")).unwrap();
        let line = |id: &str| {
            format!(r#"{{"id":"{id}","ts":"2026-01-01T00:00:00Z","user":"a","type":"error"}}"#)
                + "\n"
        };
        let first: String = ["e1", "e2", "e1"].iter().map(|i| line(i)).collect();
        let s = ingest(
            &mut conn,
            first.as_bytes(),
            InputFormat::Ndjson,
            false,
            true,
            &mut Quiet,
        )
        .unwrap();
        assert_eq!((s.added, s.duplicates), (2, 1));
        // Into a table that holds them: only the new one is added, in bulk mode too.
        let second: String = ["e2", "e3", "e1"].iter().map(|i| line(i)).collect();
        let s = ingest(
            &mut conn,
            second.as_bytes(),
            InputFormat::Ndjson,
            false,
            true,
            &mut Quiet,
        )
        .unwrap();
        assert_eq!((s.added, s.duplicates), (1, 2));
        let n: i64 = conn
            .query_row("SELECT count(*) FROM analytics_events", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 3);
    }

    /// Events over ten days for a dozen users on three channels and none, some without an
    /// id, with response times and bytes: `n` of them from `seed`. The ids repeat (as a
    /// re-sent event's would) unless `unique`.
    fn events(seed: u64, n: usize, unique: bool) -> Vec<String> {
        let mut x = seed;
        let mut next = move |m: u64| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (x >> 33) % m
        };
        (0..n)
            .map(|i| {
                let ts = 1_767_225_600 + next(10 * 86_400) as i64;
                let ts = time::OffsetDateTime::from_unix_timestamp(ts)
                    .unwrap()
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap();
                let kind = events::TYPES[next(7) as usize];
                let channel = ["web", "mobile", "teams", ""][next(4) as usize];
                let id = if next(10) == 0 {
                    String::new()
                } else if unique {
                    format!(r#""id":"u{seed}-{i}","#)
                } else {
                    format!(r#""id":"e{}","#, next(5_000))
                };
                format!(
                    r#"{{{id}"ts":"{ts}","user":"U{}@x","type":"{kind}","channel":"{channel}","response_ms":{},"bytes":{}}}"#,
                    next(12),
                    next(4_000),
                    next(1_000_000)
                ) + "\n"
            })
            .collect()
    }

    /// The rollup as the events say it should be, by SQL over the events (not the code
    /// under test): counts and the sorted response times per day, user and channel.
    fn oracle(conn: &Connection, from: i64, to: i64) -> Vec<(i64, String, String, Vec<i64>)> {
        let mut st = conn
            .prepare(
                "SELECT ts / 86400 AS d, user, coalesce(channel, ''),
                        sum(type = 'session_start'), sum(type = 'conversation_started'),
                        sum(type = 'message_sent'), sum(type = 'message_received'),
                        sum(type = 'voice_command'), sum(type = 'file_uploaded'),
                        sum(type = 'error'),
                        sum(CASE WHEN type = 'file_uploaded' THEN coalesce(bytes, 0) END)
                 FROM analytics_events WHERE ts >= ?1 AND ts < ?2
                 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            )
            .unwrap();
        let mut ms = conn
            .prepare(
                "SELECT response_ms FROM analytics_events
                 WHERE ts >= ?1 AND ts < ?2 AND ts / 86400 = ?3 AND user = ?4
                   AND coalesce(channel, '') = ?5 AND type = 'message_received'
                   AND response_ms IS NOT NULL ORDER BY response_ms",
            )
            .unwrap();
        st.query_map([from, to], |r| {
            let mut counts: Vec<i64> = (3..=9).map(|i| r.get(i).unwrap()).collect();
            counts.push(r.get::<_, Option<i64>>(10)?.unwrap_or(0));
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, counts))
        })
        .unwrap()
        .map(|row| {
            let (d, u, c, mut counts): (i64, String, String, Vec<i64>) = row.unwrap();
            let times: Vec<i64> = ms
                .query_map(rusqlite::params![from, to, d, u, c], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            counts.extend(times);
            (d, u, c, counts)
        })
        .collect()
    }

    fn loaded(conn: &Connection, from: i64, to: i64) -> Vec<(i64, String, String, Vec<i64>)> {
        let d = crate::cache::daily::Daily::load(conn, from, to).unwrap();
        let mut out: Vec<_> = d
            .rows
            .iter()
            .map(|r| {
                let c = r.counts;
                let mut v: Vec<i64> = [
                    c.sessions,
                    c.conversations,
                    c.messages,
                    c.responses,
                    c.voice,
                    c.files,
                    c.errors,
                ]
                .iter()
                .map(|n| i64::from(*n))
                .collect();
                v.push(c.bytes as i64);
                let mut ms: Vec<i64> = d.response_ms(r).iter().map(|m| i64::from(*m)).collect();
                ms.sort_unstable();
                v.extend(ms);
                (
                    r.day,
                    d.user(r).to_owned(),
                    d.channel(r).unwrap_or("").to_owned(),
                    v,
                )
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn the_rollup_kept_at_ingest_is_what_the_events_add_up_to() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::cache::migrate(&mut conn, std::path::Path::new(":memory:")).unwrap();
        let clean = events(5, 1_000, true);
        let all = events(3, 3_000, false);
        // A first bulk load without duplicates (its rollup kept by the reading thread), one
        // holding duplicates of its own (found only after inserting), then row-by-row loads
        // of overlapping days with repeats, then a bulk load into a table that holds some of
        // it: each path keeps the rollup.
        let chunks: [(&[String], bool); 5] = [
            (&clean, true),
            (&all[..1_200], true),
            (&all[900..1_800], false),
            (&all[1_700..2_400], false),
            (&all[2_000..], true),
        ];
        for (chunk, bulk) in chunks {
            let text: String = chunk.concat();
            let s = ingest(
                &mut conn,
                text.as_bytes(),
                InputFormat::Ndjson,
                false,
                bulk,
                &mut Quiet,
            )
            .unwrap();
            assert_eq!(s.read, chunk.len() as u64);
            let everything = (i64::MIN / 4, i64::MAX / 4);
            assert_eq!(
                loaded(&conn, everything.0, everything.1),
                oracle(&conn, everything.0, everything.1)
            );
        }
        let users: Vec<(String, i64, i64)> = conn
            .prepare("SELECT user, first_ts, last_ts FROM analytics_users ORDER BY user")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let want: Vec<(String, i64, i64)> = conn
            .prepare(
                "SELECT user, min(ts), max(ts) FROM analytics_events GROUP BY user ORDER BY user",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(users, want);
        // A window from and to instants inside days: its edge days come from the events.
        let (from, to) = (
            1_767_225_600 + 86_400 + 3_600 * 7,
            1_767_225_600 + 6 * 86_400 + 600,
        );
        assert_eq!(loaded(&conn, from, to), oracle(&conn, from, to));
        let (from, to) = (
            1_767_225_600 + 86_400 + 100,
            1_767_225_600 + 86_400 + 50_000,
        );
        assert_eq!(loaded(&conn, from, to), oracle(&conn, from, to));
    }
}
