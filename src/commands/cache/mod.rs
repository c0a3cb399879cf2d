mod audit;
mod info;
mod jobs;
mod sql;
mod vacuum;

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
            buf.push(crate::cache::sql_value(r.get_ref(i)?));
        }
        w.write_row(&buf)?;
    }
    Ok(w.finish()?)
}
