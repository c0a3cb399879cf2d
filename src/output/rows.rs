//! Rows of named columns, written as a table, CSV (RFC 4180), a streamed JSON array or NDJSON.

use std::borrow::Borrow;
use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table};
use serde::Serialize;
use serde_json::Value;

use super::Format;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableLayout {
    /// One line per row under a header.
    Rows,
    /// One `column | value` line per column: for a single record such as `ldap user`.
    Vertical,
}

pub use crate::cell::Cell;

fn cell_ref<'c>(c: &'c Cell<'_>) -> CellRef<'c> {
    match c {
        Cell::Null => CellRef::Null,
        Cell::Text(t) => CellRef::Text(t),
        Cell::Value(v) => CellRef::of(v),
    }
}

/// What the encoder distinguishes in a cell.
#[derive(Clone, Copy)]
enum CellRef<'a> {
    Null,
    Text(&'a str),
    Other(&'a Value),
}

impl<'a> CellRef<'a> {
    fn of(v: &'a Value) -> Self {
        match v {
            Value::Null => CellRef::Null,
            Value::String(s) => CellRef::Text(s),
            v => CellRef::Other(v),
        }
    }
}

/// Turns one row into bytes for the streaming formats (CSV, JSON, NDJSON). Cloned to the
/// threads that decode pages, so that rows are encoded where they are read and the writer
/// only copies bytes; `RowWriter` encodes through the same code, so both give the same text.
#[derive(Debug, Clone)]
pub struct RowEncoder {
    format: Format,
    columns: Vec<String>,
    separator: String,
    csv: CsvStyle,
    /// For JSON objects: each distinct column name, pre-encoded as `"name":`, and the column
    /// whose value it takes (the last of a repeated name, at the first one's place, as a map
    /// insert would do).
    json_keys: Vec<(Vec<u8>, usize)>,
}

impl RowEncoder {
    pub fn new(format: Format, columns: Vec<String>) -> Self {
        let mut json_keys: Vec<(Vec<u8>, usize)> = Vec::new();
        let mut names: Vec<&str> = Vec::new();
        for (i, c) in columns.iter().enumerate() {
            match names.iter().position(|n| n == c) {
                Some(at) => json_keys[at].1 = i,
                None => {
                    let mut key = serde_json::to_vec(c).expect("a string encodes");
                    key.push(b':');
                    json_keys.push((key, i));
                    names.push(c);
                }
            }
        }
        RowEncoder {
            format,
            columns,
            separator: "|".to_owned(),
            csv: CsvStyle::default(),
            json_keys,
        }
    }

    pub fn separator(mut self, sep: &str) -> Self {
        sep.clone_into(&mut self.separator);
        self
    }

    pub fn csv_style(mut self, style: CsvStyle) -> Self {
        self.csv = style;
        self
    }

    /// Whether rows can be encoded one by one (a table needs all of them first).
    pub fn streams(&self) -> bool {
        matches!(self.format, Format::Csv | Format::Json | Format::Ndjson)
    }

    /// Append one row (`columns.len()` cells): a CSV line, an NDJSON line, or a JSON object
    /// without the separator between array elements (the writer adds it).
    fn encode(&self, row: &[Cell<'_>], out: &mut Vec<u8>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.encode_with(|i| cell_ref(&row[i]), out);
    }

    fn encode_with<'a>(&self, cell: impl Fn(usize) -> CellRef<'a>, out: &mut Vec<u8>) {
        match self.format {
            Format::Csv => {
                for i in 0..self.columns.len() {
                    if i > 0 {
                        out.push(self.csv.delimiter);
                    }
                    let guard = self.csv.neutralize_formulas;
                    match cell(i) {
                        CellRef::Null => csv_quote_into(out, &self.csv.null, self.csv.delimiter),
                        CellRef::Text(s) if guard && formula_like(s) => {
                            csv_quote_into(out, &format!("'{s}"), self.csv.delimiter)
                        }
                        CellRef::Text(s) => csv_quote_into(out, s, self.csv.delimiter),
                        CellRef::Other(v) => {
                            let mut text = cell_text(v, &self.separator);
                            if guard && !v.is_number() && formula_like(&text) {
                                text.insert(0, '\'');
                            }
                            csv_quote_into(out, &text, self.csv.delimiter);
                        }
                    }
                }
                out.extend_from_slice(self.csv.line_end());
            }
            Format::Json | Format::Ndjson => {
                out.push(b'{');
                for (n, (key, i)) in self.json_keys.iter().enumerate() {
                    if n > 0 {
                        out.push(b',');
                    }
                    out.extend_from_slice(key);
                    let written = match cell(*i) {
                        CellRef::Null => {
                            out.extend_from_slice(b"null");
                            Ok(())
                        }
                        CellRef::Text(s) => serde_json::to_writer(&mut *out, s),
                        CellRef::Other(v) => serde_json::to_writer(&mut *out, v),
                    };
                    written.expect("JSON into memory cannot fail");
                }
                out.push(b'}');
                if self.format == Format::Ndjson {
                    out.push(b'\n');
                }
            }
            Format::Table | Format::Ldif | Format::Html => {
                unreachable!("a table is not encoded row by row")
            }
        }
    }
}

/// Rows encoded elsewhere by a `RowEncoder` with the writer's settings, in order.
#[derive(Debug, Default)]
pub struct EncodedRows {
    pub bytes: Vec<u8>,
    pub rows: u64,
}

impl EncodedRows {
    pub fn push(&mut self, enc: &RowEncoder, row: &[Cell<'_>]) {
        if enc.format == Format::Json && self.rows > 0 {
            self.bytes.extend_from_slice(b",\n");
        }
        enc.encode(row, &mut self.bytes);
        self.rows += 1;
    }
}

/// A page's rows encoded as they are decoded: what a domain's fast path pushes rows into.
pub struct PageEncoder<'e> {
    enc: &'e RowEncoder,
    pub rows: EncodedRows,
}

impl<'e> PageEncoder<'e> {
    /// `capacity`: the bytes to expect (about half a JSON page body).
    pub fn new(enc: &'e RowEncoder, capacity: usize) -> Self {
        PageEncoder {
            enc,
            rows: EncodedRows {
                bytes: Vec::with_capacity(capacity),
                rows: 0,
            },
        }
    }
}

impl crate::cell::RowSink for PageEncoder<'_> {
    fn push_row(&mut self, row: &[Cell<'_>]) {
        self.rows.push(self.enc, row);
    }
}

/// Rows of one serde type: a command's output row is a struct whose fields are the columns,
/// in declaration order, under their serialized names. `Default` names the columns when there
/// is no row yet (the header of an empty CSV).
pub struct TypedRows<W: Write, T> {
    inner: RowWriter<W>,
    row: std::marker::PhantomData<fn(&T)>,
}

/// The columns of a row type: the keys of its default value, serialized.
fn columns_of<T: Serialize + Default>() -> Vec<String> {
    match serde_json::to_value(T::default()) {
        Ok(Value::Object(m)) => m.into_iter().map(|(k, _)| k).collect(),
        _ => panic!("a row type serializes as a struct"),
    }
}

impl<W: Write, T: Serialize + Default> TypedRows<W, T> {
    pub fn new(out: W, format: Format) -> Self {
        Self::with_columns(out, format, columns_of::<T>())
    }

    /// For a row type with optional column groups (a flattened `Option`): the columns of
    /// `shape`, a row with the groups this run writes present.
    pub fn shaped_like(out: W, format: Format, shape: &T) -> Self {
        let columns = match serde_json::to_value(shape) {
            Ok(Value::Object(m)) => m.into_iter().map(|(k, _)| k).collect(),
            _ => panic!("a row type serializes as a struct"),
        };
        Self::with_columns(out, format, columns)
    }

    fn with_columns(out: W, format: Format, columns: Vec<String>) -> Self {
        TypedRows {
            inner: RowWriter::new(out, format, columns),
            row: std::marker::PhantomData,
        }
    }

    pub fn separator(mut self, sep: &str) -> Self {
        self.inner = self.inner.separator(sep);
        self
    }

    pub fn layout(mut self, layout: TableLayout) -> Self {
        self.inner = self.inner.layout(layout);
        self
    }

    pub fn write(&mut self, row: &T) -> io::Result<()> {
        let cells: Vec<Value> = match serde_json::to_value(row).map_err(io::Error::other)? {
            Value::Object(m) => m.into_iter().map(|(_, v)| v).collect(),
            _ => return Err(io::Error::other("a row type serializes as a struct")),
        };
        self.inner.write_row(&cells)
    }

    pub fn rows_written(&self) -> u64 {
        self.inner.rows_written()
    }

    /// Push what is written so far to the reader (a page of a streamed listing), so that a
    /// pipe sees the first rows before the last page arrives. A table waits for all rows.
    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }

    pub fn finish(self) -> io::Result<W> {
        self.inner.finish()
    }
}

