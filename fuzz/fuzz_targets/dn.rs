#![no_main]
//! A distinguished name parsed and normalized.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        atomctl::fuzzing::dn(text);
    }
});
