//! `audit`: who ran what against which system with which profile, and the outcome (the rows of
//! `cache audit`, windowed, so that they export like any report).

use rusqlite::Connection;

use super::Params;
use crate::analytics::{AnalyticsError, Report};
use crate::cache::{AUDIT_COLUMNS, AuditFilter, audit_rows};

pub fn run(conn: &Connection, p: &Params) -> Result<Report, AnalyticsError> {
    let mut rep = Report::new("audit", "Audit", &AUDIT_COLUMNS);
    let (since, until) = (
        crate::utc::from_unix(p.window.start),
        crate::utc::from_unix(p.window.end),
    );
    rep.rows = audit_rows(
        conn,
        &AuditFilter {
            since: Some(&since),
            until: Some(&until),
            ..AuditFilter::default()
        },
    )?;
    rep.notes
        .push("newest first; the same rows as `atomctl cache audit`.".into());
    Ok(rep)
}
