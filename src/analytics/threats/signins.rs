//! The sign-ins of a window in a compact form the rules can scan a million of: times as unix
//! seconds, users, addresses and clients interned to numbers, coordinates as `f32` (NaN when
//! the log has none). About 40 bytes a row; the evidence's full rows are read back by rowid.

use std::collections::HashMap;

use rusqlite::Connection;

/// One sign-in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    pub t: i64,
    pub rowid: i64,
    /// Index into [`SignIns::users`].
    pub user: u32,
    /// Index into [`SignIns::ips`].
    pub ip: u32,
    /// Index into [`SignIns::clients`].
    pub client: u32,
    /// `status.errorCode`: 0 is a success.
    pub code: i32,
    pub lat: f32,
    pub lon: f32,
}

impl Row {
    pub fn ok(&self) -> bool {
        self.code == 0
    }

    pub fn located(&self) -> bool {
        self.lat.is_finite() && self.lon.is_finite()
    }
}

/// A table of distinct strings, each stored once.
#[derive(Debug, Default)]
pub struct Interner {
    ids: HashMap<String, u32>,
    pub names: Vec<String>,
}

impl Interner {
    pub fn id(&mut self, s: &str) -> u32 {
        if let Some(i) = self.ids.get(s) {
            return *i;
        }
        let i = self.names.len() as u32;
        self.ids.insert(s.to_owned(), i);
        self.names.push(s.to_owned());
        i
    }

    pub fn get(&self, s: &str) -> Option<u32> {
        self.ids.get(s).copied()
    }
}

/// The sign-ins of a window, oldest first.
#[derive(Debug, Default)]
pub struct SignIns {
    pub rows: Vec<Row>,
    /// Lower-case UPNs (the user id where a log has no UPN).
    pub users: Interner,
    pub ips: Interner,
    pub clients: Interner,
}

impl SignIns {
    pub fn user(&self, r: &Row) -> &str {
        &self.users.names[r.user as usize]
    }

    pub fn ip(&self, r: &Row) -> &str {
        &self.ips.names[r.ip as usize]
    }

    pub fn client(&self, r: &Row) -> &str {
        &self.clients.names[r.client as usize]
    }

    /// Builds the table from rows given in any order (tests and the loader).
    pub fn push(&mut self, r: RowText<'_>) {
        let row = Row {
            t: r.t,
            rowid: r.rowid,
            user: self.users.id(r.user),
            ip: self.ips.id(r.ip),
            client: self.clients.id(r.client),
            code: r.code,
            lat: r.lat.map_or(f32::NAN, |v| v as f32),
            lon: r.lon.map_or(f32::NAN, |v| v as f32),
        };
        self.rows.push(row);
    }

    /// Sorts by time (then rowid, so equal times have one order).
    pub fn finish(&mut self) {
        self.rows.sort_unstable_by_key(|r| (r.t, r.rowid));
    }
}

/// A sign-in as text, before interning.
pub struct RowText<'a> {
    pub t: i64,
    pub rowid: i64,
    pub user: &'a str,
    pub ip: &'a str,
    pub client: &'a str,
    pub code: i32,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// `2026-12-01T10:00:00Z` or with a fraction (`…00.1234567Z`) or an offset: unix seconds.
/// The common shape is read by hand (a million parses by a general parser cost a second);
/// anything else, a leap second included, goes to the general parser.
pub fn unix_time(s: &str) -> Option<i64> {
    fast_unix_time(s.as_bytes()).or_else(|| {
        time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
            .ok()
            .map(time::OffsetDateTime::unix_timestamp)
    })
}

