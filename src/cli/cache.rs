use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum CacheCommand {
    /// Where the cache is, its size, schema version and row counts
    Info,
    /// Run a read-only SQL query against the cache
    Sql {
        /// The query (the database is opened read-only)
        query: String,
    },
    /// Recent jobs: what ran, when, how long, counts and outcome
    Jobs {
        /// How many jobs to show
        #[arg(long, default_value_t = 20)]
        limit: u32,
    },
    /// Who ran what against which system with which profile, and the outcome
    Audit {
        /// Only runs since: 30d, 12w, 6mo, 1y, a date or an RFC 3339 instant
        #[arg(long, value_name = "30d|DATE")]
        since: Option<String>,
        /// Only runs against this system (ldap, sf, sso, analytics, …)
        #[arg(long, value_name = "SYSTEM")]
        system: Option<String>,
        /// How many rows to show at most (newest first)
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Reclaim free space (VACUUM) and checkpoint the write-ahead log
    Vacuum,
}
