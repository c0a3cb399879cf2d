//! Signatures and encryption: xmlsec (through samael) signs and verifies XML; OpenSSL signs the
//! Redirect binding's query string and decrypts EncryptedAssertions. Every algorithm is checked
//! against an allow-list here before xmlsec sees the document, because xmlsec itself would run
//! any transform it knows (XSLT and XPath included).

use std::sync::Once;

use openssl::hash::MessageDigest;
use openssl::pkey::{Id, PKey, Private};
use openssl::rsa::Padding;
use openssl::sign::Signer;
use openssl::x509::X509;
use samael::crypto::{CertificateDer, Crypto, CryptoProvider, ReduceMode};

use super::SamlError;
use super::keys::{cert_b64, crypto_err};
use super::xml::{self, El, NS_DS, NS_XENC};

const EXC_C14N: &str = "http://www.w3.org/2001/10/xml-exc-c14n#";
const ENVELOPED: &str = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
pub const RSA_SHA256: &str = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
pub const ECDSA_SHA256: &str = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
const SHA256: &str = "http://www.w3.org/2001/04/xmlenc#sha256";

/// Signature algorithms accepted in messages and metadata: (URI, short name, weak).
const SIGNATURE_METHODS: &[(&str, &str, bool)] = &[
    (RSA_SHA256, "RSA-SHA256", false),
    (
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
        "RSA-SHA384",
        false,
    ),
    (
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
        "RSA-SHA512",
        false,
    ),
    (ECDSA_SHA256, "ECDSA-SHA256", false),
    (
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
        "ECDSA-SHA384",
        false,
    ),
    (
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512",
        "ECDSA-SHA512",
        false,
    ),
    (
        "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
        "RSA-SHA1",
        true,
    ),
];

const DIGEST_METHODS: &[(&str, &str, bool)] = &[
    (SHA256, "SHA-256", false),
    (
        "http://www.w3.org/2001/04/xmldsig-more#sha384",
        "SHA-384",
        false,
    ),
    ("http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512", false),
    ("http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1", true),
];

/// The name and weakness of an accepted signature (or digest) algorithm; None when refused.
pub fn signature_method(uri: &str) -> Option<(&'static str, bool)> {
    SIGNATURE_METHODS
        .iter()
        .find(|(u, ..)| *u == uri)
        .map(|(_, n, w)| (*n, *w))
}

pub fn digest_method(uri: &str) -> Option<(&'static str, bool)> {
    DIGEST_METHODS
        .iter()
        .find(|(u, ..)| *u == uri)
        .map(|(_, n, w)| (*n, *w))
}

/// What one `<ds:Signature>` says about itself, read before any verification.
#[derive(Debug, Clone)]
pub struct SignatureInfo {
    /// The ID of the element the signature sits in (None when that element has none).
    pub parent_id: Option<String>,
    /// Local name of that element: `Response`, `Assertion`, `EntityDescriptor`, …
    pub parent: String,
    /// `RSA-SHA256 / SHA-256`.
    pub algorithms: String,
    /// Weak (SHA-1) algorithms in use.
    pub weak: bool,
}

