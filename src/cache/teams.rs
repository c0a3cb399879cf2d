//! `teams sync`'s load: teams, channels and members of one profile, replaced in one
//! transaction. Each row is rewritten only when a value changed, and rows the read did not
//! see again are deleted at the end, so the counts say what really changed.

use rusqlite::{Transaction, params};

use super::CacheError;
use super::graph::{DirectoryBatch, DirectoryLoad, DirectorySummary};
use super::writer::Load;

/// What the fetch hands the writer.
pub enum TeamsBatch {
    /// id, display name, description, visibility.
    Teams(Vec<[Option<String>; 4]>),
    /// team id, and per channel: id, display name, membership type, description.
    Channels(String, Vec<[Option<String>; 4]>),
    /// team id, channel id ('' for the team itself), and per member: membership id,
    /// user id, display name, email, role.
    Members(String, String, Vec<[Option<String>; 5]>),
    /// Entra users, groups and memberships (delta queries).
    Directory(DirectoryBatch),
}

#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct TableCounts {
    pub added: u64,
    pub modified: u64,
    pub deleted: u64,
    pub total: u64,
}

#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct TeamsSummary {
    pub teams: TableCounts,
    pub channels: TableCounts,
    pub members: TableCounts,
    pub directory: DirectorySummary,
    pub committed: bool,
}

pub struct TeamsLoad {
    profile: String,
    dry_run: bool,
    directory: Option<DirectoryLoad>,
    summary: TeamsSummary,
}

const TABLES: [(&str, &str); 3] = [
    ("teams", "id"),
    ("teams_channels", "team_id, id"),
    ("teams_members", "team_id, channel_id, membership_id"),
];

impl TeamsLoad {
    pub fn begin(tx: &Transaction<'_>, profile: &str, dry_run: bool) -> Result<Self, CacheError> {
        for (table, key) in TABLES {
            tx.execute_batch(&format!(
                "CREATE TEMP TABLE IF NOT EXISTS seen_{table} AS SELECT {key} FROM {table} WHERE 0;
                 DELETE FROM seen_{table};"
            ))?;
        }
        Ok(TeamsLoad {
            profile: profile.to_owned(),
            dry_run,
            directory: Some(DirectoryLoad::begin(tx, profile)?),
            summary: TeamsSummary::default(),
        })
    }
}

/// Count one upsert: a new row is an addition, a changed one a modification.
fn count(c: &mut TableCounts, existed: bool, changed: usize) {
    c.total += 1;
    match (existed, changed) {
        (false, _) => c.added += 1,
        (true, 1) => c.modified += 1,
        _ => {}
    }
}

impl Load for TeamsLoad {
    type Batch = TeamsBatch;
    type Finish = ();
    type Summary = TeamsSummary;

