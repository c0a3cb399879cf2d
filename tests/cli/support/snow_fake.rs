//! A fake ServiceNow instance on 127.0.0.1, following reference/servicenow.md §9: basic auth,
//! the Table API with `sysparm_query` (its own encoded-query evaluator: `= != > >= < <= LIKE
//! STARTSWITH IN NOT IN ISEMPTY ISNOTEMPTY ^ ^OR ^NQ ORDERBY ORDERBYDESC`, dot-walks through
//! references, and terms on unknown fields silently dropped, as instances do),
//! `sysparm_fields`, the three `sysparm_display_value` shapes, `sysparm_exclude_reference_link`,
//! offset and limit with `X-Total-Count` and `Link`, the dictionary (`sys_db_object`,
//! `sys_dictionary`), and faults: 429 with Retry-After, "maximum execution time exceeded"
//! above a page size, rows hidden by ACLs after the count, and the table changing between
//! two page requests. It shares no code with atomctl.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use base64::Engine;
use serde_json::{Value, json};

pub const USER: &str = "atomctl.integration";
pub const PASSWORD: &str = "snow~secret";
/// The OAuth application (Application Registry entry).
pub const CLIENT_ID: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
pub const CLIENT_SECRET: &str = "oauth~secret";

/// The token endpoint's state: live access tokens, refresh tokens, and the password
/// grant's current token (handed out again inside its lifetime, as instances do).
#[derive(Debug, Default)]
pub struct OAuth {
    pub access: HashSet<String>,
    pub refresh: HashSet<String>,
    current: Option<(String, String)>,
    issued: u64,
    /// `glide.oauth.inbound.client.credential.grant_type.enabled` (off by default).
    pub client_credentials: bool,
    /// The grant_type of every token request, in order.
    pub grants: Vec<String>,
}

pub type Record = BTreeMap<String, String>;

/// A table: its records, its parent, and which of its fields reference which table.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub records: Vec<Record>,
    pub extends: Option<String>,
    /// field → (referenced table)
    pub references: BTreeMap<String, String>,
    /// Every field the table has (its own; the parent's come from `extends`).
    pub fields: Vec<String>,
    /// field → internal_type where it is not `string` (references are `reference`).
    pub types: BTreeMap<String, String>,
}

#[derive(Debug, Default)]
pub struct Faults {
    /// The next requests answer 429 with this Retry-After.
    pub throttle: Vec<u64>,
    /// Pages asking for more rows than this are cancelled as too slow.
    pub max_rows_per_page: Option<usize>,
    /// Rows with these sys_ids are counted but never returned (row ACLs).
    pub hidden: HashSet<String>,
    /// After this many pages of the table served, insert these records and delete these
    /// sys_ids (the table changes while it is read).
    pub change_after_pages: Option<(u64, String, Vec<Record>, Vec<String>)>,
    /// After this many more pages of the table, every request for its rows fails with a
    /// 500 (a node falling over mid-read).
    pub fail_after_pages: Option<(String, u64)>,
    /// The next creates are made, and then the gateway answers 504.
    pub lose_create_answers: u32,
    /// A rate-limit rule of this many requests per hour matches every API request.
    pub rate_rule: Option<u64>,
    /// After this many more pages of the table, every access token expires (mid-read).
    pub expire_tokens_after_pages: Option<(String, u64)>,
    /// The next table pages come back cut off halfway (as big pages sometimes do).
    pub truncate: u32,
}

pub struct Shared {
    pub tables: Mutex<BTreeMap<String, Table>>,
    pub faults: Mutex<Faults>,
    /// The `sysparm_query` of every Table API request, in order.
    pub queries: Mutex<Vec<(String, String)>>,
    pages: Mutex<HashMap<String, u64>>,
    base: Mutex<String>,
    /// Seconds past 2026-12-02 12:00:00 UTC: each write moves it on.
    clock: Mutex<u64>,
    /// Every write answered: method, table, body.
    pub writes: Mutex<Vec<(String, String, Value)>>,
    pub oauth: Mutex<OAuth>,
}

pub struct FakeSnow {
    pub addr: SocketAddr,
    pub state: Arc<Shared>,
    _thread: std::thread::JoinHandle<()>,
}

/// A sys_id that does not follow creation order: 32 hex digits.
pub fn sys_id(seed: &str) -> String {
    let mut h: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for b in seed.bytes() {
        h ^= u128::from(b);
        h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013B);
    }
    format!("{h:032x}")
}

