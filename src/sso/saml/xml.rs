//! XML in and out: a strict reader (no DTD, ever) and a small element tree for what atomctl
//! writes (metadata, AuthnRequests) and for indenting what it decodes.

use std::fmt::Write as _;

use super::SamlError;

pub const NS_SAML: &str = "urn:oasis:names:tc:SAML:2.0:assertion";
pub const NS_SAMLP: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
pub const NS_MD: &str = "urn:oasis:names:tc:SAML:2.0:metadata";
pub const NS_DS: &str = "http://www.w3.org/2000/09/xmldsig#";
pub const NS_XENC: &str = "http://www.w3.org/2001/04/xmlenc#";
pub const NS_ALG: &str = "urn:oasis:names:tc:SAML:metadata:algsupport";

/// Parses untrusted XML. roxmltree refuses any DOCTYPE outright, which rules out XXE and
/// entity expansion before anything else looks at the document.
/// Element nesting refused above this depth. Real SAML documents nest about ten deep; every
/// walk over a document (indenting, canonicalizing, building elements) may recurse, so a
/// hostile document 20,000 deep must stop here rather than at the end of the stack.
pub const MAX_DEPTH: usize = 256;

pub fn parse(text: &str) -> Result<roxmltree::Document<'_>, SamlError> {
    let doc = roxmltree::Document::parse(text).map_err(|e| match e {
        roxmltree::Error::DtdDetected => {
            SamlError::Refused("the document has a DOCTYPE (DTDs are never processed)".into())
        }
        e => SamlError::Input(format!("not well-formed XML: {e}")),
    })?;
    // Nodes come in document order, each after its parent: one pass, no recursion.
    let mut depth = vec![0u16; doc.descendants().count() + 1];
    for n in doc.descendants().filter(|n| n.is_element()) {
        let d = n.parent().map_or(0, |p| depth[p.id().get() as usize]) + 1;
        if usize::from(d) > MAX_DEPTH {
            return Err(SamlError::Input(format!(
                "elements nested more than {MAX_DEPTH} deep: not a SAML document"
            )));
        }
        depth[n.id().get() as usize] = d;
    }
    Ok(doc)
}

