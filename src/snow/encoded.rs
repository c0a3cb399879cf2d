//! ServiceNow encoded queries (reference/servicenow.md §3): `field<op>value` terms joined by
//! `^` (and), `^OR` (or, binding the two terms beside it) and `^NQ` (a new or-ed group), with
//! `ORDERBY`/`ORDERBYDESC` at the end and `^^` for a literal caret.
//!
//! atomctl parses a query for two reasons. An instance silently drops a term whose field it
//! does not know and runs the rest, so a typo turns a filter into a full-table pull: every
//! field (dot-walks included) is checked against the dictionary first. And paging by offset
//! loses and repeats rows while the table changes, so pages are read by key instead: each
//! group gets `sys_id>LAST`, and the order is `sys_id`.

use std::fmt;

/// An operator, as written in a term. Longer spellings come first: `NOT IN` before `IN`,
/// `>=` before `>`.
const OPERATORS: &[&str] = &[
    "ISNOTEMPTY",
    "ISEMPTY",
    "EMPTYSTRING",
    "ANYTHING",
    "NOTLIKE",
    "NOT IN",
    "STARTSWITH",
    "ENDSWITH",
    "INSTANCEOF",
    "BETWEEN",
    "VALCHANGES",
    "CHANGESFROM",
    "CHANGESTO",
    "SAMEAS",
    "NSAMEAS",
    "DATEPART",
    "RELATIVEGT",
    "RELATIVELT",
    "RELATIVEGE",
    "RELATIVELE",
    "RELATIVEEE",
    "ON",
    "NOTON",
    "LIKE",
    "IN",
    "!=",
    ">=",
    "<=",
    "=",
    ">",
    "<",
];

/// Operators that take no value.
const UNARY: &[&str] = &[
    "ISNOTEMPTY",
    "ISEMPTY",
    "EMPTYSTRING",
    "ANYTHING",
    "VALCHANGES",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The field, dot-walks included (`caller_id.email`).
    pub field: String,
    pub op: &'static str,
    pub value: String,
    /// Joined to the previous term by `^OR` instead of `^`.
    pub or: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub field: String,
    pub descending: bool,
}

/// A parsed query: or-ed groups (`^NQ`) of terms, and the order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub groups: Vec<Vec<Term>>,
    pub order: Vec<Order>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the encoded query's term {term:?} is not `field<operator>value`: {why}")]
pub struct ParseError {
    pub term: String,
    pub why: &'static str,
}

/// Split on `^` that is not part of `^^` (a literal caret in a value).
fn split(q: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = q.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '^' {
            if chars.peek() == Some(&'^') {
                chars.next();
                parts.last_mut().expect("one part").push('^');
            } else {
                parts.push(String::new());
            }
        } else {
            parts.last_mut().expect("one part").push(c);
        }
    }
    parts
}

fn is_field_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.'
}

fn term(text: &str, or: bool) -> Result<Term, ParseError> {
    let bad = |why| ParseError {
        term: text.to_owned(),
        why,
    };
    let end = text.find(|c| !is_field_char(c)).unwrap_or(text.len());
    let (field, rest) = text.split_at(end);
    if field.is_empty() {
        return Err(bad("no field name (field names are lower-case)"));
    }
    let op = OPERATORS
        .iter()
        .find(|op| rest.starts_with(**op))
        .ok_or_else(|| bad("no operator after the field"))?;
    let value = &rest[op.len()..];
    if UNARY.contains(op) && !value.is_empty() {
        return Err(bad("this operator takes no value"));
    }
    Ok(Term {
        field: field.to_owned(),
        op,
        value: value.to_owned(),
        or,
    })
}

