//! A fake Salesforce org on 127.0.0.1, following reference/salesforce-api.md: the OAuth token
//! endpoint (every flow; JWT signatures verified), `/services/data`, query / queryAll over a
//! SOQL subset (field lists, dotted parent paths, child subqueries, COUNT(), LIMIT), short and
//! uneven pages, child-subquery paging, the exact error bodies, `Sforce-Limit-Info`, describe,
//! SOSL, userinfo and limits — and faults: token expiry after K requests, 503s, a connection
//! dropped mid-body, the daily limit, QUERY_TIMEOUT and expired query locators.
//! It shares no code with atomctl: a bug there must not be mirrored here.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use aws_lc_rs::signature::{RSA_PKCS1_2048_8192_SHA256, UnparsedPublicKey};
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value, json};

pub const VERSION: &str = "v63.0";
pub const CLIENT_ID: &str = "3MVG9fake.consumer.key";
pub const CLIENT_SECRET: &str = "fake-consumer-secret";
pub const USERNAME: &str = "admin@acme.example";
pub const PASSWORD: &str = "pw+securitytoken";
pub const REFRESH_TOKEN: &str = "5Aep861fake.refresh";

/// What the org holds: records per object, fields in canonical order. A parent lookup is a
/// nested object (or null) under the relationship name; children are a list under theirs.
#[derive(Default, Clone)]
pub struct Org {
    pub objects: BTreeMap<String, Vec<Map<String, Value>>>,
    /// (object, id, deletedDate) of records deleted from `objects`.
    pub deleted: Vec<(String, String, String)>,
    /// getDeleted's `earliestDateAvailable`.
    pub earliest_deleted: String,
}

/// Faults to inject; request numbers count every REST request (not the token endpoint).
#[derive(Default)]
pub struct Faults {
    /// The current access token stops working after this many REST requests.
    pub expire_token_after: Option<u64>,
    pub unavailable_at: HashSet<u64>,
    pub drop_body_at: HashSet<u64>,
    /// Every query page after the first waits this long (a slow org, to kill a run mid-way).
    pub slow_pages_ms: u64,
    pub limit_exceeded: bool,
    pub query_timeout: bool,
    /// Locators (page 2+) answer INVALID_QUERY_LOCATOR.
    pub expired_locators: bool,
    /// The next creates are made, and then the gateway answers 503.
    pub lose_create_answers: u32,
    /// The next ingest uploads are stored, and then the gateway answers 503.
    pub lose_upload_answers: u32,
    /// The first upload to the Nth ingest job (1-based) is cut off: nothing is stored,
    /// the answer is a 503.
    pub refuse_upload_of_job: Option<usize>,
    /// Closed ingest jobs stay InProgress while this is set.
    pub hold_ingest: bool,
}

pub struct Shared {
    pub org: Mutex<Org>,
    pub faults: Mutex<Faults>,
    /// Page sizes used in turn: short and uneven.
    pub page_sizes: Mutex<Vec<usize>>,
    pub child_page: usize,
    /// Bulk result pages hold at most this many records, whatever maxRecords says.
    pub bulk_page: Mutex<usize>,
    /// Polls a bulk job answers InProgress before JobComplete; a job whose query has this
    /// text fails instead.
    pub bulk_polls: u64,
    jobs: Mutex<HashMap<String, (String, bool, u64)>>,
    /// Ingest jobs by id.
    pub ingest_jobs: Mutex<HashMap<String, IngestJob>>,
    pub requests: AtomicU64,
    pub token_requests: AtomicU64,
    tokens: Mutex<Vec<String>>,
    token_uses: AtomicU64,
    cursors: Mutex<HashMap<String, Vec<Value>>>,
    codes: Mutex<HashMap<String, String>>,
    /// The RSA public key (PKCS#1 DER) that JWT assertions must verify against.
    pub jwt_public_key: Mutex<Option<Vec<u8>>>,
    pub api_used: AtomicU64,
    base: Mutex<String>,
    seq: AtomicU64,
    /// How far the org's clock is from this machine's, in seconds: every answer's `Date`
    /// header and the deleted-records window follow the org's clock, as Salesforce's do.
    pub clock_offset_secs: std::sync::atomic::AtomicI64,
}

impl Shared {
    /// A new record id of the object's key prefix.
    fn new_id(&self, object: &str) -> String {
        format!(
            "{}FAKE{:011}",
            prefix(object),
            self.seq.fetch_add(1, Ordering::SeqCst)
        )
    }

    /// The org's clock.
    pub fn server_now(&self) -> time::OffsetDateTime {
        time::OffsetDateTime::now_utc()
            + time::Duration::seconds(self.clock_offset_secs.load(Ordering::SeqCst))
    }
}

pub struct FakeSalesforce {
    pub addr: SocketAddr,
    pub state: Arc<Shared>,
    _thread: std::thread::JoinHandle<()>,
}

