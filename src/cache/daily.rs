//! The daily rollup of usage events: one row per day, user and channel in `analytics_daily`,
//! and one per user in `analytics_users`, kept by `analytics ingest` in the same transaction
//! as the events. The reports read the rollup instead of the events: a year of a 5,000-user
//! organisation is 13.6 million events but under a million rollup rows.
//!
//! Response-time percentiles do not add up across days, users or channels, so each row keeps
//! its day's response times themselves (LEB128 varints in a blob, about two bytes each): a
//! report's p50 and p95 are the exact nearest-rank ones over the events, for any period and
//! grouping.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{Connection, OptionalExtension, params};

const DAY: i64 = 86_400;

/// What one day, user and channel did. Counts are `u32` in memory (a year's rollup is held
/// whole by the overview page); a stored count beyond that saturates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub sessions: u32,
    pub conversations: u32,
    pub messages: u32,
    pub responses: u32,
    pub voice: u32,
    pub files: u32,
    pub errors: u32,
    pub bytes: u64,
}

impl Counts {
    fn count(&mut self, kind: &str, bytes: Option<i64>) {
        let n = match kind {
            "session_start" => &mut self.sessions,
            "conversation_started" => &mut self.conversations,
            "message_sent" => &mut self.messages,
            "message_received" => &mut self.responses,
            "voice_command" => &mut self.voice,
            "file_uploaded" => {
                self.bytes = self
                    .bytes
                    .saturating_add(bytes.unwrap_or(0).max(0).unsigned_abs());
                &mut self.files
            }
            "error" => &mut self.errors,
            _ => return,
        };
        *n = n.saturating_add(1);
    }

    fn merge(&mut self, o: &Counts) {
        for (a, b) in [
            (&mut self.sessions, o.sessions),
            (&mut self.conversations, o.conversations),
            (&mut self.messages, o.messages),
            (&mut self.responses, o.responses),
            (&mut self.voice, o.voice),
            (&mut self.files, o.files),
            (&mut self.errors, o.errors),
        ] {
            *a = a.saturating_add(b);
        }
        self.bytes = self.bytes.saturating_add(o.bytes);
    }
}

#[derive(Debug, Clone, Default)]
struct Acc {
    counts: Counts,
    first_ts: i64,
    last_ts: i64,
    response_ms: Vec<u64>,
}

/// Day, user, channel ('' when the event named none).
type Key = (i64, String, String);

/// Events folded into rollup rows in memory, before they are merged into the table (at
/// ingest) or handed to a report (the part-days at the edges of a window). Users and
/// channels are numbered as they come, so adding an event allocates nothing once its row
/// exists.
#[derive(Default)]
pub struct Rollup {
    names: Interner,
    rows: HashMap<(i64, u32, u32), Acc>,
}

/// Rows held in memory before an ingest merges them into the table: bounds its memory on a
/// large load (a year of events is about a million rows).
pub const FLUSH_ROWS: usize = 200_000;

impl Rollup {
    pub fn add(
        &mut self,
        ts: i64,
        user: &str,
        kind: &str,
        channel: Option<&str>,
        response_ms: Option<i64>,
        bytes: Option<i64>,
    ) {
        let key = (
            ts.div_euclid(DAY),
            self.names.id(user),
            self.names.id(channel.unwrap_or("")),
        );
        let acc = self.rows.entry(key).or_insert_with(|| Acc {
            first_ts: ts,
            last_ts: ts,
            ..Acc::default()
        });
        acc.counts.count(kind, bytes);
        acc.first_ts = acc.first_ts.min(ts);
        acc.last_ts = acc.last_ts.max(ts);
        if kind == "message_received"
            && let Some(ms) = response_ms
        {
            acc.response_ms.push(ms.max(0).unsigned_abs());
        }
    }

