#!/usr/bin/env python3
"""Generate chat usage events (NDJSON or CSV) for `atomctl analytics ingest`.

Deterministic for a given --seed. Users are the directory's generated users
(user000001@example.test … as scripts/gen-directory.py makes them) plus --unknown users the
directory does not know. Weekdays are busier than weekends; --anomaly-day DATE multiplies
that day's traffic by --anomaly-factor. About one event in ten has no id (its key is then a
hash of the event). --bad N puts N malformed lines at known places (reported on stderr).
"""
import argparse
import csv
import datetime as dt
import json
import random
import sys

CHANNELS = ["web", "mobile", "teams", "voice"]
COLUMNS = ["ts", "user", "type", "id", "conversation_id", "channel", "response_ms", "bytes", "detail"]


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--start", default="2026-01-01", help="first day (UTC)")
    p.add_argument("--days", type=int, default=120)
    p.add_argument("--users", type=int, default=300, help="directory users taking part")
    p.add_argument("--unknown", type=int, default=3, help="users unknown to the directory")
    p.add_argument("--anomaly-day", default="2026-03-10")
    p.add_argument("--anomaly-factor", type=int, default=8)
    p.add_argument("--scale", type=float, default=1.0, help="multiplies the activity per user")
    p.add_argument("--format", choices=["ndjson", "csv"], default="ndjson")
    p.add_argument("--bad", type=int, default=0)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    rnd = random.Random(a.seed)
    start = dt.date.fromisoformat(a.start)
    anomaly = dt.date.fromisoformat(a.anomaly_day) if a.anomaly_day else None
    users = [f"user{i:06d}@example.test" for i in range(1, a.users + 1)]
    users += [f"stranger{i}@elsewhere.test" for i in range(1, a.unknown + 1)]
    # Each user's habit: how likely they are active on a weekday.
    habit = {u: rnd.uniform(0.15, 0.9) for u in users}
    out = sys.stdout
    writer = csv.writer(out, lineterminator="\n") if a.format == "csv" else None
    if writer:
        writer.writerow(COLUMNS)
    seq = 0
    lines = 0
    bad_at = set(rnd.sample(range(20, 1000), a.bad)) if a.bad else set()

    def emit(ev):
        nonlocal lines
        lines += 1
        if lines in bad_at:
            # A malformed line, then the real one.
            if writer:
                out.write("not-a-time,somebody,message_sent,,,,,,\n")
            else:
                out.write('{"ts": "not-a-time", "user": "somebody", "type": "message_sent"}\n')
            print(f"bad line at output line {lines + (1 if writer else 0)}", file=sys.stderr)
            lines += 1
        if writer:
            writer.writerow([ev.get(c, "") for c in COLUMNS])
        else:
            out.write(json.dumps({k: v for k, v in ev.items() if v not in ("", None)}) + "\n")

    for d in range(a.days):
        day = start + dt.timedelta(days=d)
        weekend = day.weekday() >= 5
        factor = a.anomaly_factor if day == anomaly else 1
        for u in users:
            if rnd.random() > habit[u] * (0.3 if weekend else 1.0):
                continue
            base = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
            t = base + dt.timedelta(seconds=rnd.randrange(6 * 3600, 18 * 3600))
            channel = rnd.choice(CHANNELS)

            def ev(kind, **kw):
                nonlocal seq, t
                seq += 1
                t += dt.timedelta(seconds=rnd.randrange(1, 90))
                e = {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "user": u, "type": kind,
                     "id": "" if seq % 10 == 0 else f"e{seq}", "channel": channel}
                e.update(kw)
                emit(e)

            ev("session_start")
            for _ in range(max(1, int(rnd.randint(1, 3) * a.scale))):
                conv = f"c{seq}"
                ev("conversation_started", conversation_id=conv)
                for _ in range(rnd.randint(1, 6) * factor):
                    ev("message_sent", conversation_id=conv)
                    ev("message_received", conversation_id=conv, response_ms=int(rnd.lognormvariate(6.5, 0.6)))
                if rnd.random() < 0.15:
                    ev("voice_command", conversation_id=conv, detail="voice")
                if rnd.random() < 0.08:
                    ev("file_uploaded", conversation_id=conv, bytes=rnd.randrange(1_000, 5_000_000))
                if rnd.random() < 0.03:
                    ev("error", conversation_id=conv, detail="timeout, retried")


if __name__ == "__main__":
    main()
