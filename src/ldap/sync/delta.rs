//! A delta: what one of the methods collected, plus the groups its renames and deletes
//! touched, applied in one transaction on the cache writer.

use std::collections::{HashMap, HashSet};

use super::super::{Directory, DirectoryKind};
use super::read::{each, paged};
use super::usn::guid_filter_value;
use super::{Method, StoredState, SyncError, SyncPlan, SyncReport, sync_attrs};
use crate::cache::CacheWriter;
use crate::cache::ldap::{EntryRow, apply_delta, cached_dns, cached_ids, groups_referencing};
use crate::progress::Progress;

/// What a delta method collected, before side effects.
pub(super) struct Collected {
    pub upserts: HashMap<String, EntryRow>,
    pub deletes: HashSet<String>,
    /// Ids the server reported as still there (present phase, id pass).
    pub present: HashSet<String>,
    /// True when `present` is complete: cached ids neither present nor changed are gone.
    pub present_phase: bool,
    pub cookie: Option<Vec<u8>>,
    pub usn: Option<i64>,
}

impl Collected {
    /// Nothing collected yet; the marks stay where the last run left them.
    pub fn starting_from(prev: &StoredState) -> Self {
        Collected {
            upserts: HashMap::new(),
            deletes: HashSet::new(),
            present: HashSet::new(),
            present_phase: false,
            cookie: prev.cookie.clone(),
            usn: prev.usn,
        }
    }
}

pub(super) async fn run(
    dir: &mut Directory,
    cache: &CacheWriter,
    plan: &SyncPlan,
    method: Method,
    prev: &StoredState,
    progress: &dyn Progress,
) -> Result<SyncReport, SyncError> {
    let mut c = match method {
        Method::Rfc4533 => super::rfc4533::collect(dir, plan, prev, progress).await?,
        Method::Usn => super::usn::collect(dir, plan, prev, progress).await?,
        Method::Csn => super::csn::collect(dir, plan, prev, progress).await?,
    };
    let present = c.present_phase.then(|| std::mem::take(&mut c.present));
    let (referencing, present_deletes) = side_effects(cache, plan, &c, present).await?;
    c.deletes.extend(present_deletes);
    let to_refetch: Vec<String> = referencing
        .into_iter()
        .filter(|g| !c.upserts.contains_key(g) && !c.deletes.contains(g))
        .collect();
    refetch(dir, plan, &to_refetch, &mut c.upserts).await?;

    let state = StoredState {
        method: method.name().into(),
        cookie: c.cookie,
        usn: c.usn,
        server: Some(dir.url.clone()),
        base: Some(dir.base.clone()),
        server_kind: Some(dir.kind.name().into()),
        last_full_at: prev.last_full_at.clone(),
        last_sync_at: Some(crate::cache::now_rfc3339()),
    };
    let profile = plan.profile.clone();
    let commit = !plan.dry_run;
    let rows: Vec<EntryRow> = c.upserts.into_values().collect();
    let dels: Vec<String> = c.deletes.into_iter().collect();
    let changes = cache
        .call(move |conn| Ok(apply_delta(conn, &profile, &rows, &dels, &state, commit)?))
        .await?;
    Ok(SyncReport {
        profile: plan.profile.clone(),
        mode: "delta",
        method: method.name(),
        dry_run: plan.dry_run,
        changes,
        groups_refetched: to_refetch.len(),
        warnings: Vec::new(),
    })
}

/// Which cached groups name a DN this delta retires (renames and deletes), and which cached
/// ids a complete present set shows to be gone.
async fn side_effects(
    cache: &CacheWriter,
    plan: &SyncPlan,
    c: &Collected,
    present: Option<HashSet<String>>,
) -> Result<(HashSet<String>, Vec<String>), SyncError> {
    let profile = plan.profile.clone();
    let changed_ids: Vec<String> = c.upserts.keys().chain(c.deletes.iter()).cloned().collect();
    let new_dns: HashMap<String, String> = c
        .upserts
        .iter()
        .map(|(id, r)| (id.clone(), r.dn_norm.clone()))
        .collect();
    Ok(cache
        .call(move |conn| {
            let ids: Vec<&str> = changed_ids.iter().map(String::as_str).collect();
            let mut retired = HashSet::new();
            for (id, (dn_norm, _)) in cached_dns(conn, &profile, &ids)? {
                if new_dns.get(&id) != Some(&dn_norm) {
                    retired.insert(dn_norm);
                }
            }
            let mut gone = Vec::new();
            if let Some(present) = present {
                for id in cached_ids(conn, &profile)? {
                    if !present.contains(&id) && !new_dns.contains_key(&id) {
                        gone.push(id);
                    }
                }
            }
            // Deletes found by the present comparison retire their DNs too.
            let gone_ids: Vec<&str> = gone.iter().map(String::as_str).collect();
            retired.extend(
                cached_dns(conn, &profile, &gone_ids)?
                    .into_values()
                    .map(|(n, _)| n),
            );
            Ok((groups_referencing(conn, &profile, &retired)?, gone))
        })
        .await?)
}

/// Read these groups again, by id, into the upserts.
async fn refetch(
    dir: &mut Directory,
    plan: &SyncPlan,
    ids: &[String],
    upserts: &mut HashMap<String, EntryRow>,
) -> Result<(), SyncError> {
    let kind = dir.kind;
    for chunk in ids.chunks(100) {
        let mut f = String::from("(|");
        for id in chunk {
            match kind {
                DirectoryKind::ActiveDirectory => {
                    f.push_str(&format!("(objectGUID={})", guid_filter_value(id)))
                }
                DirectoryKind::OpenLdap => f.push_str(&format!(
                    "(entryUUID={})",
                    super::super::filter::escape_value(id)
                )),
            }
        }
        f.push(')');
        let pages = paged(dir, &f, sync_attrs(kind), plan.page_size, move |e| {
            super::to_row(&e, kind)
        });
        each(pages, |row| {
            if let Some(row) = row {
                upserts.insert(row.id.clone(), row);
            }
            Ok(())
        })
        .await?;
    }
    Ok(())
}
