//! Entra ID users, groups and memberships as Graph delta queries report them, written by
//! `teams sync` inside its one transaction (see `cache::teams`).
//!
//! A delta answer is a list of changes, not of rows: an item carries its id and *at least*
//! the properties that changed, so a change sets only the columns it names and keeps the
//! others. A resource read from the start (first run, `--full`, or a resync Graph asked for)
//! is a whole copy instead: what it did not mention is deleted at the end.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Transaction, params, params_from_iter};

use super::CacheError;
use super::teams::TableCounts;

/// How a change is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Write {
    /// A new row.
    Insert,
    /// An existing row, only where a value differs (Graph replays changes, and a whole read
    /// repeats every row), so the count says what really changed.
    Update,
    /// Into a table that was empty: new, or an earlier item of the same object.
    Upsert,
}

/// The two resources read by delta query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Resource {
    Users,
    Groups,
}

impl Resource {
    pub fn name(self) -> &'static str {
        match self {
            Resource::Users => "users",
            Resource::Groups => "groups",
        }
    }

    fn table(self) -> &'static str {
        match self {
            Resource::Users => "graph_users",
            Resource::Groups => "graph_groups",
        }
    }

    /// The columns a change may set: what is safe to splice into SQL.
    fn columns(self) -> &'static [&'static str] {
        match self {
            Resource::Users => &[
                "upn",
                "mail",
                "display_name",
                "enabled",
                "user_type",
                "immutable_id",
                "sid",
                "department",
            ],
            Resource::Groups => &[
                "display_name",
                "description",
                "mail",
                "security_enabled",
                "group_types",
            ],
        }
    }
}

/// One item of a delta page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Change {
    pub id: String,
    /// `@removed`: deleted (or soft-deleted, which is gone from the tenant's view too).
    pub removed: bool,
    /// The columns the item carried, with their values (None: null).
    pub set: Vec<(&'static str, Option<String>)>,
    /// Groups: `members@delta` additions as (member id, member type).
    pub members_added: Vec<(String, String)>,
    /// Groups: `members@delta` items marked `@removed`.
    pub members_removed: Vec<String>,
}

/// What the fetch hands the writer for the directory part of a run.
pub enum DirectoryBatch {
    /// A resource's read begins; `whole` when it starts from the beginning (anything not
    /// read again is deleted at the end). Sent again when a resync restarts it.
    Start {
        resource: Resource,
        whole: bool,
    },
    Changes(Resource, Vec<Change>),
    /// The read ended with this deltaLink: where the next run starts.
    Done {
        resource: Resource,
        delta_link: String,
    },
}

/// How a resource was read this run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    #[default]
    Delta,
    Full,
}

#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct DirectorySummary {
    pub users: TableCounts,
    pub groups: TableCounts,
    pub members: TableCounts,
    pub users_mode: Mode,
    pub groups_mode: Mode,
}

/// The directory half of a `teams sync` load.
pub struct DirectoryLoad {
    profile: String,
    whole: HashMap<Resource, bool>,
    /// Resources read whole into tables that held nothing for the profile: rows are only
    /// inserted, and there is nothing to look up or to delete at the end.
    fresh: HashMap<Resource, bool>,
    /// Statement text per resource, set of columns (a bit per column) and kind.
    sql: HashMap<(Resource, u32, Write), String>,
    links: Vec<(Resource, String)>,
    pub summary: DirectorySummary,
}

