//! A fake Microsoft identity platform and Graph on 127.0.0.1, following reference/msgraph.md
//! §8: the v2 token endpoint (client credentials with a secret) with the exact AADSTS error
//! bodies, unsigned JWT-shaped access tokens carrying `tid`, `appid` and `roles`, and the
//! Teams reads (`/teams`, `$filter` by display name, channels, members with roles and
//! null-filled properties) behind opaque nextLinks with uneven and empty pages, `$top`
//! limits and the error envelope — with faults: 429 with and without Retry-After, 503, a
//! token that dies after K requests (401), a page token that expires mid-listing.
//! It shares no code with atomctl.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

pub use super::graph_directory::{DirGroup, DirUser, Directory, entra_user_id, sample_directory};

pub const TENANT_ID: &str = "8f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
pub const TENANT_DOMAIN: &str = "contoso.onmicrosoft.com";
pub const CLIENT_ID: &str = "11111111-2222-4333-8444-555555555555";
pub const CLIENT_SECRET: &str = "fake~graph~secret~value";
/// What people paste by mistake: the secret's id, not its value.
pub const SECRET_ID: &str = "9d8c7b6a-0000-4000-8000-000000000001";

#[derive(Debug, Clone, Default)]
pub struct Member {
    pub membership_id: String,
    pub user_id: String,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Channel {
    pub id: String,
    pub display_name: String,
    pub membership_type: String,
    pub members: Vec<Member>,
}

#[derive(Debug, Clone, Default)]
pub struct Team {
    pub id: String,
    pub display_name: String,
    pub description: Option<String>,
    pub visibility: Option<String>,
    pub channels: Vec<Channel>,
    pub members: Vec<Member>,
}

/// Faults to switch on.
#[derive(Debug, Default)]
pub struct Faults {
    /// The next N Graph requests answer 429 with this Retry-After (None: no header).
    pub throttle: Vec<Option<u64>>,
    /// The next N Graph requests answer 503.
    pub unavailable: u32,
    /// A token stops working after this many Graph requests (401 until a new one is issued).
    pub token_dies_after: Option<u64>,
    /// The page token of this page number (1-based, of any listing) is expired once.
    pub expire_page: Option<u64>,
    /// Every page from this page number on answers with an expired page token.
    pub expire_from_page: Option<u64>,
    /// Token lifetime in seconds (default 3599).
    pub expires_in: Option<u64>,
    /// The next webhook posts answer 429 with this Retry-After.
    pub webhook_throttle: Vec<Option<u64>>,
    /// Answer webhook posts as a retired connector does: 200 with an error in the body.
    pub webhook_connector_error: bool,
    /// Team member listings answer 403 (the app lacks TeamMember.Read.All).
    pub deny_members: bool,
    /// Every page after a listing's first is served this much later (a slow tenant).
    pub later_page_delay_ms: u64,
    /// A device-code login is declined by the person instead of approved.
    pub device_decline: bool,
    /// The next delta call with a deltaLink answers 410 Gone (the state is lost).
    pub delta_gone: bool,
    /// The next delta call with a deltaLink answers syncStateNotFound (older than 7 days).
    pub delta_expired: bool,
    /// Every delta page after the first starts with the previous page's last item again
    /// (Graph replays changes).
    pub delta_replay: bool,
    /// The next N listing pages break off mid-body (the connection drops); the page stays
    /// valid, so asking again gets it whole.
    pub cut_body: u32,
    /// Membership writes show in member listings only this much later.
    pub visible_after_ms: u64,
    /// The next membership writes answer 429 with this Retry-After (None: no header, as
    /// Teams does).
    pub write_throttle: Vec<Option<u64>>,
}

/// A membership write as the fake received it.
#[derive(Debug, Clone)]
pub struct Write {
    pub method: String,
    pub path: String,
    pub body: Value,
    pub at: std::time::Instant,
    pub status: u16,
}

/// A listing in progress: its items, where the next page starts, and how many pages so far.
type Cursor = (Vec<Value>, usize, u64);

/// A delta read in progress: resource, items, position, pages so far, and the change-log
/// position its deltaLink will stand for.
type DeltaCursor = (String, Vec<Value>, usize, u64, usize);

pub struct Shared {
    pub teams: Mutex<Vec<Team>>,
    pub faults: Mutex<Faults>,
    /// Page sizes in turn (0 = an empty page with a nextLink).
    pub page_sizes: Mutex<Vec<usize>>,
    pub tokens: Mutex<Vec<String>>,
    /// The app's registered certificate (PEM): client assertions must be signed by its key
    /// and name it by its SHA-256 thumbprint.
    pub registered_cert: Mutex<Option<Vec<u8>>>,
    /// Device codes and the polls each still answers `authorization_pending`.
    pub device_codes: Mutex<HashMap<String, u32>>,
    /// Refresh tokens that are still valid (each works once).
    pub refresh_tokens: Mutex<std::collections::HashSet<String>>,
    /// Events created, as Graph stored them.
    pub events: Mutex<Vec<Value>>,
    /// Bodies posted to the webhook, as received.
    pub webhook_posts: Mutex<Vec<Value>>,
    token_uses: AtomicU64,
    pub token_requests: AtomicU64,
    pub graph_requests: AtomicU64,
    pages_served: AtomicU64,
    cursors: Mutex<HashMap<String, Cursor>>,
    /// Users and groups for delta queries.
    pub directory: Mutex<Directory>,
    delta_cursors: Mutex<HashMap<String, DeltaCursor>>,
    /// Delta calls answered, with the URL each asked for.
    pub delta_calls: Mutex<Vec<String>>,
    /// Channel messages posted: (team id, channel id, the body as received, the id given).
    pub messages: Mutex<Vec<(String, String, Value, String)>>,
    /// Membership writes received (every one, refused ones too).
    pub writes: Mutex<Vec<Write>>,
    /// Writes made but not visible yet: when they show, the team, and the change.
    pending: Mutex<Vec<(std::time::Instant, String, Pending)>>,
    /// The security sources (reference §9) and the licences that unlock them.
    pub security: Mutex<Security>,
    seq: AtomicU64,
    base: Mutex<String>,
}

/// `userRegistrationDetails` needs Entra ID P1 or P2, `riskyUsers` P2; without the licence
/// Graph answers 403 `Authentication_RequestFromNonPremiumTenantOrB2CTenant`.
#[derive(Default)]
pub struct Security {
    pub registration: Vec<Value>,
    pub risky_users: Vec<Value>,
    /// Sign-in logs, in any order: served newest first.
    pub sign_ins: Vec<Value>,
    /// The `$filter` of every sign-in read, as asked.
    pub sign_in_filters: Vec<String>,
    pub p1: bool,
    pub p2: bool,
}

fn non_premium() -> Response {
    graph_error(
        StatusCode::FORBIDDEN,
        "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
        "Neither tenant is B2C or tenant doesn't have premium license",
    )
}

pub struct FakeGraph {
    pub addr: SocketAddr,
    pub state: Arc<Shared>,
    _thread: std::thread::JoinHandle<()>,
}

impl FakeGraph {
    pub fn start(teams: Vec<Team>) -> FakeGraph {
        let state = Arc::new(Shared {
            teams: Mutex::new(teams),
            faults: Mutex::new(Faults::default()),
            page_sizes: Mutex::new(vec![3, 0, 5, 2, 7]),
            tokens: Mutex::new(Vec::new()),
            webhook_posts: Mutex::new(Vec::new()),
            events: Mutex::new(Vec::new()),
            device_codes: Mutex::new(HashMap::new()),
            refresh_tokens: Mutex::new(std::collections::HashSet::new()),
            registered_cert: Mutex::new(None),
            token_uses: AtomicU64::new(0),
            token_requests: AtomicU64::new(0),
            graph_requests: AtomicU64::new(0),
            pages_served: AtomicU64::new(0),
            cursors: Mutex::new(HashMap::new()),
            directory: Mutex::new(Directory::new(Vec::new(), Vec::new())),
            delta_cursors: Mutex::new(HashMap::new()),
            delta_calls: Mutex::new(Vec::new()),
            writes: Mutex::new(Vec::new()),
            messages: Mutex::new(Vec::new()),
            pending: Mutex::new(Vec::new()),
            security: Mutex::new(Security::default()),
            seq: AtomicU64::new(1),
            base: Mutex::new(String::new()),
        });
        let (addr, thread) = super::serve_on_loopback(|addr| {
            *state.base.lock().unwrap() = format!("http://{addr}");
            Router::new().fallback(handle).with_state(state.clone())
        });
        FakeGraph {
            addr,
            state,
            _thread: thread,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn directory(&self) -> std::sync::MutexGuard<'_, Directory> {
        self.state.directory.lock().unwrap()
    }

    pub fn set_directory(&self, users: Vec<DirUser>, groups: Vec<DirGroup>) {
        *self.state.directory.lock().unwrap() = Directory::new(users, groups);
    }

    pub fn faults(&self) -> std::sync::MutexGuard<'_, Faults> {
        self.state.faults.lock().unwrap()
    }

