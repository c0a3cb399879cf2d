//! Readable forms of Active Directory values: objectGUID, objectSid, userAccountControl and
//! FILETIME timestamps, plus LDAP GeneralizedTime.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// objectGUID: 16 bytes, the first three fields little-endian.
pub fn guid(b: &[u8]) -> Option<String> {
    let b: &[u8; 16] = b.try_into().ok()?;
    Some(format!(
        "{:02x}{:02x}{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
        b[3],
        b[2],
        b[1],
        b[0],
        b[5],
        b[4],
        b[7],
        b[6],
        b[8],
        b[9],
        b[10],
        b[11],
        b[12],
        b[13],
        b[14],
        b[15]
    ))
}

/// objectSid: revision, sub-authority count, 48-bit big-endian authority, then
/// little-endian 32-bit sub-authorities → `S-1-5-21-…-RID`.
pub fn sid(b: &[u8]) -> Option<String> {
    if b.len() < 8 {
        return None;
    }
    let count = b[1] as usize;
    if b.len() != 8 + 4 * count {
        return None;
    }
    let authority = b[2..8].iter().fold(0u64, |acc, &x| (acc << 8) | x as u64);
    let mut s = format!("S-{}-{}", b[0], authority);
    for i in 0..count {
        let o = 8 + 4 * i;
        s.push_str(&format!(
            "-{}",
            u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]])
        ));
    }
    Some(s)
}

/// userAccountControl bits (MS-ADTS 2.2.16).
pub const UAC_FLAGS: &[(u32, &str)] = &[
    (0x0000_0001, "SCRIPT"),
    (0x0000_0002, "ACCOUNTDISABLE"),
    (0x0000_0008, "HOMEDIR_REQUIRED"),
    (0x0000_0010, "LOCKOUT"),
    (0x0000_0020, "PASSWD_NOTREQD"),
    (0x0000_0040, "PASSWD_CANT_CHANGE"),
    (0x0000_0080, "ENCRYPTED_TEXT_PWD_ALLOWED"),
    (0x0000_0100, "TEMP_DUPLICATE_ACCOUNT"),
    (0x0000_0200, "NORMAL_ACCOUNT"),
    (0x0000_0800, "INTERDOMAIN_TRUST_ACCOUNT"),
    (0x0000_1000, "WORKSTATION_TRUST_ACCOUNT"),
    (0x0000_2000, "SERVER_TRUST_ACCOUNT"),
    (0x0001_0000, "DONT_EXPIRE_PASSWORD"),
    (0x0002_0000, "MNS_LOGON_ACCOUNT"),
    (0x0004_0000, "SMARTCARD_REQUIRED"),
    (0x0008_0000, "TRUSTED_FOR_DELEGATION"),
    (0x0010_0000, "NOT_DELEGATED"),
    (0x0020_0000, "USE_DES_KEY_ONLY"),
    (0x0040_0000, "DONT_REQ_PREAUTH"),
    (0x0080_0000, "PASSWORD_EXPIRED"),
    (0x0100_0000, "TRUSTED_TO_AUTH_FOR_DELEGATION"),
    (0x0400_0000, "PARTIAL_SECRETS_ACCOUNT"),
];

pub const UAC_DISABLED: u32 = 0x2;
pub const UAC_LOCKOUT: u32 = 0x10;
pub const UAC_DONT_EXPIRE_PASSWORD: u32 = 0x1_0000;

pub fn uac_flags(v: u32) -> Vec<&'static str> {
    UAC_FLAGS
        .iter()
        .filter(|(bit, _)| v & bit != 0)
        .map(|(_, n)| *n)
        .collect()
}

/// A FILETIME (100 ns ticks since 1601-01-01 UTC). 0 and i64::MAX mean "never" → None.
pub fn filetime(ticks: i64) -> Option<OffsetDateTime> {
    if ticks <= 0 || ticks == i64::MAX {
        return None;
    }
    const EPOCH_DIFF_SECS: i64 = 11_644_473_600;
    let secs = ticks / 10_000_000 - EPOCH_DIFF_SECS;
    let nanos = (ticks % 10_000_000) * 100;
    OffsetDateTime::from_unix_timestamp(secs)
        .ok()?
        .checked_add(time::Duration::nanoseconds(nanos))
}

