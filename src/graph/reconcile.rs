//! `teams reconcile`: make a team's membership match a directory group (reference/msgraph.md
//! §5). The plan is pure: the group's users (nesting already expanded from the cache), the
//! tenant's users (from the cache) and the team's members (read live) go in; adds, removes
//! and skips with reasons come out. Applying writes in `members/add` batches and per-member
//! DELETEs, paced under Teams' per-team limit, then reads the team again until the writes
//! show (they appear late).

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Serialize;
use serde_json::{Value, json};

use super::GraphError;
use super::client::Graph;
use super::teams::{self, MemberRow};
pub use crate::cache::reconcile::{EntraUser, SourceUser, Wanted};

/// Per request to `members/add` (Graph's limit).
pub const ADD_BATCH: usize = 200;
/// Teams allows 4 requests per second per app on one team.
const WRITE_SPACING: Duration = Duration::from_millis(250);
const WRITE_PERMISSION: &str = "TeamMember.ReadWrite.All";

/// The fallback when no anchor matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    Mail,
    Upn,
}

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct PlanOptions {
    #[serde(skip)]
    pub fallback: Option<Fallback>,
    pub include_owners: bool,
    pub include_guests: bool,
    /// Never removed: Entra ids, UPNs or mail addresses, lower-case.
    pub exempt: HashSet<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Act {
    Add,
    Remove,
    #[default]
    Skip,
}

/// What became of a change when applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Made, and seen in the team afterwards.
    Done,
    /// Made (Graph said so) but not yet visible when verification gave up.
    Pending,
    Failed,
}

/// One line of the plan.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Action {
    pub action: Act,
    /// UPN, else mail, else the directory login name.
    pub user: String,
    /// The Entra user id (None: no account matched).
    pub user_id: Option<String>,
    /// The directory entry's id, for a user that comes from the group.
    pub directory_id: Option<String>,
    /// How the account was matched (`objectGUID`, `objectSid`, `mail`, `upn`), or why the
    /// line is skipped.
    pub reason: String,
    /// The membership to delete (removes).
    #[serde(skip)]
    pub membership_id: Option<String>,
    /// After `--apply` (empty in a plan).
    pub result: Option<Outcome>,
    pub error: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub actions: Vec<Action>,
    /// Members that stay as they are.
    pub kept: usize,
    pub team_members: usize,
    /// Over the team as read and the changes planned: `--apply` refuses when it differs.
    pub fingerprint: String,
}

impl Plan {
    pub fn count(&self, a: Act) -> usize {
        self.actions.iter().filter(|x| x.action == a).count()
    }
}

/// The base64 forms an objectGUID / entryUUID takes as `onPremisesImmutableId`: Entra
/// Connect's default takes objectGUID's bytes as AD stores them (the first three fields
/// little-endian); an entryUUID is anchored by its bytes in RFC 4122 order. Both are tried:
/// two different random ids cannot meet in either.
pub fn immutable_ids(id: &str) -> Vec<String> {
    let hex: String = id.chars().filter(|c| *c != '-').collect();
    if hex.len() != 32 {
        return Vec::new();
    }
    let Ok(rfc) = (0..16)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16))
        .collect::<Result<Vec<u8>, _>>()
    else {
        return Vec::new();
    };
    let mut ad = rfc.clone();
    ad[0..4].reverse();
    ad[4..6].reverse();
    ad[6..8].reverse();
    vec![STANDARD.encode(&ad), STANDARD.encode(&rfc)]
}

/// The keys a plan looks accounts up by: the group's anchors (and mail or UPN with the
/// fallback) and the team's members.
pub fn wanted(source: &[SourceUser], team: &[MemberRow], fallback: Option<Fallback>) -> Wanted {
    let mut w = Wanted::default();
    for s in source {
        w.immutable_ids.extend(immutable_ids(&s.id));
        w.sids.extend(s.sid.iter().map(|x| x.to_ascii_uppercase()));
        match fallback {
            Some(Fallback::Mail) => w.mails.extend(s.mail.iter().map(|m| m.to_lowercase())),
            Some(Fallback::Upn) => w
                .upns
                .extend(s.upn.as_ref().or(s.mail.as_ref()).map(|u| u.to_lowercase())),
            None => {}
        }
    }
    w.ids.extend(team.iter().filter_map(|m| m.user_id.clone()));
    w
}