/// The deltaLinks stored for a profile (where its next delta reads start).
pub fn delta_links(
    conn: &rusqlite::Connection,
    profile: &str,
) -> Result<HashMap<Resource, String>, CacheError> {
    let mut out = HashMap::new();
    for r in [Resource::Users, Resource::Groups] {
        let link: Option<String> = conn
            .query_row(
                "SELECT delta_link FROM graph_delta WHERE profile = ?1 AND resource = ?2",
                params![profile, r.name()],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(l) = link {
            out.insert(r, l);
        }
    }
    Ok(out)
}

impl DirectoryLoad {
    pub fn begin(tx: &Transaction<'_>, profile: &str) -> Result<Self, CacheError> {
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS seen_graph_users (id TEXT PRIMARY KEY) WITHOUT ROWID;
             CREATE TEMP TABLE IF NOT EXISTS seen_graph_groups (id TEXT PRIMARY KEY) WITHOUT ROWID;
             CREATE TEMP TABLE IF NOT EXISTS seen_graph_members (group_id TEXT, member_id TEXT,
               PRIMARY KEY (group_id, member_id)) WITHOUT ROWID;
             DELETE FROM seen_graph_users; DELETE FROM seen_graph_groups; DELETE FROM seen_graph_members;",
        )?;
        Ok(DirectoryLoad {
            profile: profile.to_owned(),
            whole: HashMap::new(),
            fresh: HashMap::new(),
            sql: HashMap::new(),
            links: Vec::new(),
            summary: DirectorySummary::default(),
        })
    }

    pub fn write(&mut self, tx: &Transaction<'_>, batch: DirectoryBatch) -> Result<(), CacheError> {
        match batch {
            DirectoryBatch::Start { resource, whole } => {
                self.whole.insert(resource, whole);
                let empty = |table: &str| -> Result<bool, CacheError> {
                    Ok(!tx
                        .prepare(&format!("SELECT 1 FROM {table} WHERE profile = ?1 LIMIT 1"))?
                        .exists(params![self.profile])?)
                };
                let fresh = whole
                    && empty(resource.table())?
                    && (resource == Resource::Users || empty("graph_members")?);
                self.fresh.insert(resource, fresh);
                if fresh {
                    // Built again by sorting at the end, faster than row by row.
                    let table = resource.table();
                    for (name, sql) in super::schema::GRAPH_INDEXES {
                        let of_table = sql.contains(&format!(" ON {table} "));
                        let members =
                            resource == Resource::Groups && sql.contains(" ON graph_members ");
                        if of_table || members {
                            tx.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
                        }
                    }
                }
                // A restarted read forgets what the abandoned one saw.
                tx.execute(&format!("DELETE FROM seen_{}", resource.table()), [])?;
                if resource == Resource::Groups {
                    tx.execute("DELETE FROM seen_graph_members", [])?;
                }
                let mode = if whole { Mode::Full } else { Mode::Delta };
                match resource {
                    Resource::Users => self.summary.users_mode = mode,
                    Resource::Groups => self.summary.groups_mode = mode,
                }
            }
            DirectoryBatch::Changes(resource, changes) => self.apply(tx, resource, changes)?,
            DirectoryBatch::Done {
                resource,
                delta_link,
            } => self.links.push((resource, delta_link)),
        }
        Ok(())
    }

    fn counts(&mut self, r: Resource) -> &mut TableCounts {
        match r {
            Resource::Users => &mut self.summary.users,
            Resource::Groups => &mut self.summary.groups,
        }
    }

    /// The statement that writes the columns in `mask`.
    fn statement(&mut self, r: Resource, mask: u32, kind: Write) -> &str {
        self.sql.entry((r, mask, kind)).or_insert_with(|| {
            let cols: Vec<&str> = r
                .columns()
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, c)| *c)
                .collect();
            let marks: Vec<String> = (0..cols.len()).map(|i| format!("?{}", i + 3)).collect();
            let table = r.table();
            let insert = format!(
                "INSERT INTO {table} (profile, id{}) VALUES (?1, ?2{})",
                cols.iter().map(|c| format!(", {c}")).collect::<String>(),
                marks.iter().map(|m| format!(", {m}")).collect::<String>()
            );
            if kind == Write::Insert {
                insert
            } else if kind == Write::Upsert && cols.is_empty() {
                format!("{insert} ON CONFLICT (profile, id) DO NOTHING")
            } else if kind == Write::Upsert {
                let assign: Vec<String> =
                    cols.iter().map(|c| format!("{c} = excluded.{c}")).collect();
                format!(
                    "{insert} ON CONFLICT (profile, id) DO UPDATE SET {}",
                    assign.join(", ")
                )
            } else {
                let assign: Vec<String> = cols
                    .iter()
                    .zip(&marks)
                    .map(|(c, m)| format!("{c} = {m}"))
                    .collect();
                format!(
                    "UPDATE {table} SET {} WHERE profile = ?1 AND id = ?2 AND ({}) IS NOT ({})",
                    assign.join(", "),
                    cols.join(", "),
                    marks.join(", ")
                )
            }
        })
    }

    fn apply(
        &mut self,
        tx: &Transaction<'_>,
        r: Resource,
        changes: Vec<Change>,
    ) -> Result<(), CacheError> {
        let p = self.profile.clone();
        let table = r.table();
        let whole = self.whole.get(&r).copied().unwrap_or(false);
        let fresh = self.fresh.get(&r).copied().unwrap_or(false);
        let mut exists = tx.prepare_cached(&format!(
            "SELECT 1 FROM {table} WHERE profile = ?1 AND id = ?2"
        ))?;
        let mut delete = tx.prepare_cached(&format!(
            "DELETE FROM {table} WHERE profile = ?1 AND id = ?2"
        ))?;
        let mut delete_members = tx.prepare_cached(
            "DELETE FROM graph_members WHERE profile = ?1 AND (group_id = ?2 OR member_id = ?2)",
        )?;
        let mut seen = tx.prepare_cached(&format!(
            "INSERT OR IGNORE INTO seen_{table} (id) VALUES (?1)"
        ))?;
        let mut add = tx.prepare_cached(
            "INSERT OR IGNORE INTO graph_members (profile, group_id, member_id, member_type) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut seen_member = tx.prepare_cached(
            "INSERT OR IGNORE INTO seen_graph_members (group_id, member_id) VALUES (?1, ?2)",
        )?;
        let mut remove = tx.prepare_cached(
            "DELETE FROM graph_members WHERE profile = ?1 AND group_id = ?2 AND member_id = ?3",
        )?;
        let columns = r.columns();
        for c in changes {
            if c.removed {
                if exists.exists(params![p, c.id])? {
                    delete.execute(params![p, c.id])?;
                    self.counts(r).deleted += 1;
                }
                // Memberships of and in a removed object go with it.
                let n = delete_members.execute(params![p, c.id])?;
                self.summary.members.deleted += n as u64;
                continue;
            }
            let mut mask = 0u32;
            let mut values: Vec<Option<&str>> = Vec::with_capacity(c.set.len() + 2);
            values.push(Some(p.as_str()));
            values.push(Some(c.id.as_str()));
            for (i, col) in columns.iter().enumerate() {
                if let Some((_, v)) = c.set.iter().find(|(name, _)| name == col) {
                    mask |= 1 << i;
                    values.push(v.as_deref());
                }
            }
            if fresh {
                // Counted at the end (everything there is new); a group repeated over
                // several items, in any order and replayed, lands in one row.
                let sql = self.statement(r, mask, Write::Upsert).to_owned();
                tx.prepare_cached(&sql)?
                    .execute(params_from_iter(values.iter()))?;
            } else if !exists.exists(params![p, c.id])? {
                let sql = self.statement(r, mask, Write::Insert).to_owned();
                tx.prepare_cached(&sql)?
                    .execute(params_from_iter(values.iter()))?;
                self.counts(r).added += 1;
            } else if mask != 0 {
                let sql = self.statement(r, mask, Write::Update).to_owned();
                let n = tx
                    .prepare_cached(&sql)?
                    .execute(params_from_iter(values.iter()))?;
                if n > 0 {
                    self.counts(r).modified += 1;
                }
            }
            if whole && !fresh {
                seen.execute(params![c.id])?;
            }
            for (member, kind) in &c.members_added {
                let n = add.execute(params![p, c.id, member, kind])?;
                self.summary.members.added += n as u64;
                if whole && !fresh {
                    seen_member.execute(params![c.id, member])?;
                }
            }
            for member in &c.members_removed {
                let n = remove.execute(params![p, c.id, member])?;
                self.summary.members.deleted += n as u64;
            }
        }
        Ok(())
    }

    /// Delete what a whole read did not see, store the deltaLinks, count what is there.
    pub fn finish(mut self, tx: &Transaction<'_>) -> Result<DirectorySummary, CacheError> {
        let p = self.profile.clone();
        for r in [Resource::Users, Resource::Groups] {
            // A fresh read held nothing before: nothing to delete.
            if !self.whole.get(&r).copied().unwrap_or(false)
                || self.fresh.get(&r).copied().unwrap_or(false)
            {
                continue;
            }
            let table = r.table();
            let n = tx.execute(
                &format!(
                    "DELETE FROM {table} WHERE profile = ?1 AND id NOT IN (SELECT id FROM seen_{table})"
                ),
                params![p],
            )?;
            self.counts(r).deleted += n as u64;
            if r == Resource::Groups {
                let n = tx.execute(
                    "DELETE FROM graph_members WHERE profile = ?1
                       AND (group_id, member_id) NOT IN (SELECT group_id, member_id FROM seen_graph_members)",
                    params![p],
                )?;
                self.summary.members.deleted += n as u64;
            }
        }
        for (_, sql) in super::schema::GRAPH_INDEXES {
            tx.execute_batch(sql)?;
        }
        let now = super::now_rfc3339();
        for (r, link) in &self.links {
            let whole = self.whole.get(r).copied().unwrap_or(false);
            tx.execute(
                "INSERT INTO graph_delta (profile, resource, delta_link, last_full_at, last_sync_at)
                 VALUES (?1, ?2, ?3, CASE WHEN ?4 THEN ?5 END, ?5)
                 ON CONFLICT (profile, resource) DO UPDATE SET delta_link = excluded.delta_link,
                   last_full_at = coalesce(excluded.last_full_at, graph_delta.last_full_at),
                   last_sync_at = excluded.last_sync_at",
                params![p, r.name(), link, whole, now],
            )?;
        }
        // Totals are what the tables hold now: a delta run reads only the changes.
        for (table, counts) in [
            ("graph_users", &mut self.summary.users),
            ("graph_groups", &mut self.summary.groups),
            ("graph_members", &mut self.summary.members),
        ] {
            let n: i64 = tx.query_row(
                &format!("SELECT count(*) FROM {table} WHERE profile = ?1"),
                params![p],
                |r| r.get(0),
            )?;
            counts.total = n as u64;
        }
        // A fresh read added everything there is.
        for (r, fresh) in &self.fresh {
            if *fresh {
                let total = match r {
                    Resource::Users => self.summary.users.total,
                    Resource::Groups => self.summary.groups.total,
                };
                match r {
                    Resource::Users => self.summary.users.added = total,
                    Resource::Groups => {
                        self.summary.groups.added = total;
                        self.summary.members.added = self.summary.members.total;
                    }
                }
            }
        }
        Ok(self.summary)
    }
}
