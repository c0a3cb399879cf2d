#!/usr/bin/env bash
# From a fresh Debian machine to the main job, end to end, on a throwaway sample directory:
# install the packages, build the release binary, start a private slapd with generated data,
# then a full sync into a cache, a few changes, a delta sync, a search and a user lookup; then
# chat usage events for the same users, reports joined with the directory, and the overview page.
# Everything lives in a temporary directory that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cargo build --release --locked
bin=$PWD/target/release/atomctl
work=$(mktemp -d)
trap 'scripts/slapd-sandbox.sh stop "$work/slapd" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "== generating a sample directory (2,000 users, 40 groups) and starting slapd on 127.0.0.1"
python3 scripts/gen-directory.py --users 2000 --groups 40 --big-group 500 >"$work/sample.ldif"
scripts/slapd-sandbox.sh init "$work/slapd" "$work/sample.ldif"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
tls=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
scripts/slapd-sandbox.sh start "$work/slapd" "$port" "$tls"

# A profile, as an admin would write it; the password comes from the environment.
export ATOMCTL_CONFIG=$work/config.toml ATOMCTL_CACHE=$work/cache.db
cat >"$ATOMCTL_CONFIG" <<TOML
default_profile = "sample"
[profiles.sample.ldap]
urls = ["ldaps://127.0.0.1:$tls"]
ca_file = "$work/slapd/tls/ca.pem"
bind_dn = "cn=syncer,ou=services,dc=example,dc=test"
password_env = "SAMPLE_LDAP_PASSWORD"
base_dn = "dc=example,dc=test"
TOML
export SAMPLE_LDAP_PASSWORD=syncer-secret

echo "== full sync"
"$bin" ldap sync --format table
echo "== three changes on the server (modify, rename, delete), then a delta sync"
ldapmodify -x -H "ldap://127.0.0.1:$port" -D cn=admin,dc=example,dc=test -w admin-secret >/dev/null <<'LDIF'
dn: uid=user000010,ou=Finance,ou=people,dc=example,dc=test
changetype: modify
replace: title
title: Chief Demo Officer

dn: uid=user000012,ou=Legal,ou=people,dc=example,dc=test
changetype: modrdn
newrdn: uid=user000012-renamed
deleteoldrdn: 1

dn: uid=user000011,ou=Marketing,ou=people,dc=example,dc=test
changetype: delete
LDIF
"$bin" ldap sync --format table
echo "== ldap status"
"$bin" ldap status --format table
echo "== search (CSV)"
"$bin" ldap search '(title=Chief*)' uid cn title mail --format csv
echo "== user lookup"
"$bin" ldap user user000010 --transitive --format table
echo "== the cache, joined: members of group00001 by department"
"$bin" cache sql "SELECT u.department, count(*) AS members FROM ldap_members m
  JOIN ldap_groups g ON g.id = m.group_id JOIN ldap_users u ON u.id = m.member_id
  WHERE g.name = 'group00001' GROUP BY u.department ORDER BY members DESC" --format table
echo "== chat usage events for the sample's users (90 days), joined with the directory"
python3 scripts/gen-events.py --start "$(date -u -d '-89 days' +%F)" --days 90 --users 400 \
    --anomaly-day "$(date -u -d '-20 days' +%F)" --format ndjson >"$work/events.ndjson"
"$bin" analytics ingest "$work/events.ndjson" --format table
"$bin" analytics report usage --since 12w --by week --format table
"$bin" analytics report engagement --since 30d --group-by department --format table
dashboard=${TMPDIR:-/tmp}/atomctl-demo-overview.html
"$bin" analytics export overview --since 90d -o "$dashboard"
echo "the overview page (directory and chat usage; the other systems' sections say how to fill them): $dashboard"
echo "== done"
