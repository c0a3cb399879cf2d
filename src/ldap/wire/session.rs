//! One LDAP connection spoken directly: TCP or TLS, StartTLS, simple bind, and paged
//! searches whose result entries are decoded straight from the receive buffer.

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

use super::ber::{self, Malformed, Seq, Writer};
use crate::ldap::conn::Endpoint;
use crate::ldap::{Attr, Entry, LdapFailure};

const BIND_REQUEST: u8 = 0x60;
const BIND_RESPONSE: u8 = 0x61;
const UNBIND_REQUEST: u8 = 0x42;
const SEARCH_REQUEST: u8 = 0x63;
pub const SEARCH_ENTRY: u8 = 0x64;
pub const SEARCH_DONE: u8 = 0x65;
pub const SEARCH_REFERENCE: u8 = 0x73;
const EXTENDED_REQUEST: u8 = 0x77;
const EXTENDED_RESPONSE: u8 = 0x78;
pub const INTERMEDIATE: u8 = 0x79;
const CONTROLS: u8 = 0xa0;
const STARTTLS_OID: &[u8] = b"1.3.6.1.4.1.1466.20037";
pub const PAGED_OID: &[u8] = b"1.2.840.113556.1.4.319";

enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
    /// Only while the plain stream is moved into the TLS handshake.
    Closed,
}

fn closed() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::NotConnected, "connection closed")
}

impl Stream {
    async fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(s) => s.read(buf).await,
            Stream::Tls(s) => s.read(buf).await,
            Stream::Closed => Err(closed()),
        }
    }

    async fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Stream::Plain(s) => s.write_all(buf).await,
            Stream::Tls(s) => {
                s.write_all(buf).await?;
                s.flush().await
            }
            Stream::Closed => Err(closed()),
        }
    }
}

/// The final result of an operation (RFC 4511 LDAPResult), with the paged-results cookie
/// when the server sent one.
#[derive(Debug, Clone, Default)]
pub struct OpResult {
    pub rc: u32,
    pub matched: String,
    pub text: String,
    pub paged_cookie: Option<Vec<u8>>,
}

pub struct Session {
    stream: Stream,
    /// Received bytes; `start..end` is not yet consumed.
    buf: Vec<u8>,
    start: usize,
    end: usize,
    last_id: i32,
}

/// What a search request asks for.
pub struct Search<'a> {
    pub base: &'a str,
    pub scope: u8,
    /// The filter, already BER.
    pub filter: &'a [u8],
    pub attrs: &'a [String],
    pub page_size: i32,
    pub cookie: &'a [u8],
}

impl Session {
    /// Connect: TLS for ldaps://, or StartTLS when asked.
    pub async fn connect(
        ep: &Endpoint,
        tls: Option<&Arc<rustls::ClientConfig>>,
        starttls: bool,
        timeout: Duration,
    ) -> Result<Session, LdapFailure> {
        let tcp = ep.connect(timeout).await.map_err(|e| unreachable(ep, e))?;
        let mut s = Session {
            stream: Stream::Plain(tcp),
            buf: vec![0; 256 << 10],
            start: 0,
            end: 0,
            last_id: 0,
        };
        let wants_tls = ep.tls || starttls;
        match (wants_tls, tls) {
            (false, _) => {}
            (true, None) => {
                return Err(LdapFailure::Protocol(
                    "no TLS configuration for a TLS session".into(),
                ));
            }
            (true, Some(cfg)) => {
                if !ep.tls {
                    let id = s
                        .send(EXTENDED_REQUEST, |w| w.bytes(0x80, STARTTLS_OID), None)
                        .await?;
                    let out = s.response(id, EXTENDED_RESPONSE, timeout).await?;
                    if out.rc != 0 {
                        return Err(LdapFailure::Unreachable {
                            tried: format!("ldap://{}:{}", ep.host, ep.port),
                            last: format!("StartTLS refused: {} {}", out.rc, out.text),
                        });
                    }
                }
                s.start_tls(ep, cfg, timeout).await?;
            }
        }
        Ok(s)
    }

