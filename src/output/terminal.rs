//! Text from servers shown on a terminal: a directory value, a Salesforce field, an event's
//! channel or an error message may hold escape sequences (`ESC ] 0;…BEL` retitles the window,
//! `ESC [2J` clears it, some terminals act on worse). What a person reads on a terminal is made
//! inert: control characters and bidirectional overrides are shown as visible escapes.
//! Machine formats (CSV, JSON, LDIF) keep the data exact.

use std::borrow::Cow;

/// `s` with every control character except newline (and tab, where `keep_tab`) shown as
/// `\xNN` / `\u{NNNN}`, and the bidirectional controls that reorder what is shown
/// ("Trojan Source") shown the same way.
pub fn inert(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs_escape(c) {
            if (c as u32) < 0x100 {
                out.push_str(&format!("\\x{:02x}", c as u32));
            } else {
                out.push_str(&format!("\\u{{{:04x}}}", c as u32));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn escape_sequences_become_visible_text() {
        assert_eq!(inert("plain Zürich ⚡"), "plain Zürich ⚡");
        assert_eq!(inert("a\x1b]0;owned\x07b"), "a\\x1b]0;owned\\x07b");
        assert_eq!(inert("\x1b[2J"), "\\x1b[2J");
        assert_eq!(inert("x\u{9b}31m"), "x\\x9b31m", "C1 CSI");
        assert_eq!(inert("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(inert("two\nlines\tand tab\r"), "two\nlines\tand tab\\x0d");
    }
}
