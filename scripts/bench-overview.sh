#!/usr/bin/env bash
# The overview page benchmark of issue 21, release build: a year of chat events for 5,000
# users (scripts/gen-events.py, about 13.6 million events), ingested once; then
# `atomctl analytics export overview --since 1y` timed (medians of interleaved runs) beside
# the reports its sections come from, with the page's size. Targets: the page under 1 MB,
# generated in under 2 s.
#
#   scripts/bench-overview.sh [--runs N] [--users N] [--days N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
users=5000
days=365
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --users) users=$2; shift 2 ;;
        --days) days=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
cargo build --release --locked -q
bin=$PWD/target/release/atomctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config ATOMCTL_CACHE=$work/cache.db
start=$(date -u -d "$((days - 1)) days ago" +%Y-%m-%d)
python3 scripts/gen-events.py --start "$start" --days "$days" --users "$users" \
    --anomaly-day "$(date -u -d '30 days ago' +%Y-%m-%d)" --format csv > "$work/events.csv"
events=$(($(wc -l < "$work/events.csv") - 1))
ingest_start=$(date +%s.%N)
"$bin" analytics ingest "$work/events.csv" --quiet
ingest_s=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$ingest_start" "$(date +%s.%N)")
rm "$work/events.csv"
cd "$work"
python3 "$OLDPWD/scripts/bench_interleave.py" --runs "$runs" \
    "overview=$bin analytics export overview --since 1y -o overview.html" \
    "usage_day=$bin analytics report usage --since 1y --by day --format ndjson" \
    "usage_week=$bin analytics report usage --since 1y --by week --format ndjson" \
    "forecast=$bin analytics report forecast --since 1y --format ndjson" \
    "engagement=$bin analytics report engagement --since 1y --group-by department --format ndjson" \
    "access_review=$bin analytics report access-review --since 1y --format ndjson" \
    "roi=$bin analytics report roi --since 1y --format ndjson" > times.json
rss=$( { /usr/bin/time -f '%M' "$bin" analytics export overview --since 1y -o overview.html; } 2>&1 | tail -1)
python3 - "$events" "$users" "$days" "$rss" "$(stat -c %s overview.html)" "$ingest_s" <<'PY'
import json, sys
events, users, days, rss, size = map(int, sys.argv[1:6])
ingest_s = float(sys.argv[6])
med = json.load(open("times.json"))["median"]
print(f"overview benchmark: {events:,} events, {users:,} users, {days} days (medians, release build)")
print(f"ingest (one run, events and the daily rollup) {ingest_s:.1f} s")
print(f"overview page   {med['overview']:.2f} s, {size / 1024:.0f} KB, peak RSS {rss / 1024:.0f} MB   (targets: < 2 s, < 1 MB)")
for k, v in med.items():
    if k != "overview":
        print(f"  {k:<14} {v:.2f} s")
PY
