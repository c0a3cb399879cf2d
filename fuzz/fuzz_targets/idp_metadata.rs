#![no_main]
//! IdP metadata, read and judged.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        atomctl::fuzzing::idp_metadata(text);
    }
});
