#!/usr/bin/env bash
# Fuzz every parser of outside data (fuzz/fuzz_targets), each for SECONDS (default 600), as
# many at a time as there are cores. Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). New inputs that reach new code land in fuzz/corpus/<target>,
# which is then minimized (cargo fuzz cmin) so the committed corpora stay small; crashes,
# timeouts (10 s) and single allocations over 512 MB (RSS, which includes the sanitizer's own, is
# capped at 2 GB) land in fuzz/artifacts/<target> and fail the run.
# Leak detection is off: LeakSanitizer reports glibc's 32-byte record of a thread-local
# destructor in every thread that ends (ingest reads on a thread of its own), which is not a
# leak of atomctl's; a real growth trips the RSS cap.
# CI does not fuzz: tests/fuzz_corpora.rs replays the committed corpora.
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export ASAN_OPTIONS=detect_leaks=0
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo +nightly fuzz list)
jobs=$(nproc)
cargo +nightly fuzz build >/dev/null
run() {
    local t=$1
    mkdir -p "corpus/$t" "artifacts/$t"
    if cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 \
        -malloc_limit_mb=512 -timeout=10 -detect_leaks=0 -print_final_stats=1 >"artifacts/$t.log" 2>&1; then
        echo "$t: $(grep -E '^stat::number_of_executed_units' "artifacts/$t.log" | awk '{print $2}') runs, no finding"
    else
        echo "$t: FINDING, see fuzz/artifacts/$t.log and fuzz/artifacts/$t/" >&2
        return 1
    fi
}
status=0
pids=()
for t in "${targets[@]}"; do
    run "$t" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
    fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
# Keep only the inputs that matter for coverage.
for t in "${targets[@]}"; do
    cargo +nightly fuzz cmin "$t" "corpus/$t" >/dev/null 2>&1 || true
done
exit $status