fn rec(pairs: &[(&str, String)]) -> Record {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

/// `n` incidents over 5 users, with the dictionary of incident → task and sys_user.
pub fn sample(n: usize) -> BTreeMap<String, Table> {
    let users: Vec<Record> = (0..5)
        .map(|u| {
            rec(&[
                ("sys_id", sys_id(&format!("user{u}"))),
                ("name", format!("User {u}")),
                ("email", format!("user{u}@example.com")),
                ("user_name", format!("user{u}")),
                ("department", ["Sales", "Finance", "IT"][u % 3].to_owned()),
                ("time_zone", String::new()),
            ])
        })
        .collect();
    let groups: Vec<Record> = ["Service Desk", "Network"]
        .iter()
        .map(|g| {
            rec(&[
                ("sys_id", sys_id(&format!("group:{g}"))),
                ("name", (*g).to_owned()),
            ])
        })
        .collect();
    let incidents: Vec<Record> = (0..n)
        .map(|i| {
            let p = 1 + i % 5;
            // Impact and urgency the default lookup rule turns into that priority.
            let (impact, urgency) = [(1, 1), (1, 2), (2, 2), (2, 3), (3, 3)][p - 1];
            let state = [1, 2, 3, 6, 7][i % 5];
            // Opened in November, resolved 1 to 10 hours later.
            let opened_at = NOVEMBER + ((i % 28) * 24 + i % 24) as i64 * 3600;
            let opened = at(opened_at);
            let closed = state >= 6;
            let mut r = rec(&[
                ("sys_id", sys_id(&format!("inc{i}"))),
                ("number", format!("INC{:07}", 10_000 + i)),
                ("short_description", format!("Printer {i} ^ jammed, again")),
                ("priority", format!("{}", 1 + i % 5)),
                ("state", format!("{}", [1, 2, 3, 6, 7][i % 5])),
                ("active", (i % 5 < 3).to_string()),
                ("caller_id", users[i % 5]["sys_id"].clone()),
                (
                    "assigned_to",
                    if i % 4 == 0 {
                        String::new()
                    } else {
                        users[(i + 1) % 5]["sys_id"].clone()
                    },
                ),
                (
                    "sys_updated_on",
                    format!("2026-12-01 {:02}:{:02}:00", (i / 60) % 24, i % 60),
                ),
                ("impact", impact.to_string()),
                ("urgency", urgency.to_string()),
                ("assignment_group", groups[i % 2]["sys_id"].clone()),
                ("opened_at", opened.clone()),
                ("sys_mod_count", "1".into()),
            ]);
            if closed {
                r.insert("close_code".into(), "Solved (Permanently)".into());
                r.insert("close_notes".into(), format!("Fixed printer {i}"));
                r.insert(
                    "resolved_at".into(),
                    at(opened_at + (1 + i % 10) as i64 * 3600),
                );
            }
            r
        })
        .collect();
    let mut t = BTreeMap::new();
    t.insert(
        "task".to_owned(),
        Table {
            fields: [
                "sys_id",
                "number",
                "short_description",
                "priority",
                "impact",
                "urgency",
                "state",
                "active",
                "assigned_to",
                "assignment_group",
                "close_code",
                "close_notes",
                "work_notes",
                "correlation_id",
                "opened_at",
                "resolved_at",
                "sys_mod_count",
                "sys_updated_on",
            ]
            .map(str::to_owned)
            .to_vec(),
            references: [
                ("assigned_to".to_owned(), "sys_user".to_owned()),
                ("assignment_group".to_owned(), "sys_user_group".to_owned()),
            ]
            .into(),
            types: [
                ("priority", "integer"),
                ("impact", "integer"),
                ("urgency", "integer"),
                ("state", "integer"),
                ("active", "boolean"),
                ("work_notes", "journal_input"),
                ("sys_mod_count", "integer"),
                ("opened_at", "glide_date_time"),
                ("resolved_at", "glide_date_time"),
                ("sys_updated_on", "glide_date_time"),
            ]
            .map(|(f, t)| (f.to_owned(), t.to_owned()))
            .into(),
            ..Default::default()
        },
    );
    t.insert(
        "incident".to_owned(),
        Table {
            records: incidents,
            extends: Some("task".into()),
            fields: vec!["caller_id".into(), "category".into()],
            references: [("caller_id".to_owned(), "sys_user".to_owned())].into(),
            ..Default::default()
        },
    );
    t.insert(
        "sys_user_group".to_owned(),
        Table {
            records: groups,
            fields: ["sys_id", "name"].map(str::to_owned).to_vec(),
            ..Default::default()
        },
    );
    t.insert("task_sla".to_owned(), task_slas(&t["incident"].records));
    t.insert(
        "sys_audit_delete".to_owned(),
        Table {
            fields: ["sys_id", "tablename", "documentkey", "sys_created_on"]
                .map(str::to_owned)
                .to_vec(),
            types: [("sys_created_on".to_owned(), "glide_date_time".to_owned())].into(),
            ..Default::default()
        },
    );
    // The integration user atomctl signs in as, with its own time zone and two roles.
    let me = rec(&[
        ("sys_id", sys_id("integration user")),
        ("name", "atomctl integration".into()),
        ("email", String::new()),
        ("user_name", USER.into()),
        ("department", "IT".into()),
        ("time_zone", "Europe/Berlin".into()),
    ]);
    let roles: Vec<Record> = ["itil", "rest_api_explorer"]
        .iter()
        .map(|r| {
            rec(&[
                ("sys_id", sys_id(&format!("role:{r}"))),
                ("name", (*r).to_owned()),
            ])
        })
        .collect();
    t.insert(
        "sys_user_role".to_owned(),
        Table {
            fields: ["sys_id", "name"].map(str::to_owned).to_vec(),
            records: roles.clone(),
            ..Default::default()
        },
    );
    t.insert(
        "sys_user_has_role".to_owned(),
        Table {
            fields: ["sys_id", "user", "role"].map(str::to_owned).to_vec(),
            references: [
                ("user".to_owned(), "sys_user".to_owned()),
                ("role".to_owned(), "sys_user_role".to_owned()),
            ]
            .into(),
            records: roles
                .iter()
                .map(|r| {
                    rec(&[
                        ("sys_id", sys_id(&format!("has:{}", r["name"]))),
                        ("user", me["sys_id"].clone()),
                        ("role", r["sys_id"].clone()),
                    ])
                })
                .collect(),
            ..Default::default()
        },
    );
    let mut users = users;
    users.push(me);
    t.insert(
        "sys_user".to_owned(),
        Table {
            records: users,
            fields: [
                "sys_id",
                "name",
                "email",
                "user_name",
                "department",
                "time_zone",
            ]
            .map(str::to_owned)
            .to_vec(),
            ..Default::default()
        },
    );
    t
}

impl FakeSnow {
    pub fn start(tables: BTreeMap<String, Table>) -> FakeSnow {
        let state = Arc::new(Shared {
            tables: Mutex::new(tables),
            faults: Mutex::new(Faults::default()),
            queries: Mutex::new(Vec::new()),
            pages: Mutex::new(HashMap::new()),
            base: Mutex::new(String::new()),
            clock: Mutex::new(0),
            writes: Mutex::new(Vec::new()),
            oauth: Mutex::new(OAuth::default()),
        });
        let (addr, thread) = super::serve_on_loopback(|addr| {
            *state.base.lock().unwrap() = format!("http://{addr}");
            Router::new().fallback(handle).with_state(state.clone())
        });
        FakeSnow {
            addr,
            state,
            _thread: thread,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn faults(&self) -> std::sync::MutexGuard<'_, Faults> {
        self.state.faults.lock().unwrap()
    }

    /// The flags that point atomctl at this instance (password from SNOW_PW).
    pub fn args(&self) -> Vec<String> {
        vec![
            "--instance".into(),
            self.url(),
            "--user".into(),
            USER.into(),
            "--password-env".into(),
            "SNOW_PW".into(),
        ]
    }

    /// Every access token stops working now (expiry, revocation); refresh tokens still do.
    pub fn expire_tokens(&self) {
        let mut o = self.state.oauth.lock().unwrap();
        o.access.clear();
        o.current = None;
    }

    pub fn records(&self, table: &str) -> Vec<Record> {
        self.state.tables.lock().unwrap()[table].records.clone()
    }

    /// Change fields of a record; `stamp` is its new sys_updated_on (None: a script update
    /// with autoSysFields(false), which leaves it as it was).
    pub fn update(&self, table: &str, id: &str, changes: &[(&str, &str)], stamp: Option<&str>) {
        let mut tables = self.state.tables.lock().unwrap();
        let r = tables
            .get_mut(table)
            .unwrap()
            .records
            .iter_mut()
            .find(|r| r["sys_id"] == id)
            .expect("the record exists");
        for (k, v) in changes {
            r.insert((*k).to_owned(), (*v).to_owned());
        }
        if let Some(s) = stamp {
            r.insert("sys_updated_on".into(), s.to_owned());
        }
    }

    pub fn insert(&self, table: &str, record: Record) {
        let mut tables = self.state.tables.lock().unwrap();
        tables.get_mut(table).unwrap().records.push(record);
    }

    /// Delete a record; with `audit_at`, a sys_audit_delete row stamped then (without, as
    /// Table Cleaner deletes or tables with no_audit_delete).
    pub fn delete(&self, table: &str, id: &str, audit_at: Option<&str>) {
        let mut tables = self.state.tables.lock().unwrap();
        tables
            .get_mut(table)
            .unwrap()
            .records
            .retain(|r| r["sys_id"] != id);
        if let Some(at) = audit_at {
            tables
                .get_mut("sys_audit_delete")
                .unwrap()
                .records
                .push(rec(&[
                    ("sys_id", sys_id(&format!("audit:{table}:{id}"))),
                    ("tablename", table.to_owned()),
                    ("documentkey", id.to_owned()),
                    ("sys_created_on", at.to_owned()),
                ]));
        }
    }
}

fn error(status: StatusCode, message: &str, detail: &str) -> Response {
    Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Body::from(
            json!({"error": {"message": message, "detail": detail}, "status": "failure"})
                .to_string(),
        ))
        .unwrap()
}

/// The fields of a table with its parents', each with its referenced table.
fn all_fields(tables: &BTreeMap<String, Table>, name: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut at = Some(name.to_owned());
    while let Some(t) = at.and_then(|n| tables.get(&n)) {
        for f in &t.fields {
            out.push((f.clone(), t.references.get(f).cloned()));
        }
        at = t.extends.clone();
    }
    out
}

fn table_id(name: &str) -> String {
    sys_id(&format!("table:{name}"))
}

/// The dictionary tables, made from the tables' definitions.
fn dictionary(tables: &BTreeMap<String, Table>) -> (Vec<Record>, Vec<Record>) {
    let objects = tables
        .iter()
        .map(|(name, t)| {
            rec(&[
                ("sys_id", table_id(name)),
                ("name", name.clone()),
                (
                    "super_class",
                    t.extends.as_deref().map(table_id).unwrap_or_default(),
                ),
            ])
        })
        .collect();
    let mut dict = Vec::new();
    for (name, t) in tables {
        // A collection row (no element) for each table, as instances have.
        dict.push(rec(&[
            ("name", name.clone()),
            ("element", String::new()),
            ("reference", String::new()),
            ("internal_type", "collection".into()),
        ]));
        for f in &t.fields {
            let kind = match (t.references.contains_key(f), t.types.get(f)) {
                (true, _) => "reference".to_owned(),
                (false, Some(k)) => k.clone(),
                (false, None) if f == "sys_id" => "GUID".to_owned(),
                (false, None) => "string".to_owned(),
            };
            dict.push(rec(&[
                ("name", name.clone()),
                ("element", f.clone()),
                (
                    "reference",
                    t.references.get(f).map(|r| table_id(r)).unwrap_or_default(),
                ),
                // A reference to sys_glide_object keyed by its name, so the value is the
                // type's name.
                ("internal_type", kind),
            ]));
        }
    }
    (objects, dict)
}

async fn handle(
    State(st): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if uri.path() == "/oauth_token.do" && method == Method::POST {
        return token(&st, &headers, &body);
    }
    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"))
    );
    let given = headers.get("authorization").and_then(|v| v.to_str().ok());
    let bearer_ok = given
        .and_then(|g| g.strip_prefix("Bearer "))
        .is_some_and(|t| st.oauth.lock().unwrap().access.contains(t));
    if given != Some(expected.as_str()) && !bearer_ok {
        return error(
            StatusCode::UNAUTHORIZED,
            "User Not Authenticated",
            "Required to provide Auth information",
        );
    }
    if let Some(after) = {
        let mut f = st.faults.lock().unwrap();
        (!f.throttle.is_empty()).then(|| f.throttle.remove(0))
    } {
        let mut r = error(
            StatusCode::TOO_MANY_REQUESTS,
            "Rate limit exceeded",
            "The rate limit rule allows 1000 requests per hour",
        );
        r.headers_mut()
            .insert("retry-after", after.to_string().parse().unwrap());
        r.headers_mut()
            .insert("x-ratelimit-limit", "1000".parse().unwrap());
        return r;
    }
    if let Some(name) = uri.path().strip_prefix("/api/now/stats/") {
        let p: HashMap<String, String> =
            url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
                .into_owned()
                .collect();
        return stats(&st, name, &p);
    }
    let Some(path) = uri.path().strip_prefix("/api/now/table/") else {
        return error(
            StatusCode::BAD_REQUEST,
            "Requested URI does not represent any resource",
            "",
        );
    };
    // `table/sys_id`: one record.
    let (name, single) = match path.split_once('/') {
        Some((t, id)) => (t, Some(id.to_owned())),
        None => (path, None),
    };
    let p: HashMap<String, String> =
        url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    if method != Method::GET {
        return write(&st, &method, name, single.as_deref(), &p, &body);
    }
    let query = p.get("sysparm_query").cloned().unwrap_or_default();
    st.queries
        .lock()
        .unwrap()
        .push((name.to_owned(), query.clone()));
    let limit: usize = p
        .get("sysparm_limit")
        .and_then(|l| l.parse().ok())
        .unwrap_or(10_000)
        .min(10_000);
    // (Data tables only: the dictionary's small reads pass.)
    if let Some(max) = st.faults.lock().unwrap().max_rows_per_page
        && limit > max
        && !name.starts_with("sys_d")
    {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Transaction cancelled: maximum execution time exceeded",
            "Check logs for error trace or enable glide.rest.debug property to verify REST request processing",
        );
    }
    if let Some((table, 0)) = st.faults.lock().unwrap().fail_after_pages.clone()
        && table == name
    {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal server error",
            "java.lang.NullPointerException",
        );
    }
    let offset: usize = p
        .get("sysparm_offset")
        .and_then(|o| o.parse().ok())
        .unwrap_or(0);
    let tables = st.tables.lock().unwrap().clone();
    let (objects, dict) = dictionary(&tables);
    let (records, fields_of): (Vec<Record>, Vec<(String, Option<String>)>) = match name {
        "sys_db_object" => (
            objects,
            vec![
                ("sys_id".into(), None),
                ("name".into(), None),
                ("super_class".into(), Some("sys_db_object".into())),
            ],
        ),
        "sys_dictionary" => (
            dict,
            vec![
                ("name".into(), None),
                ("element".into(), None),
                ("reference".into(), Some("sys_db_object".into())),
                ("internal_type".into(), None),
            ],
        ),
        t => match tables.get(t) {
            Some(table) => (table.records.clone(), all_fields(&tables, t)),
            None => return error(StatusCode::BAD_REQUEST, &format!("Invalid table {t}"), ""),
        },
    };
    let lookup = |table: &str, id: &str| -> Option<Record> {
        match table {
            "sys_db_object" => dictionary(&tables)
                .0
                .into_iter()
                .find(|r| r["sys_id"] == id),
            t => tables
                .get(t)?
                .records
                .iter()
                .find(|r| r["sys_id"] == id)
                .cloned(),
        }
    };
    let (groups, order) = parse(&query, &fields_of);
    let mut matched: Vec<Record> = records
        .into_iter()
        .filter(|r| match &single {
            Some(id) => r.get("sys_id") == Some(id),
            None => {
                groups.is_empty() || groups.iter().any(|g| eval_group(g, r, &fields_of, &lookup))
            }
        })
        .collect();
    for (field, desc) in order.iter().rev() {
        matched.sort_by(|a, b| {
            let (x, y) = (
                a.get(field).map_or("", String::as_str),
                b.get(field).map_or("", String::as_str),
            );
            if *desc { y.cmp(x) } else { x.cmp(y) }
        });
    }
    let total = matched.len();
    let hidden = st.faults.lock().unwrap().hidden.clone();
    let page: Vec<&Record> = matched
        .iter()
        .skip(offset)
        .take(limit)
        .filter(|r| r.get("sys_id").is_none_or(|id| !hidden.contains(id)))
        .collect();
    let display = p
        .get("sysparm_display_value")
        .map_or("false", String::as_str);
    let exclude_link = p
        .get("sysparm_exclude_reference_link")
        .is_some_and(|v| v == "true");
    let wanted: Option<Vec<String>> = p
        .get("sysparm_fields")
        .map(|f| f.split(',').map(str::to_owned).collect());
    let base = st.base.lock().unwrap().clone();
    let how = Shape {
        display,
        exclude_link,
        wanted: wanted.as_deref(),
        base: &base,
    };
    let rows: Vec<Value> = page
        .iter()
        .map(|r| shape(r, &fields_of, &how, &lookup))
        .collect();
    let mut resp = Response::builder()
        .status(200)
        .header("content-type", "application/json");
    if let Some(limit) = st.faults.lock().unwrap().rate_rule {
        resp = resp
            .header("x-ratelimit-limit", limit.to_string())
            .header("x-ratelimit-reset", "1796216400")
            .header("x-ratelimit-rule", sys_id("rate rule"));
    }
    if p.get("sysparm_no_count").is_none_or(|v| v != "true") {
        resp = resp.header("x-total-count", total.to_string());
    }
    if offset + limit < total
        && p.get("sysparm_suppress_pagination_header")
            .is_none_or(|v| v != "true")
    {
        let next = format!(
            "<{base}{}?sysparm_offset={}&sysparm_limit={limit}>;rel=\"next\"",
            uri.path(),
            offset + limit
        );
        resp = resp.header("link", next);
    }
    let body = match single {
        None => json!({"result": rows}).to_string(),
        // Missing and hidden look the same.
        Some(_) if rows.is_empty() => {
            return error(
                StatusCode::NOT_FOUND,
                "No Record found",
                "Record doesn't exist or ACL restricts the record retrieval",
            );
        }
        Some(_) => json!({"result": rows[0]}).to_string(),
    };
    drop(tables);
    // The table changes after this page was read, before the next one is asked for.
    let served = {
        let mut pages = st.pages.lock().unwrap();
        let n = pages.entry(name.to_owned()).or_default();
        *n += 1;
        *n
    };
    let mut f = st.faults.lock().unwrap();
    if let Some((table, left)) = f.fail_after_pages.as_mut()
        && table == name
    {
        *left = left.saturating_sub(1);
    }
    if let Some((table, left)) = f.expire_tokens_after_pages.as_mut()
        && table == name
    {
        *left = left.saturating_sub(1);
        if *left == 0 {
            f.expire_tokens_after_pages = None;
            let mut o = st.oauth.lock().unwrap();
            o.access.clear();
            o.current = None;
        }
    }
    if let Some((after, table, add, remove)) = f.change_after_pages.clone()
        && served == after
        && table == name
    {
        f.change_after_pages = None;
        let mut tables = st.tables.lock().unwrap();
        let t = tables.get_mut(&table).unwrap();
        t.records.retain(|r| !remove.contains(&r["sys_id"]));
        t.records.extend(add);
    }
    if f.truncate > 0 && single.is_none() {
        f.truncate -= 1;
        let half = body.len() / 2;
        return resp.body(Body::from(body[..half].to_owned())).unwrap();
    }
    resp.body(Body::from(body)).unwrap()
}

