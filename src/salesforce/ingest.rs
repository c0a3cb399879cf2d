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

/// The column delimiters an ingest job can declare (`columnDelimiter`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delimiter {
    Comma,
    Semicolon,
    Tab,
    Pipe,
    Caret,
    Backquote,
}

impl Delimiter {
    pub const ALL: [Delimiter; 6] = [
        Delimiter::Comma,
        Delimiter::Semicolon,
        Delimiter::Tab,
        Delimiter::Pipe,
        Delimiter::Caret,
        Delimiter::Backquote,
    ];

    pub fn api(self) -> &'static str {
        match self {
            Delimiter::Comma => "COMMA",
            Delimiter::Semicolon => "SEMICOLON",
            Delimiter::Tab => "TAB",
            Delimiter::Pipe => "PIPE",
            Delimiter::Caret => "CARET",
            Delimiter::Backquote => "BACKQUOTE",
        }
    }

    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
            Delimiter::Pipe => b'|',
            Delimiter::Caret => b'^',
            Delimiter::Backquote => b'`',
        }
    }

    /// The delimiter a header line uses: the candidate found most often outside quotes
    /// (field names hold none of them), comma when there is only one column. A wrong one
    /// would make the header one unknown column and fail the whole job.
    fn detect(line: &[u8]) -> Delimiter {
        let mut counts = [0usize; 6];
        let mut quoted = false;
        for b in line {
            if *b == b'"' {
                quoted = !quoted;
            } else if !quoted && let Some(i) = Self::ALL.iter().position(|d| d.byte() == *b) {
                counts[i] += 1;
            }
        }
        let best = (0..6)
            .max_by_key(|i| (counts[*i], usize::MAX - i))
            .unwrap_or(0);
        if counts[best] == 0 {
            Delimiter::Comma
        } else {
            Self::ALL[best]
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
    /// The header line as the file has it (line ending included, BOM not).
    pub line: Vec<u8>,
    /// The file's column delimiter, declared by the job.
    pub delimiter: Delimiter,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Read the header of the CSV at `path` (the first 64 KiB at most: a header is ≤ 32,000
/// characters), in `delimiter` or the one the header line uses.
pub fn read_header(path: &Path, delimiter: Option<Delimiter>) -> Result<Header, String> {
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
    let delimiter = delimiter.unwrap_or_else(|| Delimiter::detect(&body[..end]));
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter.byte())
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
        line: body[..=end].to_vec(),
        delimiter,
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
            .delimiter(self.delimiter.byte())
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

/// The lookup field a relationship column (`Account.External_Id__c`) goes through.
fn relationship<'a>(describe: &'a Value, rel: &str) -> Option<&'a Value> {
    describe.get("fields")?.as_array()?.iter().find(|f| {
        f.get("relationshipName")
            .and_then(Value::as_str)
            .is_some_and(|r| r.eq_ignore_ascii_case(rel))
    })
}

/// The describe entry a header column sets: the field, or for `Rel.Field` the lookup.
pub fn column_field<'a>(describe: &'a Value, column: &str) -> Option<&'a Value> {
    match column.split_once('.') {
        Some((rel, _)) => relationship(describe, rel),
        None => field(describe, column),
    }
}

/// The objects behind the header's relationship columns, to describe before checking.
fn parent_objects(describe: &Value, columns: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in columns {
        let Some((rel, _)) = c.split_once('.') else {
            continue;
        };
        let targets = relationship(describe, rel)
            .and_then(|f| f.get("referenceTo"))
            .and_then(Value::as_array);
        for t in targets.into_iter().flatten().filter_map(Value::as_str) {
            if !out.iter().any(|o| o == t) {
                out.push(t.to_owned());
            }
        }
    }
    out
}

/// [`check_header`] with the relationship columns' parent objects described first.
pub async fn check_columns(
    client: &Client,
    describe: &Value,
    columns: &[String],
    op: Operation,
    external_id: Option<&str>,
) -> Result<Vec<String>, SfError> {
    let mut parents = std::collections::HashMap::new();
    for object in parent_objects(describe, columns) {
        let d = super::describe(client, Some(&object)).await?;
        parents.insert(object, d);
    }
    Ok(check_header(describe, &parents, columns, op, external_id))
}

