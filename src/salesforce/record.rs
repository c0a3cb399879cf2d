//! Records as rows: dotted relationship paths followed through nested objects, child
//! subqueries kept as one JSON cell or exploded into one row per child, `attributes`
//! dropped, numbers never in exponent form and datetimes optionally normalized to UTC.

use std::borrow::Cow;

use serde_json::{Map, Number, Value};

use super::soql::Column;

#[derive(Debug, Clone, Copy, Default)]
pub struct CellOptions {
    /// Datetimes as `…Z` in UTC instead of as returned (`…+0000`).
    pub utc: bool,
}

/// The header: one name per column; an exploded relationship becomes `Rel.Field` columns.
pub fn headers(columns: &[Column], explode: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for c in columns {
        match c {
            Column::Children {
                relationship,
                columns,
            } if is(explode, relationship) => {
                for h in headers(columns, None) {
                    out.push(format!("{relationship}.{h}"));
                }
            }
            c => out.push(c.header().to_owned()),
        }
    }
    out
}

fn is(explode: Option<&str>, rel: &str) -> bool {
    explode.is_some_and(|e| e.eq_ignore_ascii_case(rel))
}

/// One output row: cells borrowed from the record where they need no change.
pub type Row<'a> = Vec<Cow<'a, Value>>;

/// The rows of one record: one, or one per child of the exploded relationship (one row with
/// empty child cells when it has none, so the parent is not lost).
pub fn rows<'a>(
    columns: &[Column],
    rec: &'a Value,
    explode: Option<&str>,
    opts: CellOptions,
) -> Vec<Row<'a>> {
    let aggregate = rec
        .get("attributes")
        .and_then(|a| a.get("type"))
        .and_then(Value::as_str)
        == Some("AggregateResult");
    let mut base = Vec::with_capacity(columns.len());
    // Where the exploded relationship's cells go, its child rows, and its width.
    let mut exploded: Option<(usize, Vec<Row<'a>>, usize)> = None;
    for c in columns {
        match c {
            Column::Field { path, .. } => {
                let v = if aggregate {
                    // Grouped relationship fields come back under their last name.
                    lookup(rec, &path[path.len() - 1..])
                } else {
                    lookup(rec, path)
                };
                base.push(cell(v, opts));
            }
            Column::Aggregate { header } => base.push(cell(get_ci(rec, header), opts)),
            Column::Children {
                relationship,
                columns: child_cols,
            } => {
                let children = get_ci(rec, relationship)
                    .and_then(|v| v.get("records"))
                    .and_then(Value::as_array);
                if is(explode, relationship) {
                    let child_rows = children
                        .map(|cs| {
                            cs.iter()
                                .flat_map(|ch| rows(child_cols, ch, None, opts))
                                .collect()
                        })
                        .unwrap_or_default();
                    exploded = Some((base.len(), child_rows, headers(child_cols, None).len()));
                } else {
                    base.push(Cow::Owned(match children {
                        Some(cs) => Value::Array(cs.iter().map(|c| clean(c, opts)).collect()),
                        None => Value::Null,
                    }));
                }
            }
        }
    }
    match exploded {
        None => vec![base],
        Some((at, child_rows, width)) if child_rows.is_empty() => {
            let mut row = base;
            row.splice(at..at, std::iter::repeat_n(Cow::Owned(Value::Null), width));
            vec![row]
        }
        Some((at, child_rows, _)) => child_rows
            .into_iter()
            .map(|ch| {
                let mut row = base.clone();
                row.splice(at..at, ch);
                row
            })
            .collect(),
    }
}

/// Columns for a query whose select list could not be planned: the first record's keys in
/// order, relationship objects flattened to dotted paths, compound fields kept whole.
pub fn columns_from_record(rec: &Value) -> Vec<Column> {
    let mut out = Vec::new();
    collect_columns(rec, &mut Vec::new(), &mut out);
    out
}

fn collect_columns(rec: &Value, prefix: &mut Vec<String>, out: &mut Vec<Column>) {
    let Some(obj) = rec.as_object() else { return };
    for (k, v) in obj {
        if k == "attributes" {
            continue;
        }
        if v.get("records").is_some() && prefix.is_empty() {
            out.push(Column::Children {
                relationship: k.clone(),
                columns: v["records"]
                    .get(0)
                    .map(columns_from_record)
                    .unwrap_or_default(),
            });
            continue;
        }
        prefix.push(k.clone());
        if v.get("attributes").is_some() {
            collect_columns(v, prefix, out);
        } else {
            out.push(Column::Field {
                header: prefix.join("."),
                path: prefix.clone(),
            });
        }
        prefix.pop();
    }
}

