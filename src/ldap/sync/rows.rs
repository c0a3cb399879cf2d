//! An entry as the cache stores it: user or group, its columns, its stable id.

use super::super::account::{account_state, login_name, stable_id};
use super::super::ad::generalized_to_rfc3339;
use super::super::dn::normalize;
use super::super::{DirectoryKind, Entry};
use crate::cache::ldap::EntryRow;

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
                .or_else(|| Some(super::super::dn::leaf_value(&e.dn))),
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
        sid: e.first_bytes("objectSid").and_then(super::super::ad::sid),
        created,
        modified,
        dn: e.dn.clone(),
        dn_norm,
        ..Default::default()
    })
}

pub(super) fn uuid_text(b: &[u8]) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_bytes_format_like_entryuuid() {
        let b: Vec<u8> = (0u8..16).collect();
        assert_eq!(uuid_text(&b), "00010203-0405-0607-0809-0a0b0c0d0e0f");
    }
}
