#!/usr/bin/env bash
# Teams / Graph benchmarks of issue 17, release build, against a local Graph whose pages are
# rendered once at start-up and served as static bytes (benches/graph_server.rs), so that the
# clients are what is measured: 100,000 users, 20,000 groups of 5 members, 10 teams and a
# team `Big` of 4,500 members.
#
#   full:      atomctl teams sync --full into an empty cache  vs  curl fetching the same
#              pages over one connection to /dev/null (fetching only), and vs the same rows
#              stored by a minimal client (benches/graph_sync_floor.rs: fetch, parse, prepared
#              INSERTs, one transaction); peak RSS
#   delta:     atomctl teams sync with a stored deltaLink: 100 changed users (each run changes
#              them back and forth) and the teams re-read — the whole process
#   reconcile: the plan of `Big` against a cached directory group of 5,000 users, less
#              `teams members Big` (the same fetch): what planning adds to the fetch
#
#   scripts/bench-teams.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
for t in curl hyperfine; do command -v $t >/dev/null || { echo "$t missing: scripts/install-deps.sh" >&2; exit 1; }; done
cargo build --release --locked -q
cargo build --release --locked -q --example graph-bench-server --example graph-sync-floor
floor=$PWD/target/release/examples/graph-sync-floor
bin=$PWD/target/release/atomctl
server=$PWD/target/release/examples/graph-bench-server
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config GS=bench-secret
field() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.4f" % d[sys.argv[2]][sys.argv[3]])' "$1" "$2" "$3"; }
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

"$server" --users 100000 --groups 20000 --members-per-group 5 --teams 10 --big-team-members 4500 \
    --changes 100 --dir "$work" >"$work/ready" &
pid=$!
for _ in $(seq 1 600); do grep -q READY "$work/ready" 2>/dev/null && break; sleep 0.1; done
url=$(awk '/READY/{print $2}' "$work/ready")
conn="--tenant contoso.onmicrosoft.com --client-id 11111111-2222-4333-8444-555555555555 --client-secret-env GS --login-url $url --graph-url $url"

echo "== full sync: 100,000 users, 20,000 groups, 11 teams (interleaved rounds)"
r=$(python3 scripts/bench_interleave.py --runs "$runs" \
    --prepare "sync=rm -f $work/full.db $work/full.db-wal $work/full.db-shm" \
    "curl=curl -s -H 'Authorization: Bearer x' -K $work/sync-urls.txt" \
    "floor=$floor $work/sync-urls.txt $work/floor.db 2>/dev/null" \
    "sync=$bin teams sync --full $conn --cache $work/full.db --quiet")
users=$(sqlite3 "$work/full.db" "SELECT count(*) FROM graph_users")
members=$(sqlite3 "$work/full.db" "SELECT count(*) FROM graph_members")
[ "$users" -eq 100000 ] && [ "$members" -eq 100000 ] || { echo "the sync stored $users users, $members memberships" >&2; exit 1; }
rm -f "$work/full.db" "$work/full.db-wal" "$work/full.db-shm"
full_rss=$(rss "$bin" teams sync --full $conn --cache "$work/full.db" --quiet)
c=$(field "$r" median curl); s=$(field "$r" median sync); f=$(field "$r" median floor)

echo "== delta: 100 changed users, teams re-read (whole process)"
cp "$work/full.db" "$work/delta.db"
hyperfine -N --warmup 2 --runs $((runs * 4)) --export-json "$work/delta.json" \
    "$bin teams sync $conn --cache $work/delta.db --quiet" >/dev/null
changed=$("$bin" teams sync $conn --cache "$work/delta.db" --format csv | awk -F, '$1=="graph_users"{print $4}')
[ "$changed" -eq 100 ] || { echo "a delta run changed $changed users, expected 100" >&2; exit 1; }
delta=$(python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$work/delta.json")

echo "== reconcile plan: a cached group of 5,000 users against team Big (4,500 members)"
# The directory side, written as ldap sync would store it: users whose entryUUID is the
# 16-byte id the tenant's onPremisesImmutableId encodes, and one group holding them all.
python3 - "$work/delta.db" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("INSERT INTO profiles (name) VALUES ('dir')")
pid = c.execute("SELECT pid FROM profiles WHERE name = 'dir'").fetchone()[0]
def uuid(i):
    h = "%032x" % i
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
rows = []
for i in range(5000):
    dn = "uid=u%d,ou=people,dc=example,dc=test" % i
    rows.append((pid, uuid(i), "user", dn, dn, "u%d" % i, "u%d@contoso.example" % i, 1, i))
c.executemany("INSERT INTO ldap_entries (pid, id, kind, dn, dn_norm, name, mail, enabled, hash) VALUES (?,?,?,?,?,?,?,?,?)", rows)
g = "cn=big-group,ou=groups,dc=example,dc=test"
c.execute("INSERT INTO ldap_entries (pid, id, kind, dn, dn_norm, name, hash) VALUES (?, ?, 'group', ?, ?, 'big-group', 0)",
          (pid, uuid(10**9), g, g))
eid = c.execute("SELECT eid FROM ldap_entries WHERE pid = ? AND name = 'big-group'", (pid,)).fetchone()[0]
c.executemany("INSERT INTO ldap_member_refs (pid, group_eid, member_dn_norm) VALUES (?, ?, ?)",
              [(pid, eid, r[4]) for r in rows])
c.commit()
EOF
adds=$("$bin" teams reconcile --team Big --from-group big-group --source-profile dir $conn --cache "$work/delta.db" --format csv --quiet | grep -c '^add,')
r2=$(python3 scripts/bench_interleave.py --runs $((runs * 2)) \
    "members=$bin teams members Big $conn --cache $work/delta.db --format csv --quiet" \
    "plan=$bin teams reconcile --team Big --from-group big-group --source-profile dir $conn --cache $work/delta.db --format csv --quiet")
m=$(field "$r2" median members); p=$(field "$r2" median plan)

echo
echo "Teams benchmark (medians; static pages on 127.0.0.1)"
printf 'full sync  %.3f s | curl, same pages, to /dev/null %.3f s = %.2fx (target 1.3x: fetching only) | minimal client storing the same rows %.3f s = %.2fx (fair target 1.3x) | peak RSS %d MB (target < 64 MB)\n' \
    "$s" "$c" "$(python3 -c "print($s/$c)")" "$f" "$(python3 -c "print($s/$f)")" $((full_rss / 1024))
printf 'delta      %s ms whole process, 100 users changed and 11 teams re-read (target < 300 ms)\n' "$delta"
printf 'reconcile  plan %.3f s - fetch alone (teams members Big) %.3f s = %.3f s beyond the fetch (target < 0.5 s); %s adds planned\n' \
    "$p" "$m" "$(python3 -c "print($p-$m)")" "$adds"
