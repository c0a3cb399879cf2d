#!/usr/bin/env bash
# Enabled accounts with no logon for 90 days (AD's lastLogonTimestamp), newest first.
set -euo pipefail
days=${1:-90}
[[ $days =~ ^[0-9]+$ ]] || { echo "usage: stale-accounts.sh [DAYS]" >&2; exit 2; }
atomctl cache sql --format csv "
SELECT name, mail, department, last_logon
FROM ldap_users
WHERE enabled = 1 AND (last_logon IS NULL OR last_logon < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-$days days'))
ORDER BY last_logon DESC"
