#!/usr/bin/env bash
# LDAP benchmarks of issue 2, release build, against a local slapd with a generated directory
# of 100,000 users and 5,000 groups. The compared commands run in interleaved rounds
# (scripts/bench_interleave.py: medians, and the median of per-round ratios, which cancels
# the drift of a shared VM); delta and --version via hyperfine; peak RSS from /usr/bin/time.
#
#   scripts/bench-ldap.sh [--users N] [--groups N] [--runs N]
#
# Compared in the same run:
#   search:  atomctl ldap search ... --format ldif   vs  ldapsearch -x -LLL -E pr=1000/noprompt
#   sync:    atomctl ldap sync --full (empty cache, and over a populated one)  vs  the same read
#            by ldapsearch: the sync's attributes, users and groups as two searches at once (as
#            the sync reads them), to /dev/null
#   delta:   atomctl ldap sync after 100 modifications, 5 deletes and 2 renames (whole process)
#   version: atomctl --version
#   ldaps:   one user looked up over ldaps, atomctl vs ldapsearch (whole processes)
set -euo pipefail
cd "$(dirname "$0")/.."
users=100000 groups=5000 runs=5
while [ $# -gt 0 ]; do
    case $1 in
        --users) users=$2; shift 2 ;;
        --groups) groups=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v hyperfine >/dev/null || { echo "hyperfine missing: scripts/install-deps.sh" >&2; exit 1; }
source scripts/ldap-bench-setup.sh
filter='(objectClass=inetOrgPerson)'

median_json() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(" ".join("%.4f" % x["median"] for x in r))' "$1"; }
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
interleave() { python3 scripts/bench_interleave.py --runs "$runs" "$@"; }
field() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.4f" % d[sys.argv[2]][sys.argv[3]])' "$1" "$2" "$3"; }

echo "== search: uid cn mail memberOf of every inetOrgPerson, LDIF to /dev/null (interleaved rounds)"
r=$(interleave \
    "ldapsearch=ldapsearch $ls_conn -E pr=1000/noprompt '$filter' uid cn mail memberOf" \
    "atomctl=$bin ldap search ${conn[*]} '$filter' uid cn mail memberOf --format ldif --cache $work/search.db")
ls_s=$(field "$r" median ldapsearch); at_s=$(field "$r" median atomctl); search_ratio=$(field "$r" ratio_to_ldapsearch atomctl)

echo "== sync --full into an empty cache, and over a populated cache, vs ldapsearch doing the same read"
"$bin" ldap sync --quiet "${conn[@]}" --cache "$work/resync.db"
# The reference: what the sync reads, read the way it reads it (users and groups on two
# connections at once), by ldapsearch, to /dev/null.
both="ldapsearch $ls_conn -E pr=1000/noprompt '$user_filter' $sync_attrs >/dev/null & p=\$!; ldapsearch $ls_conn -E pr=1000/noprompt '$group_filter' $sync_attrs >/dev/null && wait \$p"
r=$(interleave \
    --prepare "sync=rm -f $cache $cache-wal $cache-shm" \
    "ldapsearch=$both" \
    "sync=$bin ldap sync --full --quiet ${conn[*]} --cache $cache" \
    "resync=$bin ldap sync --full --quiet ${conn[*]} --cache $work/resync.db")
lsd_s=$(field "$r" median ldapsearch); sync_s=$(field "$r" median sync); resync_s=$(field "$r" median resync)
sync_ratio=$(field "$r" ratio_to_ldapsearch sync); resync_ratio=$(field "$r" ratio_to_ldapsearch resync)
rm -f "$cache" "$cache-wal" "$cache-shm"
sync_rss=$(rss "$bin" ldap sync --full --quiet "${conn[@]}" --cache "$cache")
search_rss=$(rss "$bin" ldap search "${conn[@]}" "$filter" uid cn mail memberOf --format ldif --cache "$work/search.db")
ls_rss=$(rss ldapsearch $ls_conn -E pr=1000/noprompt "$filter" uid cn mail memberOf)