    /// Pages served so far, to aim `expire_page` at a page still to come.
    /// Register a certificate (PEM) with the app, as uploading it to Entra does.
    pub fn register_cert(&self, pem: &[u8]) {
        *self.state.registered_cert.lock().unwrap() = Some(pem.to_vec());
    }

    pub fn pages_served_now(&self) -> u64 {
        self.state.pages_served.load(Ordering::SeqCst)
    }

    pub fn token_requests(&self) -> u64 {
        self.state.token_requests.load(Ordering::SeqCst)
    }

    /// A Workflows webhook URL of this fake (its `sig` is the secret part).
    pub fn webhook_url(&self) -> String {
        format!(
            "{}/workflows/abc123/triggers/manual/paths/invoke?api-version=1&sig=SECRETSIG",
            self.url()
        )
    }

    /// The flags that point atomctl at this fake.
    pub fn args(&self) -> Vec<String> {
        vec![
            "--login-url".into(),
            self.url(),
            "--graph-url".into(),
            self.url(),
        ]
    }
}

/// `n` teams with a few channels and members each; team 0 has a guest and two owners, and
/// every third team has null description and visibility (as `GET /teams` often answers).
pub fn sample_teams(n: usize) -> Vec<Team> {
    (0..n)
        .map(|i| {
            let members: Vec<Member> = (0..(4 + i % 5))
                .map(|m| Member {
                    membership_id: URL_SAFE_NO_PAD.encode(format!("team{i}##user{m}")),
                    user_id: format!("00000000-0000-4000-8000-{:06}{:06}", i, m),
                    display_name: (m != 3).then(|| format!("User {m}")),
                    email: Some(format!("user{m}@contoso.example")),
                    roles: match m {
                        0 => vec!["owner".into()],
                        1 if i == 0 => vec!["owner".into()],
                        2 if i == 0 => vec!["guest".into()],
                        _ => vec![],
                    },
                })
                .collect();
            Team {
                id: format!("{:08x}-1111-4222-8333-{:012x}", i + 1, i + 1),
                // Two teams share a name: finding one by it is ambiguous.
                display_name: if i == 7 || i == 8 {
                    "Sales".to_owned()
                } else {
                    format!("Team {i}")
                },
                description: (i % 3 != 0).then(|| format!("About team {i}")),
                visibility: (i % 3 != 0).then(|| "private".to_owned()),
                channels: (0..3)
                    .map(|c| Channel {
                        id: format!("19:{i}x{c}abc@thread.tacv2"),
                        display_name: if c == 0 {
                            "General".into()
                        } else {
                            format!("Channel {c}")
                        },
                        membership_type: if c == 2 { "private" } else { "standard" }.into(),
                        members: members.iter().take(2).cloned().collect(),
                    })
                    .collect(),
                members,
            }
        })
        .collect()
}

fn json(status: StatusCode, body: &Value) -> Response {
    Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

/// Graph's error envelope with its innerError.
fn graph_error(status: StatusCode, code: &str, message: &str) -> Response {
    json(
        status,
        &json!({"error": {"code": code, "message": message, "innerError": {
            "date": "2026-12-02T12:00:00", "request-id": "5f3c…", "client-request-id": "5f3c…"}}}),
    )
}

/// 429, with a Retry-After when given (Teams also throttles without one).
fn throttled(after: Option<u64>, message: &str) -> Response {
    let mut r = graph_error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", message);
    if let Some(s) = after {
        r.headers_mut()
            .insert("retry-after", s.to_string().parse().unwrap());
    }
    r
}

/// The identity platform's error body: CRLF-joined trace lines, `error_codes`.
fn aad_error(status: StatusCode, error: &str, code: u64, text: &str) -> Response {
    json(
        status,
        &json!({
            "error": error,
            "error_description": format!("AADSTS{code}: {text}\r\nTrace ID: 0a1b\r\nCorrelation ID: 2c3d\r\nTimestamp: 2026-12-02 12:00:00Z"),
            "error_codes": [code],
            "timestamp": "2026-12-02 12:00:00Z",
            "trace_id": "0a1b",
            "correlation_id": "2c3d",
            "error_uri": format!("https://login.microsoftonline.com/error?code={code}")
        }),
    )
}

async fn handle(
    State(st): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    if method == Method::POST && path.ends_with("/oauth2/v2.0/devicecode") {
        return device_code(&st, &body);
    }
    if method == Method::POST && path.ends_with("/oauth2/v2.0/token") {
        return token(&st, &path, &body);
    }
    if method == Method::POST && path.starts_with("/workflows/") {
        return webhook(&st, uri.query().unwrap_or(""), &body);
    }
    if method == Method::POST && path.ends_with("/messages") {
        return channel_message(&st, &path, &headers, &body);
    }
    if (method == Method::POST && path.ends_with("/members/add")) || method == Method::DELETE {
        return member_write(&st, &method, &path, &headers, &body);
    }
    if method == Method::POST
        && let Some(rest) = path.strip_prefix("/v1.0/")
    {
        return create_event(&st, rest, &headers, &body);
    }
    if let Some(rest) = path.strip_prefix("/v1.0/") {
        return graph(&st, rest, uri.query().unwrap_or(""), &headers);
    }
    graph_error(
        StatusCode::NOT_FOUND,
        "Request_ResourceNotFound",
        "no such path",
    )
}

/// A Workflows trigger: the signature in the query, 202 and an empty body for an Adaptive
/// Card envelope (the flow would fail later on anything else, so that is recorded too).
fn webhook(st: &Shared, query: &str, body: &[u8]) -> Response {
    if !query.contains("sig=") {
        return json(
            StatusCode::UNAUTHORIZED,
            &json!({"error": {"code": "DirectApiAuthorizationRequired", "message": "The request must be authenticated"}}),
        );
    }
    {
        let mut f = st.faults.lock().unwrap();
        if !f.webhook_throttle.is_empty() {
            let after = f.webhook_throttle.remove(0);
            let mut r = Response::builder().status(429).body(Body::empty()).unwrap();
            if let Some(s) = after {
                r.headers_mut()
                    .insert("retry-after", s.to_string().parse().unwrap());
            }
            return r;
        }
        if f.webhook_connector_error {
            return Response::builder()
                .status(200)
                .body(Body::from(
                    "Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0",
                ))
                .unwrap();
        }
    }
    let v: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    st.webhook_posts.lock().unwrap().push(v);
    Response::builder().status(202).body(Body::empty()).unwrap()
}

fn token(st: &Shared, path: &str, body: &[u8]) -> Response {
    st.token_requests.fetch_add(1, Ordering::SeqCst);
    let tenant = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let form: HashMap<String, String> = url::form_urlencoded::parse(body).into_owned().collect();
    if tenant != TENANT_ID && tenant != TENANT_DOMAIN {
        return aad_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            90002,
            &format!("Tenant '{tenant}' not found."),
        );
    }
    let delegated = match form.get("grant_type").map(String::as_str) {
        Some("urn:ietf:params:oauth:grant-type:device_code") => {
            let code = form.get("device_code").cloned().unwrap_or_default();
            let mut pending = st.device_codes.lock().unwrap();
            match pending.get_mut(&code) {
                None => {
                    return aad_error(
                        StatusCode::BAD_REQUEST,
                        "bad_verification_code",
                        70000,
                        "The provided value for 'device_code' is not valid.",
                    );
                }
                Some(0) if st.faults.lock().unwrap().device_decline => {
                    pending.remove(&code);
                    return aad_error(
                        StatusCode::BAD_REQUEST,
                        "authorization_declined",
                        70004,
                        "The user declined the sign-in.",
                    );
                }
                Some(0) => {
                    pending.remove(&code);
                }
                Some(n) => {
                    *n -= 1;
                    return aad_error(
                        StatusCode::BAD_REQUEST,
                        "authorization_pending",
                        70016,
                        "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
                    );
                }
            }
            true
        }
        Some("refresh_token") => {
            let rt = form.get("refresh_token").cloned().unwrap_or_default();
            if !st.refresh_tokens.lock().unwrap().remove(&rt) {
                return aad_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_grant",
                    700082,
                    "The refresh token has expired due to inactivity.",
                );
            }
            true
        }
        _ => false,
    };
    if delegated {
        return issue(st, true);
    }
    if form.get("grant_type").map(String::as_str) != Some("client_credentials") {
        return aad_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            70003,
            "The app requested an unsupported grant type.",
        );
    }
    if form.get("client_id").map(String::as_str) != Some(CLIENT_ID) {
        return aad_error(
            StatusCode::BAD_REQUEST,
            "unauthorized_client",
            700016,
            "Application with identifier was not found in the directory.",
        );
    }
    let base = st.base.lock().unwrap().clone();
    if let Some(assertion) = form.get("client_assertion") {
        let audience = format!("{base}{path}");
        if let Err((code, text)) = check_assertion(st, assertion, &form, &audience) {
            return aad_error(StatusCode::UNAUTHORIZED, "invalid_client", code, &text);
        }
    } else {
        match form.get("client_secret").map(String::as_str) {
            Some(CLIENT_SECRET) => {}
            _ => {
                return aad_error(
                    StatusCode::UNAUTHORIZED,
                    "invalid_client",
                    7000215,
                    "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.",
                );
            }
        }
    }
    if form.get("scope").map(String::as_str) != Some(&format!("{base}/.default")) {
        return aad_error(
            StatusCode::BAD_REQUEST,
            "invalid_scope",
            70011,
            "The provided value for the input parameter 'scope' is not valid.",
        );
    }
    issue(st, false)
}

