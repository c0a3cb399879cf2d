#![no_main]
//! A SAMLResponse parsed and validated against fixed IdP metadata at a fixed instant.
use libfuzzer_sys::fuzz_target;

const METADATA: &str = include_str!("../fixtures/idp-metadata.xml");

fuzz_target!(|data: &[u8]| {
    if let Ok(xml) = std::str::from_utf8(data) {
        atomctl::fuzzing::saml_response(xml, METADATA);
    }
});
