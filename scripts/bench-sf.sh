#!/usr/bin/env bash
# Salesforce benchmarks of issue 3, release build, against a local server whose pages are
# rendered once at start-up and served as static bytes (benches/sf_server.rs), so that the
# clients are what is measured. Compared in interleaved rounds (scripts/bench_interleave.py):
#
#   query:  atomctl sf query … --format csv -o FILE   vs  curl fetching the same page sequence to /dev/null
#   export: atomctl sf export … -o FILE                vs  curl fetching the same result pages to /dev/null
#   small:  a 3-record query end to end (process start to exit)
#   sync:   atomctl sf sync Account into an empty cache (no target; reported for comparison)
#   floor:  the same HTTP stack as atomctl fetching the query pages and parsing nothing
#           (benches/sf_fetch_floor.rs): what the stack alone costs against curl
#
# Two data sets: 100,000 Accounts with 13 fields, and 1,000,000 records with 7 fields
# (peak RSS measured there with /usr/bin/time).
#
#   scripts/bench-sf.sh [--runs N]
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
cargo build --release --locked -q --example sf-bench-server --example sf-fetch-floor
floor_bin=$PWD/target/release/examples/sf-fetch-floor
bin=$PWD/target/release/atomctl
server=$PWD/target/release/examples/sf-bench-server
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
export TOK=bench-token
field() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.4f" % d[sys.argv[2]][sys.argv[3]])' "$1" "$2" "$3"; }
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

start() { # records fields
    [ -n "$pid" ] && kill $pid 2>/dev/null && wait $pid 2>/dev/null || true
    "$server" --records "$1" --fields "$2" --dir "$work" >"$work/ready" &
    pid=$!
    for _ in $(seq 1 600); do grep -q READY "$work/ready" 2>/dev/null && break; sleep 0.1; done
    url=$(awk '/READY/{print $2}' "$work/ready")
}

report=()
run_set() { # label records fields soql
    local label=$1 soql=$4
    start "$2" "$3"
    local conn="--instance-url $url --access-token-env TOK --cache $work/cache.db"
    # A second reference: curl writing the pages to files, as atomctl writes its output to one.
    awk -v d="$work" '/^output/ {print "output = " d "/curl-q-" NR ".json"; next} {print}' "$work/query-urls.txt" >"$work/query-files.txt"
    awk -v d="$work" '/^output/ {print "output = " d "/curl-b-" NR ".csv"; next} {print}' "$work/bulk-urls.txt" >"$work/bulk-files.txt"
    local r
    r=$(python3 scripts/bench_interleave.py --runs "$runs" \
        --prepare "sync=rm -f $work/sync.db $work/sync.db-wal $work/sync.db-shm" \
        "curl=curl -s -H 'Authorization: Bearer x' -K $work/query-urls.txt" \
        "query=$bin sf query \"$soql\" $conn --format csv -o $work/out.csv" \
        "curl_bulk=curl -s -H 'Authorization: Bearer x' -K $work/bulk-urls.txt" \
        "export=$bin sf export \"$soql\" $conn -o $work/export.csv --quiet" \
        "curl_files=curl -s -H 'Authorization: Bearer x' -K $work/query-files.txt" \
        "floor=$floor_bin $work/query-urls.txt 2>/dev/null" \
        "curl_bulk_files=curl -s -H 'Authorization: Bearer x' -K $work/bulk-files.txt" \
        "sync=$bin sf sync Account --instance-url $url --access-token-env TOK --cache $work/sync.db --quiet")
    local rows
    # Records, not lines: some values hold line breaks.
    rows=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))) - 1)' "$work/out.csv")
    [ "$rows" -eq "$2" ] || { echo "query wrote $rows rows, expected $2" >&2; exit 1; }
    local q_rss e_rss
    q_rss=$(rss "$bin" sf query "$soql" $conn --format csv -o "$work/out.csv")
    e_rss=$(rss "$bin" sf export "$soql" $conn -o "$work/export.csv" --quiet)
    rm -f "$work/sync.db" "$work/sync.db-wal" "$work/sync.db-shm"
    local s_rss sy
    s_rss=$(rss "$bin" sf sync Account --instance-url "$url" --access-token-env TOK --cache "$work/sync.db" --quiet)
    sy=$(field "$r" median sync)
    local c q cb e cf cbf fl
    fl=$(field "$r" median floor)
    c=$(field "$r" median curl); q=$(field "$r" median query); cb=$(field "$r" median curl_bulk); e=$(field "$r" median export)
    cf=$(field "$r" median curl_files); cbf=$(field "$r" median curl_bulk_files)
    report+=("$(printf '%-18s query  %.3f s | curl to /dev/null %.3f s = %5.1fx (target 1.3x) | curl to files %.3f s = %4.1fx | peak RSS %d MB\n%-18s export %.3f s | curl to /dev/null %.3f s = %5.1fx (target 1.3x) | curl to files %.3f s = %4.1fx | peak RSS %d MB' \
        "$label" "$q" "$c" "$(python3 -c "print($q/$c)")" "$cf" "$(python3 -c "print($q/$cf)")" $((q_rss / 1024)) \
        "" "$e" "$cb" "$(python3 -c "print($e/$cb)")" "$cbf" "$(python3 -c "print($e/$cbf)")" $((e_rss / 1024)))")
    report+=("$(printf '%-18s sync   %.3f s into an empty cache (no target) | peak RSS %d MB' "" "$sy" $((s_rss / 1024)))")
    report+=("$(printf '%-18s floor  %.3f s = %4.2fx curl: the same HTTP stack fetching the query pages, parsing nothing' "" "$fl" "$(python3 -c "print($fl/$c)")")")
}

wide="SELECT Id, Name, AnnualRevenue, CreatedDate, Phone, Industry, NumberOfEmployees, Type, Website, BillingCity, BillingCountry, SystemModstamp, Description FROM Account"
narrow="SELECT Id, Name, AnnualRevenue, CreatedDate, Phone, Industry, NumberOfEmployees FROM Account"
echo "== 100,000 records x 13 fields"
run_set "100k x 13 fields" 100000 13 "$wide"
echo "== 1,000,000 records x 7 fields"
run_set "1M x 7 fields" 1000000 7 "$narrow"
echo "== 3-record query, end to end"
start 3 7
hyperfine -N --warmup 3 --runs 30 --export-json "$work/small.json" \
    "$bin sf query \"$narrow\" --instance-url $url --access-token-env TOK --cache $work/cache.db --format csv" >/dev/null
small=$(python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$work/small.json")

echo
echo "Salesforce benchmark (medians of $runs interleaved rounds; static pages on 127.0.0.1)"
printf '%s\n' "${report[@]}"
echo "3-record query end to end: $small ms (target < 50 ms)"