/// Reads every signature in the document and refuses what the allow-lists do not name:
/// a signature must be enveloped (one Reference to its parent's ID, or `""` for the root),
/// canonicalized with exclusive C14N, with only the enveloped-signature and exclusive C14N
/// transforms.
pub fn inspect_signatures(doc: &roxmltree::Document<'_>) -> Result<Vec<SignatureInfo>, SamlError> {
    let mut out = Vec::new();
    for sig in doc
        .descendants()
        .filter(|n| xml::is(*n, NS_DS, "Signature"))
    {
        let parent = sig
            .parent_element()
            .ok_or_else(|| SamlError::Refused("a Signature without a parent".into()))?;
        let parent_id = parent.attribute("ID").map(str::to_owned);
        let info = xml::child(sig, NS_DS, "SignedInfo")
            .ok_or_else(|| SamlError::Refused("a Signature without SignedInfo".into()))?;
        fn algo<'a>(n: Option<roxmltree::Node<'a, '_>>) -> &'a str {
            n.and_then(|n| n.attribute("Algorithm")).unwrap_or_default()
        }
        let c14n = algo(xml::child(info, NS_DS, "CanonicalizationMethod"));
        if c14n != EXC_C14N {
            return Err(SamlError::Refused(format!(
                "canonicalization {c14n:?} is not allowed (only exclusive C14N)"
            )));
        }
        let sm = algo(xml::child(info, NS_DS, "SignatureMethod"));
        let (sm_name, sm_weak) = signature_method(sm).ok_or_else(|| {
            SamlError::Refused(format!("signature algorithm {sm:?} is not allowed"))
        })?;
        let refs: Vec<_> = xml::children(info, NS_DS, "Reference").collect();
        let [reference] = refs.as_slice() else {
            return Err(SamlError::Refused(format!(
                "a signature with {} references (exactly one expected)",
                refs.len()
            )));
        };
        let uri = reference.attribute("URI").unwrap_or_default();
        let points_at_parent = match &parent_id {
            Some(id) => uri.strip_prefix('#') == Some(id.as_str()),
            None => false,
        } || (uri.is_empty() && parent == doc.root_element());
        if !points_at_parent {
            return Err(SamlError::Refused(format!(
                "the signature in <{}> references {uri:?}, not the element it sits in",
                parent.tag_name().name()
            )));
        }
        if let Some(ts) = xml::child(*reference, NS_DS, "Transforms") {
            for t in xml::children(ts, NS_DS, "Transform") {
                let a = t.attribute("Algorithm").unwrap_or_default();
                if a != ENVELOPED && a != EXC_C14N {
                    return Err(SamlError::Refused(format!(
                        "transform {a:?} is not allowed (only enveloped-signature and exclusive C14N)"
                    )));
                }
            }
        }
        let dm = algo(xml::child(*reference, NS_DS, "DigestMethod"));
        let (dm_name, dm_weak) = digest_method(dm)
            .ok_or_else(|| SamlError::Refused(format!("digest algorithm {dm:?} is not allowed")))?;
        out.push(SignatureInfo {
            parent_id,
            parent: parent.tag_name().name().to_owned(),
            algorithms: format!("{sm_name} / {dm_name}"),
            weak: sm_weak || dm_weak,
        });
    }
    Ok(out)
}

/// Route xmlsec's error lines into tracing instead of stderr. xmlsec installs its own
/// callback when it initializes, so initialization is forced first, then replaced.
fn quiet_xmlsec() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: plain C calls into libxmlsec1 with a static callback of the documented type.
        unsafe { xmlSecErrorsDefaultCallbackEnableOutput(0) };
        let _ = Crypto::verify_signed_xml("<a/>", &CertificateDer::from(Vec::new()), None);
        unsafe { xmlSecErrorsSetCallback(Some(xmlsec_error)) };
    });
}

type XmlSecErrorsCallback = unsafe extern "C" fn(
    file: *const std::ffi::c_char,
    line: std::ffi::c_int,
    func: *const std::ffi::c_char,
    object: *const std::ffi::c_char,
    subject: *const std::ffi::c_char,
    reason: std::ffi::c_int,
    msg: *const std::ffi::c_char,
);

unsafe extern "C" {
    fn xmlSecErrorsDefaultCallbackEnableOutput(enabled: std::ffi::c_int);
    fn xmlSecErrorsSetCallback(callback: Option<XmlSecErrorsCallback>);
}

unsafe extern "C" fn xmlsec_error(
    _file: *const std::ffi::c_char,
    _line: std::ffi::c_int,
    func: *const std::ffi::c_char,
    _object: *const std::ffi::c_char,
    _subject: *const std::ffi::c_char,
    reason: std::ffi::c_int,
    msg: *const std::ffi::c_char,
) {
    let text = |p: *const std::ffi::c_char| {
        if p.is_null() {
            String::new()
        } else {
            // SAFETY: xmlsec passes NUL-terminated strings that live for the call.
            unsafe { std::ffi::CStr::from_ptr(p) }
                .to_string_lossy()
                .into_owned()
        }
    };
    tracing::debug!(target: "xmlsec", "{}: reason {reason}: {}", text(func), text(msg));
}

fn der(cert: &X509) -> Result<CertificateDer, SamlError> {
    Ok(CertificateDer::from(cert.to_der().map_err(crypto_err)?))
}

/// Verifies every signature in the document with the trusted certificates only (a key in the
/// message's KeyInfo is never used) and returns the document cut down to what the signatures
/// cover. Values must be read from that, never from the input.
pub fn reduce_to_signed(xml: &str, trusted: &[X509]) -> Result<String, SamlError> {
    quiet_xmlsec();
    let certs = trusted.iter().map(der).collect::<Result<Vec<_>, _>>()?;
    Crypto::reduce_xml_to_signed(xml, &certs, ReduceMode::ValidateAndMarkNoAncestors)
        .map_err(|e| SamlError::Crypto(e.to_string()))
}