/// The tenant's users by each key a source user can be matched on.
pub struct EntraIndex<'a> {
    by_immutable: HashMap<&'a str, &'a EntraUser>,
    by_sid: HashMap<String, &'a EntraUser>,
    by_mail: HashMap<String, &'a EntraUser>,
    by_upn: HashMap<String, &'a EntraUser>,
}

impl<'a> EntraIndex<'a> {
    pub fn new(users: &'a [EntraUser]) -> Self {
        let mut ix = EntraIndex {
            by_immutable: HashMap::new(),
            by_sid: HashMap::new(),
            by_mail: HashMap::new(),
            by_upn: HashMap::new(),
        };
        for u in users {
            if let Some(i) = &u.immutable_id {
                ix.by_immutable.insert(i.as_str(), u);
            }
            if let Some(s) = &u.sid {
                ix.by_sid.insert(s.to_ascii_uppercase(), u);
            }
            if let Some(m) = &u.mail {
                ix.by_mail.insert(m.to_lowercase(), u);
            }
            if let Some(p) = &u.upn {
                ix.by_upn.insert(p.to_lowercase(), u);
            }
        }
        ix
    }

    /// The account of a source user and how it was found.
    fn find(&self, s: &SourceUser, fallback: Option<Fallback>) -> Option<(&'a EntraUser, &str)> {
        for i in immutable_ids(&s.id) {
            if let Some(u) = self.by_immutable.get(i.as_str()) {
                return Some((u, "objectGUID"));
            }
        }
        if let Some(u) = s
            .sid
            .as_ref()
            .and_then(|sid| self.by_sid.get(&sid.to_ascii_uppercase()))
        {
            return Some((u, "objectSid"));
        }
        match fallback {
            Some(Fallback::Mail) => s
                .mail
                .as_ref()
                .and_then(|m| self.by_mail.get(&m.to_lowercase()))
                .map(|u| (*u, "mail")),
            Some(Fallback::Upn) => s
                .upn
                .as_ref()
                .or(s.mail.as_ref())
                .and_then(|p| self.by_upn.get(&p.to_lowercase()))
                .map(|u| (*u, "upn")),
            None => None,
        }
    }
}

fn label(upn: Option<&str>, mail: Option<&str>, fallback: &str) -> String {
    upn.or(mail).unwrap_or(fallback).to_owned()
}

