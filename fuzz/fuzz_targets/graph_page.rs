#![no_main]
//! A Microsoft Graph page: teams, channels, members, and users and groups as delta changes.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    atomctl::fuzzing::graph_page(data);
});
