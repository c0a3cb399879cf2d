//! A directory entry as it came off the wire: attributes in server order, values as bytes.
//! ldap3's `SearchEntry` uses hash maps (losing order) and splits binary values away; LDIF and
//! CSV output want neither, so entries are read from the BER tree here.

use ldap3::ResultEntry;
use ldap3::asn1::{PL, StructureTag};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub dn: String,
    pub attrs: Vec<Attr>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attr {
    pub name: String,
    pub values: Vec<Vec<u8>>,
}

/// Attributes whose values are binary by definition. They are base64 in JSON/CSV even when
/// a value happens to be valid UTF-8, so a reader can decode them without guessing.
const BINARY_ATTRS: &[&str] = &[
    "objectguid",
    "objectsid",
    "jpegphoto",
    "thumbnailphoto",
    "usercertificate",
    "usercertificate;binary",
    "cacertificate",
    "cacertificate;binary",
    "msexchmailboxguid",
    "mS-DS-ConsistencyGuid",
    "tokengroups",
    "sidhistory",
    "logonhours",
    "ntsecuritydescriptor",
];

pub fn is_binary_attr(name: &str) -> bool {
    BINARY_ATTRS.iter().any(|b| b.eq_ignore_ascii_case(name))
}

impl Entry {
    /// Values of an attribute, matched case-insensitively (attribute types are).
    pub fn get(&self, name: &str) -> Option<&Attr> {
        self.attrs
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(name))
    }

    /// The first value as text, if present and UTF-8.
    pub fn first_str(&self, name: &str) -> Option<&str> {
        self.get(name)?
            .values
            .first()
            .and_then(|v| std::str::from_utf8(v).ok())
    }

    pub fn first_bytes(&self, name: &str) -> Option<&[u8]> {
        self.get(name)?.values.first().map(Vec::as_slice)
    }

    /// All values as text (non-UTF-8 values are skipped).
    pub fn strs(&self, name: &str) -> impl Iterator<Item = &str> {
        self.get(name)
            .into_iter()
            .flat_map(|a| a.values.iter())
            .filter_map(|v| std::str::from_utf8(v).ok())
    }
}

/// Why a protocol message could not be read as an entry.
#[derive(Debug, thiserror::Error)]
#[error("malformed search result entry from the server: {0}")]
pub struct MalformedEntry(&'static str);

/// Turn a SearchResultEntry into an `Entry`, moving the value buffers instead of copying.
pub fn from_result(re: ResultEntry) -> Result<Entry, MalformedEntry> {
    let StructureTag {
        id: 4,
        payload: PL::C(parts),
        ..
    } = re.0
    else {
        return Err(MalformedEntry("not a search result entry"));
    };
    let mut parts = parts.into_iter();
    let dn = match parts.next().map(|t| t.payload) {
        Some(PL::P(bytes)) => {
            String::from_utf8(bytes).map_err(|_| MalformedEntry("DN is not UTF-8"))?
        }
        _ => return Err(MalformedEntry("missing DN")),
    };
    let mut attrs = Vec::new();
    if let Some(StructureTag {
        payload: PL::C(list),
        ..
    }) = parts.next()
    {
        attrs.reserve(list.len());
        for pa in list {
            let PL::C(pair) = pa.payload else {
                return Err(MalformedEntry("attribute is not a sequence"));
            };
            let mut pair = pair.into_iter();
            let name = match pair.next().map(|t| t.payload) {
                Some(PL::P(b)) => String::from_utf8(b)
                    .map_err(|_| MalformedEntry("attribute name is not UTF-8"))?,
                _ => return Err(MalformedEntry("missing attribute name")),
            };
            let values = match pair.next().map(|t| t.payload) {
                Some(PL::C(vals)) => vals
                    .into_iter()
                    .map(|v| match v.payload {
                        PL::P(b) => Ok(b),
                        PL::C(_) => Err(MalformedEntry("constructed attribute value")),
                    })
                    .collect::<Result<Vec<_>, _>>()?,
                _ => Vec::new(),
            };
            attrs.push(Attr { name, values });
        }
    }
    Ok(Entry { dn, attrs })
}