    /// A simple bind.
    pub async fn bind(
        &mut self,
        dn: &str,
        password: &str,
        timeout: Duration,
    ) -> Result<(), LdapFailure> {
        let id = self
            .send(
                BIND_REQUEST,
                |w| {
                    w.int(0x02, 3);
                    w.bytes(0x04, dn.as_bytes());
                    w.bytes(0x80, password.as_bytes());
                },
                None,
            )
            .await?;
        let out = self.response(id, BIND_RESPONSE, timeout).await?;
        if out.rc != 0 {
            return Err(LdapFailure::Bind {
                dn: dn.to_owned(),
                rc: out.rc,
                text: format!("{} {}", crate::ldap::rc_name(out.rc), out.text),
            });
        }
        Ok(())
    }

    async fn start_tls(
        &mut self,
        ep: &Endpoint,
        cfg: &Arc<rustls::ClientConfig>,
        timeout: Duration,
    ) -> Result<(), LdapFailure> {
        let name = rustls::pki_types::ServerName::try_from(ep.host.clone())
            .map_err(|e| unreachable(ep, e))?;
        let Stream::Plain(tcp) = std::mem::replace(&mut self.stream, Stream::Closed) else {
            return Err(unreachable(ep, "TLS was already started"));
        };
        let tls = tokio::time::timeout(
            timeout,
            tokio_rustls::TlsConnector::from(cfg.clone()).connect(name, tcp),
        )
        .await
        .map_err(|_| unreachable(ep, "TLS handshake timed out"))?
        .map_err(|e| unreachable(ep, e))?;
        self.stream = Stream::Tls(Box::new(tls));
        Ok(())
    }

    /// Send one message: `op` writes the protocol operation's content under `tag`, `controls`
    /// the content of the [0] controls element.
    pub async fn send(
        &mut self,
        tag: u8,
        op: impl FnOnce(&mut Writer),
        controls: Option<&(dyn Fn(&mut Writer) + Sync)>,
    ) -> Result<i32, LdapFailure> {
        self.last_id += 1;
        let id = self.last_id;
        let mut w = Writer::default();
        w.tlv(0x30, |w| {
            w.int(0x02, id as i64);
            w.tlv(tag, op);
            if let Some(c) = controls {
                w.tlv(CONTROLS, c);
            }
        });
        self.stream
            .write_all(&w.buf)
            .await
            .map_err(|e| LdapFailure::Protocol(format!("sending a request: {e}")))?;
        Ok(id)
    }

    pub async fn search(&mut self, req: &Search<'_>) -> Result<i32, LdapFailure> {
        let paged = |w: &mut Writer| {
            w.tlv(0x30, |w| {
                w.bytes(0x04, PAGED_OID);
                w.tlv(0x04, |w| {
                    w.tlv(0x30, |w| {
                        w.int(0x02, req.page_size as i64);
                        w.bytes(0x04, req.cookie);
                    })
                });
            })
        };
        self.send(
            SEARCH_REQUEST,
            |w| {
                w.bytes(0x04, req.base.as_bytes());
                w.int(0x0a, req.scope as i64);
                w.int(0x0a, 0); // neverDerefAliases
                w.int(0x02, 0);
                w.int(0x02, 0);
                w.boolean(0x01, false);
                w.buf.extend_from_slice(req.filter);
                w.tlv(0x30, |w| {
                    for a in req.attrs {
                        w.bytes(0x04, a.as_bytes());
                    }
                });
            },
            Some(&paged),
        )
        .await
    }

