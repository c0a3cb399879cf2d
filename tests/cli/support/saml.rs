//! SAML fixtures made at test time: keys and certificates with chosen validity (OpenSSL),
//! IdP metadata, and Responses signed and encrypted by the real `xmlsec1` CLI, so every time
//! condition is fresh. Attack variants are built from a validly signed Response.

use std::path::{Path, PathBuf};
use std::process::Command;

use openssl::asn1::Asn1Time;
use openssl::bn::BigNum;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::PKey;
use openssl::rsa::Rsa;
use openssl::x509::{X509, X509NameBuilder};
use time::OffsetDateTime;

pub const SP_ENTITY: &str = "https://sp.example.com/saml";
pub const ACS: &str = "https://sp.example.com/acs";
pub const IDP_ENTITY: &str = "https://idp.example.com/idp";
pub const IDP_SSO: &str = "https://idp.example.com/sso";
pub const NS_PROTOCOL: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
pub const NS_ASSERTION: &str = "urn:oasis:names:tc:SAML:2.0:assertion";

/// A key pair on disk: `NAME.key` and `NAME.crt`.
#[derive(Clone)]
pub struct KeyPair {
    pub key: PathBuf,
    pub cert: PathBuf,
}

impl KeyPair {
    /// The certificate's base64 body, as metadata carries it.
    pub fn cert_body(&self) -> String {
        std::fs::read_to_string(&self.cert)
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .collect()
    }
}

/// An RSA key and a self-signed certificate valid from `from_days` to `to_days` (relative to
/// now; negative is the past), signed with `digest`.
pub fn keypair(
    dir: &Path,
    name: &str,
    cn: &str,
    from_days: i64,
    to_days: i64,
    digest: MessageDigest,
) -> KeyPair {
    let key = PKey::from_rsa(Rsa::generate(2048).unwrap()).unwrap();
    let mut n = X509NameBuilder::new().unwrap();
    n.append_entry_by_nid(Nid::COMMONNAME, cn).unwrap();
    let n = n.build();
    let mut b = X509::builder().unwrap();
    b.set_version(2).unwrap();
    let serial = BigNum::from_u32(rand_u32())
        .unwrap()
        .to_asn1_integer()
        .unwrap();
    b.set_serial_number(&serial).unwrap();
    b.set_subject_name(&n).unwrap();
    b.set_issuer_name(&n).unwrap();
    b.set_pubkey(&key).unwrap();
    let now = OffsetDateTime::now_utc().unix_timestamp();
    b.set_not_before(&Asn1Time::from_unix(now + from_days * 86_400).unwrap())
        .unwrap();
    b.set_not_after(&Asn1Time::from_unix(now + to_days * 86_400).unwrap())
        .unwrap();
    b.sign(&key, digest).unwrap();
    let pair = KeyPair {
        key: dir.join(format!("{name}.key")),
        cert: dir.join(format!("{name}.crt")),
    };
    std::fs::write(&pair.key, key.private_key_to_pem_pkcs8().unwrap()).unwrap();
    std::fs::write(&pair.cert, b.build().to_pem().unwrap()).unwrap();
    pair
}

fn rand_u32() -> u32 {
    let mut b = [0u8; 4];
    openssl::rand::rand_bytes(&mut b).unwrap();
    u32::from_le_bytes(b) >> 1
}

/// An instant `offset_secs` from now, as SAML writes it.
pub fn instant(offset_secs: i64) -> String {
    atomctl::utc::format(OffsetDateTime::now_utc() + time::Duration::seconds(offset_secs))
}