impl FakeSalesforce {
    pub fn start(org: Org) -> FakeSalesforce {
        let state = Arc::new(Shared {
            org: Mutex::new(org),
            faults: Mutex::new(Faults::default()),
            page_sizes: Mutex::new(vec![5, 3, 7, 2]),
            child_page: 3,
            bulk_page: Mutex::new(9),
            bulk_polls: 2,
            jobs: Mutex::new(HashMap::new()),
            ingest_jobs: Mutex::new(HashMap::new()),
            requests: AtomicU64::new(0),
            token_requests: AtomicU64::new(0),
            tokens: Mutex::new(vec!["00Dfake!AR.initial".into()]),
            token_uses: AtomicU64::new(0),
            cursors: Mutex::new(HashMap::new()),
            codes: Mutex::new(HashMap::new()),
            jwt_public_key: Mutex::new(None),
            api_used: AtomicU64::new(17),
            base: Mutex::new(String::new()),
            seq: AtomicU64::new(1),
            clock_offset_secs: std::sync::atomic::AtomicI64::new(0),
        });
        let (addr, thread) = super::serve_on_loopback(|addr| {
            *state.base.lock().unwrap() = format!("http://{addr}");
            Router::new().fallback(handle).with_state(state.clone())
        });
        FakeSalesforce {
            addr,
            state,
            _thread: thread,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The access token currently valid.
    pub fn token(&self) -> String {
        self.state.tokens.lock().unwrap().last().unwrap().clone()
    }

    pub fn faults(&self) -> std::sync::MutexGuard<'_, Faults> {
        self.state.faults.lock().unwrap()
    }

    pub fn requests(&self) -> u64 {
        self.state.requests.load(Ordering::SeqCst)
    }
}

fn json_response(status: StatusCode, body: &Value, usage: Option<u64>) -> Response {
    // Java's Double.toString form for doubles: the org stores them as "__double:<text>".
    let text = render(body);
    let mut r = Response::builder()
        .status(status)
        .header("content-type", "application/json;charset=UTF-8");
    if let Some(u) = usage {
        r = r.header("Sforce-Limit-Info", format!("api-usage={u}/5000"));
    }
    r.body(Body::from(text)).unwrap()
}

/// Serialize, then turn `"__double:1.256614005E8"` strings into bare numbers.
pub fn render(v: &Value) -> String {
    let text = v.to_string();
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("\"__double:") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 10..];
        let end = after.find('"').unwrap();
        out.push_str(&after[..end]);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

fn errors(status: StatusCode, code: &str, message: &str, usage: Option<u64>) -> Response {
    json_response(
        status,
        &json!([{"message": message, "errorCode": code}]),
        usage,
    )
}

fn oauth_error(error: &str, desc: &str) -> Response {
    json_response(
        StatusCode::BAD_REQUEST,
        &json!({"error": error, "error_description": desc}),
        None,
    )
}

/// Every answer carries the org's time in its `Date` header (RFC 9110 §6.6.1).
async fn handle(
    State(st): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let date = st
        .server_now()
        .format(time::macros::format_description!(
            "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
        ))
        .unwrap();
    let mut resp = answer(st, method, uri, headers, body).await;
    resp.headers_mut().insert(
        "date",
        date.parse().expect("an HTTP date is a header value"),
    );
    resp
}

async fn answer(
    st: Arc<Shared>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    let query: HashMap<String, String> =
        url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    if path == "/services/oauth2/token" {
        st.token_requests.fetch_add(1, Ordering::SeqCst);
        let form: HashMap<String, String> =
            url::form_urlencoded::parse(&body).into_owned().collect();
        return token_endpoint(&st, &form);
    }
    if path == "/services/oauth2/authorize" {
        let code = format!("aPrx{}", st.seq.fetch_add(1, Ordering::SeqCst));
        st.codes.lock().unwrap().insert(
            code.clone(),
            query.get("code_challenge").cloned().unwrap_or_default(),
        );
        let redirect = format!(
            "{}?code={code}&state={}",
            query.get("redirect_uri").cloned().unwrap_or_default(),
            url::form_urlencoded::byte_serialize(
                query.get("state").map(String::as_bytes).unwrap_or_default()
            )
            .collect::<String>()
        );
        return Response::builder()
            .status(302)
            .header("location", redirect)
            .body(Body::empty())
            .unwrap();
    }
    // Everything else is the REST API: count, authorize, inject faults.
    let (drop_body, query_timeout, expired_locators, usage) = match admit(&st, &headers) {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let slow = st.faults.lock().unwrap().slow_pages_ms;
    if slow > 0 && path.contains("/query/") {
        tokio::time::sleep(std::time::Duration::from_millis(slow)).await;
    }
    let writes_path = path
        .strip_prefix(&format!("/services/data/{VERSION}/"))
        .filter(|r| {
            r.starts_with("composite/sobjects")
                || (r.starts_with("sobjects/")
                    && r.matches('/').count() >= 2
                    && !r.ends_with("/describe")
                    && !r.trim_end_matches('/').ends_with("/deleted"))
        })
        .map(str::to_owned);
    let resp = if path.contains("/jobs/ingest") {
        ingest(&st, &method, &path, &body, usage)
    } else if path.contains("/jobs/query") {
        bulk(&st, &method, &path, &query, &body, usage)
    } else if let Some(rest) = writes_path {
        records(&st, &method, &rest, &query, &body, usage)
    } else {
        route(
            &st,
            &method,
            &path,
            &query,
            query_timeout,
            expired_locators,
            usage,
        )
    };
    if drop_body {
        return cut_short(resp).await;
    }
    resp
}

/// Count the request, check the token, and apply the faults that answer instead of the API.
#[allow(clippy::result_large_err)] // a test server: the response is the error
fn admit(st: &Shared, headers: &HeaderMap) -> Result<(bool, bool, bool, u64), Response> {
    let n = st.requests.fetch_add(1, Ordering::SeqCst) + 1;
    let usage = st.api_used.fetch_add(1, Ordering::SeqCst) + 1;
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    let valid = st
        .tokens
        .lock()
        .unwrap()
        .last()
        .cloned()
        .unwrap_or_default();
    let faults = st.faults.lock().unwrap();
    if bearer != valid {
        return Err(errors(
            StatusCode::UNAUTHORIZED,
            "INVALID_SESSION_ID",
            "Session expired or invalid",
            None,
        ));
    }
    let uses = st.token_uses.fetch_add(1, Ordering::SeqCst) + 1;
    if faults.expire_token_after.is_some_and(|k| uses > k) {
        // This token is dead from now on; only the token endpoint issues a live one.
        st.tokens
            .lock()
            .unwrap()
            .push(format!("00Dfake!AR.dead{n}"));
        return Err(errors(
            StatusCode::UNAUTHORIZED,
            "INVALID_SESSION_ID",
            "Session expired or invalid",
            None,
        ));
    }
    if faults.unavailable_at.contains(&n) {
        return Err(Response::builder()
            .status(503)
            .body(Body::from("Service Unavailable"))
            .unwrap());
    }
    if faults.limit_exceeded {
        return Err(errors(
            StatusCode::FORBIDDEN,
            "REQUEST_LIMIT_EXCEEDED",
            "TotalRequests Limit exceeded.",
            Some(usage),
        ));
    }
    Ok((
        faults.drop_body_at.contains(&n),
        faults.query_timeout,
        faults.expired_locators,
        usage,
    ))
}

/// Send the status, headers and the first part of the body, then break the connection.
async fn cut_short(resp: Response) -> Response {
    let (parts, body) = resp.into_parts();
    let full = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let half = full.slice(..full.len() / 2);
    let stream = futures_util::stream::iter(vec![
        Ok::<Bytes, std::io::Error>(half),
        Err(std::io::Error::other("connection dropped by the fake")),
    ]);
    let mut r = Response::from_parts(parts, Body::from_stream(stream));
    r.headers_mut().insert("content-length", full.len().into());
    r
}

fn route(
    st: &Shared,
    method: &Method,
    path: &str,
    q: &HashMap<String, String>,
    query_timeout: bool,
    expired_locators: bool,
    usage: u64,
) -> Response {
    let data = format!("/services/data/{VERSION}/");
    let Some(rest) = path.strip_prefix(&data) else {
        return match path {
            "/services/oauth2/userinfo" => json_response(
                StatusCode::OK,
                &json!({"sub": "https://login/id/00Dfake/005fake", "user_id": "005fake", "organization_id": "00Dfake", "preferred_username": USERNAME}),
                None,
            ),
            _ => errors(
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                "The requested resource does not exist",
                None,
            ),
        };
    };
    let ok = |v: Value| json_response(StatusCode::OK, &v, Some(usage));
    match (method.as_str(), rest) {
        ("GET", "query" | "query/" | "queryAll" | "queryAll/") => {
            if query_timeout {
                return errors(
                    StatusCode::BAD_REQUEST,
                    "QUERY_TIMEOUT",
                    "Your query request was running for too long.",
                    Some(usage),
                );
            }
            let soql = q.get("q").cloned().unwrap_or_default();
            match run_soql(st, &soql, rest.starts_with("queryAll")) {
                Ok(Answer::Count(n)) => ok(json!({"totalSize": n, "done": true, "records": []})),
                Ok(Answer::Rows(rows)) => ok(open_cursor(st, rows)),
                Err((code, msg)) => errors(StatusCode::BAD_REQUEST, &code, &msg, Some(usage)),
            }
        }
        ("GET", r) if r.starts_with("query/") => {
            if expired_locators {
                return errors(
                    StatusCode::BAD_REQUEST,
                    "INVALID_QUERY_LOCATOR",
                    "invalid query locator",
                    Some(usage),
                );
            }
            let locator = &r["query/".len()..];
            match next_page(st, locator) {
                Some(v) => ok(v),
                None => errors(
                    StatusCode::BAD_REQUEST,
                    "INVALID_QUERY_LOCATOR",
                    "invalid query locator",
                    Some(usage),
                ),
            }
        }
        ("GET", "limits") => {
            ok(json!({"DailyApiRequests": {"Max": 5000, "Remaining": 5000 - usage}}))
        }
        ("GET", "sobjects" | "sobjects/") => {
            let org = st.org.lock().unwrap();
            let list: Vec<Value> = org
                .objects
                .keys()
                .map(|k| json!({"name": k, "label": k, "keyPrefix": prefix(k), "queryable": true, "custom": k.ends_with("__c")}))
                .collect();
            ok(json!({"encoding": "UTF-8", "maxBatchSize": 200, "sobjects": list}))
        }
        ("GET", r) if r.starts_with("sobjects/") && r.ends_with("/describe") => {
            let name = &r["sobjects/".len()..r.len() - "/describe".len()];
            match describe(st, name) {
                Some(v) => ok(v),
                None => errors(
                    StatusCode::NOT_FOUND,
                    "NOT_FOUND",
                    "The requested resource does not exist",
                    Some(usage),
                ),
            }
        }
        ("GET", r)
            if r.starts_with("sobjects/") && r.trim_end_matches('/').ends_with("/deleted") =>
        {
            let name = r["sobjects/".len()..].split('/').next().unwrap_or("");
            let start = q
                .get("start")
                .map(|s| s[..19].to_owned())
                .unwrap_or_default();
            // The org knows deletions up to its own now, never beyond.
            let server_now = st
                .server_now()
                .format(time::macros::format_description!(
                    "[year]-[month]-[day]T[hour]:[minute]:[second]"
                ))
                .unwrap();
            let end = q
                .get("end")
                .map(|s| s[..19].to_owned())
                .unwrap_or_default()
                .min(server_now);
            let org = st.org.lock().unwrap();
            let ids: Vec<Value> = org
                .deleted
                .iter()
                .filter(|(o, _, d)| o == name && d[..19] >= *start && d[..19] <= *end)
                .map(|(_, id, d)| json!({"id": id, "deletedDate": d}))
                .collect();
            ok(
                json!({"deletedRecords": ids, "earliestDateAvailable": org.earliest_deleted, "latestDateCovered": format!("{end}.000+0000")}),
            )
        }
        ("GET", "search" | "search/") => {
            let sosl = q.get("q").cloned().unwrap_or_default();
            match run_sosl(st, &sosl) {
                Ok(v) => ok(json!({"searchRecords": v})),
                Err(msg) => errors(
                    StatusCode::BAD_REQUEST,
                    "MALFORMED_SEARCH",
                    &msg,
                    Some(usage),
                ),
            }
        }
        _ => errors(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "The requested resource does not exist",
            Some(usage),
        ),
    }
}

/// Bulk API 2.0 query jobs: create, poll, and CSV result pages by locator.
fn bulk(
    st: &Shared,
    method: &Method,
    path: &str,
    q: &HashMap<String, String>,
    body: &[u8],
    usage: u64,
) -> Response {
    let rest = path
        .strip_prefix(&format!("/services/data/{VERSION}/jobs/query"))
        .unwrap_or("");
    let ok = |v: Value| json_response(StatusCode::OK, &v, Some(usage));
    if method == Method::POST && rest.is_empty() {
        let req: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
        let soql = req["query"].as_str().unwrap_or("").to_owned();
        let all = req["operation"] == "queryAll";
        if let Err((code, msg)) = run_soql(st, &soql, all) {
            return errors(StatusCode::BAD_REQUEST, &code, &msg, Some(usage));
        }
        let id = format!("750FAKE{:011}", st.seq.fetch_add(1, Ordering::SeqCst));
        st.jobs.lock().unwrap().insert(id.clone(), (soql, all, 0));
        return ok(
            json!({"id": id, "operation": req["operation"], "object": "Account", "state": "UploadComplete",
            "concurrencyMode": "Parallel", "contentType": "CSV", "apiVersion": 63.0, "lineEnding": "LF", "columnDelimiter": "COMMA"}),
        );
    }
    let rest = rest.trim_start_matches('/');
    let (id, results) = match rest.split_once('/') {
        Some((id, "results")) => (id.to_owned(), true),
        _ => (rest.to_owned(), false),
    };
    let Some((soql, all, polls)) = st.jobs.lock().unwrap().get(&id).cloned() else {
        return errors(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "The requested resource does not exist",
            Some(usage),
        );
    };
    let rows = match run_soql(st, &soql, all) {
        Ok(Answer::Rows(r)) => r,
        _ => vec![],
    };
    if !results {
        st.jobs
            .lock()
            .unwrap()
            .insert(id.clone(), (soql.clone(), all, polls + 1));
        let (state, err) = if soql.contains("FailMe") {
            ("Failed", json!("InvalidBatch : Failed to process query"))
        } else if polls < st.bulk_polls {
            ("InProgress", Value::Null)
        } else {
            ("JobComplete", Value::Null)
        };
        return ok(
            json!({"id": id, "state": state, "numberRecordsProcessed": if state == "JobComplete" { rows.len() } else { 0 }, "errorMessage": err}),
        );
    }
    let offset: usize = q
        .get("locator")
        .and_then(|l| l.strip_prefix("L").and_then(|n| n.parse().ok()))
        .unwrap_or(0);
    let max: usize = q
        .get("maxRecords")
        .and_then(|m| m.parse().ok())
        .unwrap_or(usize::MAX);
    let size = max.min(*st.bulk_page.lock().unwrap());
    let end = (offset + size).min(rows.len());
    let (items, _) = split_select(&soql).unwrap();
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut csv = items.iter().map(|i| quote(i)).collect::<Vec<_>>().join(",");
    csv.push('\n');
    for r in &rows[offset..end] {
        let cells: Vec<String> = items
            .iter()
            .map(|i| {
                let mut v = r;
                for part in i.split('.') {
                    v = v
                        .as_object()
                        .and_then(|o| {
                            o.iter()
                                .find(|(k, _)| k.eq_ignore_ascii_case(part))
                                .map(|(_, v)| v)
                        })
                        .unwrap_or(&Value::Null);
                }
                match v {
                    Value::Null => quote(""),
                    Value::String(s) => quote(s.strip_prefix("__double:").unwrap_or(s)),
                    other => quote(&other.to_string()),
                }
            })
            .collect();
        csv.push_str(&cells.join(","));
        csv.push('\n');
    }
    let locator = if end < rows.len() {
        format!("L{end}")
    } else {
        "null".into()
    };
    Response::builder()
        .header("content-type", "text/csv")
        .header("Sforce-Locator", locator)
        .header("Sforce-NumberOfRecords", (end - offset).to_string())
        .header("Sforce-Limit-Info", format!("api-usage={usage}/5000"))
        .body(Body::from(csv))
        .unwrap()
}

fn prefix(object: &str) -> &'static str {
    match object {
        "Account" => "001",
        "Contact" => "003",
        "User" => "005",
        "Opportunity" => "006",
        _ => "a00",
    }
}

fn issue_token(st: &Shared, refresh: bool) -> Response {
    let token = format!("00Dfake!AR.t{}", st.seq.fetch_add(1, Ordering::SeqCst));
    st.tokens.lock().unwrap().push(token.clone());
    st.token_uses.store(0, Ordering::SeqCst);
    let base = st.base.lock().unwrap().clone();
    let mut body = json!({
        "access_token": token,
        "instance_url": base,
        "id": format!("{base}/id/00Dfake/005fake"),
        "token_type": "Bearer",
        "issued_at": "1700000000000",
        "signature": "c2lnbmF0dXJl",
    });
    if refresh {
        body["refresh_token"] = json!(REFRESH_TOKEN);
    }
    json_response(StatusCode::OK, &body, None)
}

fn token_endpoint(st: &Shared, f: &HashMap<String, String>) -> Response {
    let get = |k: &str| f.get(k).map(String::as_str).unwrap_or("");
    match get("grant_type") {
        "password" => {
            if get("client_id") != CLIENT_ID {
                return oauth_error("invalid_client_id", "client identifier invalid");
            }
            if get("username") != USERNAME || get("password") != PASSWORD {
                return oauth_error("invalid_grant", "authentication failure");
            }
            issue_token(st, false)
        }
        "client_credentials" => {
            if get("client_id") != CLIENT_ID || get("client_secret") != CLIENT_SECRET {
                return oauth_error("invalid_client", "invalid client credentials");
            }
            issue_token(st, false)
        }
        "refresh_token" => {
            if get("client_id") != CLIENT_ID {
                return oauth_error("invalid_client_id", "client identifier invalid");
            }
            if get("refresh_token") != REFRESH_TOKEN {
                return oauth_error("invalid_grant", "expired access/refresh token");
            }
            issue_token(st, false)
        }
        "authorization_code" => {
            let Some(challenge) = st.codes.lock().unwrap().remove(get("code")) else {
                return oauth_error("invalid_grant", "invalid authorization code");
            };
            let digest = aws_lc_rs::digest::digest(
                &aws_lc_rs::digest::SHA256,
                get("code_verifier").as_bytes(),
            );
            if URL_SAFE_NO_PAD.encode(digest) != challenge {
                return oauth_error("invalid_grant", "invalid code verifier");
            }
            issue_token(st, true)
        }
        "urn:ietf:params:oauth:grant-type:jwt-bearer" => match check_jwt(st, get("assertion")) {
            Ok(()) => issue_token(st, false),
            Err(why) => oauth_error("invalid_grant", why),
        },
        _ => oauth_error("unsupported_grant_type", "grant type not supported"),
    }
}

fn check_jwt(st: &Shared, jwt: &str) -> Result<(), &'static str> {
    let parts: Vec<&str> = jwt.split('.').collect();
    if parts.len() != 3 {
        return Err("invalid assertion");
    }
    let header: Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(parts[0])
            .map_err(|_| "invalid assertion")?,
    )
    .map_err(|_| "invalid assertion")?;
    if header["alg"] != "RS256" {
        return Err("invalid assertion");
    }
    let key = st
        .jwt_public_key
        .lock()
        .unwrap()
        .clone()
        .ok_or("invalid assertion")?;
    let sig = URL_SAFE_NO_PAD
        .decode(parts[2])
        .map_err(|_| "invalid assertion")?;
    UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, key)
        .verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &sig)
        .map_err(|_| "invalid assertion")?;
    let claims: Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(parts[1])
            .map_err(|_| "invalid assertion")?,
    )
    .map_err(|_| "invalid assertion")?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    if claims["iss"] != CLIENT_ID {
        return Err("invalid client credentials");
    }
    if claims["sub"] != USERNAME {
        return Err("user hasn't approved this consumer");
    }
    if claims["aud"] != *st.base.lock().unwrap() {
        return Err("audience is invalid");
    }
    if claims["exp"].as_u64().is_none_or(|e| e < now) {
        return Err("expired authorization code");
    }
    Ok(())
}

