#!/usr/bin/env python3
"""Generate a sample directory as LDIF for slapadd.

The data is deterministic for a given --seed and deliberately ugly: UTF-8 names, DNs that
need escaping (`,` `+` `#` and a leading space), a multi-valued RDN, a binary attribute,
nested groups with a cycle, a dangling member and a group larger than 2,000 members.
slapadd bypasses the memberof overlay, so memberOf values are written here.
"""
import argparse
import base64
import random
import sys

SUFFIX = "dc=example,dc=test"
DEPARTMENTS = ["Engineering", "Sales", "Support", "Finance", "Marketing", "Legal", "Operations"]
FIRST = ["Anna", "Björn", "Chloé", "Dmitri", "Elif", "Farah", "Gonzalo", "Hana", "Iñaki", "Jörg",
         "Kenji", "Leïla", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Søren", "Tomás"]
LAST = ["Åberg", "Brown", "Castillo", "Dupont", "Eriksen", "Fischer", "García", "Hoffmann",
        "Ivanova", "Jensen", "Kowalski", "Larsen", "Müller", "Nakamura", "O'Brien", "Popescu",
        "Quinn", "Rossi", "Schäfer", "Tanaka", "李", "Øvergaard"]


def attr_line(name, value):
    """One LDIF attribute line, base64 when RFC 2849 requires it."""
    raw = value if isinstance(value, bytes) else value.encode()
    safe = raw and raw[0] not in b" :<" and raw[-1:] != b" " and all(0x01 <= b < 0x80 and b not in b"\r\n" for b in raw)
    if not raw or safe:
        return f"{name}: {raw.decode()}"
    return f"{name}:: {base64.b64encode(raw).decode()}"


def entry(out, dn, attrs):
    out.append(attr_line("dn", dn))
    for name, value in attrs:
        out.append(attr_line(name, value))
    out.append("")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--users", type=int, default=1000)
    p.add_argument("--groups", type=int, default=50)
    p.add_argument("--big-group", type=int, default=2100, help="members of the large group")
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    rnd = random.Random(a.seed)
    w = sys.stdout
    people = f"ou=people,{SUFFIX}"
    groups_ou = f"ou=groups,{SUFFIX}"
    out = []
    entry(out, SUFFIX, [("objectClass", "dcObject"), ("objectClass", "organization"), ("dc", "example"), ("o", "Example")])
    for ou in ("people", "groups", "services"):
        entry(out, f"ou={ou},{SUFFIX}", [("objectClass", "organizationalUnit"), ("ou", ou)])
    for d in DEPARTMENTS:
        entry(out, f"ou={d},{people}", [("objectClass", "organizationalUnit"), ("ou", d)])
    for name in ("reader", "syncer"):
        entry(out, f"cn={name},ou=services,{SUFFIX}", [("objectClass", "organizationalRole"), ("objectClass", "simpleSecurityObject"),
                                                      ("cn", name), ("userPassword", f"{name}-secret")])
    w.write("\n".join(out) + "\n")
    out.clear()

    users = []  # (dn, department)
    memberships = {}  # group dn -> list of member dns

    def user(dn, uid, given, sn, dept, extra=(), cn=None):
        cn = cn or f"{given} {sn}"
        attrs = [("objectClass", "inetOrgPerson"), ("objectClass", "organizationalPerson"), ("objectClass", "person"),
                 ("uid", uid), ("cn", cn), ("sn", sn), ("givenName", given), ("displayName", cn),
                 ("mail", f"{uid}@example.test"), ("departmentNumber", dept), ("title", rnd.choice(["Engineer", "Manager", "Analyst", "Director"])),
                 ("employeeNumber", str(len(users) + 1)), *extra]
        users.append((dn, dept, attrs))

    for i in range(1, a.users + 1):
        uid = f"user{i:06d}"
        dept = DEPARTMENTS[i % len(DEPARTMENTS)]
        user(f"uid={uid},ou={dept},{people}", uid, rnd.choice(FIRST), rnd.choice(LAST), dept)

    # The ugly ones: escaped DN characters, a leading space, a multi-valued RDN, binary data.
    photo = bytes(rnd.randrange(256) for _ in range(300))
    user(f"cn=Smith\\, John,ou=Sales,{people}", "jsmith", "John", "Smith", "Sales", cn="Smith, John")
    user(f"cn=\\#hash+uid=hashuser,ou=Legal,{people}", "hashuser", "Hash", "Hash", "Legal", cn="#hash")
    user(f"cn=\\ Leading Space,ou=Legal,{people}", "leadspace", "Leading", "Space", "Legal", cn=" Leading Space")
    user(f"cn=a\\+b,ou=Support,{people}", "aplusb", "A", "Plus B", "Support", cn="a+b")
    user(f"uid=photo,ou=Engineering,{people}", "photo", "Zoë", "Ångström", "Engineering", [("jpegPhoto", photo)])

    ngroups = max(a.groups, 4)
    gdns = [f"cn=group{g:05d},{groups_ou}" for g in range(1, ngroups + 1)]
    for dn in gdns:
        memberships[dn] = []
    for idx, (dn, _, _) in enumerate(users):
        for g in rnd.sample(range(ngroups), k=min(3, ngroups)):
            memberships[gdns[g]].append(dn)
    big = f"cn=all-staff,{groups_ou}"
    memberships[big] = [dn for dn, _, _ in users[: a.big_group]]
    # Nesting: engineering-all > group00001 > group00002; a cycle between cycle-a and cycle-b;
    # a member that points at an entry that does not exist.
    eng = f"cn=engineering-all,{groups_ou}"
    cyc_a, cyc_b = f"cn=cycle-a,{groups_ou}", f"cn=cycle-b,{groups_ou}"
    memberships[eng] = [gdns[0], users[0][0]]
    memberships[gdns[0]].append(gdns[1])
    memberships[cyc_a] = [cyc_b, users[1][0]]
    memberships[cyc_b] = [cyc_a, users[2][0]]
    memberships[f"cn=dangling,{groups_ou}"] = [f"uid=ghost,ou=Sales,{people}", users[3][0]]

    member_of = {}
    for gdn, members in memberships.items():
        for m in members:
            member_of.setdefault(m, []).append(gdn)

    for dn, _, attrs in users:
        out.append(attr_line("dn", dn))
        for k, v in attrs:
            out.append(attr_line(k, v))
        for gdn in member_of.get(dn, []):
            out.append(attr_line("memberOf", gdn))
        out.append("")
        if len(out) > 20000:
            w.write("\n".join(out) + "\n")
            out.clear()
    for gdn, members in memberships.items():
        cn = gdn.split(",", 1)[0][3:]
        attrs = [("objectClass", "groupOfNames"), ("cn", cn), ("description", f"Group {cn}")]
        attrs += [("member", m) for m in members] or [("member", "")]
        attrs += [("memberOf", g) for g in member_of.get(gdn, [])]
        entry(out, gdn, attrs)
    w.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