    /// Wait until a whole message is buffered; returns its length at `self.start`.
    pub async fn next_message(&mut self) -> Result<usize, LdapFailure> {
        loop {
            let pending = &self.buf[self.start..self.end];
            if let Some((_, n)) = ber::split(pending).map_err(protocol)? {
                return Ok(n);
            }
            // Move the partial message to the front, and make room for the rest of it.
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
            if self.end == self.buf.len() {
                self.buf.resize(self.buf.len() * 2, 0);
            }
            let n = self
                .stream
                .read(&mut self.buf[self.end..])
                .await
                .map_err(|e| LdapFailure::Protocol(format!("reading from the server: {e}")))?;
            if n == 0 {
                return Err(LdapFailure::Protocol(
                    "the server closed the connection".into(),
                ));
            }
            self.end += n;
        }
    }

    /// The buffered message of length `n` (from `next_message`), split into id, operation and
    /// controls; `consume(n)` when done with it.
    pub fn message(&self, n: usize) -> Result<Message<'_>, LdapFailure> {
        parse_message(&self.buf[self.start..self.start + n]).map_err(protocol)
    }

    pub fn consume(&mut self, n: usize) {
        self.start += n;
    }

    /// Read messages until the response to `id`, which must be of kind `tag`.
    async fn response(
        &mut self,
        id: i32,
        tag: u8,
        timeout: Duration,
    ) -> Result<OpResult, LdapFailure> {
        loop {
            let n = tokio::time::timeout(timeout, self.next_message())
                .await
                .map_err(|_| LdapFailure::Protocol("the server did not answer in time".into()))??;
            let m = self.message(n)?;
            if m.id == id && m.tag == tag {
                let out = result(m.body).map_err(protocol)?;
                self.consume(n);
                return Ok(out);
            }
            let unexpected = m.notice_or_unexpected(id)?;
            self.consume(n);
            if let Some(e) = unexpected {
                return Err(e);
            }
        }
    }

    /// Say goodbye; errors do not matter any more.
    pub async fn unbind(mut self) {
        let _ = self.send(UNBIND_REQUEST, |_| {}, None).await;
    }
}

/// One LDAPMessage, borrowed from the receive buffer.
pub struct Message<'a> {
    pub id: i32,
    pub tag: u8,
    pub body: &'a [u8],
    pub controls: Option<&'a [u8]>,
}

impl Message<'_> {
    /// For a message that is not the awaited one: a Notice of Disconnection becomes an
    /// error, anything else for another id is ignored (None), and anything else for this
    /// id is a protocol error.
    pub fn notice_or_unexpected(&self, id: i32) -> Result<Option<LdapFailure>, LdapFailure> {
        if self.id == 0 && self.tag == EXTENDED_RESPONSE {
            let out = result(self.body).map_err(protocol)?;
            return Ok(Some(LdapFailure::Protocol(format!(
                "the server ended the session (rc={}, {}): {}",
                out.rc,
                crate::ldap::rc_name(out.rc),
                out.text
            ))));
        }
        if self.id == id {
            return Ok(Some(LdapFailure::Protocol(format!(
                "unexpected message (tag {:#04x}) from the server",
                self.tag
            ))));
        }
        Ok(None)
    }
}

pub(super) fn parse_message(bytes: &[u8]) -> Result<Message<'_>, Malformed> {
    let (outer, _) = ber::split(bytes)?.ok_or(Malformed("truncated message"))?;
    if outer.tag != 0x30 {
        return Err(Malformed("message is not a SEQUENCE"));
    }
    let mut s = Seq(outer.body);
    let id = ber::int(s.expect(0x02, "message without an id")?)? as i32;
    let op = s
        .next_tlv()?
        .ok_or(Malformed("message without an operation"))?;
    let controls = s.optional(CONTROLS)?;
    Ok(Message {
        id,
        tag: op.tag,
        body: op.body,
        controls,
    })
}

