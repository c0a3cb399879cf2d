//! A sync's pages decoded straight into cache rows: each row object of `{"result":[…]}`
//! becomes a cell per column, typed by the column's dictionary type, without a JSON tree in
//! between (a tree of 1,000 rows × 20 fields per page was most of a sync's time). The raw
//! sys_updated_on and sys_id are kept aside for the next page's key.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use rusqlite::types::Value as SqlValue;
use serde::Deserializer;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::SnowError;
use super::sync::cell_text;
use super::table::{Decode, Decoded, Keyset};

/// The columns of a sync: names, their dictionary types, and where the key fields are.
pub struct RowPlan {
    index: HashMap<String, usize>,
    kinds: Vec<Option<String>>,
}

impl RowPlan {
    pub fn new(names: &[String], kinds: &[Option<String>]) -> RowPlan {
        RowPlan {
            index: names
                .iter()
                .enumerate()
                .map(|(i, n)| (n.clone(), i))
                .collect(),
            kinds: kinds.to_vec(),
        }
    }
}

/// One row: its cells, and the raw texts of the keyset's fields.
struct Row {
    cells: Vec<SqlValue>,
    stamp: Option<String>,
    sys_id: Option<String>,
}

impl Decode for RowPlan {
    type Row = Vec<SqlValue>;

    fn decode(&self, body: &[u8], keyset: &Keyset) -> Result<Decoded<Self::Row>, SnowError> {
        let stamp_field = match keyset {
            Keyset::Stamp { field, .. } => Some(*field),
            Keyset::SysId => None,
        };
        let mut de = serde_json::Deserializer::from_slice(body);
        let rows = de
            .deserialize_map(PageVisitor {
                plan: self,
                stamp_field,
            })
            .map_err(|e| SnowError::Protocol(format!("a page that does not decode: {e}")))?;
        let last = rows
            .iter()
            .filter_map(|r| {
                let id = r.sys_id.clone()?;
                Some(match stamp_field {
                    Some(_) => (r.stamp.clone().unwrap_or_default(), id),
                    None => (String::new(), id),
                })
            })
            .max();
        Ok(Decoded {
            rows: rows.into_iter().map(|r| r.cells).collect(),
            last,
        })
    }
}

struct PageVisitor<'a> {
    plan: &'a RowPlan,
    stamp_field: Option<&'static str>,
}

impl<'de> Visitor<'de> for PageVisitor<'_> {
    type Value = Vec<Row>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"{"result":[…]}"#)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<Row>, A::Error> {
        let mut rows = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            if key == "result" {
                rows = Some(map.next_value_seed(RowsSeed {
                    plan: self.plan,
                    stamp_field: self.stamp_field,
                })?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        rows.ok_or_else(|| de::Error::missing_field("result"))
    }
}

struct RowsSeed<'a> {
    plan: &'a RowPlan,
    stamp_field: Option<&'static str>,
}

impl<'de> DeserializeSeed<'de> for RowsSeed<'_> {
    type Value = Vec<Row>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Row>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RowsSeed<'_> {
    type Value = Vec<Row>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Row>, A::Error> {
        let mut rows = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(row) = seq.next_element_seed(RowSeed {
            plan: self.plan,
            stamp_field: self.stamp_field,
        })? {
            rows.push(row);
        }
        Ok(rows)
    }
}

struct RowSeed<'a> {
    plan: &'a RowPlan,
    stamp_field: Option<&'static str>,
}

impl<'de> DeserializeSeed<'de> for RowSeed<'_> {
    type Value = Row;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Row, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RowSeed<'_> {
    type Value = Row;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a record")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Row, A::Error> {
        let mut row = Row {
            cells: vec![SqlValue::Null; self.plan.kinds.len()],
            stamp: None,
            sys_id: None,
        };
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            let Some(&at) = self.plan.index.get(key.as_ref()) else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let Some(raw) = map.next_value::<Raw<'de>>()?.0 else {
                continue;
            };
            if key == "sys_id" {
                row.sys_id = Some(raw.clone().into_owned());
            } else if Some(key.as_ref()) == self.stamp_field {
                row.stamp = Some(raw.clone().into_owned());
            }
            row.cells[at] = cell_text(self.plan.kinds[at].as_deref(), &raw);
        }
        Ok(row)
    }
}

