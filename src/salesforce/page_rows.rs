//! A query page decoded straight into output rows. When the select list is plain field paths
//! (no subquery, no `FIELDS()`/`TYPEOF`), each record's values are put into their column's
//! cell while the JSON is read, text borrowed from the body, and every other key is skipped
//! unread; for CSV, JSON and NDJSON the row is then encoded at once into the page's output
//! bytes. The general path builds a whole JSON tree per record (an ordered map per object, a
//! string per key) and then copies cells out of it; at 100,000 records that tree was most
//! of a query's CPU.
//!
//! The rows are the ones `record::rows` makes from the same record: the same case-insensitive
//! lookup, null parents as empty cells, AggregateResult rows keyed by a field's last name, and
//! the same cell clean-up (plain numbers, `--utc`, no `attributes` in nested values).

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::SfError;
use super::record::{CellOptions, owned_cell, to_utc};
use super::soql::Column;
use crate::cell::{Cell, RowSink};

/// A page's own fields, besides its records.
#[derive(Debug, Default)]
pub struct PageInfo {
    pub total_size: u64,
    pub done: bool,
    pub next_records_url: Option<String>,
    pub records: u64,
}

/// A page's fields and its records as rows of some form.
#[derive(Debug)]
pub struct RowsPage<R> {
    pub info: PageInfo,
    pub rows: R,
}

/// Receives each record's row; the cells are the decoder's to reuse once it returns.
type OnRow<'f> = dyn for<'c, 'de> FnMut(&'c mut [Cell<'de>]) + 'f;

/// Where each key of a record goes, built once per query from the columns.
#[derive(Debug)]
pub struct RowPlan {
    root: Node,
    /// A grouped relationship field (`Account.Industry`) comes back in an AggregateResult
    /// row under its last name (`Industry`): those names, for top-level keys only.
    last_names: Vec<(String, Vec<usize>)>,
    width: usize,
    opts: CellOptions,
}

#[derive(Debug, Default)]
struct Node {
    keys: Vec<(String, Slot)>,
}

#[derive(Debug)]
enum Slot {
    /// The value is the cell of these columns (the same field may be selected twice).
    Cells(Vec<usize>),
    /// The value is a parent record holding more of the columns.
    Parent(Node),
}

impl RowPlan {
    /// A plan for these columns, or None when they need the general path: a subquery, or a
    /// path that is both a field and the parent of another.
    pub fn new(columns: &[Column], opts: CellOptions) -> Option<RowPlan> {
        let mut root = Node::default();
        let mut last_names: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, c) in columns.iter().enumerate() {
            let path: Vec<&str> = match c {
                Column::Field { path, .. } => path.iter().map(String::as_str).collect(),
                Column::Aggregate { header } => vec![header.as_str()],
                Column::Children { .. } => return None,
            };
            root.add(&path, i)?;
            if let [_, .., last] = path[..] {
                match last_names
                    .iter_mut()
                    .find(|(k, _)| k.eq_ignore_ascii_case(last))
                {
                    Some((_, cols)) => cols.push(i),
                    None => last_names.push((last.to_owned(), vec![i])),
                }
            }
        }
        Some(RowPlan {
            root,
            last_names,
            width: columns.len(),
            opts,
        })
    }

    /// Decode a page body, handing each record's row to `on_row`.
    fn decode(&self, body: &[u8], on_row: &mut OnRow<'_>) -> Result<PageInfo, SfError> {
        // One UTF-8 check of the whole body is cheaper than one per string.
        let text = std::str::from_utf8(body)
            .map_err(|e| SfError::Protocol(format!("a query page is not UTF-8: {e}")))?;
        let mut de = serde_json::Deserializer::from_str(text);
        PageSeed { plan: self, on_row }
            .deserialize(&mut de)
            .and_then(|p| de.end().map(|()| p))
            .map_err(|e| SfError::Protocol(format!("bad JSON: {e}")))
    }

    /// Decode a page into rows of values.
    pub fn decode_values(&self, body: &[u8]) -> Result<RowsPage<Vec<Vec<Value>>>, SfError> {
        let mut rows = Vec::new();
        let info = self.decode(body, &mut |cells| {
            rows.push(
                cells
                    .iter_mut()
                    .map(|c| std::mem::take(c).into_value())
                    .collect(),
            );
        })?;
        Ok(RowsPage { info, rows })
    }

    /// Decode a page straight into a sink (the output layer's encoder, for the formats that
    /// can be written row by row).
    pub fn decode_into<S: RowSink>(&self, body: &[u8], sink: &mut S) -> Result<PageInfo, SfError> {
        self.decode(body, &mut |cells| sink.push_row(cells))
    }
}