/// A certificate credential's assertion, checked as Entra does: the registered certificate's
/// thumbprint and key (PS256), the audience, the issuer and subject, the time window.
fn check_assertion(
    st: &Shared,
    assertion: &str,
    form: &HashMap<String, String>,
    audience: &str,
) -> Result<(), (u64, String)> {
    let malformed = || (50027, "JWT token is invalid or malformed.".to_owned());
    if form.get("client_assertion_type").map(String::as_str)
        != Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
    {
        return Err(malformed());
    }
    let parts: Vec<&str> = assertion.split('.').collect();
    if parts.len() != 3 {
        return Err(malformed());
    }
    let decode = |p: &str| -> Result<Value, (u64, String)> {
        let bytes = URL_SAFE_NO_PAD.decode(p).map_err(|_| malformed())?;
        serde_json::from_slice(&bytes).map_err(|_| malformed())
    };
    let (header, claims) = (decode(parts[0])?, decode(parts[1])?);
    let pem = st
        .registered_cert
        .lock()
        .unwrap()
        .clone()
        .ok_or_else(malformed)?;
    let cert = openssl::x509::X509::from_pem(&pem).unwrap();
    let thumb =
        URL_SAFE_NO_PAD.encode(cert.digest(openssl::hash::MessageDigest::sha256()).unwrap());
    let invalid = |why: &str| {
        (
            700027,
            format!(
                "Client assertion contains an invalid signature. [Reason - {why}, Thumbprint of key used by client: '{}']",
                header["x5t#S256"].as_str().unwrap_or("")
            ),
        )
    };
    if header["x5t#S256"].as_str() != Some(thumb.as_str()) {
        return Err(invalid("The key was not found."));
    }
    if header["alg"] != "PS256" {
        return Err(invalid("The algorithm is not PS256."));
    }
    let sig = URL_SAFE_NO_PAD.decode(parts[2]).map_err(|_| malformed())?;
    let key = cert.public_key().unwrap();
    let mut v = openssl::sign::Verifier::new(openssl::hash::MessageDigest::sha256(), &key).unwrap();
    v.set_rsa_padding(openssl::rsa::Padding::PKCS1_PSS).unwrap();
    v.set_rsa_pss_saltlen(openssl::sign::RsaPssSaltlen::DIGEST_LENGTH)
        .unwrap();
    let signed = format!("{}.{}", parts[0], parts[1]);
    if !v.verify_oneshot(&sig, signed.as_bytes()).unwrap_or(false) {
        return Err(invalid("The signature does not verify."));
    }
    if claims["aud"] != audience {
        return Err((
            700023,
            "Client assertion audience claim does not match Realm issuer.".into(),
        ));
    }
    if claims["iss"] != CLIENT_ID || claims["sub"] != CLIENT_ID {
        return Err((
            700021,
            "Client assertion application identifier doesn't match 'client_id' parameter.".into(),
        ));
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let (nbf, exp) = (
        claims["nbf"].as_u64().unwrap_or(u64::MAX),
        claims["exp"].as_u64().unwrap_or(0),
    );
    if nbf > now + 300 || exp <= now || claims["jti"].as_str().is_none_or(str::is_empty) {
        return Err((
            700024,
            "Client assertion is not within its valid time range.".into(),
        ));
    }
    Ok(())
}

/// A new access token (and for a delegated login a refresh token).
fn issue(st: &Shared, delegated: bool) -> Response {
    let base = st.base.lock().unwrap().clone();
    let n = st.seq.fetch_add(1, Ordering::SeqCst);
    let expires_in = st.faults.lock().unwrap().expires_in.unwrap_or(3599);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let claims = if delegated {
        json!({"aud": base, "tid": TENANT_ID, "appid": CLIENT_ID, "upn": "ann@contoso.example", "scp": "Team.ReadBasic.All TeamMember.Read.All Channel.ReadBasic.All ChannelMessage.Send", "exp": now + expires_in, "n": n})
    } else {
        json!({"aud": base, "tid": TENANT_ID, "appid": CLIENT_ID, "roles": ["Team.ReadBasic.All", "TeamMember.Read.All", "Channel.ReadBasic.All", "User.Read.All", "GroupMember.Read.All", "TeamMember.ReadWrite.All"], "exp": now + expires_in, "n": n})
    };
    let tok = format!(
        "{}.{}.fakesig",
        URL_SAFE_NO_PAD.encode(br#"{"typ":"JWT","alg":"none"}"#),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    st.tokens.lock().unwrap().push(tok.clone());
    st.token_uses.store(0, Ordering::SeqCst);
    let mut answer = json!({"token_type": "Bearer", "expires_in": expires_in, "ext_expires_in": expires_in, "access_token": tok});
    if delegated {
        // Microsoft replaces the refresh token on every use.
        let rt = format!("0.AXrefresh{n}");
        st.refresh_tokens.lock().unwrap().insert(rt.clone());
        answer["refresh_token"] = json!(rt);
        answer["scope"] = json!(
            "Team.ReadBasic.All TeamMember.Read.All Channel.ReadBasic.All ChannelMessage.Send"
        );
    }
    json(StatusCode::OK, &answer)
}

/// `/devicecode`: a user code approved after two polls answered `authorization_pending`.
fn device_code(st: &Shared, body: &[u8]) -> Response {
    let form: HashMap<String, String> = url::form_urlencoded::parse(body).into_owned().collect();
    if form.get("client_id").map(String::as_str) != Some(CLIENT_ID) {
        return aad_error(
            StatusCode::BAD_REQUEST,
            "unauthorized_client",
            700016,
            "Application with identifier was not found in the directory.",
        );
    }
    let n = st.seq.fetch_add(1, Ordering::SeqCst);
    let code = format!("DAQABAAEAAAfakedevicecode{n}");
    st.device_codes.lock().unwrap().insert(code.clone(), 2);
    json(
        StatusCode::OK,
        &json!({
            "device_code": code, "user_code": format!("FAKE{n:04}"),
            "verification_uri": "https://microsoft.com/devicelogin", "expires_in": 900, "interval": 1,
            "message": "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code."
        }),
    )
}

fn graph(st: &Shared, rest: &str, query: &str, headers: &HeaderMap) -> Response {
    st.graph_requests.fetch_add(1, Ordering::SeqCst);
    show_due_writes(st);
    if let Some(refused) = unauthorized(st, headers) {
        return refused;
    }
    {
        let mut f = st.faults.lock().unwrap();
        let uses = st.token_uses.fetch_add(1, Ordering::SeqCst) + 1;
        if f.token_dies_after.is_some_and(|k| uses > k) {
            st.tokens.lock().unwrap().push("dead".into());
            return graph_error(
                StatusCode::UNAUTHORIZED,
                "InvalidAuthenticationToken",
                "Access token has expired or is not yet valid.",
            );
        }
        if !f.throttle.is_empty() {
            return throttled(f.throttle.remove(0), "Too many requests.");
        }
        if f.unavailable > 0 {
            f.unavailable -= 1;
            return graph_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "serviceNotAvailable",
                "Service unavailable.",
            );
        }
    }
    let params: HashMap<String, String> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    if let Some(resource) = rest
        .strip_suffix("/delta")
        .filter(|r| *r == "users" || *r == "groups")
    {
        st.delta_calls
            .lock()
            .unwrap()
            .push(format!("{rest}?{query}"));
        return delta(st, resource, &params);
    }
    if let Some(top) = params.get("$top") {
        match top.parse::<u32>() {
            Ok(1..=999) => {}
            _ => {
                return graph_error(
                    StatusCode::BAD_REQUEST,
                    "Request_BadRequest",
                    &format!(
                        "Invalid page size specified: '{top}'. Must be between 1 and 999 inclusive."
                    ),
                );
            }
        }
    }
    if let Some(token) = params.get("$skiptoken") {
        return next_page(st, token);
    }
    let parts = segments(rest);
    let teams = st.teams.lock().unwrap();
    let find = |id: &str| teams.iter().find(|t| t.id == id);
    let items: Vec<Value> = match parts.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["teams"] => {
            let wanted = params.get("$filter").and_then(|f| {
                f.strip_prefix("displayName eq '")
                    .and_then(|r| r.strip_suffix('\''))
                    .map(|n| n.replace("''", "'"))
            });
            if params.contains_key("$filter") && wanted.is_none() {
                return graph_error(StatusCode::BAD_REQUEST, "BadRequest", "Unsupported filter.");
            }
            teams
                .iter()
                // Graph compares names case-insensitively.
                .filter(|t| wanted.as_ref().is_none_or(|w| t.display_name.eq_ignore_ascii_case(w)))
                .map(|t| {
                    // GET /teams fills only id, displayName, description, visibility.
                    json!({"id": t.id, "displayName": t.display_name, "description": t.description,
                           "visibility": t.visibility, "webUrl": null, "isArchived": null, "classification": null})
                })
                .collect()
        }
        ["teams", id] => {
            return match find(id) {
                Some(t) => json(StatusCode::OK, &json!({"id": t.id, "displayName": t.display_name,
                    "description": t.description, "visibility": t.visibility, "isArchived": false})),
                None => graph_error(StatusCode::NOT_FOUND, "NotFound", "No team found with Group Id"),
            };
        }
        ["teams", id, "channels"] => match find(id) {
            Some(t) => t
                .channels
                .iter()
                .map(|c| json!({"id": c.id, "displayName": c.display_name, "membershipType": c.membership_type, "description": null}))
                .collect(),
            None => return graph_error(StatusCode::NOT_FOUND, "NotFound", "No team found with Group Id"),
        },
        ["teams", _, "members"] if st.faults.lock().unwrap().deny_members => {
            return graph_error(StatusCode::FORBIDDEN, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }
        ["teams", id, "members"] => match find(id) {
            Some(t) => t.members.iter().map(member_json).collect(),
            None => return graph_error(StatusCode::NOT_FOUND, "NotFound", "No team found with Group Id"),
        },
        ["teams", id, "channels", cid, "members"] => {
            match find(id).and_then(|t| t.channels.iter().find(|c| c.id == cid)) {
                Some(c) => c.members.iter().map(member_json).collect(),
                None => return graph_error(StatusCode::NOT_FOUND, "NotFound", "Channel not found"),
            }
        }
        ["reports", "authenticationMethods", "userRegistrationDetails"] => {
            let s = st.security.lock().unwrap();
            if !(s.p1 || s.p2) {
                return non_premium();
            }
            s.registration.clone()
        }
        ["auditLogs", "signIns"] => {
            let mut s = st.security.lock().unwrap();
            if !(s.p1 || s.p2) {
                return non_premium();
            }
            let filter = params.get("$filter").cloned().unwrap_or_default();
            s.sign_in_filters.push(filter.clone());
            let from = match filter.strip_prefix("createdDateTime ge ") {
                Some(t) if t.len() == 20 && t.ends_with('Z') => t.to_owned(),
                _ if filter.is_empty() => String::new(),
                _ => return graph_error(StatusCode::BAD_REQUEST, "BadRequest", "Invalid filter clause"),
            };
            let mut rows: Vec<Value> = s
                .sign_ins
                .iter()
                .filter(|r| r["createdDateTime"].as_str().unwrap_or("") >= from.as_str())
                .cloned()
                .collect();
            rows.sort_by(|a, b| b["createdDateTime"].as_str().cmp(&a["createdDateTime"].as_str()));
            rows
        }
        ["identityProtection", "riskyUsers"] => {
            let s = st.security.lock().unwrap();
            if !s.p2 {
                return non_premium();
            }
            s.risky_users.clone()
        }
        _ => return graph_error(StatusCode::NOT_FOUND, "Request_ResourceNotFound", "no such resource"),
    };
    drop(teams);
    let token = format!("tok{}", st.seq.fetch_add(1, Ordering::SeqCst));
    st.cursors
        .lock()
        .unwrap()
        .insert(token.clone(), (items, 0, 0));
    next_page(st, &token)
}

/// `POST /users/{upn}/events`: Graph's validation (end after start, a zone it knows), 201
/// with a Teams link, or without one for an organizer who cannot host Teams meetings.
fn create_event(st: &Shared, rest: &str, headers: &HeaderMap, body: &[u8]) -> Response {
    if let Some(refused) = unauthorized(st, headers) {
        return refused;
    }
    let parts = segments(rest);
    let ["users", organizer, "events"] = parts.iter().map(String::as_str).collect::<Vec<_>>()[..]
    else {
        return graph_error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            "no such resource",
        );
    };
    let e: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(_) => {
            return graph_error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "Unable to read JSON request payload.",
            );
        }
    };
    for k in ["start", "end"] {
        let zone = e[k]["timeZone"].as_str().unwrap_or("");
        if zone != "UTC" && zone != "W. Europe Standard Time" {
            return graph_error(
                StatusCode::BAD_REQUEST,
                "TimeZoneNotSupportedException",
                &format!(
                    "A valid TimeZone value must be specified. The following TimeZone value is not supported: '{zone}'."
                ),
            );
        }
        if e[k]["dateTime"]
            .as_str()
            .is_none_or(|t| t.contains('+') || t.ends_with('Z'))
        {
            return graph_error(
                StatusCode::BAD_REQUEST,
                "ErrorPropertyValidationFailure",
                "At least one property failed validation.",
            );
        }
    }
    if e["end"]["dateTime"].as_str() <= e["start"]["dateTime"].as_str() {
        return graph_error(
            StatusCode::BAD_REQUEST,
            "ErrorPropertyValidationFailure",
            "At least one property failed validation.",
        );
    }
    let n = st.seq.fetch_add(1, Ordering::SeqCst);
    let licensed = !organizer.starts_with("unlicensed");
    let mut created = e.clone();
    created["id"] = json!(format!("AAMkAGI2event{n}"));
    created["webLink"] = json!(format!(
        "https://outlook.office365.com/owa/?itemid=AAMkAGI2event{n}"
    ));
    created["organizer"] = json!({"emailAddress": {"address": organizer}});
    if licensed {
        created["onlineMeeting"] = json!({"joinUrl": format!("https://teams.microsoft.com/l/meetup-join/19%3ameeting_{n}%40thread.v2/0"), "conferenceId": "123456789"});
    } else {
        created["isOnlineMeeting"] = json!(false);
        created["onlineMeetingProvider"] = json!("unknown");
        created["onlineMeeting"] = Value::Null;
    }
    st.events.lock().unwrap().push(created.clone());
    json(StatusCode::CREATED, &created)
}