/// The plan: who to add, who to remove, who is left alone and why.
pub fn plan(
    source: &[SourceUser],
    entra: &[EntraUser],
    team: &[MemberRow],
    opts: &PlanOptions,
) -> Plan {
    let ix = EntraIndex::new(entra);
    let by_id: HashMap<&str, &EntraUser> = entra.iter().map(|u| (u.id.as_str(), u)).collect();
    let in_team: HashMap<&str, &MemberRow> = team
        .iter()
        .filter_map(|m| m.user_id.as_deref().map(|u| (u, m)))
        .collect();
    let mut actions = Vec::new();
    let mut wanted: HashSet<&str> = HashSet::new();
    let mut kept = 0usize;
    let mut sorted: Vec<&SourceUser> = source.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    sorted.dedup_by(|a, b| a.id == b.id);
    let anchors = match opts.fallback {
        None => "no Entra account with its objectGUID/entryUUID or objectSid",
        Some(Fallback::Mail) => "no Entra account with its objectGUID/entryUUID, objectSid or mail",
        Some(Fallback::Upn) => "no Entra account with its objectGUID/entryUUID, objectSid or UPN",
    };
    for s in sorted {
        let name = s.name.as_deref().unwrap_or(&s.id);
        let skip = |user: String, user_id: Option<String>, reason: &str| Action {
            action: Act::Skip,
            user,
            user_id,
            directory_id: Some(s.id.clone()),
            reason: reason.to_owned(),
            membership_id: None,
            result: None,
            error: None,
        };
        let Some((u, how)) = ix.find(s, opts.fallback) else {
            actions.push(skip(
                label(s.upn.as_deref(), s.mail.as_deref(), name),
                None,
                anchors,
            ));
            continue;
        };
        wanted.insert(u.id.as_str());
        let user = label(u.upn.as_deref(), u.mail.as_deref(), name);
        if in_team.contains_key(u.id.as_str()) {
            kept += 1;
            continue;
        }
        if s.enabled == Some(false) {
            actions.push(skip(user, Some(u.id.clone()), "disabled in the directory"));
        } else if u.enabled == Some(false) {
            actions.push(skip(user, Some(u.id.clone()), "disabled in Entra ID"));
        } else {
            actions.push(Action {
                action: Act::Add,
                user,
                user_id: Some(u.id.clone()),
                directory_id: Some(s.id.clone()),
                reason: format!("in the group, matched by {how}"),
                membership_id: None,
                result: None,
                error: None,
            });
        }
    }
    let owners = team.iter().filter(|m| m.role == "owner").count();
    let mut owners_removed = 0usize;
    let mut members: Vec<&MemberRow> = team.iter().collect();
    members.sort_by(|a, b| a.user_id.cmp(&b.user_id));
    for m in members {
        let Some(uid) = m.user_id.as_deref() else {
            continue;
        };
        if wanted.contains(uid) {
            continue;
        }
        let account = by_id.get(uid);
        let user = label(
            account.and_then(|a| a.upn.as_deref()),
            m.email.as_deref(),
            m.display_name.as_deref().unwrap_or(uid),
        );
        let exempt = [
            Some(uid),
            m.email.as_deref(),
            account.and_then(|a| a.upn.as_deref()),
        ]
        .into_iter()
        .flatten()
        .any(|k| opts.exempt.contains(&k.to_lowercase()));
        let reason = if exempt {
            Some("exempt (--exempt)")
        } else if m.role == "owner" && !opts.include_owners {
            Some("owner (--include-owners to remove)")
        } else if m.role == "owner" && owners - owners_removed <= 1 {
            Some("the team's last owner")
        } else if m.role == "guest" && !opts.include_guests {
            Some("guest (--include-guests to remove)")
        } else {
            None
        };
        let mut a = Action {
            action: Act::Remove,
            user,
            user_id: Some(uid.to_owned()),
            directory_id: None,
            reason: "not in the group".into(),
            membership_id: Some(m.membership_id.clone()),
            result: None,
            error: None,
        };
        match reason {
            Some(r) => {
                a.action = Act::Skip;
                a.reason = r.into();
                a.membership_id = None;
                kept += 1;
            }
            None if m.role == "owner" => owners_removed += 1,
            None => {}
        }
        actions.push(a);
    }
    let fingerprint = fingerprint(team, &actions);
    Plan {
        actions,
        kept,
        team_members: team.len(),
        fingerprint,
    }
}

/// SHA-256 over the team as read (user and role) and the changes, first 16 hex digits.
fn fingerprint(team: &[MemberRow], actions: &[Action]) -> String {
    let mut lines: Vec<String> = team
        .iter()
        .map(|m| format!("m {} {}", m.user_id.as_deref().unwrap_or(""), m.role))
        .chain(
            actions
                .iter()
                .filter(|a| a.action != Act::Skip)
                .map(|a| format!("{:?} {}", a.action, a.user_id.as_deref().unwrap_or(""))),
        )
        .collect();
    lines.sort();
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, lines.join("\n").as_bytes());
    digest.as_ref()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Every member of a team, read live.
pub async fn team_members(g: &Graph, team_id: &str) -> Result<Vec<MemberRow>, GraphError> {
    let mut all = Vec::new();
    teams::each_member(g, team_id, None, |rows| {
        all.extend(rows);
        Ok(())
    })
    .await?;
    Ok(all)
}

/// Spaces writes to one team: each starts at least `WRITE_SPACING` after the previous one
/// ended (counted from its end, so a request the client retried counts from its last try).
struct Pacer(Option<Instant>);

