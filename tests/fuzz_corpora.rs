//! Every input the fuzzers kept (fuzz/corpus/<target>/), replayed through the same entry points
//! as the fuzz targets: deterministic and quick, so CI catches a regression on any of them
//! without fuzzing. A panic here is a finding; `scripts/fuzz.sh` grows the corpora.

use std::path::PathBuf;

fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} has no inputs", dir.display());
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

fn replay(target: &str, run: impl Fn(&[u8])) {
    for (path, bytes) in corpus(target) {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&bytes)));
        assert!(outcome.is_ok(), "{} panicked on {}", target, path.display());
    }
}

fn text(run: impl Fn(&str)) -> impl Fn(&[u8]) {
    move |b| {
        if let Ok(s) = std::str::from_utf8(b) {
            run(s)
        }
    }
}

const METADATA: &str = include_str!("../fuzz/fixtures/idp-metadata.xml");
const JWKS: &str = include_str!("../fuzz/fixtures/jwks.json");

#[test]
fn saml_response() {
    replay(
        "saml_response",
        text(|s| atomctl::fuzzing::saml_response(s, METADATA)),
    );
}

#[test]
fn saml_binding() {
    replay("saml_binding", text(atomctl::fuzzing::saml_binding));
}

#[test]
fn idp_metadata() {
    replay("idp_metadata", text(atomctl::fuzzing::idp_metadata));
}

#[test]
fn jwt() {
    replay("jwt", text(|s| atomctl::fuzzing::jwt(s, JWKS)));
}

#[test]
fn ldap_wire() {
    replay("ldap_wire", atomctl::fuzzing::ldap_wire);
}

#[test]
fn dn() {
    replay("dn", text(atomctl::fuzzing::dn));
}

#[test]
fn graph_page() {
    replay("graph_page", atomctl::fuzzing::graph_page);
}

#[test]
fn snow_page() {
    replay("snow_page", atomctl::fuzzing::snow_page);
}

#[test]
fn ingest_results() {
    replay("ingest_results", atomctl::fuzzing::ingest_results);
}

#[test]
fn sf_page() {
    replay("sf_page", atomctl::fuzzing::sf_page);
}

#[test]
fn events() {
    replay("events", atomctl::fuzzing::events);
}