/// 401 unless the request carries the token issued last.
fn unauthorized(st: &Shared, headers: &HeaderMap) -> Option<Response> {
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    let ok =
        !bearer.is_empty() && st.tokens.lock().unwrap().last().map(String::as_str) == Some(bearer);
    (!ok).then(|| {
        graph_error(
            StatusCode::UNAUTHORIZED,
            "InvalidAuthenticationToken",
            "Access token has expired or is not yet valid.",
        )
    })
}

/// A path's segments, percent-decoded (channel ids arrive encoded).
fn segments(rest: &str) -> Vec<String> {
    rest.split('/')
        .map(|p| {
            percent_encoding::percent_decode_str(p)
                .decode_utf8_lossy()
                .into_owned()
        })
        .collect()
}

fn member_json(m: &Member) -> Value {
    json!({"@odata.type": "#microsoft.graph.aadUserConversationMember", "id": m.membership_id,
           "roles": m.roles, "displayName": m.display_name, "userId": m.user_id, "email": m.email,
           "tenantId": TENANT_ID, "visibleHistoryStartDateTime": "0001-01-01T00:00:00Z"})
}

/// The next page of a listing: sizes in turn from `page_sizes` (0 = empty page), then an
/// opaque nextLink with a fresh token while items remain.
fn next_page(st: &Shared, token: &str) -> Response {
    let served = st.pages_served.fetch_add(1, Ordering::SeqCst) + 1;
    {
        let mut f = st.faults.lock().unwrap();
        if f.expire_page == Some(served) || f.expire_from_page.is_some_and(|p| served >= p) {
            f.expire_page = None;
            return graph_error(
                StatusCode::BAD_REQUEST,
                "Directory_ExpiredPageToken",
                "The specified page token value has expired and can no longer be included in your request.",
            );
        }
    }
    {
        let mut f = st.faults.lock().unwrap();
        if f.cut_body > 0 && st.cursors.lock().unwrap().contains_key(token) {
            f.cut_body -= 1;
            // Half a page, then the connection drops: a length promised and not kept.
            let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
                Ok(Bytes::from_static(
                    br#"{"@odata.context":"x","value":[{"id":"half"#,
                )),
                Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "cut",
                )),
            ];
            return Response::builder()
                .status(200)
                .header("content-type", "application/json")
                .body(Body::from_stream(futures_util::stream::iter(chunks)))
                .unwrap();
        }
    }
    let delay = st.faults.lock().unwrap().later_page_delay_ms;
    let Some((items, pos, n)) = st.cursors.lock().unwrap().remove(token) else {
        return graph_error(
            StatusCode::BAD_REQUEST,
            "Directory_ExpiredPageToken",
            "The specified page token value has expired and can no longer be included in your request.",
        );
    };
    if n > 0 && delay > 0 {
        std::thread::sleep(std::time::Duration::from_millis(delay));
    }
    let sizes = st.page_sizes.lock().unwrap().clone();
    let size = sizes[(n as usize) % sizes.len()];
    let end = (pos + size).min(items.len());
    let page: Vec<Value> = items[pos..end].to_vec();
    let mut doc = json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#teams", "value": page});
    if end < items.len() {
        let next = format!("tok{}", st.seq.fetch_add(1, Ordering::SeqCst));
        let base = st.base.lock().unwrap().clone();
        doc["@odata.nextLink"] = json!(format!("{base}/v1.0/teams?$skiptoken={next}"));
        st.cursors.lock().unwrap().insert(next, (items, end, n + 1));
    }
    json(StatusCode::OK, &doc)
}

