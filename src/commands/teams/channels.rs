use super::{Context, block_on, connect, end_listing, keep_renewed};
use crate::cli::teams::ChannelsArgs;
use crate::graph::{GraphError, teams};
use crate::output::TypedRows;
use crate::settings::teams as settings;

pub fn run(ctx: &Context, args: ChannelsArgs) -> anyhow::Result<()> {
    let ChannelsArgs { team, conn } = args;
    let s = settings(&ctx.globals, &conn)?;
    let g = connect(ctx, &s, "channels")?;
    let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
    let mut n = 0u64;
    let outcome = block_on(async {
        let t = teams::find_team(&g, &team).await?;
        teams::each_channel(&g, &t.id, |rows| {
            for r in &rows {
                w.write(r).map_err(GraphError::Output)?;
            }
            n += rows.len() as u64;
            w.flush().map_err(GraphError::Output)
        })
        .await
    });
    keep_renewed(ctx, &s, &g);
    end_listing(ctx, w, n, outcome)
}
