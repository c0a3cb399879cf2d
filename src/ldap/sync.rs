//! The directory sync engine: users, groups and memberships into the cache, keyed by
//! entryUUID / objectGUID.
//!
//! Methods, picked from what the server offers:
//! - `rfc4533`: OpenLDAP with syncprov. A full sync takes a cookie first (from a refresh that
//!   matches nothing) and then reads everything in pages, which keeps memory bounded; a delta
//!   sends the stored cookie and gets the changed entries plus deleted entryUUIDs (delete
//!   phase) or the present set (present phase).
//! - `usn`: Active Directory. `uSNChanged` above the stored highestCommittedUSN for changes,
//!   the Show Deleted control for deletions.
//! - `csn`: OpenLDAP without syncprov. `entryCSN`/`modifyTimestamp` above the stored mark for
//!   changes, and a cheap id-only pass for deletions (timestamps never show a delete).
//!
//! No delta method sees membership side effects: renaming or deleting a user rewrites its
//! groups' `member` values without necessarily reporting those groups. So after collecting a
//! delta, groups that still name an old DN are fetched again before anything is written.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use ldap3::Scope;
use ldap3::controls::{
    Control, ControlType, EntryState, RawControl, RefreshMode, SyncDone, SyncInfo, SyncRequest,
    SyncState,
};

use super::account::{account_state, login_name, stable_id, user_attrs};
use super::ad::generalized_to_rfc3339;
use super::dn::normalize;
use super::entry::from_result;
use super::pager::{PageItem, PageRequest};
use super::{Directory, DirectoryKind, Entry, LdapFailure};
use crate::cache::ldap::{ChangeSummary, EntryRow, SyncState as StoredState};
use crate::output::Progress;

pub const DEFAULT_USER_FILTER: &str = "(|(objectClass=inetOrgPerson)(objectClass=posixAccount)(&(objectClass=user)(!(objectClass=computer))))";
pub const DEFAULT_GROUP_FILTER: &str = "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup)(objectClass=group))";

/// Matches nothing, cheaply (entryUUID is indexed wherever syncrepl is used).
const COOKIE_ONLY_FILTER: &str = "(entryUUID=00000000-0000-0000-0000-000000000000)";
const SYNC_REQUEST_OID: &str = "1.3.6.1.4.1.4203.1.9.1.1";
const SHOW_DELETED_OID: &str = "1.2.840.113556.1.4.417";
const REFRESH_REQUIRED: u32 = 4096;
/// Group attributes beyond the user ones, per kind (see `user_attrs`).
const COMMON_GROUP_ATTRS: &[&str] = &["member", "uniqueMember", "description"];
const AD_GROUP_ATTRS: &[&str] = &["isDeleted", "uSNChanged"];
const OPENLDAP_GROUP_ATTRS: &[&str] = &["entryCSN"];

