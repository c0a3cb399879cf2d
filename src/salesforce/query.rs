//! The streaming query pager: a task follows `nextRecordsUrl` to the end, completes child
//! subqueries that have pages of their own, and hands whole pages over a bounded channel,
//! so the next page is on its way while the current one is written and memory stays at a
//! couple of pages whatever the result size.

use std::sync::Arc;

use serde::Deserialize;
use serde_json::Value;
use tokio::sync::mpsc;

use super::{Client, SfError};

/// One page of a query answer, child subqueries complete.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    pub total_size: u64,
    pub done: bool,
    pub next_records_url: Option<String>,
    #[serde(default)]
    pub records: Vec<Value>,
}

/// Which endpoint runs the SOQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    Query,
    /// `queryAll`: also deleted and archived rows.
    QueryAll,
    /// The Tooling API's query.
    Tooling,
}

pub fn first_path(soql: &str, endpoint: Endpoint) -> String {
    let q = url::form_urlencoded::byte_serialize(soql.as_bytes()).collect::<String>();
    match endpoint {
        Endpoint::Query => format!("query?q={q}"),
        Endpoint::QueryAll => format!("queryAll?q={q}"),
        Endpoint::Tooling => format!("tooling/query?q={q}"),
    }
}

/// Pages in the channel besides the one being written: the reader stays one page ahead.
const AHEAD: usize = 2;

/// Start reading `path`. The receiver yields pages in order and ends after the last one
/// or after an error. Dropping it stops the reader.
pub fn stream(client: Arc<Client>, path: String) -> mpsc::Receiver<Result<Page, SfError>> {
    let (tx, rx) = mpsc::channel(AHEAD);
    tokio::spawn(async move {
        let mut next = Some(path);
        while let Some(p) = next.take() {
            let page = fetch_page(&client, &p).await;
            if let Ok(pg) = &page {
                next = if pg.done {
                    None
                } else {
                    match &pg.next_records_url {
                        Some(u) => Some(u.clone()),
                        None => {
                            let _ = tx
                                .send(Err(SfError::Protocol(
                                    "a page says done:false but has no nextRecordsUrl".into(),
                                )))
                                .await;
                            return;
                        }
                    }
                };
            }
            let failed = page.is_err();
            if tx.send(page).await.is_err() || failed {
                return;
            }
        }
    });
    rx
}

async fn fetch_page(client: &Client, path: &str) -> Result<Page, SfError> {
    let reply = client.get(path).await?;
    let mut page: Page = super::client::parse_json(&reply.body)?;
    for rec in &mut page.records {
        complete_children(client, rec).await?;
    }
    Ok(page)
}

/// A child subquery answers with its own `done:false` + `nextRecordsUrl` when it has more
/// rows than fit; fetch the rest so the record is whole before anyone sees it.
async fn complete_children(client: &Client, rec: &mut Value) -> Result<(), SfError> {
    let Some(obj) = rec.as_object_mut() else {
        return Ok(());
    };
    for (_, v) in obj.iter_mut() {
        let Some(child) = v.as_object_mut() else {
            continue;
        };
        if child.get("done") != Some(&Value::Bool(false)) || !child.contains_key("records") {
            continue;
        }
        let mut next = child
            .get("nextRecordsUrl")
            .and_then(Value::as_str)
            .map(str::to_owned);
        while let Some(url) = next.take() {
            let more: Page = client.get_json(&url).await?;
            if let Some(Value::Array(records)) = child.get_mut("records") {
                records.extend(more.records);
            }
            if !more.done {
                next = Some(more.next_records_url.ok_or_else(|| {
                    SfError::Protocol(
                        "a child page says done:false but has no nextRecordsUrl".into(),
                    )
                })?);
            }
        }
        child.insert("done".into(), Value::Bool(true));
        child.remove("nextRecordsUrl");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soql_is_url_encoded() {
        assert_eq!(
            first_path(
                "SELECT Id FROM Account WHERE Name = 'A&B'",
                Endpoint::QueryAll
            ),
            "queryAll?q=SELECT+Id+FROM+Account+WHERE+Name+%3D+%27A%26B%27"
        );
    }
}