/// An LDAPResult, plus the paged-results cookie from `controls` when present.
pub fn result(body: &[u8]) -> Result<OpResult, Malformed> {
    let mut s = Seq(body);
    let rc = ber::int(s.expect(0x0a, "result without a code")?)?;
    let matched = s.expect(0x04, "result without a matched DN")?;
    let text = s.expect(0x04, "result without a diagnostic message")?;
    Ok(OpResult {
        rc: u32::try_from(rc).map_err(|_| Malformed("negative result code"))?,
        matched: String::from_utf8_lossy(matched).into_owned(),
        text: String::from_utf8_lossy(text).into_owned(),
        paged_cookie: None,
    })
}

/// The cookie of a paged-results response control, if `controls` holds one.
pub fn paged_cookie(controls: &[u8]) -> Result<Option<Vec<u8>>, Malformed> {
    let mut list = Seq(controls);
    while let Some(c) = list.next_tlv()? {
        let mut c = Seq(c.body);
        if c.expect(0x04, "control without a type")? != PAGED_OID {
            continue;
        }
        c.optional(0x01)?;
        let Some(value) = c.optional(0x04)? else {
            return Err(Malformed("paged results control without a value"));
        };
        let mut v = Seq(Seq(value).expect(0x30, "paged results value is not a SEQUENCE")?);
        v.expect(0x02, "paged results value without a size")?;
        return Ok(Some(
            v.expect(0x04, "paged results value without a cookie")?
                .to_vec(),
        ));
    }
    Ok(None)
}

/// A SearchResultEntry as an `Entry`: attributes in server order, values copied once.
pub fn entry(body: &[u8]) -> Result<Entry, Malformed> {
    let mut s = Seq(body);
    let dn = std::str::from_utf8(s.expect(0x04, "entry without a DN")?)
        .map_err(|_| Malformed("DN is not UTF-8"))?
        .to_owned();
    let mut list = Seq(s.expect(0x30, "entry without an attribute list")?);
    let mut attrs = Vec::new();
    while let Some(pa) = list.next_tlv()? {
        if pa.tag != 0x30 {
            return Err(Malformed("attribute is not a SEQUENCE"));
        }
        let mut pa = Seq(pa.body);
        let name = std::str::from_utf8(pa.expect(0x04, "attribute without a name")?)
            .map_err(|_| Malformed("attribute name is not UTF-8"))?
            .to_owned();
        let mut vals = Seq(pa.expect(0x31, "attribute without a value set")?);
        let mut values = Vec::new();
        while let Some(v) = vals.next_tlv()? {
            if v.tag != 0x04 {
                return Err(Malformed("attribute value is not an OCTET STRING"));
            }
            values.push(v.body.to_vec());
        }
        attrs.push(Attr { name, values });
    }
    Ok(Entry { dn, attrs })
}

fn protocol(e: Malformed) -> LdapFailure {
    LdapFailure::Protocol(e.to_string())
}