#[derive(Debug, Clone)]
pub struct SyncPlan {
    pub profile: String,
    pub full: bool,
    pub dry_run: bool,
    pub user_filter: String,
    pub group_filter: String,
    pub page_size: u32,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct SyncReport {
    pub profile: String,
    pub mode: &'static str,
    pub method: &'static str,
    pub dry_run: bool,
    #[serde(flatten)]
    pub changes: ChangeSummary,
    /// Groups fetched again because a member was renamed or deleted.
    pub groups_refetched: usize,
    #[serde(skip)]
    pub warnings: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Ldap(#[from] LdapFailure),
    #[error("cache: {0}")]
    Cache(#[from] rusqlite::Error),
    #[error("cache: {0}")]
    Open(#[from] crate::cache::CacheError),
    #[error("the cache writer stopped unexpectedly")]
    WriterGone,
}

/// Run one sync. `previous` is the stored state (None: never synced).
pub async fn run(
    dir: &mut Directory,
    cache_path: &Path,
    plan: &SyncPlan,
    previous: Option<StoredState>,
    progress: &Progress,
) -> Result<SyncReport, SyncError> {
    let mut method = pick_method(dir);
    let mut warnings = Vec::new();
    loop {
        if method == Method::Csn {
            warnings.push(CSN_WARNING.to_owned());
        }
        match sync_with(
            dir,
            cache_path,
            plan,
            method,
            previous.as_ref(),
            progress,
            &mut warnings,
        )
        .await
        {
            // The control is advertised whenever the syncprov module is loaded, but only a
            // database with the overlay honours it; the critical flag makes the others say so.
            Err(SyncError::Ldap(LdapFailure::Refused {
                rc: UNAVAILABLE_CRITICAL_EXTENSION,
                ..
            })) if method == Method::Rfc4533 => {
                method = Method::Csn;
            }
            Err(e) => return Err(e),
            Ok(mut report) => {
                report.warnings.splice(0..0, warnings);
                return Ok(report);
            }
        }
    }
}

const CSN_WARNING: &str = "this directory offers no RFC 4533 content sync (no syncprov overlay on the database): deltas use entryCSN/modifyTimestamp plus an id-only pass for deletions, which reads every id each run";
const UNAVAILABLE_CRITICAL_EXTENSION: u32 = 12;

async fn sync_with(
    dir: &mut Directory,
    cache_path: &Path,
    plan: &SyncPlan,
    method: Method,
    previous: Option<&StoredState>,
    progress: &Progress,
    warnings: &mut Vec<String>,
) -> Result<SyncReport, SyncError> {
    let usable = previous.filter(|p| {
        p.method == method.name()
            && p.base.as_deref() == Some(dir.base.as_str())
            && (p.cookie.is_some() || p.usn.is_some())
    });
    match (usable, plan.full) {
        (Some(prev), false) => {
            match delta(dir, cache_path, plan, method, prev, progress).await {
                Err(SyncError::Ldap(LdapFailure::Refused {
                    rc: REFRESH_REQUIRED,
                    ..
                })) => {
                    warnings.push("the server no longer has history for the stored cookie: running a full sync".into());
                    full(dir, cache_path, plan, method, progress).await
                }
                other => other,
            }
        }
        _ => full(dir, cache_path, plan, method, progress).await,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    Rfc4533,
    Usn,
    Csn,
}

impl Method {
    fn name(self) -> &'static str {
        match self {
            Method::Rfc4533 => "rfc4533",
            Method::Usn => "usn",
            Method::Csn => "csn",
        }
    }
}

fn pick_method(dir: &Directory) -> Method {
    match dir.kind {
        DirectoryKind::ActiveDirectory => Method::Usn,
        DirectoryKind::OpenLdap if dir.supports_control(SYNC_REQUEST_OID) => Method::Rfc4533,
        DirectoryKind::OpenLdap => Method::Csn,
    }
}

fn sync_filter(plan: &SyncPlan) -> String {
    format!("(|{}{})", plan.user_filter, plan.group_filter)
}

fn sync_attrs(kind: DirectoryKind) -> Vec<String> {
    let group_own = match kind {
        DirectoryKind::ActiveDirectory => AD_GROUP_ATTRS,
        DirectoryKind::OpenLdap => OPENLDAP_GROUP_ATTRS,
    };
    user_attrs(kind)
        .chain(COMMON_GROUP_ATTRS.iter().chain(group_own).copied())
        .map(str::to_owned)
        .collect()
}

/// Decide user or group and build the cache row. Entries that are neither (the filters are
/// the user's) are skipped.
pub fn to_row(e: &Entry, kind: DirectoryKind) -> Option<EntryRow> {
    let id = stable_id(e)?;
    const GROUP_CLASSES: [&str; 4] = ["groupOfNames", "groupOfUniqueNames", "posixGroup", "group"];
    let is_group = e
        .strs("objectClass")
        .any(|c| GROUP_CLASSES.iter().any(|g| g.eq_ignore_ascii_case(c)));
    let s = |a: &str| e.first_str(a).map(str::to_owned);
    let gt = |a: &str| e.first_str(a).and_then(generalized_to_rfc3339);
    let created = gt("createTimestamp").or_else(|| gt("whenCreated"));
    let modified = gt("modifyTimestamp").or_else(|| gt("whenChanged"));
    let dn_norm = normalize(&e.dn);
    if is_group {
        let mut members: Vec<String> = e.strs("member").map(normalize).collect();
        if e.get("uniqueMember").is_some() {
            // Both attributes may name the same entry; keep one reference.
            members.extend(e.strs("uniqueMember").map(normalize));
            members.sort_unstable();
            members.dedup();
        }
        return Some(EntryRow {
            id,
            kind: "group",
            name: s("cn")
                .or_else(|| s("sAMAccountName"))
                .or_else(|| Some(super::dn::leaf_value(&e.dn))),
            mail: s("mail"),
            description: s("description"),
            created,
            modified,
            members,
            dn: e.dn.clone(),
            dn_norm,
            ..Default::default()
        });
    }
    let st = account_state(e, kind);
    Some(EntryRow {
        id,
        kind: "user",
        name: Some(login_name(e)),
        mail: s("mail"),
        display_name: s("displayName").or_else(|| s("cn")),
        given_name: s("givenName"),
        surname: s("sn"),
        title: s("title"),
        department: s("department").or_else(|| s("departmentNumber")),
        employee_number: s("employeeNumber"),
        upn: s("userPrincipalName"),
        manager_dn: s("manager"),
        enabled: Some(st.enabled),
        locked: Some(st.locked),
        password_never_expires: Some(st.password_never_expires),
        last_logon: st.last_logon,
        password_last_set: st.password_last_set,
        password_expires: st.password_expires,
        account_expires: st.account_expires,
        created,
        modified,
        dn: e.dn.clone(),
        dn_norm,
        ..Default::default()
    })
}

fn uuid_text(b: &[u8]) -> String {
    if b.len() != 16 {
        return b.iter().map(|x| format!("{x:02x}")).collect();
    }
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Rows per batch for the cache writer, and the bytes at which a batch goes early: with two
/// batches queued, a run of large groups cannot pile up tens of megabytes.
const BATCH_ROWS: usize = 1000;
const BATCH_BYTES: usize = 1 << 20;

/// Messages to the cache writer thread.
enum WriterMsg {
    Rows(Vec<EntryRow>),
    Finish(Option<Box<StoredState>>, bool),
}

/// A full sync streams rows to a writer thread that holds one transaction; the previous
/// state stays visible (and survives a kill) until it commits.
async fn full(
    dir: &mut Directory,
    cache_path: &Path,
    plan: &SyncPlan,
    method: Method,
    progress: &Progress,
) -> Result<SyncReport, SyncError> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<WriterMsg>(2);
    let path = cache_path.to_path_buf();
    let profile = plan.profile.clone();
    let writer = tokio::task::spawn_blocking(move || -> Result<ChangeSummary, SyncError> {
        let mut cache = crate::cache::Cache::open(&path)?;
        let mut w = crate::cache::ldap::FullWriter::begin(&mut cache.conn, &profile)?;
        let mut busy = std::time::Duration::ZERO;
        while let Ok(msg) = rx.recv() {
            let t = std::time::Instant::now();
            match msg {
                WriterMsg::Rows(rows) => w.write_batch(&rows)?,
                WriterMsg::Finish(state, commit) => {
                    let s = w.finish(state.as_deref(), commit)?;
                    tracing::debug!(
                        busy_ms = busy.as_millis() as u64,
                        finish_ms = t.elapsed().as_millis() as u64,
                        "cache writer done"
                    );
                    return Ok(s);
                }
            }
            busy += t.elapsed();
        }
        // The sender went away without Finish: the sync failed; dropping `w` rolls back.
        Err(SyncError::WriterGone)
    });

    let fetch_started = std::time::Instant::now();
    let usn_before = if method == Method::Usn {
        highest_usn(dir)
    } else {
        None
    };
    let mut max_mark: Option<String> = None;
    let fetched = async {
        // RFC 4533: take the cookie first, from a refresh that matches nothing. It marks the
        // state the paged dump below starts from, so the next delta covers every later change
        // (some twice, which upserts absorb). A paged dump keeps one page in flight where a
        // full refresh streams everything at once into an unbounded buffer. A server that ties
        // cookies to filters answers the next delta with e-syncRefreshRequired, which runs a
        // full sync: slower, never wrong.
        let cookie_before = match method {
            Method::Rfc4533 => {
                refresh(dir, COOKIE_ONLY_FILTER, None, |_| Ok(()))
                    .await?
                    .cookie
            }
            Method::Usn | Method::Csn => None,
        };
        let kind = dir.kind;
        let with_marks = method == Method::Csn;
        let convert = move |e: Entry| {
            (
                if with_marks { change_mark(&e) } else { None },
                to_row(&e, kind),
            )
        };
        // Each reader batches its own rows and keeps its own change mark. With two sessions an
        // entry that both filters match arrives twice: the ids seen decide which copy is kept.
        // (A server-side `(!group_filter)` cannot split them: a filter naming an objectClass
        // the schema lacks is Undefined, and its negation matches nothing.)
        let seen: std::cell::RefCell<std::collections::HashSet<String>> = Default::default();
        let reader = |tx: std::sync::mpsc::SyncSender<WriterMsg>, dedupe: bool| {
            let mut batch: Vec<EntryRow> = Vec::with_capacity(BATCH_ROWS);
            let mut weight = 0;
            let mut mark: Option<String> = None;
            let seen = &seen;
            move |item: Option<(Option<String>, Option<EntryRow>)>| -> Result<Option<String>, SyncError> {
                let Some((m, row)) = item else {
                    if !batch.is_empty() {
                        tx.send(WriterMsg::Rows(std::mem::take(&mut batch))).map_err(|_| SyncError::WriterGone)?;
                    }
                    return Ok(mark.take());
                };
                track_mark(m, &mut mark);
                if let Some(r) = row {
                    if dedupe && !seen.borrow_mut().insert(r.id.clone()) {
                        return Ok(None);
                    }
                    progress.inc(1);
                    weight += r.approx_size();
                    batch.push(r);
                    if batch.len() >= BATCH_ROWS || weight >= BATCH_BYTES {
                        weight = 0;
                        tx.send(WriterMsg::Rows(std::mem::replace(&mut batch, Vec::with_capacity(BATCH_ROWS))))
                            .map_err(|_| SyncError::WriterGone)?;
                    }
                }
                Ok(None)
            }
        };
        let request = |filter: &str| PageRequest {
            base: dir.base.clone(),
            scope: Scope::Subtree,
            filter: filter.to_owned(),
            attrs: sync_attrs(dir.kind),
            page_size: plan.page_size,
        };
        // Users and groups side by side on sessions of their own, each decoded on its own
        // task: decoding is most of a full sync's client work.
        let connector = super::wire::Connector::like(dir).map(std::sync::Arc::new);
        let marks: Vec<Option<String>> = match connector {
            Some(c) => {
                let (mut on_user, mut on_group) = (reader(tx.clone(), true), reader(tx.clone(), true));
                let users = c.spawn(request(&plan.user_filter), convert);
                let groups = c.spawn(request(&plan.group_filter), convert);
                let (a, b) = tokio::join!(
                    drain(users, |i| on_user(Some(i)).map(drop)),
                    drain(groups, |i| on_group(Some(i)).map(drop)),
                );
                a?;
                b?;
                vec![on_user(None)?, on_group(None)?]
            }
            None => {
                // Without sessions of our own the read is just slower, never wrong.
                let mut on_item = reader(tx.clone(), false);
                paged(dir, &sync_filter(plan), sync_attrs(dir.kind), plan.page_size, convert, |i| on_item(Some(i)).map(drop)).await?;
                vec![on_item(None)?]
            }
        };
        max_mark = marks.into_iter().flatten().max();
        progress.set_message("writing the cache");
        let cookie = match method {
            Method::Rfc4533 => cookie_before,
            Method::Usn => None,
            Method::Csn => max_mark.clone().map(String::into_bytes),
        };
        Ok::<_, SyncError>(cookie)
    }
    .await;
    tracing::debug!(
        elapsed_ms = fetch_started.elapsed().as_millis() as u64,
        "directory read done"
    );
    let cookie = match fetched {
        Ok(c) => c,
        Err(e) => {
            drop(tx);
            // When the writer stopped first, its error is the one worth reporting.
            return match (e, writer.await) {
                (SyncError::WriterGone, Ok(Err(cause))) => Err(cause),
                (e, _) => Err(e),
            };
        }
    };
    let now = crate::cache::now_rfc3339();
    let state = StoredState {
        method: method.name().into(),
        cookie,
        usn: usn_before,
        server: Some(dir.url.clone()),
        base: Some(dir.base.clone()),
        server_kind: Some(dir.kind.name().into()),
        last_full_at: Some(now.clone()),
        last_sync_at: Some(now),
    };
    tx.send(WriterMsg::Finish(Some(Box::new(state)), !plan.dry_run))
        .map_err(|_| SyncError::WriterGone)?;
    drop(tx);
    let changes = writer.await.map_err(|_| SyncError::WriterGone)??;
    Ok(SyncReport {
        profile: plan.profile.clone(),
        mode: "full",
        method: method.name(),
        dry_run: plan.dry_run,
        changes,
        groups_refetched: 0,
        warnings: Vec::new(),
    })
}

/// What a delta reported about one entry.
enum Change {
    Upsert(Entry),
    Delete(String),
    Present(String),
}

struct RefreshResult {
    cookie: Option<Vec<u8>>,
    /// True when the server used the present phase: ids neither present nor changed are gone.
    present_phase: bool,
}

/// One RFC 4533 refreshOnly search, with or without a cookie.
async fn refresh<F>(
    dir: &mut Directory,
    filter: &str,
    cookie: Option<Vec<u8>>,
    mut on_change: F,
) -> Result<RefreshResult, SyncError>
where
    F: FnMut(Change) -> Result<(), SyncError>,
{
    let mut ctrl: RawControl = SyncRequest {
        mode: RefreshMode::RefreshOnly,
        cookie,
        reload_hint: false,
    }
    .into();
    // Critical: a database without syncprov must refuse rather than answer a plain search.
    ctrl.crit = true;
    let mut stream = dir
        .ldap
        .with_controls(vec![ctrl])
        .streaming_search(&dir.base, Scope::Subtree, filter, sync_attrs(dir.kind))
        .await
        .map_err(|e| LdapFailure::Protocol(e.to_string()))?;
    let mut new_cookie = None;
    let mut present_phase = false;
    loop {
        let re = match stream.next().await {
            Ok(Some(re)) => re,
            Ok(None) => break,
            Err(e) => return Err(LdapFailure::Protocol(e.to_string()).into()),
        };
        if re.is_ref() {
            continue;
        }
        if re.is_intermediate() {
            // ldap3's parser panics on malformed input; keep a bad server message an error.
            let info = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                ldap3::controls::parse_syncinfo(re)
            }))
            .map_err(|_| LdapFailure::Protocol("malformed Sync Info message".into()))?;
            match info {
                SyncInfo::NewCookie(c) => new_cookie = Some(c),
                SyncInfo::RefreshDelete { cookie, .. } => new_cookie = cookie.or(new_cookie),
                SyncInfo::RefreshPresent { cookie, .. } => {
                    present_phase = true;
                    new_cookie = cookie.or(new_cookie);
                }
                SyncInfo::SyncIdSet {
                    cookie,
                    refresh_deletes,
                    sync_uuids,
                } => {
                    new_cookie = cookie.or(new_cookie);
                    for u in sync_uuids {
                        on_change(if refresh_deletes {
                            Change::Delete(uuid_text(&u))
                        } else {
                            Change::Present(uuid_text(&u))
                        })?;
                    }
                    if !refresh_deletes {
                        present_phase = true;
                    }
                }
            }
            continue;
        }
        let state = re.1.iter().find_map(|c| match c {
            Control(Some(ControlType::SyncState), raw) => {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| raw.parse::<SyncState>()))
                    .ok()
            }
            _ => None,
        });
        let entry = from_result(re).map_err(|e| LdapFailure::Protocol(e.to_string()))?;
        match state {
            Some(SyncState {
                state: EntryState::Delete,
                entry_uuid,
                ..
            }) => on_change(Change::Delete(uuid_text(&entry_uuid)))?,
            Some(SyncState {
                state: EntryState::Present,
                entry_uuid,
                ..
            }) if entry.attrs.is_empty() => {
                present_phase = true;
                on_change(Change::Present(uuid_text(&entry_uuid)))?
            }
            _ => on_change(Change::Upsert(entry))?,
        }
    }
    let res = stream.finish().await;
    if res.rc != 0 {
        super::check_rc(&res)?;
    }
    for c in &res.ctrls {
        if let Control(Some(ControlType::SyncDone), raw) = c {
            let done: SyncDone =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| raw.parse::<SyncDone>()))
                    .map_err(|_| LdapFailure::Protocol("malformed Sync Done control".into()))?;
            new_cookie = done.cookie.or(new_cookie);
            // RFC 4533 3.3.1: refreshDeletes FALSE in syncDone means the present phase was used.
            if !done.refresh_deletes {
                present_phase = true;
            }
        }
    }
    Ok(RefreshResult {
        cookie: new_cookie,
        present_phase,
    })
}