/// One condition: field (maybe dot-walked), operator, value, joined by OR to the previous.
type Cond = (String, String, String, bool);

const OPS: &[&str] = &[
    "ISNOTEMPTY",
    "ISEMPTY",
    "NOT IN",
    "STARTSWITH",
    "LIKE",
    "IN",
    "!=",
    ">=",
    "<=",
    "=",
    ">",
    "<",
];

/// Groups of conditions and the order. A term on a field the table does not have is dropped
/// without a word, as instances do.
fn parse(q: &str, fields: &[(String, Option<String>)]) -> (Vec<Vec<Cond>>, Vec<(String, bool)>) {
    let mut parts = vec![String::new()];
    let mut it = q.chars().peekable();
    while let Some(c) = it.next() {
        if c == '^' {
            if it.peek() == Some(&'^') {
                it.next();
                parts.last_mut().unwrap().push('^');
            } else {
                parts.push(String::new());
            }
        } else {
            parts.last_mut().unwrap().push(c);
        }
    }
    let mut groups: Vec<Vec<Cond>> = vec![Vec::new()];
    let mut order = Vec::new();
    for part in parts {
        let mut part = part.as_str();
        if let Some(rest) = part.strip_prefix("NQ") {
            groups.push(Vec::new());
            part = rest;
        }
        if let Some(f) = part.strip_prefix("ORDERBYDESC") {
            order.push((f.to_owned(), true));
            continue;
        }
        if let Some(f) = part.strip_prefix("ORDERBY") {
            order.push((f.to_owned(), false));
            continue;
        }
        let (part, or) = match part.strip_prefix("OR") {
            Some(r) => (r, true),
            None => (part, false),
        };
        let end = part
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.'))
            .unwrap_or(part.len());
        let (field, rest) = part.split_at(end);
        let Some(op) = OPS.iter().find(|o| rest.starts_with(**o)) else {
            continue;
        };
        let root = field.split('.').next().unwrap_or("");
        if !fields.iter().any(|(f, _)| f == root) {
            continue;
        }
        groups.last_mut().unwrap().push((
            field.to_owned(),
            (*op).to_owned(),
            rest[op.len()..].to_owned(),
            or,
        ));
    }
    groups.retain(|g| !g.is_empty());
    (groups, order)
}

