//! RFC 4515 filter strings to the BER of RFC 4511 section 4.5.1.7. A bare item without the
//! outer parentheses (`uid=jo`) is accepted too, as ldap3 and OpenLDAP's tools do.

use super::ber::Writer;

/// Why a filter string is not RFC 4515, with the byte offset where reading stopped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid LDAP filter at offset {at}: {what}")]
pub struct FilterError {
    pub at: usize,
    pub what: &'static str,
}

const AND: u8 = 0xa0;
const OR: u8 = 0xa1;
const NOT: u8 = 0xa2;
const EQUALITY: u8 = 0xa3;
const SUBSTRINGS: u8 = 0xa4;
const GREATER_OR_EQUAL: u8 = 0xa5;
const LESS_OR_EQUAL: u8 = 0xa6;
const PRESENT: u8 = 0x87;
const APPROX: u8 = 0xa8;
const EXTENSIBLE: u8 = 0xa9;

/// Encode `filter` into `w`.
pub fn encode(filter: &str, w: &mut Writer) -> Result<(), FilterError> {
    let mut p = Parser {
        s: filter.as_bytes(),
        i: 0,
    };
    if p.peek() == Some(b'(') {
        p.filter(w)?;
    } else {
        p.item(w)?;
    }
    if p.i != p.s.len() {
        return Err(p.err("unexpected text after the filter"));
    }
    Ok(())
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn err(&self, what: &'static str) -> FilterError {
        FilterError { at: self.i, what }
    }

    fn eat(&mut self, b: u8, what: &'static str) -> Result<(), FilterError> {
        if self.peek() != Some(b) {
            return Err(self.err(what));
        }
        self.i += 1;
        Ok(())
    }

    fn filter(&mut self, w: &mut Writer) -> Result<(), FilterError> {
        self.eat(b'(', "expected '('")?;
        match self.peek() {
            Some(b'&') => self.list(AND, w)?,
            Some(b'|') => self.list(OR, w)?,
            Some(b'!') => {
                self.i += 1;
                let mut inner = Ok(());
                w.tlv(NOT, |w| inner = self.filter(w));
                inner?;
            }
            _ => self.item(w)?,
        }
        self.eat(b')', "expected ')'")
    }

    fn list(&mut self, tag: u8, w: &mut Writer) -> Result<(), FilterError> {
        self.i += 1;
        let mut res = Ok(());
        w.tlv(tag, |w| {
            while self.peek() == Some(b'(') {
                if let Err(e) = self.filter(w) {
                    res = Err(e);
                    return;
                }
            }
        });
        res
    }

    /// An attribute description or matching-rule OID: letters, digits, '-', '.', ';'.
    fn word(&mut self) -> &[u8] {
        let start = self.i;
        while let Some(b) = self.peek() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b';' | b'_') {
                self.i += 1;
            } else {
                break;
            }
        }
        &self.s[start..self.i]
    }

    fn item(&mut self, w: &mut Writer) -> Result<(), FilterError> {
        let attr = self.word().to_vec();
        match self.peek() {
            Some(b':') => return self.extensible(&attr, w),
            _ if attr.is_empty() => return Err(self.err("expected an attribute name")),
            Some(b'=') => self.i += 1,
            Some(op @ (b'~' | b'>' | b'<')) => {
                self.i += 1;
                self.eat(b'=', "expected '=' after the operator")?;
                let tag = match op {
                    b'~' => APPROX,
                    b'>' => GREATER_OR_EQUAL,
                    _ => LESS_OR_EQUAL,
                };
                let value = self.value(false)?;
                let value = value.into_iter().next().unwrap_or_default();
                w.tlv(tag, |w| {
                    w.bytes(0x04, &attr);
                    w.bytes(0x04, &value);
                });
                return Ok(());
            }
            _ => return Err(self.err("expected '=', '~=', '>=', '<=' or ':'")),
        }
        let parts = self.value(true)?;
        match parts.as_slice() {
            [value] => w.tlv(EQUALITY, |w| {
                w.bytes(0x04, &attr);
                w.bytes(0x04, value);
            }),
            [a, b] if a.is_empty() && b.is_empty() => w.bytes(PRESENT, &attr),
            [initial, any @ .., last] => w.tlv(SUBSTRINGS, |w| {
                w.bytes(0x04, &attr);
                w.tlv(0x30, |w| {
                    if !initial.is_empty() {
                        w.bytes(0x80, initial);
                    }
                    for a in any.iter().filter(|a| !a.is_empty()) {
                        w.bytes(0x81, a);
                    }
                    if !last.is_empty() {
                        w.bytes(0x82, last);
                    }
                });
            }),
            [] => unreachable!("value() yields at least one part"),
        }
        Ok(())
    }

    /// `attr[:dn][:rule]:=value` or `[:dn]:rule:=value`.
    fn extensible(&mut self, attr: &[u8], w: &mut Writer) -> Result<(), FilterError> {
        let (mut dn, mut rule) = (false, None);
        loop {
            self.eat(b':', "expected ':'")?;
            if self.peek() == Some(b'=') {
                self.i += 1;
                break;
            }
            let word = self.word().to_vec();
            if word.is_empty() {
                return Err(self.err("expected 'dn', a matching rule or ':='"));
            }
            if word.eq_ignore_ascii_case(b"dn") && !dn && rule.is_none() {
                dn = true;
            } else if rule.is_none() {
                rule = Some(word);
            } else {
                return Err(self.err("more than one matching rule"));
            }
        }
        if attr.is_empty() && rule.is_none() {
            return Err(self.err("an extensible match without a type needs a matching rule"));
        }
        let value = self.value(false)?.into_iter().next().unwrap_or_default();
        w.tlv(EXTENSIBLE, |w| {
            if let Some(r) = &rule {
                w.bytes(0x81, r);
            }
            if !attr.is_empty() {
                w.bytes(0x82, attr);
            }
            w.bytes(0x83, &value);
            if dn {
                w.boolean(0x84, true);
            }
        });
        Ok(())
    }

    /// An assertion value up to the closing ')', unescaped. With `stars`, split at each
    /// unescaped '*' (a substring or presence filter); otherwise a '*' is an error.
    fn value(&mut self, stars: bool) -> Result<Vec<Vec<u8>>, FilterError> {
        let mut parts = vec![Vec::new()];
        while let Some(b) = self.peek() {
            match b {
                b')' => break,
                b'(' => return Err(self.err("'(' in a value must be escaped as \\28")),
                b'*' if stars => parts.push(Vec::new()),
                b'*' => return Err(self.err("'*' in a value must be escaped as \\2a")),
                b'\\' => {
                    let hex = self
                        .s
                        .get(self.i + 1..self.i + 3)
                        .and_then(|h| std::str::from_utf8(h).ok())
                        .and_then(|h| u8::from_str_radix(h, 16).ok())
                        .ok_or_else(|| self.err("'\\' must start a two-digit hex escape"))?;
                    parts.last_mut().expect("never empty").push(hex);
                    self.i += 2;
                }
                _ => parts.last_mut().expect("never empty").push(b),
            }
            self.i += 1;
        }
        Ok(parts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(f: &str) -> Vec<u8> {
        let mut w = Writer::default();
        encode(f, &mut w).unwrap_or_else(|e| panic!("{f}: {e}"));
        w.buf
    }

    #[test]
    fn items_encode_as_rfc_4511_says() {
        assert_eq!(enc("(cn=*)"), b"\x87\x02cn");
        assert_eq!(enc("cn=*"), b"\x87\x02cn");
        assert_eq!(enc("(uid=jo)"), b"\xa3\x09\x04\x03uid\x04\x02jo");
        assert_eq!(enc("(uid>=b)"), b"\xa5\x08\x04\x03uid\x04\x01b");
        assert_eq!(enc("(uid<=b)"), b"\xa6\x08\x04\x03uid\x04\x01b");
        assert_eq!(enc("(cn~=x)"), b"\xa8\x07\x04\x02cn\x04\x01x");
        // Escapes are decoded; UTF-8 passes through.
        assert_eq!(
            enc(r"(cn=a\2ab\28\29\5c)"),
            b"\xa3\x0c\x04\x02cn\x04\x06a*b()\\"
        );
        assert_eq!(enc("(cn=Å)"), b"\xa3\x08\x04\x02cn\x04\x02\xc3\x85");
    }

    #[test]
    fn substrings_keep_initial_any_final() {
        assert_eq!(
            enc("(cn=a*b*c)"),
            b"\xa4\x0f\x04\x02cn\x30\x09\x80\x01a\x81\x01b\x82\x01c"
        );
        assert_eq!(enc("(cn=*b*)"), b"\xa4\x09\x04\x02cn\x30\x03\x81\x01b");
        assert_eq!(enc("(cn=a*)"), b"\xa4\x09\x04\x02cn\x30\x03\x80\x01a");
    }

    #[test]
    fn sets_and_negation_nest() {
        assert_eq!(
            enc("(&(a=1)(!(b=*)))"),
            b"\xa0\x0d\xa3\x06\x04\x01a\x04\x011\xa2\x03\x87\x01b"
        );
        assert_eq!(enc("(|)"), b"\xa1\x00");
    }

    #[test]
    fn extensible_matches_carry_rule_type_and_dn_flag() {
        assert_eq!(
            enc("(userAccountControl:1.2.840.113556.1.4.803:=2)"),
            [
                &b"\xa9\x2f\x81\x16"[..],
                b"1.2.840.113556.1.4.803",
                b"\x82\x12userAccountControl\x83\x012"
            ]
            .concat()
        );
        assert_eq!(
            enc("(ou:dn:=Sales)"),
            b"\xa9\x0e\x82\x02ou\x83\x05Sales\x84\x01\xff"
        );
        assert_eq!(enc("(:1.2:=x)"), b"\xa9\x08\x81\x031.2\x83\x01x");
    }

    #[test]
    fn bad_filters_say_where() {
        for (f, at) in [
            ("(cn=a", 5),
            ("(cn=a))", 6),
            ("(=a)", 1),
            ("(cn=a(b)", 5),
            (r"(cn=\zz)", 4),
            ("(cn>=a*)", 6),
            ("(:=x)", 3),
            ("(&(a=1)x)", 7),
        ] {
            let mut w = Writer::default();
            let e = encode(f, &mut w).unwrap_err();
            assert_eq!(e.at, at, "{f}: {e}");
        }
    }
}