/// A paged search of the sync scope. Each entry goes through `convert` on the reader's
/// thread (allocated, converted and freed in one place) and the next page is read while this
/// one is stored.
async fn paged<T, C, F>(
    dir: &Directory,
    filter: &str,
    attrs: Vec<String>,
    page_size: u32,
    convert: C,
    on_item: F,
) -> Result<(), SyncError>
where
    T: Send + 'static,
    C: Fn(Entry) -> T + Send + Sync + 'static,
    F: FnMut(T) -> Result<(), SyncError>,
{
    let req = PageRequest {
        base: dir.base.clone(),
        scope: Scope::Subtree,
        filter: filter.to_owned(),
        attrs,
        page_size,
    };
    drain(super::pager::spawn(dir.ldap.clone(), req, convert), on_item).await
}

/// Hand every item of a paged read to `on_item`. A sync must never pass a truncated
/// directory off as complete, so a size limit is an error here, not a partial result.
async fn drain<T, F>(
    mut pages: tokio::sync::mpsc::Receiver<Result<PageItem<T>, LdapFailure>>,
    mut on_item: F,
) -> Result<(), SyncError>
where
    F: FnMut(T) -> Result<(), SyncError>,
{
    while let Some(item) = pages.recv().await {
        match item? {
            PageItem::Items(items) => {
                for item in items {
                    on_item(item)?;
                }
            }
            PageItem::Done(res) if res.rc == 4 => {
                return Err(LdapFailure::Refused {
                    rc: 4,
                    name: "sizeLimitExceeded",
                    text: "sync needs a bind DN without size limits".into(),
                }
                .into());
            }
            PageItem::Done(res) => return Ok(super::check_rc(&res)?),
        }
    }
    Err(LdapFailure::Protocol("the connection closed before the search finished".into()).into())
}

