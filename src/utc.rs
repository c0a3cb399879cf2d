//! UTC instants as text: RFC 3339 with whole seconds and a `Z` (`2026-11-26T12:00:00Z`). The one
//! form the cache stores, SOQL literals take, and SAML instants are written in.

use time::OffsetDateTime;

pub fn format(t: OffsetDateTime) -> String {
    let f = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    t.to_offset(time::UtcOffset::UTC)
        .format(&f)
        .unwrap_or_default()
}

pub fn now() -> String {
    format(OffsetDateTime::now_utc())
}

/// Unix seconds as text (empty when out of range).
pub fn from_unix(secs: i64) -> String {
    OffsetDateTime::from_unix_timestamp(secs)
        .map(format)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn whole_seconds_in_utc() {
        let t = time::macros::datetime!(2026-11-26 13:34:56.789 +01:00);
        assert_eq!(super::format(t), "2026-11-26T12:34:56Z");
        assert_eq!(super::from_unix(0), "1970-01-01T00:00:00Z");
    }
}
