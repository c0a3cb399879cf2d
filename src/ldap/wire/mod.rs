//! A lean reader for the bulk of a full sync: paged searches (RFC 2696) on sessions of its
//! own, with each SearchResultEntry decoded straight from the receive buffer.
//!
//! Why not ldap3 here: its codec builds a tree of owned nodes for every message, copies every
//! value, and hands each message to the search stream through a channel and a task wake-up.
//! For a 100,000-entry sync that was most of the client's CPU, and with slapd on the other
//! core the client's CPU is the sync's wall time. Everything else (the rootDSE, RFC 4533
//! cookies, deltas, searches with references and range retrieval) stays on ldap3.
//!
//! Scope: ldap:// and ldaps://, StartTLS, simple or anonymous bind, verified TLS. Settings
//! outside that (`--insecure` with TLS, other schemes) read through ldap3 instead.

mod ber;
mod session;

use std::sync::Arc;

use tokio::sync::mpsc;

use super::conn::Endpoint;
use super::pager::{PageItem, PageRequest};
use super::{ConnSettings, Directory, Entry, LdapFailure};
use session::{INTERMEDIATE, SEARCH_DONE, SEARCH_ENTRY, SEARCH_REFERENCE, Search, Session};

/// Every message in `buf` read as a search reads what the server sends: entries, the final
/// result and its paged-results cookie, notices. For the fuzz target; returns how many
/// messages were split off.
pub fn read_messages(mut buf: &[u8]) -> usize {
    let mut n = 0;
    while let Ok(Some((_, len))) = ber::split(buf) {
        if let Ok(m) = session::parse_message(&buf[..len]) {
            match m.tag {
                SEARCH_ENTRY => drop(session::entry(m.body)),
                SEARCH_DONE => {
                    drop(session::result(m.body));
                    if let Some(c) = m.controls {
                        drop(session::paged_cookie(c));
                    }
                }
                _ => drop(m.notice_or_unexpected(1)),
            }
        }
        buf = &buf[len..];
        n += 1;
    }
    n
}

/// How to open more sessions to the server a `Directory` is connected to.
pub struct Connector {
    settings: ConnSettings,
    endpoint: Endpoint,
    tls: Option<Arc<rustls::ClientConfig>>,
}

impl Connector {
    /// Sessions like `dir`'s: same URL, TLS configuration and bind. None when its settings
    /// need something this reader does not do.
    pub fn like(dir: &Directory) -> Option<Connector> {
        let endpoint = Endpoint::parse(&dir.url)?;
        let uses_tls = endpoint.tls || dir.settings.starttls;
        // Without a verifying configuration (`--insecure`) ldap3 reads instead.
        let tls = if uses_tls {
            Some(dir.tls.clone()?)
        } else {
            None
        };
        Some(Connector {
            settings: dir.settings.clone(),
            endpoint,
            tls,
        })
    }

    /// Connect, without binding yet.
    async fn connect(&self) -> Result<Session, LdapFailure> {
        let s = &self.settings;
        Session::connect(
            &self.endpoint,
            self.tls.as_ref(),
            s.starttls && !self.endpoint.tls,
            s.timeout,
        )
        .await
    }

    /// Bind as the settings say (anonymous without a bind DN).
    async fn bind(&self, session: &mut Session) -> Result<(), LdapFailure> {
        match self.settings.simple_bind()? {
            Some((dn, pw)) => session.bind(dn, pw, self.settings.timeout).await,
            None => Ok(()),
        }
    }

    async fn open(&self) -> Result<Session, LdapFailure> {
        let mut session = self.connect().await?;
        self.bind(&mut session).await?;
        Ok(session)
    }

    /// Start a paged search on a new session, with the same contract as `pager::spawn`:
    /// entries go through `convert` on the reading task and arrive in batches, then the
    /// final result; dropping the receiver stops the reader.
    pub fn spawn<T, C>(
        self: &Arc<Self>,
        req: PageRequest,
        convert: C,
    ) -> mpsc::Receiver<Result<PageItem<T>, LdapFailure>>
    where
        T: Send + 'static,
        C: Fn(Entry) -> T + Send + Sync + 'static,
    {
        let (tx, rx) = mpsc::channel(BUFFERED_BATCHES);
        let this = Arc::clone(self);
        tokio::spawn(async move {
            let run = async {
                let mut session = this.open().await?;
                let done = read_pages(&mut session, &req, &convert, &tx).await;
                session.unbind().await;
                done
            };
            if let Err(e) = run.await {
                let _ = tx.send(Err(e)).await;
            }
        });
        rx
    }
}

