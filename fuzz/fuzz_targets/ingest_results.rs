#![no_main]
//! A bulk ingest job's result CSV, counted in pieces; a job status answer.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    atomctl::fuzzing::ingest_results(data);
});