/// Writes rows of `columns.len()` values. Arrays are joined with the multi-value separator in
/// CSV and table cells, and stay arrays in JSON.
pub struct RowWriter<W: Write> {
    out: W,
    enc: RowEncoder,
    layout: TableLayout,
    rows_written: u64,
    table_rows: Vec<Vec<String>>,
    line: Vec<u8>,
}

impl<W: Write> RowWriter<W> {
    pub fn new(out: W, format: Format, columns: Vec<String>) -> Self {
        Self::with_encoder(out, RowEncoder::new(format, columns))
    }

    pub fn with_encoder(out: W, enc: RowEncoder) -> Self {
        RowWriter {
            out,
            enc,
            layout: TableLayout::Rows,
            rows_written: 0,
            table_rows: Vec::new(),
            line: Vec::with_capacity(256),
        }
    }

    pub fn separator(mut self, sep: &str) -> Self {
        self.enc = self.enc.separator(sep);
        self
    }

    pub fn csv_style(mut self, style: CsvStyle) -> Self {
        self.enc = self.enc.csv_style(style);
        self
    }

    pub fn rows_written(&self) -> u64 {
        self.rows_written
    }

    pub fn layout(mut self, layout: TableLayout) -> Self {
        self.layout = layout;
        self
    }

    pub fn columns(&self) -> &[String] {
        &self.enc.columns
    }

