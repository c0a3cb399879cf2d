//! A user's account state, decoded the same way for OpenLDAP and Active Directory, so the
//! `ldap user` command and the cache agree.

use serde::Serialize;

use super::ad::{self, UAC_DISABLED, UAC_DONT_EXPIRE_PASSWORD, UAC_LOCKOUT, filetime, rfc3339};
use super::{DirectoryKind, Entry};

/// Attributes to request for users of a kind of directory: identity, profile data and
/// account state. Each kind is asked only for its own names: the AD names riding along cost
/// slapd about a quarter more CPU on a 100,000-user dump, for attributes it cannot have.
pub fn user_attrs(kind: DirectoryKind) -> impl Iterator<Item = &'static str> {
    let own = match kind {
        DirectoryKind::ActiveDirectory => AD_USER_ATTRS,
        DirectoryKind::OpenLdap => OPENLDAP_USER_ATTRS,
    };
    COMMON_USER_ATTRS.iter().chain(own).copied()
}

const COMMON_USER_ATTRS: &[&str] = &[
    "objectClass",
    "uid",
    "cn",
    "sn",
    "givenName",
    "displayName",
    "mail",
    "title",
    "department",
    "departmentNumber",
    "employeeNumber",
    "manager",
];

const AD_USER_ATTRS: &[&str] = &[
    "objectGUID",
    "objectSid",
    "sAMAccountName",
    "userPrincipalName",
    "userAccountControl",
    "msDS-User-Account-Control-Computed",
    "msDS-UserPasswordExpiryTimeComputed",
    "lastLogonTimestamp",
    "pwdLastSet",
    "accountExpires",
    "lockoutTime",
    "whenCreated",
    "whenChanged",
];

const OPENLDAP_USER_ATTRS: &[&str] = &[
    "entryUUID",
    "pwdAccountLockedTime",
    "pwdChangedTime",
    "pwdLastSuccess",
    "authTimestamp",
    "shadowExpire",
    "pwdEndTime",
    "createTimestamp",
    "modifyTimestamp",
];

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct AccountState {
    pub enabled: bool,
    pub locked: bool,
    pub password_never_expires: bool,
    pub last_logon: Option<String>,
    pub password_last_set: Option<String>,
    pub password_expires: Option<String>,
    pub account_expires: Option<String>,
}

/// OpenLDAP ppolicy: this value of pwdAccountLockedTime means "locked until an
/// administrator unlocks it", which is how accounts are disabled there.
const PERMANENT_LOCK: &str = "000001010000Z";

pub fn account_state(e: &Entry, kind: DirectoryKind) -> AccountState {
    match kind {
        DirectoryKind::ActiveDirectory => ad_state(e),
        DirectoryKind::OpenLdap => openldap_state(e),
    }
}

fn int(e: &Entry, attr: &str) -> Option<i64> {
    e.first_str(attr)?.trim().parse().ok()
}

fn ft(e: &Entry, attr: &str) -> Option<String> {
    int(e, attr).and_then(filetime).map(rfc3339)
}

fn ad_state(e: &Entry) -> AccountState {
    let uac = int(e, "userAccountControl").unwrap_or(0) as u32;
    let computed = int(e, "msDS-User-Account-Control-Computed").unwrap_or(0) as u32;
    AccountState {
        enabled: uac & UAC_DISABLED == 0,
        locked: computed & UAC_LOCKOUT != 0
            || uac & UAC_LOCKOUT != 0
            || int(e, "lockoutTime").unwrap_or(0) > 0,
        password_never_expires: uac & UAC_DONT_EXPIRE_PASSWORD != 0,
        last_logon: ft(e, "lastLogonTimestamp"),
        password_last_set: ft(e, "pwdLastSet"),
        password_expires: ft(e, "msDS-UserPasswordExpiryTimeComputed"),
        account_expires: ft(e, "accountExpires"),
    }
}

fn openldap_state(e: &Entry) -> AccountState {
    let lock = e.first_str("pwdAccountLockedTime");
    let gt = |a: &str| e.first_str(a).and_then(super::ad::generalized_to_rfc3339);
    let shadow_expire = int(e, "shadowExpire")
        .filter(|d| *d >= 0)
        .and_then(|days| days.checked_mul(86_400))
        .and_then(|secs| time::OffsetDateTime::from_unix_timestamp(secs).ok())
        .map(rfc3339);
    AccountState {
        enabled: lock != Some(PERMANENT_LOCK),
        locked: lock.is_some_and(|l| l != PERMANENT_LOCK),
        password_never_expires: false,
        last_logon: gt("pwdLastSuccess").or_else(|| gt("authTimestamp")),
        password_last_set: gt("pwdChangedTime"),
        password_expires: None,
        account_expires: gt("pwdEndTime").or(shadow_expire),
    }
}

/// The identifier used to key an entry: entryUUID (OpenLDAP) or objectGUID (AD), as text.
pub fn stable_id(e: &Entry) -> Option<String> {
    if let Some(u) = e.first_str("entryUUID") {
        return Some(u.to_ascii_lowercase());
    }
    e.first_bytes("objectGUID").and_then(ad::guid)
}

/// The login name: uid, else sAMAccountName, else the leaf RDN value.
pub fn login_name(e: &Entry) -> String {
    e.first_str("uid")
        .or_else(|| e.first_str("sAMAccountName"))
        .map(str::to_owned)
        .unwrap_or_else(|| super::dn::leaf_value(&e.dn))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ldap::Attr;

    fn entry(attrs: &[(&str, &str)]) -> Entry {
        Entry {
            dn: "uid=x,dc=t".into(),
            attrs: attrs
                .iter()
                .map(|(n, v)| Attr {
                    name: (*n).into(),
                    values: vec![v.as_bytes().to_vec()],
                })
                .collect(),
        }
    }

    /// Server data never panics the decoder: a shadowExpire whose seconds overflow, and
    /// timestamps with a multibyte character where the offset belongs.
    #[test]
    fn hostile_account_attributes_decode_to_nothing_not_a_panic() {
        let e = entry(&[
            ("shadowExpire", "9223372036854775807"),
            ("pwdChangedTime", "20261126075419+\u{20ac}0"),
            ("pwdEndTime", "99991231235959-2359"),
        ]);
        let st = account_state(&e, DirectoryKind::OpenLdap);
        assert_eq!(st.account_expires, None);
        assert_eq!(st.password_last_set, None);
        let e = entry(&[("shadowExpire", "20000")]);
        assert_eq!(
            account_state(&e, DirectoryKind::OpenLdap)
                .account_expires
                .as_deref(),
            Some("2024-10-04T00:00:00Z")
        );
    }
}