fn highest_usn(dir: &Directory) -> Option<i64> {
    dir.root_dse
        .first_str("highestCommittedUSN")
        .and_then(|s| s.parse().ok())
}

/// The high-water mark of the csn method: the largest entryCSN (or modifyTimestamp) seen.
fn track_mark(seen: Option<String>, mark: &mut Option<String>) {
    if let Some(v) = seen
        && mark.as_deref().is_none_or(|m| v.as_str() > m)
    {
        *mark = Some(v);
    }
}

/// An entry's change mark for the csn method.
fn change_mark(e: &Entry) -> Option<String> {
    e.first_str("entryCSN")
        .or_else(|| e.first_str("modifyTimestamp"))
        .map(str::to_owned)
}

async fn delta(
    dir: &mut Directory,
    cache_path: &Path,
    plan: &SyncPlan,
    method: Method,
    prev: &StoredState,
    progress: &Progress,
) -> Result<SyncReport, SyncError> {
    let kind = dir.kind;
    let mut upserts: HashMap<String, EntryRow> = HashMap::new();
    let mut deletes: HashSet<String> = HashSet::new();
    let mut present: HashSet<String> = HashSet::new();
    let mut present_phase = false;
    let mut new_cookie = prev.cookie.clone();
    let mut new_usn = prev.usn;
    match method {
        Method::Rfc4533 => {
            let r = refresh(dir, &sync_filter(plan), prev.cookie.clone(), |c| {
                match c {
                    Change::Upsert(e) => {
                        if let Some(row) = to_row(&e, kind) {
                            progress.inc(1);
                            deletes.remove(&row.id);
                            upserts.insert(row.id.clone(), row);
                        }
                    }
                    Change::Delete(id) => {
                        upserts.remove(&id);
                        deletes.insert(id);
                    }
                    Change::Present(id) => {
                        present.insert(id);
                    }
                }
                Ok(())
            })
            .await?;
            present_phase = r.present_phase;
            tracing::debug!(
                present_phase,
                changed = upserts.len(),
                deleted = deletes.len(),
                present = present.len(),
                "refresh with cookie"
            );
            if r.cookie.is_some() {
                new_cookie = r.cookie;
            }
        }
        Method::Usn => {
            let since = prev.usn.unwrap_or(0) + 1;
            new_usn = highest_usn(dir).or(prev.usn);
            let filter = format!("(&{}(uSNChanged>={since}))", sync_filter(plan));
            paged(
                dir,
                &filter,
                sync_attrs(dir.kind),
                plan.page_size,
                move |e| to_row(&e, kind),
                |row| {
                    if let Some(row) = row {
                        progress.inc(1);
                        upserts.insert(row.id.clone(), row);
                    }
                    Ok(())
                },
            )
            .await?;
            for id in ad_deleted_since(dir, since).await? {
                upserts.remove(&id);
                deletes.insert(id);
            }
        }
        Method::Csn => {
            let mark = prev
                .cookie
                .as_deref()
                .and_then(|c| std::str::from_utf8(c).ok())
                .unwrap_or("")
                .to_owned();
            if mark.is_empty() {
                // No mark was recorded (the server returned neither entryCSN nor
                // modifyTimestamp): only a full sync can be exact.
                return Err(LdapFailure::Refused {
                    rc: REFRESH_REQUIRED,
                    name: super::rc_name(REFRESH_REQUIRED),
                    text: "no change mark stored".into(),
                }
                .into());
            }
            let attr = if mark.contains('#') {
                "entryCSN"
            } else {
                "modifyTimestamp"
            };
            let filter = format!(
                "(&{}({attr}>={}))",
                sync_filter(plan),
                super::filter::escape_value(&mark)
            );
            let mut max_mark = Some(mark);
            let convert = move |e: Entry| (change_mark(&e), to_row(&e, kind));
            paged(
                dir,
                &filter,
                sync_attrs(dir.kind),
                plan.page_size,
                convert,
                |(mark, row)| {
                    track_mark(mark, &mut max_mark);
                    if let Some(row) = row {
                        progress.inc(1);
                        upserts.insert(row.id.clone(), row);
                    }
                    Ok(())
                },
            )
            .await?;
            new_cookie = max_mark.map(String::into_bytes);
            // Timestamps never show a delete: compare the ids that exist with the cache.
            let id_attrs = vec!["entryUUID".to_owned(), "objectGUID".to_owned()];
            paged(
                dir,
                &sync_filter(plan),
                id_attrs,
                plan.page_size,
                |e| stable_id(&e),
                |id| {
                    present.extend(id);
                    Ok(())
                },
            )
            .await?;
            present_phase = true;
        }
    }

    // Side effects: which cached DNs does this delta retire (renames and deletes)?
    let path = cache_path.to_path_buf();
    let profile = plan.profile.clone();
    let changed_ids: Vec<String> = upserts.keys().chain(deletes.iter()).cloned().collect();
    let new_dns: HashMap<String, String> = upserts
        .iter()
        .map(|(id, r)| (id.clone(), r.dn_norm.clone()))
        .collect();
    let (old_dns, present_deletes) =
        tokio::task::spawn_blocking(move || -> Result<_, SyncError> {
            let cache = crate::cache::Cache::open(&path)?;
            let ids: Vec<&str> = changed_ids.iter().map(String::as_str).collect();
            let cached = crate::cache::ldap::cached_dns(&cache.conn, &profile, &ids)?;
            let mut retired = HashSet::new();
            for (id, (dn_norm, _)) in &cached {
                match new_dns.get(id) {
                    Some(new) if new == dn_norm => {}
                    _ => {
                        retired.insert(dn_norm.clone());
                    }
                }
            }
            let mut gone = Vec::new();
            if present_phase {
                for id in crate::cache::ldap::cached_ids(&cache.conn, &profile)? {
                    if !present.contains(&id) && !new_dns.contains_key(&id) {
                        gone.push(id);
                    }
                }
            }
            // Deletes found by the present comparison retire their DNs too.
            let gone_dns = crate::cache::ldap::cached_dns(
                &cache.conn,
                &profile,
                &gone.iter().map(String::as_str).collect::<Vec<_>>(),
            )?;
            retired.extend(gone_dns.into_values().map(|(n, _)| n));
            let groups = crate::cache::ldap::groups_referencing(&cache.conn, &profile, &retired)?;
            Ok((groups, gone))
        })
        .await
        .map_err(|_| SyncError::WriterGone)??;
    deletes.extend(present_deletes);

    let to_refetch: Vec<String> = old_dns
        .into_iter()
        .filter(|g| !upserts.contains_key(g) && !deletes.contains(g))
        .collect();
    let refetched = to_refetch.len();
    for chunk in to_refetch.chunks(100) {
        let mut f = String::from("(|");
        for id in chunk {
            match kind {
                DirectoryKind::ActiveDirectory => {
                    f.push_str(&format!("(objectGUID={})", guid_filter_value(id)))
                }
                DirectoryKind::OpenLdap => {
                    f.push_str(&format!("(entryUUID={})", super::filter::escape_value(id)))
                }
            }
        }
        f.push(')');
        paged(
            dir,
            &f,
            sync_attrs(dir.kind),
            plan.page_size,
            move |e| to_row(&e, kind),
            |row| {
                if let Some(row) = row {
                    upserts.insert(row.id.clone(), row);
                }
                Ok(())
            },
        )
        .await?;
    }

    let now = crate::cache::now_rfc3339();
    let state = StoredState {
        method: method.name().into(),
        cookie: new_cookie,
        usn: new_usn,
        server: Some(dir.url.clone()),
        base: Some(dir.base.clone()),
        server_kind: Some(dir.kind.name().into()),
        last_full_at: prev.last_full_at.clone(),
        last_sync_at: Some(now),
    };
    let path = cache_path.to_path_buf();
    let profile = plan.profile.clone();
    let commit = !plan.dry_run;
    let rows: Vec<EntryRow> = upserts.into_values().collect();
    let dels: Vec<String> = deletes.into_iter().collect();
    let changes = tokio::task::spawn_blocking(move || -> Result<ChangeSummary, SyncError> {
        let mut cache = crate::cache::Cache::open(&path)?;
        Ok(crate::cache::ldap::apply_delta(
            &mut cache.conn,
            &profile,
            &rows,
            &dels,
            &state,
            commit,
        )?)
    })
    .await
    .map_err(|_| SyncError::WriterGone)??;
    Ok(SyncReport {
        profile: plan.profile.clone(),
        mode: "delta",
        method: method.name(),
        dry_run: plan.dry_run,
        changes,
        groups_refetched: refetched,
        warnings: Vec::new(),
    })
}

