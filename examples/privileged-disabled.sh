#!/usr/bin/env bash
# Disabled accounts that are still members (directly or through nesting) of a privileged
# group, from the cache that `atomctl ldap sync` keeps. CSV on stdout, or into a file given
# with `-o FILE` (any atomctl flag is passed on): written atomically, so a reader of the file
# never sees half a report, and a failed run leaves the last one in place.
set -euo pipefail
atomctl cache sql --format csv "$@" "
WITH RECURSIVE privileged(id) AS (
    SELECT id FROM ldap_groups WHERE name IN ('Domain Admins', 'Enterprise Admins', 'Administrators')
    UNION
    SELECT m.member_id FROM ldap_members m JOIN privileged p ON p.id = m.group_id WHERE m.member_kind = 'group'
)
SELECT DISTINCT u.name, u.dn, u.last_logon, g.name AS via_group
FROM ldap_members m
JOIN privileged p ON p.id = m.group_id
JOIN ldap_users u ON u.id = m.member_id AND u.profile = m.profile
JOIN ldap_groups g ON g.id = m.group_id AND g.profile = m.profile
WHERE u.enabled = 0
ORDER BY u.name"