pub fn parse(q: &str) -> Result<Query, ParseError> {
    let mut query = Query {
        groups: vec![Vec::new()],
        order: Vec::new(),
    };
    for part in split(q.trim()) {
        if part.is_empty() || part == "EQ" {
            continue;
        }
        let (part, or) = match part.strip_prefix("OR") {
            // `ORDERBY…` is an order, not an or-ed term.
            Some(rest) if !part.starts_with("ORDERBY") => (rest.to_owned(), true),
            _ => (part, false),
        };
        let part = match part.strip_prefix("NQ") {
            Some(rest) => {
                query.groups.push(Vec::new());
                rest.to_owned()
            }
            None => part,
        };
        if let Some(f) = part.strip_prefix("ORDERBYDESC") {
            query.order.push(Order {
                field: f.to_owned(),
                descending: true,
            });
            continue;
        }
        if let Some(f) = part.strip_prefix("ORDERBY") {
            query.order.push(Order {
                field: f.to_owned(),
                descending: false,
            });
            continue;
        }
        let t = term(&part, or)?;
        query.groups.last_mut().expect("a group").push(t);
    }
    query.groups.retain(|g| !g.is_empty());
    Ok(query)
}

impl Query {
    /// Every field the query names, in order of appearance, once each.
    pub fn fields(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let named = self
            .groups
            .iter()
            .flatten()
            .map(|t| t.field.as_str())
            .chain(self.order.iter().map(|o| o.field.as_str()));
        for f in named {
            if !out.contains(&f) {
                out.push(f);
            }
        }
        out
    }

    /// The query narrowed to the rows after a position in a keyset order: each of its
    /// ^NQ groups joined with each of `after` (alternatives, each a conjunction), then
    /// ordered by `order` alone. A row inserted or deleted meanwhile shifts nothing, and no
    /// row is read twice.
    pub fn bounded(&self, after: &[Vec<Term>], order: &[&str]) -> String {
        let groups: Vec<Vec<Term>> = if self.groups.is_empty() {
            vec![Vec::new()]
        } else {
            self.groups.clone()
        };
        let mut narrowed: Vec<Vec<Term>> = Vec::new();
        for g in &groups {
            if after.is_empty() {
                narrowed.push(g.clone());
            }
            for a in after {
                let mut n = g.clone();
                n.extend(a.iter().cloned());
                narrowed.push(n);
            }
        }
        let mut out = narrowed
            .iter()
            .map(|g| {
                g.iter()
                    .enumerate()
                    .map(|(i, t)| {
                        let join = match (i, t.or) {
                            (0, _) => "",
                            (_, true) => "^OR",
                            (_, false) => "^",
                        };
                        format!("{join}{t}")
                    })
                    .collect::<String>()
            })
            .filter(|g| !g.is_empty())
            .collect::<Vec<_>>()
            .join("^NQ");
        for o in order {
            if !out.is_empty() {
                out.push('^');
            }
            out.push_str("ORDERBY");
            out.push_str(o);
        }
        out
    }

    /// [`bounded`](Self::bounded) in sys_id order: the page after the sys_id `after`.
    pub fn page_after(&self, after: Option<&str>) -> String {
        let after: Vec<Vec<Term>> = after
            .map(|a| vec![vec![Term::and("sys_id", ">", a)]])
            .unwrap_or_default();
        self.bounded(&after, &["sys_id"])
    }
}

impl Term {
    /// `field<op>value`, joined to the term before it by `^`. `op` must be one of the
    /// operators a query can hold.
    pub fn and(field: &str, op: &'static str, value: &str) -> Term {
        debug_assert!(OPERATORS.contains(&op));
        Term {
            field: field.to_owned(),
            op,
            value: value.to_owned(),
            or: false,
        }
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{}{}",
            self.field,
            self.op,
            self.value.replace('^', "^^")
        )
    }
}

/// A field of a table's dictionary: its name and, for a reference, the table it points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictField {
    pub name: String,
    pub reference: Option<String>,
    /// The internal type (`integer`, `glide_date_time`, `reference`, …) when known.
    pub kind: Option<String>,
}

/// A field the table does not have, with the closest one it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField {
    /// As written (`caller_id.emial`).
    pub field: String,
    /// The table where the walk stopped.
    pub table: String,
    pub suggestion: Option<String>,
}