impl Node {
    fn add(&mut self, path: &[&str], col: usize) -> Option<()> {
        let (first, rest) = path.split_first()?;
        let at = self
            .keys
            .iter()
            .position(|(k, _)| k.eq_ignore_ascii_case(first));
        match (at, rest.is_empty()) {
            (None, true) => self
                .keys
                .push(((*first).to_owned(), Slot::Cells(vec![col]))),
            (None, false) => {
                let mut node = Node::default();
                node.add(rest, col)?;
                self.keys.push(((*first).to_owned(), Slot::Parent(node)));
            }
            (Some(i), true) => match &mut self.keys[i].1 {
                Slot::Cells(cols) => cols.push(col),
                Slot::Parent(_) => return None,
            },
            (Some(i), false) => match &mut self.keys[i].1 {
                Slot::Parent(node) => node.add(rest, col)?,
                Slot::Cells(_) => return None,
            },
        }
        Some(())
    }

    /// Keys come back in the API's casing; the query may use any.
    fn slot(&self, key: &str) -> Option<&Slot> {
        self.slot_after(key, &mut 0)
    }

    /// `slot`, trying first the key after the one found last (`next`): the API sends a
    /// record's fields in the select list's order, so one comparison usually does.
    fn slot_after(&self, key: &str, next: &mut usize) -> Option<&Slot> {
        if let Some((k, s)) = self.keys.get(*next)
            && k == key
        {
            *next += 1;
            return Some(s);
        }
        let i = self
            .keys
            .iter()
            .position(|(k, _)| k.len() == key.len() && k.eq_ignore_ascii_case(key))?;
        *next = i + 1;
        Some(&self.keys[i].1)
    }
}

/// A key, borrowed from the body unless it holds an escape (serde's own `Cow<str>` always
/// copies).
pub(super) struct Key<'de>(pub(super) Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s.to_owned())))
            }
        }
        d.deserialize_str(V)
    }
}

struct PageSeed<'p, 'f> {
    plan: &'p RowPlan,
    on_row: &'p mut OnRow<'f>,
}

