#!/usr/bin/env bash
# Analytics benchmarks of issue 6, release build, 1,000,000 generated events (CSV):
#   ingest: `atomctl analytics ingest` into an empty cache  vs  sqlite3's `.import` of the same
#           CSV into a plain table (target: within 2x)
#   export: `atomctl analytics export usage --format csv` over them  vs  `sqlite3 -csv` running
#           the equivalent GROUP BY per day (target: within 1.5x; atomctl also computes
#           percentiles, WAU/MAU, changes and anomalies, which the SQL does not)
#           atomctl reads the daily rollup that ingest keeps; a third line times the same
#           GROUP BY over that rollup, the reference doing the same work (no target: context)
#   peak RSS of both atomctl commands (target: under 128 MB)
#
#   scripts/bench-analytics.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
[ "${1:-}" = "--runs" ] && runs=$2
command -v hyperfine >/dev/null || { echo "hyperfine missing: scripts/install-deps.sh" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 missing: scripts/install-deps.sh" >&2; exit 1; }
cargo build --release --locked -q
bin=$PWD/target/release/atomctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen-events.py --users 1100 --days 120 --format csv > "$work/all.csv"
head -n 1000001 "$work/all.csv" > "$work/events.csv" && rm "$work/all.csv"
export HOME=$work XDG_CONFIG_HOME=$work/config ATOMCTL_CACHE=$work/cache.db
cd "$work"

hyperfine -N --runs "$runs" --export-json ingest.json \
    --prepare "rm -f $work/cache.db $work/cache.db-wal $work/cache.db-shm" \
    -n "atomctl analytics ingest" "$bin analytics ingest events.csv --quiet" \
    --prepare "rm -f $work/plain.db" \
    -n "sqlite3 .import" "sqlite3 plain.db '.mode csv' '.import events.csv ev'" >/dev/null

rm -f cache.db cache.db-wal cache.db-shm
ingest_rss=$( { /usr/bin/time -f '%M' "$bin" analytics ingest events.csv --quiet >/dev/null; } 2>&1 | tail -1)
start=$(date -u -d 2026-01-01 +%s); end=$(date -u -d 2026-05-01 +%s)
sql="SELECT date(ts, 'unixepoch') AS period, count(DISTINCT user), sum(type = 'session_start'), sum(type = 'conversation_started'), sum(type = 'message_sent'), sum(type = 'message_received'), sum(type = 'voice_command'), sum(type = 'file_uploaded'), sum(CASE WHEN type = 'file_uploaded' THEN bytes END), sum(type = 'error') FROM analytics_events WHERE ts >= $start AND ts < $end GROUP BY 1 ORDER BY 1"
sql_daily="SELECT date(day * 86400, 'unixepoch') AS period, count(DISTINCT user), sum(sessions), sum(conversations), sum(messages), sum(responses), sum(voice), sum(files), sum(bytes), sum(errors) FROM analytics_daily WHERE day >= $start / 86400 AND day < $end / 86400 GROUP BY 1 ORDER BY 1"
export_cmd="$bin analytics export usage --since 2026-01-01 --until 2026-04-30 --format csv -o usage.csv"
hyperfine -N --warmup 1 --runs "$runs" --export-json export.json \
    -n "atomctl analytics export usage" "$export_cmd" \
    -n "sqlite3 -csv GROUP BY" "sqlite3 -csv cache.db \"$sql\"" \
    -n "sqlite3 -csv GROUP BY over the rollup" "sqlite3 -csv cache.db \"$sql_daily\"" >/dev/null
export_rss=$( { /usr/bin/time -f '%M' $export_cmd; } 2>&1 | tail -1)
# Same days, same counts: the first columns of both answers agree.
sqlite3 -csv cache.db "$sql" > sql.csv
sqlite3 -csv cache.db "$sql_daily" > sql_daily.csv
cmp sql.csv sql_daily.csv
python3 - <<'PY'
import csv
a = {r["period"]: r for r in csv.DictReader(open("usage.csv"))}
b = {r[0]: r for r in csv.reader(open("sql.csv"))}
for day, x in a.items():
    y = b.get(day)
    if y is None:  # a day without events: atomctl prints it with zeros, SQL leaves it out
        assert x["active_users"] == "0", x
        continue
    assert [x["active_users"], x["sessions"], x["messages"], x["files"], x["errors"]] == [y[1], y[2], y[4], y[7], y[9]], (x, y)
assert set(b) <= set(a)
PY

python3 - "$runs" "$ingest_rss" "$export_rss" <<'PY'
import json, sys
runs, ingest_rss, export_rss = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def med(f):
    return [r["median"] for r in json.load(open(f))["results"]]
ia, ib = med("ingest.json")
ea, eb, ec = med("export.json")
print(f"analytics benchmark (medians of {runs} runs, 1,000,000 events, release build)")
print(f"ingest   atomctl {ia:.2f} s, sqlite3 .import {ib:.2f} s: ratio {ia / ib:.2f} (target <= 2)   peak RSS {ingest_rss / 1024:.0f} MB")
print(f"export   atomctl {ea:.2f} s, sqlite3 -csv GROUP BY {eb:.2f} s: ratio {ea / eb:.2f} (target <= 1.5)   peak RSS {export_rss / 1024:.0f} MB")
print(f"         (the same GROUP BY over the daily rollup atomctl reads: {ec:.3f} s; atomctl {ea / ec:.2f}x that)")
print("(targets: RSS < 128 MB)")
PY