    /// One row; cells may be owned values or borrowed ones (`Cow<Value>`, `&Value`).
    /// Push what is written so far to the reader (a page of a streamed listing), so that a
    /// pipe sees the first rows before the last page arrives. A table waits for all rows.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    pub fn write_row<V: Borrow<Value>>(&mut self, row: &[V]) -> io::Result<()> {
        debug_assert_eq!(row.len(), self.enc.columns.len());
        if !self.enc.streams() {
            // A table is for a terminal: server text in it is made inert.
            self.table_rows.push(
                row.iter()
                    .map(|v| {
                        let text = cell_text(v.borrow(), &self.enc.separator);
                        match super::inert(&text) {
                            std::borrow::Cow::Borrowed(_) => text,
                            std::borrow::Cow::Owned(safe) => safe,
                        }
                    })
                    .collect(),
            );
            self.rows_written += 1;
            return Ok(());
        }
        self.before_rows()?;
        self.line.clear();
        self.enc
            .encode_with(|i| CellRef::of(row[i].borrow()), &mut self.line);
        self.out.write_all(&self.line)?;
        self.rows_written += 1;
        Ok(())
    }

    /// Rows encoded elsewhere by a clone of this writer's encoder.
    pub fn write_encoded(&mut self, rows: &EncodedRows) -> io::Result<()> {
        if rows.rows == 0 {
            return Ok(());
        }
        self.before_rows()?;
        self.out.write_all(&rows.bytes)?;
        self.rows_written += rows.rows;
        Ok(())
    }

    /// What goes before more rows: the CSV header before the first, the JSON array's opening
    /// or the separator after the previous row.
    fn before_rows(&mut self) -> io::Result<()> {
        match self.enc.format {
            Format::Csv if self.rows_written == 0 => self.write_csv_header(),
            Format::Json => self.out.write_all(if self.rows_written == 0 {
                b"[\n"
            } else {
                b",\n"
            }),
            _ => Ok(()),
        }
    }

    /// The header line: written before the first row, or alone when there are no rows.
    fn write_csv_header(&mut self) -> io::Result<()> {
        let mut line = Vec::with_capacity(256);
        let csv = &self.enc.csv;
        for (i, c) in self.enc.columns.iter().enumerate() {
            if i > 0 {
                line.push(csv.delimiter);
            }
            csv_quote_into(&mut line, c, csv.delimiter);
        }
        line.extend_from_slice(csv.line_end());
        self.out.write_all(&line)
    }

    /// Close the JSON array, header-only CSV, render the table. Returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        match self.enc.format {
            Format::Json => self.out.write_all(if self.rows_written == 0 {
                b"[]\n"
            } else {
                b"\n]\n"
            })?,
            Format::Csv if self.rows_written == 0 => self.write_csv_header()?,
            Format::Table | Format::Ldif | Format::Html => self.render_table()?,
            _ => {}
        }
        self.out.flush()?;
        Ok(self.out)
    }

    fn render_table(&mut self) -> io::Result<()> {
        if self.rows_written == 0 {
            return writeln!(self.out, "(no rows)");
        }
        let columns: Vec<String> = self
            .enc
            .columns
            .iter()
            .map(|c| super::inert(c).into_owned())
            .collect();
        let rows = std::mem::take(&mut self.table_rows);
        let width = super::fit::table_width();
        let layout = match (self.layout, width) {
            (TableLayout::Rows, Some(w)) => match super::fit::plan(&columns, &rows, w) {
                super::fit::Plan::Rows(mins) => Some(mins),
                super::fit::Plan::Records => None,
            },
            (TableLayout::Rows, None) => Some(Vec::new()),
            (TableLayout::Vertical, _) => None,
        };
        let mut t = Table::new();
        t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        if let Some(w) = width {
            t.set_width(u16::try_from(w).unwrap_or(u16::MAX));
        }
        match layout {
            Some(mins) => {
                t.set_header(columns);
                for r in rows {
                    t.add_row(r);
                }
                // Wrap cells, but never below what keeps a column readable.
                t.set_constraints(mins.into_iter().map(|w| {
                    comfy_table::ColumnConstraint::LowerBoundary(comfy_table::Width::Fixed(w))
                }));
            }
            // One record per block: a single record (`ldap user`), or rows too wide to sit
            // side by side on this terminal.
            None => {
                for (n, r) in rows.into_iter().enumerate() {
                    if n > 0 {
                        t.add_row(vec![String::new(), String::new()]);
                    }
                    for (c, v) in columns.iter().zip(r) {
                        t.add_row(vec![c.clone(), v]);
                    }
                }
            }
        }
        writeln!(self.out, "{t}")
    }
}

