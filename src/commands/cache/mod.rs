mod audit;
mod info;
mod jobs;
mod sql;
mod vacuum;

use rusqlite::types::ValueRef;
use serde_json::Value;

use super::Context;
use crate::cli::cache::CacheCommand;
use crate::output::{Format, RowWriter};

pub fn run(ctx: &Context, cmd: CacheCommand) -> anyhow::Result<()> {
    match cmd {
        CacheCommand::Info => info::run(ctx),
        CacheCommand::Sql { query } => sql::run(ctx, &query),
        CacheCommand::Jobs { limit } => jobs::run(ctx, limit),
        CacheCommand::Audit {
            since,
            system,
            limit,
        } => audit::run(ctx, since.as_deref(), system.as_deref(), limit),
        CacheCommand::Vacuum => vacuum::run(ctx),
    }
}

/// Stream any prepared statement's rows to a row writer, columns named as the query names them.
fn stream_statement<W: std::io::Write>(
    st: &mut rusqlite::Statement<'_>,
    params: impl rusqlite::Params,
    out: W,
    format: Format,
) -> anyhow::Result<W> {
    let cols: Vec<String> = st.column_names().map(str::to_owned).collect();
    let n = cols.len();
    let mut w = RowWriter::new(out, format, cols);
    let mut rows = st.query(params)?;
    let mut buf = Vec::with_capacity(n);
    while let Some(r) = rows.next()? {
        buf.clear();
        for i in 0..n {
            buf.push(match r.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(i) => Value::from(i),
                ValueRef::Real(f) => serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .unwrap_or(Value::Null),
                ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(b) => {
                    use base64::Engine;
                    Value::String(base64::engine::general_purpose::STANDARD.encode(b))
                }
            });
        }
        w.write_row(&buf)?;
    }
    Ok(w.finish()?)
}