/// The document without its comments, or None when it has none. Exclusive C14N leaves
/// comments out of what is signed, so removing them changes nothing a signature covers; it
/// turns `user@evil.com<!---->.example.com` into the one text node that was signed.
pub fn strip_comments(text: &str, doc: &roxmltree::Document<'_>) -> Option<String> {
    let ranges: Vec<_> = doc
        .descendants()
        .filter(|n| n.is_comment())
        .map(|n| n.range())
        .collect();
    if ranges.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in ranges {
        out.push_str(&text[at..r.start]);
        at = r.end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// Is `node` the element `ns:name`?
pub fn is(node: roxmltree::Node<'_, '_>, ns: &str, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(ns)
}

/// The element children of `node` named `ns:name`.
pub fn children<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    ns: &'a str,
    name: &'a str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> + 'a {
    node.children().filter(move |c| is(*c, ns, name))
}

pub fn child<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    ns: &'a str,
    name: &'a str,
) -> Option<roxmltree::Node<'a, 'i>> {
    children(node, ns, name).next()
}

/// All the text inside an element, comments skipped: `a<!---->b` reads as `ab`, which is what
/// exclusive canonicalization signed. Reading only the first text node is the comment-injection
/// bug.
pub fn text(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

/// The trimmed text of an element; base64 and URI values carry line breaks in the wild.
pub fn text_trimmed(node: roxmltree::Node<'_, '_>) -> String {
    text(node).trim().to_owned()
}

/// An element to write. Attribute and text values are escaped on output.
#[derive(Debug, Clone)]
pub struct El {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
}

#[derive(Debug, Clone)]
enum Node {
    El(El),
    Text(String),
    Comment(String),
}

impl El {
    pub fn new(name: impl Into<String>) -> El {
        El {
            name: name.into(),
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    pub fn attr(mut self, name: impl Into<String>, value: impl Into<String>) -> El {
        self.attrs.push((name.into(), value.into()));
        self
    }

    pub fn attr_opt(self, name: &str, value: Option<impl Into<String>>) -> El {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    pub fn child(mut self, c: El) -> El {
        self.children.push(Node::El(c));
        self
    }

    pub fn children(mut self, cs: impl IntoIterator<Item = El>) -> El {
        self.children.extend(cs.into_iter().map(Node::El));
        self
    }

    pub fn text(mut self, t: impl Into<String>) -> El {
        self.children.push(Node::Text(t.into()));
        self
    }

    /// Puts `c` first among the children (where an enveloped signature goes).
    pub fn prepend(&mut self, c: El) {
        self.children.insert(0, Node::El(c));
    }

    /// The document, indented by two spaces, with an XML declaration.
    pub fn to_document(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        self.write(&mut out, 0, true);
        out
    }

    /// The element on one line, no declaration (what goes into a deflated AuthnRequest).
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0, false);
        out
    }

    fn write(&self, out: &mut String, depth: usize, indent: bool) {
        let pad = |out: &mut String, d: usize| {
            if indent {
                out.extend(std::iter::repeat_n("  ", d));
            }
        };
        pad(out, depth);
        let _ = write!(out, "<{}", self.name);
        for (k, v) in &self.attrs {
            let _ = write!(out, " {k}=\"{}\"", escape(v, true));
        }
        if self.children.is_empty() {
            out.push_str("/>");
        } else if self
            .children
            .iter()
            .all(|c| matches!(c, Node::Text(_) | Node::Comment(_)))
        {
            out.push('>');
            for c in &self.children {
                match c {
                    Node::Text(t) => out.push_str(&escape(t, false)),
                    Node::Comment(t) => {
                        let _ = write!(out, "<!--{t}-->");
                    }
                    Node::El(_) => unreachable!("only text here"),
                }
            }
            let _ = write!(out, "</{}>", self.name);
        } else {
            out.push('>');
            for c in &self.children {
                if indent {
                    out.push('\n');
                }
                match c {
                    Node::El(e) => e.write(out, depth + 1, indent),
                    Node::Text(t) => {
                        pad(out, depth + 1);
                        out.push_str(&escape(t.trim(), false));
                    }
                    Node::Comment(t) => {
                        pad(out, depth + 1);
                        let _ = write!(out, "<!--{t}-->");
                    }
                }
            }
            if indent {
                out.push('\n');
            }
            pad(out, depth);
            let _ = write!(out, "</{}>", self.name);
        }
        if depth == 0 && indent {
            out.push('\n');
        }
    }
}

fn escape(s: &str, attr: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\n' if attr => out.push_str("&#10;"),
            '\t' if attr => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// The document indented for reading: whitespace-only text dropped, namespace declarations kept
/// where they were made, comments shown (a comment inside a NameID is worth seeing).
pub fn indent(doc: &roxmltree::Document<'_>) -> String {
    to_el(doc.root_element()).to_document()
}

fn qualified(node: roxmltree::Node<'_, '_>, ns: Option<&str>, local: &str) -> String {
    match ns.and_then(|uri| node.lookup_prefix(uri)) {
        Some(p) if !p.is_empty() => format!("{p}:{local}"),
        _ => local.to_owned(),
    }
}

fn to_el(node: roxmltree::Node<'_, '_>) -> El {
    let tag = node.tag_name();
    let mut el = El::new(qualified(node, tag.namespace(), tag.name()));
    let inherited: Vec<_> = node
        .parent_element()
        .map(|p| p.namespaces().collect())
        .unwrap_or_default();
    for ns in node.namespaces() {
        if !inherited.contains(&ns) {
            let name = ns.name().map_or("xmlns".into(), |p| format!("xmlns:{p}"));
            el = el.attr(name, ns.uri());
        }
    }
    for a in node.attributes() {
        el = el.attr(qualified(node, a.namespace(), a.name()), a.value());
    }
    for c in node.children() {
        if c.is_element() {
            el = el.child(to_el(c));
        } else if c.is_comment() {
            el.children
                .push(Node::Comment(c.text().unwrap_or_default().to_owned()));
        } else if let Some(t) = c.text()
            && !t.trim().is_empty()
        {
            el = el.text(t);
        }
    }
    el
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = format!("{}{}", "<a>".repeat(20_000), "</a>".repeat(20_000));
        assert!(matches!(parse(&deep), Err(SamlError::Input(m)) if m.contains("nested")));
        let fine = format!("{}{}", "<a>".repeat(MAX_DEPTH), "</a>".repeat(MAX_DEPTH));
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn doctype_is_refused_before_anything_reads_the_document() {
        let xxe = r#"<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>"#;
        assert!(matches!(parse(xxe), Err(SamlError::Refused(_))));
    }

    #[test]
    fn text_reads_across_comments() {
        let d = parse("<n>user@evil.com<!---->.example.com</n>").unwrap();
        assert_eq!(text(d.root_element()), "user@evil.com.example.com");
    }

    #[test]
    fn comments_are_cut_out_and_the_text_joins() {
        let src = "<r><!-- a --><n>user@evil.com<!---->.example.com</n></r>";
        let d = parse(src).unwrap();
        let out = strip_comments(src, &d).unwrap();
        assert_eq!(out, "<r><n>user@evil.com.example.com</n></r>");
        assert!(strip_comments(&out, &parse(&out).unwrap()).is_none());
    }

    #[test]
    fn indent_keeps_namespaces_and_escapes() {
        let d = parse(r#"<a:r xmlns:a="urn:a" x="1&amp;2"><a:c>t&lt;</a:c><b/></a:r>"#).unwrap();
        let out = indent(&d);
        assert!(
            out.contains(r#"<a:r xmlns:a="urn:a" x="1&amp;2">"#),
            "{out}"
        );
        assert!(out.contains("  <a:c>t&lt;</a:c>\n  <b/>\n</a:r>"), "{out}");
        // What comes out parses back to the same structure.
        let again = parse(&out).unwrap();
        let c = again.root_element().first_element_child().unwrap();
        assert_eq!(text(c), "t<");
    }
}