impl<'de> DeserializeSeed<'de> for PageSeed<'_, '_> {
    type Value = PageInfo;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<PageInfo, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PageSeed<'_, '_> {
    type Value = PageInfo;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a query result page")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PageInfo, A::Error> {
        let mut page = PageInfo::default();
        let (mut total, mut done) = (None, None);
        while let Some(Key(k)) = map.next_key()? {
            match &*k {
                "totalSize" => total = Some(map.next_value()?),
                "done" => done = Some(map.next_value()?),
                "nextRecordsUrl" => page.next_records_url = map.next_value()?,
                "records" => {
                    page.records = map.next_value_seed(RecordsSeed {
                        plan: self.plan,
                        on_row: &mut *self.on_row,
                    })?
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        page.total_size = total.ok_or_else(|| de::Error::missing_field("totalSize"))?;
        page.done = done.ok_or_else(|| de::Error::missing_field("done"))?;
        Ok(page)
    }
}

struct RecordsSeed<'p, 'f> {
    plan: &'p RowPlan,
    on_row: &'p mut OnRow<'f>,
}

impl<'de> DeserializeSeed<'de> for RecordsSeed<'_, '_> {
    type Value = u64;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<u64, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RecordsSeed<'_, '_> {
    type Value = u64;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of records")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<u64, A::Error> {
        // One row of cells and one list of last-name values, reused for every record.
        let mut row: Vec<Cell<'de>> = vec![Cell::Null; self.plan.width];
        let mut by_last_name = Vec::new();
        let mut n = 0;
        while let Some(()) = seq.next_element_seed(RecordSeed {
            plan: self.plan,
            row: &mut row,
            by_last_name: &mut by_last_name,
        })? {
            (self.on_row)(&mut row);
            n += 1;
        }
        Ok(n)
    }
}

struct RecordSeed<'p, 'de> {
    plan: &'p RowPlan,
    row: &'p mut Vec<Cell<'de>>,
    by_last_name: &'p mut Vec<(usize, Cell<'de>)>,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_, 'de> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_, 'de> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let plan = self.plan;
        let row = self.row;
        row.iter_mut().for_each(|c| *c = Cell::Null);
        // Top-level values under a grouped field's last name, used if this is an
        // AggregateResult (the `attributes` saying so may come at any position).
        let by_last_name = self.by_last_name;
        by_last_name.clear();
        let mut aggregate = false;
        let mut next = 0;
        while let Some(Key(k)) = map.next_key()? {
            if k == "attributes" {
                aggregate = map.next_value::<Attributes>()?.aggregate;
                continue;
            }
            let last = plan
                .last_names
                .iter()
                .find(|(n, _)| n.len() == k.len() && n.eq_ignore_ascii_case(&k));
            match (plan.root.slot_after(&k, &mut next), last) {
                (Some(slot), None) => map.next_value_seed(SlotSeed {
                    slot,
                    row: &mut row[..],
                    opts: plan.opts,
                })?,
                (slot, Some((_, cols))) => {
                    let v = map.next_value::<Value>()?;
                    if let Some(slot) = slot {
                        fill(slot, &v, row, plan.opts);
                    }
                    let v = owned_cell(v, plan.opts);
                    by_last_name.extend(cols.iter().map(|&c| (c, Cell::Value(v.clone()))));
                }
                (None, None) => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if aggregate {
            // Such a row has only its grouped fields' last names, never the full paths.
            for (_, cols) in &plan.last_names {
                for &c in cols {
                    row[c] = Cell::Null;
                }
            }
            for (c, v) in by_last_name.drain(..) {
                row[c] = v;
            }
        }
        Ok(())
    }
}

/// The rare key that is both a column's own and a grouped field's last name is read whole
/// and then put into its slots from the tree.
fn fill(slot: &Slot, v: &Value, row: &mut [Cell], opts: CellOptions) {
    match slot {
        Slot::Cells(cols) => {
            for &c in cols {
                row[c] = Cell::Value(owned_cell(v.clone(), opts));
            }
        }
        Slot::Parent(node) => {
            for (k, child) in v.as_object().into_iter().flatten() {
                if let Some(s) = node.slot(k) {
                    fill(s, child, row, opts);
                }
            }
        }
    }
}

/// Of a record's `attributes`, only whether it is an AggregateResult.
struct Attributes {
    aggregate: bool,
}

impl<'de> de::Deserialize<'de> for Attributes {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Attributes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("record attributes")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Attributes, A::Error> {
                let mut aggregate = false;
                while let Some(Key(k)) = map.next_key()? {
                    if k == "type" {
                        aggregate = map
                            .next_value::<Option<Key>>()?
                            .is_some_and(|Key(t)| t == "AggregateResult");
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(Attributes { aggregate })
            }
            fn visit_unit<E: de::Error>(self) -> Result<Attributes, E> {
                Ok(Attributes { aggregate: false })
            }
        }
        d.deserialize_any(V)
    }
}

/// The value under one known key: a cell, or a parent record to descend into.
struct SlotSeed<'a, 'de> {
    slot: &'a Slot,
    row: &'a mut [Cell<'de>],
    opts: CellOptions,
}

impl<'de> DeserializeSeed<'de> for SlotSeed<'_, 'de> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        match self.slot {
            Slot::Cells(cols) => {
                let v = d.deserialize_any(CellVisitor(self.opts))?;
                if let Some((&last, rest)) = cols.split_last() {
                    for &c in rest {
                        self.row[c] = v.clone();
                    }
                    self.row[last] = v;
                }
                Ok(())
            }
            Slot::Parent(node) => d.deserialize_any(ParentVisitor {
                node,
                row: self.row,
                opts: self.opts,
            }),
        }
    }
}

/// A leaf value as a cell: text borrowed from the body when it has no escapes, anything else
/// through the same clean-up as the general path (`owned_cell`).
struct CellVisitor(CellOptions);