/// objectGUID in a filter: each byte as `\xx`, in wire order.
fn guid_filter_value(id: &str) -> String {
    let hex: String = id.chars().filter(|c| *c != '-').collect();
    if hex.len() != 32 {
        return super::filter::escape_value(id);
    }
    let b: Vec<u8> = (0..16)
        .filter_map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok())
        .collect();
    // Undo the little-endian display of the first three fields.
    let order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
    order.iter().map(|&i| format!("\\{:02x}", b[i])).collect()
}

/// objectGUIDs of objects deleted since the USN (AD Show Deleted control).
async fn ad_deleted_since(dir: &mut Directory, since: i64) -> Result<Vec<String>, SyncError> {
    let ctrl = RawControl {
        ctype: SHOW_DELETED_OID.to_owned(),
        crit: true,
        val: None,
    };
    let filter = format!("(&(isDeleted=TRUE)(uSNChanged>={since}))");
    // Deleted objects move to CN=Deleted Objects under the naming context, outside any OU a
    // profile may use as its base; ids the cache does not hold are ignored later.
    let root = dir
        .root_dse
        .first_str("defaultNamingContext")
        .unwrap_or(&dir.base)
        .to_owned();
    let mut stream = dir
        .ldap
        .with_controls(vec![ctrl])
        .streaming_search(
            &root,
            Scope::Subtree,
            &filter,
            vec!["objectGUID", "isDeleted"],
        )
        .await
        .map_err(|e| LdapFailure::Protocol(e.to_string()))?;
    let mut out = Vec::new();
    loop {
        match stream.next().await {
            Ok(Some(re)) if re.is_ref() || re.is_intermediate() => continue,
            Ok(Some(re)) => {
                let e = from_result(re).map_err(|e| LdapFailure::Protocol(e.to_string()))?;
                if let Some(id) = e.first_bytes("objectGUID").and_then(super::ad::guid) {
                    out.push(id);
                }
            }
            Ok(None) => break,
            Err(e) => return Err(LdapFailure::Protocol(e.to_string()).into()),
        }
    }
    let res = stream.finish().await;
    super::check_rc(&res)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_bytes_format_like_entryuuid() {
        let b: Vec<u8> = (0u8..16).collect();
        assert_eq!(uuid_text(&b), "00010203-0405-0607-0809-0a0b0c0d0e0f");
    }

    #[test]
    fn guid_filter_value_round_trips_the_display_order() {
        let raw = [
            0x56u8, 0x36, 0xa5, 0x56, 0x07, 0x86, 0xdb, 0x47, 0x81, 0x2a, 0x11, 0x22, 0x33, 0x44,
            0x55, 0x66,
        ];
        let text = super::super::ad::guid(&raw).unwrap();
        let expect: String = raw.iter().map(|b| format!("\\{b:02x}")).collect();
        assert_eq!(guid_filter_value(&text), expect);
    }
}