enum Answer {
    Count(u64),
    Rows(Vec<Value>),
}

/// The select list's items at depth 0, and the text after FROM.
fn split_select(soql: &str) -> Option<(Vec<String>, String)> {
    let s = soql.trim();
    if !s.get(..7)?.eq_ignore_ascii_case("select ") {
        return None;
    }
    let (mut depth, mut cur, mut items) = (0, String::new(), Vec::new());
    let chars: Vec<char> = s[7..].chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if depth == 0 && i + 6 <= chars.len() {
            let word: String = chars[i..i + 6].iter().collect();
            if word.eq_ignore_ascii_case(" from ") {
                items.push(cur.trim().to_owned());
                return Some((items, chars[i + 6..].iter().collect()));
            }
        }
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if c == ',' && depth == 0 {
            items.push(cur.trim().to_owned());
            cur.clear();
        } else {
            cur.push(c);
        }
        i += 1;
    }
    None
}

fn caret_error(soql: &str, token: &str, msg: &str) -> String {
    let col = soql.find(token).map(|i| i + 1).unwrap_or(1);
    format!(
        "\n{soql}\n{}^\nERROR at Row:1:Column:{col}\n{msg}",
        " ".repeat(col - 1)
    )
}

fn run_soql(st: &Shared, soql: &str, all_rows: bool) -> Result<Answer, (String, String)> {
    let Some((items, after)) = split_select(soql) else {
        return Err((
            "MALFORMED_QUERY".into(),
            caret_error(
                soql,
                soql.split_whitespace().last().unwrap_or(""),
                "unexpected token: '<EOF>'",
            ),
        ));
    };
    let mut words = after.split_whitespace();
    let object = words.next().unwrap_or("").to_owned();
    let rest: Vec<&str> = words.collect();
    let limit = rest
        .iter()
        .position(|w| w.eq_ignore_ascii_case("limit"))
        .and_then(|i| rest.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok());
    let org = st.org.lock().unwrap();
    let Some((object, records)) = org
        .objects
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(&object))
    else {
        return Err((
            "INVALID_TYPE".into(),
            caret_error(
                soql,
                &object,
                &format!(
                    "sObject type '{object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names."
                ),
            ),
        ));
    };
    // WHERE SystemModstamp >= <datetime>: the one filter the sync uses.
    let since = rest
        .iter()
        .position(|w| w.eq_ignore_ascii_case("SystemModstamp"))
        .and_then(|i| rest.get(i + 2))
        .map(|t| t[..19].to_owned());
    let live: Vec<&Map<String, Value>> = records
        .iter()
        .filter(|r| all_rows || r.get("IsDeleted") != Some(&Value::Bool(true)))
        .filter(|r| match &since {
            Some(s) => r
                .get("SystemModstamp")
                .and_then(Value::as_str)
                .is_some_and(|m| m[..19] >= **s),
            None => true,
        })
        .take(limit.unwrap_or(usize::MAX))
        .collect();
    if items.len() == 1 && items[0].eq_ignore_ascii_case("count()") {
        return Ok(Answer::Count(live.len() as u64));
    }
    let mut rows = Vec::with_capacity(live.len());
    for r in live {
        rows.push(project(st, soql, object, r, &items)?);
    }
    Ok(Answer::Rows(rows))
}

