use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

use serde_json::Value;
use time::OffsetDateTime;

use super::{Context, connect, keep_renewed};
use crate::cache::sf::{SfState, WriteCounts, WriteOp, load_state, write_object};
use crate::cache::{Cache, JobCounts, JobRecord, finish_job, start_job};
use crate::cli::sf::SyncArgs;
use crate::commands::{block_on, sync_lock};
use crate::error::AppError;
use crate::output::{Format, RowWriter};
use crate::salesforce::page_rows::RowPlan;
use crate::salesforce::query::{self, Endpoint};
use crate::salesforce::record::CellOptions;
use crate::salesforce::soql::Column;
use crate::salesforce::sync::{self, DeltaRefused, parse_datetime};
use crate::salesforce::{Client, SfError};
use crate::settings::{salesforce, sf_error};
use crate::utc::format as format_utc;

/// getDeleted reaches back 30 days at most; stay inside it.
const DELETED_WINDOW: Duration = Duration::from_secs(29 * 24 * 3600);
/// Clock skew between this machine and the org, allowed for when a full read starts.
const SKEW: Duration = Duration::from_secs(300);

struct ObjectReport {
    object: String,
    mode: &'static str,
    reason: Option<String>,
    counts: WriteCounts,
}

pub fn run(ctx: &Context, args: SyncArgs) -> anyhow::Result<()> {
    let SyncArgs {
        objects,
        full,
        no_wait,
        conn,
    } = args;
    let format = ctx.globals.format().require(
        &[Format::Table, Format::Csv, Format::Json, Format::Ndjson],
        "a sync report",
    )?;
    let mut s = salesforce(&ctx.globals, &conn)?;
    let profile = s.profile_key.clone();
    let _lock = sync_lock(ctx, "sf", &profile, no_wait)?;
    let client = connect(ctx, &s, "sync")?;
    ctx.keeps_own_job();
    let cache_path = ctx.globals.cache_path.clone();
    let cache = Cache::open(&cache_path).map_err(AppError::from)?;
    let job = JobRecord {
        source: "sf",
        command: "sync",
        profile: profile.clone(),
        target: format!("{} {}", s.client.instance_url, objects.join(",")),
        mode: if full { "full".into() } else { "auto".into() },
    };
    let job_id = start_job(&cache.conn, &job)?;
    let started = Instant::now();
    let mut reports = Vec::new();
    let mut failure = None;
    for object in &objects {
        match sync_object(ctx, &client, &profile, object, full) {
            Ok(r) => reports.push(r),
            Err(e) => {
                failure = Some((object.clone(), e));
                break;
            }
        }
    }
    keep_renewed(ctx, &mut s, &client);
    let total = reports.iter().fold(JobCounts::default(), |mut t, r| {
        t.added += r.counts.added;
        t.modified += r.counts.modified;
        t.deleted += r.counts.deleted;
        t.total += r.counts.total;
        t
    });
    ctx.count(total.total);
    if let Some((object, e)) = failure {
        let done: Vec<&str> = reports.iter().map(|r| r.object.as_str()).collect();
        let msg = format!("{object}: {e}");
        finish_job(&cache.conn, job_id, started, total, "failed", Some(&msg))?;
        let kept = if done.is_empty() {
            String::new()
        } else {
            format!(" ({} synced before it and kept)", done.join(", "))
        };
        return Err(e.context(format!(
            "sf sync of {object} failed; its table is unchanged{kept}"
        )));
    }
    let summary: Vec<String> = reports
        .iter()
        .map(|r| format!("{} {}", r.object, r.mode))
        .collect();
    finish_job(
        &cache.conn,
        job_id,
        started,
        total,
        "ok",
        Some(&summary.join(", ")),
    )?;
    for r in &reports {
        if let Some(why) = &r.reason {
            ctx.globals
                .ui
                .warn(format!("{}: full resync: {why}", r.object));
        }
    }
    if ctx.globals.ui.is_quiet() {
        return Ok(());
    }
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        format,
        [
            "profile", "object", "table", "mode", "added", "modified", "deleted", "read",
        ]
        .map(String::from)
        .to_vec(),
    );
    for r in &reports {
        w.write_row(&[
            Value::from(profile.clone()),
            Value::from(r.object.clone()),
            Value::from(crate::cache::sf::table_name(&r.object)),
            Value::from(r.mode),
            r.counts.added.into(),
            r.counts.modified.into(),
            r.counts.deleted.into(),
            r.counts.total.into(),
        ])?;
    }
    w.finish()?.commit()?;
    Ok(())
}