/// A field a child row may name its parent by: the Id, an `idLookup` field, an external id.
fn indexed(f: &Value) -> bool {
    f.get("externalId") == Some(&Value::Bool(true))
        || f.get("idLookup") == Some(&Value::Bool(true))
        || f.get("name")
            .and_then(Value::as_str)
            .is_some_and(|n| n.eq_ignore_ascii_case("Id"))
}

/// What the org would refuse in this header for this operation, each with why: unknown
/// columns (the whole job fails on one), fields the operation cannot set, a missing Id or
/// external id column, relationship columns through no relationship or naming a parent
/// field that cannot identify a record. `parents` holds the describes of the objects the
/// relationship columns point at.
pub fn check_header(
    describe: &Value,
    parents: &std::collections::HashMap<String, Value>,
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
                Some(f) if !indexed(f) => {
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
        if let Some((rel, parent_field)) = c.split_once('.') {
            // `Account.External_Id__c`: a lookup whose relationship is named `rel`, and a
            // parent field that identifies one record.
            let Some(lookup) = relationship(describe, rel) else {
                problems.push(format!("`{c}`: no relationship named {rel}"));
                continue;
            };
            if lookup.get(flag) == Some(&Value::Bool(false)) {
                problems.push(format!("`{c}`: the lookup behind {rel} is not {flag}"));
                continue;
            }
            let targets: Vec<&str> = lookup
                .get("referenceTo")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let found: Vec<&Value> = targets
                .iter()
                .filter_map(|t| parents.get(*t))
                .filter_map(|d| field(d, parent_field))
                .collect();
            if found.is_empty()
                && !targets.is_empty()
                && targets.iter().all(|t| parents.contains_key(*t))
            {
                problems.push(format!(
                    "`{c}`: {} has no field {parent_field}",
                    targets.join("/")
                ));
            } else if !found.is_empty() && !found.iter().any(|f| indexed(f)) {
                problems.push(format!(
                    "`{c}`: {parent_field} is not an external id or lookup field of {}, so it cannot name a parent record",
                    targets.join("/")
                ));
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
    header: &Header,
) -> Result<JobInfo, SfError> {
    let mut body = json!({
        "object": object,
        "operation": op.api(),
        "contentType": "CSV",
        "columnDelimiter": header.delimiter.api(),
        "lineEnding": header.line_ending.api(),
    });
    if let Some(x) = external_id {
        body["externalIdFieldName"] = json!(x);
    }
    let reply = client.post_once("jobs/ingest", &body).await?;
    super::client::parse_json(&reply.body)
}

/// Copy the CSV at `from` into `to` with every cell that is exactly `null_text` written
/// as `#N/A`, the value that sets a field to null (an empty cell leaves it unchanged on
/// update). One record at a time, in the file's own line ending; the header is kept as is
/// and a BOM dropped.
pub fn rewrite_nulls(
    from: &Path,
    header: &Header,
    to: impl std::io::Write,
    null_text: &str,
) -> Result<(), String> {
    use std::io::{Seek, SeekFrom};
    let err = |e: &dyn std::fmt::Display| format!("{}: {e}", from.display());
    let mut f = std::fs::File::open(from).map_err(|e| err(&e))?;
    f.seek(SeekFrom::Start(header.skip)).map_err(|e| err(&e))?;
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(header.delimiter.byte())
        .from_reader(std::io::BufReader::with_capacity(1 << 20, f));
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .delimiter(header.delimiter.byte())
        .terminator(match header.line_ending {
            LineEnding::Lf => csv::Terminator::Any(b'\n'),
            LineEnding::Crlf => csv::Terminator::CRLF,
        })
        .from_writer(std::io::BufWriter::with_capacity(1 << 20, to));
    let mut rec = csv::ByteRecord::new();
    let mut out = csv::ByteRecord::new();
    let mut first = true;
    while r.read_byte_record(&mut rec).map_err(|e| err(&e))? {
        if first {
            first = false;
            w.write_byte_record(&rec).map_err(|e| err(&e))?;
            continue;
        }
        out.clear();
        for cell in &rec {
            out.push_field(if cell == null_text.as_bytes() {
                b"#N/A"
            } else {
                cell
            });
        }
        w.write_byte_record(&out).map_err(|e| err(&e))?;
    }
    w.flush().map_err(|e| err(&e))?;
    Ok(())
}

/// Finds where CSV records end in bytes read block by block: at a newline outside quotes
/// (a doubled quote inside a quoted value closes and reopens it, which comes to the same).
#[derive(Default)]
pub struct RecordEnds {
    in_quotes: bool,
}

impl RecordEnds {
    /// Call `end` with the index just past each record's newline in `block`.
    pub fn scan<E>(
        &mut self,
        block: &[u8],
        mut end: impl FnMut(usize) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut i = 0;
        while i < block.len() {
            if self.in_quotes {
                match memchr::memchr(b'"', &block[i..]) {
                    Some(k) => {
                        self.in_quotes = false;
                        i += k + 1;
                    }
                    None => break,
                }
            } else {
                match memchr::memchr2(b'"', b'\n', &block[i..]) {
                    Some(k) if block[i + k] == b'"' => {
                        self.in_quotes = true;
                        i += k + 1;
                    }
                    Some(k) => {
                        end(i + k + 1)?;
                        i += k + 1;
                    }
                    None => break,
                }
            }
        }
        Ok(())
    }

    /// Inside a quoted value: at the end of the data, one that never closes.
    pub fn in_quotes(&self) -> bool {
        self.in_quotes
    }
}

/// Raw bytes per upload. The limit is 150 MB after base64 encoding, so ≤ 100 MB as sent
/// (reference W1.2); a bigger file goes up as several jobs.
pub const UPLOAD_LIMIT: u64 = 100_000_000;

/// A run of whole records in the file, sent as one job with the header line in front.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    pub start: u64,
    pub end: u64,
    pub rows: u64,
}

/// Cut the file's records (from `header.body_start`) into chunks that fit one upload each
/// with a `header_len`-byte header line in front, at most `max_rows` records apiece. The
/// file is read once, in blocks; a record ends at a newline outside quotes, so a quoted
/// value's line breaks never split it. An unterminated quote or a record bigger than the
/// limit is refused here, before any job exists.
pub fn plan(
    path: &Path,
    header: &Header,
    header_len: u64,
    max_bytes: u64,
    max_rows: u64,
) -> Result<Vec<Chunk>, String> {
    use std::io::{Read, Seek, SeekFrom};
    let err = |e: std::io::Error| format!("{}: {e}", path.display());
    let mut f = std::fs::File::open(path).map_err(err)?;
    f.seek(SeekFrom::Start(header.body_start)).map_err(err)?;
    let mut chunks = Vec::new();
    let mut cur = Chunk {
        start: header.body_start,
        end: header.body_start,
        rows: 0,
    };
    let mut record_start = header.body_start;
    let mut pos = header.body_start;
    // Called at each record's end (just past its newline, or at the end of the file).
    let mut end_record = |cur: &mut Chunk, start: u64, end: u64, blank: bool| {
        // A blank line is not a record: it counts against the size, not the rows.
        if cur.rows > 0
            && (header_len + (end - cur.start) > max_bytes || (!blank && cur.rows >= max_rows))
        {
            chunks.push(*cur);
            *cur = Chunk {
                start,
                end: start,
                rows: 0,
            };
        }
        if header_len + (end - cur.start) > max_bytes {
            return Err(format!(
                "{}: the record at byte {start} is {} bytes, more than one upload may hold",
                path.display(),
                end - start
            ));
        }
        cur.end = end;
        cur.rows += u64::from(!blank);
        Ok(())
    };
    let mut buf = vec![0u8; 1 << 20];
    let mut last = 0u8; // the previous block's last byte
    let mut ends = RecordEnds::default();
    loop {
        let n = f.read(&mut buf).map_err(err)?;
        if n == 0 {
            break;
        }
        let block = &buf[..n];
        ends.scan(block, |i| {
            let end = pos + i as u64;
            let before = if i >= 2 { block[i - 2] } else { last };
            let blank = end - record_start == 1 || (end - record_start == 2 && before == b'\r');
            end_record(&mut cur, record_start, end, blank)?;
            record_start = end;
            Ok::<_, String>(())
        })?;
        pos += n as u64;
        last = block[n - 1];
    }
    if ends.in_quotes() {
        return Err(format!(
            "{}: the record at byte {record_start} has a quoted value that never ends",
            path.display()
        ));
    }
    if pos > record_start {
        end_record(&mut cur, record_start, pos, false)?;
    }
    if cur.rows > 0 {
        chunks.push(cur);
    }
    Ok(chunks)
}

/// Stream `head` (the header line) and then the chunk's bytes of the file into the job;
/// `sent` hears of each piece as the upload reads it (for a progress bar).
///
/// An upload whose answer never came is sent again, to the same job: the id came back
/// from our own create, so no other job is touched and no second job is made. One upload
/// per job is the rule, so if the lost attempt did land, the org refuses the repeat with
/// "Found multiple contents", which confirms the data is there.
pub async fn upload(
    client: &Client,
    id: &str,
    path: &Path,
    head: &[u8],
    chunk: Chunk,
    sent: std::sync::Arc<dyn Fn(u64) + Send + Sync>,
) -> Result<(), SfError> {
    let open = || -> Result<reqwest::Body, SfError> {
        use std::io::{Seek, SeekFrom};
        use tokio::io::AsyncReadExt;
        let mut f = std::fs::File::open(path)
            .map_err(|e| SfError::Config(format!("{}: {e}", path.display())))?;
        f.seek(SeekFrom::Start(chunk.start))
            .map_err(|e| SfError::Config(format!("{}: {e}", path.display())))?;
        let records = tokio::fs::File::from_std(f).take(chunk.end - chunk.start);
        let sent = sent.clone();
        let body = tokio_util::io::InspectReader::new(
            std::io::Cursor::new(head.to_vec()).chain(records),
            move |piece: &[u8]| sent(piece.len() as u64),
        );
        let stream = tokio_util::io::ReaderStream::with_capacity(body, 256 << 10);
        Ok(reqwest::Body::wrap_stream(stream))
    };
    let mut attempts = 0u32;
    loop {
        attempts += 1;
        match client
            .put_csv(&format!("jobs/ingest/{id}/batches"), open)
            .await
        {
            Ok(_) => {
                tracing::debug!(job = id, bytes = chunk.end - chunk.start, "uploaded");
                return Ok(());
            }
            Err(SfError::Unconfirmed(why)) if attempts < 3 => {
                tracing::warn!("the upload to job {id} was interrupted ({why}); sending it again");
                tokio::time::sleep(std::time::Duration::from_millis(500 * u64::from(attempts)))
                    .await;
            }
            Err(SfError::Api { message, .. })
                if attempts > 1 && message.contains("multiple contents") =>
            {
                tracing::info!("job {id} already holds the interrupted upload");
                return Ok(());
            }
            Err(e) => return Err(e),
        }
    }
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

/// Poll until the job is done, however it ended (a `Failed` job has unprocessed rows).
pub async fn wait(
    client: &Client,
    id: &str,
    wait: std::time::Duration,
    rows: Option<u64>,
    on_poll: impl FnMut(&JobInfo),
) -> Result<JobInfo, SfError> {
    bulk::wait_until_done(client, "ingest", id, wait, rows, on_poll).await
}

/// Give up on a job: the org processes nothing more of it (rows already done stay done).
pub async fn abort(client: &Client, id: &str) -> Result<JobInfo, SfError> {
    let reply = client
        .patch_json(&format!("jobs/ingest/{id}"), &json!({"state": "Aborted"}))
        .await?;
    super::client::parse_json(&reply.body)
}

/// Fetch a finished job's `successfulResults`, `failedResults` or `unprocessedrecords`
/// CSV into `file`, streamed (a million-row result is larger than atomctl's memory
/// budget), and count its records on the way.
pub async fn results(
    client: &Client,
    id: &str,
    which: &str,
    file: &std::fs::File,
) -> Result<u64, SfError> {
    let mut sink = ResultFile {
        out: std::io::BufWriter::with_capacity(1 << 20, file),
        rows: RowCount::default(),
    };
    client
        .download(
            &format!("jobs/ingest/{id}/{which}/"),
            &[("accept", "text/csv".to_owned())],
            &mut sink,
        )
        .await?;
    use std::io::Write;
    sink.out.flush().map_err(SfError::Output)?;
    tracing::debug!(
        job = id,
        which,
        rows = sink.rows.records(),
        "results fetched"
    );
    Ok(sink.rows.records())
}

/// A result file being written, its records counted as they pass.
struct ResultFile<'a> {
    out: std::io::BufWriter<&'a std::fs::File>,
    rows: RowCount,
}

impl super::client::BodySink for ResultFile<'_> {
    fn start(&mut self) -> std::io::Result<()> {
        use std::io::{Seek, Write};
        self.out.flush()?;
        self.out.get_ref().set_len(0)?;
        self.out.get_mut().rewind()?;
        self.rows = RowCount::default();
        Ok(())
    }

    fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        use std::io::Write;
        self.rows.feed(chunk);
        self.out.write_all(chunk)
    }
}

