//! One man page: clap_mangen's sections, then ours, made plain ASCII roff.

use std::fmt::Write;

use clap_mangen::Man;

use super::pages;

/// One of clap_mangen's section renderers.
type Section = fn(&Man, &mut dyn std::io::Write) -> std::io::Result<()>;

pub fn page(cmd: clap::Command, path: &[&str], see_also: &[String]) -> Vec<u8> {
    let has_args =
        cmd.get_arguments().any(|a| !a.is_hide_set()) || cmd.get_positionals().next().is_some();
    let has_children = cmd.get_subcommands().any(|s| !s.is_hide_set());
    // The root's after-help is its exit codes and environment, which get sections of their own.
    let notes = !path.is_empty() && cmd.get_after_long_help().is_some();
    let man = Man::new(cmd);
    let mut out = Vec::new();
    let sections: [(bool, Section); 6] = [
        (true, Man::render_title),
        (true, Man::render_name_section),
        (true, Man::render_synopsis_section),
        (true, Man::render_description_section),
        (has_args, Man::render_options_section),
        (has_children, Man::render_subcommands_section),
    ];
    for (wanted, render) in sections {
        if wanted {
            render(&man, &mut out).expect("render to a Vec");
        }
    }
    if notes {
        let mut extra = Vec::new();
        man.render_extra_section(&mut extra)
            .expect("render to a Vec");
        let extra = String::from_utf8_lossy(&extra).replacen(".SH EXTRA", ".SH NOTES", 1);
        out.extend_from_slice(extra.as_bytes());
    }
    let mut roff = String::from_utf8(out).expect("clap_mangen writes UTF-8");
    ours(&mut roff, path, see_also);
    let mut version = Vec::new();
    man.render_version_section(&mut version)
        .expect("render to a Vec");
    roff.push_str(&String::from_utf8_lossy(&version));
    ascii(&roff).into_bytes()
}

/// EXIT STATUS, ENVIRONMENT, EXAMPLES and SEE ALSO.
fn ours(roff: &mut String, path: &[&str], see_also: &[String]) {
    roff.push_str(".SH \"EXIT STATUS\"\n");
    let extra = pages::exit_statuses(path);
    for (code, meaning) in pages::EXIT_MEANINGS {
        if *code <= 2 || extra.contains(code) {
            let _ = writeln!(roff, ".TP\n.B {code}\n{}", escape(meaning));
        }
    }
    roff.push_str(".SH ENVIRONMENT\n");
    for (name, meaning, groups) in pages::ENVIRONMENT {
        if groups.is_empty() || path.first().is_none_or(|g| groups.contains(g)) {
            let _ = writeln!(roff, ".TP\n.B {}\n{}", escape(name), escape(meaning));
        }
    }
    let examples = pages::examples(path);
    if !examples.is_empty() {
        roff.push_str(".SH EXAMPLES\n");
        for (what, line) in examples {
            let _ = writeln!(
                roff,
                ".PP\n{}\n.PP\n.RS 4\n.nf\n{}\n.fi\n.RE",
                escape(what),
                escape(line)
            );
        }
    }
    if !see_also.is_empty() {
        roff.push_str(".SH \"SEE ALSO\"\n");
        let refs: Vec<String> = see_also
            .iter()
            .map(|p| format!("\\fB{}\\fR(1)", escape(p)))
            .collect();
        let _ = writeln!(roff, "{}", refs.join(", "));
    }
}

/// Text for roff: backslashes and hyphens escaped, no line starting with a control character.
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    match text.chars().next() {
        Some('.' | '\'') => format!("\\&{text}"),
        _ => text,
    }
}

/// Non-ASCII characters as roff's own glyph names, so every output device has them
/// (`groff -Tascii` cannot show a raw "—").
fn ascii(roff: &str) -> String {
    let mut out = String::with_capacity(roff.len());
    for c in roff.chars() {
        match c {
            c if c.is_ascii() => out.push(c),
            '—' => out.push_str("\\(em"),
            '–' => out.push_str("\\(en"),
            '…' => out.push_str("..."),
            '‘' => out.push_str("\\(oq"),
            '’' => out.push_str("\\(cq"),
            '“' => out.push_str("\\(lq"),
            '”' => out.push_str("\\(rq"),
            '→' => out.push_str("\\(->"),
            '≤' => out.push_str("\\(<="),
            '≥' => out.push_str("\\(>="),
            '×' => out.push_str("\\(mu"),
            c => {
                let _ = write!(out, "\\[u{:04X}]", c as u32);
            }
        }
    }
    out
}