    /// The rows by day, user and channel, named; the rollup is left empty.
    fn take_sorted(&mut self) -> Vec<(Key, Acc)> {
        let names = &self.names.1;
        let mut rows: Vec<(Key, Acc)> = self
            .rows
            .drain()
            .map(|((day, user, channel), acc)| {
                let name = |i: u32| names[i as usize].clone();
                ((day, name(user), name(channel)), acc)
            })
            .collect();
        rows.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        rows
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Folds the events of `[from, to)` (unix seconds); with `flush`, the rows are merged
    /// into its tables whenever they reach FLUSH_ROWS.
    fn read_events(
        &mut self,
        conn: &Connection,
        from: i64,
        to: i64,
        flush: Option<&Connection>,
    ) -> rusqlite::Result<()> {
        let mut st = conn.prepare_cached(
            "SELECT ts, user, type, channel, response_ms, bytes FROM analytics_events
             WHERE ts >= ?1 AND ts < ?2",
        )?;
        let mut rows = st.query([from, to])?;
        while let Some(r) = rows.next()? {
            self.add(
                r.get(0)?,
                r.get_ref(1)?.as_str()?,
                r.get_ref(2)?.as_str()?,
                r.get_ref(3)?.as_str_or_null()?,
                r.get(4)?,
                r.get(5)?,
            );
            if let Some(tx) = flush
                && self.rows.len() >= FLUSH_ROWS
            {
                self.write(tx)?;
            }
        }
        Ok(())
    }

    /// Merges the rows into `analytics_daily` and `analytics_users` and empties the rollup.
    /// Rows go in key order (appends to the B-tree on a first load); a row already stored for
    /// the same day, user and channel (an earlier ingest of that day) is added to.
    pub fn write(&mut self, tx: &Connection) -> rusqlite::Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let mut rows = self.take_sorted();
        let (lo, hi) = (rows[0].0.0, rows[rows.len() - 1].0.0);
        // A first load of these days (the common case) has nothing to merge with: no lookups.
        let overlap: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM analytics_daily WHERE day BETWEEN ?1 AND ?2)",
            [lo, hi],
            |r| r.get(0),
        )?;
        let mut stored = tx.prepare_cached(
            "SELECT sessions, conversations, messages, responses, voice, files, errors, bytes,
                    first_ts, last_ts, response_ms
             FROM analytics_daily WHERE day = ?1 AND user = ?2 AND channel = ?3",
        )?;
        let mut put = tx.prepare_cached(
            "INSERT OR REPLACE INTO analytics_daily
               (day, user, channel, sessions, conversations, messages, responses, voice, files,
                errors, bytes, first_ts, last_ts, response_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?;
        let mut users: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
        let mut blob = Vec::new();
        for (key, acc) in &mut rows {
            let (day, user, channel) = &*key;
            blob.clear();
            if overlap
                && let Some((old, first, last, old_ms)) = stored
                    .query_row(params![day, user, channel], |r| {
                        Ok((
                            counts_of(r)?,
                            r.get::<_, i64>(8)?,
                            r.get::<_, i64>(9)?,
                            r.get::<_, Option<Vec<u8>>>(10)?,
                        ))
                    })
                    .optional()?
            {
                acc.counts.merge(&old);
                acc.first_ts = acc.first_ts.min(first);
                acc.last_ts = acc.last_ts.max(last);
                blob.extend_from_slice(old_ms.as_deref().unwrap_or_default());
            }
            for ms in &acc.response_ms {
                encode(*ms, &mut blob);
            }
            let c = &acc.counts;
            put.execute(params![
                day,
                user,
                channel,
                c.sessions,
                c.conversations,
                c.messages,
                c.responses,
                c.voice,
                c.files,
                c.errors,
                i64::try_from(c.bytes).unwrap_or(i64::MAX),
                acc.first_ts,
                acc.last_ts,
                (!blob.is_empty()).then_some(&blob[..]),
            ])?;
            let u = users
                .entry(user.as_str())
                .or_insert((acc.first_ts, acc.last_ts));
            u.0 = u.0.min(acc.first_ts);
            u.1 = u.1.max(acc.last_ts);
        }
        let mut put_user = tx.prepare_cached(
            "INSERT INTO analytics_users (user, first_ts, last_ts) VALUES (?1, ?2, ?3)
             ON CONFLICT (user) DO UPDATE SET first_ts = min(first_ts, excluded.first_ts),
                                              last_ts = max(last_ts, excluded.last_ts)",
        )?;
        for (user, (first, last)) in users {
            put_user.execute(params![user, first, last])?;
        }
        Ok(())
    }
}

fn counts_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<Counts> {
    let n = |i: usize| -> rusqlite::Result<u32> {
        Ok(u32::try_from(r.get::<_, i64>(i)?.max(0)).unwrap_or(u32::MAX))
    };
    Ok(Counts {
        sessions: n(0)?,
        conversations: n(1)?,
        messages: n(2)?,
        responses: n(3)?,
        voice: n(4)?,
        files: n(5)?,
        errors: n(6)?,
        bytes: r.get::<_, i64>(7)?.max(0).unsigned_abs(),
    })
}