fn unreachable(ep: &Endpoint, e: impl std::fmt::Display) -> LdapFailure {
    LdapFailure::Unreachable {
        tried: format!(
            "{}://{}:{}",
            if ep.tls { "ldaps" } else { "ldap" },
            ep.host,
            ep.port
        ),
        last: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry_bytes(dn: &str, attrs: &[(&str, &[&[u8]])]) -> Vec<u8> {
        let mut w = Writer::default();
        w.tlv(0x30, |w| {
            w.int(0x02, 7);
            w.tlv(SEARCH_ENTRY, |w| {
                w.bytes(0x04, dn.as_bytes());
                w.tlv(0x30, |w| {
                    for (name, vals) in attrs {
                        w.tlv(0x30, |w| {
                            w.bytes(0x04, name.as_bytes());
                            w.tlv(0x31, |w| vals.iter().for_each(|v| w.bytes(0x04, v)));
                        });
                    }
                });
            });
        });
        w.buf
    }

    #[test]
    fn entries_decode_with_order_and_binary_values() {
        let long = vec![b'x'; 300];
        let bytes = entry_bytes(
            "cn=Å\\, b,dc=t",
            &[
                ("objectGUID", &[&[0, 0xff, 0x80]]),
                ("cn", &[b"a", &long]),
                ("empty", &[]),
            ],
        );
        let m = parse_message(&bytes).unwrap();
        assert_eq!((m.id, m.tag, m.controls), (7, SEARCH_ENTRY, None));
        let e = entry(m.body).unwrap();
        assert_eq!(e.dn, "cn=Å\\, b,dc=t");
        let names: Vec<_> = e.attrs.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["objectGUID", "cn", "empty"]);
        assert_eq!(e.attrs[0].values, vec![vec![0, 0xff, 0x80]]);
        assert_eq!(e.attrs[1].values[1], long);
        assert!(e.attrs[2].values.is_empty());
    }

    #[test]
    fn a_done_message_yields_code_text_and_cookie() {
        let mut w = Writer::default();
        w.tlv(0x30, |w| {
            w.int(0x02, 3);
            w.tlv(SEARCH_DONE, |w| {
                w.int(0x0a, 4);
                w.bytes(0x04, b"");
                w.bytes(0x04, b"size limit");
            });
            w.tlv(CONTROLS, |w| {
                w.tlv(0x30, |w| {
                    w.bytes(0x04, b"1.2.3");
                    w.bytes(0x04, b"other");
                });
                w.tlv(0x30, |w| {
                    w.bytes(0x04, PAGED_OID);
                    w.boolean(0x01, false);
                    w.tlv(0x04, |w| {
                        w.tlv(0x30, |w| {
                            w.int(0x02, 0);
                            w.bytes(0x04, b"\x01cookie");
                        })
                    });
                });
            });
        });
        let m = parse_message(&w.buf).unwrap();
        let out = result(m.body).unwrap();
        assert_eq!((out.rc, out.text.as_str()), (4, "size limit"));
        assert_eq!(
            paged_cookie(m.controls.unwrap()).unwrap(),
            Some(b"\x01cookie".to_vec())
        );
    }

    #[tokio::test]
    async fn messages_larger_than_the_buffer_and_split_across_reads_arrive_whole() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let big = vec![b'v'; 600 << 10];
        let msgs = [
            entry_bytes("cn=big", &[("member", &[&big])]),
            entry_bytes("cn=small", &[("cn", &[b"x"])]),
        ];
        let all = msgs.concat();
        let server = tokio::spawn(async move {
            let (mut sock, _) = listener.accept().await.unwrap();
            // Odd-sized writes, so that headers and bodies are split across reads.
            for chunk in all.chunks(7919) {
                sock.write_all(chunk).await.unwrap();
            }
        });
        let ep = Endpoint {
            tls: false,
            host: "127.0.0.1".into(),
            port,
        };
        let mut s = Session::connect(&ep, None, false, Duration::from_secs(5))
            .await
            .unwrap();
        for (dn, len) in [("cn=big", msgs[0].len()), ("cn=small", msgs[1].len())] {
            let n = s.next_message().await.unwrap();
            assert_eq!(n, len);
            let e = entry(s.message(n).unwrap().body).unwrap();
            assert_eq!(e.dn, dn);
            assert_eq!(
                e.attrs[0].values[0].len(),
                if dn == "cn=big" { 600 << 10 } else { 1 }
            );
            s.consume(n);
        }
        server.await.unwrap();
        // The server has gone: a clear error, not a hang.
        assert!(matches!(
            s.next_message().await,
            Err(LdapFailure::Protocol(_))
        ));
    }

    #[test]
    fn truncated_or_wrong_shapes_are_errors_not_panics() {
        let bytes = entry_bytes("cn=a", &[("cn", &[b"a"])]);
        let m = parse_message(&bytes).unwrap();
        for cut in 1..m.body.len() {
            assert!(entry(&m.body[..cut]).is_err(), "cut at {cut}");
        }
        assert!(parse_message(b"\x31\x03\x02\x01\x01").is_err());
        assert!(result(b"\x0a\x01\x00").is_err());
    }
}