/// Follow a path; a null parent anywhere gives null.
fn lookup<'a>(rec: &'a Value, path: &[String]) -> Option<&'a Value> {
    let mut cur = rec;
    for p in path {
        cur = get_ci(cur, p)?;
        if cur.is_null() {
            return None;
        }
    }
    Some(cur)
}

/// Keys come back in the API's casing; the query may use any.
fn get_ci<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    let obj = v.as_object()?;
    obj.get(key).or_else(|| {
        obj.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

/// A cell borrows the record's value unless it has to change (nested records lose their
/// `attributes`, whole floats become integers, datetimes go to UTC when asked).
fn cell(v: Option<&Value>, opts: CellOptions) -> Cow<'_, Value> {
    match v {
        None => Cow::Owned(Value::Null),
        Some(v) => {
            let changes = match v {
                Value::Object(_) | Value::Array(_) => true,
                Value::Number(n) => n.is_f64(),
                Value::String(s) => opts.utc && to_utc(s).is_some(),
                _ => false,
            };
            if changes {
                Cow::Owned(clean(v, opts))
            } else {
                Cow::Borrowed(v)
            }
        }
    }
}

/// `cell` for a value the caller owns: moved through unless it has to change.
pub fn owned_cell(v: Value, opts: CellOptions) -> Value {
    let changed = match cell(Some(&v), opts) {
        Cow::Owned(c) => Some(c),
        Cow::Borrowed(_) => None,
    };
    changed.unwrap_or(v)
}

/// A value ready to print: `attributes` removed from nested records, floats that are whole
/// numbers as integers, datetimes normalized when asked.
fn clean(v: &Value, opts: CellOptions) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = Map::with_capacity(m.len());
            for (k, v) in m {
                if k != "attributes" {
                    out.insert(k.clone(), clean(v, opts));
                }
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(|x| clean(x, opts)).collect()),
        Value::Number(n) => Value::Number(plain_number(n)),
        Value::String(s) if opts.utc => match to_utc(s) {
            Some(u) => Value::String(u),
            None => v.clone(),
        },
        _ => v.clone(),
    }
}

/// Java doubles such as `15000.0` or `1.256614005E8` arrive as JSON floats; whole ones become
/// integers so no `.0` or exponent reaches a spreadsheet.
fn plain_number(n: &Number) -> Number {
    match n.as_f64() {
        Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 9.007_199_254_740_992e15 => {
            Number::from(f as i64)
        }
        _ => n.clone(),
    }
}

