//! `teams sync`: Entra users, groups and memberships by delta query, then every team, its
//! channels and members (and the members of its private and shared channels, which differ
//! from the team's) into the cache as one run. Fetching and writing overlap through the
//! writer's bounded queue; a failure anywhere rolls the whole run back, so the cache keeps
//! the previous sync and the previous deltaLinks.

use super::GraphError;
use super::client::Graph;
use super::directory;
use super::teams::{self, ChannelRow, MemberRow, TeamRow};
use crate::cache::CacheWriter;
use crate::cache::graph::{DirectoryBatch, Resource};
use crate::cache::teams::{TeamsBatch, TeamsLoad, TeamsSummary};
use crate::progress::Progress;

/// Batches waiting for the writer before the fetch waits too.
const QUEUED: usize = 8;

pub struct SyncOptions {
    pub dry_run: bool,
    /// Read users and groups from the beginning, not from the stored deltaLinks.
    pub full: bool,
}

pub async fn sync_teams(
    g: &Graph,
    cache: &CacheWriter,
    profile: &str,
    opts: SyncOptions,
    progress: &dyn Progress,
) -> Result<TeamsSummary, SyncError> {
    let SyncOptions { dry_run, full } = opts;
    let links = if full {
        Default::default()
    } else {
        let profile = profile.to_owned();
        cache
            .call(move |c| crate::cache::graph::delta_links(c, &profile))
            .await?
    };
    let run = {
        let profile = profile.to_owned();
        cache
            .begin(QUEUED, move |tx| TeamsLoad::begin(tx, &profile, dry_run))
            .await?
    };
    let fetched = async {
        for r in [Resource::Users, Resource::Groups] {
            progress.set_message(r.name());
            read_directory(g, &run, r, links.get(&r).map(String::as_str)).await?;
        }
        let mut all: Vec<TeamRow> = Vec::new();
        teams::each_team(g, |rows| {
            all.extend(rows);
            Ok(())
        })
        .await?;
        run.send(TeamsBatch::Teams(all.iter().map(team_cells).collect()))
            .await
            .map_err(|_| SyncError::WriterStopped)?;
        for t in &all {
            progress.set_message(&t.display_name);
            let mut channels: Vec<ChannelRow> = Vec::new();
            teams::each_channel(g, &t.id, |rows| {
                channels.extend(rows);
                Ok(())
            })
            .await?;
            run.send(TeamsBatch::Channels(
                t.id.clone(),
                channels.iter().map(channel_cells).collect(),
            ))
            .await
            .map_err(|_| SyncError::WriterStopped)?;
            send_members(g, &run, &t.id, None).await?;
            for c in channels
                .iter()
                .filter(|c| matches!(c.membership_type.as_deref(), Some("private" | "shared")))
            {
                send_members(g, &run, &t.id, Some(&c.id)).await?;
            }
            progress.inc(1);
        }
        Ok::<_, SyncError>(())
    }
    .await;
    match fetched {
        Ok(()) => Ok(run.finish(()).await?),
        Err(e) => {
            // The writer's own error explains a stopped run better than "writer stopped".
            let writer = run.abort().await;
            Err(match (e, writer) {
                (SyncError::WriterStopped, Some(w)) => SyncError::Cache(w),
                (e, _) => e,
            })
        }
    }
}

/// One resource by delta query: from the stored deltaLink, or from the beginning when there
/// is none or Graph no longer honours it (a warning says so).
async fn read_directory(
    g: &Graph,
    run: &crate::cache::Run<TeamsLoad>,
    r: Resource,
    stored: Option<&str>,
) -> Result<(), SyncError> {
    let send = |b: DirectoryBatch| async move {
        run.send(TeamsBatch::Directory(b))
            .await
            .map_err(|_| SyncError::WriterStopped)
    };
    let read = |from: String| async move {
        let mut rd = directory::DeltaRead::new(g, r, &from);
        while let Some(changes) = rd.next().await? {
            send(DirectoryBatch::Changes(r, changes)).await?;
        }
        Ok::<_, SyncError>(rd.delta_link.unwrap_or_default())
    };
    let initial = directory::initial_url(r);
    let start = |whole: bool| DirectoryBatch::Start { resource: r, whole };
    send(start(stored.is_none())).await?;
    let link = match stored {
        None => read(initial).await?,
        Some(link) => match read(link.to_owned()).await {
            Err(SyncError::Graph(e)) if directory::needs_resync(&e) => {
                tracing::warn!(
                    "Graph no longer has the {} delta state ({}); reading all {} again",
                    r.name(),
                    e.code().unwrap_or("410 Gone"),
                    r.name()
                );
                send(start(true)).await?;
                read(initial).await?
            }
            other => other?,
        },
    };
    send(DirectoryBatch::Done {
        resource: r,
        delta_link: link,
    })
    .await
}

async fn send_members(
    g: &Graph,
    run: &crate::cache::Run<TeamsLoad>,
    team: &str,
    channel: Option<&str>,
) -> Result<(), SyncError> {
    let mut rows: Vec<MemberRow> = Vec::new();
    teams::each_member(g, team, channel, |r| {
        rows.extend(r);
        Ok(())
    })
    .await?;
    run.send(TeamsBatch::Members(
        team.to_owned(),
        channel.unwrap_or("").to_owned(),
        rows.iter().map(member_cells).collect(),
    ))
    .await
    .map_err(|_| SyncError::WriterStopped)
}

fn team_cells(t: &TeamRow) -> [Option<String>; 4] {
    [
        Some(t.id.clone()),
        Some(t.display_name.clone()),
        t.description.clone(),
        t.visibility.clone(),
    ]
}

fn channel_cells(c: &ChannelRow) -> [Option<String>; 4] {
    [
        Some(c.id.clone()),
        Some(c.display_name.clone()),
        c.membership_type.clone(),
        c.description.clone(),
    ]
}

fn member_cells(m: &MemberRow) -> [Option<String>; 5] {
    [
        Some(m.membership_id.clone()),
        m.user_id.clone(),
        m.display_name.clone(),
        m.email.clone(),
        Some(m.role.to_owned()),
    ]
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error(transparent)]
    Cache(#[from] crate::cache::CacheError),
    #[error("the cache writer stopped")]
    WriterStopped,
}

impl crate::error::ExitClass for SyncError {
    fn exit_kind(&self) -> crate::error::ExitKind {
        match self {
            SyncError::Graph(e) => e.exit_kind(),
            SyncError::Cache(e) => e.exit_kind(),
            SyncError::WriterStopped => crate::error::ExitKind::Failed,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            SyncError::Graph(e) => e.hint(),
            SyncError::Cache(e) => e.hint(),
            SyncError::WriterStopped => None,
        }
    }
}
