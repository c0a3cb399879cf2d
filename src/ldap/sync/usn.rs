//! Active Directory: `uSNChanged` above the stored highestCommittedUSN for changes, the
//! Show Deleted control for deletions.

use ldap3::Scope;
use ldap3::controls::RawControl;

use super::super::entry::from_result;
use super::super::{Directory, LdapFailure, check_rc};
use super::delta::Collected;
use super::read::{each, paged};
use super::{StoredState, SyncError, SyncPlan, highest_usn, sync_attrs, sync_filter};
use crate::progress::Progress;

const SHOW_DELETED_OID: &str = "1.2.840.113556.1.4.417";

/// The changes and deletions since the stored USN.
pub(super) async fn collect(
    dir: &mut Directory,
    plan: &SyncPlan,
    prev: &StoredState,
    progress: &dyn Progress,
) -> Result<Collected, SyncError> {
    let kind = dir.kind;
    let mut c = Collected::starting_from(prev);
    let since = prev.usn.unwrap_or(0) + 1;
    c.usn = highest_usn(dir).or(prev.usn);
    let filter = format!("(&{}(uSNChanged>={since}))", sync_filter(plan));
    let pages = paged(
        dir,
        &filter,
        sync_attrs(dir.kind),
        plan.page_size,
        move |e| super::to_row(&e, kind),
    );
    each(pages, |row| {
        if let Some(row) = row {
            progress.inc(1);
            c.upserts.insert(row.id.clone(), row);
        }
        Ok(())
    })
    .await?;
    for id in deleted_since(dir, since).await? {
        c.upserts.remove(&id);
        c.deletes.insert(id);
    }
    Ok(c)
}

/// objectGUID in a filter: each byte as `\xx`, in wire order.
pub(super) fn guid_filter_value(id: &str) -> String {
    let hex: String = id.chars().filter(|c| *c != '-').collect();
    if hex.len() != 32 {
        return super::super::filter::escape_value(id);
    }
    let b: Vec<u8> = (0..16)
        .filter_map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok())
        .collect();
    // Undo the little-endian display of the first three fields.
    let order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
    order.iter().map(|&i| format!("\\{:02x}", b[i])).collect()
}

/// objectGUIDs of objects deleted since the USN (AD Show Deleted control).
async fn deleted_since(dir: &mut Directory, since: i64) -> Result<Vec<String>, SyncError> {
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
                if let Some(id) = e.first_bytes("objectGUID").and_then(super::super::ad::guid) {
                    out.push(id);
                }
            }
            Ok(None) => break,
            Err(e) => return Err(LdapFailure::Protocol(e.to_string()).into()),
        }
    }
    let res = stream.finish().await;
    check_rc(&res)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guid_filter_value_round_trips_the_display_order() {
        let raw = [
            0x56u8, 0x36, 0xa5, 0x56, 0x07, 0x86, 0xdb, 0x47, 0x81, 0x2a, 0x11, 0x22, 0x33, 0x44,
            0x55, 0x66,
        ];
        let text = super::super::super::ad::guid(&raw).unwrap();
        let expect: String = raw.iter().map(|b| format!("\\{b:02x}")).collect();
        assert_eq!(guid_filter_value(&text), expect);
    }
}
