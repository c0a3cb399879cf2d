//! Reading a table: its dictionary (the fields of the table and of every table it extends),
//! and its rows by key (reference/servicenow.md §4).
//!
//! Offset paging is a moving window: a row inserted or deleted between two pages shifts every
//! later row, and some are read twice or never. Here every page asks for the rows after the
//! last sys_id read, in sys_id order, so what changes meanwhile shifts nothing. Row ACLs
//! hide rows after the count, so a short page means nothing; only an empty page ends the read,
//! and an empty page while the instance still counts rows beyond means a page of hidden rows,
//! stepped over by offset.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::SnowError;
use super::client::Snow;
use super::encoded::{DictField, Query, Term};
use super::values::Display;

/// The fields of tables, loaded as a query needs them.
#[derive(Default)]
pub struct Dictionary {
    pub tables: HashMap<String, Vec<DictField>>,
}

fn text(row: &Value, k: &str) -> Option<String> {
    match row.get(k)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Object(o) => o
            .get("value")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_owned),
        _ => None,
    }
}

async fn rows(
    snow: &Snow,
    table: &str,
    query: &str,
    fields: &str,
) -> Result<Vec<Value>, SnowError> {
    let a = snow
        .get(
            &format!("api/now/table/{table}"),
            &[
                ("sysparm_query", query.to_owned()),
                ("sysparm_fields", fields.to_owned()),
                ("sysparm_exclude_reference_link", "true".into()),
                ("sysparm_limit", "10000".into()),
                ("sysparm_no_count", "true".into()),
            ],
        )
        .await?;
    match a.doc()?.get("result") {
        Some(Value::Array(r)) => Ok(r.clone()),
        _ => Err(SnowError::Protocol(format!("{table}: no `result` array"))),
    }
}

impl Dictionary {
    /// Load `table` and the tables it extends (`incident` → `task`): their fields, and the
    /// tables their references point to. None when the instance does not let this user read
    /// the dictionary (the check is then skipped).
    pub async fn load(&mut self, snow: &Snow, table: &str) -> Result<Option<()>, SnowError> {
        if self.tables.contains_key(table) {
            return Ok(Some(()));
        }
        let mut chain = vec![table.to_owned()];
        let mut at = rows(
            snow,
            "sys_db_object",
            &format!("name={table}"),
            "sys_id,name,super_class",
        )
        .await?;
        if at.is_empty() {
            return Ok(None);
        }
        while let Some(parent) = at.first().and_then(|r| text(r, "super_class")) {
            at = rows(
                snow,
                "sys_db_object",
                &format!("sys_id={parent}"),
                "sys_id,name,super_class",
            )
            .await?;
            match at.first().and_then(|r| text(r, "name")) {
                Some(name) if !chain.contains(&name) => chain.push(name),
                _ => break,
            }
        }
        let dict = rows(
            snow,
            "sys_dictionary",
            &format!("nameIN{}^elementISNOTEMPTY", chain.join(",")),
            "name,element,reference,internal_type",
        )
        .await?;
        let refs: Vec<String> = dict.iter().filter_map(|r| text(r, "reference")).collect();
        let mut names: HashMap<String, String> = HashMap::new();
        if !refs.is_empty() {
            for r in rows(
                snow,
                "sys_db_object",
                &format!("sys_idIN{}", refs.join(",")),
                "sys_id,name",
            )
            .await?
            {
                if let (Some(id), Some(name)) = (text(&r, "sys_id"), text(&r, "name")) {
                    names.insert(id, name);
                }
            }
        }
        let mut fields: Vec<DictField> = Vec::new();
        for r in &dict {
            let Some(element) = text(r, "element") else {
                continue;
            };
            if fields.iter().any(|f| f.name == element) {
                continue;
            }
            fields.push(DictField {
                name: element,
                reference: text(r, "reference").and_then(|id| names.get(&id).cloned()),
                kind: text(r, "internal_type"),
            });
        }
        self.tables.insert(table.to_owned(), fields);
        Ok(Some(()))
    }

    /// Load what checking `q` on `table` walks through: the table, and for each dot-walk the
    /// tables its references lead to.
    pub async fn load_for(
        &mut self,
        snow: &Snow,
        table: &str,
        q: &Query,
    ) -> Result<bool, SnowError> {
        if self.load(snow, table).await?.is_none() {
            return Ok(false);
        }
        for field in q.fields() {
            let mut current = table.to_owned();
            let steps: Vec<&str> = field.split('.').collect();
            for step in &steps[..steps.len() - 1] {
                let next = self
                    .tables
                    .get(&current)
                    .and_then(|fs| fs.iter().find(|f| f.name == *step))
                    .and_then(|f| f.reference.clone());
                match next {
                    Some(t) => {
                        if self.load(snow, &t).await?.is_none() {
                            break;
                        }
                        current = t;
                    }
                    None => break,
                }
            }
        }
        Ok(true)
    }
}

