//! The cache writer: the one connection a process writes through, on a blocking thread of
//! its own, so that rusqlite never runs on an async worker and a sync's fetching overlaps
//! its storing.
//!
//! Two kinds of work reach the thread over one bounded queue, in order:
//!
//! - a [`CacheWriter::call`]: a closure over the connection whose answer comes back (a
//!   delta's lookups, a delta's apply, the job and audit rows);
//! - a [`Run`]: one transaction fed with batches over a bounded channel of its own (an async
//!   `send` that waits when the writer is behind, so memory stays flat), which a [`Load`]
//!   applies and which commits only in [`Run::finish`]. A run that is dropped, aborted or
//!   fails on any batch rolls back as a whole: readers, and a killed process, see the
//!   previous state.
//!
//! The connection is opened, and the schema migrated, once per writer; a command opens one
//! writer for everything it stores. Work is served in order, so a call queued while a run is
//! open waits for that run to end: ask what a run needs before beginning it.
//!
//! A cache file the writer creates is loaded with a rollback journal and switched to the WAL
//! when the writer closes: nothing else can hold data in a file that did not exist, so there
//! is no reader for the WAL to serve, and the first sync's rows are written once instead of
//! twice. (Another process opening the new file meanwhile waits for the load's commit, up to
//! the 30 s busy timeout; every later open finds the WAL.)

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use rusqlite::{Connection, Transaction, TransactionBehavior};
use tokio::sync::{mpsc, oneshot};

use super::{Cache, CacheError};

/// Work queued for the writer thread. Only calls and run starts go through here (a run's
/// batches have their own channel), so a short queue is enough.
type Job = Box<dyn FnOnce(&mut Connection) + Send>;
const JOB_QUEUE: usize = 4;

/// A handle to the writer thread. Dropping it lets queued work finish, then closes the
/// connection.
pub struct CacheWriter {
    jobs: Option<mpsc::Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    path: PathBuf,
}

/// What one sync stores in one transaction: batches in, a summary out.
pub trait Load: Send + 'static {
    type Batch: Send + 'static;
    /// What the engine knows only at the end (the new sync state), stored with the commit.
    type Finish: Send + 'static;
    type Summary: Send + 'static;

    fn write(&mut self, tx: &Transaction<'_>, batch: Self::Batch) -> Result<(), CacheError>;

    /// The last writes of the run. The summary, and whether to commit (a dry run does not).
    fn finish(
        self,
        tx: &Transaction<'_>,
        end: Self::Finish,
    ) -> Result<(Self::Summary, bool), CacheError>;
}

enum RunMsg<L: Load> {
    Batch(L::Batch),
    Finish(L::Finish),
    Abort,
}

/// One transaction in progress on the writer thread.
pub struct Run<L: Load> {
    batches: Batches<L>,
    done: oneshot::Receiver<Result<L::Summary, CacheError>>,
}

/// A cloneable way to feed a run's batches from several tasks at once.
pub struct Batches<L: Load>(mpsc::Sender<RunMsg<L>>);

impl<L: Load> Clone for Batches<L> {
    fn clone(&self) -> Self {
        Batches(self.0.clone())
    }
}

/// The run stopped taking batches: it failed (its error comes from [`Run::abort`] or
/// [`Run::finish`]) or the writer is gone.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the cache writer stopped")]
pub struct WriterStopped;

impl From<WriterStopped> for CacheError {
    fn from(_: WriterStopped) -> Self {
        CacheError::WriterGone
    }
}

