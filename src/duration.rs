//! One duration syntax for every flag, jiff's "friendly" format: a number and a unit, or
//! several (`90s`, `15m`, `2h`, `1h30m`, `30d`, `12w`, `6mo`, `1y`, or spelled out: `15min`,
//! `6 months`), or ISO 8601 (`PT15M`, `P6M`). `m` is always minutes and `mo` months; where a
//! minute count makes no sense (a reporting window in whole days) `6m` is refused with the
//! spelling that was probably meant, rather than read as either.

use jiff::{Span, SpanTotal, Unit};

/// A wait or a timeout. A bare number is seconds (`--timeout 60`); months and years have no
/// fixed length and are refused.
pub fn wait(text: &str) -> Result<std::time::Duration, String> {
    let text = text.trim();
    if let Ok(secs) = text.parse::<u64>() {
        return Ok(std::time::Duration::from_secs(secs));
    }
    let span = parse(text, "90s, 15m, 2h or 1h30m")?;
    if span.get_years() != 0 || span.get_months() != 0 {
        return Err(format!(
            "`{text}`: months and years have no fixed length; give days, hours or minutes"
        ));
    }
    let secs = span
        .total(SpanTotal::from(Unit::Second).days_are_24_hours())
        .map_err(|e| format!("`{text}`: {e}"))?;
    Ok(std::time::Duration::from_secs_f64(secs))
}

/// How far back a window reaches in whole days or more: `30d`, `12w`, `6mo`, `1y`.
pub fn lookback(text: &str) -> Result<Span, String> {
    let text = text.trim();
    let span = parse(text, "30d, 12w, 6mo or 1y")?;
    let sub_day = span.get_hours() != 0
        || span.get_minutes() != 0
        || span.get_seconds() != 0
        || span.get_milliseconds() != 0
        || span.get_microseconds() != 0
        || span.get_nanoseconds() != 0;
    if sub_day {
        let hint = match text.strip_suffix('m') {
            Some(n) if n.chars().all(|c| c.is_ascii_digit()) => {
                format!("; `{text}` reads as {n} minutes: for months write {n}mo")
            }
            _ => String::new(),
        };
        return Err(format!(
            "`{text}`: a window counts whole days, weeks, months (mo) or years{hint}"
        ));
    }
    Ok(span)
}

fn parse(text: &str, like: &str) -> Result<Span, String> {
    let span: Span = text
        .parse()
        .map_err(|_| format!("`{text}` is not a duration (like {like})"))?;
    if span.is_negative() || span.is_zero() {
        return Err(format!("`{text}`: the duration must be more than zero"));
    }
    Ok(span)
}

/// A wait in whole seconds (rounded up), for flags kept as seconds: `--timeout 2m` is 120.
pub fn seconds(text: &str) -> Result<u64, String> {
    let d = wait(text)?;
    Ok(d.as_secs() + u64::from(d.subsec_nanos() > 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn waits_take_units_and_bare_seconds() {
        assert_eq!(wait("90").unwrap(), Duration::from_secs(90));
        assert_eq!(wait("90s").unwrap(), Duration::from_secs(90));
        assert_eq!(wait("15m").unwrap(), Duration::from_secs(900));
        assert_eq!(wait("15min").unwrap(), Duration::from_secs(900));
        assert_eq!(wait("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(wait("2 hours").unwrap(), Duration::from_secs(7200));
        assert_eq!(wait("1d").unwrap(), Duration::from_secs(86_400));
        assert_eq!(wait("PT15M").unwrap(), Duration::from_secs(900));
        assert!(wait("1mo").unwrap_err().contains("no fixed length"));
        assert!(wait("soon").unwrap_err().contains("not a duration"));
        assert!(wait("-5m").is_err());
        assert!(wait("0s").is_err());
    }

    #[test]
    fn lookbacks_count_days_and_refuse_minutes_with_the_likely_meaning() {
        assert_eq!(lookback("30d").unwrap().get_days(), 30);
        assert_eq!(lookback("12w").unwrap().get_weeks(), 12);
        assert_eq!(lookback("6mo").unwrap().get_months(), 6);
        assert_eq!(lookback("6months").unwrap().get_months(), 6);
        assert_eq!(lookback("1y").unwrap().get_years(), 1);
        let e = lookback("6m").unwrap_err();
        assert!(e.contains("6 minutes") && e.contains("6mo"), "{e}");
        assert!(lookback("36h").is_err());
    }
}