/// Counts the data records of a CSV (the header not counted) fed in pieces.
#[derive(Default)]
pub struct RowCount {
    ends: RecordEnds,
    records: u64,
    /// Bytes after the last record end: a last record without a newline.
    trailing: bool,
}

impl RowCount {
    pub fn feed(&mut self, block: &[u8]) {
        if block.is_empty() {
            return;
        }
        let (mut records, mut last_end) = (0, None);
        self.ends
            .scan(block, |i| {
                records += 1;
                last_end = Some(i);
                Ok::<_, std::convert::Infallible>(())
            })
            .unwrap_or_else(|e| match e {});
        self.records += records;
        self.trailing = last_end.is_none_or(|e| e < block.len());
    }

    pub fn records(&self) -> u64 {
        (self.records + u64::from(self.trailing)).saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_read_past_a_bom_with_the_files_line_ending() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.csv");
        std::fs::write(&p, b"\xEF\xBB\xBFLastName,\"Email\"\r\nNg,ng@x\r\n").unwrap();
        let h = read_header(&p, None).unwrap();
        assert_eq!(h.columns, ["LastName", "Email"]);
        assert_eq!((h.skip, h.line_ending), (3, LineEnding::Crlf));
        std::fs::write(&p, b"Id\n001\n").unwrap();
        let h = read_header(&p, None).unwrap();
        assert_eq!((h.skip, h.line_ending), (0, LineEnding::Lf));
        std::fs::write(&p, b"Id").unwrap();
        assert!(read_header(&p, None).is_err());
    }