/// The text of a value in a CSV or table cell: null is empty, arrays are joined.
fn cell_text(v: &Value, sep: &str) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number_text(n),
        Value::Array(items) => items
            .iter()
            .map(|i| cell_text(i, sep))
            .collect::<Vec<_>>()
            .join(sep),
        Value::Object(_) => v.to_string(),
    }
}

/// The text of a number without an exponent: floats in Rust's shortest round-trip form
/// (`125661400.5`, never `1.256614005e8`), integers as they are.
pub fn number_text(n: &serde_json::Number) -> String {
    match (n.is_f64(), n.as_f64()) {
        (true, Some(f)) => format!("{f}"),
        _ => n.to_string(),
    }
}

/// How CSV is written: the delimiter, the record terminator, the text of a null, and whether
/// text that a spreadsheet would run as a formula is neutralized.
#[derive(Debug, Clone)]
pub struct CsvStyle {
    pub delimiter: u8,
    pub crlf: bool,
    pub null: String,
    pub neutralize_formulas: bool,
}

impl Default for CsvStyle {
    fn default() -> Self {
        CsvStyle {
            delimiter: b',',
            crlf: false,
            null: String::new(),
            neutralize_formulas: FORMULA_GUARD.load(std::sync::atomic::Ordering::Relaxed),
        }
    }
}

/// The run's choice for CSV written without an explicit style (`--csv-formulas`), set once
/// before any output like the colour choice.
static FORMULA_GUARD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn neutralize_formulas_by_default(on: bool) {
    FORMULA_GUARD.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Text a spreadsheet would read as a formula (CSV injection): it starts with `=`, `+`, `-`,
/// `@`, a tab or a CR, and is not simply a number (`-12.5` stays as it is). Such a cell is
/// written with a leading `'`, which spreadsheets show as text.
fn formula_like(s: &str) -> bool {
    matches!(
        s.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    ) && s.trim().parse::<f64>().is_err()
}

impl CsvStyle {
    fn line_end(&self) -> &'static [u8] {
        if self.crlf { b"\r\n" } else { b"\n" }
    }
}