/// Replaces the rollup of the days `[from_day, to_day]` with one folded from the events, and
/// `analytics_users` with one folded from the rollup. For the rare paths that cannot add up
/// as they go: a bulk ingest that found duplicates only after inserting them, and the
/// migration that builds the rollup for events already held.
pub fn rebuild(tx: &Connection, from_day: i64, to_day: i64) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM analytics_daily WHERE day BETWEEN ?1 AND ?2",
        [from_day, to_day],
    )?;
    // One scan (the events have no time index: ingest speed matters more than this path),
    // merged into the table every FLUSH_ROWS rows to bound the memory.
    let mut rollup = Rollup::default();
    rollup.read_events(tx, from_day * DAY, (to_day + 1) * DAY, Some(tx))?;
    rollup.write(tx)?;
    tx.execute_batch(
        "DELETE FROM analytics_users;
         INSERT INTO analytics_users (user, first_ts, last_ts)
           SELECT user, min(first_ts), max(last_ts) FROM analytics_daily GROUP BY user;",
    )
}

/// Migration 16: the rollup of the events already held.
pub(super) fn backfill(tx: &Connection) -> rusqlite::Result<()> {
    let span: Option<(i64, i64)> =
        tx.query_row("SELECT min(ts), max(ts) FROM analytics_events", [], |r| {
            Ok(r.get::<_, Option<i64>>(0)?.zip(r.get::<_, Option<i64>>(1)?))
        })?;
    match span {
        Some((lo, hi)) => rebuild(tx, lo.div_euclid(DAY), hi.div_euclid(DAY)),
        None => Ok(()),
    }
}

fn encode(mut v: u64, out: &mut Vec<u8>) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Decodes varints into `out` (saturating at `u32::MAX`, 49 days); a truncated or overlong
/// varint at the end of a damaged blob ends the list rather than failing the report.
fn decode(mut b: &[u8], out: &mut Vec<u32>) {
    while !b.is_empty() {
        let mut v: u64 = 0;
        let mut shift = 0u32;
        let mut done = false;
        while let Some((&byte, rest)) = b.split_first() {
            b = rest;
            if shift < 64 {
                v |= u64::from(byte & 0x7f) << shift;
            }
            shift += 7;
            if byte & 0x80 == 0 {
                done = true;
                break;
            }
        }
        if !done {
            return;
        }
        out.push(u32::try_from(v).unwrap_or(u32::MAX));
    }
}

/// One rollup row as a report reads it.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    pub day: i64,
    /// Index into [`Daily::users`].
    pub user: u32,
    /// Index into [`Daily::channels`].
    pub channel: u32,
    pub counts: Counts,
    response_at: u32,
    response_len: u32,
}

/// The rollup of a window, in memory: rows by day, then user and channel.
#[derive(Debug, Default)]
pub struct Daily {
    /// The window the rows cover, `[start, end)` in unix seconds.
    pub start: i64,
    pub end: i64,
    pub users: Vec<String>,
    /// '' for events that named no channel.
    pub channels: Vec<String>,
    pub rows: Vec<Row>,
    response_ms: Vec<u32>,
}

#[derive(Default)]
struct Interner(HashMap<String, u32>, Vec<String>);

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(i) = self.0.get(s) {
            return *i;
        }
        let i = self.1.len() as u32;
        self.0.insert(s.to_owned(), i);
        self.1.push(s.to_owned());
        i
    }
}

