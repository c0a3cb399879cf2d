#!/usr/bin/env python3
"""Generate Entra sign-in logs straight into an atomctl cache's graph_signins table.

For the threats benchmark: N sign-ins of U users over the last D days, each user at home in
one of 30 cities with two or three addresses of their own; mostly browsers and desktop
apps, some legacy protocols, some wrong passwords and MFA prompts; and planted incidents —
travellers signing in from another continent within the hour, password sprays from a few
addresses, and brute-forced accounts. Deterministic for a --seed. The cache must exist
(any atomctl command creates it with its schema).

  gen-signins.py --db CACHE --rows N [--users U] [--days D] [--seed S]
"""
import argparse
import random
import sqlite3
import time

CITIES = [
    ("Oslo", "NO", 59.91, 10.75), ("Stockholm", "SE", 59.33, 18.07), ("London", "GB", 51.51, -0.13),
    ("Paris", "FR", 48.86, 2.35), ("Berlin", "DE", 52.52, 13.40), ("Madrid", "ES", 40.42, -3.70),
    ("Rome", "IT", 41.90, 12.50), ("Warsaw", "PL", 52.23, 21.01), ("Vienna", "AT", 48.21, 16.37),
    ("Dublin", "IE", 53.35, -6.26), ("Lisbon", "PT", 38.72, -9.14), ("Helsinki", "FI", 60.17, 24.94),
    ("New York", "US", 40.71, -74.01), ("Chicago", "US", 41.88, -87.63), ("Seattle", "US", 47.61, -122.33),
    ("Toronto", "CA", 43.65, -79.38), ("Mexico City", "MX", 19.43, -99.13), ("São Paulo", "BR", -23.55, -46.63),
    ("Tokyo", "JP", 35.68, 139.69), ("Singapore", "SG", 1.35, 103.82), ("Sydney", "AU", -33.87, 151.21),
    ("Mumbai", "IN", 19.08, 72.88), ("Dubai", "AE", 25.20, 55.27), ("Johannesburg", "ZA", -26.20, 28.05),
    ("Cairo", "EG", 30.04, 31.24), ("Istanbul", "TR", 41.01, 28.98), ("Seoul", "KR", 37.57, 126.98),
    ("Hong Kong", "HK", 22.32, 114.17), ("Zurich", "CH", 47.38, 8.54), ("Amsterdam", "NL", 52.37, 4.90),
]
LEGACY = ["IMAP4", "POP3", "Authenticated SMTP", "Exchange ActiveSync", "Other clients"]
APPS = ["Office 365 Exchange Online", "Microsoft Teams", "Office 365 SharePoint Online", "Azure Portal"]


def utc(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--users", type=int, default=20000)
    p.add_argument("--days", type=int, default=29)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--profile", default="default")
    a = p.parse_args()
    rnd = random.Random(a.seed)
    now = int(time.time())
    start = now - a.days * 86400
    users = []
    for u in range(a.users):
        city = rnd.randrange(len(CITIES))
        ips = [f"10.{u % 250}.{(u // 250) % 250}.{k + 1}" for k in range(rnd.choice([2, 3]))]
        users.append((f"user{u:06d}@contoso.example", f"{u:08d}-0000-4000-8000-000000000000", city, ips))
    db = sqlite3.connect(a.db)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    sql = """INSERT INTO graph_signins (profile, id, created, user_id, user_principal_name,
             user_display_name, app_display_name, ip_address, client_app_used, is_interactive,
             error_code, failure_reason, city, state, country, latitude, longitude,
             conditional_access_status, risk_level, risk_event_types)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 'notApplied', 'none', '[]')"""
    n = 0
    batch = []

    def add(t, user, ip, client, code, city):
        nonlocal n
        upn, uid, _, _ = user
        name, country, lat, lon = CITIES[city]
        batch.append((a.profile, f"si-{n:09d}", utc(t), uid, upn, upn, rnd.choice(APPS), ip, client, code,
                      "Other." if code == 0 else "Invalid username or password.", name, name, country, lat, lon))
        n += 1
        if len(batch) >= 50000:
            db.executemany(sql, batch)
            batch.clear()

    planted = max(1, a.rows // 20000)
    # Travellers: home, then another continent's city within the hour.
    for k in range(planted * 5):
        u = users[rnd.randrange(a.users)]
        t = rnd.randrange(start, now - 7200)
        add(t, u, u[3][0], "Browser", 0, u[2])
        add(t + rnd.randrange(600, 3600), u, f"203.0.113.{k % 250}", "Browser", 0, (u[2] + 15) % len(CITIES))
    # Sprays: one address against 30 users in half an hour.
    for k in range(planted):
        t = rnd.randrange(start, now - 3600)
        for j in range(30):
            add(t + j * 60, users[rnd.randrange(a.users)], f"198.51.100.{k % 250}", "Other clients", 50126, 0)
    # Brute force: 15 wrong passwords in ten minutes, every other one then in.
    for k in range(planted * 2):
        u = users[rnd.randrange(a.users)]
        t = rnd.randrange(start, now - 3600)
        for j in range(15):
            add(t + j * 40, u, f"192.0.2.{k % 250}", "Browser", 50126, u[2])
        if k % 2 == 0:
            add(t + 700, u, f"192.0.2.{k % 250}", "Browser", 0, u[2])
    # Everyday traffic.
    while n < a.rows:
        u = users[rnd.randrange(a.users)]
        r = rnd.random()
        client = "Browser" if r < 0.85 else "Mobile Apps and Desktop clients" if r < 0.97 else rnd.choice(LEGACY)
        r = rnd.random()
        code = 0 if r < 0.92 else 50074 if r < 0.97 else 50126
        add(rnd.randrange(start, now), u, rnd.choice(u[3]), client, code, u[2])
    if batch:
        db.executemany(sql, batch)
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
