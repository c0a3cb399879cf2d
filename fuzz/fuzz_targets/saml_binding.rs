#![no_main]
//! A SAMLRequest / SAMLResponse in any form `sso saml decode` takes.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        atomctl::fuzzing::saml_binding(text);
    }
});
