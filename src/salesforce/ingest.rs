//! Bulk API 2.0 ingest (reference/salesforce-api.md, Writes W1–W3): the CSV header checked
//! against describe before anything is sent, then a job created, the file streamed up from
//! disk (never held in memory; a UTF-8 BOM left out, since it would glue itself to the first
//! column's name and fail the job), closed, polled, and its three result files fetched.

use std::path::Path;

use serde_json::{Value, json};

use super::bulk::{self, JobInfo};
use super::{Client, SfError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Insert,
    Update,
    Upsert,
    Delete,
    HardDelete,
}

impl Operation {
    pub fn api(self) -> &'static str {
        match self {
            Operation::Insert => "insert",
            Operation::Update => "update",
            Operation::Upsert => "upsert",
            Operation::Delete => "delete",
            Operation::HardDelete => "hardDelete",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnding {
    Lf,
    Crlf,
}

impl LineEnding {
    pub fn api(self) -> &'static str {
        match self {
            LineEnding::Lf => "LF",
            LineEnding::Crlf => "CRLF",
        }
    }
}

/// What the file's first line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub columns: Vec<String>,
    /// Bytes before the header (a UTF-8 BOM), left out of the upload.
    pub skip: u64,
    /// Where the records start: just past the header line.
    pub body_start: u64,
    /// The job must declare the file's own line ending, or it fails as a whole.
    pub line_ending: LineEnding,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Read the header of the CSV at `path` (the first 64 KiB at most: a header is ≤ 32,000
/// characters).
pub fn read_header(path: &Path) -> Result<Header, String> {
    use std::io::Read;
    let mut buf = vec![0u8; 64 << 10];
    let mut f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut n = 0;
    while n < buf.len() {
        let k = f
            .read(&mut buf[n..])
            .map_err(|e| format!("{}: {e}", path.display()))?;
        if k == 0 {
            break;
        }
        n += k;
    }
    let head = &buf[..n];
    let skip = if head.starts_with(BOM) { BOM.len() } else { 0 };
    let body = &head[skip..];
    let end = body
        .iter()
        .position(|b| *b == b'\n')
        .ok_or_else(|| format!("{}: no header line (or one over 64 KiB)", path.display()))?;
    let line_ending = if end > 0 && body[end - 1] == b'\r' {
        LineEnding::Crlf
    } else {
        LineEnding::Lf
    };
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&body[..end]);
    let columns: Vec<String> = match r.records().next() {
        Some(Ok(rec)) => rec
            .iter()
            .map(|c| c.trim_end_matches('\r').to_owned())
            .collect(),
        _ => return Err(format!("{}: the header line is not CSV", path.display())),
    };
    if columns.iter().any(String::is_empty) {
        return Err(format!(
            "{}: the header has an empty column name",
            path.display()
        ));
    }
    Ok(Header {
        columns,
        skip: skip as u64,
        body_start: (skip + end + 1) as u64,
        line_ending,
    })
}

impl Header {
    /// The header renamed by `map` (file column → field), and the header line to send for
    /// it. Unmapped columns keep their names.
    pub fn renamed(
        &self,
        map: &std::collections::HashMap<String, String>,
    ) -> (Vec<String>, Vec<u8>) {
        let columns: Vec<String> = self
            .columns
            .iter()
            .map(|c| map.get(c).cloned().unwrap_or_else(|| c.clone()))
            .collect();
        let mut w = csv::WriterBuilder::new()
            .terminator(match self.line_ending {
                LineEnding::Lf => csv::Terminator::Any(b'\n'),
                LineEnding::Crlf => csv::Terminator::CRLF,
            })
            .from_writer(Vec::new());
        w.write_record(&columns).expect("writing to memory");
        (columns, w.into_inner().expect("writing to memory"))
    }
}

/// `--map FILE`: `file column,field` lines (a header line `from,to` is allowed).
pub fn read_map(path: &Path) -> Result<std::collections::HashMap<String, String>, String> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut map = std::collections::HashMap::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| format!("{}: {e}", path.display()))?;
        match (rec.get(0), rec.get(1)) {
            (Some("from"), Some("to")) => {}
            (Some(from), Some(to)) if !from.is_empty() && !to.is_empty() => {
                map.insert(from.to_owned(), to.to_owned());
            }
            _ => {
                return Err(format!(
                    "{}: each line is `file column,field`",
                    path.display()
                ));
            }
        }
    }
    Ok(map)
}