/// How a read went: rows handed on, and what the instance counted for the query.
#[derive(Debug, Default, Clone)]
pub struct ReadSummary {
    pub received: u64,
    /// `X-Total-Count` of the whole query (before row ACLs).
    pub counted: Option<u64>,
    /// The page size it ended with (smaller than asked when the instance cancelled pages).
    pub page_size: u32,
    /// The last row read, as (stamp, sys_id) (the stamp empty in sys_id order).
    pub last: Option<(String, String)>,
}

/// The order pages are read in; each page asks for the rows after the last one read.
#[derive(Debug, Clone)]
pub enum Keyset {
    /// sys_id order: a query's rows, none lost or repeated while the table changes.
    SysId,
    /// (`field`, sys_id) order, from rows stamped `since` or later: a sync's, where a row
    /// changed during the read moves behind it and is read again.
    Stamp {
        field: &'static str,
        since: Option<String>,
    },
}

impl Keyset {
    fn order(&self) -> Vec<&str> {
        match self {
            Keyset::SysId => vec!["sys_id"],
            Keyset::Stamp { field, .. } => vec![field, "sys_id"],
        }
    }

    /// The conditions (alternatives, each a conjunction) for the rows after `last`.
    fn after(&self, last: Option<&(String, String)>) -> Vec<Vec<Term>> {
        match (self, last) {
            (Keyset::SysId, None) => Vec::new(),
            (Keyset::SysId, Some((_, id))) => vec![vec![Term::and("sys_id", ">", id)]],
            (Keyset::Stamp { since: None, .. }, None) => Vec::new(),
            (
                Keyset::Stamp {
                    field,
                    since: Some(t),
                },
                None,
            ) => {
                vec![vec![Term::and(field, ">=", t)]]
            }
            (Keyset::Stamp { field, .. }, Some((t, id))) => vec![
                vec![Term::and(field, ">", t)],
                vec![Term::and(field, "=", t), Term::and("sys_id", ">", id)],
            ],
        }
    }

    /// A row's position in this order.
    pub fn position(&self, row: &Map<String, Value>) -> Option<(String, String)> {
        let id = raw(row, "sys_id")?;
        Some(match self {
            Keyset::SysId => (String::new(), id),
            Keyset::Stamp { field, .. } => (raw(row, field).unwrap_or_default(), id),
        })
    }
}

/// A page's rows as a reader wants them, and the greatest position among them in the
/// keyset's order (None: no row has a sys_id).
pub struct Decoded<R> {
    pub rows: Vec<R>,
    pub last: Option<(String, String)>,
}

/// How a page's body becomes rows.
pub trait Decode {
    type Row;
    fn decode(&self, body: &[u8], keyset: &Keyset) -> Result<Decoded<Self::Row>, SnowError>;
}

/// Rows as JSON objects, in any display mode.
pub struct Maps;

impl Decode for Maps {
    type Row = Map<String, Value>;

    fn decode(&self, body: &[u8], keyset: &Keyset) -> Result<Decoded<Self::Row>, SnowError> {
        #[derive(serde::Deserialize)]
        struct Page {
            result: Vec<Value>,
        }
        let page: Page = serde_json::from_slice(body)
            .map_err(|e| SnowError::Protocol(format!("a page without a `result` array: {e}")))?;
        let rows: Vec<Map<String, Value>> = page
            .result
            .into_iter()
            .filter_map(|r| match r {
                Value::Object(o) => Some(o),
                _ => None,
            })
            .collect();
        let last = rows.iter().filter_map(|r| keyset.position(r)).max();
        Ok(Decoded { rows, last })
    }
}

pub struct ReadOptions<'a> {
    /// Requested fields (empty: all); the keys of the order are always read.
    pub fields: &'a [String],
    pub display: Display,
    pub page_size: u32,
    pub limit: Option<u64>,
    pub keyset: Keyset,
}

/// A field's database value in any display mode.
fn raw(row: &Map<String, Value>, field: &str) -> Option<String> {
    match row.get(field)? {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("value").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    }
}

