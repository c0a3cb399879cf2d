#!/usr/bin/env bash
# The threats benchmark of issue 20, release build: `atomctl analytics report threats` over
# generated sign-in logs in the cache (scripts/gen-signins.py: 20,000 users over 29 days,
# planted travel, sprays and brute force among everyday traffic), at 250,000, 500,000 and
# 1,000,000 rows, to show how it grows. Targets at 1,000,000: under 5 s, peak RSS under
# 128 MB. The floor beside it: sqlite3 reading the same columns of the same window (what
# any implementation must at least do), in interleaved rounds (scripts/bench_interleave.py).
#
#   scripts/bench-threats.sh [--runs N] [--rows "250000 500000 1000000"]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
sizes="250000 500000 1000000"
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --rows) sizes=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v sqlite3 >/dev/null || { echo "sqlite3 missing: scripts/install-deps.sh" >&2; exit 1; }
cargo build --release --locked -q
bin=$PWD/target/release/atomctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config
since=$(date -u -d '29 days ago' +%Y-%m-%d)
echo "threats benchmark (medians of $runs interleaved runs, release build)"
for rows in $sizes; do
    db=$work/cache-$rows.db
    # Any report creates the cache with its schema.
    ATOMCTL_CACHE=$db "$bin" analytics report threats --no-mark --quiet >/dev/null
    python3 scripts/gen-signins.py --db "$db" --rows "$rows"
    report="ATOMCTL_CACHE=$db $bin analytics report threats --since $since --no-mark --format ndjson"
    floor="sqlite3 $db \"SELECT rowid, created, lower(coalesce(user_principal_name, user_id, '')), coalesce(ip_address, ''), coalesce(client_app_used, ''), error_code, latitude, longitude FROM graph_signins WHERE created >= '$since'\""
    python3 scripts/bench_interleave.py --runs "$runs" "threats=$report" "sqlite3_read=$floor" > "$work/t.json"
    rss=$( { /usr/bin/time -f '%M' sh -c "$report > $work/findings.ndjson"; } 2>&1 | tail -1)
    python3 - "$rows" "$rss" "$work/t.json" "$work/findings.ndjson" <<'PY'
import collections, json, sys
rows, rss = int(sys.argv[1]), int(sys.argv[2])
med = json.load(open(sys.argv[3]))["median"]
found = collections.Counter(json.loads(l)["rule"] for l in open(sys.argv[4]))
print(f"{rows:>9,} sign-ins: threats {med['threats']:.2f} s (sqlite3 reading the rows {med['sqlite3_read']:.2f} s), "
      f"peak RSS {rss / 1024:.0f} MB; {sum(found.values())} findings: {dict(sorted(found.items()))}")
PY
done
echo "(targets at 1,000,000: < 5 s, RSS < 128 MB)"
