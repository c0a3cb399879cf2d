//! Rows of named columns, written as a table, CSV (RFC 4180), a streamed JSON array or NDJSON.

use std::borrow::Borrow;
use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table};
use serde_json::{Map, Value};

use super::Format;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableLayout {
    /// One line per row under a header.
    Rows,
    /// One `column | value` line per column: for a single record such as `ldap user`.
    Vertical,
}

/// Writes rows of `columns.len()` values. Arrays are joined with the multi-value separator in
/// CSV and table cells, and stay arrays in JSON.
pub struct RowWriter<W: Write> {
    out: W,
    format: Format,
    columns: Vec<String>,
    separator: String,
    layout: TableLayout,
    csv: CsvStyle,
    rows_written: u64,
    table_rows: Vec<Vec<String>>,
    line: Vec<u8>,
}

impl<W: Write> RowWriter<W> {
    pub fn new(out: W, format: Format, columns: Vec<String>) -> Self {
        RowWriter {
            out,
            format,
            columns,
            separator: "|".to_owned(),
            layout: TableLayout::Rows,
            csv: CsvStyle::default(),
            rows_written: 0,
            table_rows: Vec::new(),
            line: Vec::with_capacity(256),
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

    pub fn rows_written(&self) -> u64 {
        self.rows_written
    }

    pub fn layout(mut self, layout: TableLayout) -> Self {
        self.layout = layout;
        self
    }

    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// One row; cells may be owned values or borrowed ones (`Cow<Value>`, `&Value`).
    pub fn write_row<V: Borrow<Value>>(&mut self, row: &[V]) -> io::Result<()> {
        debug_assert_eq!(row.len(), self.columns.len());
        match self.format {
            Format::Csv => {
                if self.rows_written == 0 {
                    self.write_csv_header()?;
                }
                self.line.clear();
                for (i, v) in row.iter().enumerate() {
                    if i > 0 {
                        self.line.push(self.csv.delimiter);
                    }
                    match v.borrow() {
                        Value::Null => {
                            csv_quote_into(&mut self.line, &self.csv.null, self.csv.delimiter)
                        }
                        // The common case, without a copy of the text.
                        Value::String(s) => csv_quote_into(&mut self.line, s, self.csv.delimiter),
                        v => {
                            let text = cell_text(v, &self.separator);
                            csv_quote_into(&mut self.line, &text, self.csv.delimiter);
                        }
                    }
                }
                self.line.extend_from_slice(self.csv.line_end());
                self.out.write_all(&self.line)?;
            }
            Format::Json | Format::Ndjson => {
                let obj = self.object(row);
                if self.format == Format::Json {
                    self.out.write_all(if self.rows_written == 0 {
                        b"[\n"
                    } else {
                        b",\n"
                    })?;
                }
                serde_json::to_writer(&mut self.out, &obj)?;
                if self.format == Format::Ndjson {
                    self.out.write_all(b"\n")?;
                }
            }
            Format::Table | Format::Ldif | Format::Html => {
                self.table_rows.push(
                    row.iter()
                        .map(|v| cell_text(v.borrow(), &self.separator))
                        .collect(),
                );
            }
        }
        self.rows_written += 1;
        Ok(())
    }

    /// The header line: written before the first row, or alone when there are no rows.
    fn write_csv_header(&mut self) -> io::Result<()> {
        self.line.clear();
        for (i, c) in self.columns.iter().enumerate() {
            if i > 0 {
                self.line.push(self.csv.delimiter);
            }
            csv_quote_into(&mut self.line, c, self.csv.delimiter);
        }
        self.line.extend_from_slice(self.csv.line_end());
        self.out.write_all(&self.line)
    }

    fn object<V: Borrow<Value>>(&self, row: &[V]) -> Value {
        let mut m = Map::with_capacity(row.len());
        for (c, v) in self.columns.iter().zip(row) {
            m.insert(c.clone(), v.borrow().clone());
        }
        Value::Object(m)
    }

    /// Close the JSON array, header-only CSV, render the table. Returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        match self.format {
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
        let mut t = Table::new();
        t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        match self.layout {
            TableLayout::Rows => {
                t.set_header(self.columns.clone());
                for r in self.table_rows.drain(..) {
                    t.add_row(r);
                }
            }
            TableLayout::Vertical => {
                let rows = std::mem::take(&mut self.table_rows);
                for (n, r) in rows.into_iter().enumerate() {
                    if n > 0 {
                        t.add_row(vec![String::new(), String::new()]);
                    }
                    for (c, v) in self.columns.iter().zip(r) {
                        t.add_row(vec![c.clone(), v]);
                    }
                }
            }
        }
        if self.rows_written == 0 {
            return writeln!(self.out, "(no rows)");
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

/// How CSV is written: the delimiter, the record terminator, and the text of a null.
#[derive(Debug, Clone)]
pub struct CsvStyle {
    pub delimiter: u8,
    pub crlf: bool,
    pub null: String,
}

impl Default for CsvStyle {
    fn default() -> Self {
        CsvStyle {
            delimiter: b',',
            crlf: false,
            null: String::new(),
        }
    }
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
    let needs = field
        .bytes()
        .any(|b| b == delimiter || matches!(b, b'"' | b'\n' | b'\r'))
        || field.starts_with(' ')
        || field.ends_with(' ');
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
    fn csv_joins_multi_values() {
        let mut w = RowWriter::new(Vec::new(), Format::Csv, vec!["m".into()]).separator(";");
        w.write_row(&[json!(["x", "y"])]).unwrap();
        assert_eq!(String::from_utf8(w.finish().unwrap()).unwrap(), "m\nx;y\n");
    }
}