/// One record with the selected fields in select order, `attributes` first.
fn project(
    st: &Shared,
    soql: &str,
    object: &str,
    r: &Map<String, Value>,
    items: &[String],
) -> Result<Value, (String, String)> {
    let mut out = Map::new();
    let id = r.get("Id").and_then(Value::as_str).unwrap_or("");
    out.insert(
        "attributes".into(),
        json!({"type": object, "url": format!("/services/data/{VERSION}/sobjects/{object}/{id}")}),
    );
    for item in items {
        if item.starts_with('(') {
            let inner = item.trim_start_matches('(').trim_end_matches(')');
            let (fields, after) = split_select(inner).ok_or_else(|| {
                (
                    "MALFORMED_QUERY".to_owned(),
                    caret_error(soql, inner, "unexpected token"),
                )
            })?;
            let rel = after.split_whitespace().next().unwrap_or("");
            let (key, children) = r
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(rel))
                .ok_or_else(|| ("INVALID_TYPE".to_owned(), caret_error(soql, rel, &format!("Didn't understand relationship '{rel}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names."))))?;
            let kids = children.as_array().cloned().unwrap_or_default();
            if kids.is_empty() {
                out.insert(key.clone(), Value::Null);
                continue;
            }
            let mut projected = Vec::new();
            for k in &kids {
                projected.push(project(
                    st,
                    soql,
                    "Contact",
                    k.as_object().unwrap(),
                    &fields,
                )?);
            }
            let total = projected.len();
            let first: Vec<Value> = projected.iter().take(st.child_page).cloned().collect();
            let mut sub =
                json!({"totalSize": total, "done": total <= st.child_page, "records": first});
            if total > st.child_page {
                let loc = cursor_id(st);
                st.cursors.lock().unwrap().insert(loc.clone(), projected);
                sub["nextRecordsUrl"] = json!(format!(
                    "/services/data/{VERSION}/query/{loc}-{}",
                    st.child_page
                ));
            }
            out.insert(key.clone(), sub);
            continue;
        }
        let path: Vec<&str> = item.split('.').collect();
        let unknown = || {
            (
                "INVALID_FIELD".to_owned(),
                caret_error(
                    soql,
                    item,
                    &format!(
                        "No such column '{item}' on entity '{object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."
                    ),
                ),
            )
        };
        if path.len() == 1 {
            let (k, v) = r
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(path[0]))
                .ok_or_else(unknown)?;
            out.insert(k.clone(), v.clone());
            continue;
        }
        // A parent path: merge into the nested parent object (or null for a null lookup).
        let (rel, parent) = r
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(path[0]))
            .ok_or_else(unknown)?;
        match parent {
            Value::Null => {
                out.insert(rel.clone(), Value::Null);
            }
            Value::Object(p) => {
                let (fk, fv) = p
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(path[1]))
                    .ok_or_else(unknown)?;
                let entry = out.entry(rel.clone()).or_insert_with(|| json!({"attributes": {"type": p.get("__type").cloned().unwrap_or(json!("User"))}}));
                entry
                    .as_object_mut()
                    .unwrap()
                    .insert(fk.clone(), fv.clone());
            }
            _ => return Err(unknown()),
        }
    }
    Ok(Value::Object(out))
}