/// One object: decide full or delta, read, and hand the rows to a writer thread that applies
/// them in one transaction; the state (high-water mark, deletions covered) commits with them.
fn sync_object(
    ctx: &Context,
    client: &std::sync::Arc<Client>,
    profile: &str,
    object: &str,
    force_full: bool,
) -> anyhow::Result<ObjectReport> {
    let progress = ctx.globals.ui.progress(object, "records");
    let result = block_on(async {
        let (name, fields) = sync::syncable_fields(client, object).await?;
        let previous = Cache::open(&ctx.globals.cache_path)
            .and_then(|c| load_state(&c.conn, profile, &name))
            .map_err(|e| SfError::Config(format!("cache: {e}")))?;
        let now = OffsetDateTime::now_utc();
        let has_modstamp = fields.iter().any(|f| f.name == "SystemModstamp");
        let field_names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
        // Decide: a delta needs a previous run with the same fields, a mark, and a deleted
        // window that still reaches back to where the last run left off.
        let mut reason = None;
        let mut deleted = Vec::new();
        let mut covered = now - SKEW;
        let delta_from = match &previous {
            _ if force_full => None,
            None => None,
            Some(_) if !has_modstamp => {
                reason = Some("the object has no SystemModstamp".to_owned());
                None
            }
            Some(p) if field_names.iter().any(|f| !p.fields.contains(f)) => {
                reason = Some("fields were added since the last sync".to_owned());
                None
            }
            Some(SfState {
                high_water: None, ..
            }) => None,
            Some(p) => {
                let start = p
                    .deleted_covered
                    .as_deref()
                    .or(p.high_water.as_deref())
                    .and_then(parse_datetime)
                    .unwrap_or(now);
                if now - start > DELETED_WINDOW {
                    reason = Some(format!(
                        "the last sync ({}) is older than the 30-day window of deleted records",
                        format_utc(start)
                    ));
                    None
                } else {
                    match sync::deleted_between(client, &name, start, now).await {
                        Ok(d) => {
                            deleted = d.ids;
                            covered = d.covered;
                            p.high_water.clone()
                        }
                        Err(DeltaRefused::WindowLost { earliest }) => {
                            reason = Some(format!(
                                "deleted records are only known since {earliest}, after the last sync ({})",
                                format_utc(start)
                            ));
                            None
                        }
                        Err(DeltaRefused::Failed(e)) => return Err(e),
                    }
                }
            }
        };
        let full = delta_from.is_none();
        let columns: Vec<Column> = field_names
            .iter()
            .map(|n| Column::Field {
                header: n.clone(),
                path: vec![n.clone()],
            })
            .collect();
        // One page waits for the writer: SQLite is the slower side now that pages decode
        // straight into rows, so a deeper queue only holds memory (100k records × 13 fields:
        // 0.56–0.67 s and 66–69 MB with one, 0.60–0.71 s and 72–75 MB with four).
        let (tx, rx) = sync_channel::<WriteOp>(1);
        let writer = {
            let (path, profile, name, fields) = (
                ctx.globals.cache_path.clone(),
                profile.to_owned(),
                name.clone(),
                fields.clone(),
            );
            std::thread::spawn(move || write_object(&path, &profile, &name, &fields, full, rx))
        };
        let soql = sync::soql(&name, &fields, delta_from.as_deref());
        let mut high_water = delta_from
            .clone()
            .or(previous.as_ref().and_then(|p| p.high_water.clone()));
        let read = async {
            if !deleted.is_empty() {
                tx.send(WriteOp::Delete(std::mem::take(&mut deleted)))
                    .map_err(|_| writer_gone())?;
            }
            // Rows and the page's highest SystemModstamp are made on the reader's side, each
            // page decoded straight into rows (one column per field: always a plain plan).
            let plan = RowPlan::new(&columns, CellOptions { utc: true })
                .expect("single-field columns always make a row plan");
            let stamp_at = columns.iter().position(|c| c.header() == "SystemModstamp");
            let mut pages = query::stream_rows(
                client.clone(),
                query::first_path(&soql, Endpoint::Query),
                move |body| plan.decode_values(body),
                move |page| {
                    let top = stamp_at.and_then(|i| highest_stamp(&page.rows, i));
                    (page.rows, top)
                },
            );
            while let Some(page) = pages.recv().await {
                let (rows, top) = page?;
                if let Some(t) = top
                    && high_water.as_ref().is_none_or(|h| &t > h)
                {
                    high_water = Some(t);
                }
                progress.inc(rows.len() as u64);
                tx.send(WriteOp::Upsert(rows)).map_err(|_| writer_gone())?;
            }
            let state = SfState {
                fields: field_names.clone(),
                high_water: high_water.clone(),
                deleted_covered: Some(format_utc(covered)),
                last_full_at: if full {
                    Some(crate::cache::now_rfc3339())
                } else {
                    previous.as_ref().and_then(|p| p.last_full_at.clone())
                },
                last_sync_at: Some(crate::cache::now_rfc3339()),
            };
            tx.send(WriteOp::Commit(state)).map_err(|_| writer_gone())?;
            Ok::<(), SfError>(())
        }
        .await;
        drop(tx);
        let written = writer
            .join()
            .map_err(|_| SfError::Config("the cache writer panicked".into()))?;
        // A cache failure explains a failed read (the writer went away), so it comes first.
        let written = written.map_err(|e| SfError::Config(format!("cache: {e}")))?;
        read?;
        let counts = written
            .ok_or_else(|| SfError::Config("the cache writer stopped before the commit".into()))?;
        Ok(ObjectReport {
            object: name,
            mode: if full { "full" } else { "delta" },
            reason,
            counts,
        })
    });
    progress.finish();
    result.map_err(|e| sf_error(e).into())
}