impl Pacer {
    async fn wait(&self) {
        if let Some(last) = self.0 {
            let due = last + WRITE_SPACING;
            let now = Instant::now();
            if due > now {
                tokio::time::sleep(due - now).await;
            }
        }
    }

    fn done(&mut self) {
        self.0 = Some(Instant::now());
    }
}

/// Apply the plan's adds and removes, recording each one's outcome in the plan; then read
/// the team again (with back-off, for up to `verify_for`) until every change shows.
pub async fn apply(
    g: &Graph,
    team_id: &str,
    plan: &mut Plan,
    verify_for: Duration,
    progress: &dyn crate::progress::Progress,
) -> Result<(), GraphError> {
    let mut pace = Pacer(None);
    let team = teams::encode(team_id);
    let adds: Vec<usize> = (0..plan.actions.len())
        .filter(|i| plan.actions[*i].action == Act::Add)
        .collect();
    for chunk in adds.chunks(ADD_BATCH) {
        let values: Vec<Value> = chunk
            .iter()
            .map(|i| {
                let uid = plan.actions[*i].user_id.as_deref().unwrap_or_default();
                json!({
                    "@odata.type": "microsoft.graph.aadUserConversationMember",
                    "roles": [],
                    "user@odata.bind": g.url(&format!("users('{uid}')")),
                })
            })
            .collect();
        pace.wait().await;
        let answer = g
            .post(
                &format!("teams/{team}/members/add"),
                &json!({ "values": values }),
                Some(WRITE_PERMISSION),
            )
            .await;
        pace.done();
        let results: HashMap<String, Option<String>> = match &answer {
            Ok(doc) => doc
                .get("value")
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|r| {
                            let uid = r.get("userId")?.as_str()?.to_owned();
                            let err = r.get("error").filter(|e| !e.is_null()).map(|e| {
                                let text = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("");
                                format!("{}: {}", text("code"), text("message"))
                            });
                            Some((uid, err))
                        })
                        .collect()
                })
                .unwrap_or_default(),
            Err(_) => HashMap::new(),
        };
        for i in chunk {
            let a = &mut plan.actions[*i];
            let uid = a.user_id.clone().unwrap_or_default();
            match (&answer, results.get(&uid)) {
                (Err(e), _) => {
                    a.result = Some(Outcome::Failed);
                    a.error = Some(e.to_string());
                }
                (Ok(_), Some(None)) => a.result = Some(Outcome::Pending),
                (Ok(_), Some(Some(err))) => {
                    a.result = Some(Outcome::Failed);
                    a.error = Some(err.clone());
                }
                // Never report a change Graph did not confirm.
                (Ok(_), None) => {
                    a.result = Some(Outcome::Failed);
                    a.error = Some("Graph's answer has no result for this user".into());
                }
            }
            progress.inc(1);
        }
    }
    for a in plan.actions.iter_mut().filter(|a| a.action == Act::Remove) {
        let mid = a.membership_id.clone().unwrap_or_default();
        pace.wait().await;
        let answer = g
            .delete(
                &format!("teams/{team}/members/{}", teams::encode(&mid)),
                Some(WRITE_PERMISSION),
            )
            .await;
        pace.done();
        match answer {
            // Gone already (a retry of a delete that went through, or someone else).
            Ok(()) | Err(GraphError::Api { status: 404, .. }) => a.result = Some(Outcome::Pending),
            Err(e) => {
                a.result = Some(Outcome::Failed);
                a.error = Some(e.to_string());
            }
        }
        progress.inc(1);
    }
    verify(g, team_id, plan, verify_for).await
}