fn cursor_id(st: &Shared) -> String {
    format!("01gFAKE{:011}", st.seq.fetch_add(1, Ordering::SeqCst))
}

fn page_size(st: &Shared) -> usize {
    let mut sizes = st.page_sizes.lock().unwrap();
    let s = sizes[0];
    sizes.rotate_left(1);
    s
}

fn open_cursor(st: &Shared, rows: Vec<Value>) -> Value {
    let total = rows.len();
    let size = page_size(st);
    if total <= size {
        return json!({"totalSize": total, "done": true, "records": rows});
    }
    let loc = cursor_id(st);
    let first: Vec<Value> = rows[..size].to_vec();
    st.cursors.lock().unwrap().insert(loc.clone(), rows);
    json!({"totalSize": total, "done": false, "nextRecordsUrl": format!("/services/data/{VERSION}/query/{loc}-{size}"), "records": first})
}

fn next_page(st: &Shared, locator: &str) -> Option<Value> {
    let (id, offset) = locator.rsplit_once('-')?;
    let offset: usize = offset.parse().ok()?;
    let child = {
        let cursors = st.cursors.lock().unwrap();
        let rows = cursors.get(id)?;
        rows.first().and_then(|r| r.pointer("/attributes/type")) == Some(&json!("Contact"))
    };
    let size = if child { st.child_page } else { page_size(st) };
    let cursors = st.cursors.lock().unwrap();
    let rows = cursors.get(id)?;
    let end = (offset + size).min(rows.len());
    let mut page = json!({"totalSize": rows.len(), "done": end == rows.len(), "records": rows[offset..end].to_vec()});
    if end < rows.len() {
        page["nextRecordsUrl"] = json!(format!("/services/data/{VERSION}/query/{id}-{end}"));
    }
    Some(page)
}

/// A field's label, as messages such as STRING_TOO_LONG name it: `LastName` → `Last Name`.
fn label(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.trim_end_matches("__c").chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push(if c == '_' { ' ' } else { c });
    }
    out
}

/// A text field's length (Contact.LastName is 80, as in a real org).
fn max_length(name: &str, ty: &str) -> usize {
    match (name, ty) {
        ("LastName", _) => 80,
        (_, "string") => 255,
        _ => 0,
    }
}

/// Custom fields named `…Ext…__c` are unique external ids.
fn is_external_id(name: &str) -> bool {
    name.ends_with("__c") && name.contains("Ext")
}

fn describe(st: &Shared, name: &str) -> Option<Value> {
    let org = st.org.lock().unwrap();
    let (name, records) = org
        .objects
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))?;
    let first = records.first()?;
    let fields: Vec<Value> = first
        .iter()
        .filter(|(_, v)| !v.is_array() && !v.is_object() || v.get("street").is_some())
        .map(|(k, v)| {
            let ty = match (k.as_str(), v) {
                ("Id", _) => "id",
                (_, Value::Bool(_)) => "boolean",
                (_, Value::Object(_)) => "address",
                (k, _)
                    if k.ends_with("Date")
                        && !k.ends_with("CreatedDate")
                        && k != "LastLoginDate" =>
                {
                    "date"
                }
                ("CreatedDate" | "SystemModstamp" | "LastModifiedDate" | "LastLoginDate", _) => {
                    "datetime"
                }
                (_, Value::String(s)) if s.starts_with("__double:") => "double",
                (_, Value::Number(_)) => "int",
                _ => "string",
            };
            // `AccountId` with an Account object in the org: a lookup named Account.
            let parent = k
                .strip_suffix("Id")
                .filter(|p| !p.is_empty() && org.objects.contains_key(*p));
            let mut f = json!({"name": k, "type": ty, "label": label(k), "nillable": k != "Id",
                "length": max_length(k, ty), "referenceTo": [],
                "idLookup": matches!(k.as_str(), "Id" | "Email" | "Name"),
                "externalId": is_external_id(k)});
            if let Some(p) = parent {
                f["type"] = json!("reference");
                f["relationshipName"] = json!(p);
                f["referenceTo"] = json!([p]);
            }
            f
        })
        .collect();
    Some(
        json!({"name": name, "label": name, "keyPrefix": prefix(name), "fields": fields, "childRelationships": []}),
    )
}

/// `FIND {term} RETURNING Obj(F1, F2), Obj2(F)`: records whose Name contains the term.
fn run_sosl(st: &Shared, sosl: &str) -> Result<Vec<Value>, String> {
    let open = sosl
        .find('{')
        .ok_or("No search term found. The search term must be enclosed in braces.")?;
    let close = sosl[open..]
        .find('}')
        .ok_or("No search term found. The search term must be enclosed in braces.")?
        + open;
    let term = sosl[open + 1..close].to_lowercase();
    let returning = sosl[close..]
        .split_once("RETURNING")
        .map(|(_, r)| r)
        .unwrap_or("");
    let mut out = Vec::new();
    for part in returning.split("),") {
        let part = part.trim().trim_end_matches(')');
        let (obj, fields) = part.split_once('(').unwrap_or((part, "Id"));
        let items: Vec<String> = fields.split(',').map(|f| f.trim().to_owned()).collect();
        let org = st.org.lock().unwrap();
        let Some((name, records)) = org
            .objects
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(obj.trim()))
        else {
            continue;
        };
        let (name, records) = (name.clone(), records.clone());
        drop(org);
        for r in &records {
            let hay = ["Name", "LastName"]
                .iter()
                .filter_map(|k| r.get(*k).and_then(Value::as_str))
                .collect::<String>()
                .to_lowercase();
            if hay.contains(&term) {
                out.push(project(st, sosl, &name, r, &items).map_err(|(_, m)| m)?);
            }
        }
    }
    Ok(out)
}

/// The fields an object's records have (every key of any record), and the ones a create
/// must give.
fn known_fields(org: &Org, object: &str) -> (HashSet<String>, &'static [&'static str]) {
    let fields = org
        .objects
        .get(object)
        .into_iter()
        .flatten()
        .flat_map(|r| r.keys().cloned())
        .collect();
    let required: &[&str] = match object {
        "Contact" => &["LastName"],
        "Account" => &["Name"],
        _ => &[],
    };
    (fields, required)
}

fn record_error(code: &str, message: &str, fields: &[&str]) -> Value {
    json!({"statusCode": code, "message": message, "fields": fields})
}

/// Check a record's fields for a create (`id` None) or an update; the error is the org's.
fn validate(
    org: &Org,
    object: &str,
    fields: &Map<String, Value>,
    create: bool,
) -> Result<(), Value> {
    let (known, required) = known_fields(org, object);
    for k in fields.keys().filter(|k| *k != "attributes" && *k != "id") {
        if k == "Id" {
            return Err(record_error(
                "INVALID_FIELD",
                "The Id field should not be specified in the sobject data.",
                &[],
            ));
        }
        if !known.contains(k) {
            return Err(record_error(
                "INVALID_FIELD",
                &format!("No such column '{k}' on sobject of type {object}"),
                &[],
            ));
        }
    }
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|r| {
            create
                && fields
                    .get(*r)
                    .is_none_or(|v| v.as_str().is_some_and(str::is_empty))
        })
        .collect();
    if !missing.is_empty() {
        return Err(record_error(
            "REQUIRED_FIELD_MISSING",
            &format!("Required fields are missing: [{}]", missing.join(", ")),
            &missing,
        ));
    }
    Ok(())
}

