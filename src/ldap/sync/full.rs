//! The full read: users and groups side by side, batched into one cache-writer run that
//! replaces the profile's rows when it commits.

use std::sync::Arc;

use ldap3::Scope;

use super::super::pager::PageRequest;
use super::super::{Directory, Entry};
use super::csn::{change_mark, track_mark};
use super::read::{Pages, next_items, paged};
use super::rfc4533::{COOKIE_ONLY_FILTER, refresh};
use super::{Method, SyncError, SyncPlan, SyncReport, highest_usn, sync_attrs, sync_filter};
use crate::cache::ldap::{EntryRow, FullEnd, FullLoad, SyncState as StoredState};
use crate::cache::{Batches, CacheWriter};
use crate::progress::Progress;

/// Rows per batch for the cache writer, and the bytes at which a batch goes early: with
/// `QUEUED` batches waiting, a run of large groups cannot pile up tens of megabytes.
const BATCH_ROWS: usize = 1000;
const BATCH_BYTES: usize = 1 << 20;
const QUEUED: usize = 2;

/// One entry as a reader sees it: its change mark (csn method only) and its row, if it is
/// a user or a group.
type Item = (Option<String>, Option<EntryRow>);

/// Read everything and store it in one run; the previous state stays visible (and survives a
/// kill) until the run commits.
pub(super) async fn run(
    dir: &mut Directory,
    cache: &CacheWriter,
    plan: &SyncPlan,
    method: Method,
    progress: &dyn Progress,
) -> Result<SyncReport, SyncError> {
    let profile = plan.profile.clone();
    let load = cache
        .begin(QUEUED, move |tx| FullLoad::begin(tx, &profile))
        .await?;
    let fetch_started = std::time::Instant::now();
    let usn_before = if method == Method::Usn {
        highest_usn(dir)
    } else {
        None
    };
    let fetched = read(dir, plan, method, &load.batches(), progress).await;
    tracing::debug!(
        elapsed_ms = fetch_started.elapsed().as_millis() as u64,
        "directory read done"
    );
    let cookie = match fetched {
        Ok(c) => c,
        // When the writer stopped first, its error is the one worth reporting.
        Err(e) => return Err(load.abort().await.map(SyncError::from).unwrap_or(e)),
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
    let changes = load
        .finish(FullEnd {
            state,
            commit: !plan.dry_run,
        })
        .await?;
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

/// The read itself; returns the cookie (or change mark) the next delta starts from.
async fn read(
    dir: &mut Directory,
    plan: &SyncPlan,
    method: Method,
    batches: &Batches<FullLoad>,
    progress: &dyn Progress,
) -> Result<Option<Vec<u8>>, SyncError> {
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
    let convert = move |e: Entry| -> Item {
        (
            if with_marks { change_mark(&e) } else { None },
            super::to_row(&e, kind),
        )
    };
    // Each reader batches its own rows and keeps its own change mark. With two sessions an
    // entry that both filters match arrives twice; the cache writer stores it once (by its
    // unique id), so no set of a million ids is kept here. (A server-side `(!group_filter)`
    // cannot split them: a filter naming an objectClass the schema lacks is Undefined, and
    // its negation matches nothing.)
    let request = |filter: &str| PageRequest {
        base: dir.base.clone(),
        scope: Scope::Subtree,
        filter: filter.to_owned(),
        attrs: sync_attrs(dir.kind),
        page_size: plan.page_size,
    };
    // Users and groups side by side on sessions of their own, each decoded on its own task:
    // decoding is most of a full sync's client work.
    let marks = match super::super::wire::Connector::like(dir).map(Arc::new) {
        Some(c) => {
            let users = c.spawn(request(&plan.user_filter), convert);
            let groups = c.spawn(request(&plan.group_filter), convert);
            let (a, b) = tokio::join!(
                store(users, batches, progress),
                store(groups, batches, progress),
            );
            a?.max(b?)
        }
        // Without sessions of our own the read is just slower, never wrong.
        None => {
            let pages = paged(
                dir,
                &sync_filter(plan),
                sync_attrs(dir.kind),
                plan.page_size,
                convert,
            );
            store(pages, batches, progress).await?
        }
    };
    progress.set_message("writing the cache");
    Ok(match method {
        Method::Rfc4533 => cookie_before,
        Method::Usn => None,
        Method::Csn => marks.map(String::into_bytes),
    })
}

/// Batch one reader's rows into the run, bounded by rows and bytes; returns the highest
/// change mark it saw.
async fn store(
    mut pages: Pages<Item>,
    batches: &Batches<FullLoad>,
    progress: &dyn Progress,
) -> Result<Option<String>, SyncError> {
    let mut batch: Vec<EntryRow> = Vec::with_capacity(BATCH_ROWS);
    let mut weight = 0;
    let mut mark = None;
    while let Some(items) = next_items(&mut pages).await? {
        for (m, row) in items {
            track_mark(m, &mut mark);
            let Some(row) = row else { continue };
            progress.inc(1);
            weight += row.approx_size();
            batch.push(row);
            if batch.len() >= BATCH_ROWS || weight >= BATCH_BYTES {
                weight = 0;
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_ROWS));
                batches.send(full).await?;
            }
        }
    }
    if !batch.is_empty() {
        batches.send(batch).await?;
    }
    Ok(mark)
}
