//! Distinguished names (RFC 4514). Servers rewrite the spelling of a DN (`\2C` vs `\,`,
//! attribute type case, insignificant spaces) and `member` values keep whatever spelling they
//! were written with, so DNs are compared in a normalized form, never as strings.

/// One attribute-value assertion of an RDN, with the value unescaped.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ava {
    pub attr: String,
    pub value: String,
}

/// Parse a DN into RDNs (outermost last, as written), each a list of AVAs.
pub fn parse(dn: &str) -> Result<Vec<Vec<Ava>>, String> {
    let mut rdns = Vec::new();
    let mut avas = Vec::new();
    let bytes = dn.as_bytes();
    let mut i = 0;
    if dn.trim().is_empty() {
        return Ok(rdns);
    }
    loop {
        // attribute type
        let start = i;
        while i < bytes.len() && bytes[i] != b'=' {
            i += 1;
        }
        if i >= bytes.len() {
            return Err(format!("missing '=' in {dn:?}"));
        }
        let attr = dn[start..i].trim().to_ascii_lowercase();
        if attr.is_empty() {
            return Err(format!("empty attribute type in {dn:?}"));
        }
        i += 1;
        // value
        let mut value: Vec<u8> = Vec::new();
        while i < bytes.len() && matches!(bytes[i], b' ') {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'#' {
            // BER-encoded value: keep the hex string as the value (compared case-insensitively).
            let s = i;
            while i < bytes.len() && !matches!(bytes[i], b',' | b'+' | b';') {
                i += 1;
            }
            value.extend_from_slice(dn[s..i].trim_end().to_ascii_lowercase().as_bytes());
        } else {
            let mut trailing_unescaped_spaces = 0;
            while i < bytes.len() && !matches!(bytes[i], b',' | b'+' | b';') {
                if bytes[i] == b'\\' {
                    i += 1;
                    if i >= bytes.len() {
                        return Err(format!("dangling escape in {dn:?}"));
                    }
                    if i + 1 < bytes.len()
                        && bytes[i].is_ascii_hexdigit()
                        && bytes[i + 1].is_ascii_hexdigit()
                    {
                        let hex = &dn[i..i + 2];
                        value.push(u8::from_str_radix(hex, 16).map_err(|e| e.to_string())?);
                        i += 2;
                    } else {
                        value.push(bytes[i]);
                        i += 1;
                    }
                    trailing_unescaped_spaces = 0;
                } else {
                    if bytes[i] == b' ' {
                        trailing_unescaped_spaces += 1;
                    } else {
                        trailing_unescaped_spaces = 0;
                    }
                    value.push(bytes[i]);
                    i += 1;
                }
            }
            value.truncate(value.len() - trailing_unescaped_spaces);
        }
        let value =
            String::from_utf8(value).map_err(|_| format!("value is not UTF-8 in {dn:?}"))?;
        avas.push(Ava { attr, value });
        if i >= bytes.len() {
            rdns.push(std::mem::take(&mut avas));
            break;
        }
        if bytes[i] != b'+' {
            rdns.push(std::mem::take(&mut avas));
        }
        i += 1;
    }
    Ok(rdns)
}

/// The normalized form used for comparison: attribute types lower-case, values case-folded
/// with insignificant spaces removed (caseIgnoreMatch, which naming attributes use), the
/// AVAs of a multi-valued RDN sorted, and one canonical escaping. A DN that does not parse
/// is normalized by case-folding only, so it still compares equal to itself.
pub fn normalize(dn: &str) -> String {
    if let Some(fast) = normalize_plain(dn) {
        return fast;
    }
    let Ok(rdns) = parse(dn) else {
        return dn.trim().to_lowercase();
    };
    let mut out = String::with_capacity(dn.len());
    for (n, rdn) in rdns.into_iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        let mut avas: Vec<Ava> = rdn
            .into_iter()
            .map(|a| Ava {
                attr: a.attr,
                value: fold_spaces(&a.value.to_lowercase()),
            })
            .collect();
        avas.sort();
        for (k, a) in avas.iter().enumerate() {
            if k > 0 {
                out.push('+');
            }
            out.push_str(&a.attr);
            out.push('=');
            escape_into(&mut out, &a.value);
        }
    }
    out
}

