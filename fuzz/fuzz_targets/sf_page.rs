#![no_main]
//! A Salesforce query page decoded by the fast path.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    atomctl::fuzzing::sf_page(data);
});
