//! A small RFC 2849 reader for checking output: unfolds lines, decodes base64 values.

use std::collections::BTreeMap;

use base64::Engine;

/// dn → attribute (lower-case) → values (as bytes, sorted).
pub type Entries = BTreeMap<String, BTreeMap<String, Vec<Vec<u8>>>>;

pub fn parse(text: &str) -> Entries {
    let mut unfolded: Vec<String> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix(' ') {
            unfolded
                .last_mut()
                .expect("continuation after a line")
                .push_str(rest);
        } else {
            unfolded.push(line.to_owned());
        }
    }
    let mut out = Entries::new();
    let mut dn: Option<String> = None;
    let mut attrs: BTreeMap<String, Vec<Vec<u8>>> = BTreeMap::new();
    let flush =
        |dn: &mut Option<String>, attrs: &mut BTreeMap<String, Vec<Vec<u8>>>, out: &mut Entries| {
            if let Some(d) = dn.take() {
                for v in attrs.values_mut() {
                    v.sort();
                }
                out.insert(d, std::mem::take(attrs));
            }
        };
    for line in unfolded {
        if line.is_empty() {
            flush(&mut dn, &mut attrs, &mut out);
            continue;
        }
        if line.starts_with('#') || line.starts_with("version:") {
            continue;
        }
        let (name, value) = if let Some((n, v)) = line.split_once(":: ") {
            (
                n.to_owned(),
                base64::engine::general_purpose::STANDARD
                    .decode(v.trim())
                    .expect("base64 value"),
            )
        } else if let Some((n, v)) = line.split_once(": ") {
            (n.to_owned(), v.as_bytes().to_vec())
        } else if let Some(n) = line.strip_suffix(':') {
            (n.to_owned(), Vec::new())
        } else {
            panic!("not an LDIF line: {line:?}");
        };
        if name.eq_ignore_ascii_case("dn") {
            dn = Some(String::from_utf8(value).expect("utf-8 dn"));
        } else {
            attrs
                .entry(name.to_ascii_lowercase())
                .or_default()
                .push(value);
        }
    }
    flush(&mut dn, &mut attrs, &mut out);
    out
}
