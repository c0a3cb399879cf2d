//! Directory entries in every format: LDIF, JSON (one streamed array), NDJSON (one object per
//! entry: `dn` plus attributes as arrays), CSV (the requested attributes as columns) and a
//! table. Binary values are base64 in JSON and CSV.

use std::io::{self, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value};

use super::{Format, LdifWriter, RowWriter};
use crate::ldap::ad::{decode_value, is_decodable};
use crate::ldap::{Entry, is_binary_attr};

pub struct EntryOptions {
    /// Requested attributes, as typed; empty means "all".
    pub attrs: Vec<String>,
    pub decode: bool,
    pub wrap: bool,
    pub separator: String,
}

pub enum EntryWriter<W: Write> {
    Ldif(LdifWriter<W>, bool),
    Json {
        out: W,
        first: bool,
        decode: bool,
    },
    Ndjson {
        out: W,
        decode: bool,
    },
    Rows {
        rows: RowWriter<W>,
        attrs: Vec<String>,
        decode: bool,
    },
    /// A table with no attribute list: one row per attribute.
    Long {
        rows: RowWriter<W>,
        decode: bool,
    },
}

impl<W: Write> EntryWriter<W> {
    pub fn new(out: W, format: Format, opts: &EntryOptions) -> EntryWriter<W> {
        match format {
            Format::Ldif => EntryWriter::Ldif(LdifWriter::new(out, opts.wrap), opts.decode),
            Format::Json => EntryWriter::Json {
                out,
                first: true,
                decode: opts.decode,
            },
            Format::Ndjson => EntryWriter::Ndjson {
                out,
                decode: opts.decode,
            },
            // Html never gets here: `ldap search` does not accept it (cli::formats).
            Format::Table | Format::Html if opts.attrs.is_empty() => EntryWriter::Long {
                rows: RowWriter::new(
                    out,
                    Format::Table,
                    vec!["dn".into(), "attribute".into(), "values".into()],
                )
                .separator(&opts.separator),
                decode: opts.decode,
            },
            Format::Csv | Format::Table | Format::Html => {
                let mut cols = vec!["dn".to_owned()];
                for a in &opts.attrs {
                    cols.push(a.clone());
                    if opts.decode && is_decodable(a) {
                        cols.push(format!("{a}.decoded"));
                    }
                }
                EntryWriter::Rows {
                    rows: RowWriter::new(out, format, cols).separator(&opts.separator),
                    attrs: opts.attrs.clone(),
                    decode: opts.decode,
                }
            }
        }
    }

    pub fn write(&mut self, e: &Entry) -> io::Result<()> {
        match self {
            EntryWriter::Ldif(w, decode) => {
                let comments = if *decode { decoded(e) } else { Vec::new() };
                w.write_entry(e, &comments)
            }
            EntryWriter::Json { out, first, decode } => {
                out.write_all(if *first { b"[\n" } else { b",\n" })?;
                *first = false;
                serde_json::to_writer(&mut *out, &entry_json(e, *decode))?;
                Ok(())
            }
            EntryWriter::Ndjson { out, decode } => {
                serde_json::to_writer(&mut *out, &entry_json(e, *decode))?;
                out.write_all(b"\n")
            }
            EntryWriter::Rows {
                rows,
                attrs,
                decode,
            } => {
                let mut row = Vec::with_capacity(rows.columns().len());
                row.push(Value::String(e.dn.clone()));
                for a in attrs.iter() {
                    let attr = e.get(a);
                    row.push(match attr {
                        Some(at) => Value::Array(
                            at.values.iter().map(|v| value_json(&at.name, v)).collect(),
                        ),
                        None => Value::Null,
                    });
                    if *decode && is_decodable(a) {
                        row.push(match attr {
                            Some(at) => Value::Array(
                                at.values
                                    .iter()
                                    .filter_map(|v| decode_value(&at.name, v))
                                    .map(Value::String)
                                    .collect(),
                            ),
                            None => Value::Null,
                        });
                    }
                }
                rows.write_row(&row)
            }
            EntryWriter::Long { rows, decode } => {
                for at in &e.attrs {
                    let vals: Vec<Value> =
                        at.values.iter().map(|v| value_json(&at.name, v)).collect();
                    rows.write_row(&[
                        Value::String(e.dn.clone()),
                        Value::String(at.name.clone()),
                        Value::Array(vals),
                    ])?;
                    if *decode && is_decodable(&at.name) {
                        let d: Vec<Value> = at
                            .values
                            .iter()
                            .filter_map(|v| decode_value(&at.name, v))
                            .map(Value::String)
                            .collect();
                        rows.write_row(&[
                            Value::String(e.dn.clone()),
                            Value::String(format!("{}.decoded", at.name)),
                            Value::Array(d),
                        ])?;
                    }
                }
                Ok(())
            }
        }
    }

    /// A skipped continuation reference, as a comment where the format has comments.
    pub fn reference(&mut self, url: &str) -> io::Result<()> {
        match self {
            EntryWriter::Ldif(w, _) => {
                w.write_comment(&format!("continuation reference skipped: {url}"))
            }
            _ => Ok(()),
        }
    }

    pub fn finish(self) -> io::Result<W> {
        match self {
            EntryWriter::Ldif(w, _) => w.finish(),
            EntryWriter::Json { mut out, first, .. } => {
                out.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
                out.flush()?;
                Ok(out)
            }
            EntryWriter::Ndjson { mut out, .. } => {
                out.flush()?;
                Ok(out)
            }
            EntryWriter::Rows { rows, .. } | EntryWriter::Long { rows, .. } => rows.finish(),
        }
    }
}

fn value_json(attr: &str, v: &[u8]) -> Value {
    if !is_binary_attr(attr)
        && let Ok(s) = std::str::from_utf8(v)
    {
        return Value::String(s.to_owned());
    }
    Value::String(STANDARD.encode(v))
}

/// `{"dn": …, "attr": [values…], "_decoded": {"attr": …}}`.
pub fn entry_json(e: &Entry, decode: bool) -> Value {
    let mut m = Map::with_capacity(e.attrs.len() + 1);
    m.insert("dn".into(), Value::String(e.dn.clone()));
    for at in &e.attrs {
        m.insert(
            at.name.clone(),
            Value::Array(at.values.iter().map(|v| value_json(&at.name, v)).collect()),
        );
    }
    if decode {
        let d: Map<String, Value> = decoded(e)
            .into_iter()
            .map(|(k, v)| (k, Value::String(v)))
            .collect();
        if !d.is_empty() {
            m.insert("_decoded".into(), Value::Object(d));
        }
    }
    Value::Object(m)
}

fn decoded(e: &Entry) -> Vec<(String, String)> {
    e.attrs
        .iter()
        .filter(|a| is_decodable(&a.name))
        .filter_map(|a| {
            let vals: Vec<String> = a
                .values
                .iter()
                .filter_map(|v| decode_value(&a.name, v))
                .collect();
            (!vals.is_empty()).then(|| (a.name.clone(), vals.join("; ")))
        })
        .collect()
}
