#!/usr/bin/env bash
# The scale check of the sync (a benchmark, not a CI test): a generated directory of
# 1,000,000 users and 50,000 groups in a local slapd (generated once, kept under target/bench).
# Per round: ldapsearch reading what the sync reads (users and groups at once, to /dev/null),
# a full sync into an empty cache and a full sync over the populated one, each with its time
# and peak RSS; then three deltas of 100 modifications.
#
#   scripts/bench-ldap-scale.sh [--users N] [--groups N] [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."
users=1000000 groups=50000 rounds=3
while [ $# -gt 0 ]; do
    case $1 in
        --users) users=$2; shift 2 ;;
        --groups) groups=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
cargo build --release --locked -q
bin=$PWD/target/release/atomctl
root=$PWD/target/bench/ldap-$users-$groups
work=$(mktemp -d)
trap 'scripts/slapd-sandbox.sh stop "$work/slapd" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
if [ ! -f "$root/ready" ]; then
    echo "generating $users users / $groups groups (once, kept in $root)"
    rm -rf "$root"; mkdir -p "$root"
    python3 scripts/gen-directory.py --users "$users" --groups "$groups" >"$root/data.ldif"
    scripts/slapd-sandbox.sh init "$root/template" "$root/data.ldif"
    touch "$root/ready"
fi
scripts/slapd-sandbox.sh clone "$root/template" "$work/slapd"
free() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free); tls=$(free)
scripts/slapd-sandbox.sh start "$work/slapd" "$port" "$tls"
export SP=syncer-secret
url=ldap://127.0.0.1:$port
conn=(--url "$url" --bind-dn cn=syncer,ou=services,dc=example,dc=test --password-env SP --base dc=example,dc=test)
ls_conn=(-x -LLL -H "$url" -D cn=syncer,ou=services,dc=example,dc=test -w syncer-secret -b dc=example,dc=test -E pr=1000/noprompt)
uf='(|(objectClass=inetOrgPerson)(objectClass=posixAccount)(&(objectClass=user)(!(objectClass=computer))))'
gf='(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup)(objectClass=group))'
# What `ldap sync` asks an OpenLDAP server for (account.rs user_attrs, sync/mod.rs group attributes).
attrs=(objectClass uid cn sn givenName displayName mail title department departmentNumber employeeNumber manager entryUUID pwdAccountLockedTime pwdChangedTime pwdLastSuccess authTimestamp shadowExpire pwdEndTime createTimestamp modifyTimestamp member uniqueMember description entryCSN)
cache=$work/cache.db
ldapsearch "${ls_conn[@]}" "$uf" "${attrs[@]}" >/dev/null # warm the server's caches once
for round in $(seq "$rounds"); do
    t0=$(date +%s.%N)
    ldapsearch "${ls_conn[@]}" "$uf" "${attrs[@]}" >/dev/null & p=$!
    ldapsearch "${ls_conn[@]}" "$gf" "${attrs[@]}" >/dev/null; wait $p
    t1=$(date +%s.%N)
    rm -f "$cache" "$cache-wal" "$cache-shm"
    /usr/bin/time -f "%e %M" -o "$work/empty" "$bin" ldap sync --full --quiet "${conn[@]}" --cache "$cache"
    /usr/bin/time -f "%e %M" -o "$work/resync" "$bin" ldap sync --full --quiet "${conn[@]}" --cache "$cache"
    read -r es erss <"$work/empty"; read -r rs rrss <"$work/resync"
    printf 'round %s: ldapsearch (users and groups at once) %.2f s; sync into an empty cache %s s, %s MB; full resync %s s, %s MB\n' \
        "$round" "$(python3 -c "print($t1 - $t0)")" "$es" "$((erss / 1024))" "$rs" "$((rrss / 1024))"
done
for n in 1 2 3; do
    for i in $(seq 100 199); do
        dept=$(python3 -c "print(['Engineering','Sales','Support','Finance','Marketing','Legal','Operations'][$i % 7])")
        printf 'dn: uid=user%06d,ou=%s,ou=people,dc=example,dc=test\nchangetype: modify\nreplace: title\ntitle: scale %s\n\n' "$i" "$dept" "$n"
    done | ldapmodify -x -H "$url" -D cn=admin,dc=example,dc=test -w admin-secret >/dev/null
    /usr/bin/time -f "%e %M" -o "$work/delta" "$bin" ldap sync --quiet "${conn[@]}" --cache "$cache"
    read -r ds drss <"$work/delta"
    echo "delta $n (100 modifications): $ds s, $((drss / 1024)) MB"
done
