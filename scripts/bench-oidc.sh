#!/usr/bin/env bash
# OIDC benchmarks of issue 4, release build, against the real oidc-provider on 127.0.0.1:
#   check:    the whole `atomctl sso oidc check` process vs the sum of its HTTP round trips
#             (measured by atomctl itself: `round_trips_ms` in the JSON report, shown with -v)
#   validate: `atomctl sso oidc validate` of a token with the key set already cached
#
#   scripts/bench-oidc.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=20
[ "${1:-}" = "--runs" ] && runs=$2
command -v hyperfine >/dev/null || { echo "hyperfine missing: scripts/install-deps.sh" >&2; exit 1; }
[ -d tests/oidc/node_modules/oidc-provider ] || npm ci --prefix tests/oidc --no-audit --no-fund --loglevel=error
cargo build --release --locked -q
bin=$PWD/target/release/atomctl
work=$(mktemp -d)
node tests/oidc/server.mjs --port 0 >"$work/ready" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do grep -q READY "$work/ready" 2>/dev/null && break; sleep 0.1; done
iss=$(awk '/READY/{print $2}' "$work/ready")
export HOME=$work
check="$bin sso oidc check --issuer $iss --format json --cache $work/cache.db"

# The round trips of each run, as atomctl measured them, and the process time around them.
trips=()
walls=()
for _ in $(seq 1 "$runs"); do
    t0=$(date +%s%N)
    out=$($check || true)
    t1=$(date +%s%N)
    walls+=($(( (t1 - t0) / 1000 )))
    trips+=($(echo "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["round_trips_ms"] * 1000)'))
done
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
trip=$(med "${trips[@]}"); wall=$(med "${walls[@]}")

now=$(date +%s)
token=$(curl -s -X POST -H 'content-type: application/json' \
    --data-binary "{\"key\":\"rs1\",\"claims\":{\"iss\":\"$iss\",\"aud\":\"native\",\"sub\":\"alice\",\"iat\":$now,\"exp\":$((now + 3600))}}" \
    "$iss/__forge" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
validate="$bin sso oidc validate $token --issuer $iss --client-id native --format json --cache $work/cache.db"
$validate >/dev/null
hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/validate.json" "$validate" >/dev/null
val=$(python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1000))' "$work/validate.json")

python3 - "$trip" "$wall" "$val" "$runs" <<'PY'
import sys
trip, wall, val, runs = float(sys.argv[1]) / 1000, float(sys.argv[2]) / 1000, sys.argv[3], sys.argv[4]
print(f"OIDC benchmark (medians of {runs} runs, oidc-provider on 127.0.0.1)")
print(f"check     whole process {wall:.1f} ms, HTTP round trips {trip:.1f} ms: ratio {wall / trip:.2f} (target <= 1.5)")
print(f"validate  cached key set: {val} ms (target < 20 ms)")
PY