/// `/users/delta` and `/groups/delta`: a read from the start, a page of one in progress
/// (`$skiptoken`), or the changes since a deltaLink (`$deltatoken`).
fn delta(st: &Shared, resource: &str, params: &HashMap<String, String>) -> Response {
    if params.contains_key("$top") {
        return graph_error(
            StatusCode::BAD_REQUEST,
            "Request_UnsupportedQuery",
            "The $top query parameter is not supported with delta queries on this resource.",
        );
    }
    let base = st.base.lock().unwrap().clone();
    if let Some(tok) = params.get("$skiptoken") {
        return delta_page(st, &base, tok);
    }
    let since = match params.get("$deltatoken") {
        None => None,
        Some(t) => {
            let mut f = st.faults.lock().unwrap();
            if f.delta_gone {
                f.delta_gone = false;
                let mut r = graph_error(
                    StatusCode::GONE,
                    "resyncRequired",
                    "Resync required. Replace any local cached data with the data from a new delta query.",
                );
                r.headers_mut().insert(
                    "location",
                    format!("{base}/v1.0/{resource}/delta?$deltatoken=")
                        .parse()
                        .unwrap(),
                );
                return r;
            }
            if f.delta_expired {
                f.delta_expired = false;
                return graph_error(
                    StatusCode::BAD_REQUEST,
                    "syncStateNotFound",
                    "The requested sync state was not found. The delta token may have expired.",
                );
            }
            match t.strip_prefix('v').and_then(|v| v.parse::<usize>().ok()) {
                Some(v) => Some(v),
                None => {
                    return graph_error(
                        StatusCode::BAD_REQUEST,
                        "syncStateNotFound",
                        "The requested sync state was not found.",
                    );
                }
            }
        }
    };
    if since.is_none() {
        // Only $select-ed properties are tracked, and groups need `members` for members@delta.
        let select = params.get("$select").cloned().unwrap_or_default();
        if resource == "groups" && !select.split(',').any(|p| p == "members") {
            return graph_error(
                StatusCode::BAD_REQUEST,
                "Request_BadRequest",
                "atomctl's fake expects members in $select for a groups delta read.",
            );
        }
    }
    let dir = st.directory.lock().unwrap();
    let items = dir.delta(resource, since);
    let version = dir.version();
    drop(dir);
    let tok = format!("d{}", st.seq.fetch_add(1, Ordering::SeqCst));
    st.delta_cursors
        .lock()
        .unwrap()
        .insert(tok.clone(), (resource.to_owned(), items, 0, 0, version));
    delta_page(st, &base, &tok)
}

