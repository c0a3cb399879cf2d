#!/usr/bin/env python3
"""Time shell commands in interleaved rounds (A B C, A B C, …) and print medians as JSON.

On a shared VM the speed drifts over minutes; running the compared commands back to back in
each round, and taking the median of the per-round ratios, cancels most of that drift.

  bench_interleave.py --runs N --prepare-NAME CMD NAME=CMD [NAME=CMD ...]
"""
import argparse
import json
import statistics
import subprocess
import sys
import time


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--prepare", action="append", default=[], help="NAME=CMD run untimed before each NAME run")
    p.add_argument("commands", nargs="+", help="NAME=CMD")
    a = p.parse_args()
    cmds = [c.split("=", 1) for c in a.commands]
    prepare = dict(x.split("=", 1) for x in a.prepare)
    times = {name: [] for name, _ in cmds}
    for r in range(a.warmup + a.runs):
        for name, cmd in cmds:
            if name in prepare:
                subprocess.run(prepare[name], shell=True, check=True)
            t0 = time.perf_counter()
            res = subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL)
            dt = time.perf_counter() - t0
            if res.returncode != 0:
                sys.exit(f"{name} failed with {res.returncode}: {cmd}")
            if r >= a.warmup:
                times[name].append(dt)
    base = cmds[0][0]
    out = {"median": {n: statistics.median(t) for n, t in times.items()}}
    out["ratio_to_" + base] = {
        n: statistics.median(t / b for t, b in zip(times[n], times[base])) for n in times if n != base
    }
    # Every pair, for comparisons against more than one reference in the same rounds.
    out["ratio"] = {
        n: {m: statistics.median(t / b for t, b in zip(times[n], times[m])) for m in times if m != n}
        for n in times
    }
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main()
