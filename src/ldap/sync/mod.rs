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
//!
//! The data path is the one every connector follows: fetch tasks → a bounded channel →
//! the cache writer (`cache::CacheWriter`), whose run commits the whole sync, state included,
//! or nothing. Files by concern: `full` (the full read), `rfc4533`, `usn` and `csn` (what
//! each delta method collects), `delta` (side effects and the apply), `read` (paged reads),
//! `rows` (an entry as a cache row).

mod csn;
mod delta;
mod full;
mod read;
mod rfc4533;
mod rows;
mod usn;

use super::account::user_attrs;
use super::{Directory, DirectoryKind, LdapFailure};
use crate::cache::ldap::{ChangeSummary, SyncState as StoredState};
use crate::cache::{CacheError, CacheWriter, WriterStopped};
use crate::error::{ExitClass, ExitKind};
use crate::progress::Progress;

pub use rows::to_row;

pub const DEFAULT_USER_FILTER: &str = "(|(objectClass=inetOrgPerson)(objectClass=posixAccount)(&(objectClass=user)(!(objectClass=computer))))";
pub const DEFAULT_GROUP_FILTER: &str = "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup)(objectClass=group))";

const SYNC_REQUEST_OID: &str = "1.3.6.1.4.1.4203.1.9.1.1";
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
    Cache(#[from] CacheError),
}

impl From<WriterStopped> for SyncError {
    fn from(e: WriterStopped) -> Self {
        SyncError::Cache(e.into())
    }
}

impl From<rusqlite::Error> for SyncError {
    fn from(e: rusqlite::Error) -> Self {
        SyncError::Cache(e.into())
    }
}

impl ExitClass for SyncError {
    fn exit_kind(&self) -> ExitKind {
        match self {
            SyncError::Ldap(e) => e.exit_kind(),
            SyncError::Cache(e) => e.exit_kind(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            SyncError::Ldap(e) => e.hint(),
            SyncError::Cache(e) => e.hint(),
        }
    }
}

/// Run one sync. `previous` is the stored state (None: never synced).
pub async fn run(
    dir: &mut Directory,
    cache: &CacheWriter,
    plan: &SyncPlan,
    previous: Option<StoredState>,
    progress: &dyn Progress,
) -> Result<SyncReport, SyncError> {
    let mut method = pick_method(dir);
    let mut warnings = Vec::new();
    loop {
        if method == Method::Csn {
            warnings.push(CSN_WARNING.to_owned());
        }
        match sync_with(
            dir,
            cache,
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
    cache: &CacheWriter,
    plan: &SyncPlan,
    method: Method,
    previous: Option<&StoredState>,
    progress: &dyn Progress,
    warnings: &mut Vec<String>,
) -> Result<SyncReport, SyncError> {
    let usable = previous.filter(|p| {
        p.method == method.name()
            && p.base.as_deref() == Some(dir.base.as_str())
            && (p.cookie.is_some() || p.usn.is_some())
    });
    match (usable, plan.full) {
        (Some(prev), false) => {
            match delta::run(dir, cache, plan, method, prev, progress).await {
                Err(SyncError::Ldap(LdapFailure::Refused {
                    rc: REFRESH_REQUIRED,
                    ..
                })) => {
                    warnings.push("the server no longer has history for the stored cookie: running a full sync".into());
                    full::run(dir, cache, plan, method, progress).await
                }
                other => other,
            }
        }
        _ => full::run(dir, cache, plan, method, progress).await,
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

fn highest_usn(dir: &Directory) -> Option<i64> {
    dir.root_dse
        .first_str("highestCommittedUSN")
        .and_then(|s| s.parse().ok())
}