fn field<'a>(describe: &'a Value, name: &str) -> Option<&'a Value> {
    describe.get("fields")?.as_array()?.iter().find(|f| {
        f.get("name")
            .and_then(Value::as_str)
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    })
}

fn names(describe: &Value) -> Vec<&str> {
    describe
        .get("fields")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|f| f.get("name").and_then(Value::as_str))
        .collect()
}

/// What the org would refuse in this header for this operation, each with why: unknown
/// columns (the whole job fails on one), fields the operation cannot set, a missing Id or
/// external id column, relationship columns through no relationship.
pub fn check_header(
    describe: &Value,
    columns: &[String],
    op: Operation,
    external_id: Option<&str>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let has = |name: &str| columns.iter().any(|c| c.eq_ignore_ascii_case(name));
    match op {
        Operation::Update | Operation::Delete | Operation::HardDelete if !has("Id") => {
            problems.push(format!("{} needs an Id column", op.api()));
        }
        Operation::Upsert => match external_id {
            None => problems.push("upsert needs --external-id FIELD".into()),
            Some(x) if !has(x) => problems.push(format!("upsert by {x} needs a {x} column")),
            Some(x) => match field(describe, x) {
                Some(f)
                    if f.get("externalId") == Some(&Value::Bool(false))
                        && f.get("idLookup") == Some(&Value::Bool(false))
                        && !x.eq_ignore_ascii_case("Id") =>
                {
                    problems.push(format!("{x} is not an external id field"));
                }
                _ => {}
            },
        },
        _ => {}
    }
    if matches!(op, Operation::Delete | Operation::HardDelete) {
        return problems;
    }
    let flag = match op {
        Operation::Insert => "createable",
        _ => "updateable",
    };
    for c in columns {
        if c.eq_ignore_ascii_case("Id") && op != Operation::Insert {
            continue;
        }
        if let Some((rel, _parent_field)) = c.split_once('.') {
            // `Account.External_Id__c`: a lookup whose relationship is named `rel`.
            let known = describe
                .get("fields")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .any(|f| {
                    f.get("relationshipName")
                        .and_then(Value::as_str)
                        .is_some_and(|r| r.eq_ignore_ascii_case(rel))
                });
            if !known {
                problems.push(format!("`{c}`: no relationship named {rel}"));
            }
            continue;
        }
        match field(describe, c) {
            None => {
                let hint = crate::text::closest(c, names(describe))
                    .map(|n| format!(" (did you mean `{n}`?)"))
                    .unwrap_or_default();
                problems.push(format!("`{c}` is not a field{hint}"));
            }
            Some(f) if f.get(flag) == Some(&Value::Bool(false)) => {
                problems.push(format!("`{c}` is not {flag}"));
            }
            Some(_) => {}
        }
    }
    problems
}

/// Create the job. Sent once: a lost answer would otherwise leave a second empty job.
pub async fn create_job(
    client: &Client,
    object: &str,
    op: Operation,
    external_id: Option<&str>,
    line_ending: LineEnding,
) -> Result<JobInfo, SfError> {
    let mut body = json!({
        "object": object,
        "operation": op.api(),
        "contentType": "CSV",
        "columnDelimiter": "COMMA",
        "lineEnding": line_ending.api(),
    });
    if let Some(x) = external_id {
        body["externalIdFieldName"] = json!(x);
    }
    let reply = client.post_once("jobs/ingest", &body).await?;
    super::client::parse_json(&reply.body)
}