/// Entries per batch handed to the caller, and batches buffered per session: few, because
/// the cache writer's queue behind them holds the slack and every queued row is memory.
const BATCH: usize = 128;
const BUFFERED_BATCHES: usize = 2;

async fn read_pages<T, C: Fn(Entry) -> T>(
    session: &mut Session,
    req: &PageRequest,
    convert: &C,
    tx: &mpsc::Sender<Result<PageItem<T>, LdapFailure>>,
) -> Result<(), LdapFailure> {
    let filter = encode_filter(&req.filter)?;
    let scope = match req.scope {
        ldap3::Scope::Base => 0,
        ldap3::Scope::OneLevel => 1,
        ldap3::Scope::Subtree => 2,
    };
    let size = req.page_size.clamp(1, i32::MAX as u32) as i32;
    let mut cookie = Vec::new();
    let mut batch = Vec::with_capacity(BATCH);
    loop {
        let id = session
            .search(&Search {
                base: &req.base,
                scope,
                filter: &filter,
                attrs: &req.attrs,
                page_size: size,
                cookie: &cookie,
            })
            .await?;
        let outcome = loop {
            let n = session.next_message().await?;
            let m = session.message(n)?;
            if m.id != id {
                let unexpected = m.notice_or_unexpected(id)?;
                session.consume(n);
                match unexpected {
                    Some(e) => return Err(e),
                    None => continue,
                }
            }
            match m.tag {
                SEARCH_ENTRY => {
                    let e = session::entry(m.body).map_err(protocol)?;
                    session.consume(n);
                    batch.push(convert(e));
                    if batch.len() >= BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        if tx.send(Ok(PageItem::Items(full))).await.is_err() {
                            // The caller stopped; closing the connection abandons the search.
                            return Ok(());
                        }
                    }
                }
                // Continuation references point at other naming contexts, which a sync of
                // this base does not follow.
                SEARCH_REFERENCE | INTERMEDIATE => session.consume(n),
                SEARCH_DONE => {
                    let mut out = session::result(m.body).map_err(protocol)?;
                    out.paged_cookie = match m.controls {
                        Some(c) => session::paged_cookie(c).map_err(protocol)?,
                        None => None,
                    };
                    session.consume(n);
                    break out;
                }
                other => {
                    return Err(LdapFailure::Protocol(format!(
                        "unexpected message (tag {other:#04x}) in a search"
                    )));
                }
            }
        };
        match outcome.paged_cookie {
            Some(c) if outcome.rc == 0 && !c.is_empty() => cookie = c,
            _ => {
                if !batch.is_empty() && tx.send(Ok(PageItem::Items(batch))).await.is_err() {
                    return Ok(());
                }
                let res = ldap3::LdapResult {
                    rc: outcome.rc,
                    matched: outcome.matched,
                    text: outcome.text,
                    refs: Vec::new(),
                    ctrls: Vec::new(),
                };
                let _ = tx.send(Ok(PageItem::Done(res))).await;
                return Ok(());
            }
        }
    }
}

/// The filter as BER, by ldap3's RFC 4515 parser: both transports accept the same filters.
fn encode_filter(filter: &str) -> Result<Vec<u8>, LdapFailure> {
    use ldap3::asn1::ASNTag;
    let tag = ldap3::parse_filter(filter).map_err(|()| LdapFailure::Refused {
        rc: 87,
        name: "filterError",
        text: format!("`{filter}` is not a valid LDAP filter"),
    })?;
    let mut buf = bytes::BytesMut::new();
    ldap3::asn1::write::encode_into(&mut buf, tag.into_structure())
        .map_err(|e| LdapFailure::Protocol(format!("encoding the filter: {e}")))?;
    Ok(buf.to_vec())
}

fn protocol(e: ber::Malformed) -> LdapFailure {
    LdapFailure::Protocol(e.to_string())
}
