//! The HTTP-Redirect and HTTP-POST bindings: deflate, base64, URL encoding, and the signed
//! query string of SAML Bindings §3.4.4.1.

use std::io::{Read, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use flate2::Compression;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use openssl::pkey::{PKey, Private};

use super::SamlError;
use super::crypto::{sign_query, signature_method_for};

/// Raw DEFLATE (RFC 1951, no zlib header) then base64, as the Redirect binding wants.
pub fn deflate_b64(xml: &str) -> String {
    let mut e = DeflateEncoder::new(Vec::new(), Compression::default());
    e.write_all(xml.as_bytes()).expect("writing to memory");
    STANDARD.encode(e.finish().expect("writing to memory"))
}

fn form(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// `location?SAMLRequest=…[&RelayState=…][&SigAlg=…&Signature=…]`. With a key, the signature
/// covers exactly the encoded `SAMLRequest=…&RelayState=…&SigAlg=…` bytes, in that order.
pub fn redirect_url(
    location: &str,
    param: &str,
    xml: &str,
    relay_state: Option<&str>,
    key: Option<&PKey<Private>>,
) -> Result<String, SamlError> {
    let mut query = format!("{param}={}", form(&deflate_b64(xml)));
    if let Some(r) = relay_state {
        query.push_str(&format!("&RelayState={}", form(r)));
    }
    if let Some(key) = key {
        let alg = signature_method_for(key)?;
        query.push_str(&format!("&SigAlg={}", form(alg)));
        let (_, sig) = sign_query(key, query.as_bytes())?;
        query.push_str(&format!("&Signature={}", form(&STANDARD.encode(sig))));
    }
    let sep = if location.contains('?') { '&' } else { '?' };
    Ok(format!("{location}{sep}{query}"))
}

/// The most a deflated message may inflate to: a 1 MB deflate bomb would otherwise become
/// gigabytes in memory.
const MAX_INFLATED: u64 = 16 << 20;

/// How a value was unwrapped, step by step, for `decode -v`.
#[derive(Debug, Default)]
pub struct Decoded {
    pub xml: String,
    pub steps: Vec<&'static str>,
}

/// A SAMLRequest / SAMLResponse in any form people paste: a whole URL or query string, a
/// URL-encoded value, base64 (of deflated or plain XML), or the XML itself.
pub fn decode(input: &str) -> Result<Decoded, SamlError> {
    let mut d = Decoded::default();
    let mut value = input.trim().to_owned();
    if let Some(v) = query_param(&value) {
        value = v;
        d.steps.push("query parameter");
    } else if value.contains('%') {
        value = percent_encoding::percent_decode_str(&value)
            .decode_utf8()
            .map_err(|_| SamlError::Input("the URL-encoded value is not UTF-8".into()))?
            .into_owned();
        d.steps.push("URL decoding");
    }
    if value.starts_with('<') {
        d.xml = value;
        return Ok(d);
    }
    // A form decoder turns base64's `+` into a space; put it back, drop line breaks.
    let clean: String = value
        .chars()
        .filter(|c| !matches!(c, '\r' | '\n' | '\t'))
        .map(|c| if c == ' ' { '+' } else { c })
        .collect();
    let bytes = STANDARD
        .decode(clean.as_bytes())
        .map_err(|e| SamlError::Input(format!("neither XML nor base64: {e}")))?;
    d.steps.push("base64");
    let text = match std::str::from_utf8(&bytes) {
        Ok(t)
            if t.trim_start_matches('\u{feff}')
                .trim_start()
                .starts_with('<') =>
        {
            t.to_owned()
        }
        _ => {
            let mut out = String::new();
            DeflateDecoder::new(bytes.as_slice())
                .take(MAX_INFLATED + 1)
                .read_to_string(&mut out)
                .map_err(|e| {
                    SamlError::Input(format!("base64 decoded, but neither XML nor DEFLATE: {e}"))
                })?;
            if out.len() as u64 > MAX_INFLATED {
                return Err(SamlError::Input(format!(
                    "the DEFLATE data inflates to more than {} MB: refused (a SAML message is kilobytes)",
                    MAX_INFLATED >> 20
                )));
            }
            d.steps.push("inflate");
            out
        }
    };
    d.xml = text.trim_start_matches('\u{feff}').to_owned();
    Ok(d)
}

/// The SAMLRequest / SAMLResponse value out of a URL or query string, decoded.
fn query_param(s: &str) -> Option<String> {
    let query = match s.split_once('?') {
        Some((_, q)) => q,
        None if s.contains("SAMLRequest=") || s.contains("SAMLResponse=") => s,
        None => return None,
    };
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "SAMLRequest" || k == "SAMLResponse")
        .map(|(_, v)| v.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str =
        r#"<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a"/>"#;

    #[test]
    fn every_wrapping_decodes_to_the_same_xml() {
        let b64 = deflate_b64(XML);
        let url = redirect_url(
            "https://idp.example/sso?x=1",
            "SAMLRequest",
            XML,
            Some("r s"),
            None,
        )
        .unwrap();
        assert!(url.starts_with("https://idp.example/sso?x=1&SAMLRequest="));
        let encoded: String = url::form_urlencoded::byte_serialize(b64.as_bytes()).collect();
        let plain = STANDARD.encode(XML);
        for input in [XML, &b64, &encoded, &url, &plain, &b64.replace('+', " ")] {
            assert_eq!(decode(input).unwrap().xml, XML, "{input}");
        }
        assert!(decode("not base64 !").is_err());
    }

    #[test]
    fn a_deflate_bomb_is_refused_at_the_cap() {
        let mut e = DeflateEncoder::new(Vec::new(), Compression::best());
        e.write_all(b"<a>").unwrap();
        for _ in 0..(64 << 10) {
            e.write_all(&[b' '; 1024]).unwrap();
        }
        let bomb = STANDARD.encode(e.finish().unwrap());
        assert!(bomb.len() < 1 << 20);
        let err = decode(&bomb).unwrap_err().to_string();
        assert!(err.contains("inflates to more than"), "{err}");
    }
}