/// Read the team until the writes show, waiting 1, 2, 4 … s, for up to `verify_for`.
async fn verify(
    g: &Graph,
    team_id: &str,
    plan: &mut Plan,
    verify_for: Duration,
) -> Result<(), GraphError> {
    let started = Instant::now();
    let mut wait = Duration::from_secs(1);
    loop {
        let pending = plan
            .actions
            .iter()
            .any(|a| a.result == Some(Outcome::Pending));
        if !pending {
            return Ok(());
        }
        let members: HashSet<String> = team_members(g, team_id)
            .await?
            .into_iter()
            .filter_map(|m| m.user_id)
            .collect();
        for a in plan
            .actions
            .iter_mut()
            .filter(|a| a.result == Some(Outcome::Pending))
        {
            let present = a.user_id.as_ref().is_some_and(|u| members.contains(u));
            if present == (a.action == Act::Add) {
                a.result = Some(Outcome::Done);
            }
        }
        let left = verify_for.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Ok(());
        }
        tokio::time::sleep(wait.min(left)).await;
        wait = (wait * 2).min(Duration::from_secs(30));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(uid: &str, role: &'static str) -> MemberRow {
        MemberRow {
            user_id: Some(uid.into()),
            display_name: None,
            email: Some(format!("{uid}@x.example")),
            role,
            membership_id: format!("m-{uid}"),
        }
    }

    fn entra(id: &str, guid: &str) -> EntraUser {
        EntraUser {
            id: id.into(),
            upn: Some(format!("{id}@x.example")),
            enabled: Some(true),
            immutable_id: immutable_ids(guid).into_iter().next(),
            ..Default::default()
        }
    }

    #[test]
    fn an_object_guid_anchors_as_entra_connect_writes_it() {
        // objectGUID bytes 00 01 … 0f print as 03020100-0504-0706-0809-0a0b0c0d0e0f.
        let bytes: Vec<u8> = (0u8..16).collect();
        assert_eq!(
            immutable_ids("03020100-0504-0706-0809-0a0b0c0d0e0f")[0],
            STANDARD.encode(&bytes)
        );
        assert!(immutable_ids("not-a-guid").is_empty());
    }

    #[test]
    fn adds_removes_and_the_people_never_removed() {
        let g = |n: u8| format!("{n:08x}-0000-4000-8000-000000000000");
        let source: Vec<SourceUser> = (1..=4)
            .map(|n| SourceUser {
                id: g(n),
                name: Some(format!("u{n}")),
                enabled: Some(n != 4),
                ..Default::default()
            })
            .chain(std::iter::once(SourceUser {
                id: g(9),
                name: Some("nobody".into()),
                ..Default::default()
            }))
            .collect();
        let entra: Vec<EntraUser> = (1..=4)
            .map(|n| entra(&format!("e{n}"), &g(n)))
            .chain(["o1", "o2", "x1", "x2", "gst"].map(|id| entra(id, &g(0xEE))))
            .collect();
        let team = vec![
            member("e1", "member"),
            member("o1", "owner"),
            member("x1", "member"),
            member("x2", "member"),
            member("gst", "guest"),
        ];
        let opts = PlanOptions {
            exempt: ["x2@x.example".to_owned()].into(),
            ..Default::default()
        };
        let p = plan(&source, &entra, &team, &opts);
        let by = |a: Act| -> Vec<String> {
            p.actions
                .iter()
                .filter(|x| x.action == a)
                .map(|x| x.user_id.clone().unwrap_or_else(|| x.user.clone()))
                .collect()
        };
        assert_eq!(by(Act::Add), ["e2", "e3"]);
        assert_eq!(by(Act::Remove), ["x1"]);
        // e4 disabled in the directory, g(9) unmatched, owner, guest and exempt kept.
        assert_eq!(by(Act::Skip), ["e4", "nobody", "gst", "o1", "x2"]);
        assert_eq!(p.kept, 4);
        // With --include-owners the last owner still stays.
        let p2 = plan(
            &source,
            &entra,
            &team,
            &PlanOptions {
                include_owners: true,
                ..opts.clone()
            },
        );
        let o1 = p2
            .actions
            .iter()
            .find(|a| a.user_id.as_deref() == Some("o1"))
            .unwrap();
        assert_eq!(
            (o1.action, o1.reason.as_str()),
            (Act::Skip, "the team's last owner")
        );
        // The fingerprint follows the team and the plan.
        let p3 = plan(&source, &entra, &team[..4], &opts);
        assert_ne!(p.fingerprint, p3.fingerprint);
        assert_eq!(
            p.fingerprint,
            plan(&source, &entra, &team, &opts).fingerprint
        );
    }
}
