//! Usage analytics: chat events ingested into the cache, and reports over them joined with
//! what the directory, Salesforce and SSO parts of the cache know.

pub mod chart;
pub mod events;
pub mod forecast;
pub mod html;
pub mod ingest;
pub mod overview;
pub mod overview_page;
pub mod period;
pub mod reports;
pub mod threats;

use serde_json::Value;

/// A report's result: a table with stable column names, the assumptions or methods behind it,
/// and the trends worth drawing.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub name: &'static str,
    pub title: String,
    pub columns: Vec<String>,
    /// The columns a table shows by default when there are many (see `headline`).
    pub headline: Vec<String>,
    pub rows: Vec<Vec<Value>>,
    /// Assumptions, methods and caveats, printed beside the numbers.
    pub notes: Vec<String>,
    pub charts: Vec<chart::Chart>,
    /// Findings to record as reported once the output is written (`threats`).
    pub alerts: Vec<threats::Alert>,
}

impl Report {
    pub fn new(name: &'static str, title: impl Into<String>, columns: &[&str]) -> Report {
        Report {
            name,
            title: title.into(),
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            ..Report::default()
        }
    }

    /// The columns a person reads first, for a report too wide for a terminal (empty: all).
    pub fn headline(mut self, columns: &[&str]) -> Report {
        self.headline = columns.iter().map(|c| (*c).to_owned()).collect();
        self
    }

    /// Keep only `names`, in that order.
    pub fn project(&mut self, names: &[String]) -> Result<(), AnalyticsError> {
        let picks: Vec<usize> = names
            .iter()
            .map(|n| {
                self.columns.iter().position(|c| c == n).ok_or_else(|| {
                    AnalyticsError::Usage(format!(
                        "the {} report has no column `{n}`; it has {}",
                        self.name,
                        self.columns.join(", ")
                    ))
                })
            })
            .collect::<Result<_, _>>()?;
        self.columns = names.to_vec();
        for row in &mut self.rows {
            *row = picks.iter().map(|&i| row[i].clone()).collect();
        }
        Ok(())
    }

    pub fn push(&mut self, row: Vec<Value>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AnalyticsError {
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
}

impl From<rusqlite::types::FromSqlError> for AnalyticsError {
    fn from(e: rusqlite::types::FromSqlError) -> Self {
        AnalyticsError::Sql(e.into())
    }
}

/// Round to 2 decimals for output.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