fn delta_page(st: &Shared, base: &str, tok: &str) -> Response {
    let Some((resource, items, pos, n, version)) = st.delta_cursors.lock().unwrap().remove(tok)
    else {
        return graph_error(
            StatusCode::BAD_REQUEST,
            "Directory_ExpiredPageToken",
            "The specified page token value has expired and can no longer be included in your request.",
        );
    };
    let size = st.directory.lock().unwrap().page_size.max(1);
    // The second page of a read is empty (with a nextLink), as Graph sometimes sends.
    let size = if n == 1 { 0 } else { size };
    let end = (pos + size).min(items.len());
    let mut page: Vec<Value> = items[pos..end].to_vec();
    if st.faults.lock().unwrap().delta_replay && pos > 0 && size > 0 {
        page.insert(0, items[pos - 1].clone());
    }
    let mut doc = json!({"@odata.context": format!("https://graph.microsoft.com/v1.0/$metadata#{resource}"), "value": page});
    if end < items.len() {
        let next = format!("d{}", st.seq.fetch_add(1, Ordering::SeqCst));
        doc["@odata.nextLink"] = json!(format!("{base}/v1.0/{resource}/delta?$skiptoken={next}"));
        st.delta_cursors
            .lock()
            .unwrap()
            .insert(next, (resource, items, end, n + 1, version));
    } else {
        doc["@odata.deltaLink"] = json!(format!(
            "{base}/v1.0/{resource}/delta?$deltatoken=v{version}"
        ));
    }
    json(StatusCode::OK, &doc)
}