fn eval_group(
    g: &[Cond],
    r: &Record,
    fields: &[(String, Option<String>)],
    lookup: &dyn Fn(&str, &str) -> Option<Record>,
) -> bool {
    // `a^ORb^c` is (a or b) and c: or-ed runs, and-ed together.
    let mut result = true;
    let mut run = false;
    for (i, (field, op, value, or)) in g.iter().enumerate() {
        let v = value_of(field, r, fields, lookup);
        let hit = matches(&v, op, value);
        if i > 0 && *or {
            run = run || hit;
        } else {
            if i > 0 {
                result = result && run;
            }
            run = hit;
        }
    }
    result && run
}

fn value_of(
    field: &str,
    r: &Record,
    fields: &[(String, Option<String>)],
    lookup: &dyn Fn(&str, &str) -> Option<Record>,
) -> String {
    let mut steps = field.split('.');
    let first = steps.next().unwrap_or("");
    let mut value = r.get(first).cloned().unwrap_or_default();
    let mut table = fields
        .iter()
        .find(|(f, _)| f == first)
        .and_then(|(_, t)| t.clone());
    for step in steps {
        let Some(t) = table.take() else {
            return String::new();
        };
        let Some(target) = lookup(&t, &value) else {
            return String::new();
        };
        value = target.get(step).cloned().unwrap_or_default();
    }
    value
}