    fn write(&mut self, tx: &Transaction<'_>, batch: TeamsBatch) -> Result<(), CacheError> {
        let p = &self.profile;
        match batch {
            TeamsBatch::Directory(b) => {
                if let Some(d) = self.directory.as_mut() {
                    d.write(tx, b)?;
                }
            }
            TeamsBatch::Teams(rows) => {
                let mut exists =
                    tx.prepare_cached("SELECT 1 FROM teams WHERE profile = ?1 AND id = ?2")?;
                let mut up = tx.prepare_cached(
                    "INSERT INTO teams (profile, id, display_name, description, visibility) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (profile, id) DO UPDATE SET display_name = excluded.display_name,
                       description = excluded.description, visibility = excluded.visibility
                     WHERE (teams.display_name, teams.description, teams.visibility)
                       IS NOT (excluded.display_name, excluded.description, excluded.visibility)",
                )?;
                let mut seen =
                    tx.prepare_cached("INSERT OR IGNORE INTO seen_teams (id) VALUES (?1)")?;
                for [id, name, description, visibility] in rows {
                    let existed = exists.exists(params![p, id])?;
                    let n = up.execute(params![
                        p,
                        id,
                        name.unwrap_or_default(),
                        description,
                        visibility
                    ])?;
                    seen.execute(params![id])?;
                    count(&mut self.summary.teams, existed, n);
                }
            }
            TeamsBatch::Channels(team, rows) => {
                let mut exists = tx.prepare_cached(
                    "SELECT 1 FROM teams_channels WHERE profile = ?1 AND team_id = ?2 AND id = ?3",
                )?;
                let mut up = tx.prepare_cached(
                    "INSERT INTO teams_channels (profile, team_id, id, display_name, membership_type, description)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (profile, team_id, id) DO UPDATE SET display_name = excluded.display_name,
                       membership_type = excluded.membership_type, description = excluded.description
                     WHERE (teams_channels.display_name, teams_channels.membership_type, teams_channels.description)
                       IS NOT (excluded.display_name, excluded.membership_type, excluded.description)",
                )?;
                let mut seen = tx.prepare_cached(
                    "INSERT OR IGNORE INTO seen_teams_channels (team_id, id) VALUES (?1, ?2)",
                )?;
                for [id, name, kind, description] in rows {
                    let existed = exists.exists(params![p, team, id])?;
                    let n = up.execute(params![
                        p,
                        team,
                        id,
                        name.unwrap_or_default(),
                        kind,
                        description
                    ])?;
                    seen.execute(params![team, id])?;
                    count(&mut self.summary.channels, existed, n);
                }
            }
            TeamsBatch::Members(team, channel, rows) => {
                let mut exists = tx.prepare_cached(
                    "SELECT 1 FROM teams_members WHERE profile = ?1 AND team_id = ?2 AND channel_id = ?3 AND membership_id = ?4",
                )?;
                let mut up = tx.prepare_cached(
                    "INSERT INTO teams_members (profile, team_id, channel_id, membership_id, user_id, display_name, email, role)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                     ON CONFLICT (profile, team_id, channel_id, membership_id) DO UPDATE SET user_id = excluded.user_id,
                       display_name = excluded.display_name, email = excluded.email, role = excluded.role
                     WHERE (teams_members.user_id, teams_members.display_name, teams_members.email, teams_members.role)
                       IS NOT (excluded.user_id, excluded.display_name, excluded.email, excluded.role)",
                )?;
                let mut seen = tx.prepare_cached(
                    "INSERT OR IGNORE INTO seen_teams_members (team_id, channel_id, membership_id) VALUES (?1, ?2, ?3)",
                )?;
                for [mid, user, name, email, role] in rows {
                    let existed = exists.exists(params![p, team, channel, mid])?;
                    let n = up.execute(params![
                        p,
                        team,
                        channel,
                        mid,
                        user,
                        name,
                        email,
                        role.unwrap_or_default()
                    ])?;
                    seen.execute(params![team, channel, mid])?;
                    count(&mut self.summary.members, existed, n);
                }
            }
        }
        Ok(())
    }

    fn finish(mut self, tx: &Transaction<'_>, _: ()) -> Result<(TeamsSummary, bool), CacheError> {
        let p = &self.profile;
        let gone = |table: &str, key: &str| -> Result<u64, CacheError> {
            let n = tx.execute(
                &format!(
                    "DELETE FROM {table} WHERE profile = ?1 AND ({key}) NOT IN (SELECT {key} FROM seen_{table})"
                ),
                params![p],
            )?;
            Ok(n as u64)
        };
        self.summary.teams.deleted = gone(TABLES[0].0, TABLES[0].1)?;
        self.summary.channels.deleted = gone(TABLES[1].0, TABLES[1].1)?;
        self.summary.members.deleted = gone(TABLES[2].0, TABLES[2].1)?;
        if let Some(d) = self.directory.take() {
            self.summary.directory = d.finish(tx)?;
        }
        self.summary.committed = !self.dry_run;
        Ok((self.summary, !self.dry_run))
    }
}