#[derive(Debug, Clone)]
enum Pending {
    Add(Member),
    Remove(String),
}

/// Writes whose time has come become visible.
fn show_due_writes(st: &Shared) {
    let now = std::time::Instant::now();
    let due: Vec<(String, Pending)> = {
        let mut p = st.pending.lock().unwrap();
        let (due, later): (Vec<_>, Vec<_>) = p.drain(..).partition(|(t, _, _)| *t <= now);
        *p = later;
        due.into_iter().map(|(_, team, w)| (team, w)).collect()
    };
    let mut teams = st.teams.lock().unwrap();
    for (team, w) in due {
        let Some(t) = teams.iter_mut().find(|t| t.id == team) else {
            continue;
        };
        match w {
            Pending::Add(m) => {
                if !t.members.iter().any(|x| x.user_id == m.user_id) {
                    t.members.push(m);
                }
            }
            Pending::Remove(mid) => t.members.retain(|x| x.membership_id != mid),
        }
    }
}

/// `POST /teams/{id}/members/add` (≤200 per call; 200, or 207 with per-user errors) and
/// `DELETE /teams/{id}/members/{membership-id}` (204; 404 for no such membership; the last
/// owner refused). Writes become visible after `visible_after_ms`; more than 4 writes per
/// second on one team answer 429.
fn member_write(
    st: &Shared,
    method: &Method,
    path: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let record = |status: u16, body: Value| {
        st.writes.lock().unwrap().push(Write {
            method: method.to_string(),
            path: path.to_owned(),
            body,
            at: std::time::Instant::now(),
            status,
        });
    };
    if let Some(refused) = unauthorized(st, headers) {
        return refused;
    }
    let parsed: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let parts = segments(path.trim_start_matches("/v1.0/"));
    let team_id = match parts.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["teams", id, "members", _] => id.to_owned(),
        _ => {
            record(404, parsed);
            return graph_error(
                StatusCode::NOT_FOUND,
                "Request_ResourceNotFound",
                "no such resource",
            );
        }
    };
    {
        let mut f = st.faults.lock().unwrap();
        if !f.write_throttle.is_empty() {
            let after = f.write_throttle.remove(0);
            record(429, parsed);
            return throttled(after, "Too many requests.");
        }
    }
    // Teams: at most 4 requests per second per app on one team.
    let now = std::time::Instant::now();
    let recent = st
        .writes
        .lock()
        .unwrap()
        .iter()
        .filter(|w| {
            w.path.contains(&team_id)
                && now.duration_since(w.at) < std::time::Duration::from_secs(1)
        })
        .count();
    if recent >= 4 {
        record(429, parsed);
        return graph_error(
            StatusCode::TOO_MANY_REQUESTS,
            "TooManyRequests",
            "Too many requests for this team.",
        );
    }
    let delay = std::time::Duration::from_millis(st.faults.lock().unwrap().visible_after_ms);
    let teams = st.teams.lock().unwrap();
    let Some(team) = teams.iter().find(|t| t.id == team_id) else {
        drop(teams);
        record(404, parsed);
        return graph_error(
            StatusCode::NOT_FOUND,
            "NotFound",
            "No team found with Group Id",
        );
    };
    if *method == Method::DELETE {
        let mid = parts.last().cloned().unwrap_or_default();
        let Some(m) = team.members.iter().find(|m| m.membership_id == mid) else {
            drop(teams);
            record(404, parsed);
            return graph_error(
                StatusCode::NOT_FOUND,
                "NotFound",
                "The membership was not found.",
            );
        };
        let owners = team
            .members
            .iter()
            .filter(|m| m.roles.iter().any(|r| r == "owner"))
            .count();
        if m.roles.iter().any(|r| r == "owner") && owners <= 1 {
            drop(teams);
            record(400, parsed);
            return graph_error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "The last owner of the team cannot be removed.",
            );
        }
        drop(teams);
        st.pending
            .lock()
            .unwrap()
            .push((now + delay, team_id, Pending::Remove(mid)));
        record(204, parsed);
        return Response::builder().status(204).body(Body::empty()).unwrap();
    }
    let values = parsed["values"].as_array().cloned().unwrap_or_default();
    if values.is_empty() || values.len() > 200 {
        drop(teams);
        record(400, parsed.clone());
        return graph_error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "The number of values must be between 1 and 200.",
        );
    }
    drop(teams);
    let directory = st.directory.lock().unwrap();
    let mut results = Vec::new();
    let mut partial = false;
    for v in &values {
        let bind = v["user@odata.bind"].as_str().unwrap_or("");
        let uid = bind
            .split("users('")
            .nth(1)
            .and_then(|r| r.strip_suffix("')"))
            .unwrap_or("")
            .to_owned();
        let user = directory.users.iter().find(|u| u.id == uid);
        match user {
            Some(u) if v["@odata.type"] == "microsoft.graph.aadUserConversationMember" => {
                results.push(json!({"@odata.type": "#microsoft.graph.aadUserConversationMemberResult", "userId": uid, "error": null}));
                let m = Member {
                    membership_id: URL_SAFE_NO_PAD.encode(format!("{team_id}##{uid}")),
                    user_id: uid.clone(),
                    display_name: u.display_name.clone(),
                    email: u.mail.clone(),
                    roles: if u.user_type == "Guest" {
                        vec!["guest".into()]
                    } else {
                        vec![]
                    },
                };
                st.pending
                    .lock()
                    .unwrap()
                    .push((now + delay, team_id.clone(), Pending::Add(m)));
            }
            _ => {
                partial = true;
                results.push(json!({"@odata.type": "#microsoft.graph.aadUserConversationMemberResult", "userId": uid,
                    "error": {"code": "NotFound", "message": format!("User {uid} was not found.")}}));
            }
        }
    }
    drop(directory);
    let status = if partial {
        StatusCode::MULTI_STATUS
    } else {
        StatusCode::OK
    };
    record(status.as_u16(), parsed);
    json(
        status,
        &json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.actionResultPart)", "value": results}),
    )
}

