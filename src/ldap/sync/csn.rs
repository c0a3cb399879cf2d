//! OpenLDAP without syncprov: `entryCSN` / `modifyTimestamp` above the stored mark for
//! changes, and a cheap id-only pass for deletions (timestamps never show a delete).

use super::super::account::stable_id;
use super::super::{Directory, Entry, LdapFailure, rc_name};
use super::delta::Collected;
use super::read::{each, paged};
use super::{REFRESH_REQUIRED, StoredState, SyncError, SyncPlan, sync_attrs, sync_filter};
use crate::progress::Progress;

/// The changes since the stored mark, and every id that still exists.
pub(super) async fn collect(
    dir: &mut Directory,
    plan: &SyncPlan,
    prev: &StoredState,
    progress: &dyn Progress,
) -> Result<Collected, SyncError> {
    let kind = dir.kind;
    let mut c = Collected::starting_from(prev);
    let mark = prev
        .cookie
        .as_deref()
        .and_then(|c| std::str::from_utf8(c).ok())
        .unwrap_or("")
        .to_owned();
    if mark.is_empty() {
        // No mark was recorded (the server returned neither entryCSN nor modifyTimestamp):
        // only a full sync can be exact.
        return Err(LdapFailure::Refused {
            rc: REFRESH_REQUIRED,
            name: rc_name(REFRESH_REQUIRED),
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
        super::super::filter::escape_value(&mark)
    );
    let mut max_mark = Some(mark);
    let pages = paged(
        dir,
        &filter,
        sync_attrs(dir.kind),
        plan.page_size,
        move |e: Entry| (change_mark(&e), super::to_row(&e, kind)),
    );
    each(pages, |(mark, row)| {
        track_mark(mark, &mut max_mark);
        if let Some(row) = row {
            progress.inc(1);
            c.upserts.insert(row.id.clone(), row);
        }
        Ok(())
    })
    .await?;
    c.cookie = max_mark.map(String::into_bytes);
    // Timestamps never show a delete: compare the ids that exist with the cache.
    let id_attrs = vec!["entryUUID".to_owned(), "objectGUID".to_owned()];
    let ids = paged(dir, &sync_filter(plan), id_attrs, plan.page_size, |e| {
        stable_id(&e)
    });
    each(ids, |id| {
        c.present.extend(id);
        Ok(())
    })
    .await?;
    c.present_phase = true;
    Ok(c)
}

/// The high-water mark of the csn method: the largest entryCSN (or modifyTimestamp) seen.
pub(super) fn track_mark(seen: Option<String>, mark: &mut Option<String>) {
    if let Some(v) = seen
        && mark.as_deref().is_none_or(|m| v.as_str() > m)
    {
        *mark = Some(v);
    }
}

/// An entry's change mark for the csn method.
pub(super) fn change_mark(e: &Entry) -> Option<String> {
    e.first_str("entryCSN")
        .or_else(|| e.first_str("modifyTimestamp"))
        .map(str::to_owned)
}
