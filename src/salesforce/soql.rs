//! The columns of a SOQL result, planned from the SELECT list so that the CSV header follows
//! the query's order and a null parent gives empty cells instead of a missing column.
//! This is a reader of the select list only, not a SOQL validator: the server stays the judge.

/// One output column group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// A field path as typed, `Account.Owner.Name`; looked up case-insensitively.
    Field { header: String, path: Vec<String> },
    /// A key of an AggregateResult row: an alias, or `expr0`, `expr1`… for unaliased ones.
    Aggregate { header: String },
    /// A parent→child subquery `(SELECT … FROM Contacts)`.
    Children {
        relationship: String,
        columns: Vec<Column>,
    },
}

impl Column {
    pub fn header(&self) -> &str {
        match self {
            Column::Field { header, .. } | Column::Aggregate { header } => header,
            Column::Children { relationship, .. } => relationship,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub columns: Vec<Column>,
    /// `SELECT COUNT() FROM …`: the answer is `totalSize`, there are no rows.
    pub count_only: bool,
    /// `FIELDS(…)` or `TYPEOF`: the columns come from the first record instead.
    pub dynamic: bool,
    /// The FROM object, when it could be read.
    pub object: Option<String>,
}

const AGGREGATES: &[&str] = &[
    "COUNT",
    "COUNT_DISTINCT",
    "SUM",
    "AVG",
    "MIN",
    "MAX",
    "GROUPING",
];

/// Plan the columns of `soql`. Anything unreadable makes the plan dynamic rather than wrong.
pub fn plan(soql: &str) -> Plan {
    let Some((items, object)) = select_items(soql) else {
        return Plan {
            dynamic: true,
            ..Plan::default()
        };
    };
    let mut plan = Plan {
        object,
        ..Plan::default()
    };
    let mut expr = 0;
    for item in items {
        let item = item.trim();
        let upper = item.to_ascii_uppercase();
        if item.starts_with('(') {
            let inner = item.trim_start_matches('(').trim_end_matches(')');
            let sub = plan_inner(inner);
            match sub {
                Some((columns, rel)) => plan.columns.push(Column::Children {
                    relationship: rel,
                    columns,
                }),
                None => plan.dynamic = true,
            }
        } else if upper.starts_with("TYPEOF") {
            plan.dynamic = true;
        } else if let Some(open) = item.find('(') {
            let func = item[..open].trim().to_ascii_uppercase();
            let close = item.rfind(')').unwrap_or(item.len() - 1);
            let arg = item[open + 1..close].trim();
            let alias = item[close + 1..].trim();
            if func == "FIELDS" {
                plan.dynamic = true;
            } else if func == "COUNT" && arg.is_empty() {
                plan.count_only = true;
            } else if !alias.is_empty() {
                plan.columns.push(Column::Aggregate {
                    header: alias.to_owned(),
                });
            } else if AGGREGATES.contains(&func.as_str())
                || func.starts_with("CALENDAR_")
                || func.starts_with("DAY_")
                || func.starts_with("FISCAL_")
                || func.starts_with("WEEK_")
                || func == "HOUR_IN_DAY"
            {
                plan.columns.push(Column::Aggregate {
                    header: format!("expr{expr}"),
                });
                expr += 1;
            } else {
                // toLabel(), FORMAT(), convertCurrency() answer under the field's own name.
                plan.columns.push(field(arg));
            }
        } else {
            let mut words = item.split_whitespace();
            let path = words.next().unwrap_or_default();
            match words.next() {
                // An alias on a grouped field: the row key is the alias.
                Some(alias) => plan.columns.push(Column::Aggregate {
                    header: alias.to_owned(),
                }),
                None => plan.columns.push(field(path)),
            }
        }
    }
    plan
}

fn plan_inner(soql: &str) -> Option<(Vec<Column>, String)> {
    let p = plan(soql);
    if p.dynamic {
        return None;
    }
    Some((p.columns, p.object?))
}

fn field(path: &str) -> Column {
    Column::Field {
        header: path.to_owned(),
        path: path.split('.').map(str::to_owned).collect(),
    }
}

/// The comma-separated items between SELECT and FROM (at nesting depth 0, outside quotes),
/// and the object named after FROM.
fn select_items(soql: &str) -> Option<(Vec<String>, Option<String>)> {
    let s = soql.trim();
    if s.len() < 6 || !s[..6].eq_ignore_ascii_case("select") {
        return None;
    }
    let body = &s[6..];
    let mut items = Vec::new();
    let mut cur = String::new();
    let mut depth = 0i32;
    let mut quote = false;
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        if quote {
            cur.push(c);
            if c == '\\' && i + 1 < bytes.len() {
                cur.push(bytes[i + 1] as char);
                i += 1;
            } else if c == '\'' {
                quote = false;
            }
            i += 1;
            continue;
        }
        match c {
            '\'' => quote = true,
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 && is_keyword_at(body, i, "from") {
            items.push(std::mem::take(&mut cur));
            let rest = body[i + 4..].trim_start();
            let object: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let items = items
                .into_iter()
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>();
            return (!items.is_empty()).then(|| (items, (!object.is_empty()).then_some(object)));
        }
        if depth == 0 && c == ',' {
            items.push(std::mem::take(&mut cur));
        } else {
            // Keep multi-byte characters intact: push the whole UTF-8 sequence.
            let ch = body[i..].chars().next().unwrap_or(' ');
            cur.push(ch);
            i += ch.len_utf8();
            continue;
        }
        i += 1;
    }
    None
}

/// `word` as a whole keyword at byte `i` (case-insensitive, delimited by non-identifier chars).
fn is_keyword_at(s: &str, i: usize, word: &str) -> bool {
    let b = s.as_bytes();
    let end = i + word.len();
    if end > b.len() || !s.is_char_boundary(i) || !s.is_char_boundary(end) {
        return false;
    }
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
    s[i..end].eq_ignore_ascii_case(word)
        && (i == 0 || !ident(b[i - 1]))
        && (end == b.len() || !ident(b[end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(p: &Plan) -> Vec<&str> {
        p.columns.iter().map(Column::header).collect()
    }

    #[test]
    fn fields_keep_select_order_and_dotted_paths() {
        let p = plan(
            "SELECT Id, Name, Account.Owner.Name, CreatedDate FROM Contact WHERE Name LIKE 'a,b%'",
        );
        assert_eq!(
            headers(&p),
            ["Id", "Name", "Account.Owner.Name", "CreatedDate"]
        );
        assert_eq!(p.object.as_deref(), Some("Contact"));
        assert!(!p.dynamic && !p.count_only);
        let Column::Field { path, .. } = &p.columns[2] else {
            panic!()
        };
        assert_eq!(path, &["Account", "Owner", "Name"]);
    }

    #[test]
    fn subqueries_are_child_columns() {
        let p = plan(
            "select Id, (SELECT Id, LastName FROM Contacts ORDER BY LastName), Name from Account",
        );
        assert_eq!(headers(&p), ["Id", "Contacts", "Name"]);
        let Column::Children { columns, .. } = &p.columns[1] else {
            panic!()
        };
        assert_eq!(columns.len(), 2);
    }

    #[test]
    fn aggregates_are_numbered_unless_aliased() {
        let p = plan(
            "SELECT Industry, COUNT(Id), SUM(AnnualRevenue) total, MAX(CreatedDate) FROM Account GROUP BY Industry",
        );
        assert_eq!(headers(&p), ["Industry", "expr0", "total", "expr1"]);
        assert!(plan("SELECT COUNT() FROM Account").count_only);
    }

    #[test]
    fn unplannable_queries_are_dynamic() {
        assert!(plan("SELECT FIELDS(STANDARD) FROM Account LIMIT 200").dynamic);
        assert!(plan("SELECT TYPEOF What WHEN Account THEN Name END FROM Event").dynamic);
        assert!(plan("FIND {x}").dynamic);
        // `FROM` inside an identifier is not the keyword.
        let p = plan("SELECT FromAddress__c, Id FROM Email__c");
        assert_eq!(headers(&p), ["FromAddress__c", "Id"]);
    }

    #[test]
    fn tolabel_answers_under_the_field_name() {
        let p = plan("SELECT toLabel(StageName), FORMAT(Amount) amt FROM Opportunity");
        assert_eq!(headers(&p), ["StageName", "amt"]);
    }
}