/// The signature algorithm atomctl signs with for this key: SHA-256 with RSA or ECDSA.
pub fn signature_method_for(key: &PKey<Private>) -> Result<&'static str, SamlError> {
    match key.id() {
        Id::RSA => Ok(RSA_SHA256),
        Id::EC => Ok(ECDSA_SHA256),
        other => Err(SamlError::Key(format!(
            "cannot sign with a {other:?} key (RSA or EC)"
        ))),
    }
}

/// The enveloped-signature template that goes first into the element with `id`.
pub fn signature_template(id: &str, key: &PKey<Private>, cert: &X509) -> Result<El, SamlError> {
    let method = signature_method_for(key)?;
    let algo = |name: &str, uri: &str| El::new(name).attr("Algorithm", uri);
    Ok(El::new("ds:Signature")
        .attr("xmlns:ds", NS_DS)
        .child(
            El::new("ds:SignedInfo")
                .child(algo("ds:CanonicalizationMethod", EXC_C14N))
                .child(algo("ds:SignatureMethod", method))
                .child(
                    El::new("ds:Reference")
                        .attr("URI", format!("#{id}"))
                        .child(
                            El::new("ds:Transforms")
                                .child(algo("ds:Transform", ENVELOPED))
                                .child(algo("ds:Transform", EXC_C14N)),
                        )
                        .child(algo("ds:DigestMethod", SHA256))
                        .child(El::new("ds:DigestValue")),
                ),
        )
        .child(El::new("ds:SignatureValue"))
        .child(El::new("ds:KeyInfo").child(
            El::new("ds:X509Data").child(El::new("ds:X509Certificate").text(cert_b64(cert)?)),
        )))
}

/// Fills in the signature template of a document (see [`signature_template`]).
pub fn sign_document(xml: &str, key: &PKey<Private>) -> Result<String, SamlError> {
    quiet_xmlsec();
    let der = key.private_key_to_der().map_err(crypto_err)?;
    Crypto::sign_xml(xml, &der).map_err(|e| SamlError::Crypto(format!("signing failed: {e}")))
}

/// Signs the bytes of a Redirect-binding query string; returns (SigAlg URI, signature).
pub fn sign_query(key: &PKey<Private>, data: &[u8]) -> Result<(&'static str, Vec<u8>), SamlError> {
    let uri = signature_method_for(key)?;
    let mut s = Signer::new(MessageDigest::sha256(), key).map_err(crypto_err)?;
    s.update(data).map_err(crypto_err)?;
    Ok((uri, s.sign_to_vec().map_err(crypto_err)?))
}