/// Every row of `table` matching `q`, page by page in the keyset's order, each page decoded
/// by `decode` and handed to `each` as it arrives (the next is asked for once `each` is done
/// with it).
pub async fn read<D, F, Fut>(
    snow: &Snow,
    table: &str,
    q: &Query,
    o: &ReadOptions<'_>,
    decode: &D,
    mut each: F,
) -> Result<ReadSummary, SnowError>
where
    D: Decode,
    F: FnMut(Vec<D::Row>) -> Fut,
    Fut: std::future::Future<Output = Result<(), SnowError>>,
{
    let mut summary = ReadSummary {
        page_size: o.page_size,
        ..Default::default()
    };
    let order = o.keyset.order();
    let mut fields: Vec<String> = o.fields.to_vec();
    if !fields.is_empty() {
        for k in &order {
            if !fields.iter().any(|f| f == k) {
                fields.push((*k).to_owned());
            }
        }
    }
    // Rows hidden from this user still count: a page of them comes back empty, and the
    // read steps over it by offset instead of stopping.
    let mut offset: u64 = 0;
    loop {
        let mut params = vec![
            (
                "sysparm_query",
                q.bounded(&o.keyset.after(summary.last.as_ref()), &order),
            ),
            ("sysparm_limit", summary.page_size.to_string()),
            ("sysparm_display_value", o.display.param().to_owned()),
            ("sysparm_exclude_reference_link", "true".to_owned()),
            ("sysparm_suppress_pagination_header", "true".to_owned()),
        ];
        if !fields.is_empty() {
            params.push(("sysparm_fields", fields.join(",")));
        }
        if offset > 0 {
            params.push(("sysparm_offset", offset.to_string()));
        }
        let answer = match snow.get(&format!("api/now/table/{table}"), &params).await {
            Ok(a) => a,
            Err(e) if e.is_execution_timeout() && summary.page_size > 1 => {
                summary.page_size = (summary.page_size / 2).max(1);
                tracing::warn!(
                    "the instance cancelled a page as too slow; reading {} rows per page",
                    summary.page_size
                );
                continue;
            }
            Err(e) => return Err(e),
        };
        if summary.last.is_none() && offset == 0 {
            summary.counted = answer.total;
        }
        let Decoded { rows: page, last } = decode
            .decode(&answer.body, &o.keyset)
            .map_err(|e| SnowError::Protocol(format!("{table}: {e}")))?;
        if page.is_empty() {
            // Rows remain by the count: a page of rows this user may not see.
            if answer
                .total
                .is_some_and(|t| t > offset + u64::from(summary.page_size))
            {
                offset += u64::from(summary.page_size);
                continue;
            }
            return Ok(summary);
        }
        offset = 0;
        let Some(last) = last else {
            return Err(SnowError::Protocol(format!(
                "{table}: rows without a sys_id (is sys_id readable?)"
            )));
        };
        if summary.last.as_ref().is_some_and(|a| last <= *a) {
            return Err(SnowError::Protocol(format!(
                "{table}: the instance did not honour the order {}",
                order.join(", ")
            )));
        }
        let mut page = page;
        if let Some(limit) = o.limit {
            let room = limit.saturating_sub(summary.received) as usize;
            page.truncate(room);
        }
        summary.received += page.len() as u64;
        each(page).await?;
        summary.last = Some(last);
        if o.limit.is_some_and(|l| summary.received >= l) {
            return Ok(summary);
        }
    }
}

/// One record by sys_id (32 hex digits) or by number. None when there is none this user may
/// read (the API does not tell the two apart).
pub async fn record(
    snow: &Snow,
    table: &str,
    key: &str,
    fields: &[String],
    display: Display,
) -> Result<Option<Map<String, Value>>, SnowError> {
    let mut params = vec![
        ("sysparm_display_value", display.param().to_owned()),
        ("sysparm_exclude_reference_link", "true".to_owned()),
    ];
    if !fields.is_empty() {
        params.push(("sysparm_fields", fields.join(",")));
    }
    let is_sys_id = key.len() == 32 && key.bytes().all(|b| b.is_ascii_hexdigit());
    if is_sys_id {
        return match snow
            .get(&format!("api/now/table/{table}/{key}"), &params)
            .await
        {
            Ok(a) => Ok(a.doc()?.get("result").and_then(Value::as_object).cloned()),
            Err(SnowError::Api { status: 404, .. }) => Ok(None),
            Err(e) => Err(e),
        };
    }
    params.push((
        "sysparm_query",
        format!("number={}", key.replace('^', "^^")),
    ));
    params.push(("sysparm_limit", "2".to_owned()));
    let a = snow.get(&format!("api/now/table/{table}"), &params).await?;
    let rows: Vec<Map<String, Value>> = a
        .doc()?
        .get("result")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(|x| x.as_object().cloned()).collect())
        .unwrap_or_default();
    match rows.len() {
        0 => Ok(None),
        1 => Ok(rows.into_iter().next()),
        _ => Err(SnowError::Ambiguous(format!(
            "several {table} records have the number {key}: name it by sys_id"
        ))),
    }
}
