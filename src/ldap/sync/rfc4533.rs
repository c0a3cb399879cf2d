//! RFC 4533 content sync (OpenLDAP with syncprov): a refresh with the stored cookie returns
//! the changed entries plus deleted entryUUIDs (delete phase) or the present set (present
//! phase).

use ldap3::Scope;
use ldap3::controls::{
    Control, ControlType, EntryState, RawControl, RefreshMode, SyncDone, SyncInfo, SyncRequest,
    SyncState,
};

use super::super::entry::from_result;
use super::super::{Directory, Entry, LdapFailure, check_rc};
use super::delta::Collected;
use super::rows::uuid_text;
use super::{StoredState, SyncError, SyncPlan, sync_attrs, sync_filter};
use crate::progress::Progress;

/// Matches nothing, cheaply (entryUUID is indexed wherever syncrepl is used).
pub(super) const COOKIE_ONLY_FILTER: &str = "(entryUUID=00000000-0000-0000-0000-000000000000)";

/// The changes since the stored cookie.
pub(super) async fn collect(
    dir: &mut Directory,
    plan: &SyncPlan,
    prev: &StoredState,
    progress: &dyn Progress,
) -> Result<Collected, SyncError> {
    let kind = dir.kind;
    let mut c = Collected::starting_from(prev);
    let r = refresh(dir, &sync_filter(plan), prev.cookie.clone(), |change| {
        match change {
            Change::Upsert(e) => {
                if let Some(row) = super::to_row(&e, kind) {
                    progress.inc(1);
                    c.deletes.remove(&row.id);
                    c.upserts.insert(row.id.clone(), row);
                }
            }
            Change::Delete(id) => {
                c.upserts.remove(&id);
                c.deletes.insert(id);
            }
            Change::Present(id) => {
                c.present.insert(id);
            }
        }
        Ok(())
    })
    .await?;
    c.present_phase = r.present_phase;
    tracing::debug!(
        present_phase = c.present_phase,
        changed = c.upserts.len(),
        deleted = c.deletes.len(),
        present = c.present.len(),
        "refresh with cookie"
    );
    if r.cookie.is_some() {
        c.cookie = r.cookie;
    }
    Ok(c)
}

/// What a delta reported about one entry.
pub(super) enum Change {
    Upsert(Entry),
    Delete(String),
    Present(String),
}

pub(super) struct RefreshResult {
    pub cookie: Option<Vec<u8>>,
    /// True when the server used the present phase: ids neither present nor changed are gone.
    pub present_phase: bool,
}

/// One RFC 4533 refreshOnly search, with or without a cookie.
pub(super) async fn refresh<F>(
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
        check_rc(&res)?;
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