/// sObject REST on one record and sObject collections, as an org answers them.
fn records(
    st: &Shared,
    method: &Method,
    rest: &str,
    q: &HashMap<String, String>,
    body: &[u8],
    usage: u64,
) -> Response {
    let respond = |status: StatusCode, v: Value| json_response(status, &v, Some(usage));
    let not_found = || {
        errors(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "The requested resource does not exist",
            Some(usage),
        )
    };
    let given: Map<String, Value> = serde_json::from_slice(body)
        .ok()
        .and_then(|v: Value| v.as_object().cloned())
        .unwrap_or_default();
    let mut org = st.org.lock().unwrap();
    let new_id = |object: &str| st.new_id(object);
    let stamp = st
        .server_now()
        .format(time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second].000+0000"
        ))
        .unwrap();
    if let Some(collection) = rest.strip_prefix("composite/sobjects") {
        let _ = collection;
        let all_or_none = given.get("allOrNone") == Some(&Value::Bool(true))
            || q.get("allOrNone").is_some_and(|v| v == "true");
        let items: Vec<Map<String, Value>> = given
            .get("records")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(|x| x.as_object().cloned()).collect())
            .unwrap_or_default();
        let before = org.clone();
        let mut results: Vec<Value> = Vec::new();
        match method.as_str() {
            "POST" => {
                for r in &items {
                    let object = r["attributes"]["type"].as_str().unwrap_or("").to_owned();
                    match validate(&org, &object, r, true) {
                        Ok(()) => {
                            let id = new_id(&object);
                            let mut rec = r.clone();
                            rec.remove("attributes");
                            rec.insert("Id".into(), json!(id));
                            rec.insert("SystemModstamp".into(), json!(stamp));
                            org.objects.entry(object).or_default().push(rec);
                            results.push(json!({"id": id, "success": true, "errors": []}));
                        }
                        Err(e) => results.push(json!({"success": false, "errors": [e]})),
                    }
                }
            }
            "PATCH" => {
                for r in &items {
                    let object = r["attributes"]["type"].as_str().unwrap_or("").to_owned();
                    let id = r.get("id").and_then(Value::as_str).unwrap_or("").to_owned();
                    let check = validate(&org, &object, r, false);
                    let found = org
                        .objects
                        .get_mut(&object)
                        .and_then(|rs| rs.iter_mut().find(|x| x["Id"] == id.as_str()));
                    match (check, found) {
                        (Err(e), _) => results.push(json!({"success": false, "errors": [e]})),
                        (Ok(()), None) => results.push(json!({"success": false, "errors": [record_error("ENTITY_IS_DELETED", "entity is deleted", &[])]})),
                        (Ok(()), Some(rec)) => {
                            for (k, v) in r.iter().filter(|(k, _)| *k != "attributes" && *k != "id") {
                                rec.insert(k.clone(), v.clone());
                            }
                            rec.insert("SystemModstamp".into(), json!(stamp));
                            results.push(json!({"id": id, "success": true, "errors": []}));
                        }
                    }
                }
            }
            "DELETE" => {
                let ids: Vec<String> = q
                    .get("ids")
                    .map(|i| i.split(',').map(str::to_owned).collect())
                    .unwrap_or_default();
                for id in ids {
                    let hit = org.objects.iter_mut().find_map(|(o, rs)| {
                        rs.iter()
                            .position(|x| x["Id"] == id.as_str())
                            .map(|at| (o.clone(), rs.remove(at)))
                    });
                    match hit {
                        Some((object, _)) => {
                            org.deleted.push((object, id.clone(), stamp.clone()));
                            results.push(json!({"id": id, "success": true, "errors": []}));
                        }
                        None => results.push(json!({"id": id, "success": false, "errors": [record_error("ENTITY_IS_DELETED", "entity is deleted", &[])]})),
                    }
                }
            }
            _ => return not_found(),
        }
        if all_or_none && results.iter().any(|r| r["success"] == false) {
            *org = before;
            results = results
                .into_iter()
                .map(|r| {
                    if r["success"] == true {
                        json!({"id": null, "success": false, "errors": [record_error("ALL_OR_NONE_OPERATION_ROLLED_BACK", "Record rolled back because not all records were valid and the request was using AllOrNone header", &[])]})
                    } else {
                        r
                    }
                })
                .collect();
        }
        return respond(StatusCode::OK, Value::Array(results));
    }
    // sobjects/{T}/ , sobjects/{T}/{id}, sobjects/{T}/{field}/{value}
    // Path segments arrive percent-encoded (an email's `@`).
    let parts: Vec<String> = rest
        .trim_end_matches('/')
        .split('/')
        .skip(1)
        .map(|p| {
            percent_encoding::percent_decode_str(p)
                .decode_utf8_lossy()
                .into_owned()
        })
        .collect();
    let (object, tail) = match parts.split_first() {
        Some((o, t)) => (
            o.clone(),
            t.iter().map(String::as_str).collect::<Vec<&str>>(),
        ),
        None => return not_found(),
    };
    if !org.objects.contains_key(&object) {
        return errors(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "The requested resource does not exist",
            Some(usage),
        );
    }
    match (method.as_str(), tail.as_slice()) {
        ("POST", []) => {
            if let Err(e) = validate(&org, &object, &given, true) {
                return respond(
                    StatusCode::BAD_REQUEST,
                    json!([{"message": e["message"], "errorCode": e["statusCode"], "fields": e["fields"]}]),
                );
            }
            let id = new_id(&object);
            let mut rec = given.clone();
            rec.insert("Id".into(), json!(id));
            rec.insert("SystemModstamp".into(), json!(stamp));
            org.objects.get_mut(&object).unwrap().push(rec);
            let mut f = st.faults.lock().unwrap();
            if f.lose_create_answers > 0 {
                f.lose_create_answers -= 1;
                return errors(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "SERVER_UNAVAILABLE",
                    "Service Unavailable",
                    Some(usage),
                );
            }
            respond(
                StatusCode::CREATED,
                json!({"id": id, "success": true, "errors": []}),
            )
        }
        ("GET", [id]) => {
            let Some(rec) = org.objects[&object]
                .iter()
                .find(|r| r["Id"] == *id)
                .cloned()
            else {
                return not_found();
            };
            let wanted: Option<Vec<String>> = q
                .get("fields")
                .map(|f| f.split(',').map(str::to_owned).collect());
            let mut out = Map::new();
            out.insert("attributes".into(), json!({"type": object, "url": format!("/services/data/{VERSION}/sobjects/{object}/{id}")}));
            for (k, v) in rec.iter().filter(|(_, v)| !v.is_array()) {
                if wanted.as_ref().is_none_or(|w| w.contains(k)) {
                    out.insert(k.clone(), v.clone());
                }
            }
            respond(StatusCode::OK, Value::Object(out))
        }
        ("PATCH", [id]) => {
            if let Err(e) = validate(&org, &object, &given, false) {
                return respond(
                    StatusCode::BAD_REQUEST,
                    json!([{"message": e["message"], "errorCode": e["statusCode"]}]),
                );
            }
            let Some(rec) = org
                .objects
                .get_mut(&object)
                .unwrap()
                .iter_mut()
                .find(|r| r["Id"] == *id)
            else {
                return not_found();
            };
            for (k, v) in &given {
                rec.insert(k.clone(), v.clone());
            }
            rec.insert("SystemModstamp".into(), json!(stamp));
            Response::builder().status(204).body(Body::empty()).unwrap()
        }
        ("DELETE", [id]) => {
            let rs = org.objects.get_mut(&object).unwrap();
            let Some(at) = rs.iter().position(|r| r["Id"] == *id) else {
                return not_found();
            };
            rs.remove(at);
            org.deleted.push((object.clone(), (*id).to_owned(), stamp));
            Response::builder().status(204).body(Body::empty()).unwrap()
        }
        ("PATCH", [field, value]) => {
            let matches: Vec<usize> = org.objects[&object]
                .iter()
                .enumerate()
                .filter(|(_, r)| r.get(*field).and_then(Value::as_str) == Some(*value))
                .map(|(i, _)| i)
                .collect();
            let (known, _) = known_fields(&org, &object);
            if !known.contains(*field) {
                return not_found();
            }
            match matches.as_slice() {
                [] => {
                    let mut fields = given.clone();
                    fields.insert((*field).to_owned(), json!(value));
                    if let Err(e) = validate(&org, &object, &fields, true) {
                        return respond(
                            StatusCode::BAD_REQUEST,
                            json!([{"message": e["message"], "errorCode": e["statusCode"]}]),
                        );
                    }
                    let id = new_id(&object);
                    fields.insert("Id".into(), json!(id));
                    fields.insert("SystemModstamp".into(), json!(stamp));
                    org.objects.get_mut(&object).unwrap().push(fields);
                    respond(
                        StatusCode::CREATED,
                        json!({"id": id, "success": true, "errors": [], "created": true}),
                    )
                }
                [one] => {
                    let rec = &mut org.objects.get_mut(&object).unwrap()[*one];
                    for (k, v) in &given {
                        rec.insert(k.clone(), v.clone());
                    }
                    rec.insert("SystemModstamp".into(), json!(stamp));
                    let id = rec["Id"].clone();
                    respond(
                        StatusCode::OK,
                        json!({"id": id, "success": true, "errors": [], "created": false}),
                    )
                }
                several => {
                    let urls: Vec<String> = several
                        .iter()
                        .map(|i| {
                            format!(
                                "/services/data/{VERSION}/sobjects/{object}/{}",
                                org.objects[&object][*i]["Id"].as_str().unwrap_or("")
                            )
                        })
                        .collect();
                    respond(StatusCode::MULTIPLE_CHOICES, json!(urls))
                }
            }
        }
        _ => not_found(),
    }
}

