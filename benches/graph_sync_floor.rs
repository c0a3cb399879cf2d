//! The floor under `teams sync --full` in scripts/bench-teams.sh: the same work with nothing
//! around it. The HTTP stack atomctl uses fetches the same page sequence as curl does, one
//! page after the other; each page is parsed with serde_json and its users, groups and
//! memberships go into a new SQLite file with the same tables and indexes, by prepared
//! INSERTs in one transaction. No change detection, no overlap of fetching and writing, no
//! teams logic: what a minimal client storing the same rows takes.
//!
//!   graph-sync-floor URLS_FILE DB

#![allow(clippy::print_stderr)] // a benchmark helper: its errors and counts go to stderr

use std::process::ExitCode;

use serde_json::Value;

const SCHEMA: &str = "
CREATE TABLE graph_users (profile TEXT NOT NULL, id TEXT NOT NULL, upn TEXT, mail TEXT, display_name TEXT,
  enabled INTEGER, user_type TEXT, immutable_id TEXT, sid TEXT, department TEXT, PRIMARY KEY (profile, id)) WITHOUT ROWID;
CREATE TABLE graph_groups (profile TEXT NOT NULL, id TEXT NOT NULL, display_name TEXT, description TEXT, mail TEXT,
  security_enabled INTEGER, group_types TEXT, PRIMARY KEY (profile, id)) WITHOUT ROWID;
CREATE TABLE graph_members (profile TEXT NOT NULL, group_id TEXT NOT NULL, member_id TEXT NOT NULL,
  member_type TEXT NOT NULL, PRIMARY KEY (profile, group_id, member_id)) WITHOUT ROWID;
";
const INDEXES: &str = "
CREATE INDEX graph_users_immutable_id ON graph_users (profile, immutable_id);
CREATE INDEX graph_users_sid ON graph_users (profile, sid);
CREATE INDEX graph_members_member ON graph_members (profile, member_id);
";

fn text(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(str::to_owned)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(file), Some(db)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: graph-sync-floor URLS_FILE DB");
        return ExitCode::from(2);
    };
    let urls: Vec<String> = std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| Some(l.strip_prefix("url = \"")?.strip_suffix('"')?.to_owned()))
        .collect();
    let _ = std::fs::remove_file(db);
    let mut conn = rusqlite::Connection::open(db).unwrap();
    conn.execute_batch(SCHEMA).unwrap();
    let tx = conn.transaction().unwrap();
    let client = reqwest::Client::new();
    let (mut users, mut groups, mut members) = (0usize, 0usize, 0usize);
    {
        let mut user = tx
            .prepare("INSERT INTO graph_users VALUES ('p', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .unwrap();
        let mut group = tx
            .prepare("INSERT OR IGNORE INTO graph_groups VALUES ('p', ?1, ?2, ?3, ?4, ?5, ?6)")
            .unwrap();
        let mut member = tx
            .prepare("INSERT OR IGNORE INTO graph_members VALUES ('p', ?1, ?2, ?3)")
            .unwrap();
        for url in &urls {
            let body = match client.get(url).bearer_auth("bench").send().await {
                Ok(r) => r.bytes().await.unwrap(),
                Err(e) => {
                    eprintln!("{url}: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let doc: Value = serde_json::from_slice(&body).unwrap();
            let items = doc["value"].as_array().cloned().unwrap_or_default();
            if url.contains("/users/delta") {
                for u in &items {
                    user.execute(rusqlite::params![
                        text(u, "id"),
                        text(u, "userPrincipalName"),
                        text(u, "mail"),
                        text(u, "displayName"),
                        u["accountEnabled"].as_bool(),
                        text(u, "userType"),
                        text(u, "onPremisesImmutableId"),
                        text(u, "onPremisesSecurityIdentifier"),
                        text(u, "department"),
                    ])
                    .unwrap();
                    users += 1;
                }
            } else if url.contains("/groups/delta") {
                for g in &items {
                    let id = text(g, "id");
                    let types: Vec<&str> = g["groupTypes"]
                        .as_array()
                        .map(|a| a.iter().filter_map(Value::as_str).collect())
                        .unwrap_or_default();
                    groups += group
                        .execute(rusqlite::params![
                            id,
                            text(g, "displayName"),
                            text(g, "description"),
                            text(g, "mail"),
                            g["securityEnabled"].as_bool(),
                            types.join(" "),
                        ])
                        .unwrap();
                    for m in g["members@delta"].as_array().into_iter().flatten() {
                        members += member
                            .execute(rusqlite::params![id, text(m, "id"), text(m, "@odata.type")])
                            .unwrap();
                    }
                }
            }
        }
    }
    tx.execute_batch(INDEXES).unwrap();
    tx.commit().unwrap();
    eprintln!("{users} users, {groups} groups, {members} memberships");
    ExitCode::SUCCESS
}