fn matches(v: &str, op: &str, want: &str) -> bool {
    // Numbers compare as numbers (priority<=2); ids and dates as text.
    let num = |s: &str| (s.len() < 16).then(|| s.parse::<i64>().ok()).flatten();
    let cmp = || match (num(v), num(want)) {
        (Some(a), Some(b)) => a.partial_cmp(&b),
        _ => Some(v.cmp(want)),
    };
    match op {
        "=" => v == want,
        "!=" => v != want,
        ">" => cmp() == Some(std::cmp::Ordering::Greater),
        ">=" => cmp() != Some(std::cmp::Ordering::Less),
        "<" => cmp() == Some(std::cmp::Ordering::Less),
        "<=" => cmp() != Some(std::cmp::Ordering::Greater),
        "LIKE" => v.to_lowercase().contains(&want.to_lowercase()),
        "STARTSWITH" => v.to_lowercase().starts_with(&want.to_lowercase()),
        "IN" => want.split(',').any(|w| w == v),
        "NOT IN" => !want.split(',').any(|w| w == v),
        "ISEMPTY" => v.is_empty(),
        "ISNOTEMPTY" => !v.is_empty(),
        _ => false,
    }
}

/// How a record is rendered: `sysparm_display_value`, `sysparm_exclude_reference_link`,
/// `sysparm_fields`.
struct Shape<'a> {
    display: &'a str,
    exclude_link: bool,
    wanted: Option<&'a [String]>,
    base: &'a str,
}