    #[test]
    fn headers_are_checked_for_what_each_operation_needs() {
        let d = json!({"fields": [
            {"name": "Id", "createable": false, "updateable": false, "idLookup": true},
            {"name": "LastName", "createable": true, "updateable": true},
            {"name": "Email", "createable": true, "updateable": true, "externalId": false, "idLookup": true},
            {"name": "Code__c", "createable": true, "updateable": true, "externalId": true},
            {"name": "CreatedDate", "createable": false, "updateable": false},
            {"name": "AccountId", "createable": true, "updateable": true, "relationshipName": "Account", "referenceTo": ["Account"]}
        ]});
        let parents: std::collections::HashMap<String, Value> = [(
            "Account".to_owned(),
            json!({"fields": [
                {"name": "Id", "idLookup": true},
                {"name": "Code__c", "externalId": true},
                {"name": "Name", "idLookup": false}
            ]}),
        )]
        .into();
        let cols = |c: &[&str]| c.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(
            check_header(
                &d,
                &parents,
                &cols(&["LastName", "Account.Code__c"]),
                Operation::Insert,
                None
            )
            .is_empty()
        );
        assert_eq!(
            check_header(
                &d,
                &parents,
                &cols(&[
                    "LastNme",
                    "CreatedDate",
                    "Parent.X",
                    "Account.Name",
                    "Account.Nope"
                ]),
                Operation::Insert,
                None
            ),
            [
                "`LastNme` is not a field (did you mean `LastName`?)",
                "`CreatedDate` is not createable",
                "`Parent.X`: no relationship named Parent",
                "`Account.Name`: Name is not an external id or lookup field of Account, so it cannot name a parent record",
                "`Account.Nope`: Account has no field Nope"
            ]
        );
        assert_eq!(
            check_header(&d, &parents, &cols(&["LastName"]), Operation::Update, None),
            ["update needs an Id column"]
        );
        assert!(check_header(&d, &parents, &cols(&["Id"]), Operation::Delete, None).is_empty());
        assert_eq!(
            check_header(
                &d,
                &parents,
                &cols(&["LastName"]),
                Operation::Upsert,
                Some("Code__c")
            ),
            ["upsert by Code__c needs a Code__c column"]
        );
        assert!(
            check_header(
                &d,
                &parents,
                &cols(&["Email", "LastName"]),
                Operation::Upsert,
                Some("Email")
            )
            .is_empty()
        );
    }