impl CacheWriter {
    /// Start the writer thread and open the cache on it (creating it and migrating the
    /// schema); returns once the cache is open, with the error if it could not be.
    pub fn open(path: &Path) -> Result<CacheWriter, CacheError> {
        let (jobs, mut queue) = mpsc::channel::<Job>(JOB_QUEUE);
        let (ready, opened) = std::sync::mpsc::sync_channel(1);
        let owned = path.to_path_buf();
        let thread = std::thread::Builder::new()
            .name("cache-writer".into())
            .spawn(move || {
                let (mut cache, fresh) = match Cache::open_for_writer(&owned) {
                    Ok(c) => {
                        let _ = ready.send(Ok(()));
                        c
                    }
                    Err(e) => {
                        let _ = ready.send(Err(e));
                        return;
                    }
                };
                while let Some(job) = queue.blocking_recv() {
                    job(&mut cache.conn);
                }
                if fresh {
                    // Best effort: if another connection holds the file, its own open (or the
                    // next one) sets the WAL instead.
                    let _ = cache.conn.pragma_update(None, "journal_mode", "WAL");
                }
            })
            .map_err(|e| CacheError::Thread(e.to_string()))?;
        match opened.recv() {
            Ok(Ok(())) => Ok(CacheWriter {
                jobs: Some(jobs),
                thread: Some(thread),
                path: path.to_path_buf(),
            }),
            Ok(Err(e)) => {
                let _ = thread.join();
                Err(e)
            }
            Err(_) => {
                let _ = thread.join();
                Err(CacheError::WriterGone)
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn jobs(&self) -> &mpsc::Sender<Job> {
        self.jobs
            .as_ref()
            .expect("the job queue lives as long as the handle")
    }

    fn job<R, F>(f: F) -> (Job, oneshot::Receiver<Result<R, CacheError>>)
    where
        F: FnOnce(&mut Connection) -> Result<R, CacheError> + Send + 'static,
        R: Send + 'static,
    {
        let (answer, answered) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            let _ = answer.send(f(conn));
        });
        (job, answered)
    }

    /// Run `f` on the writer's connection, after the work queued before it, and wait for
    /// its answer.
    pub async fn call<R, F>(&self, f: F) -> Result<R, CacheError>
    where
        F: FnOnce(&mut Connection) -> Result<R, CacheError> + Send + 'static,
        R: Send + 'static,
    {
        let (job, answered) = Self::job(f);
        self.jobs()
            .send(job)
            .await
            .map_err(|_| CacheError::WriterGone)?;
        answered.await.map_err(|_| CacheError::WriterGone)?
    }

    /// [`call`](Self::call) from synchronous code (a command before or after its async
    /// part). Must not be used inside the runtime.
    pub fn call_blocking<R, F>(&self, f: F) -> Result<R, CacheError>
    where
        F: FnOnce(&mut Connection) -> Result<R, CacheError> + Send + 'static,
        R: Send + 'static,
    {
        let (job, answered) = Self::job(f);
        self.jobs()
            .blocking_send(job)
            .map_err(|_| CacheError::WriterGone)?;
        answered
            .blocking_recv()
            .map_err(|_| CacheError::WriterGone)?
    }

    /// Open a transaction and build the run's [`Load`] inside it. `depth` batches may wait
    /// for the writer before `send` waits too: enough to keep the writer busy, few enough
    /// that a run of large batches cannot pile up in memory.
    pub async fn begin<L, B>(&self, depth: usize, begin: B) -> Result<Run<L>, CacheError>
    where
        L: Load,
        B: FnOnce(&Transaction<'_>) -> Result<L, CacheError> + Send + 'static,
    {
        let (batches, mut inbox) = mpsc::channel::<RunMsg<L>>(depth.max(1));
        let (report, done) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            let result = (|| {
                // IMMEDIATE: take the write lock now rather than fail to upgrade a read
                // transaction later when another process wrote in between.
                let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
                let mut load = begin(&tx)?;
                loop {
                    match inbox.blocking_recv() {
                        Some(RunMsg::Batch(b)) => load.write(&tx, b)?,
                        Some(RunMsg::Finish(end)) => {
                            let (summary, commit) = load.finish(&tx, end)?;
                            if commit {
                                let t = std::time::Instant::now();
                                tx.commit()?;
                                tracing::debug!(ms = t.elapsed().as_millis() as u64, "committed");
                            } else {
                                tx.rollback()?;
                            }
                            return Ok(summary);
                        }
                        // Dropping `tx` rolls the run back.
                        Some(RunMsg::Abort) | None => return Err(CacheError::Abandoned),
                    }
                }
            })();
            // Stop taking batches before answering, so that a sender blocked on a full
            // channel wakes up with `WriterStopped` instead of waiting forever.
            drop(inbox);
            let _ = report.send(result);
        });
        self.jobs()
            .send(job)
            .await
            .map_err(|_| CacheError::WriterGone)?;
        Ok(Run {
            batches: Batches(batches),
            done,
        })
    }
}