/// A field's database value in any shape: a string (borrowed from the page when it has no
/// escapes), `{"value": …}` (a reference with its link), a number or boolean as its text;
/// null as nothing.
struct Raw<'de>(Option<Cow<'de, str>>);

impl<'de> serde::Deserialize<'de> for Raw<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Raw<'de>, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field value")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Raw<'de>, E> {
        Ok(Raw(Some(Cow::Borrowed(v))))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Raw<'de>, E> {
        Ok(Raw(Some(Cow::Owned(v.to_owned()))))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Raw<'de>, E> {
        Ok(Raw(Some(Cow::Owned(v))))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Raw<'de>, E> {
        Ok(Raw(Some(Cow::Owned(v.to_string()))))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Raw<'de>, E> {
        Ok(Raw(Some(Cow::Owned(v.to_string()))))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Raw<'de>, E> {
        Ok(Raw(Some(Cow::Owned(v.to_string()))))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Raw<'de>, E> {
        Ok(Raw(Some(Cow::Owned(v.to_string()))))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Raw<'de>, E> {
        Ok(Raw(None))
    }

    fn visit_none<E: de::Error>(self) -> Result<Raw<'de>, E> {
        Ok(Raw(None))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw<'de>, A::Error> {
        // Not a shape the API documents: kept as its JSON text, not lost.
        let mut items = Vec::new();
        while let Some(v) = seq.next_element::<serde_json::Value>()? {
            items.push(v);
        }
        Ok(Raw(Some(Cow::Owned(
            serde_json::Value::Array(items).to_string(),
        ))))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw<'de>, A::Error> {
        let mut value = None;
        let mut all = serde_json::Map::new();
        while let Some(k) = map.next_key::<String>()? {
            let v: serde_json::Value = map.next_value()?;
            if k == "value" {
                value = Some(match &v {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
            }
            all.insert(k, v);
        }
        Ok(Raw(Some(Cow::Owned(value.unwrap_or_else(|| {
            serde_json::Value::Object(all).to_string()
        })))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_decodes_into_typed_cells_and_its_last_key() {
        let names: Vec<String> = [
            "sys_id",
            "priority",
            "active",
            "caller_id",
            "sys_updated_on",
        ]
        .map(str::to_owned)
        .to_vec();
        let kinds = [
            None,
            Some("integer"),
            Some("boolean"),
            Some("reference"),
            Some("glide_date_time"),
        ]
        .map(|k| k.map(str::to_owned))
        .to_vec();
        let plan = RowPlan::new(&names, &kinds);
        let body = br#"{"result":[
            {"sys_id":"b","priority":"2","active":"true","caller_id":{"link":"x","value":"u1"},"sys_updated_on":"2026-12-01 10:00:00","other":[1]},
            {"sys_id":"a","priority":"","active":"false","caller_id":"","sys_updated_on":"2026-12-01 10:00:01","unknown":{"deep":true}},
            {"sys_id":"c\u0041","priority":null,"sys_updated_on":"2026-12-01 10:00:01"}
        ],"extra":1}"#;
        let keyset = Keyset::Stamp {
            field: "sys_updated_on",
            since: None,
        };
        let d = plan.decode(body, &keyset).unwrap();
        assert_eq!(d.rows.len(), 3);
        assert_eq!(
            d.rows[0],
            vec![
                SqlValue::Text("b".into()),
                SqlValue::Integer(2),
                SqlValue::Integer(1),
                SqlValue::Text("u1".into()),
                SqlValue::Text("2026-12-01T10:00:00Z".into()),
            ]
        );
        assert_eq!(d.rows[1][1], SqlValue::Null, "empty is NULL");
        assert_eq!(d.rows[2][2], SqlValue::Null, "absent is NULL");
        // The greatest (raw stamp, sys_id), an escaped sys_id included.
        assert_eq!(
            d.last,
            Some(("2026-12-01 10:00:01".to_owned(), "cA".to_owned()))
        );
        assert!(
            plan.decode(br#"{"result":[{"sys_id":"a""#, &keyset)
                .is_err()
        );
        assert!(plan.decode(br#"{"error":{}}"#, &keyset).is_err());
    }
}
