//! Paged (RFC 2696), streaming search. Entries go to a callback as they arrive, so memory
//! stays flat; ranged attributes (`member;range=0-1499`) are completed before an entry is
//! handed on; continuation references are collected, not chased.

use ldap3::{Ldap, Scope};

use super::entry::from_result;
use super::pager::{PageRequest, Paged, Pager};
use super::{Attr, Directory, Entry, LdapFailure};

#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub base: String,
    pub scope: Scope,
    pub filter: String,
    pub attrs: Vec<String>,
    pub page_size: u32,
    /// Stop after this many entries (not a partial result: the caller asked for it).
    pub limit: Option<u64>,
}

#[derive(Debug, Default)]
pub struct SearchOutcome {
    pub entries: u64,
    /// Continuation references seen and skipped.
    pub references: Vec<String>,
    /// Set when the server ended the search early (e.g. size limit): what was received is
    /// valid but incomplete.
    pub partial: Option<String>,
}

pub fn search_scope(name: &str) -> Scope {
    match name {
        "base" => Scope::Base,
        "one" => Scope::OneLevel,
        _ => Scope::Subtree,
    }
}

impl Directory {
    /// Run a paged search, calling `on_entry` for each entry in server order.
    ///
    /// The callback's error type is the caller's (an output error, a sync error); directory
    /// failures convert into it.
    pub async fn search<F, E>(
        &mut self,
        req: &SearchRequest,
        mut on_entry: F,
    ) -> Result<SearchOutcome, E>
    where
        F: FnMut(Entry) -> Result<(), E>,
        E: From<LdapFailure>,
    {
        let attrs: Vec<String> = if req.attrs.is_empty() {
            vec!["*".into()]
        } else {
            req.attrs.clone()
        };
        let mut range_handle = self.ldap.clone();
        let mut pager = Pager::new(
            self.ldap.clone(),
            PageRequest {
                base: req.base.clone(),
                scope: req.scope,
                filter: req.filter.clone(),
                attrs,
                page_size: req.page_size,
            },
        );
        let mut out = SearchOutcome::default();
        let mut end = None;
        while let Some(item) = pager.next().await? {
            let mut entry = match item {
                Paged::Entry(e) => e,
                Paged::References(r) => {
                    out.references.extend(r);
                    continue;
                }
                Paged::Done(res) => {
                    end = Some(res);
                    continue;
                }
            };
            if entry.attrs.iter().any(|a| range_of(&a.name).is_some()) {
                complete_ranges(&mut range_handle, &mut entry).await?;
            }
            on_entry(entry)?;
            out.entries += 1;
            if req.limit.is_some_and(|l| out.entries >= l) {
                // Our own limit: stop reading; the connection is closed when we exit.
                pager.abandon().await;
                return Ok(out);
            }
        }
        let Some(res) = end else {
            return Err(LdapFailure::Protocol("the search ended without a result".into()).into());
        };
        match res.rc {
            0 => {}
            4 => out.partial = Some(limit_reached("size", out.entries, &res.text)),
            3 => out.partial = Some(limit_reached("time", out.entries, &res.text)),
            11 => out.partial = Some(limit_reached("administrative", out.entries, &res.text)),
            10 if out.entries > 0 => out.references.extend(res.refs.clone()),
            _ => super::check_rc(&res).map_err(E::from)?,
        }
        Ok(out)
    }
}

/// Why a search ended early, with the server's words when it gave any.
fn limit_reached(limit: &str, entries: u64, text: &str) -> String {
    let text = text.trim();
    let why = format!("{limit} limit exceeded after {entries} entries");
    if text.is_empty() {
        why
    } else {
        format!("{why} ({text})")
    }
}

/// For `member;range=0-1499` returns ("member", Some(1499)); for `member;range=1500-*`
/// returns ("member", None) — the last chunk.
fn range_of(name: &str) -> Option<(&str, Option<u64>)> {
    let (base, opts) = name.split_once(';')?;
    let range = opts.split(';').find_map(|o| {
        let (k, v) = o.split_once('=')?;
        k.eq_ignore_ascii_case("range").then_some(v)
    })?;
    let (_, end) = range.split_once('-')?;
    Some((base, if end == "*" { None } else { end.parse().ok() }))
}

/// Follow AD range retrieval until the server says `-*`, merging the chunks under the plain
/// attribute name.
async fn complete_ranges(ldap: &mut Ldap, entry: &mut Entry) -> Result<(), LdapFailure> {
    let mut i = 0;
    while i < entry.attrs.len() {
        let Some((base, mut end)) = range_of(&entry.attrs[i].name).map(|(b, e)| (b.to_owned(), e))
        else {
            i += 1;
            continue;
        };
        let mut values = std::mem::take(&mut entry.attrs[i].values);
        while let Some(last) = end {
            let want = format!("{base};range={}-*", last + 1);
            let (rs, _) = ldap
                .search(
                    &entry.dn,
                    Scope::Base,
                    "(objectClass=*)",
                    vec![want.as_str()],
                )
                .await
                .and_then(|r| r.success())
                .map_err(|e| {
                    LdapFailure::Protocol(format!("range retrieval of {base} on {}: {e}", entry.dn))
                })?;
            let Some(re) = rs.into_iter().next() else {
                break;
            };
            let next = from_result(re).map_err(|e| LdapFailure::Protocol(e.to_string()))?;
            let chunk = next
                .attrs
                .into_iter()
                .find(|a| range_of(&a.name).is_some_and(|(b, _)| b.eq_ignore_ascii_case(&base)));
            match chunk {
                Some(c) => {
                    end = range_of(&c.name).and_then(|(_, e)| e);
                    if c.values.is_empty() {
                        break;
                    }
                    values.extend(c.values);
                }
                None => break,
            }
        }
        entry.attrs[i] = Attr { name: base, values };
        i += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{limit_reached, range_of};

    #[test]
    fn a_limit_names_the_servers_words_only_when_there_are_some() {
        assert_eq!(
            limit_reached("size", 500, " "),
            "size limit exceeded after 500 entries"
        );
        assert_eq!(
            limit_reached("administrative", 3, "too many\n"),
            "administrative limit exceeded after 3 entries (too many)"
        );
    }

    #[test]
    fn parses_range_options() {
        assert_eq!(
            range_of("member;range=0-1499"),
            Some(("member", Some(1499)))
        );
        assert_eq!(range_of("member;range=1500-*"), Some(("member", None)));
        assert_eq!(range_of("member"), None);
        assert_eq!(range_of("userCertificate;binary"), None);
    }
}
