//! A row's cells as a decoder produces them and an encoder consumes them. This sits between
//! the domains and the output layer so that a fast path (Salesforce pages decoded straight
//! into CSV/JSON bytes) can hand rows to an output encoder without the domain importing it:
//! the domain decodes into [`Cell`]s and pushes them into a [`RowSink`]; the command gives it
//! the output layer's encoder.

use std::borrow::Cow;

use serde_json::Value;

/// A cell that may borrow its text from where it was read (a page body) instead of owning a
/// `Value`: what the Salesforce page decoder hands over without an allocation per cell.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Cell<'a> {
    #[default]
    Null,
    Text(Cow<'a, str>),
    Value(Value),
}

impl Cell<'_> {
    pub fn into_value(self) -> Value {
        match self {
            Cell::Null => Value::Null,
            Cell::Text(t) => Value::String(t.into_owned()),
            Cell::Value(v) => v,
        }
    }
}

/// Takes decoded rows one at a time, in order.
pub trait RowSink {
    fn push_row(&mut self, row: &[Cell<'_>]);
}