impl<'de> Visitor<'de> for CellVisitor {
    type Value = Cell<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field value")
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Cell<'de>, E> {
        Ok(self.text(Cow::Borrowed(s)))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Cell<'de>, E> {
        Ok(self.text(Cow::Owned(s.to_owned())))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Cell<'de>, E> {
        Ok(Cell::Null)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Cell<'de>, E> {
        Ok(Cell::Value(Value::Bool(b)))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Cell<'de>, E> {
        Ok(Cell::Value(Value::from(n)))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Cell<'de>, E> {
        Ok(Cell::Value(Value::from(n)))
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Cell<'de>, E> {
        Ok(Cell::Value(owned_cell(Value::from(n), self.0)))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Cell<'de>, A::Error> {
        let v = Value::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(Cell::Value(owned_cell(v, self.0)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Cell<'de>, A::Error> {
        let v = Value::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        Ok(Cell::Value(owned_cell(v, self.0)))
    }
}

impl CellVisitor {
    fn text<'de>(&self, s: Cow<'de, str>) -> Cell<'de> {
        match self.0.utc.then(|| to_utc(&s)).flatten() {
            Some(utc) => Cell::Text(Cow::Owned(utc)),
            None => Cell::Text(s),
        }
    }
}

/// A parent record's keys go to their slots; a null parent (or any non-object) leaves the
/// cells under it empty.
struct ParentVisitor<'a, 'de> {
    node: &'a Node,
    row: &'a mut [Cell<'de>],
    opts: CellOptions,
}

