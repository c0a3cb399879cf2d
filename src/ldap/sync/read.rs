//! Paged reads of the sync scope, and the one rule for how they end.

use ldap3::Scope;
use tokio::sync::mpsc::Receiver;

use super::super::pager::{PageItem, PageRequest};
use super::super::{Directory, Entry, LdapFailure, check_rc};
use super::SyncError;

/// The items of a paged read as they arrive: one page at a time from one of the pagers
/// (`ldap::pager` over ldap3, or the sync's own sessions in `ldap::wire`).
pub type Pages<T> = Receiver<Result<PageItem<T>, LdapFailure>>;

/// A paged search of the sync scope. Each entry goes through `convert` on the reader's
/// thread (allocated, converted and freed in one place) and the next page is read while this
/// one is handled.
pub fn paged<T, C>(
    dir: &Directory,
    filter: &str,
    attrs: Vec<String>,
    page_size: u32,
    convert: C,
) -> Pages<T>
where
    T: Send + 'static,
    C: Fn(Entry) -> T + Send + Sync + 'static,
{
    let req = PageRequest {
        base: dir.base.clone(),
        scope: Scope::Subtree,
        filter: filter.to_owned(),
        attrs,
        page_size,
    };
    super::super::pager::spawn(dir.ldap.clone(), req, convert)
}

/// The next run of items, or `None` when the read ended successfully. A sync must never
/// pass a truncated directory off as complete, so a size limit is an error here, not a
/// partial result.
pub async fn next_items<T>(pages: &mut Pages<T>) -> Result<Option<Vec<T>>, SyncError> {
    match pages.recv().await {
        Some(item) => match item? {
            PageItem::Items(items) => Ok(Some(items)),
            PageItem::Done(res) if res.rc == 4 => Err(LdapFailure::Refused {
                rc: 4,
                name: "sizeLimitExceeded",
                text: "sync needs a bind DN without size limits".into(),
            }
            .into()),
            PageItem::Done(res) => {
                check_rc(&res)?;
                Ok(None)
            }
        },
        None => Err(LdapFailure::Protocol(
            "the connection closed before the search finished".into(),
        )
        .into()),
    }
}

/// Hand every item of a paged read to `on_item` (for reads whose items stay in memory: a
/// delta's changes, an id pass).
pub async fn each<T, F>(mut pages: Pages<T>, mut on_item: F) -> Result<(), SyncError>
where
    F: FnMut(T) -> Result<(), SyncError>,
{
    while let Some(items) = next_items(&mut pages).await? {
        for item in items {
            on_item(item)?;
        }
    }
    Ok(())
}
