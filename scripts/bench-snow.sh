#!/usr/bin/env bash
# ServiceNow benchmarks of issue 18, release build, against a local instance whose 200,000
# incidents are rendered once at start-up and whose keyset pages are found by binary search
# (benches/snow_server.rs), so that the clients are what is measured.
#
#   full:        atomctl snow sync incident --full into an empty cache  vs  a minimal client
#                fetching the same 200 pages of 1,000 rows (benches/snow_fetch_floor.rs: the
#                same HTTP stack and keyset queries, each page parsed only for the next key,
#                nothing stored), and vs the same client storing the rows (--store: every
#                page parsed, its rows INSERTed by one prepared statement in one transaction,
#                the same page size and page cache); peak RSS
#   incremental: 1,000 incidents updated in one second, then atomctl snow sync incident —
#                the whole process
#   first row:   snow query incident against an instance that holds every page after the
#                first for 1 s: when the first row reaches the pipe, and when the second page
#                went out
#
#   scripts/bench-snow.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
for t in curl hyperfine sqlite3; do command -v $t >/dev/null || { echo "$t missing: scripts/install-deps.sh" >&2; exit 1; }; done
cargo build --release --locked -q
cargo build --release --locked -q --example snow-bench-server --example snow-fetch-floor
bin=$PWD/target/release/atomctl
server=$PWD/target/release/examples/snow-bench-server
floor=$PWD/target/release/examples/snow-fetch-floor
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill $p 2>/dev/null; done; rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data SNOWPW=bench-secret
auth="Authorization: Basic YmVuY2g6YmVuY2gtc2VjcmV0"
field() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.4f" % d[sys.argv[2]][sys.argv[3]])' "$1" "$2" "$3"; }
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
start() { # start NAME ARGS…: the server's base URL in $url
    "$server" "${@:2}" >"$work/$1.ready" &
    pids+=($!)
    for _ in $(seq 1 600); do grep -q READY "$work/$1.ready" 2>/dev/null && break; sleep 0.1; done
    url=$(awk '/READY/{print $2}' "$work/$1.ready")
}

start big --incidents 200000
conn="--instance $url --user bench --password-env SNOWPW"

echo "== full sync: 200,000 incidents, 1,000 per page (interleaved rounds)"
r=$(python3 scripts/bench_interleave.py --runs "$runs" \
    --prepare "sync=rm -f $work/full.db $work/full.db-wal $work/full.db-shm" \
    "floor=$floor $url 1000" \
    "store=$floor $url 1000 --store $work/floor.db" \
    "sync=$bin snow sync incident --full $conn --cache $work/full.db --quiet")
rows=$(sqlite3 "$work/full.db" "SELECT count(*) FROM snow_incident")
[ "$rows" -eq 200000 ] || { echo "the sync stored $rows incidents" >&2; exit 1; }
rm -f "$work/full.db" "$work/full.db-wal" "$work/full.db-shm"
full_rss=$(rss "$bin" snow sync incident --full $conn --cache "$work/full.db" --quiet)
f=$(field "$r" median floor); s=$(field "$r" median sync); st=$(field "$r" median store)

echo "== incremental: 1,000 incidents changed in one second (whole process)"
cp "$work/full.db" "$work/inc.db"
touch_cmd="curl -sf -X POST -H '$auth' '$url/bench/touch?n=1000' >/dev/null"
hyperfine -N --warmup 2 --runs $((runs * 4)) --export-json "$work/inc.json" \
    --prepare "sh -c \"$touch_cmd\"" \
    "$bin snow sync incident $conn --cache $work/inc.db --quiet" >/dev/null
sh -c "$touch_cmd"
changed=$("$bin" snow sync incident $conn --cache "$work/inc.db" --format csv | awk -F, 'NR==2{print $7}')
[ "$changed" -eq 1000 ] || { echo "an incremental run changed $changed incidents, expected 1000" >&2; exit 1; }
inc=$(python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$work/inc.json")

echo "== first row: every page after the first held 1 s"
start slow --incidents 20000 --slow-after-first 1000
t0=$(date +%s%3N)
"$bin" snow query incident --instance "$url" --user bench --password-env SNOWPW --format ndjson \
    | python3 -c 'import sys,time; sys.stdin.readline(); print(int(time.time()*1000)); [None for _ in sys.stdin]' >"$work/first"
first=$(( $(cat "$work/first") - t0 ))
second=$(( $(curl -sf -H "$auth" "$url/bench/sent") - t0 ))

python3 - "$f" "$s" "$full_rss" "$inc" "$first" "$second" "$st" <<'PY'
import sys
f, s, rss, inc, first, second, st = sys.argv[1:]
f, s, rss, inc, first, second, st = float(f), float(s), int(rss), float(inc), int(first), int(second), float(st)
print(f"full sync      atomctl {s:.2f} s   minimal client fetching {f:.2f} s   ratio {s/f:.2f} (issue's target <= 1.3)")
print(f"               minimal client fetching and storing the same rows {st:.2f} s   ratio {s/st:.2f} (same work)")
print(f"peak RSS       {rss/1024:.1f} MB (target < 64)")
print(f"incremental    {inc:.0f} ms for 1,000 changes, whole process (target < 1000)")
print(f"first row      {first} ms after start; second page sent at {second} ms (target: first row before it)")
PY