impl Daily {
    /// The usage of `[start, end)`: whole days from the rollup; a day the window starts or
    /// ends inside (an RFC 3339 instant given to --since or --until) from its events.
    pub fn load(conn: &Connection, start: i64, end: i64) -> rusqlite::Result<Daily> {
        let mut d = Daily {
            start,
            end,
            ..Daily::default()
        };
        if end <= start {
            return Ok(d);
        }
        let mut users = Interner::default();
        let mut channels = Interner::default();
        let whole_from = start.div_euclid(DAY) + i64::from(start.rem_euclid(DAY) != 0);
        let whole_to = end.div_euclid(DAY); // exclusive
        let part = |d: &mut Daily,
                    users: &mut Interner,
                    channels: &mut Interner,
                    from: i64,
                    to: i64|
         -> rusqlite::Result<()> {
            let mut r = Rollup::default();
            r.read_events(conn, from, to, None)?;
            for ((day, user, channel), acc) in r.take_sorted() {
                let at = d.response_ms.len() as u32;
                d.response_ms.extend(
                    acc.response_ms
                        .iter()
                        .map(|v| u32::try_from(*v).unwrap_or(u32::MAX)),
                );
                d.rows.push(Row {
                    day,
                    user: users.id(&user),
                    channel: channels.id(&channel),
                    counts: acc.counts,
                    response_at: at,
                    response_len: d.response_ms.len() as u32 - at,
                });
            }
            Ok(())
        };
        if whole_from > whole_to {
            // Inside one day.
            part(&mut d, &mut users, &mut channels, start, end)?;
        } else {
            if start < whole_from * DAY {
                part(&mut d, &mut users, &mut channels, start, whole_from * DAY)?;
            }
            let mut st = conn.prepare_cached(
                "SELECT sessions, conversations, messages, responses, voice, files, errors, bytes,
                        day, user, channel, response_ms
                 FROM analytics_daily WHERE day >= ?1 AND day < ?2",
            )?;
            let mut rows = st.query([whole_from, whole_to])?;
            while let Some(r) = rows.next()? {
                let at = d.response_ms.len() as u32;
                if let Some(b) = r.get_ref(11)?.as_blob_or_null()? {
                    decode(b, &mut d.response_ms);
                }
                d.rows.push(Row {
                    counts: counts_of(r)?,
                    day: r.get(8)?,
                    user: users.id(r.get_ref(9)?.as_str()?),
                    channel: channels.id(r.get_ref(10)?.as_str()?),
                    response_at: at,
                    response_len: d.response_ms.len() as u32 - at,
                });
            }
            drop(rows);
            drop(st);
            if end > whole_to * DAY {
                part(&mut d, &mut users, &mut channels, whole_to * DAY, end)?;
            }
        }
        d.users = users.1;
        d.channels = channels.1;
        Ok(d)
    }

    /// Does this hold exactly what `[start, end)` would load?
    pub fn covers(&self, start: i64, end: i64) -> bool {
        let edge_ok = |t: i64, own: i64| t == own || t.rem_euclid(DAY) == 0;
        self.start <= start
            && end <= self.end
            && edge_ok(start, self.start)
            && edge_ok(end, self.end)
    }

    /// The rows of `[start, end)`, a window this covers.
    pub fn rows_in(&self, start: i64, end: i64) -> &[Row] {
        if end <= start {
            return &[];
        }
        let (first, last) = (start.div_euclid(DAY), (end - 1).div_euclid(DAY));
        let a = self.rows.partition_point(|r| r.day < first);
        let b = self.rows.partition_point(|r| r.day <= last);
        &self.rows[a..b.max(a)]
    }

    /// The row's response times, in the order they arrived.
    pub fn response_ms(&self, r: &Row) -> &[u32] {
        let at = r.response_at as usize;
        &self.response_ms[at..at + r.response_len as usize]
    }

    pub fn user(&self, r: &Row) -> &str {
        &self.users[r.user as usize]
    }

    pub fn channel(&self, r: &Row) -> Option<&str> {
        Some(self.channels[r.channel as usize].as_str()).filter(|c| !c.is_empty())
    }
}

/// Every user's first and last event, ever (the sign-in evidence of an access review, and
/// when a user adopted the assistant).
pub fn user_span(conn: &Connection) -> rusqlite::Result<HashMap<String, (i64, i64)>> {
    let mut st = conn.prepare_cached("SELECT user, first_ts, last_ts FROM analytics_users")?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    rows.collect()
}

/// The first day any event was held for.
pub fn first_day(conn: &Connection) -> rusqlite::Result<Option<i64>> {
    conn.query_row("SELECT min(day) FROM analytics_daily", [], |r| r.get(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_and_a_damaged_tail_is_dropped() {
        let values = [
            0u64,
            1,
            127,
            128,
            300,
            16_383,
            16_384,
            4_294_967_295,
            1 << 40,
        ];
        let mut b = Vec::new();
        for v in values {
            encode(v, &mut b);
        }
        let mut out = Vec::new();
        decode(&b, &mut out);
        let want: Vec<u32> = values
            .iter()
            .map(|v| u32::try_from(*v).unwrap_or(u32::MAX))
            .collect();
        assert_eq!(out, want);
        out.clear();
        decode(&[0x05, 0x80, 0x80], &mut out);
        assert_eq!(out, [5]);
        out.clear();
        decode(&[0xff; 20], &mut out);
        assert!(out.is_empty());
    }
}
