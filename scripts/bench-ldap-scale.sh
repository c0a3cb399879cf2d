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
source scripts/ldap-bench-setup.sh
# The ldapsearch flags and the sync's attributes as argument arrays.
read -r -a ls_args <<<"$ls_conn -E pr=1000/noprompt"
read -r -a attrs <<<"$sync_attrs"
ldapsearch "${ls_args[@]}" "$user_filter" "${attrs[@]}" >/dev/null # warm the server's caches once
for round in $(seq "$rounds"); do
    t0=$(date +%s.%N)
    ldapsearch "${ls_args[@]}" "$user_filter" "${attrs[@]}" >/dev/null & p=$!
    ldapsearch "${ls_args[@]}" "$group_filter" "${attrs[@]}" >/dev/null; wait $p
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
