//! ServiceNow through its Table, Aggregate and OAuth APIs (reference/servicenow.md). Built up
//! over issue #18: the encoded-query rules come first, because paging and field checks rest
//! on them.

pub mod encoded;
