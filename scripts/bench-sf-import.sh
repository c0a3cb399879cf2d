#!/usr/bin/env bash
# The Salesforce import benchmark of issue 19, release build: an upsert of 1,000,000
# Contacts by external id from a ~150 MB CSV (quoted commas, doubled quotes and line breaks
# in some values) against a local ingest server (benches/sf_ingest_server.rs) that holds
# 500,000 of them beforehand. Compared in interleaved rounds (scripts/bench_interleave.py),
# the org reset before each run so every run does the same upserts:
#
#   import:        atomctl sf import Contact FILE --operation upsert --external-id Ext_Id__c
#                  (header checked against describe, the file cut into jobs of <= 100 MB,
#                  each uploaded, closed and polled, the three result files written)
#   curl:          the reference the issue names: curl creating one job, uploading the same
#                  bytes (-T, streamed), closing it and polling every 20 ms until the server
#                  has processed it. No result files.
#   curl_results:  the same plus downloading the three result files, as atomctl does.
#
# Also reported: curl's upload time alone and the server's processing time of a
# 1,000,000-row job (from its processing.log), and atomctl's peak RSS (/usr/bin/time).
#
#   scripts/bench-sf-import.sh [--runs N] [--rows N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
rows=1000000
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --rows) rows=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v curl >/dev/null || { echo "curl missing: scripts/install-deps.sh" >&2; exit 1; }
cargo build --release --locked -q
cargo build --release --locked -q --example sf-ingest-bench-server
bin=$PWD/target/release/atomctl
server=$PWD/target/release/examples/sf-ingest-bench-server
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
export TOK=bench-token

"$server" --write-csv "$work/contacts.csv" --rows "$rows"
size=$(stat -c %s "$work/contacts.csv")
"$server" --existing $((rows / 2)) --dir "$work" >"$work/ready" &
pid=$!
for _ in $(seq 1 600); do grep -q READY "$work/ready" 2>/dev/null && break; sleep 0.1; done
url=$(awk '/READY/{print $2}' "$work/ready")

cat >"$work/curl-import.sh" <<'EOF'
#!/usr/bin/env bash
# curl-import.sh URL FILE RESULTS(0|1) DIR
set -euo pipefail
url=$1 file=$2 results=$3 dir=$4
api=$url/services/data/v63.0/jobs/ingest
auth='Authorization: Bearer x'
id=$(curl -sf -H "$auth" -H 'content-type: application/json' \
    -d '{"object":"Contact","operation":"upsert","externalIdFieldName":"Ext_Id__c","contentType":"CSV","lineEnding":"LF"}' \
    "$api" | sed 's/.*"id":"\([^"]*\)".*/\1/')
curl -sf -o /dev/null -w '%{time_total}\n' -H "$auth" -H 'content-type: text/csv' -T "$file" "$api/$id/batches" >>"$dir/upload.log"
curl -sf -o /dev/null -H "$auth" -H 'content-type: application/json' -X PATCH -d '{"state":"UploadComplete"}' "$api/$id"
until curl -sf -H "$auth" "$api/$id" | grep -q JobComplete; do sleep 0.02; done
if [ "$results" = 1 ]; then
    for k in successfulResults failedResults unprocessedrecords; do
        curl -sf -H "$auth" -o "$dir/curl-$k.csv" "$api/$id/$k/"
    done
fi
EOF

reset="curl -sf -X POST $url/bench/reset -o /dev/null"
fresh="rm -rf $work/res && mkdir $work/res && $reset"
import="$bin sf import Contact $work/contacts.csv --operation upsert --external-id Ext_Id__c --results $work/res --instance-url $url --access-token-env TOK --cache $work/cache.db --quiet"
r=$(python3 scripts/bench_interleave.py --runs "$runs" \
    --prepare "curl=$reset" --prepare "import=$fresh" --prepare "curl_results=$reset" \
    "curl=bash $work/curl-import.sh $url $work/contacts.csv 0 $work" \
    "import=$import" \
    "curl_results=bash $work/curl-import.sh $url $work/contacts.csv 1 $work")

eval "$fresh"
peak=$(/usr/bin/time -f %M $import 2>&1 >/dev/null | tail -1)
# Every row is accounted for in atomctl's result files (records, not lines).
got=$(python3 -c '
import csv, glob, sys
print(sum(sum(1 for _ in csv.reader(open(f, newline=""))) - 1
          for f in glob.glob(sys.argv[1] + "/res/contacts-*-successful.csv")))' "$work")
[ "$got" -eq "$rows" ] || { echo "the result files hold $got rows, expected $rows" >&2; exit 1; }
jobs=$(ls "$work"/res/contacts-*-successful.csv | wc -l)

python3 - "$r" "$work" "$rows" "$size" "$peak" "$runs" "$jobs" <<'EOF'
import json, statistics, sys
r = json.loads(sys.argv[1]); work = sys.argv[2]; rows = int(sys.argv[3])
size = int(sys.argv[4]); peak = int(sys.argv[5]); runs = int(sys.argv[6]); jobs = int(sys.argv[7])
m = r["median"]
upload = statistics.median(float(x) for x in open(work + "/upload.log").read().split())
proc = statistics.median(
    float(ms) / 1000 for _, ms, n in (l.split() for l in open(work + "/processing.log")) if int(n) == rows)
ref = upload + proc
print(f"\nSalesforce import benchmark: upsert of {rows:,} Contacts, {size / 1e6:.0f} MB CSV "
      f"(medians of {runs} interleaved rounds; ingest server on 127.0.0.1)")
print(f"  atomctl sf import            {m['import']:.3f} s in {jobs} jobs   peak RSS {peak // 1024} MB (target < 64 MB)")
print(f"  curl: upload {upload:.3f} s + server processing {proc:.3f} s = {ref:.3f} s   "
      f"-> atomctl {m['import'] / ref:.2f}x (target <= 1.3x)")
print(f"  curl script, create/upload/close/poll every 20 ms   {m['curl']:.3f} s   "
      f"-> atomctl {r['ratio']['import']['curl']:.2f}x")
print(f"  the same with the three result files downloaded      {m['curl_results']:.3f} s   "
      f"-> atomctl {r['ratio']['import']['curl_results']:.2f}x (same work)")
EOF
