use std::collections::BTreeSet;

use crate::support::{Env, Slapd, expect_code, ndjson, stderr};

fn run(env: &Env, s: &Slapd, args: &[&str]) -> std::process::Output {
    let mut all: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    all.extend(s.syncer_args());
    all.extend(["--format".into(), "ndjson".into()]);
    env.cmd()
        .env("SP", "syncer-secret")
        .args(&all)
        .output()
        .unwrap()
}

/// Group names the server lists in a user's memberOf: the reference for direct groups.
fn member_of(s: &Slapd, uid: &str) -> BTreeSet<String> {
    let e = crate::support::ldif::parse(&s.ldapsearch(&format!("(uid={uid})"), &["memberOf"]));
    e.values()
        .next()
        .unwrap()
        .get("memberof")
        .into_iter()
        .flatten()
        .map(|v| {
            String::from_utf8(v.clone())
                .unwrap()
                .split(',')
                .next()
                .unwrap()[3..]
                .to_owned()
        })
        .collect()
}

#[test]
fn user_lookup_by_uid_and_mail_with_direct_and_transitive_groups() {
    let (env, s) = (Env::new(), Slapd::start());
    // user000003 is in group00002 only through the generator's random picks; use a user
    // we know: group00002 is nested in group00001, which is nested in engineering-all.
    let holders = crate::support::ldif::parse(&s.ldapsearch(
        "(memberOf=cn=group00002,ou=groups,dc=example,dc=test)",
        &["uid"],
    ));
    let uid = holders
        .values()
        .filter_map(|a| {
            a.get("uid")
                .map(|v| String::from_utf8(v[0].clone()).unwrap())
        })
        .find(|u| !member_of(&s, u).contains("group00001"))
        .expect("a member of group00002 that is not directly in group00001");
    let out = run(&env, &s, &["ldap", "user", &uid, "--transitive"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    assert_eq!(rows.len(), 1);
    let u = &rows[0];
    assert_eq!(u["name"], uid.as_str());
    assert_eq!(u["enabled"], true);
    let direct: BTreeSet<String> = u["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(direct, member_of(&s, &uid));
    let all: BTreeSet<String> = u["groups_transitive"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g.as_str().unwrap().to_owned())
        .collect();
    for g in ["group00002", "group00001", "engineering-all"] {
        assert!(all.contains(g), "{g} missing from {all:?}");
    }
    // By mail, and an escaped DN comes back intact.
    let out = run(&env, &s, &["ldap", "user", "jsmith@example.test"]);
    expect_code(&out, 0);
    assert_eq!(ndjson(&out)[0]["display_name"], "Smith, John");
}

#[test]
fn user_values_are_escaped_not_interpreted() {
    let (env, s) = (Env::new(), Slapd::start());
    for evil in ["*", "user00000*", "*)(uid=*"] {
        let out = run(&env, &s, &["ldap", "user", evil]);
        expect_code(&out, 1);
        assert!(
            stderr(&out).contains("no user matches"),
            "{evil}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn disabled_and_locked_accounts_are_decoded() {
    let (env, s) = (Env::new(), Slapd::start());
    // ppolicy: this lock time means "until an administrator unlocks" (how OpenLDAP disables an
    // account); any other time is a lockout.
    s.modify(
        "dn: uid=user000005,ou=Legal,ou=people,dc=example,dc=test\nchangetype: modify\nreplace: pwdAccountLockedTime\npwdAccountLockedTime: 000001010000Z\n\n\
         dn: uid=user000006,ou=Operations,ou=people,dc=example,dc=test\nchangetype: modify\nreplace: pwdAccountLockedTime\npwdAccountLockedTime: 20260101000000Z\n",
    );
    let state = |uid: &str| {
        let out = run(&env, &s, &["ldap", "user", uid]);
        expect_code(&out, 0);
        let u = ndjson(&out).remove(0);
        (
            u["enabled"].as_bool().unwrap(),
            u["locked"].as_bool().unwrap(),
        )
    };
    assert_eq!(state("user000005"), (false, false));
    assert_eq!(state("user000006"), (true, true));
    assert_eq!(state("user000007"), (true, false));
    // The sync stores the same decoding.
    let out = env
        .cmd()
        .env("SP", "syncer-secret")
        .args(["ldap", "sync", "-q"])
        .args(s.syncer_args())
        .output()
        .unwrap();
    expect_code(&out, 0);
    let c = rusqlite::Connection::open(env.cache()).unwrap();
    let rows: Vec<(String, bool, bool)> = c
        .prepare("SELECT name, enabled, locked FROM ldap_users WHERE name IN ('user000005', 'user000006') ORDER BY name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        rows,
        vec![
            ("user000005".into(), false, false),
            ("user000006".into(), true, true)
        ]
    );
}

#[test]
fn group_members_direct_transitive_cycles_and_dangling() {
    let (env, s) = (Env::new(), Slapd::start());
    let out = run(&env, &s, &["ldap", "group", "all-staff"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    assert_eq!(rows.len(), 2100, "the large group has 2,100 members");
    assert!(rows.iter().all(|r| r["type"] == "user"));

    let out = run(&env, &s, &["ldap", "group", "cycle-a", "--transitive"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let users: BTreeSet<String> = rows
        .iter()
        .filter(|r| r["type"] == "user")
        .map(|r| r["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        users.len(),
        2,
        "the two users reached through the cycle: {rows:?}"
    );
    assert!(stderr(&out).contains("cycle"), "{}", stderr(&out));

    let out = run(&env, &s, &["ldap", "group", "dangling"]);
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let d: Vec<_> = rows.iter().filter(|r| r["type"] == "dangling").collect();
    assert_eq!(d.len(), 1);
    assert!(d[0]["dn"].as_str().unwrap().starts_with("uid=ghost"));
    assert_eq!(rows.iter().filter(|r| r["type"] == "user").count(), 1);

    let out = run(
        &env,
        &s,
        &["ldap", "group", "engineering-all", "--transitive"],
    );
    expect_code(&out, 0);
    let rows = ndjson(&out);
    let groups: BTreeSet<&str> = rows
        .iter()
        .filter(|r| r["type"] == "group")
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(groups, BTreeSet::from(["group00001", "group00002"]));
    let depth2 = rows.iter().find(|r| r["name"] == "group00002").unwrap();
    assert_eq!(depth2["depth"], 2);

    let out = run(&env, &s, &["ldap", "group", "no-such-group"]);
    expect_code(&out, 1);
}