echo "== delta after 100 modifications, 5 deletes and 2 renames"
# Each timed run gets fresh changes: the prepare step adds 5 throwaway users and syncs them in,
# then modifies 100 users, deletes the 5 and renames 2 (back and forth between runs).
cat >"$work/prepare.sh" <<PREP
#!/usr/bin/env bash
set -euo pipefail
n=\$(cat "$work/round" 2>/dev/null || echo 0); n=\$((n + 1)); echo \$n >"$work/round"
{
for i in 1 2 3 4 5; do
  printf 'dn: uid=tmp%s-%s,ou=Sales,ou=people,dc=example,dc=test\nchangetype: add\nobjectClass: inetOrgPerson\nuid: tmp%s-%s\ncn: tmp\nsn: tmp\n\n' \$n \$i \$n \$i
done
} | ldapmodify -x -H $url -D cn=admin,dc=example,dc=test -w admin-secret >/dev/null
$bin ldap sync --quiet ${conn[*]} --cache $cache
{
for i in \$(seq 100 199); do
  printf 'dn: uid=user%06d,ou=%s,ou=people,dc=example,dc=test\nchangetype: modify\nreplace: title\ntitle: round %s\n\n' \$i \$(python3 -c "print(['Engineering','Sales','Support','Finance','Marketing','Legal','Operations'][\$i % 7])") \$n
done
for i in 1 2 3 4 5; do printf 'dn: uid=tmp%s-%s,ou=Sales,ou=people,dc=example,dc=test\nchangetype: delete\n\n' \$n \$i; done
for i in 300 301; do
  dept=\$(python3 -c "print(['Engineering','Sales','Support','Finance','Marketing','Legal','Operations'][\$i % 7])")
  if [ \$((n % 2)) -eq 1 ]; then from=user000\$i; to=user000\$i-r; else from=user000\$i-r; to=user000\$i; fi
  printf 'dn: uid=%s,ou=%s,ou=people,dc=example,dc=test\nchangetype: modrdn\nnewrdn: uid=%s\ndeleteoldrdn: 1\n\n' \$from \$dept \$to
done
} | ldapmodify -x -H $url -D cn=admin,dc=example,dc=test -w admin-secret >/dev/null
PREP
chmod +x "$work/prepare.sh"
"$bin" ldap sync --quiet "${conn[@]}" --cache "$cache"
hyperfine -N --runs "$runs" --export-json "$work/delta.json" --prepare "$work/prepare.sh" \
    "$bin ldap sync --quiet ${conn[*]} --cache $cache" >/dev/null
read -r delta_s < <(median_json "$work/delta.json")
# The delta-synced cache must equal a fresh full sync.
"$bin" ldap sync --full --quiet "${conn[@]}" --cache "$work/fresh.db"
snap() { sqlite3 "$1" "SELECT id, kind, dn, hash FROM ldap_entries ORDER BY id; SELECT * FROM ldap_members ORDER BY 2, 3;" | md5sum; }
if [ "$(snap "$cache")" = "$(snap "$work/fresh.db")" ]; then equal=yes; else equal=NO; fi

echo "== atomctl --version"
hyperfine -N --warmup 5 --runs 50 --export-json "$work/version.json" "$bin --version" >/dev/null
read -r version_s < <(median_json "$work/version.json")

echo "== one user looked up over ldaps (connection, TLS handshake, bind, search)"
ca=$work/slapd/tls/ca.pem
LDAPTLS_CACERT=$ca hyperfine -N --warmup 3 --runs 30 --export-json "$work/ldaps.json" \
    -n ldapsearch "ldapsearch -x -LLL -H ldaps://127.0.0.1:$tls -D cn=syncer,ou=services,dc=example,dc=test -w syncer-secret -b dc=example,dc=test (uid=user000042) uid mail" \
    -n atomctl "$bin ldap search (uid=user000042) uid mail --url ldaps://127.0.0.1:$tls --ca-file $ca --bind-dn cn=syncer,ou=services,dc=example,dc=test --password-env SP --base dc=example,dc=test --format ldif --cache $work/ldaps.db" >/dev/null
read -r ldaps_ls ldaps_at < <(median_json "$work/ldaps.json")

python3 - "$ls_s" "$at_s" "$search_ratio" "$lsd_s" "$sync_s" "$sync_ratio" "$resync_s" "$resync_ratio" "$delta_s" "$version_s" \
    "$sync_rss" "$search_rss" "$ls_rss" "$equal" "$users" "$groups" "$ldaps_ls" "$ldaps_at" <<'PY'
import sys
ls, at, sr, lsd, sync, syr, resync, rsr, delta, ver = map(float, sys.argv[1:11])
sync_rss, search_rss, ls_rss = (int(x) / 1024 for x in sys.argv[11:14])
equal, users, groups = sys.argv[14:17]
ldaps_ls, ldaps_at = map(float, sys.argv[17:19])
print(f"\nLDAP benchmark, {users} users / {groups} groups; medians of interleaved rounds, ratio = median of per-round ratios")
print(f"search  ldapsearch {ls:.3f} s ({ls_rss:.1f} MB)  atomctl {at:.3f} s ({search_rss:.1f} MB)  ratio {sr:.2f}  (target <= 1.00)")
print(f"sync    ldapsearch reading the sync's attributes, users and groups at once: {lsd:.3f} s")
print(f"        atomctl sync --full, empty cache     {sync:.3f} s  ratio {syr:.2f}  (target <= 1.30)  peak RSS {sync_rss:.1f} MB (target < 64)")
print(f"        atomctl sync --full, populated cache {resync:.3f} s  ratio {rsr:.2f}  (target <= 1.10)")
print(f"delta   100 mods + 5 deletes + 2 renames: {delta*1000:.0f} ms (target < 150)  cache equals fresh full sync: {equal}")
print(f"version atomctl --version {ver*1000:.2f} ms (target < 10)")
print(f"ldaps   one lookup, whole process: ldapsearch {ldaps_ls*1000:.1f} ms  atomctl {ldaps_at*1000:.1f} ms")
PY
