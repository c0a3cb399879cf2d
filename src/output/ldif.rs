//! LDIF (RFC 2849): base64 for values that are not SAFE-STRINGs, lines folded at 76 columns
//! unless asked not to.

use std::io::{self, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::ldap::Entry;

pub struct LdifWriter<W: Write> {
    out: W,
    wrap: bool,
    line: Vec<u8>,
    b64: String,
    started: bool,
}

/// ldapsearch folds at the same width; a continuation line starts with one space.
const FOLD: usize = 76;

impl<W: Write> LdifWriter<W> {
    pub fn new(out: W, wrap: bool) -> Self {
        LdifWriter {
            out,
            wrap,
            line: Vec::with_capacity(512),
            b64: String::new(),
            started: false,
        }
    }

    pub fn write_entry(&mut self, entry: &Entry, comments: &[(String, String)]) -> io::Result<()> {
        if !self.started {
            self.out.write_all(b"version: 1\n\n")?;
            self.started = true;
        }
        self.write_line("dn", entry.dn.as_bytes())?;
        for attr in &entry.attrs {
            for v in &attr.values {
                self.write_line(&attr.name, v)?;
            }
            for (name, text) in comments
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case(&attr.name))
            {
                writeln!(self.out, "# {name} (decoded): {text}")?;
            }
        }
        self.out.write_all(b"\n")
    }

    /// A comment line, e.g. a skipped continuation reference under -v.
    pub fn write_comment(&mut self, text: &str) -> io::Result<()> {
        for l in text.lines() {
            writeln!(self.out, "# {l}")?;
        }
        Ok(())
    }

    fn write_line(&mut self, name: &str, value: &[u8]) -> io::Result<()> {
        self.line.clear();
        self.line.extend_from_slice(name.as_bytes());
        if is_safe_string(value) {
            self.line.extend_from_slice(b": ");
            self.line.extend_from_slice(value);
        } else {
            self.line.extend_from_slice(b":: ");
            self.b64.clear();
            STANDARD.encode_string(value, &mut self.b64);
            self.line.extend_from_slice(self.b64.as_bytes());
        }
        if !self.wrap || self.line.len() <= FOLD {
            self.line.push(b'\n');
            return self.out.write_all(&self.line);
        }
        // Folding splits bytes, not characters: only SAFE-STRINGs (ASCII) and base64 get here.
        let (first, mut rest) = self.line.split_at(FOLD);
        self.out.write_all(first)?;
        while !rest.is_empty() {
            let n = rest.len().min(FOLD - 1);
            self.out.write_all(b"\n ")?;
            self.out.write_all(&rest[..n])?;
            rest = &rest[n..];
        }
        self.out.write_all(b"\n")
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// RFC 2849 SAFE-STRING, plus the recommendation to base64 a value that ends with a space.
pub fn is_safe_string(v: &[u8]) -> bool {
    match v.first() {
        None => true,
        Some(b' ' | b':' | b'<') => false,
        Some(_) => {
            v.iter()
                .all(|&b| b != 0 && b != b'\n' && b != b'\r' && b < 0x80)
                && v.last() != Some(&b' ')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ldap::{Attr, Entry};

    fn render(entry: &Entry, wrap: bool) -> String {
        let mut w = LdifWriter::new(Vec::new(), wrap);
        w.write_entry(entry, &[]).unwrap();
        String::from_utf8(w.finish().unwrap()).unwrap()
    }

    #[test]
    fn unsafe_values_are_base64() {
        let e = Entry {
            dn: "cn=Zoë,dc=x".into(),
            attrs: vec![
                Attr {
                    name: "sn".into(),
                    values: vec![b" lead".to_vec(), b":colon".to_vec(), b"ok".to_vec()],
                },
                Attr {
                    name: "bin".into(),
                    values: vec![vec![0, 159, 1]],
                },
            ],
        };
        let out = render(&e, true);
        assert!(out.contains("dn:: Y249Wm/DqyxkYz14\n"), "{out}");
        assert!(out.contains("sn:: IGxlYWQ=\n"));
        assert!(out.contains("sn:: OmNvbG9u\n"));
        assert!(out.contains("sn: ok\n"));
        assert!(out.contains("bin:: AJ8B\n"));
    }

    #[test]
    fn long_lines_fold_at_76_and_unfold_to_the_value() {
        let value = "x".repeat(200);
        let e = Entry {
            dn: "cn=a".into(),
            attrs: vec![Attr {
                name: "description".into(),
                values: vec![value.clone().into_bytes()],
            }],
        };
        let out = render(&e, true);
        assert!(out.lines().all(|l| l.len() <= 76));
        let unfolded = out.replace("\n ", "");
        assert!(unfolded.contains(&format!("description: {value}\n")));
        assert!(render(&e, false).contains(&format!("description: {value}\n")));
    }
}