/// `YYYY-MM-DDTHH:MM:SS[.f…]Z` with every field in range, else None.
fn fast_unix_time(b: &[u8]) -> Option<i64> {
    let shape = b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && (b[19] == b'Z' && b.len() == 20
            || b[19] == b'.'
                && b.len() > 21
                && b[b.len() - 1] == b'Z'
                && b[20..b.len() - 1].iter().all(u8::is_ascii_digit));
    if !shape {
        return None;
    }
    let n = |r: std::ops::Range<usize>| -> Option<i64> {
        b[r].iter().try_fold(0i64, |v, &c| {
            c.is_ascii_digit().then(|| v * 10 + i64::from(c - b'0'))
        })
    };
    let (y, mo, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let (h, mi, sec) = (n(11..13)?, n(14..16)?, n(17..19)?);
    if h > 23 || mi > 59 || sec > 59 {
        return None;
    }
    let month = time::Month::try_from(u8::try_from(mo).ok()?).ok()?;
    let date = time::Date::from_calendar_date(i32::try_from(y).ok()?, month, u8::try_from(d).ok()?)
        .ok()?;
    let days = i64::from(date.to_julian_day()) - 2_440_588;
    Some(days * 86_400 + h * 3600 + mi * 60 + sec)
}

/// The sign-ins of `[start, end)` of `profile` (or every profile), oldest first.
pub fn load(
    conn: &Connection,
    profile: Option<&str>,
    start: i64,
    end: i64,
) -> rusqlite::Result<SignIns> {
    let text = |t: i64| {
        time::OffsetDateTime::from_unix_timestamp(t)
            .map(crate::utc::format)
            .unwrap_or_default()
    };
    // The text bounds are a second wider than the window: a time with a fraction sorts
    // before the same second without one. The exact window is applied to the parsed time.
    let mut st = conn.prepare(
        "SELECT rowid, created, lower(coalesce(user_principal_name, user_id, '')),
                coalesce(ip_address, ''), coalesce(client_app_used, ''), error_code,
                latitude, longitude
         FROM graph_signins
         WHERE created >= ?1 AND created < ?2 AND (?3 IS NULL OR profile = ?3)",
    )?;
    let bounds = rusqlite::params![text(start - 1), text(end + 1), profile];
    // Sized once: a vector doubling its way to a million rows holds one and a half of them
    // at the last step.
    let count: i64 = conn.query_row(
        "SELECT count(*) FROM graph_signins
         WHERE created >= ?1 AND created < ?2 AND (?3 IS NULL OR profile = ?3)",
        bounds,
        |r| r.get(0),
    )?;
    let mut rows = st.query(bounds)?;
    let mut out = SignIns::default();
    out.rows.reserve_exact(usize::try_from(count).unwrap_or(0));
    while let Some(r) = rows.next()? {
        let Some(t) = unix_time(r.get_ref(1)?.as_str()?) else {
            continue;
        };
        if t < start || t >= end {
            continue;
        }
        out.push(RowText {
            t,
            rowid: r.get(0)?,
            user: r.get_ref(2)?.as_str()?,
            ip: r.get_ref(3)?.as_str()?,
            client: r.get_ref(4)?.as_str()?,
            // A code that does not fit is not a success either.
            code: r
                .get::<_, Option<i64>>(5)?
                .map_or(-1, |c| i32::try_from(c).unwrap_or(-1)),
            lat: r.get(6)?,
            lon: r.get(7)?,
        });
    }
    out.finish();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_by_hand_as_the_general_parser_does() {
        for s in [
            "2026-12-01T10:00:00Z",
            "2026-02-28T23:59:59.1234567Z",
            "1999-12-31T00:00:00Z",
            "2024-02-29T12:34:56Z",
        ] {
            let want =
                time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
                    .unwrap()
                    .unix_timestamp();
            assert_eq!(unix_time(s), Some(want), "{s}");
        }
        assert_eq!(
            unix_time("2026-12-01T11:00:00+01:00"),
            unix_time("2026-12-01T10:00:00Z")
        );
        // A leap second is the general parser's to read.
        assert_eq!(
            unix_time("2016-12-31T23:59:60Z"),
            time::OffsetDateTime::parse(
                "2016-12-31T23:59:60Z",
                &time::format_description::well_known::Rfc3339
            )
            .ok()
            .map(time::OffsetDateTime::unix_timestamp)
        );
        for bad in [
            "",
            "2026-13-01T00:00:00Z",
            "2026-12-01T10:00:00.Z",
            "2026-02-30T00:00:00Z",
            "2026-12-01T10:0a:00Z",
        ] {
            assert_eq!(unix_time(bad), None, "{bad}");
        }
    }
}
