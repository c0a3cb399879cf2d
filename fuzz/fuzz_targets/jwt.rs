#![no_main]
//! A JWT decoded and validated against a fixed key set.
use libfuzzer_sys::fuzz_target;

const JWKS: &str = include_str!("../fixtures/jwks.json");

fuzz_target!(|data: &[u8]| {
    if let Ok(token) = std::str::from_utf8(data) {
        atomctl::fuzzing::jwt(token, JWKS);
    }
});