/// RFC 4180: quote a field that holds the delimiter, a quote, CR or LF (a bare CR too: some
/// writers forget it and a reader then sees extra rows), or starts/ends with a space, which
/// some readers trim; double the quotes inside.
pub fn csv_quote_into(out: &mut Vec<u8>, field: &str, delimiter: u8) {
    let needs =
        needs_quotes(field.as_bytes(), delimiter) || field.starts_with(' ') || field.ends_with(' ');
    if !needs {
        out.extend_from_slice(field.as_bytes());
        return;
    }
    out.push(b'"');
    for b in field.bytes() {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

/// Whether a field holds the delimiter, a quote, CR or LF. Sixteen bytes at a time without an
/// early exit inside the block, which the compiler turns into vector compares: a third faster
/// than a byte-by-byte `any` on typical fields, and this runs for every cell of CSV output.
fn needs_quotes(field: &[u8], delimiter: u8) -> bool {
    let special = |b: u8| (b == delimiter) | (b == b'"') | (b == b'\n') | (b == b'\r');
    let mut blocks = field.chunks_exact(16);
    for block in &mut blocks {
        if block.iter().fold(false, |found, &b| found | special(b)) {
            return true;
        }
    }
    blocks.remainder().iter().any(|&b| special(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(format: Format, rows: &[Vec<Value>]) -> String {
        let mut w = RowWriter::new(Vec::new(), format, vec!["a".into(), "b".into()]);
        for r in rows {
            w.write_row(r).unwrap();
        }
        String::from_utf8(w.finish().unwrap()).unwrap()
    }

    #[test]
    fn formulas_are_neutralized_when_asked_and_numbers_stay_numbers() {
        let style = CsvStyle {
            neutralize_formulas: true,
            ..CsvStyle::default()
        };
        let mut w =
            RowWriter::new(Vec::new(), Format::Csv, vec!["a".into(), "b".into()]).csv_style(style);
        for (a, b) in [
            (json!("=cmd|' /C calc'!A0"), json!(-5)),
            (json!("+SUM(1,2)"), json!("-12.5")),
            (json!("@x"), json!("\tTAB")),
            (json!("\rCR"), json!(["=a", "b"])),
            (json!("plain - text"), json!("a=b")),
        ] {
            w.write_row(&[a, b]).unwrap();
        }
        let text = String::from_utf8(w.finish().unwrap()).unwrap();
        let rows: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        assert_eq!(rows[0], ["'=cmd|' /C calc'!A0", "-5"]);
        assert_eq!(rows[1], ["'+SUM(1,2)", "-12.5"]);
        assert_eq!(rows[2], ["'@x", "'\tTAB"]);
        assert_eq!(rows[3], ["'\rCR", "'=a|b"]);
        assert_eq!(rows[4], ["plain - text", "a=b"]);
        // Off (the default for most commands), the cells are written as they are.
        let plain = render(Format::Csv, &[vec![json!("=1+1"), json!("@x")]]);
        assert!(plain.contains("=1+1,@x"), "{plain}");
    }

    #[test]
    fn csv_quotes_what_rfc4180_requires() {
        let out = render(
            Format::Csv,
            &[vec![json!("x,y"), json!("say \"hi\"\r\nbye")]],
        );
        assert_eq!(out, "a,b\n\"x,y\",\"say \"\"hi\"\"\r\nbye\"\n");
        let mut rdr = csv::Reader::from_reader(out.as_bytes());
        let rec = rdr.records().next().unwrap().unwrap();
        assert_eq!(&rec[1], "say \"hi\"\r\nbye");
    }

    #[test]
    fn json_is_one_valid_array_even_when_empty() {
        let out = render(Format::Json, &[]);
        assert_eq!(serde_json::from_str::<Value>(&out).unwrap(), json!([]));
        let out = render(
            Format::Json,
            &[
                vec![json!(1), json!(["p", "q"])],
                vec![Value::Null, json!(true)],
            ],
        );
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v, json!([{"a":1,"b":["p","q"]},{"a":null,"b":true}]));
    }

    #[test]
    fn a_special_byte_is_found_anywhere_in_a_long_field() {
        for len in [0, 1, 15, 16, 17, 40] {
            let plain = "a".repeat(len);
            assert!(!needs_quotes(plain.as_bytes(), b';'));
            for at in 0..len {
                for special in [b';', b'"', b'\n', b'\r'] {
                    let mut f = plain.clone().into_bytes();
                    f[at] = special;
                    assert!(needs_quotes(&f, b';'), "{special} at {at} of {len}");
                }
                let mut f = plain.clone().into_bytes();
                f[at] = b',';
                assert!(!needs_quotes(&f, b';'), "a comma is plain under ;");
            }
        }
    }

    #[test]
    fn numbers_are_written_plainly_and_quoted_only_when_the_delimiter_is_in_them() {
        let csv = |delimiter: u8, row: &[Value]| {
            let style = CsvStyle {
                delimiter,
                ..CsvStyle::default()
            };
            let mut w = RowWriter::new(Vec::new(), Format::Csv, vec!["a".into(), "b".into()])
                .csv_style(style);
            w.write_row(row).unwrap();
            String::from_utf8(w.finish().unwrap()).unwrap()
        };
        let v: Value = serde_json::from_str("[1.256614005E8, -42]").unwrap();
        let row = v.as_array().unwrap();
        assert_eq!(csv(b',', row), "a,b\n125661400.5,-42\n");
        assert_eq!(csv(b'.', row), "a.b\n\"125661400.5\".-42\n");
        assert_eq!(csv(b'-', row), "a-b\n125661400.5-\"-42\"\n");
    }

    #[test]
    fn csv_joins_multi_values() {
        let mut w = RowWriter::new(Vec::new(), Format::Csv, vec!["m".into()]).separator(";");
        w.write_row(&[json!(["x", "y"])]).unwrap();
        assert_eq!(String::from_utf8(w.finish().unwrap()).unwrap(), "m\nx;y\n");
    }
}