    #[test]
    fn records_are_cut_into_jobs_at_record_ends_never_inside_quotes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.csv");
        // Record 2 holds a quoted newline and a doubled quote; a blank line follows it.
        let body = "Name,Note\na,x\nb,\"two\nlines \"\"q\"\"\"\n\nc,z\nd,w";
        std::fs::write(&p, body).unwrap();
        let h = read_header(&p, None).unwrap();
        let text = |c: &Chunk| body[c.start as usize..c.end as usize].to_owned();
        let all = plan(&p, &h, 10, u64::MAX, u64::MAX).unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!((all[0].rows, text(&all[0])), (4, body[10..].to_owned()));
        let two = plan(&p, &h, 10, u64::MAX, 2).unwrap();
        assert_eq!(
            two.iter().map(|c| (c.rows, text(c))).collect::<Vec<_>>(),
            [
                (2, "a,x\nb,\"two\nlines \"\"q\"\"\"\n\n".to_owned()),
                (2, "c,z\nd,w".to_owned())
            ]
        );
        // By bytes: the header (10) plus at most 21 bytes of records (record 2 and the
        // blank line after it).
        let small = plan(&p, &h, 10, 31, u64::MAX).unwrap();
        assert_eq!(small.iter().map(|c| c.rows).collect::<Vec<_>>(), [1, 1, 2]);
        assert!(
            plan(&p, &h, 10, 29, u64::MAX)
                .unwrap_err()
                .contains("more than one upload")
        );
        std::fs::write(&p, "Name\n\"never closed\n").unwrap();
        let h = read_header(&p, None).unwrap();
        assert!(
            plan(&p, &h, 5, u64::MAX, u64::MAX)
                .unwrap_err()
                .contains("never ends")
        );
    }

    #[test]
    fn null_text_cells_become_explicit_nulls_and_nothing_else_changes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.csv");
        std::fs::write(
            &p,
            "\u{feff}Id,Phone,Note\r\n001,NULL,\"a, NULL\"\r\n002,,NULL\r\n",
        )
        .unwrap();
        let h = read_header(&p, None).unwrap();
        let mut out = Vec::new();
        rewrite_nulls(&p, &h, &mut out, "NULL").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Id,Phone,Note\r\n001,#N/A,\"a, NULL\"\r\n002,,#N/A\r\n"
        );
    }

    #[test]
    fn result_rows_are_counted_as_records_not_lines() {
        // Fed in pieces of 3 bytes, so records and quotes straddle the pieces.
        let count = |s: &str| {
            let mut c = RowCount::default();
            for piece in s.as_bytes().chunks(3) {
                c.feed(piece);
            }
            c.records()
        };
        assert_eq!(count("\"sf__Id\",\"Note\"\n"), 0);
        assert_eq!(
            count("\"sf__Id\",\"Note\"\n\"1\",\"a\nb\"\n\"2\",\"x\"\"y\"\n"),
            2
        );
        assert_eq!(count("Id\n1\n2"), 2, "a last record without a newline");
        assert_eq!(count(""), 0);
    }

    #[test]
    fn the_delimiter_is_the_one_the_header_uses() {
        let d = |line: &str| Delimiter::detect(line.as_bytes());
        assert_eq!(d("Id;Title;\"A,B\""), Delimiter::Semicolon);
        assert_eq!(d("Id,Title"), Delimiter::Comma);
        assert_eq!(d("Id\tTitle\tEmail"), Delimiter::Tab);
        assert_eq!(d("Id|Title"), Delimiter::Pipe);
        assert_eq!(d("Id"), Delimiter::Comma);
    }
}