/// A Bulk API 2.0 ingest job and, once processed, its three result files.
#[derive(Debug, Clone, Default)]
pub struct IngestJob {
    pub object: String,
    pub operation: String,
    pub external_id: Option<String>,
    pub line_ending: String,
    /// The declared `columnDelimiter`, as the byte.
    pub delimiter: u8,
    pub state: String,
    /// The uploaded CSV, as received.
    pub csv: Option<Vec<u8>>,
    pub uploads: u32,
    /// 1 for the first job the org was asked to create.
    pub ordinal: usize,
    polls: u64,
    error: Option<String>,
    successful: Vec<Vec<String>>,
    failed: Vec<Vec<String>>,
    unprocessed: Vec<Vec<String>>,
    header: Vec<String>,
}

fn csv_text(header: &[&str], cols: &[String], rows: &[Vec<String>]) -> String {
    let mut w = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new());
    let mut h: Vec<String> = header.iter().map(|s| (*s).to_owned()).collect();
    h.extend(cols.iter().cloned());
    w.write_record(&h).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// Process an uploaded job's rows against the org, as the org would: per-row errors in
/// `sf__Error` (`STATUS_CODE:message:fields --`), a whole-job failure for an unknown header
/// column or a line ending other than the job's.
fn process(st: &Shared, job: &mut IngestJob) {
    let data = job.csv.clone().unwrap_or_default();
    let crlf = data.windows(2).any(|w| w == b"\r\n");
    if (job.line_ending == "LF") == crlf {
        job.state = "Failed".into();
        job.error = Some(format!(
            "ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is {}",
            job.line_ending
        ));
        return;
    }
    let mut r = csv::ReaderBuilder::new()
        .delimiter(job.delimiter)
        .from_reader(&data[..]);
    let header: Vec<String> = r
        .headers()
        .map(|h| h.iter().map(str::to_owned).collect())
        .unwrap_or_default();
    let mut org = st.org.lock().unwrap();
    let (known, required) = known_fields(&org, &job.object);
    if let Some(bad) = header
        .iter()
        .find(|h| !known.contains(*h) && !h.contains('.'))
    {
        job.state = "Failed".into();
        job.error = Some(format!("InvalidBatch : Field name not found : {bad}"));
        job.unprocessed = r
            .records()
            .filter_map(Result::ok)
            .map(|x| x.iter().map(str::to_owned).collect())
            .collect();
        job.header = header;
        return;
    }
    let stamp = st
        .server_now()
        .format(time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second].000+0000"
        ))
        .unwrap();
    let mut seen_ext: HashSet<String> = HashSet::new();
    for rec in r.records().filter_map(Result::ok) {
        let cells: Vec<String> = rec.iter().map(str::to_owned).collect();
        let get = |k: &str| header.iter().position(|h| h == k).map(|i| cells[i].clone());
        let mut fields: Map<String, Value> = header
            .iter()
            .zip(&cells)
            .filter(|(h, v)| *h != "Id" && !v.is_empty() && !h.contains('.'))
            .map(|(h, v)| (h.clone(), if v == "#N/A" { Value::Null } else { json!(v) }))
            .collect();
        // Row checks before the operation: parents named by an indexed field, lengths.
        let mut row_error = None;
        for (h, v) in header.iter().zip(&cells) {
            let Some((rel, by)) = h.split_once('.') else {
                continue;
            };
            if v.is_empty() {
                continue;
            }
            let parent = org
                .objects
                .get(rel)
                .into_iter()
                .flatten()
                .find(|r| r.get(by).and_then(Value::as_str) == Some(v.as_str()));
            match parent {
                Some(p) => {
                    fields.insert(format!("{rel}Id"), p["Id"].clone());
                }
                None => {
                    row_error = Some(format!(
                        "INVALID_FIELD:Foreign key external ID: {v} not found for field {by} in entity {rel}:--"
                    ));
                }
            }
        }
        for (k, v) in &fields {
            let max = max_length(k, "string");
            if let Some(text) = v.as_str().filter(|t| t.chars().count() > max) {
                row_error = Some(format!(
                    "STRING_TOO_LONG:{}: data value too large: {text} (max length={max}):{k} --",
                    label(k)
                ));
            }
        }
        if job.operation == "insert" {
            let taken = fields.iter().find_map(|(k, v)| {
                let rows = org.objects.get(&job.object)?;
                let hit = rows
                    .iter()
                    .find(|r| is_external_id(k) && r.get(k) == Some(v) && !v.is_null())?;
                Some((k.clone(), hit["Id"].as_str().unwrap_or("")[..15].to_owned()))
            });
            if let Some((k, id)) = taken {
                row_error = Some(format!(
                    "DUPLICATE_VALUE:duplicate value found: {k} duplicates value on record with id: {id}:--"
                ));
            }
        }
        let fail = |job: &mut IngestJob, id: &str, e: String| {
            let mut row = vec![id.to_owned(), e];
            row.extend(cells.iter().cloned());
            job.failed.push(row);
        };
        let ok = |job: &mut IngestJob, id: &str, created: bool| {
            let mut row = vec![id.to_owned(), created.to_string()];
            row.extend(cells.iter().cloned());
            job.successful.push(row);
        };
        if let Some(e) = row_error {
            let id = get("Id").unwrap_or_default();
            fail(job, &id, e);
            continue;
        }
        // A new record (an insert, an upsert matching nothing): the required fields given,
        // or REQUIRED_FIELD_MISSING naming the missing ones.
        let create = |job: &mut IngestJob, records: &mut Vec<Map<String, Value>>| {
            let missing: Vec<&str> = required
                .iter()
                .copied()
                .filter(|r| get(r).is_none_or(|v| v.is_empty()))
                .collect();
            if !missing.is_empty() {
                let m = missing.join(",");
                fail(
                    job,
                    "",
                    format!("REQUIRED_FIELD_MISSING:Required fields are missing: [{m}]:{m} --"),
                );
                return;
            }
            let id = st.new_id(&job.object);
            let mut rec = fields.clone();
            rec.insert("Id".into(), json!(id));
            rec.insert("SystemModstamp".into(), json!(stamp));
            records.push(rec);
            ok(job, &id, true);
        };
        let records = org.objects.entry(job.object.clone()).or_default();
        match job.operation.as_str() {
            "insert" => create(job, records),
            "update" | "delete" | "hardDelete" => {
                let id = get("Id").unwrap_or_default();
                if id.len() != 15 && id.len() != 18 {
                    fail(job, "", format!("MALFORMED_ID:malformed id {id}:--"));
                    continue;
                }
                let Some(at) = records.iter().position(|r| r["Id"] == id.as_str()) else {
                    let code = if job.operation == "update" {
                        "ENTITY_IS_DELETED:entity is deleted:--"
                    } else {
                        "INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--"
                    };
                    fail(job, &id, code.to_owned());
                    continue;
                };
                if job.operation == "update" {
                    for (k, v) in &fields {
                        records[at].insert(k.clone(), v.clone());
                    }
                    records[at].insert("SystemModstamp".into(), json!(stamp));
                } else {
                    records.remove(at);
                    org.deleted
                        .push((job.object.clone(), id.clone(), stamp.clone()));
                }
                ok(job, &id, false);
            }
            "upsert" => {
                let ext = job.external_id.clone().unwrap_or_default();
                let value = get(&ext).unwrap_or_default();
                if !seen_ext.insert(value.clone()) {
                    fail(
                        job,
                        "",
                        format!(
                            "DUPLICATE_VALUE:Duplicate external id specified: {value}:{ext} --"
                        ),
                    );
                    continue;
                }
                let hits: Vec<usize> = records
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.get(&ext).and_then(Value::as_str) == Some(value.as_str()))
                    .map(|(i, _)| i)
                    .collect();
                match hits.as_slice() {
                    [] => create(job, records),
                    [one] => {
                        for (k, v) in &fields {
                            records[*one].insert(k.clone(), v.clone());
                        }
                        records[*one].insert("SystemModstamp".into(), json!(stamp));
                        let id = records[*one]["Id"].as_str().unwrap_or("").to_owned();
                        ok(job, &id, false);
                    }
                    _ => fail(
                        job,
                        "",
                        format!(
                            "DUPLICATE_EXTERNAL_ID:{ext}: more than one record found for external id field:--"
                        ),
                    ),
                }
            }
            _ => {}
        }
    }
    job.header = header;
    job.state = "JobComplete".into();
}

