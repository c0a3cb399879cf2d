#![no_main]
//! Event lines ingested as NDJSON and as CSV.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    atomctl::fuzzing::events(data);
});