/// `POST /teams/{id}/channels/{id}/messages`: 201 and the chatMessage for a delegated token;
/// an app-only token gets Graph's 401 for posts outside migrations.
fn channel_message(st: &Shared, path: &str, headers: &HeaderMap, body: &[u8]) -> Response {
    if let Some(refused) = unauthorized(st, headers) {
        return refused;
    }
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let claims: Value = bearer
        .split('.')
        .nth(1)
        .and_then(|p| URL_SAFE_NO_PAD.decode(p).ok())
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    if claims.get("scp").is_none() {
        return graph_error(
            StatusCode::UNAUTHORIZED,
            "Unauthorized",
            "Message POST is allowed in application-only context only for import purposes. Refer to https://docs.microsoft.com/microsoftteams/platform/graph-api/import-messages/import-external-messages-to-teams for more details.",
        );
    }
    let parts = segments(path.trim_start_matches("/v1.0/"));
    let ["teams", team, "channels", channel, "messages"] =
        parts.iter().map(String::as_str).collect::<Vec<_>>()[..]
    else {
        return graph_error(StatusCode::NOT_FOUND, "NotFound", "no such channel");
    };
    let known = st
        .teams
        .lock()
        .unwrap()
        .iter()
        .any(|t| t.id == team && t.channels.iter().any(|c| c.id == channel));
    if !known {
        return graph_error(StatusCode::NOT_FOUND, "NotFound", "Channel not found");
    }
    let v: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    if v["body"]["content"].as_str().is_none_or(str::is_empty) {
        return graph_error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "Missing body content.",
        );
    }
    let id = format!("16169900{}", st.seq.fetch_add(1, Ordering::SeqCst));
    st.messages
        .lock()
        .unwrap()
        .push((team.to_owned(), channel.to_owned(), v.clone(), id.clone()));
    json(
        StatusCode::CREATED,
        &json!({"id": id, "messageType": "message", "createdDateTime": "2026-12-02T12:00:00Z",
                "from": {"user": {"id": "ann", "displayName": "Ann", "userIdentityType": "aadUser"}},
                "body": v["body"], "attachments": v.get("attachments").cloned().unwrap_or(json!([])),
                "channelIdentity": {"teamId": team, "channelId": channel},
                "webUrl": format!("https://teams.microsoft.com/l/message/{}/{id}", percent_encoding::utf8_percent_encode(channel, percent_encoding::NON_ALPHANUMERIC))}),
    )
}