/// Bulk API 2.0 ingest: create, upload (once), close, poll, results.
fn ingest(st: &Shared, method: &Method, path: &str, body: &[u8], usage: u64) -> Response {
    let rest = path
        .strip_prefix(&format!("/services/data/{VERSION}/jobs/ingest"))
        .unwrap_or("")
        .trim_matches('/');
    let ok = |v: Value| json_response(StatusCode::OK, &v, Some(usage));
    let info = |id: &str, j: &IngestJob| {
        let processed = (j.successful.len() + j.failed.len()) as u64;
        json!({"id": id, "object": j.object, "operation": j.operation, "state": j.state,
            "contentUrl": format!("services/data/{VERSION}/jobs/ingest/{id}/batches"),
            "lineEnding": j.line_ending, "columnDelimiter": match j.delimiter { b';' => "SEMICOLON", b'\t' => "TAB", b'|' => "PIPE", b'^' => "CARET", b'`' => "BACKQUOTE", _ => "COMMA" }, "jobType": "V2Ingest",
            "numberRecordsProcessed": processed, "numberRecordsFailed": j.failed.len(),
            "errorMessage": j.error})
    };
    let mut jobs = st.ingest_jobs.lock().unwrap();
    if method == Method::POST && rest.is_empty() {
        let req: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
        let id = format!("750FAKE{:011}", st.seq.fetch_add(1, Ordering::SeqCst));
        let job = IngestJob {
            object: req["object"].as_str().unwrap_or("").to_owned(),
            operation: req["operation"].as_str().unwrap_or("").to_owned(),
            external_id: req["externalIdFieldName"].as_str().map(str::to_owned),
            line_ending: req["lineEnding"].as_str().unwrap_or("LF").to_owned(),
            delimiter: match req["columnDelimiter"].as_str().unwrap_or("COMMA") {
                "SEMICOLON" => b';',
                "TAB" => b'\t',
                "PIPE" => b'|',
                "CARET" => b'^',
                "BACKQUOTE" => b'`',
                _ => b',',
            },
            state: "Open".into(),
            ordinal: jobs.len() + 1,
            ..Default::default()
        };
        let v = info(&id, &job);
        jobs.insert(id, job);
        return ok(v);
    }
    let mut parts = rest.splitn(2, '/');
    let id = parts.next().unwrap_or("").to_owned();
    let tail = parts.next().unwrap_or("").trim_end_matches('/');
    let Some(job) = jobs.get_mut(&id) else {
        return errors(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "The requested resource does not exist",
            Some(usage),
        );
    };
    match (method.as_str(), tail) {
        ("PUT", "batches") => {
            job.uploads += 1;
            let mut f = st.faults.lock().unwrap();
            let unavailable = || {
                errors(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "SERVER_UNAVAILABLE",
                    "the upload was cut off",
                    None,
                )
            };
            if f.refuse_upload_of_job == Some(job.ordinal) && job.uploads == 1 {
                return unavailable();
            }
            if f.lose_upload_answers > 0 && job.csv.is_none() {
                f.lose_upload_answers -= 1;
                job.csv = Some(body.to_vec());
                return unavailable();
            }
            drop(f);
            if job.csv.is_some() {
                return errors(
                    StatusCode::BAD_REQUEST,
                    "INVALIDJOBSTATE",
                    &format!(
                        "Found multiple contents for job: <{id}>, please 'Close' / 'Abort' / 'Delete' the current Job then create a new Job and make sure you only do 'PUT' once on a given Job."
                    ),
                    Some(usage),
                );
            }
            job.csv = Some(body.to_vec());
            Response::builder().status(201).body(Body::empty()).unwrap()
        }
        ("PATCH", "") => {
            let req: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
            if req["state"] == "UploadComplete" {
                job.state = "UploadComplete".into();
                let mut j = job.clone();
                drop(jobs);
                process(st, &mut j);
                let v = json!({"id": id, "state": "UploadComplete"});
                let mut jobs = st.ingest_jobs.lock().unwrap();
                let final_state = j.state.clone();
                j.state = "UploadComplete".into();
                j.error = j.error.take();
                let stored = jobs.get_mut(&id).unwrap();
                *stored = j;
                stored.polls = 0;
                // The state it will reach after the polls, kept aside.
                stored.line_ending = format!("{}|{}", stored.line_ending, final_state);
                return ok(v);
            }
            if req["state"] == "Aborted" {
                job.state = "Aborted".into();
                if let Some((ending, _)) = job.line_ending.clone().split_once('|') {
                    job.line_ending = ending.to_owned();
                }
            }
            ok(info(&id, job))
        }
        ("GET", "") => {
            job.polls += 1;
            let held = st.faults.lock().unwrap().hold_ingest;
            if let Some((ending, final_state)) = job.line_ending.clone().split_once('|') {
                if job.polls > st.bulk_polls && !held {
                    job.state = final_state.to_owned();
                    job.line_ending = ending.to_owned();
                } else {
                    job.state = "InProgress".into();
                }
            }
            ok(info(&id, job))
        }
        ("GET", "successfulResults") => csv_response(csv_text(
            &["sf__Id", "sf__Created"],
            &job.header,
            &job.successful,
        )),
        ("GET", "failedResults") => {
            csv_response(csv_text(&["sf__Id", "sf__Error"], &job.header, &job.failed))
        }
        ("GET", "unprocessedrecords") => csv_response(csv_text(&[], &job.header, &job.unprocessed)),
        _ => errors(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "The requested resource does not exist",
            Some(usage),
        ),
    }
}

fn csv_response(text: String) -> Response {
    Response::builder()
        .status(200)
        .header("content-type", "text/csv")
        .body(Body::from(text))
        .unwrap()
}