/// LDAP GeneralizedTime (`20261126075419Z`, `20261126075419.344896Z`, `…+0100`).
pub fn generalized_time(s: &str) -> Option<OffsetDateTime> {
    let s = s.trim();
    if s.len() < 14 || !s.is_char_boundary(14) {
        return None;
    }
    let (digits, rest) = s.split_at(14);
    let n = |r: std::ops::Range<usize>| digits.get(r).and_then(|d| d.parse::<u32>().ok());
    let date = time::Date::from_calendar_date(
        n(0..4)? as i32,
        time::Month::try_from(n(4..6)? as u8).ok()?,
        n(6..8)? as u8,
    )
    .ok()?;
    let t = time::Time::from_hms(n(8..10)? as u8, n(10..12)? as u8, n(12..14)? as u8).ok()?;
    let mut rest = rest;
    let mut nanos = 0i64;
    if let Some(frac) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(',')) {
        let end = frac
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(frac.len());
        let digits = &frac[..end.min(9)];
        nanos = format!("{digits:0<9}").parse().ok()?;
        rest = &frac[end..];
    }
    let offset = match rest {
        "Z" | "" => time::UtcOffset::UTC,
        o if o.len() == 5 => {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            // `get`, not slicing: the bytes may fall inside a multibyte character.
            let h: i8 = o.get(1..3)?.parse().ok()?;
            let m: i8 = o.get(3..5)?.parse().ok()?;
            time::UtcOffset::from_hms(sign * h, sign * m, 0).ok()?
        }
        _ => return None,
    };
    // Checked: a date at the calendar's edge must not leave it by the offset or the fraction.
    time::PrimitiveDateTime::new(date, t)
        .assume_offset(offset)
        .checked_to_offset(time::UtcOffset::UTC)?
        .checked_add(time::Duration::nanoseconds(nanos))
}

/// GeneralizedTime as RFC 3339 text. The plain `YYYYMMDDHHMMSSZ` form (what OpenLDAP and
/// AD write) is rearranged directly; anything else goes through the full parser.
pub fn generalized_to_rfc3339(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if b.len() == 15 && b[14] == b'Z' && b[..14].iter().all(u8::is_ascii_digit) {
        let n = |r: std::ops::Range<usize>| s[r].parse::<u8>().unwrap_or(99);
        let (month, day, hour, minute, second) = (n(4..6), n(6..8), n(8..10), n(10..12), n(12..14));
        let day_ok = time::Month::try_from(month)
            .ok()
            .zip(s[0..4].parse::<i32>().ok())
            .is_some_and(|(m, y)| day >= 1 && day <= time::util::days_in_month(m, y));
        if day_ok && hour < 24 && minute < 60 && second < 60 {
            return Some(format!(
                "{}-{}-{}T{}:{}:{}Z",
                &s[0..4],
                &s[4..6],
                &s[6..8],
                &s[8..10],
                &s[10..12],
                &s[12..14]
            ));
        }
        return None;
    }
    generalized_time(s).map(rfc3339)
}

pub fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// Attributes `decode_value` knows a readable form for.
pub fn is_decodable(attr: &str) -> bool {
    const NAMES: &[&str] = &[
        "objectguid",
        "msexchmailboxguid",
        "ms-ds-consistencyguid",
        "objectsid",
        "sidhistory",
        "useraccountcontrol",
        "msds-user-account-control-computed",
        "lastlogon",
        "lastlogontimestamp",
        "pwdlastset",
        "accountexpires",
        "badpasswordtime",
        "lockouttime",
        "lastlogoff",
        "whencreated",
        "whenchanged",
    ];
    NAMES.iter().any(|n| n.eq_ignore_ascii_case(attr))
}

