use super::{Context, block_on, connect, end_listing, keep_renewed};
use crate::cli::teams::TeamsConnArgs;
use crate::graph::{GraphError, teams};
use crate::output::TypedRows;
use crate::settings::teams as settings;

/// Every team, streamed: each page is written as it arrives.
pub fn run(ctx: &Context, args: TeamsConnArgs) -> anyhow::Result<()> {
    let s = settings(&ctx.globals, &args)?;
    let g = connect(ctx, &s, "list")?;
    let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
    let mut n = 0u64;
    let outcome = block_on(teams::each_team(&g, |rows| {
        for r in &rows {
            w.write(r).map_err(GraphError::Output)?;
        }
        n += rows.len() as u64;
        w.flush().map_err(GraphError::Output)
    }));
    keep_renewed(ctx, &s, &g);
    end_listing(ctx, w, n, outcome)
}
