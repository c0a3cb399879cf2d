use super::{Context, block_on, connect, keep_renewed};
use crate::cli::teams::MeetingArgs;
use crate::error::AppError;
use crate::graph::meetings::{self, NewMeeting};
use crate::output::{TableLayout, TypedRows};
use crate::settings::teams;

/// `teams meeting create`: checked in full before the one request that creates it.
pub fn run(ctx: &Context, args: MeetingArgs) -> anyhow::Result<()> {
    let MeetingArgs {
        organizer,
        subject,
        start,
        end,
        attendees,
        optional,
        body,
        conn,
    } = args;
    let meeting = NewMeeting {
        organizer,
        subject,
        start: meetings::parse_time("--start", &start).map_err(AppError::usage)?,
        end: meetings::parse_time("--end", &end).map_err(AppError::usage)?,
        required: attendees,
        optional,
        body,
    };
    meeting.check().map_err(AppError::usage)?;
    let s = teams(&ctx.globals, &conn)?;
    let g = connect(ctx, &s, "meeting create")?;
    let created = block_on(meetings::create(&g, &meeting));
    keep_renewed(ctx, &s, &g);
    let created = created?;
    ctx.count(1);
    let mut w =
        TypedRows::new(ctx.globals.sink()?, ctx.globals.format()).layout(TableLayout::Vertical);
    w.write(&created)?;
    w.finish()?.commit()?;
    Ok(())
}
