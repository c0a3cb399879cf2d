use super::{Context, block_on, connect, end_listing, keep_renewed};
use crate::cli::teams::{MembersArgs, RoleArg};
use crate::graph::GraphError;
use crate::graph::teams::{self, Role};
use crate::output::TypedRows;
use crate::settings::teams as settings;

/// A team's members (or a channel's), with owner / member / guest roles, streamed.
pub fn run(ctx: &Context, args: MembersArgs) -> anyhow::Result<()> {
    let MembersArgs {
        team,
        channel,
        role,
        conn,
    } = args;
    let role = role.map(|r| match r {
        RoleArg::Owner => Role::Owner,
        RoleArg::Member => Role::Member,
        RoleArg::Guest => Role::Guest,
    });
    let s = settings(&ctx.globals, &conn)?;
    let g = connect(ctx, &s, "members")?;
    let mut w = TypedRows::new(ctx.globals.sink()?, ctx.globals.format());
    let mut n = 0u64;
    let outcome = block_on(async {
        let t = teams::find_team(&g, &team).await?;
        let channel_id = match &channel {
            Some(c) => Some(teams::find_channel(&g, &t, c).await?.id),
            None => None,
        };
        teams::each_member(&g, &t.id, channel_id.as_deref(), |rows| {
            for r in rows.iter().filter(|r| role.is_none_or(|k| k.keeps(r))) {
                w.write(r).map_err(GraphError::Output)?;
                n += 1;
            }
            w.flush().map_err(GraphError::Output)
        })
        .await
    });
    keep_renewed(ctx, &s, &g);
    end_listing(ctx, w, n, outcome)
}
