//! Entry points of the fuzz targets (fuzz/fuzz_targets): each feeds one parser of outside
//! data the way atomctl feeds it, with fixed keys and a fixed clock, so a finding replays.
//! Also replayed over the committed corpora by tests/fuzz_corpora.rs, so CI runs every
//! input the fuzzers kept without fuzzing.

use std::sync::OnceLock;

use crate::analytics::ingest::{self, InputFormat, Observer};
use crate::output::{Format, PageEncoder, RowEncoder};
use crate::salesforce::page_rows::RowPlan;
use crate::salesforce::record::{self, CellOptions};
use crate::sso::oidc::jwks::JwkSet;
use crate::sso::oidc::jwt;
use crate::sso::saml::idp::{self, IdpMetadata};
use crate::sso::saml::response::{self, Expect, Solicited};

/// A SAMLResponse (XML) validated against fixed IdP metadata at a fixed instant.
pub fn saml_response(xml: &str, metadata: &str) {
    static IDP: OnceLock<IdpMetadata> = OnceLock::new();
    let idp = IDP.get_or_init(|| idp::read(metadata, None, &[]).expect("the fixture reads").0);
    let acs = ["https://sp.example.com/acs".to_owned()];
    let requests = ["_req1".to_owned()];
    let seen = |_: &str| None;
    let _ = response::validate(
        xml,
        &Expect {
            sp_entity_id: "https://sp.example.com/saml",
            acs_urls: &acs,
            want_assertions_signed: false,
            idp,
            solicited: Solicited::Remembered(&requests),
            allow_unsolicited: true,
            allow_sha1: true,
            sp_key: None,
            clock_skew: time::Duration::seconds(60),
            now: time::macros::datetime!(2026-12-02 12:00 UTC),
            seen: &seen,
        },
    );
}

/// A SAMLRequest / SAMLResponse in any form `sso saml decode` accepts, then indented.
pub fn saml_binding(input: &str) {
    if let Ok(d) = crate::sso::saml::binding::decode(input)
        && let Ok(doc) = crate::sso::saml::xml::parse(&d.xml)
    {
        let _ = crate::sso::saml::xml::indent(&doc);
    }
}

/// IdP metadata read and judged as `idp-check` and `validate` do.
pub fn idp_metadata(text: &str) {
    if let Ok((md, sig)) = idp::read(text, None, &[]) {
        let _ = idp::check(
            &md,
            &sig,
            &idp::CheckOptions {
                now: time::macros::datetime!(2026-12-02 12:00 UTC),
                warn_days: 30,
            },
        );
    }
    let _ = idp::read_trusted(text, None, &[], false);
}

/// A JWT decoded and validated as an ID token and as an access token against a fixed key set.
pub fn jwt(token: &str, jwks: &str) {
    static KEYS: OnceLock<JwkSet> = OnceLock::new();
    let keys = KEYS.get_or_init(|| serde_json::from_str(jwks).expect("the fixture parses"));
    let Ok(d) = jwt::decode(token) else {
        return;
    };
    for token_type in [jwt::TokenType::Id, jwt::TokenType::Access] {
        let _ = jwt::validate(
            &d,
            keys,
            &jwt::Expect {
                issuer: Some("https://idp.example.com".into()),
                audience: Some("client".into()),
                require_audience: true,
                client_id: Some("client".into()),
                nonce: Some("n".into()),
                access_token: Some("at".into()),
                token_type,
                leeway: 60,
                now: 1_796_040_000,
            },
        );
    }
}

/// Bytes from an LDAP server, read as the search reader reads them.
pub fn ldap_wire(bytes: &[u8]) {
    crate::ldap::read_messages(bytes);
}

/// A DN parsed, normalized and its leaf read.
pub fn dn(text: &str) {
    let _ = crate::ldap::dn::parse(text);
    let _ = crate::ldap::dn::normalize(text);
    let _ = crate::ldap::dn::leaf_value(text);
}

/// A Salesforce query page decoded by the fast path, into values and into CSV.
pub fn sf_page(body: &[u8]) {
    static PLAN: OnceLock<(RowPlan, RowEncoder)> = OnceLock::new();
    let (plan, enc) = PLAN.get_or_init(|| {
        let p = crate::salesforce::soql::plan(
            "SELECT Id, Name, Amount, CreatedDate, Account.Name, Account.Owner.Name, MailingAddress FROM Contact",
        );
        let headers = record::headers(&p.columns, None);
        let plan = RowPlan::new(&p.columns, CellOptions { utc: true }).expect("a flat plan");
        (plan, RowEncoder::new(Format::Csv, headers))
    });
    let _ = plan.decode_values(body);
    let mut sink = PageEncoder::new(enc, body.len());
    let _ = plan.decode_into(body, &mut sink);
}

/// A bulk ingest job's result CSV as the import counts it while writing it, fed in two
/// pieces split where the data says: the count may not depend on where the network cut the
/// body. And a job's status answer.
pub fn ingest_results(body: &[u8]) {
    use crate::salesforce::ingest::RowCount;
    let count = |pieces: &[&[u8]]| {
        let mut c = RowCount::default();
        for p in pieces {
            c.feed(p);
        }
        c.records()
    };
    let cut = body
        .first()
        .map_or(0, |b| usize::from(*b) % (body.len() + 1));
    let (a, b) = body.split_at(cut);
    assert_eq!(
        count(&[body]),
        count(&[a, b]),
        "the count depends on the cut"
    );
    let _ = serde_json::from_slice::<crate::salesforce::bulk::JobInfo>(body);
}