/// Decrypts an `<saml:EncryptedAssertion>` and returns the Assertion's XML. Key transport must
/// be RSA-OAEP (RSA PKCS#1 v1.5 is refused: Bleichenbacher); content AES-CBC or AES-GCM.
pub fn decrypt_assertion(
    enc: roxmltree::Node<'_, '_>,
    key: &PKey<Private>,
) -> Result<Vec<u8>, SamlError> {
    let data = xml::child(enc, NS_XENC, "EncryptedData")
        .ok_or_else(|| SamlError::Input("EncryptedAssertion without EncryptedData".into()))?;
    let ek = enc
        .descendants()
        .find(|n| xml::is(*n, NS_XENC, "EncryptedKey"))
        .ok_or_else(|| SamlError::Input("EncryptedAssertion without an EncryptedKey".into()))?;
    let method = |n: roxmltree::Node<'_, '_>| {
        xml::child(n, NS_XENC, "EncryptionMethod")
            .and_then(|m| m.attribute("Algorithm"))
            .unwrap_or_default()
            .to_owned()
    };
    let cipher_value = |n: roxmltree::Node<'_, '_>| -> Result<Vec<u8>, SamlError> {
        use base64::Engine;
        let v = xml::child(n, NS_XENC, "CipherData")
            .and_then(|c| xml::child(c, NS_XENC, "CipherValue"))
            .ok_or_else(|| SamlError::Input("no CipherValue".into()))?;
        let clean: String = xml::text(v)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        base64::engine::general_purpose::STANDARD
            .decode(clean)
            .map_err(|e| SamlError::Input(format!("CipherValue is not base64: {e}")))
    };

    let transport = method(ek);
    let oaep_digest = xml::child(ek, NS_XENC, "EncryptionMethod")
        .and_then(|m| xml::child(m, NS_DS, "DigestMethod"))
        .and_then(|d| d.attribute("Algorithm"))
        .map(str::to_owned);
    let md = match oaep_digest.as_deref() {
        None | Some("http://www.w3.org/2000/09/xmldsig#sha1") => MessageDigest::sha1(),
        Some(SHA256) => MessageDigest::sha256(),
        Some(other) => {
            return Err(SamlError::Refused(format!(
                "OAEP digest {other:?} is not supported"
            )));
        }
    };
    match transport.as_str() {
        "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"
        | "http://www.w3.org/2009/xmlenc11#rsa-oaep" => {}
        "http://www.w3.org/2001/04/xmlenc#rsa-1_5" => {
            return Err(SamlError::Refused(
                "key transport RSA PKCS#1 v1.5 is refused (Bleichenbacher); ask the IdP for RSA-OAEP"
                    .into(),
            ));
        }
        other => {
            return Err(SamlError::Refused(format!(
                "key transport {other:?} is not supported"
            )));
        }
    }
    let wrapped = cipher_value(ek)?;
    let mut ctx = openssl::pkey_ctx::PkeyCtx::new(key).map_err(crypto_err)?;
    ctx.decrypt_init().map_err(crypto_err)?;
    ctx.set_rsa_padding(Padding::PKCS1_OAEP)
        .map_err(crypto_err)?;
    ctx.set_rsa_oaep_md(openssl::md::Md::from_nid(md.type_()).expect("a known digest"))
        .map_err(crypto_err)?;
    let mut cek = Vec::new();
    ctx.decrypt_to_vec(&wrapped, &mut cek).map_err(|_| {
        SamlError::Crypto("the content key does not decrypt with this SP key".into())
    })?;

    let body = cipher_value(data)?;
    use openssl::symm::Cipher;
    let (cipher, gcm) = match method(data).as_str() {
        "http://www.w3.org/2001/04/xmlenc#aes128-cbc" => (Cipher::aes_128_cbc(), false),
        "http://www.w3.org/2001/04/xmlenc#aes192-cbc" => (Cipher::aes_192_cbc(), false),
        "http://www.w3.org/2001/04/xmlenc#aes256-cbc" => (Cipher::aes_256_cbc(), false),
        "http://www.w3.org/2009/xmlenc11#aes128-gcm" => (Cipher::aes_128_gcm(), true),
        "http://www.w3.org/2009/xmlenc11#aes192-gcm" => (Cipher::aes_192_gcm(), true),
        "http://www.w3.org/2009/xmlenc11#aes256-gcm" => (Cipher::aes_256_gcm(), true),
        other => {
            return Err(SamlError::Refused(format!(
                "content encryption {other:?} is not supported"
            )));
        }
    };
    if cek.len() != cipher.key_len() {
        return Err(SamlError::Crypto(
            "the content key has the wrong length".into(),
        ));
    }
    let bad = || SamlError::Crypto("the assertion does not decrypt".into());
    if gcm {
        if body.len() < 12 + 16 {
            return Err(bad());
        }
        let (iv, rest) = body.split_at(12);
        let (ct, tag) = rest.split_at(rest.len() - 16);
        openssl::symm::decrypt_aead(cipher, &cek, Some(iv), &[], ct, tag).map_err(|_| bad())
    } else {
        if body.len() < 32 || body.len() % 16 != 0 {
            return Err(bad());
        }
        let (iv, ct) = body.split_at(16);
        let mut c =
            openssl::symm::Crypter::new(cipher, openssl::symm::Mode::Decrypt, &cek, Some(iv))
                .map_err(crypto_err)?;
        c.pad(false);
        let mut out = vec![0; ct.len() + 16];
        let n = c.update(ct, &mut out).map_err(|_| bad())?;
        let m = c.finalize(&mut out[n..]).map_err(|_| bad())?;
        out.truncate(n + m);
        // XML Encryption pads like ISO 10126: the last byte says how many bytes to drop.
        let pad = usize::from(*out.last().ok_or_else(bad)?);
        if pad == 0 || pad > 16 || pad > out.len() {
            return Err(bad());
        }
        out.truncate(out.len() - pad);
        Ok(out)
    }
}
