//! ServiceNow through its Table, Aggregate and OAuth APIs (reference/servicenow.md). Built up
//! over issue #18: the encoded-query rules and the shapes of what the API sends come first,
//! because paging, field checks and every command rest on them.

pub mod encoded;
pub mod values;
