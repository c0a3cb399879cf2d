//! Paged search (RFC 2696) over an ldap3 connection: the one cookie loop every search over
//! ldap3 goes through, driven two ways.
//!
//! - [`Pager`], inline: the next page is asked for when the caller has taken the last entry
//!   of this one. One hop per entry, which is what a search that only formats wants
//!   (`Directory::search`).
//! - [`spawn`]: the same pager on a task of its own, reading into a bounded channel and
//!   asking for the next page as soon as the current one has arrived, so the server produces
//!   while the caller works and memory stays bounded by the channel plus one page. It pays
//!   off when the caller is slow (a sync converting and storing every entry: 3.3 s against
//!   4.0 s for 100k entries): a sync's deltas use it, and its full read when it cannot open
//!   sessions of its own (`wire`, whose sessions page the same way over their own reader).

use ldap3::controls::{Control, ControlType, PagedResults};
use ldap3::{Ldap, LdapResult, Scope, SearchStream};
use tokio::sync::mpsc;

use super::entry::from_result;
use super::{Entry, LdapFailure};

/// What the pager hands on, in server order.
pub enum PageItem<T> {
    /// A run of converted entries: handing them over in batches keeps the cross-thread
    /// wake-ups to one per batch instead of one per entry.
    Items(Vec<T>),
    /// The last page's final result (rc 0, or 4 / 3 / 11 for a search ended early).
    Done(LdapResult),
}

pub struct PageRequest {
    pub base: String,
    pub scope: Scope,
    pub filter: String,
    pub attrs: Vec<String>,
    pub page_size: u32,
}

/// Entries buffered between the reader task and the caller, in pages: room for a whole page
/// lets the reader see the page's end, and ask for the next one, while the caller is still busy.
const BUFFER_PAGES: usize = 3;
/// Entries per batch handed to the caller.
const BATCH: usize = 128;

/// Start reading. Each entry goes through `convert` on the reader's own thread, so an entry
/// is allocated, converted and freed in one place and only the (smaller) result crosses over.
/// Dropping the receiver stops the reader (it abandons the search).
pub fn spawn<T, C>(
    ldap: Ldap,
    req: PageRequest,
    convert: C,
) -> mpsc::Receiver<Result<PageItem<T>, LdapFailure>>
where
    T: Send + 'static,
    C: Fn(Entry) -> T + Send + Sync + 'static,
{
    let size = req.page_size.clamp(1, i32::MAX as u32);
    let (tx, rx) = mpsc::channel((size as usize * BUFFER_PAGES).div_ceil(BATCH).max(2));
    tokio::spawn(async move {
        if let Err(e) = read_pages(ldap, req, &convert, &tx).await {
            let _ = tx.send(Err(e)).await;
        }
    });
    rx
}

/// What a paged search yields, in server order.
pub enum Paged {
    Entry(Entry),
    /// Continuation references (entries in other naming contexts), not followed.
    References(Vec<String>),
    /// The final result: rc 0, or 4 / 3 / 11 for a search the server ended early. Last.
    Done(LdapResult),
}

/// One paged search, driven by the caller.
pub struct Pager {
    ldap: Ldap,
    req: PageRequest,
    size: i32,
    stream: Option<SearchStream<'static, String, Vec<String>>>,
    cookie: Vec<u8>,
    finished: bool,
}

fn protocol(e: ldap3::LdapError) -> LdapFailure {
    LdapFailure::Protocol(e.to_string())
}

impl Pager {
    pub fn new(ldap: Ldap, req: PageRequest) -> Pager {
        let size = req.page_size.clamp(1, i32::MAX as u32) as i32;
        Pager {
            ldap,
            req,
            size,
            stream: None,
            cookie: Vec::new(),
            finished: false,
        }
    }

    /// The next item; `None` after `Done`.
    pub async fn next(&mut self) -> Result<Option<Paged>, LdapFailure> {
        loop {
            if self.finished {
                return Ok(None);
            }
            let stream = match &mut self.stream {
                Some(s) => s,
                None => {
                    let ctrl = PagedResults {
                        size: self.size,
                        cookie: std::mem::take(&mut self.cookie),
                    };
                    let s = self
                        .ldap
                        .with_controls(ctrl)
                        .streaming_search(
                            &self.req.base,
                            self.req.scope,
                            &self.req.filter,
                            self.req.attrs.clone(),
                        )
                        .await
                        .map_err(protocol)?;
                    self.stream.insert(s)
                }
            };
            match stream.next().await.map_err(protocol)? {
                Some(re) if re.is_intermediate() => continue,
                Some(re) if re.is_ref() => {
                    return Ok(Some(Paged::References(ldap3::parse_refs(re.0))));
                }
                Some(re) => {
                    let entry =
                        from_result(re).map_err(|e| LdapFailure::Protocol(e.to_string()))?;
                    return Ok(Some(Paged::Entry(entry)));
                }
                None => {
                    let res = stream.finish().await;
                    self.stream = None;
                    let next = res.ctrls.iter().find_map(|c| match c {
                        Control(Some(ControlType::PagedResults), raw) => {
                            Some(raw.parse::<PagedResults>().cookie)
                        }
                        _ => None,
                    });
                    match next {
                        Some(c) if res.rc == 0 && !c.is_empty() => self.cookie = c,
                        _ => {
                            self.finished = true;
                            return Ok(Some(Paged::Done(res)));
                        }
                    }
                }
            }
        }
    }

    /// Stop early: abandon the search in progress (the caller has what it wanted).
    pub async fn abandon(&mut self) {
        if let Some(s) = &mut self.stream {
            let id = s.ldap_handle().last_id();
            let _ = s.ldap_handle().abandon(id).await;
        }
        self.stream = None;
        self.finished = true;
    }
}

async fn read_pages<T, C: Fn(Entry) -> T>(
    ldap: Ldap,
    req: PageRequest,
    convert: &C,
    tx: &mpsc::Sender<Result<PageItem<T>, LdapFailure>>,
) -> Result<(), LdapFailure> {
    let mut pager = Pager::new(ldap, req);
    let mut batch = Vec::with_capacity(BATCH);
    while let Some(item) = pager.next().await? {
        match item {
            Paged::Entry(e) => {
                batch.push(convert(e));
                if batch.len() < BATCH {
                    continue;
                }
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                if tx.send(Ok(PageItem::Items(full))).await.is_err() {
                    // The caller stopped (an error on its side): stop the server too.
                    pager.abandon().await;
                    return Ok(());
                }
            }
            // A sync of this base does not follow references into other naming contexts.
            Paged::References(_) => {}
            Paged::Done(res) => {
                if !batch.is_empty()
                    && tx
                        .send(Ok(PageItem::Items(std::mem::take(&mut batch))))
                        .await
                        .is_err()
                {
                    return Ok(());
                }
                let _ = tx.send(Ok(PageItem::Done(res))).await;
                return Ok(());
            }
        }
    }
    Ok(())
}
