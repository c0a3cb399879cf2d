//! The benchmark's Microsoft Graph: a token endpoint, users and groups by delta query, and a
//! few teams, every page rendered once at start-up and served as static bytes, so that the
//! timings measure the clients. Used by scripts/bench-teams.sh; not a test fake (that is
//! tests/cli/support/graph_fake.rs).
//!
//!   graph-bench-server --users N --groups G --members-per-group M --teams T --changes C
//!                      --big-team-members B --dir DIR
//!
//! Users are `u{i}` with onPremisesImmutableId = base64 of the 16-byte id `{i:032x}` (RFC
//! order), so a bench can build the directory side of a cache that matches them. Pages hold
//! 200 users or 100 groups (Graph's delta sizes); a stored deltaLink answers C changed users,
//! alternating between two versions so that every delta run changes C rows. Team `Big` has
//! B members (users 0..B). Prints `READY <base-url>`; writes the page URLs of a full sync to
//! `<dir>/sync-urls.txt` and of a `teams members Big` listing to `<dir>/big-urls.txt`, for
//! curl.
#![allow(clippy::print_stdout)] // the READY line is how the benchmark script finds the server

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{Method, Uri};
use axum::response::Response;
use base64::Engine;

struct Pages {
    token: Bytes,
    users: Vec<Bytes>,
    groups: Vec<Bytes>,
    /// The two versions of the users' delta (C changes each), served in turn.
    users_delta: [Bytes; 2],
    groups_delta: Bytes,
    teams: Bytes,
    /// team id → channels page, members pages, private channel members page.
    channels: HashMap<String, Bytes>,
    members: HashMap<String, Vec<Bytes>>,
    channel_members: HashMap<String, Bytes>,
    turn: AtomicU64,
}

fn arg(args: &[String], name: &str, default: usize) -> usize {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn user_id(i: usize) -> String {
    format!("{:08x}-0000-4000-8000-{:012x}", i as u32, i)
}

fn user(i: usize, mail_version: usize) -> String {
    let immutable =
        base64::engine::general_purpose::STANDARD.encode(u128::try_from(i).unwrap().to_be_bytes());
    let mail = if mail_version == 0 {
        format!("u{i}@contoso.example")
    } else {
        format!("u{i}.v{mail_version}@contoso.example")
    };
    format!(
        r#"{{"id":"{}","userPrincipalName":"u{i}@contoso.example","mail":"{mail}","displayName":"User {i}","accountEnabled":{},"userType":"Member","onPremisesImmutableId":"{immutable}","onPremisesSecurityIdentifier":"S-1-5-21-1-2-3-{}","department":"Dept {}"}}"#,
        user_id(i),
        i % 20 != 19,
        1000 + i,
        i % 12
    )
}

fn page(
    base: &str,
    path: &str,
    items: &[String],
    next: Option<String>,
    delta: Option<&str>,
) -> Bytes {
    let mut s = format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#{path}","value":[{}]"#,
        items.join(",")
    );
    if let Some(n) = next {
        write!(
            s,
            r#","@odata.nextLink":"{base}/v1.0/{path}?$skiptoken={n}""#
        )
        .unwrap();
    }
    if let Some(d) = delta {
        write!(
            s,
            r#","@odata.deltaLink":"{base}/v1.0/{path}?$deltatoken={d}""#
        )
        .unwrap();
    }
    s.push('}');
    Bytes::from(s)
}

fn member(team: &str, i: usize, role: &str) -> String {
    format!(
        r###"{{"@odata.type":"#microsoft.graph.aadUserConversationMember","id":"{team}##{}","roles":[{role}],"displayName":"User {i}","userId":"{}","email":"u{i}@contoso.example","tenantId":"t"}}"###,
        user_id(i),
        user_id(i)
    )
}