impl Drop for CacheWriter {
    fn drop(&mut self) {
        // Closing the queue ends the thread after the work already queued.
        self.jobs.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl<L: Load> Batches<L> {
    /// Queue a batch; waits while the run's channel is full.
    pub async fn send(&self, batch: L::Batch) -> Result<(), WriterStopped> {
        self.0
            .send(RunMsg::Batch(batch))
            .await
            .map_err(|_| WriterStopped)
    }
}

impl<L: Load> Run<L> {
    /// A sender for the run's batches (cloneable, for several fetch tasks).
    pub fn batches(&self) -> Batches<L> {
        self.batches.clone()
    }

    /// Queue a batch; waits while the run's channel is full.
    pub async fn send(&self, batch: L::Batch) -> Result<(), WriterStopped> {
        self.batches.send(batch).await
    }

    /// Store the end state and commit (or, when the load says so, roll back); the run's
    /// summary, or the error that stopped it.
    pub async fn finish(self, end: L::Finish) -> Result<L::Summary, CacheError> {
        // A failed send means the run already stopped; its own error is in `done`.
        let _ = self.batches.0.send(RunMsg::Finish(end)).await;
        self.done.await.map_err(|_| CacheError::WriterGone)?
    }

    /// Roll the run back. Returns the error the writer stopped with, if it stopped first:
    /// that error explains a failed fetch better than the fetch's own "writer stopped".
    pub async fn abort(self) -> Option<CacheError> {
        let _ = self.batches.0.send(RunMsg::Abort).await;
        match self.done.await {
            Ok(Err(CacheError::Abandoned)) | Ok(Ok(_)) => None,
            Ok(Err(e)) => Some(e),
            Err(_) => Some(CacheError::WriterGone),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::params;

    /// Numbers into a table of their own; a batch holding a negative number fails.
    struct Numbers {
        written: u64,
    }

    impl Load for Numbers {
        type Batch = Vec<i64>;
        type Finish = bool;
        type Summary = u64;

        fn write(&mut self, tx: &Transaction<'_>, batch: Vec<i64>) -> Result<(), CacheError> {
            for n in batch {
                if n < 0 {
                    return Err(CacheError::Sql(rusqlite::Error::InvalidQuery));
                }
                tx.execute("INSERT INTO numbers (n) VALUES (?1)", params![n])?;
                self.written += 1;
            }
            Ok(())
        }

        fn finish(self, tx: &Transaction<'_>, commit: bool) -> Result<(u64, bool), CacheError> {
            tx.execute("INSERT INTO numbers (n) VALUES (-1)", [])?;
            Ok((self.written, commit))
        }
    }

    fn writer() -> (tempfile::TempDir, CacheWriter) {
        let dir = tempfile::tempdir().unwrap();
        let w = CacheWriter::open(&dir.path().join("cache.db")).unwrap();
        w.call_blocking(|c| Ok(c.execute_batch("CREATE TABLE numbers (n INTEGER)")?))
            .unwrap();
        (dir, w)
    }

    /// What a reader on another connection sees.
    fn count(w: &CacheWriter) -> i64 {
        let c = Connection::open(w.path()).unwrap();
        c.query_row("SELECT count(*) FROM numbers", [], |r| r.get(0))
            .unwrap()
    }

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    #[test]
    fn batches_commit_together_and_only_at_finish() {
        let (_d, w) = writer();
        rt().block_on(async {
            let run = w.begin(2, |_| Ok(Numbers { written: 0 })).await.unwrap();
            for i in 0..10 {
                run.send((i * 100..(i + 1) * 100).collect()).await.unwrap();
            }
            assert_eq!(count(&w), 0, "nothing is visible before finish");
            assert_eq!(run.finish(true).await.unwrap(), 1000);
        });
        assert_eq!(count(&w), 1001, "the rows and the finish's own write");
    }

    #[test]
    fn a_failed_batch_rolls_the_whole_run_back_and_says_why() {
        let (_d, w) = writer();
        w.call_blocking(|c| Ok(c.execute("INSERT INTO numbers (n) VALUES (7)", [])?))
            .unwrap();
        rt().block_on(async {
            let run = w.begin(1, |_| Ok(Numbers { written: 0 })).await.unwrap();
            run.send(vec![1, 2, 3]).await.unwrap();
            run.send(vec![4, -5, 6]).await.unwrap();
            // The run has stopped: later sends fail instead of waiting forever...
            let mut stopped = false;
            for _ in 0..10 {
                if run.send(vec![8]).await.is_err() {
                    stopped = true;
                    break;
                }
            }
            assert!(stopped, "a stopped run refuses batches");
            // ...and finish reports the batch's own error, not a generic one.
            let err = run.finish(true).await.unwrap_err();
            assert!(matches!(err, CacheError::Sql(_)), "{err:?}");
        });
        assert_eq!(count(&w), 1, "only what was there before the run");
        // The writer goes on serving after a failed run.
        let n: i64 = w
            .call_blocking(|c| Ok(c.query_row("SELECT count(*) FROM numbers", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(n, 1);
    }

    #[test]
    fn abort_and_a_dry_run_keep_nothing() {
        let (_d, w) = writer();
        rt().block_on(async {
            let run = w.begin(2, |_| Ok(Numbers { written: 0 })).await.unwrap();
            run.send(vec![1, 2]).await.unwrap();
            assert!(run.abort().await.is_none(), "an abort is not an error");
            let run = w.begin(2, |_| Ok(Numbers { written: 0 })).await.unwrap();
            run.send(vec![1, 2]).await.unwrap();
            assert_eq!(run.finish(false).await.unwrap(), 2, "counted, not kept");
        });
        assert_eq!(count(&w), 0);
    }

    #[test]
    fn a_full_channel_holds_the_sender_back() {
        let (_d, w) = writer();
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            // The writer is busy with a slow call, so the run cannot start taking batches.
            let (release, hold) = std::sync::mpsc::channel::<()>();
            let slow = w.call(move |_| {
                hold.recv().ok();
                Ok(())
            });
            let run = async {
                let run = w.begin(2, |_| Ok(Numbers { written: 0 })).await.unwrap();
                run.send(vec![1]).await.unwrap();
                run.send(vec![2]).await.unwrap();
                // The channel holds two: the third send waits for the writer.
                let third =
                    tokio::time::timeout(std::time::Duration::from_millis(200), run.send(vec![3]))
                        .await;
                assert!(third.is_err(), "the third batch waited");
                release.send(()).unwrap();
                run.send(vec![3]).await.unwrap();
                run.finish(true).await.unwrap()
            };
            let (s, written) = tokio::join!(slow, run);
            s.unwrap();
            assert_eq!(written, 3);
        });
        assert_eq!(count(&w), 4);
    }

    #[test]
    fn a_cache_that_cannot_be_opened_is_an_error_at_open() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-dir");
        std::fs::write(&file, "x").unwrap();
        let err = CacheWriter::open(&file.join("cache.db"))
            .err()
            .expect("a file is not a directory");
        assert!(matches!(err, CacheError::Open { .. }), "{err:?}");
    }
}