/// The common case without escapes, quotes, multi-valued RDNs or hex values, in one pass:
/// a sync normalizes every member value, hundreds of thousands of them.
fn normalize_plain(dn: &str) -> Option<String> {
    const SPECIAL: &[u8] = b"\\+\"#;<>";
    if dn.bytes().any(|b| SPECIAL.contains(&b)) || !dn.is_ascii() {
        return None;
    }
    // Commonest of all: no space next to a separator, no double or edge spaces. Then the
    // normalized form is just the lower-case DN.
    let b = dn.as_bytes();
    // A space is significant only inside a value, never next to a separator or doubled.
    let stray_space = |w: &[u8]| {
        (w[0] == b' ' && matches!(w[1], b' ' | b',' | b'='))
            || (w[1] == b' ' && matches!(w[0], b',' | b'='))
    };
    let tidy = b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.windows(2).any(stray_space)
        && dn
            .split(',')
            .all(|rdn| rdn.bytes().filter(|&c| c == b'=').count() == 1);
    if tidy {
        return Some(dn.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(dn.len());
    for (n, rdn) in dn.split(',').enumerate() {
        let (attr, value) = rdn.split_once('=')?;
        let attr = attr.trim();
        if attr.is_empty() || value.contains('=') {
            return None;
        }
        if n > 0 {
            out.push(',');
        }
        for c in attr.chars() {
            out.push(c.to_ascii_lowercase());
        }
        out.push('=');
        let mut pending_space = false;
        let mut any = false;
        for c in value.chars() {
            if c == ' ' {
                pending_space = any;
                continue;
            }
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c.to_ascii_lowercase());
            any = true;
        }
    }
    Some(out)
}

fn fold_spaces(v: &str) -> String {
    v.split(' ')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// RFC 4514 escaping of an attribute value.
pub fn escape_into(out: &mut String, value: &str) {
    let last = value.chars().count().saturating_sub(1);
    for (i, c) in value.chars().enumerate() {
        match c {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' | '=' => {
                out.push('\\');
                out.push(c);
            }
            '#' if i == 0 => out.push_str("\\#"),
            ' ' if i == 0 || i == last => out.push_str("\\ "),
            '\0' => out.push_str("\\00"),
            c => out.push(c),
        }
    }
}

/// The value of the first AVA of the leftmost RDN: a readable name for an entry.
pub fn leaf_value(dn: &str) -> String {
    parse(dn)
        .ok()
        .and_then(|r| r.into_iter().next())
        .and_then(|rdn| rdn.into_iter().next())
        .map(|a| a.value)
        .unwrap_or_else(|| dn.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_and_client_spellings_compare_equal() {
        assert_eq!(
            normalize("cn=Smith\\2C John,OU=Sales, dc=Example"),
            normalize("CN=smith\\, john,ou=sales,dc=example")
        );
        assert_eq!(
            normalize("cn=\\23hash+uid=hashuser,dc=x"),
            normalize("UID=HashUser+cn=\\#hash,dc=x")
        );
        assert_eq!(
            normalize("cn=\\ Leading Space,dc=x"),
            normalize("cn=\\20Leading  Space,dc=x")
        );
        assert_ne!(normalize("cn=a\\+b,dc=x"), normalize("cn=a+b=c,dc=x"));
    }

    #[test]
    fn fast_path_agrees_with_the_full_parser() {
        for dn in [
            "uid=User1, OU=Sales,dc=Example",
            "cn=a  b ,dc=x",
            "CN=x,DC=y",
            "cn= lead,dc=x",
        ] {
            let fast = normalize_plain(dn).unwrap();
            let full = parse(dn)
                .unwrap()
                .into_iter()
                .map(|rdn| {
                    rdn.into_iter()
                        .map(|a| format!("{}={}", a.attr, fold_spaces(&a.value.to_lowercase())))
                        .collect::<Vec<_>>()
                        .join("+")
                })
                .collect::<Vec<_>>()
                .join(",");
            assert_eq!(fast, full, "{dn}");
        }
        assert!(normalize_plain("cn=a\\,b,dc=x").is_none());
    }

    #[test]
    fn parses_multi_valued_rdns_and_escapes() {
        let r = parse("cn=a\\+b+uid=x,ou=p\\,q,dc=t").unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!(
            r[0],
            vec![
                Ava {
                    attr: "cn".into(),
                    value: "a+b".into()
                },
                Ava {
                    attr: "uid".into(),
                    value: "x".into()
                }
            ]
        );
        assert_eq!(r[1][0].value, "p,q");
        assert_eq!(leaf_value("cn=Smith\\2C John,dc=x"), "Smith, John");
    }
}