fn render(
    base: &str,
    args: &[String],
    urls: &mut Vec<String>,
    big_urls: &mut Vec<String>,
) -> Pages {
    let users = arg(args, "--users", 100_000);
    let groups = arg(args, "--groups", 20_000);
    let per_group = arg(args, "--members-per-group", 5);
    let teams = arg(args, "--teams", 10);
    let changes = arg(args, "--changes", 100);
    let big = arg(args, "--big-team-members", 0);
    let select = "users/delta";
    let chunks: Vec<Vec<String>> = (0..users)
        .map(|i| user(i, 0))
        .collect::<Vec<_>>()
        .chunks(200)
        .map(<[String]>::to_vec)
        .collect();
    let n = chunks.len();
    let user_pages: Vec<Bytes> = chunks
        .iter()
        .enumerate()
        .map(|(k, items)| {
            let next = (k + 1 < n).then(|| format!("u{}", k + 1));
            page(
                base,
                select,
                items,
                next,
                (k + 1 == n).then_some("latest-users"),
            )
        })
        .collect();
    urls.push(format!("{base}/v1.0/users/delta"));
    urls.extend((1..n).map(|k| format!("{base}/v1.0/users/delta?$skiptoken=u{k}")));
    let group_items: Vec<String> = (0..groups)
        .map(|g| {
            let members: Vec<String> = (0..per_group)
                .map(|m| format!(r##"{{"@odata.type":"#microsoft.graph.user","id":"{}"}}"##, user_id((g * per_group + m) % users.max(1))))
                .collect();
            format!(
                r#"{{"id":"{:08x}-1111-4000-8000-{g:012x}","displayName":"Group {g}","description":null,"mail":null,"securityEnabled":true,"groupTypes":[],"members@delta":[{}]}}"#,
                g as u32,
                members.join(",")
            )
        })
        .collect();
    let gchunks: Vec<&[String]> = group_items.chunks(100).collect();
    let gn = gchunks.len();
    let group_pages: Vec<Bytes> = gchunks
        .iter()
        .enumerate()
        .map(|(k, items)| {
            let next = (k + 1 < gn).then(|| format!("g{}", k + 1));
            page(
                base,
                "groups/delta",
                items,
                next,
                (k + 1 == gn).then_some("latest-groups"),
            )
        })
        .collect();
    urls.push(format!("{base}/v1.0/groups/delta"));
    urls.extend((1..gn).map(|k| format!("{base}/v1.0/groups/delta?$skiptoken=g{k}")));
    let delta = |v: usize| {
        let items: Vec<String> = (0..changes.min(users))
            .map(|i| user(i * 7 % users.max(1), v))
            .collect();
        page(base, "users/delta", &items, None, Some("latest-users"))
    };
    let mut team_items = Vec::new();
    let mut channels = HashMap::new();
    let mut members = HashMap::new();
    let mut channel_members = HashMap::new();
    let all_teams: Vec<(String, String, usize)> = (0..teams)
        .map(|t| {
            (
                format!("{:08x}-2222-4000-8000-{t:012x}", t as u32),
                format!("Team {t}"),
                10,
            )
        })
        .chain((big > 0).then(|| {
            (
                "0000b16b-2222-4000-8000-00000000b16b".to_owned(),
                "Big".to_owned(),
                big,
            )
        }))
        .collect();
    urls.push(format!("{base}/v1.0/teams"));
    for (id, name, count) in &all_teams {
        team_items.push(format!(
            r#"{{"id":"{id}","displayName":"{name}","description":null,"visibility":"private","webUrl":null}}"#
        ));
        let general = format!("19:{id}general@thread.tacv2");
        let private = format!("19:{id}private@thread.tacv2");
        channels.insert(
            id.clone(),
            page(base, "channels", &[
                format!(r#"{{"id":"{general}","displayName":"General","membershipType":"standard","description":null}}"#),
                format!(r#"{{"id":"{private}","displayName":"Private","membershipType":"private","description":null}}"#),
            ], None, None),
        );
        let items: Vec<String> = (0..*count)
            .map(|i| member(id, i, if i == 0 { r#""owner""# } else { "" }))
            .collect();
        let mchunks: Vec<&[String]> = items.chunks(100).collect();
        let mn = mchunks.len().max(1);
        let pages: Vec<Bytes> = (0..mn)
            .map(|k| {
                let items = mchunks.get(k).copied().unwrap_or(&[]);
                let next = (k + 1 < mn).then(|| format!("m{}", k + 1));
                page(base, &format!("teams/{id}/members"), items, next, None)
            })
            .collect();
        let member_urls: Vec<String> = (0..mn)
            .map(|k| {
                if k == 0 {
                    format!("{base}/v1.0/teams/{id}/members")
                } else {
                    format!("{base}/v1.0/teams/{id}/members?$skiptoken=m{k}")
                }
            })
            .collect();
        if name == "Big" {
            big_urls.push(format!(
                "{base}/v1.0/teams?$filter=displayName%20eq%20%27Big%27"
            ));
            big_urls.extend(member_urls.iter().cloned());
        }
        members.insert(id.clone(), pages);
        channel_members.insert(
            id.clone(),
            page(base, "members", &[member(id, 0, r#""owner""#)], None, None),
        );
        urls.push(format!("{base}/v1.0/teams/{id}/channels"));
        urls.extend(member_urls);
        urls.push(format!("{base}/v1.0/teams/{id}/channels/{private}/members"));
    }
    let token = Bytes::from(format!(
        r#"{{"token_type":"Bearer","expires_in":3599,"access_token":"{}.{}.sig"}}"#,
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"{"alg":"none"}"#),
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!(
            r#"{{"tid":"t","appid":"a","roles":["User.Read.All","GroupMember.Read.All","Team.ReadBasic.All","TeamMember.Read.All"],"exp":{}}}"#,
            u64::MAX / 2
        ))
    ));
    Pages {
        token,
        users: user_pages,
        groups: group_pages,
        users_delta: [delta(1), delta(2)],
        groups_delta: page(base, "groups/delta", &[], None, Some("latest-groups")),
        teams: page(base, "teams", &team_items, None, None),
        channels,
        members,
        channel_members,
        turn: AtomicU64::new(0),
    }
}

async fn handle(State(p): State<Arc<Pages>>, method: Method, uri: Uri) -> Response {
    let path = uri.path();
    let q: HashMap<String, String> =
        url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let json = |b: Bytes| {
        Response::builder()
            .header("content-type", "application/json;odata.metadata=minimal")
            .body(Body::from(b))
            .unwrap()
    };
    let n = |prefix: char| -> usize {
        q.get("$skiptoken")
            .and_then(|t| t.strip_prefix(prefix))
            .and_then(|k| k.parse().ok())
            .unwrap_or(0)
    };
    if method == Method::POST && path.ends_with("/oauth2/v2.0/token") {
        return json(p.token.clone());
    }
    match path {
        "/v1.0/users/delta" if q.contains_key("$deltatoken") => {
            let turn = p.turn.fetch_add(1, Ordering::SeqCst) as usize;
            return json(p.users_delta[turn % 2].clone());
        }
        "/v1.0/users/delta" => return json(p.users[n('u').min(p.users.len() - 1)].clone()),
        "/v1.0/groups/delta" if q.contains_key("$deltatoken") => {
            return json(p.groups_delta.clone());
        }
        "/v1.0/groups/delta" => return json(p.groups[n('g').min(p.groups.len() - 1)].clone()),
        "/v1.0/teams" => return json(p.teams.clone()),
        _ => {}
    }
    let parts: Vec<String> = path
        .trim_start_matches("/v1.0/")
        .split('/')
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        })
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let found = match parts[..] {
        ["teams", id, "channels"] => p.channels.get(id).cloned(),
        ["teams", id, "members"] => p
            .members
            .get(id)
            .map(|pages| pages[n('m').min(pages.len() - 1)].clone()),
        ["teams", id, "channels", _, "members"] => p.channel_members.get(id).cloned(),
        _ => None,
    };
    match found {
        Some(b) => json(b),
        None => Response::builder()
            .status(404)
            .body(Body::from(
                r#"{"error":{"code":"NotFound","message":"no such page"}}"#,
            ))
            .unwrap(),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .iter()
        .position(|a| a == "--dir")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| ".".into());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let mut urls = Vec::new();
        let mut big_urls = Vec::new();
        let pages = Arc::new(render(&base, &args, &mut urls, &mut big_urls));
        let write = |name: &str, urls: &[String]| {
            let text: String = urls
                .iter()
                .map(|u| format!("url = \"{u}\"\noutput = /dev/null\n"))
                .collect();
            std::fs::write(format!("{dir}/{name}"), text).unwrap();
        };
        write("sync-urls.txt", &urls);
        write("big-urls.txt", &big_urls);
        println!("READY {base}");
        let app = Router::new().fallback(handle).with_state(pages);
        axum::serve(listener, app).await.unwrap();
    });
}
