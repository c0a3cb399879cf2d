//! Active Directory behaviour against a real Samba AD DC.

use std::collections::BTreeSet;

use rusqlite::Connection;

use crate::support::ad::Ad;
use crate::support::{Env, cache_snapshot, expect_code, ndjson};

fn run(env: &Env, ad: &Ad, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("ADPW", &ad.password)
        .args(args)
        .args(ad.args())
        .output()
        .unwrap()
}

#[test]
fn ad_values_decode_like_samba_itself_decodes_them() {
    let (env, ad) = (Env::new(), Ad::new("decode"));
    ad.add_user("alice", 0x10200); // NORMAL_ACCOUNT | DONT_EXPIRE_PASSWORD
    ad.add_user("bob", 0x202); // NORMAL_ACCOUNT | ACCOUNTDISABLE
    let out = run(
        &env,
        &ad,
        &[
            "ldap",
            "search",
            "--decode",
            "--format",
            "ndjson",
            "(sAMAccountName=alice)",
            "objectGUID",
            "objectSid",
            "userAccountControl",
            "pwdLastSet",
            "accountExpires",
        ],
    );
    expect_code(&out, 0);
    let e = &ndjson(&out)[0];
    let d = &e["_decoded"];
    assert_eq!(
        d["objectGUID"],
        ad.ldb_decoded("alice", "objectGUID").as_str()
    );
    assert_eq!(
        d["objectSid"],
        ad.ldb_decoded("alice", "objectSid").as_str()
    );
    assert_eq!(
        d["userAccountControl"],
        "NORMAL_ACCOUNT,DONT_EXPIRE_PASSWORD"
    );
    // pwdLastSet is a FILETIME from moments ago.
    let set = d["pwdLastSet"].as_str().unwrap();
    assert!(set.starts_with(&time_prefix()), "pwdLastSet {set}");
    // accountExpires is "never" (0 or 0x7FFFFFFFFFFFFFFF).
    assert_eq!(d["accountExpires"], "never");

    let out = run(&env, &ad, &["ldap", "user", "bob", "--format", "ndjson"]);
    expect_code(&out, 0);
    let u = &ndjson(&out)[0];
    assert_eq!(u["enabled"], false);
    assert_eq!(u["password_never_expires"], false);
    let out = run(
        &env,
        &ad,
        &["ldap", "user", "alice@example.test", "--format", "ndjson"],
    );
    expect_code(&out, 0);
    let u = &ndjson(&out)[0];
    assert_eq!(u["name"], "alice");
    assert_eq!(u["enabled"], true);
    assert_eq!(u["password_never_expires"], true);
    assert!(
        u["password_last_set"]
            .as_str()
            .unwrap()
            .starts_with(&time_prefix())
    );
}

/// "YYYY-MM" of now, to check decoded dates without depending on the exact second.
fn time_prefix() -> String {
    let out = std::process::Command::new("date")
        .args(["-u", "+%Y-%m"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

#[test]
fn ranged_attributes_are_followed_to_the_end() {
    let (env, ad) = (Env::new(), Ad::new("range"));
    let mut members = Vec::new();
    for i in 0..12 {
        let name = format!("r{i:02}");
        ad.add_user(&name, 0x200);
        members.push(ad.dn(&name));
    }
    ad.add_group("ranged", &members);
    // Ask for the first five values only; the server answers member;range=0-4 and atomctl
    // must fetch 5-* itself and merge them under the plain name.
    let out = run(
        &env,
        &ad,
        &[
            "ldap",
            "search",
            "--format",
            "ndjson",
            "(cn=ranged)",
            "member;range=0-4",
        ],
    );
    expect_code(&out, 0);
    let e = &ndjson(&out)[0];
    let got: BTreeSet<String> = e["member"]
        .as_array()
        .expect("merged member")
        .iter()
        .map(|v| v.as_str().unwrap().to_lowercase())
        .collect();
    let want: BTreeSet<String> = members.iter().map(|m| m.to_lowercase()).collect();
    assert_eq!(got, want);
    assert!(e.get("member;range=0-4").is_none());
}

#[test]
fn usn_delta_sees_changes_deletes_and_renames() {
    let (env, ad) = (Env::new(), Ad::new("usn"));
    for n in ["u1", "u2", "u3", "u4"] {
        ad.add_user(n, 0x200);
    }
    ad.add_group("g1", &[ad.dn("u1"), ad.dn("u2"), ad.dn("u3")]);
    let out = run(&env, &ad, &["ldap", "sync", "--format", "ndjson"]);
    expect_code(&out, 0);
    let r = &ndjson(&out)[0];
    assert_eq!(
        (
            r["mode"].as_str(),
            r["method"].as_str(),
            r["total"].as_u64()
        ),
        (Some("full"), Some("usn"), Some(5))
    );

    ad.apply(&format!(
        "dn: {}\nchangetype: modify\nreplace: mail\nmail: changed@example.test\n",
        ad.dn("u1")
    ));
    ad.apply(&format!("dn: {}\nchangetype: delete\n", ad.dn("u2")));
    ad.apply(&format!(
        "dn: {}\nchangetype: modrdn\nnewrdn: CN=u3-renamed\ndeleteoldrdn: 1\n",
        ad.dn("u3")
    ));
    ad.apply(&format!(
        "dn: {}\nchangetype: modify\nadd: member\nmember: {}\n",
        ad.dn("g1"),
        ad.dn("u4")
    ));
    ad.add_user("u5", 0x202);

    let out = run(&env, &ad, &["ldap", "sync", "--format", "ndjson"]);
    expect_code(&out, 0);
    let r = &ndjson(&out)[0];
    assert_eq!(r["mode"], "delta");
    assert_eq!(r["added"], 1, "{r}");
    assert_eq!(r["deleted"], 1, "{r}");
    assert!(r["modified"].as_u64().unwrap() >= 3, "{r}");

    let fresh = Env::new();
    expect_code(&run(&fresh, &ad, &["ldap", "sync", "-q"]), 0);
    assert_eq!(cache_snapshot(&env.cache()), cache_snapshot(&fresh.cache()));
    let c = Connection::open(env.cache()).unwrap();
    let members: Vec<String> = c
        .prepare("SELECT u.name FROM ldap_members m JOIN ldap_users u ON u.id = m.member_id JOIN ldap_groups g ON g.id = m.group_id WHERE g.name = 'g1' ORDER BY 1")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(members, vec!["u1", "u3", "u4"]);
    let dn: String = c
        .query_row("SELECT dn FROM ldap_users WHERE name = 'u3'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(dn.starts_with("CN=u3-renamed,"));
    // objectSid is kept as Samba writes it: what Entra Connect copies to
    // onPremisesSecurityIdentifier, which `teams reconcile` matches on.
    let sid: String = c
        .query_row("SELECT sid FROM ldap_users WHERE name = 'u1'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(sid, ad.ldb_decoded("u1", "objectSid"));
}