/// A record as the Table API renders it: every value a string, references as sys_ids (with
/// a link unless excluded), display values in the three shapes.
fn shape(
    r: &Record,
    fields_of: &[(String, Option<String>)],
    how: &Shape<'_>,
    lookup: &dyn Fn(&str, &str) -> Option<Record>,
) -> Value {
    let mut o = serde_json::Map::new();
    for (f, reference) in fields_of {
        if how.wanted.is_some_and(|w| !w.contains(f)) {
            continue;
        }
        let raw = r.get(f).cloned().unwrap_or_default();
        let shown = match reference {
            Some(t) if !raw.is_empty() => lookup(t, &raw)
                .and_then(|x| x.get("name").cloned())
                .unwrap_or_default(),
            _ if f == "priority" && !raw.is_empty() => format!(
                "{raw} - {}",
                ["Critical", "High", "Moderate", "Low", "Planning"]
                    [raw.parse::<usize>().unwrap_or(1).clamp(1, 5) - 1]
            ),
            _ => raw.clone(),
        };
        let link = format!(
            "{}/api/now/table/{}/{raw}",
            how.base,
            reference.clone().unwrap_or_default()
        );
        let v = match (
            how.display,
            reference.is_some() && !raw.is_empty(),
            how.exclude_link,
        ) {
            ("all", true, false) => {
                json!({"display_value": shown, "value": raw, "link": link})
            }
            ("all", _, _) => json!({"display_value": shown, "value": raw}),
            ("true", true, false) => json!({"display_value": shown, "link": link}),
            ("true", _, _) => json!(shown),
            (_, true, false) => json!({"value": raw, "link": link}),
            _ => json!(raw),
        };
        o.insert(f.clone(), v);
    }
    Value::Object(o)
}

/// The priority lookup rule of a default instance: impact × urgency.
pub fn priority(impact: &str, urgency: &str) -> String {
    let (i, u) = (
        impact.parse::<u8>().unwrap_or(3).clamp(1, 3),
        urgency.parse::<u8>().unwrap_or(3).clamp(1, 3),
    );
    match i + u {
        2 => "1",
        3 => "2",
        4 => "3",
        5 => "4",
        _ => "5",
    }
    .to_owned()
}