/// Check every field of `q` against the dictionaries: `fields_of(table)` gives a table's
/// fields (None: the table is unknown). A dot-walk follows references table by table.
pub fn check<'a>(
    q: &Query,
    table: &str,
    mut fields_of: impl FnMut(&str) -> Option<&'a [DictField]>,
) -> Vec<UnknownField> {
    let mut unknown = Vec::new();
    'fields: for field in q.fields() {
        let mut current = table.to_owned();
        let steps: Vec<&str> = field.split('.').collect();
        for (i, step) in steps.iter().enumerate() {
            let Some(dict) = fields_of(&current) else {
                continue 'fields;
            };
            let Some(found) = dict.iter().find(|d| d.name == *step) else {
                unknown.push(UnknownField {
                    field: field.to_owned(),
                    table: current.clone(),
                    suggestion: crate::text::closest(step, dict.iter().map(|d| d.name.as_str()))
                        .map(|s| {
                            let mut walked = steps[..i].to_vec();
                            walked.push(s);
                            walked.join(".")
                        }),
                });
                continue 'fields;
            };
            match (&found.reference, i + 1 < steps.len()) {
                (Some(r), true) => current = r.clone(),
                (None, true) => {
                    unknown.push(UnknownField {
                        field: field.to_owned(),
                        table: current.clone(),
                        suggestion: None,
                    });
                    continue 'fields;
                }
                _ => {}
            }
        }
    }
    unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_ors_orders_and_carets() {
        let q = parse("active=true^priorityIN1,2^ORshort_descriptionLIKEa^^b^NQassigned_toISEMPTY^ORDERBYDESCopened_at").unwrap();
        assert_eq!(q.groups.len(), 2);
        assert_eq!(q.groups[0][1].op, "IN");
        assert_eq!(q.groups[0][2].field, "short_description");
        assert!(q.groups[0][2].or);
        assert_eq!(q.groups[0][2].value, "a^b");
        assert_eq!(q.groups[1][0].op, "ISEMPTY");
        assert_eq!(
            q.order,
            [Order {
                field: "opened_at".into(),
                descending: true
            }]
        );
        assert_eq!(
            q.fields(),
            [
                "active",
                "priority",
                "short_description",
                "assigned_to",
                "opened_at"
            ]
        );
        assert_eq!(
            parse("caller_id.emailSTARTSWITHann").unwrap().groups[0][0].field,
            "caller_id.email"
        );
        assert_eq!(parse("stateNOT IN6,7").unwrap().groups[0][0].op, "NOT IN");
        assert!(parse("Priority=1").is_err(), "field names are lower-case");
        assert!(parse("priority").is_err());
        assert!(parse("priorityISEMPTYx").is_err());
        assert_eq!(parse("").unwrap(), Query::default());
    }

    #[test]
    fn every_group_of_a_page_asks_for_keys_after_the_last_one() {
        let q = parse("active=true^priority=1^ORpriority=2^NQstate=6^ORDERBYnumber").unwrap();
        assert_eq!(
            q.page_after(None),
            "active=true^priority=1^ORpriority=2^NQstate=6^ORDERBYsys_id"
        );
        assert_eq!(
            q.page_after(Some("abc")),
            "active=true^priority=1^ORpriority=2^sys_id>abc^NQstate=6^sys_id>abc^ORDERBYsys_id"
        );
        assert_eq!(
            Query::default().page_after(Some("x")),
            "sys_id>x^ORDERBYsys_id"
        );
        assert_eq!(
            parse("short_descriptionLIKEa^^b").unwrap().page_after(None),
            "short_descriptionLIKEa^^b^ORDERBYsys_id"
        );
    }

    #[test]
    fn unknown_fields_and_walks_are_named_with_the_closest_field() {
        let incident = [
            DictField {
                name: "priority".into(),
                reference: None,
                kind: Some("integer".into()),
            },
            DictField {
                name: "caller_id".into(),
                reference: Some("sys_user".into()),
                kind: Some("reference".into()),
            },
        ];
        let user = [DictField {
            name: "email".into(),
            reference: None,
            kind: None,
        }];
        let q = parse("priorty=1^caller_id.emial=a^caller_id.email=b^priority.x=1").unwrap();
        let found = check(&q, "incident", |t| match t {
            "incident" => Some(&incident[..]),
            "sys_user" => Some(&user[..]),
            _ => None,
        });
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].suggestion.as_deref(), Some("priority"));
        assert_eq!(found[1].table, "sys_user");
        assert_eq!(found[1].suggestion.as_deref(), Some("caller_id.email"));
        assert_eq!(found[2].field, "priority.x");
    }
}