impl<'de> Visitor<'de> for ParentVisitor<'_, 'de> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a parent record or null")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut next = 0;
        while let Some(Key(k)) = map.next_key()? {
            match self.node.slot_after(&k, &mut next) {
                Some(slot) => map.next_value_seed(SlotSeed {
                    slot,
                    row: &mut *self.row,
                    opts: self.opts,
                })?,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page through the fast path: decoded straight into the output encoder.
    fn encoded(
        rp: &RowPlan,
        body: &[u8],
        enc: &crate::output::RowEncoder,
    ) -> RowsPage<crate::output::EncodedRows> {
        let mut page = crate::output::PageEncoder::new(enc, body.len() / 2);
        let info = rp.decode_into(body, &mut page).unwrap();
        RowsPage {
            info,
            rows: page.rows,
        }
    }
    use crate::salesforce::record::rows;
    use crate::salesforce::soql::plan;
    use serde_json::json;

    /// The rows the general path makes from the same page: what this decoder must equal.
    fn general(soql: &str, page: &Value, opts: CellOptions) -> Vec<Vec<Value>> {
        let p = plan(soql);
        page["records"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| rows(&p.columns, r, None, opts))
            .map(|row| row.into_iter().map(|c| c.into_owned()).collect())
            .collect()
    }

    fn decoded(soql: &str, page: &Value, opts: CellOptions) -> RowsPage<Vec<Vec<Value>>> {
        let p = plan(soql);
        let rp = RowPlan::new(&p.columns, opts).expect("a plain select list");
        rp.decode_values(serde_json::to_string(page).unwrap().as_bytes())
            .unwrap()
    }

    fn page(records: Value) -> Value {
        json!({"totalSize": 7, "done": false, "nextRecordsUrl": "/q/01g-2", "records": records})
    }

    #[test]
    fn rows_equal_the_general_path() {
        let recs = page(json!([
            {"attributes":{"type":"Contact","url":"/c/1"},"Id":"003A","Name":"Ann \"A\", Ünï\nline","Amount":1.256614005E8,
             "Whole":15000.0,"CreatedDate":"2013-05-20T20:49:32.000-0800","Flag":true,
             "Account":{"attributes":{"type":"Account"},"Name":"Acme","Owner":{"attributes":{},"Name":"Olga"}},
             "MailingAddress":{"city":"Oslo","geocodeAccuracy":null},"Ignored":{"deep":[1,2,{"x":null}]}},
            {"attributes":{"type":"Contact"},"Id":"003B","Name":"","Amount":null,"Whole":0.5,"CreatedDate":null,"Flag":false,
             "Account":null,"MailingAddress":null},
            {"Id":"003C","account":{"name":"lower-case keys","Owner":null},"attributes":{"type":"Contact"}},
            {"attributes":{"type":"Contact"},"Id":"003D","Account":{"attributes":{"type":"Account"},"Name":"x","Owner":"not an object"}}
        ]));
        let soql = "SELECT id, Name, Amount, Whole, CreatedDate, Flag, Account.Name, ACCOUNT.Owner.Name, MailingAddress, Id FROM Contact";
        for opts in [CellOptions { utc: false }, CellOptions { utc: true }] {
            let got = decoded(soql, &recs, opts);
            assert_eq!(got.rows, general(soql, &recs, opts));
            assert_eq!(
                (got.info.total_size, got.info.done, got.info.records),
                (7, false, 4)
            );
            assert_eq!(got.info.next_records_url.as_deref(), Some("/q/01g-2"));
        }
        // The clean-ups happened (the comparison alone would pass if both paths lost them).
        let got = decoded(soql, &recs, CellOptions { utc: true });
        assert_eq!(got.rows[0][2], json!(125661400.5));
        assert_eq!(got.rows[0][3], json!(15000));
        assert_eq!(got.rows[0][4], json!("2013-05-21T04:49:32.000Z"));
        assert_eq!(got.rows[0][7], json!("Olga"));
        assert_eq!(
            got.rows[0][8],
            json!({"city":"Oslo","geocodeAccuracy":null})
        );
        assert_eq!(got.rows[2][6], json!("lower-case keys"));
        assert_eq!(got.rows[1][6], Value::Null);
        assert_eq!(got.rows[3][9], json!("003D"));
    }

    #[test]
    fn encoded_pages_are_what_the_writer_makes_of_the_rows() {
        use crate::output::{CsvStyle, Format, RowEncoder, RowWriter};
        let recs = page(json!([
            {"attributes":{"type":"Contact"},"Id":"003A","Name":"Ann \"A\", Ünï\r\nline","Amount":1.256614005E8,
             "Account":{"attributes":{"type":"Account"},"Name":" padded "},"MailingAddress":{"city":"Oslo"}},
            {"attributes":{"type":"Contact"},"Id":"003B","Name":"","Amount":null,"Account":null,"MailingAddress":null},
            {"attributes":{"type":"Contact"},"Id":"003C","Name":"semi;colon","Amount":15000.0,"Account":{"Name":"x"}}
        ]));
        // A repeated column: one JSON key, as a map would keep it.
        let soql = "SELECT Id, Name, Amount, Account.Name, MailingAddress, Id FROM Contact";
        let p = plan(soql);
        let headers = crate::salesforce::record::headers(&p.columns, None);
        let rp = RowPlan::new(&p.columns, CellOptions::default()).unwrap();
        let body = serde_json::to_vec(&recs).unwrap();
        let style = CsvStyle {
            delimiter: b';',
            crlf: true,
            null: "NULL".into(),
            neutralize_formulas: true,
        };
        for format in [Format::Csv, Format::Json, Format::Ndjson] {
            let enc = RowEncoder::new(format, headers.clone()).csv_style(style.clone());
            // Two pages' worth through the encoded path: separators between pages too.
            let encoded = encoded(&rp, &body, &enc);
            let mut w = RowWriter::with_encoder(Vec::new(), enc.clone());
            w.write_encoded(&encoded.rows).unwrap();
            w.write_encoded(&encoded.rows).unwrap();
            let fast = String::from_utf8(w.finish().unwrap()).unwrap();
            let mut w = RowWriter::with_encoder(Vec::new(), enc);
            for _ in 0..2 {
                for row in rp.decode_values(&body).unwrap().rows {
                    w.write_row(&row).unwrap();
                }
            }
            let by_row = String::from_utf8(w.finish().unwrap()).unwrap();
            assert_eq!(fast, by_row, "{format:?}");
            if format == Format::Json {
                let v: Value = serde_json::from_str(&fast).unwrap();
                assert_eq!(v.as_array().unwrap().len(), 6);
                assert_eq!(
                    v[0],
                    json!({"Id":"003A","Name":"Ann \"A\", Ünï\r\nline","Amount":125661400.5,
                    "Account.Name":" padded ","MailingAddress":{"city":"Oslo"}})
                );
            }
            if format == Format::Csv {
                assert!(fast.starts_with("Id;Name;Amount;Account.Name;MailingAddress;Id\r\n003A;\"Ann \"\"A\"\", Ünï\r\nline\";125661400.5;\" padded \";"));
                assert!(fast.contains("003B;;NULL;NULL;NULL;003B\r\n"));
                assert!(fast.contains("003C;\"semi;colon\";15000;x;NULL;003C\r\n"));
            }
        }
    }

    #[test]
    fn aggregate_rows_take_grouped_fields_by_their_last_name() {
        let soql = "SELECT Account.Industry, Name, COUNT(Id), MAX(Amount) top FROM Contact GROUP BY Account.Industry, Name";
        let recs = page(json!([
            {"Industry":"Banking","attributes":{"type":"AggregateResult"},"Name":"N","expr0":521,"top":2.5E3},
            {"attributes":{"type":"AggregateResult"},"Industry":null,"Name":"M","expr0":1,"top":null}
        ]));
        let got = decoded(soql, &recs, CellOptions::default());
        assert_eq!(got.rows, general(soql, &recs, CellOptions::default()));
        assert_eq!(
            got.rows[0],
            [json!("Banking"), json!("N"), json!(521), json!(2500)]
        );
        // In an ordinary record a key that happens to be a last name is not that column.
        let soql = "SELECT Name, Account.Name FROM Contact";
        let recs = page(json!([{"attributes":{"type":"Contact"},"Name":"Ann","Account":null}]));
        let got = decoded(soql, &recs, CellOptions::default());
        assert_eq!(got.rows, general(soql, &recs, CellOptions::default()));
        assert_eq!(got.rows[0], [json!("Ann"), Value::Null]);
    }

    #[test]
    fn escaped_keys_and_values_are_read() {
        let body = br#"{"totalSize":1,"done":true,"records":[{"attributes":{"type":"A"},"N\u0061me":"a\u00e9\"b","Id":"1"}]}"#;
        let p = plan("SELECT Name, Id FROM A");
        let got = RowPlan::new(&p.columns, CellOptions::default())
            .unwrap()
            .decode_values(body)
            .unwrap();
        assert_eq!(got.rows, [[json!("aé\"b"), json!("1")]]);
        assert!(got.info.done && got.info.next_records_url.is_none());
    }

    #[test]
    fn subqueries_and_field_parent_clashes_take_the_general_path() {
        let o = CellOptions::default();
        assert!(
            RowPlan::new(
                &plan("SELECT Id, (SELECT Id FROM Contacts) FROM Account").columns,
                o
            )
            .is_none()
        );
        assert!(RowPlan::new(&plan("SELECT Owner, Owner.Name FROM Account").columns, o).is_none());
        assert!(RowPlan::new(&plan("SELECT Owner.Name, Owner FROM Account").columns, o).is_none());
    }

    #[test]
    fn broken_pages_are_errors() {
        let rp = RowPlan::new(&plan("SELECT Id FROM A").columns, CellOptions::default()).unwrap();
        for body in [
            &br#"{"totalSize":1,"done":true,"records":[{"Id":"1"}"#[..],
            br#"{"done":true,"records":[]}"#,
            br#"{"totalSize":1,"done":true,"records":[{"Id":"1"}]} x"#,
            br#"{"totalSize":1,"done":true,"records":[["Id"]]}"#,
            b"{\"totalSize\":1,\"done\":true,\"records\":[{\"Id\":\"\xff\"}]}",
        ] {
            assert!(
                matches!(rp.decode_values(body), Err(SfError::Protocol(_))),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }
    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[self.below(items.len())]
        }
    }

    /// The query may spell a field in any case; the API answers in its own.
    fn recase(rng: &mut Rng, name: &str) -> String {
        match rng.below(3) {
            0 => name.to_owned(),
            1 => name.to_ascii_lowercase(),
            _ => name.to_ascii_uppercase(),
        }
    }

    fn leaf(rng: &mut Rng) -> Value {
        let texts = [
            "",
            "plain",
            "Ann \"A\", Ünï",
            "tab\tnew\nline\r\nback\\slash",
            "2013-05-20T20:49:32.000-0800",
            "2024-06-01T10:00:00.000+0000",
            " padded ",
            "emoji 🎉",
        ];
        match rng.below(8) {
            0 => Value::Null,
            1 => json!(rng.below(1000) as i64 - 500),
            2 => json!(*rng.pick(&[1.256614005E8, 15000.0, 0.5, -3.25E-3, 1e21])),
            3 => json!(rng.below(2) == 0),
            4 => json!({"city": *rng.pick(&texts), "geocodeAccuracy": null}),
            _ => json!(*rng.pick(&texts)),
        }
    }

    /// A record holding what `paths` name (and some that nothing names), keys in a random
    /// order, parents sometimes null or not objects at all.
    fn record(rng: &mut Rng, aggregate: bool) -> Value {
        fn parent(rng: &mut Rng, depth: usize) -> Value {
            match rng.below(6) {
                0 => Value::Null,
                1 => json!("not an object"),
                _ => {
                    let mut m = serde_json::Map::new();
                    let mut keys = vec!["Name", "Email", "Extra"];
                    if depth == 0 {
                        keys.push("Owner");
                    }
                    keys.retain(|_| rng.below(5) != 0);
                    if rng.below(2) == 0 {
                        m.insert("attributes".into(), json!({"type": "User", "url": "/u"}));
                    }
                    for k in keys {
                        let v = if k == "Owner" {
                            parent(rng, 1)
                        } else {
                            leaf(rng)
                        };
                        m.insert(k.into(), v);
                    }
                    Value::Object(m)
                }
            }
        }
        let mut keys: Vec<(&str, Value)> = Vec::new();
        for k in ["Id", "Name", "Amount", "Email", "Unselected", "expr0"] {
            if rng.below(5) != 0 {
                let v = leaf(rng);
                keys.push((k, v));
            }
        }
        for k in ["Account", "Owner"] {
            if rng.below(5) != 0 {
                let v = parent(rng, 0);
                keys.push((k, v));
            }
        }
        let kind = if aggregate {
            "AggregateResult"
        } else {
            "Contact"
        };
        keys.push(("attributes", json!({"type": kind, "url": "/c"})));
        // Shuffle: the API's order is not something the decoder may rely on.
        for i in (1..keys.len()).rev() {
            let j = rng.below(i + 1);
            keys.swap(i, j);
        }
        Value::Object(keys.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
    }

    #[test]
    fn random_pages_decode_as_the_general_path_reads_them() {
        use crate::output::{Format, RowEncoder, RowWriter};
        let paths = [
            "Id",
            "Name",
            "Amount",
            "Email",
            "Account.Name",
            "Account.Email",
            "Account.Owner.Name",
            "Owner.Name",
            "Owner.Email",
            "Account.Missing",
        ];
        let mut compared = 0;
        for seed in 1..=400u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let mut select = Vec::new();
            for _ in 0..1 + rng.below(6) {
                let path = *rng.pick(&paths);
                select.push(recase(&mut rng, path));
            }
            if rng.below(4) == 0 {
                select.push("COUNT(Id)".into());
            }
            let soql = format!("SELECT {} FROM Contact", select.join(", "));
            let aggregate = rng.below(4) == 0;
            let records: Vec<Value> = (0..1 + rng.below(4))
                .map(|_| record(&mut rng, aggregate))
                .collect();
            let body = page(Value::Array(records));
            let p = plan(&soql);
            for utc in [false, true] {
                let opts = CellOptions { utc };
                let Some(rp) = RowPlan::new(&p.columns, opts) else {
                    continue;
                };
                let bytes = serde_json::to_vec(&body).unwrap();
                let got = rp.decode_values(&bytes).unwrap();
                let expected = general(&soql, &body, opts);
                assert_eq!(got.rows, expected, "seed {seed}: {soql}\n{body}");
                compared += got.rows.len();
                // And the text encoded while decoding is what the writer makes of those rows.
                let headers = crate::salesforce::record::headers(&p.columns, None);
                for format in [Format::Csv, Format::Json, Format::Ndjson] {
                    let enc = RowEncoder::new(format, headers.clone());
                    let encoded = encoded(&rp, &bytes, &enc);
                    let mut fast = RowWriter::with_encoder(Vec::new(), enc.clone());
                    fast.write_encoded(&encoded.rows).unwrap();
                    let mut by_row = RowWriter::with_encoder(Vec::new(), enc);
                    for row in &expected {
                        by_row.write_row(row).unwrap();
                    }
                    assert_eq!(
                        fast.finish().unwrap(),
                        by_row.finish().unwrap(),
                        "seed {seed}: {format:?}"
                    );
                }
            }
        }
        assert!(compared > 1000, "only {compared} rows compared");
    }
}
