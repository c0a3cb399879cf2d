//! The subset of BER that LDAP uses (RFC 4511 section 5.1): one-byte tags, definite lengths.
//! Reading borrows from the receive buffer, so walking a message allocates nothing; writing
//! appends to a `Vec` and patches each length once its content is known.

/// Why bytes from the server are not an LDAP message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("malformed LDAP message: {0}")]
pub struct Malformed(pub &'static str);

/// One element: its tag byte and the content octets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tlv<'a> {
    pub tag: u8,
    pub body: &'a [u8],
}

/// The largest message accepted: far beyond any real entry, small enough that a corrupt
/// length cannot make the reader reserve gigabytes.
pub const MAX_MESSAGE: usize = 256 << 20;

/// Split the first element off `buf`. `Ok(None)` means more bytes are needed; the `usize` is
/// the element's whole length.
pub fn split(buf: &[u8]) -> Result<Option<(Tlv<'_>, usize)>, Malformed> {
    let Some((&tag, rest)) = buf.split_first() else {
        return Ok(None);
    };
    if tag & 0x1f == 0x1f {
        return Err(Malformed("multi-byte tag"));
    }
    let Some((&first, rest)) = rest.split_first() else {
        return Ok(None);
    };
    let (len, head) = if first < 0x80 {
        (first as usize, 2)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 {
            return Err(Malformed("indefinite length"));
        }
        if n > 4 {
            return Err(Malformed("length too long"));
        }
        if rest.len() < n {
            return Ok(None);
        }
        let len = rest[..n].iter().fold(0usize, |a, &b| (a << 8) | b as usize);
        (len, 2 + n)
    };
    if len > MAX_MESSAGE {
        return Err(Malformed("element larger than 256 MiB"));
    }
    if buf.len() < head + len {
        return Ok(None);
    }
    Ok(Some((
        Tlv {
            tag,
            body: &buf[head..head + len],
        },
        head + len,
    )))
}

/// The elements inside a constructed element, in order. Inside a complete message a short
/// element is malformed, not "more bytes needed".
#[derive(Debug, Clone, Copy)]
pub struct Seq<'a>(pub &'a [u8]);

impl<'a> Seq<'a> {
    pub fn next_tlv(&mut self) -> Result<Option<Tlv<'a>>, Malformed> {
        if self.0.is_empty() {
            return Ok(None);
        }
        match split(self.0)? {
            Some((t, n)) => {
                self.0 = &self.0[n..];
                Ok(Some(t))
            }
            None => Err(Malformed("element runs past its container")),
        }
    }

    /// The next element, which must carry `tag`.
    pub fn expect(&mut self, tag: u8, what: &'static str) -> Result<&'a [u8], Malformed> {
        match self.next_tlv()? {
            Some(t) if t.tag == tag => Ok(t.body),
            _ => Err(Malformed(what)),
        }
    }

    /// The next element if it carries `tag`; otherwise nothing is consumed.
    pub fn optional(&mut self, tag: u8) -> Result<Option<&'a [u8]>, Malformed> {
        if self.0.first() != Some(&tag) {
            return Ok(None);
        }
        self.next_tlv().map(|t| t.map(|t| t.body))
    }
}

/// A two's-complement INTEGER or ENUMERATED of at most 8 octets.
pub fn int(body: &[u8]) -> Result<i64, Malformed> {
    if body.is_empty() || body.len() > 8 {
        return Err(Malformed("integer of bad length"));
    }
    let init = if body[0] & 0x80 != 0 { -1i64 } else { 0 };
    Ok(body.iter().fold(init, |a, &b| (a << 8) | b as i64))
}

/// Appends elements to a buffer.
#[derive(Debug, Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    /// A constructed (or any) element whose content `f` writes.
    pub fn tlv(&mut self, tag: u8, f: impl FnOnce(&mut Self)) {
        self.buf.push(tag);
        let at = self.buf.len();
        // Room for the short form; longer content moves the body once to fit its length.
        self.buf.push(0);
        f(self);
        let len = self.buf.len() - at - 1;
        if len < 0x80 {
            self.buf[at] = len as u8;
            return;
        }
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        let long = &bytes[skip..];
        self.buf[at] = 0x80 | long.len() as u8;
        let tail = self.buf.split_off(at + 1);
        self.buf.extend_from_slice(long);
        self.buf.extend_from_slice(&tail);
    }

    pub fn bytes(&mut self, tag: u8, value: &[u8]) {
        self.tlv(tag, |w| w.buf.extend_from_slice(value));
    }

    pub fn int(&mut self, tag: u8, value: i64) {
        let bytes = value.to_be_bytes();
        // Minimal two's complement: drop leading bytes that only repeat the sign.
        let mut start = 0;
        while start < 7 {
            let (b, next) = (bytes[start], bytes[start + 1]);
            if (b == 0 && next & 0x80 == 0) || (b == 0xff && next & 0x80 != 0) {
                start += 1;
            } else {
                break;
            }
        }
        self.bytes(tag, &bytes[start..]);
    }

    pub fn boolean(&mut self, tag: u8, value: bool) {
        self.bytes(tag, &[if value { 0xff } else { 0 }]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_round_trip_in_short_and_long_form() {
        for len in [0usize, 1, 127, 128, 255, 256, 70_000] {
            let mut w = Writer::default();
            w.bytes(0x04, &vec![7u8; len]);
            let (t, n) = split(&w.buf).unwrap().unwrap();
            assert_eq!(
                (t.tag, t.body.len(), n),
                (0x04, len, w.buf.len()),
                "len {len}"
            );
            // Every prefix is "need more", never an error or a wrong element.
            for cut in 0..w.buf.len().min(6) {
                assert_eq!(split(&w.buf[..cut]), Ok(None));
            }
        }
    }

    #[test]
    fn nested_long_content_keeps_the_outer_length_right() {
        let mut w = Writer::default();
        w.tlv(0x30, |w| {
            w.bytes(0x04, &[1u8; 200]);
            w.int(0x02, 5);
        });
        let (outer, _) = split(&w.buf).unwrap().unwrap();
        let mut s = Seq(outer.body);
        assert_eq!(s.expect(0x04, "x").unwrap().len(), 200);
        assert_eq!(int(s.expect(0x02, "x").unwrap()), Ok(5));
        assert_eq!(s.next_tlv(), Ok(None));
    }

    #[test]
    fn integers_are_minimal_twos_complement() {
        for (v, enc) in [
            (0i64, vec![0u8]),
            (127, vec![0x7f]),
            (128, vec![0x00, 0x80]),
            (1000, vec![0x03, 0xe8]),
            (-1, vec![0xff]),
            (-129, vec![0xff, 0x7f]),
            (i32::MAX as i64, vec![0x7f, 0xff, 0xff, 0xff]),
        ] {
            let mut w = Writer::default();
            w.int(0x02, v);
            assert_eq!(&w.buf[2..], &enc[..], "{v}");
            assert_eq!(int(&enc), Ok(v));
        }
    }

    #[test]
    fn malformed_input_is_refused() {
        assert_eq!(split(&[0x1f, 0]), Err(Malformed("multi-byte tag")));
        assert_eq!(split(&[0x30, 0x80]), Err(Malformed("indefinite length")));
        assert_eq!(
            split(&[0x30, 0x85, 1, 1, 1, 1, 1]),
            Err(Malformed("length too long"))
        );
        assert!(split(&[0x30, 0x84, 0x7f, 0xff, 0xff, 0xff]).is_err());
        // An inner element longer than its container.
        let mut s = Seq(&[0x04, 0x05, 1, 2]);
        assert!(s.next_tlv().is_err());
    }
}
