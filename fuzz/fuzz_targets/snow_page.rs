#![no_main]
//! A ServiceNow Table API answer: rows in each display mode, the error envelope, a Link header.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    atomctl::fuzzing::snow_page(data);
});