/// A Microsoft Graph page as the teams commands read it: each item as a team, a channel, a
/// member, as a user and a group change of a delta read, and as a registration-details
/// row, a risky user and a sign-in.
pub fn graph_page(body: &[u8]) {
    use crate::cache::graph::Resource;
    use crate::graph::{directory, teams};
    let Ok(doc) = serde_json::from_slice::<serde_json::Value>(body) else {
        return;
    };
    let items = doc.get("value").and_then(serde_json::Value::as_array);
    for v in items.into_iter().flatten() {
        let _ = teams::team_row(v);
        let _ = teams::channel_row(v);
        let _ = teams::member_row(v);
        let _ = directory::change(Resource::Users, v);
        let _ = directory::change(Resource::Groups, v);
        // The security sources' items, as `teams sync --security` reads them.
        use crate::graph::security::{Registration, RiskyUser, SignIn};
        let _ = serde_json::from_value::<Registration>(v.clone());
        let _ = serde_json::from_value::<RiskyUser>(v.clone());
        let _ = serde_json::from_value::<SignIn>(v.clone());
        // The threats report reads the times back by hand: wherever it accepts one, the
        // general RFC 3339 parser must agree on the instant.
        for key in [
            "createdDateTime",
            "riskLastUpdatedDateTime",
            "lastUpdatedDateTime",
        ] {
            if let Some(t) = v.get(key).and_then(serde_json::Value::as_str) {
                check_unix_time(t);
            }
        }
    }
}

fn check_unix_time(t: &str) {
    use crate::analytics::threats::signins::unix_time;
    let general = time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(time::OffsetDateTime::unix_timestamp);
    if let Some(fast) = unix_time(t) {
        assert_eq!(Some(fast), general, "{t:?}");
    }
}

/// A ServiceNow Table API answer as `snow` reads it: its rows as cells in each display mode,
/// the error envelope, and the body read as a `Link` header.
pub fn snow_page(body: &[u8]) {
    use crate::snow::table::{Decode, Keyset, Maps};
    use crate::snow::values::{self, Display};
    let _ = values::error_message(body);
    // A sync's decoder, typed by every kind of column, and the query's.
    let names: Vec<String> = [
        "sys_id",
        "priority",
        "active",
        "opened_at",
        "caller_id",
        "x",
    ]
    .map(str::to_owned)
    .to_vec();
    let kinds: Vec<Option<String>> = [
        Some("GUID"),
        Some("integer"),
        Some("boolean"),
        Some("glide_date_time"),
        Some("reference"),
        Some("decimal"),
    ]
    .map(|k| k.map(str::to_owned))
    .to_vec();
    let stamp = Keyset::Stamp {
        field: "opened_at",
        since: None,
    };
    let _ = crate::snow::rows::RowPlan::new(&names, &kinds).decode(body, &stamp);
    let _ = Maps.decode(body, &Keyset::SysId);
    if let Ok(text) = std::str::from_utf8(body) {
        let _ = values::next_link(text);
    }
    let Ok(doc) = serde_json::from_slice::<serde_json::Value>(body) else {
        return;
    };
    let rows = doc.get("result").and_then(serde_json::Value::as_array);
    for r in rows
        .into_iter()
        .flatten()
        .filter_map(serde_json::Value::as_object)
    {
        let fields: Vec<String> = r.keys().cloned().collect();
        for d in [Display::Raw, Display::Shown, Display::Both] {
            let _ = values::cells(r, &fields, d, &values::Times::default());
        }
    }
}

struct Quiet;

impl Observer for Quiet {
    fn progress(&mut self, _: u64) {}
    fn bad_line(&mut self, _: u64, _: &str) {}
}

/// Event lines ingested as NDJSON and as CSV into an in-memory cache, emptied after each
/// (migrated once: a fresh cache per input made the target too slow to fuzz).
pub fn events(bytes: &[u8]) {
    thread_local! {
        static CACHE: std::cell::RefCell<Option<rusqlite::Connection>> = const { std::cell::RefCell::new(None) };
    }
    CACHE.with(|cell| {
        let mut slot = cell.borrow_mut();
        let conn = slot.get_or_insert_with(|| {
            let mut c = rusqlite::Connection::open_in_memory().expect("an in-memory database");
            crate::cache::migrate(&mut c, std::path::Path::new(":memory:")).expect("migrations");
            c
        });
        for format in [InputFormat::Ndjson, InputFormat::Csv] {
            let _ = ingest::ingest(conn, bytes, format, false, false, &mut Quiet);
            // The rollup adds up to what the events hold (days floored, as the rollup does,
            // for times before 1970 too).
            let from_events: (i64, i64, i64) = conn
                .query_row(
                    "SELECT count(DISTINCT user || ' ' || ((ts - ((ts % 86400) + 86400) % 86400) / 86400)),
                            count(*) FILTER (WHERE type = 'message_sent'),
                            count(response_ms) FILTER (WHERE type = 'message_received')
                     FROM analytics_events",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .expect("the events");
            let daily = crate::cache::daily::Daily::load(conn, i64::MIN / 2, i64::MAX / 2)
                .expect("the rollup");
            let user_days: std::collections::HashSet<(i64, u32)> =
                daily.rows.iter().map(|r| (r.day, r.user)).collect();
            let rolled = (
                user_days.len() as i64,
                daily.rows.iter().map(|r| i64::from(r.counts.messages)).sum(),
                daily.rows.iter().map(|r| daily.response_ms(r).len() as i64).sum(),
            );
            assert_eq!(from_events, rolled, "the rollup differs from the events");
            let _ = conn.execute_batch(
                "DELETE FROM analytics_events; DELETE FROM analytics_daily; DELETE FROM analytics_users;",
            );
        }
    });
}