/// The readable form of an attribute value where atomctl knows one.
pub fn decode_value(attr: &str, value: &[u8]) -> Option<String> {
    let text = || std::str::from_utf8(value).ok();
    match attr.to_ascii_lowercase().as_str() {
        "objectguid" | "msexchmailboxguid" | "ms-ds-consistencyguid" => guid(value),
        "objectsid" | "sidhistory" => sid(value),
        "useraccountcontrol" | "msds-user-account-control-computed" => {
            let v: u32 = text()?.trim().parse::<i64>().ok()? as u32;
            Some(uac_flags(v).join(","))
        }
        "lastlogon" | "lastlogontimestamp" | "pwdlastset" | "accountexpires"
        | "badpasswordtime" | "lockouttime" | "lastlogoff" => {
            let ticks: i64 = text()?.trim().parse().ok()?;
            Some(
                filetime(ticks)
                    .map(rfc3339)
                    .unwrap_or_else(|| "never".to_owned()),
            )
        }
        "whencreated" | "whenchanged" => generalized_time(text()?).map(rfc3339),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guid_swaps_the_first_three_fields() {
        let raw = [
            0x56, 0x36, 0xa5, 0x56, 0x07, 0x86, 0xdb, 0x47, 0x81, 0x2a, 0x11, 0x22, 0x33, 0x44,
            0x55, 0x66,
        ];
        assert_eq!(guid(&raw).unwrap(), "56a53656-8607-47db-812a-112233445566");
        assert_eq!(guid(&raw[..15]), None);
    }

    #[test]
    fn sid_decodes_domain_and_rid() {
        // S-1-5-21-1004336348-1177238915-682003330-512
        let mut raw = vec![1u8, 5, 0, 0, 0, 0, 0, 5];
        for sub in [21u32, 1004336348, 1177238915, 682003330, 512] {
            raw.extend_from_slice(&sub.to_le_bytes());
        }
        assert_eq!(
            sid(&raw).unwrap(),
            "S-1-5-21-1004336348-1177238915-682003330-512"
        );
    }

    #[test]
    fn filetime_and_never() {
        assert_eq!(
            rfc3339(filetime(132_000_000_000_000_000).unwrap()),
            "2019-04-17T18:40:00Z"
        );
        assert!(filetime(0).is_none());
        assert!(filetime(i64::MAX).is_none());
    }

    #[test]
    fn uac_flags_decode() {
        assert_eq!(
            uac_flags(0x10202),
            vec!["ACCOUNTDISABLE", "NORMAL_ACCOUNT", "DONT_EXPIRE_PASSWORD"]
        );
    }

    #[test]
    fn generalized_fast_path_matches_the_parser() {
        for s in [
            "20261126075419Z",
            "20261126075419.5Z",
            "20261126085419+0100",
        ] {
            assert_eq!(generalized_to_rfc3339(s), generalized_time(s).map(rfc3339));
        }
        assert_eq!(generalized_to_rfc3339("20261399075419Z"), None);
    }

    #[test]
    fn generalized_time_variants() {
        assert_eq!(
            rfc3339(generalized_time("20261126075419Z").unwrap()),
            "2026-11-26T07:54:19Z"
        );
        assert_eq!(
            rfc3339(generalized_time("20261126075419.5Z").unwrap()),
            "2026-11-26T07:54:19.5Z"
        );
        assert_eq!(
            rfc3339(generalized_time("20261126085419+0100").unwrap()),
            "2026-11-26T07:54:19Z"
        );
        assert!(generalized_time("garbage").is_none());
    }

    /// Server data never panics the parser: a multibyte character where the offset's digits
    /// belong, and dates whose conversion to UTC or added fraction leave the calendar.
    #[test]
    fn hostile_generalized_times_are_refused_not_a_panic() {
        for s in [
            "20261126075419+\u{20ac}0",
            "20261126075419-\u{e9}00",
            "99991231235959-2359",
            "99991231235959.999999999Z",
            "-9991231235959+0000",
            "00000101000000+2359",
            "2026112607541\u{e9}Z",
        ] {
            let _ = generalized_time(s);
            let _ = generalized_to_rfc3339(s);
        }
        assert!(generalized_time("20261126075419+\u{20ac}0").is_none());
        assert!(generalized_time("99991231235959-2359").is_none());
        // The last FILETIME tick of year 9999, with its fraction.
        let last = (253_402_300_799 + 11_644_473_600) * 10_000_000 + 9_999_999;
        assert!(filetime(last).is_some());
        assert!(filetime(last + 10_000_000).is_none());
    }
}