/// Stream the file into the job: from `header.skip` (past a BOM), or with `renamed` as the
/// header line followed by the file from its records on.
pub async fn upload(
    client: &Client,
    id: &str,
    path: &Path,
    header: &Header,
    renamed: Option<&[u8]>,
) -> Result<(), SfError> {
    let open = || -> Result<reqwest::Body, SfError> {
        use std::io::{Seek, SeekFrom};
        use tokio::io::AsyncReadExt;
        let from = if renamed.is_some() {
            header.body_start
        } else {
            header.skip
        };
        let mut f = std::fs::File::open(path)
            .map_err(|e| SfError::Config(format!("{}: {e}", path.display())))?;
        f.seek(SeekFrom::Start(from))
            .map_err(|e| SfError::Config(format!("{}: {e}", path.display())))?;
        let first = std::io::Cursor::new(renamed.unwrap_or_default().to_vec());
        let stream = tokio_util::io::ReaderStream::new(first.chain(tokio::fs::File::from_std(f)));
        Ok(reqwest::Body::wrap_stream(stream))
    };
    client
        .put_csv(&format!("jobs/ingest/{id}/batches"), open)
        .await?;
    Ok(())
}

/// Mark the upload complete: processing starts only then.
pub async fn close(client: &Client, id: &str) -> Result<JobInfo, SfError> {
    let reply = client
        .patch_json(
            &format!("jobs/ingest/{id}"),
            &json!({"state": "UploadComplete"}),
        )
        .await?;
    super::client::parse_json(&reply.body)
}

pub async fn wait(
    client: &Client,
    id: &str,
    wait: std::time::Duration,
    on_poll: impl FnMut(&JobInfo),
) -> Result<JobInfo, SfError> {
    bulk::wait_for_job(client, "ingest", id, wait, on_poll).await
}

/// The results of a finished job, as CSV: `successfulResults`, `failedResults` or
/// `unprocessedrecords`.
pub async fn results(client: &Client, id: &str, which: &str) -> Result<bytes::Bytes, SfError> {
    let reply = client
        .get_with(
            &format!("jobs/ingest/{id}/{which}/"),
            &[("accept", "text/csv".to_owned())],
        )
        .await?;
    Ok(reply.body)
}

/// The data rows of a result CSV.
pub fn count_rows(csv: &[u8]) -> u64 {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(csv)
        .records()
        .count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_read_past_a_bom_with_the_files_line_ending() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.csv");
        std::fs::write(&p, b"\xEF\xBB\xBFLastName,\"Email\"\r\nNg,ng@x\r\n").unwrap();
        let h = read_header(&p).unwrap();
        assert_eq!(h.columns, ["LastName", "Email"]);
        assert_eq!((h.skip, h.line_ending), (3, LineEnding::Crlf));
        std::fs::write(&p, b"Id\n001\n").unwrap();
        let h = read_header(&p).unwrap();
        assert_eq!((h.skip, h.line_ending), (0, LineEnding::Lf));
        std::fs::write(&p, b"Id").unwrap();
        assert!(read_header(&p).is_err());
    }

    #[test]
    fn headers_are_checked_for_what_each_operation_needs() {
        let d = json!({"fields": [
            {"name": "Id", "createable": false, "updateable": false, "idLookup": true},
            {"name": "LastName", "createable": true, "updateable": true},
            {"name": "Email", "createable": true, "updateable": true, "externalId": false, "idLookup": true},
            {"name": "Code__c", "createable": true, "updateable": true, "externalId": true},
            {"name": "CreatedDate", "createable": false, "updateable": false},
            {"name": "AccountId", "createable": true, "updateable": true, "relationshipName": "Account"}
        ]});
        let cols = |c: &[&str]| c.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(
            check_header(
                &d,
                &cols(&["LastName", "Account.Code__c"]),
                Operation::Insert,
                None
            )
            .is_empty()
        );
        assert_eq!(
            check_header(
                &d,
                &cols(&["LastNme", "CreatedDate", "Parent.X"]),
                Operation::Insert,
                None
            ),
            [
                "`LastNme` is not a field (did you mean `LastName`?)",
                "`CreatedDate` is not createable",
                "`Parent.X`: no relationship named Parent"
            ]
        );
        assert_eq!(
            check_header(&d, &cols(&["LastName"]), Operation::Update, None),
            ["update needs an Id column"]
        );
        assert!(check_header(&d, &cols(&["Id"]), Operation::Delete, None).is_empty());
        assert_eq!(
            check_header(&d, &cols(&["LastName"]), Operation::Upsert, Some("Code__c")),
            ["upsert by Code__c needs a Code__c column"]
        );
        assert!(
            check_header(
                &d,
                &cols(&["Email", "LastName"]),
                Operation::Upsert,
                Some("Email")
            )
            .is_empty()
        );
    }
}
