//! Time windows (`--since 30d | DATE`, `--until DATE`) and periods (day, week, month).

use time::{Date, Duration, OffsetDateTime, Time, UtcOffset};

use super::AnalyticsError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Day,
    Week,
    Month,
}

/// `[start, end)` in unix seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: i64,
    pub end: i64,
}

impl Window {
    pub fn days(&self) -> i64 {
        ((self.end - self.start) + 86_399) / 86_400
    }

    pub fn contains(&self, ts: i64) -> bool {
        ts >= self.start && ts < self.end
    }
}

fn midnight(d: Date) -> i64 {
    d.with_time(Time::MIDNIGHT).assume_utc().unix_timestamp()
}

fn parse_date(s: &str) -> Option<Date> {
    let f = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s, &f).ok()
}

/// `30d`, `12w`, `6mo`, `1y` (whole days back from today, today included: `30d` starts 29
/// days ago, `6mo` the day after the same date six months ago), a date, or an RFC 3339
/// instant. The lookback syntax is the one every duration flag uses (`crate::duration`).
pub fn parse_since(s: &str, now: OffsetDateTime) -> Result<i64, AnalyticsError> {
    if let Some(start) = instant(s) {
        return Ok(start);
    }
    // Hours (`24h`, `36 hours`): that long before now, for reports over logs.
    let t = s.trim();
    if (t.ends_with('h') || t.ends_with("hour") || t.ends_with("hours"))
        && let Ok(d) = crate::duration::wait(t)
    {
        return Ok(now.unix_timestamp() - d.as_secs() as i64);
    }
    let span = crate::duration::lookback(s).map_err(|e| {
        AnalyticsError::Usage(format!(
            "{e}; --since also takes a date (2026-01-31) or an RFC 3339 instant"
        ))
    })?;
    let today = now.to_offset(UtcOffset::UTC).date();
    let civil = jiff::civil::Date::new(
        today.year() as i16,
        u8::from(today.month()) as i8,
        today.day() as i8,
    )
    .map_err(|_| bad_time(s))?;
    let start = civil
        .checked_sub(span)
        .and_then(|d| d.checked_add(jiff::Span::new().days(1)))
        .map_err(|_| bad_time(s))?;
    let start = Date::from_calendar_date(
        i32::from(start.year()),
        time::Month::try_from(start.month() as u8).map_err(|_| bad_time(s))?,
        start.day() as u8,
    )
    .map_err(|_| bad_time(s))?;
    Ok(midnight(start.min(today)))
}

/// A date means through the end of that day; an instant is taken as it is.
pub fn parse_until(s: &str) -> Result<i64, AnalyticsError> {
    if let Some(d) = parse_date(s) {
        return Ok(midnight(d) + 86_400);
    }
    instant(s).ok_or_else(|| bad_time(s))
}

fn instant(s: &str) -> Option<i64> {
    if let Some(d) = parse_date(s) {
        return Some(midnight(d));
    }
    OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(OffsetDateTime::unix_timestamp)
}

fn bad_time(s: &str) -> AnalyticsError {
    AnalyticsError::Usage(format!(
        "{s:?} is not a time: use 30d, 12w, 6mo, 1y, a date (2026-01-31) or an RFC 3339 instant"
    ))
}

pub fn window(
    since: Option<&str>,
    until: Option<&str>,
    default_days: i64,
    now: OffsetDateTime,
) -> Result<Window, AnalyticsError> {
    let start = match since {
        Some(s) => parse_since(s, now)?,
        None => parse_since(&format!("{default_days}d"), now)?,
    };
    let end = match until {
        Some(u) => parse_until(u)?,
        None => midnight(now.to_offset(UtcOffset::UTC).date()) + 86_400,
    };
    if end <= start {
        return Err(AnalyticsError::Usage(
            "--until is not after --since: the window is empty".into(),
        ));
    }
    Ok(Window { start, end })
}

/// Days since 1970-01-01 (UTC) of a unix time.
pub fn day_of(ts: i64) -> i64 {
    ts.div_euclid(86_400)
}

pub fn date_of_day(day: i64) -> Date {
    Date::from_calendar_date(1970, time::Month::January, 1)
        .expect("a date")
        .saturating_add(Duration::days(day))
}

/// The first day of the period that `day` falls in.
pub fn period_start(day: i64, by: By) -> i64 {
    match by {
        By::Day => day,
        // 1970-01-01 was a Thursday: Monday-based weekday index is (day + 3) mod 7.
        By::Week => day - (day + 3).rem_euclid(7),
        By::Month => {
            let d = date_of_day(day);
            day - i64::from(d.day()) + 1
        }
    }
}

/// The label of the period starting on `start`: `2026-01-05`, `2026-W02`, `2026-01`.
pub fn label(start: i64, by: By) -> String {
    let d = date_of_day(start);
    match by {
        By::Day => format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()),
        By::Week => {
            let (y, w, _) = d.to_iso_week_date();
            format!("{y:04}-W{w:02}")
        }
        By::Month => format!("{:04}-{:02}", d.year(), u8::from(d.month())),
    }
}

/// Every period start from the window's first day through its last.
pub fn periods(w: &Window, by: By) -> Vec<i64> {
    let mut out = Vec::new();
    let last = day_of(w.end - 1);
    let mut p = period_start(day_of(w.start), by);
    while p <= last {
        out.push(p);
        p = match by {
            By::Day => p + 1,
            By::Week => p + 7,
            By::Month => {
                let d = date_of_day(p);
                let (y, m) = if d.month() == time::Month::December {
                    (d.year() + 1, time::Month::January)
                } else {
                    (d.year(), d.month().next())
                };
                day_of(midnight(Date::from_calendar_date(y, m, 1).expect("a date")))
            }
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_and_periods() {
        let now = time::macros::datetime!(2026-03-15 10:00 UTC);
        let w = window(Some("30d"), None, 30, now).unwrap();
        assert_eq!(w.days(), 30);
        assert_eq!(label(day_of(w.start), By::Day), "2026-02-14");
        let w = window(Some("2026-01-01"), Some("2026-02-28"), 30, now).unwrap();
        assert_eq!(periods(&w, By::Month).len(), 2);
        let weeks: Vec<_> = periods(&w, By::Week)
            .iter()
            .map(|p| label(*p, By::Week))
            .collect();
        assert_eq!(weeks.first().unwrap(), "2026-W01");
        assert_eq!(
            label(
                period_start(
                    day_of(midnight(
                        Date::from_calendar_date(2026, time::Month::January, 7).unwrap()
                    )),
                    By::Week
                ),
                By::Day
            ),
            "2026-01-05"
        );
        assert!(window(Some("2026-02-01"), Some("2026-01-01"), 30, now).is_err());
        assert!(window(Some("yesterday"), None, 30, now).is_err());
    }
}