/// The latest SystemModstamp among the rows (already in UTC, as every cell of a sync), the
/// text kept as stored; a value that is not a datetime is not a mark.
fn highest_stamp(rows: &[Vec<Value>], at: usize) -> Option<String> {
    rows.iter()
        .filter_map(|r| r[at].as_str())
        .filter_map(|s| Some((parse_datetime(s)?, s)))
        .max_by_key(|(t, _)| *t)
        .map(|(_, s)| s.to_owned())
}

fn writer_gone() -> SfError {
    SfError::Config("the cache writer stopped (see the error above)".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_mark_is_the_latest_datetime_among_the_rows() {
        let rows = vec![
            vec![json!("a"), json!("2024-06-01T10:00:00.000Z")],
            vec![json!("b"), Value::Null],
            vec![json!("c"), json!("not a datetime")],
            vec![json!("d"), json!("2024-06-02T09:00:00.000Z")],
            vec![json!("e"), json!("2024-05-30T23:59:59.999Z")],
        ];
        assert_eq!(
            highest_stamp(&rows, 1).as_deref(),
            Some("2024-06-02T09:00:00.000Z")
        );
        assert_eq!(highest_stamp(&rows[1..3], 1), None);
        assert_eq!(highest_stamp(&[], 1), None);
    }
}
