//! Tables that fit the terminal: columns wrap down to a readable minimum, and a table that
//! cannot fit that way is shown as one record per block (`column │ value`), which fits any
//! width. Only a table written to a terminal has a width; one written to a file or a pipe is
//! laid out in full.

use std::sync::atomic::{AtomicUsize, Ordering};

use unicode_width::UnicodeWidthStr;

/// The narrowest a column is squeezed to before the table becomes a record view: a date, a
/// count, a short name stay whole.
const MIN_COLUMN: usize = 10;

/// The run's table width (0 = none): set once, from the terminal stdout is, when it is one
/// and no `-o` file takes the output.
static WIDTH: AtomicUsize = AtomicUsize::new(0);

pub fn set_table_width(width: Option<usize>) {
    WIDTH.store(width.unwrap_or(0), Ordering::Relaxed);
}

pub fn table_width() -> Option<usize> {
    match WIDTH.load(Ordering::Relaxed) {
        0 => None,
        w => Some(w),
    }
}

/// The width of the terminal on stdout, if stdout is one.
pub fn stdout_width() -> Option<usize> {
    // SAFETY: TIOCGWINSZ fills the winsize we pass and touches nothing else; on a descriptor
    // that is not a terminal it fails and we answer None.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut ws) } == 0;
    (ok && ws.ws_col > 0).then_some(usize::from(ws.ws_col))
}

/// A note under a table (`* text`), wrapped at word boundaries to the table width, continued
/// lines indented under the text; as one line when there is no width.
pub fn note(text: &str) -> String {
    let Some(width) = table_width() else {
        return format!("* {text}\n");
    };
    let width = width.max(20);
    let mut out = String::new();
    let mut line = String::from("*");
    for word in text.split_whitespace() {
        if line.len() > 2 && line.width() + 1 + word.width() > width {
            out.push_str(&line);
            out.push('\n');
            line = String::from(" ");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// How a table of `columns` and `rows` is shown within `width`.
#[derive(Debug, PartialEq, Eq)]
pub enum Plan {
    /// As rows, each column at least this wide (cells wrap within it).
    Rows(Vec<u16>),
    /// One record per block: the columns cannot all stay readable side by side.
    Records,
}

pub fn plan(columns: &[String], rows: &[Vec<String>], width: usize) -> Plan {
    let mins: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, header)| {
            let natural = rows
                .iter()
                .filter_map(|r| r.get(i))
                .chain(std::iter::once(header))
                .flat_map(|cell| cell.lines())
                .map(UnicodeWidthStr::width)
                .max()
                .unwrap_or(0);
            natural.clamp(1, MIN_COLUMN)
        })
        .collect();
    // "│ a │ b │": three characters per column and one to close.
    let needed: usize = mins.iter().sum::<usize>() + 3 * columns.len() + 1;
    if needed <= width {
        Plan::Rows(mins.into_iter().map(|w| w as u16).collect())
    } else {
        Plan::Records
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("column_{i}")).collect()
    }

    #[test]
    fn few_columns_fit_as_rows_and_many_become_records() {
        let rows = vec![vec!["2026-12-01".to_owned(); 3]];
        assert_eq!(plan(&cols(3), &rows, 80), Plan::Rows(vec![10, 10, 10]));
        let rows = vec![vec!["1".to_owned(); 19]];
        assert_eq!(plan(&cols(19), &rows, 80), Plan::Records);
        // Narrow values need no more than they are.
        let rows = vec![vec!["1".to_owned(); 3]];
        assert_eq!(
            plan(&["a".into(), "b".into(), "c".into()], &rows, 20),
            Plan::Rows(vec![1, 1, 1])
        );
    }
}