/// IdP metadata (one EntityDescriptor) with the given signing certificates.
pub fn idp_metadata(
    entity: &str,
    signing: &[&KeyPair],
    valid_until: Option<&str>,
    id: &str,
) -> String {
    let kds: String = signing
        .iter()
        .map(|k| {
            format!(
                r#"<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>{}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"#,
                k.cert_body()
            )
        })
        .collect();
    let vu = valid_until
        .map(|v| format!(r#" validUntil="{v}""#))
        .unwrap_or_default();
    format!(
        r#"<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="{entity}" ID="{id}"{vu}><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAuthnRequestsSigned="true">{kds}<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/slo"/><md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="{IDP_SSO}"/><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="{IDP_SSO}/post"/></md:IDPSSODescriptor></md:EntityDescriptor>"#
    )
}

/// An enveloped-signature template referencing `#id`.
pub fn signature_template(id: &str, sha1: bool) -> String {
    let (sm, dm) = if sha1 {
        (
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
            "http://www.w3.org/2000/09/xmldsig#sha1",
        )
    } else {
        (
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmlenc#sha256",
        )
    };
    format!(
        r##"<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="{sm}"/><ds:Reference URI="#{id}"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms><ds:DigestMethod Algorithm="{dm}"/><ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data/></ds:KeyInfo></ds:Signature>"##
    )
}

/// Signs the signature template found at `xpath` with `xmlsec1 --sign`.
pub fn xmlsec_sign(dir: &Path, xml: &str, signer: &KeyPair, xpath: &str) -> String {
    let input = dir.join(format!("tosign-{}.xml", rand_u32()));
    let output = input.with_extension("signed.xml");
    std::fs::write(&input, xml).unwrap();
    let out = Command::new("xmlsec1")
        .arg("--sign")
        .arg("--privkey-pem")
        .arg(format!(
            "{},{}",
            signer.key.display(),
            signer.cert.display()
        ))
        .args(["--id-attr:ID", &format!("{NS_PROTOCOL}:Response")])
        .args(["--id-attr:ID", &format!("{NS_ASSERTION}:Assertion")])
        .args([
            "--id-attr:ID",
            "urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor",
        ])
        .args([
            "--id-attr:ID",
            "urn:oasis:names:tc:SAML:2.0:metadata:EntitiesDescriptor",
        ])
        .args(["--node-xpath", xpath])
        .arg("--output")
        .arg(&output)
        .arg(&input)
        .output()
        .expect("xmlsec1 (apt-get install xmlsec1)");
    assert!(
        out.status.success(),
        "xmlsec1 --sign failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&output).unwrap()
}

/// Encrypts a standalone Assertion document for `recipient` (RSA-OAEP + AES-128-CBC) with
/// `xmlsec1 --encrypt`; returns the `<xenc:EncryptedData>` element.
pub fn xmlsec_encrypt(dir: &Path, assertion_doc: &str, recipient: &KeyPair) -> String {
    let data = dir.join(format!("plain-{}.xml", rand_u32()));
    let tmpl = data.with_extension("tmpl.xml");
    let output = data.with_extension("enc.xml");
    std::fs::write(&data, assertion_doc).unwrap();
    std::fs::write(
        &tmpl,
        r#"<xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" Type="http://www.w3.org/2001/04/xmlenc#Element"><xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><xenc:EncryptedKey><xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"/><xenc:CipherData><xenc:CipherValue/></xenc:CipherData></xenc:EncryptedKey></ds:KeyInfo><xenc:CipherData><xenc:CipherValue/></xenc:CipherData></xenc:EncryptedData>"#,
    )
    .unwrap();
    let out = Command::new("xmlsec1")
        .arg("--encrypt")
        .arg("--pubkey-cert-pem")
        .arg(&recipient.cert)
        .args(["--session-key", "aes-128"])
        .arg("--xml-data")
        .arg(&data)
        .args(["--node-xpath", "/*"])
        .arg("--output")
        .arg(&output)
        .arg(&tmpl)
        .output()
        .expect("xmlsec1");
    assert!(
        out.status.success(),
        "xmlsec1 --encrypt failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let enc = std::fs::read_to_string(&output).unwrap();
    let start = enc.find("<xenc:EncryptedData").expect("EncryptedData");
    enc[start..].trim().to_owned()
}

/// What a test Response says. `Default` is a valid answer to request `_req1`.
#[derive(Clone)]
pub struct Spec {
    pub response_id: String,
    pub assertion_id: String,
    pub in_response_to: Option<String>,
    pub destination: String,
    pub recipient: String,
    pub audience: String,
    pub issuer: String,
    pub nameid: String,
    pub status: String,
    /// Seconds from now.
    pub not_before: i64,
    pub not_on_or_after: i64,
    pub sign_response: bool,
    pub sign_assertion: bool,
    pub sha1: bool,
    pub encrypt_for: Option<KeyPair>,
}

impl Default for Spec {
    fn default() -> Self {
        Spec {
            response_id: format!("_r{}", rand_u32()),
            assertion_id: format!("_a{}", rand_u32()),
            in_response_to: Some("_req1".into()),
            destination: ACS.into(),
            recipient: ACS.into(),
            audience: SP_ENTITY.into(),
            issuer: IDP_ENTITY.into(),
            nameid: "alice@example.com".into(),
            status: "urn:oasis:names:tc:SAML:2.0:status:Success".into(),
            not_before: -60,
            not_on_or_after: 300,
            sign_response: false,
            sign_assertion: true,
            sha1: false,
            encrypt_for: None,
        }
    }
}

/// The Assertion element (with a signature template when it is to be signed).
pub fn assertion_xml(s: &Spec) -> String {
    let irt = s
        .in_response_to
        .as_ref()
        .map(|r| format!(r#" InResponseTo="{r}""#))
        .unwrap_or_default();
    let sig = if s.sign_assertion {
        signature_template(&s.assertion_id, s.sha1)
    } else {
        String::new()
    };
    format!(
        r#"<saml:Assertion xmlns:saml="{NS_ASSERTION}" ID="{id}" Version="2.0" IssueInstant="{now}"><saml:Issuer>{issuer}</saml:Issuer>{sig}<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">{nameid}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="{noa}" Recipient="{recipient}"{irt}/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="{nb}" NotOnOrAfter="{noa}"><saml:AudienceRestriction><saml:Audience>{aud}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="{now}" SessionIndex="_s1" SessionNotOnOrAfter="{session}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement><saml:Attribute Name="mail"><saml:AttributeValue>alice@example.com</saml:AttributeValue></saml:Attribute><saml:Attribute Name="groups"><saml:AttributeValue>admins</saml:AttributeValue><saml:AttributeValue>staff &amp; friends</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion>"#,
        id = s.assertion_id,
        now = instant(0),
        issuer = s.issuer,
        nameid = s.nameid,
        noa = instant(s.not_on_or_after),
        nb = instant(s.not_before),
        recipient = s.recipient,
        aud = s.audience,
        session = instant(8 * 3600),
    )
}

/// The Response around `inner` (an Assertion or EncryptedAssertion), with a Response
/// signature template when asked.
pub fn response_xml(s: &Spec, inner: &str) -> String {
    let irt = s
        .in_response_to
        .as_ref()
        .map(|r| format!(r#" InResponseTo="{r}""#))
        .unwrap_or_default();
    let sig = if s.sign_response {
        signature_template(&s.response_id, s.sha1)
    } else {
        String::new()
    };
    format!(
        r#"<samlp:Response xmlns:samlp="{NS_PROTOCOL}" xmlns:saml="{NS_ASSERTION}" ID="{id}" Version="2.0" IssueInstant="{now}" Destination="{dest}"{irt}><saml:Issuer>{issuer}</saml:Issuer>{sig}<samlp:Status><samlp:StatusCode Value="{status}"/></samlp:Status>{inner}</samlp:Response>"#,
        id = s.response_id,
        now = instant(0),
        dest = s.destination,
        issuer = s.issuer,
        status = s.status,
    )
}

/// A Response per `spec`, signed (and encrypted) by `signer` through xmlsec1.
pub fn response(dir: &Path, spec: &Spec, signer: &KeyPair) -> String {
    let assertion_sig = "//*[local-name()='Assertion']/*[local-name()='Signature']";
    let response_sig = "/*/*[local-name()='Signature']";
    let inner = if let Some(sp) = &spec.encrypt_for {
        let mut a = assertion_xml(spec);
        if spec.sign_assertion {
            a = xmlsec_sign(dir, &a, signer, "/*/*[local-name()='Signature']");
        }
        let a = a.trim_start_matches(|c| c != '<').to_owned();
        let a = match a.strip_prefix("<?xml") {
            Some(rest) => rest.split_once("?>").unwrap().1.trim().to_owned(),
            None => a,
        };
        format!(
            "<saml:EncryptedAssertion>{}</saml:EncryptedAssertion>",
            xmlsec_encrypt(dir, &a, sp)
        )
    } else {
        assertion_xml(spec)
    };
    let mut xml = response_xml(spec, &inner);
    if spec.sign_assertion && spec.encrypt_for.is_none() {
        xml = xmlsec_sign(dir, &xml, signer, assertion_sig);
    }
    if spec.sign_response {
        xml = xmlsec_sign(dir, &xml, signer, response_sig);
    }
    xml
}

/// The `<saml:Assertion …>…</saml:Assertion>` element of a document, as text.
pub fn assertion_of(xml: &str) -> String {
    let start = xml.find("<saml:Assertion").expect("an assertion");
    let end = xml.rfind("</saml:Assertion>").expect("its end") + "</saml:Assertion>".len();
    xml[start..end].to_owned()
}