/// POST (create) and PATCH (update) of one record, as an instance answers them: unknown
/// fields ignored, references by name with sysparm_input_display_value, priority computed,
/// a data policy that refuses closing an incident without close_code and close_notes,
/// sys_mod_count and sys_updated_on bumped.
fn write(
    st: &Shared,
    method: &Method,
    name: &str,
    single: Option<&str>,
    p: &HashMap<String, String>,
    body: &[u8],
) -> Response {
    let Ok(Value::Object(given)) = serde_json::from_slice::<Value>(body) else {
        return error(
            StatusCode::BAD_REQUEST,
            "Exception while reading request",
            "The payload is not valid JSON.",
        );
    };
    let mut tables = st.tables.lock().unwrap();
    if !tables.contains_key(name) {
        return error(
            StatusCode::BAD_REQUEST,
            &format!("Invalid table {name}"),
            "",
        );
    }
    let fields_of = all_fields(&tables, name);
    let by_name = p
        .get("sysparm_input_display_value")
        .is_some_and(|v| v == "true");
    let snapshot = tables.clone();
    let now = {
        let mut c = st.clock.lock().unwrap();
        *c += 1;
        stamp(*c)
    };
    let t = tables.get_mut(name).unwrap();
    let mut record = match (method.as_str(), single) {
        ("POST", None) => {
            let n = t.records.len() + 1;
            rec(&[
                ("sys_id", sys_id(&format!("created:{name}:{n}:{now}"))),
                ("number", format!("INC{:07}", 90_000 + n)),
                ("state", "1".into()),
                ("impact", "3".into()),
                ("urgency", "3".into()),
                ("active", "true".into()),
                ("sys_mod_count", "0".into()),
                ("opened_at", now.clone()),
            ])
        }
        ("PATCH", Some(id)) => match t.records.iter().find(|r| r["sys_id"] == id) {
            Some(r) => r.clone(),
            None => {
                return error(
                    StatusCode::NOT_FOUND,
                    "No Record found",
                    "Record doesn't exist or ACL restricts the record retrieval",
                );
            }
        },
        _ => return error(StatusCode::METHOD_NOT_ALLOWED, "Method not Supported", ""),
    };
    for (k, v) in &given {
        let Some((_, reference)) = fields_of.iter().find(|(f, _)| f == k) else {
            continue; // unknown fields are ignored
        };
        let mut v = match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if by_name {
            if let Some(target) = reference {
                if let Some(r) = snapshot
                    .get(target)
                    .and_then(|t| t.records.iter().find(|r| r.get("name") == Some(&v)))
                {
                    v = r["sys_id"].clone();
                }
            } else if k == "state" {
                let states = [
                    ("New", "1"),
                    ("In Progress", "2"),
                    ("On Hold", "3"),
                    ("Resolved", "6"),
                    ("Closed", "7"),
                ];
                if let Some((_, n)) = states.iter().find(|(s, _)| *s == v) {
                    v = (*n).to_owned();
                }
            }
        }
        record.insert(k.clone(), v);
    }
    if name == "incident" {
        let p = priority(&record["impact"], &record["urgency"]);
        record.insert("priority".into(), p);
        let closing = matches!(record.get("state").map(String::as_str), Some("6" | "7"));
        let empty = |f: &str| record.get(f).is_none_or(|v| v.trim().is_empty());
        if closing && (empty("close_code") || empty("close_notes")) {
            return error(
                StatusCode::FORBIDDEN,
                "Operation Failed",
                "Data Policy Exception: \n The following fields are mandatory: Resolution code, Resolution notes",
            );
        }
        if closing && empty("resolved_at") {
            record.insert("resolved_at".into(), now.clone());
        }
        record.insert("active".into(), (!closing).to_string());
    }
    let count = record
        .get("sys_mod_count")
        .and_then(|c| c.parse::<u64>().ok())
        .map_or(0, |c| c + u64::from(single.is_some()));
    record.insert("sys_mod_count".into(), count.to_string());
    record.insert("sys_updated_on".into(), now);
    match single {
        None => t.records.push(record.clone()),
        Some(id) => {
            let at = t.records.iter().position(|r| r["sys_id"] == id).unwrap();
            t.records[at] = record.clone();
        }
    }
    let after = tables.clone();
    drop(tables);
    // The gateway gives up after the instance made the record: the answer is lost.
    {
        let mut f = st.faults.lock().unwrap();
        if method == Method::POST && f.lose_create_answers > 0 {
            f.lose_create_answers -= 1;
            return error(StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout", "");
        }
    }
    st.writes
        .lock()
        .unwrap()
        .push((method.to_string(), name.to_owned(), Value::Object(given)));
    let base = st.base.lock().unwrap().clone();
    let how = Shape {
        display: p
            .get("sysparm_display_value")
            .map_or("false", String::as_str),
        exclude_link: p
            .get("sysparm_exclude_reference_link")
            .is_some_and(|v| v == "true"),
        wanted: None,
        base: &base,
    };
    let lookup = |table: &str, id: &str| {
        after
            .get(table)?
            .records
            .iter()
            .find(|r| r["sys_id"] == id)
            .cloned()
    };
    let out = shape(&record, &fields_of, &how, &lookup);
    Response::builder()
        .status(if single.is_none() { 201 } else { 200 })
        .header("content-type", "application/json")
        .body(Body::from(json!({"result": out}).to_string()))
        .unwrap()
}

/// The fake's clock: 2026-12-02 12:00:00 UTC plus `tick` seconds, as an instance writes it.
pub fn stamp(tick: u64) -> String {
    at(1_796_212_800 + tick as i64)
}

/// 2026-11-01 00:00:00 UTC.
const NOVEMBER: i64 = 1_793_491_200;

/// A UNIX time as an instance writes date-times: `YYYY-MM-DD HH:MM:SS`, UTC.
pub fn at(unix: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp(unix).unwrap();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// `/oauth_token.do`: a form only; the password, refresh_token and (when enabled)
/// client_credentials grants; every failure the same opaque 401.
fn token(st: &Shared, headers: &HeaderMap, body: &[u8]) -> Response {
    let denied = || {
        Response::builder()
            .status(401)
            .header("content-type", "application/json")
            .body(Body::from(
                json!({"error_description": "access_denied", "error": "server_error"}).to_string(),
            ))
            .unwrap()
    };
    let form_encoded = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !form_encoded {
        return denied();
    }
    let f: HashMap<String, String> = url::form_urlencoded::parse(body).into_owned().collect();
    let get = |k: &str| f.get(k).map(String::as_str).unwrap_or("");
    let mut o = st.oauth.lock().unwrap();
    o.grants.push(get("grant_type").to_owned());
    if get("client_id") != CLIENT_ID || get("client_secret") != CLIENT_SECRET {
        return denied();
    }
    let issue = |o: &mut OAuth| {
        o.issued += 1;
        let t = format!("tok-{}", o.issued);
        o.access.insert(t.clone());
        t
    };
    let (access, refresh) = match get("grant_type") {
        "password" if get("username") == USER && get("password") == PASSWORD => {
            match o.current.clone() {
                Some((a, r)) if o.access.contains(&a) => (a, Some(r)),
                _ => {
                    let a = issue(&mut o);
                    let r = format!("refresh-{}", o.issued);
                    o.refresh.insert(r.clone());
                    o.current = Some((a.clone(), r.clone()));
                    (a, Some(r))
                }
            }
        }
        "refresh_token" if o.refresh.contains(get("refresh_token")) => (issue(&mut o), None),
        "client_credentials" if o.client_credentials => (issue(&mut o), None),
        _ => return denied(),
    };
    let mut answer = json!({
        "access_token": access,
        "scope": "useraccount",
        "token_type": "Bearer",
        "expires_in": 1799
    });
    if let Some(r) = refresh {
        answer["refresh_token"] = json!(r);
    }
    Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(Body::from(answer.to_string()))
        .unwrap()
}

/// One resolution SLA per incident, started when it was opened: completed in time, breached
/// (percentage past 100), in progress at 80% (at risk), in progress at 30%, or cancelled.
fn task_slas(incidents: &[Record]) -> Table {
    let records = incidents
        .iter()
        .enumerate()
        .map(|(i, inc)| {
            let (stage, breached, percent) = [
                ("completed", "false", "64.5"),
                ("completed", "true", "131.2"),
                ("in_progress", "false", "80"),
                ("in_progress", "false", "30"),
                ("cancelled", "false", "12"),
                ("in_progress", "true", "104.9"),
            ][i % 6];
            rec(&[
                ("sys_id", sys_id(&format!("sla{i}"))),
                ("task", inc["sys_id"].clone()),
                ("sla", sys_id("contract_sla:P1 resolution")),
                ("stage", stage.into()),
                ("has_breached", breached.into()),
                ("percentage", percent.into()),
                ("start_time", inc["opened_at"].clone()),
                // The legacy field the report must not read: always the opposite.
                ("made_sla", (breached == "true").to_string()),
                ("sys_updated_on", inc["sys_updated_on"].clone()),
            ])
        })
        .collect();
    Table {
        records,
        fields: [
            "sys_id",
            "task",
            "sla",
            "stage",
            "has_breached",
            "percentage",
            "start_time",
            "made_sla",
            "sys_updated_on",
        ]
        .map(str::to_owned)
        .to_vec(),
        references: [("task".to_owned(), "incident".to_owned())].into(),
        types: [
            ("has_breached", "boolean"),
            ("made_sla", "boolean"),
            ("percentage", "decimal"),
            ("start_time", "glide_date_time"),
            ("sys_updated_on", "glide_date_time"),
        ]
        .map(|(f, t)| (f.to_owned(), t.to_owned()))
        .into(),
        ..Default::default()
    }
}

/// `/api/now/stats/{table}`: counts as strings, per `sysparm_group_by` combination; 403 when
/// an ACL hides any row of the table.
fn stats(st: &Shared, name: &str, p: &HashMap<String, String>) -> Response {
    let tables = st.tables.lock().unwrap().clone();
    let Some(table) = tables.get(name) else {
        return error(
            StatusCode::BAD_REQUEST,
            &format!("Invalid table {name}"),
            "",
        );
    };
    let hidden = st.faults.lock().unwrap().hidden.clone();
    if table.records.iter().any(|r| hidden.contains(&r["sys_id"])) {
        return error(
            StatusCode::FORBIDDEN,
            "User Not Authorized",
            "ACL restricts the records of this table",
        );
    }
    let fields_of = all_fields(&tables, name);
    let lookup = |t: &str, id: &str| -> Option<Record> {
        tables
            .get(t)?
            .records
            .iter()
            .find(|r| r["sys_id"] == id)
            .cloned()
    };
    let (groups, _) = parse(
        p.get("sysparm_query").map_or("", String::as_str),
        &fields_of,
    );
    let matched: Vec<&Record> = table
        .records
        .iter()
        .filter(|r| {
            groups.is_empty() || groups.iter().any(|g| eval_group(g, r, &fields_of, &lookup))
        })
        .collect();
    let by: Vec<String> = p
        .get("sysparm_group_by")
        .map(|g| {
            g.split(',')
                .filter(|f| !f.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let result = if by.is_empty() {
        json!({"stats": {"count": matched.len().to_string()}})
    } else {
        let mut counts: BTreeMap<Vec<String>, usize> = BTreeMap::new();
        for r in &matched {
            let key = by
                .iter()
                .map(|f| r.get(f).cloned().unwrap_or_default())
                .collect();
            *counts.entry(key).or_default() += 1;
        }
        Value::Array(
            counts
                .into_iter()
                .map(|(key, n)| {
                    let fields: Vec<Value> = by
                        .iter()
                        .zip(&key)
                        .map(|(f, v)| {
                            let reference = fields_of
                                .iter()
                                .find(|(x, _)| x == f)
                                .and_then(|(_, t)| t.clone());
                            let shown = reference
                                .and_then(|t| lookup(&t, v))
                                .and_then(|r| r.get("name").cloned())
                                .unwrap_or_else(|| v.clone());
                            json!({"field": f, "value": v, "display_value": shown})
                        })
                        .collect();
                    json!({"stats": {"count": n.to_string()}, "groupby_fields": fields})
                })
                .collect(),
        )
    };
    Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(Body::from(json!({"result": result}).to_string()))
        .unwrap()
}
