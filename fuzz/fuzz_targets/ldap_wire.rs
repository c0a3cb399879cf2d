#![no_main]
//! Bytes from an LDAP server, read as a search reads them.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    atomctl::fuzzing::ldap_wire(data);
});