/// `2013-05-20T20:49:32.000+0000` (or any offset) → `2013-05-20T20:49:32.000Z`. Anything
/// that is not such a datetime is left alone.
pub fn to_utc(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if b.len() < 24 || b.get(10) != Some(&b'T') || b.get(4) != Some(&b'-') {
        return None;
    }
    use time::format_description::well_known::Rfc3339;
    // The offset is checked as bytes before the text is split there: server text may hold
    // multibyte characters anywhere, and a split inside one panics.
    let off = &b[b.len() - 5..];
    if !matches!(off[0], b'+' | b'-') || !off[1..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let (main, off) = s.split_at(s.len() - 5);
    let (sign, hhmm) = off.split_at(1);
    let rfc = format!("{main}{sign}{}:{}", &hhmm[..2], &hhmm[2..]);
    let t = time::OffsetDateTime::parse(&rfc, &Rfc3339).ok()?;
    let utc = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    t.to_offset(time::UtcOffset::UTC).format(&utc).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes_become_utc_and_other_text_is_left_alone_without_panicking() {
        assert_eq!(
            to_utc("2013-05-20T22:49:32.000+0200").as_deref(),
            Some("2013-05-20T20:49:32.000Z")
        );
        // Found by the sf_page fuzz target: a multibyte character where the offset would be.
        assert_eq!(to_utc("2013-05-21T06:49: Ünï\r\nl"), None);
        assert_eq!(to_utc("2013-05-21T06:49:32.000+0ï00"), None);
        assert_eq!(to_utc("2013-05-21T06:49:32.000ï0000"), None);
    }
    use crate::output::number_text;
    use crate::salesforce::soql::plan;
    use serde_json::json;

    fn owned(rows: Vec<Vec<Cow<'_, Value>>>) -> Vec<Vec<Value>> {
        rows.into_iter()
            .map(|r| r.into_iter().map(Cow::into_owned).collect())
            .collect()
    }

    fn contact(account: Value) -> Value {
        json!({"attributes":{"type":"Contact","url":"/x"},"Id":"003A","Account":account})
    }

    #[test]
    fn null_parent_gives_empty_cells_not_missing_columns() {
        let p = plan("SELECT Id, Account.Name, Account.Owner.Name FROM Contact");
        let with = contact(
            json!({"attributes":{"type":"Account"},"Name":"Acme","Owner":{"attributes":{},"Name":"Ann"}}),
        );
        assert_eq!(
            owned(rows(&p.columns, &with, None, CellOptions::default())),
            vec![vec![json!("003A"), json!("Acme"), json!("Ann")]]
        );
        let none = contact(Value::Null);
        assert_eq!(
            owned(rows(&p.columns, &none, None, CellOptions::default())),
            vec![vec![json!("003A"), Value::Null, Value::Null]]
        );
    }

    #[test]
    fn lookups_ignore_the_querys_casing() {
        let p = plan("SELECT id, account.name FROM Contact");
        let r = contact(json!({"attributes":{},"Name":"Acme"}));
        assert_eq!(
            owned(rows(&p.columns, &r, None, CellOptions::default()))[0][1],
            json!("Acme")
        );
    }

    #[test]
    fn children_as_one_cell_or_exploded() {
        let p = plan("SELECT Name, (SELECT LastName FROM Contacts) FROM Account");
        let acc = json!({"attributes":{"type":"Account"},"Name":"Acme","Contacts":{"totalSize":2,"done":true,"records":[
            {"attributes":{"type":"Contact"},"LastName":"A"},{"attributes":{"type":"Contact"},"LastName":"B"}]}});
        let one = owned(rows(&p.columns, &acc, None, CellOptions::default()));
        assert_eq!(
            one,
            vec![vec![
                json!("Acme"),
                json!([{"LastName":"A"},{"LastName":"B"}])
            ]]
        );
        assert_eq!(
            headers(&p.columns, Some("contacts")),
            ["Name", "Contacts.LastName"]
        );
        let ex = owned(rows(
            &p.columns,
            &acc,
            Some("Contacts"),
            CellOptions::default(),
        ));
        assert_eq!(
            ex,
            vec![
                vec![json!("Acme"), json!("A")],
                vec![json!("Acme"), json!("B")]
            ]
        );
        let none = json!({"attributes":{"type":"Account"},"Name":"Solo","Contacts":null});
        assert_eq!(
            owned(rows(
                &p.columns,
                &none,
                Some("Contacts"),
                CellOptions::default()
            )),
            vec![vec![json!("Solo"), Value::Null]]
        );
    }

    #[test]
    fn aggregate_rows_by_alias_and_expr() {
        let p = plan("SELECT Account.Industry, COUNT(Id) FROM Contact GROUP BY Account.Industry");
        let r = json!({"attributes":{"type":"AggregateResult"},"Industry":"Banking","expr0":521});
        assert_eq!(
            owned(rows(&p.columns, &r, None, CellOptions::default())),
            vec![vec![json!("Banking"), json!(521)]]
        );
    }

    #[test]
    fn java_doubles_print_plainly() {
        let v: Value = serde_json::from_str(r#"{"a":1.256614005E8,"b":15000.0,"c":0.5}"#).unwrap();
        let n = |k: &str| number_text(clean(&v[k], CellOptions::default()).as_number().unwrap());
        assert_eq!(n("a"), "125661400.5");
        assert_eq!(n("b"), "15000");
        assert_eq!(n("c"), "0.5");
    }

    #[test]
    fn datetimes_to_utc() {
        assert_eq!(
            to_utc("2013-05-20T20:49:32.000+0000").unwrap(),
            "2013-05-20T20:49:32.000Z"
        );
        assert_eq!(
            to_utc("2013-05-20T20:49:32.000-0800").unwrap(),
            "2013-05-21T04:49:32.000Z"
        );
        assert_eq!(to_utc("2013-05-20"), None);
        assert_eq!(to_utc("not a date at all, really"), None);
    }

    #[test]
    fn dynamic_columns_from_the_first_record() {
        let r = json!({"attributes":{},"Id":"1","Owner":{"attributes":{},"Name":"Ann"},"BillingAddress":{"city":"Oslo"}});
        let h: Vec<_> = columns_from_record(&r)
            .iter()
            .map(|c| c.header().to_owned())
            .collect();
        assert_eq!(h, ["Id", "Owner.Name", "BillingAddress"]);
    }
}
