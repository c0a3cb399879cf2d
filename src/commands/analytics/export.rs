use std::io::Write;

use super::{
    Context, after_output, analytics_error, build, headline_only, params, window_text, write_rows,
};
use crate::cli::analytics::ExportArgs;
use crate::output::Format;

pub fn run(ctx: &Context, a: ExportArgs) -> anyhow::Result<()> {
    let format = ctx.globals.format();
    if a.name == "overview" {
        return overview(ctx, &a, format);
    }
    let mut built = build(ctx, &a.name, &a.opts)?;
    if format == Format::Html && a.opts.columns.is_empty() {
        // A page shows what a reader needs and fits its width; the data stays whole in CSV.
        headline_only(
            &mut built.report,
            "the CSV and JSON exports have them all (--columns NAME,… picks them here)",
        )?;
    }
    let (report, p) = (&built.report, &built.params);
    ctx.count(report.rows.len() as u64);
    let sink = ctx.globals.sink()?;
    if format != Format::Html {
        // These reports are opened in spreadsheets: formula-like cells are neutralized unless
        // `--csv-formulas keep` says otherwise.
        crate::output::neutralize_formulas_by_default(ctx.globals.neutralize_formulas(true));
        write_rows(ctx, report, sink, format)?;
        return after_output(built, &a.opts);
    }
    let page = crate::analytics::html::render(report, &window_text(p), &crate::utc::format(p.now))
        .map_err(|e| crate::error::AppError::failed(format!("the HTML page: {e}")))?;
    let mut sink = sink;
    sink.write_all(page.as_bytes())?;
    sink.commit()?;
    after_output(built, &a.opts)
}

/// The overview page: every section from its report's rows, read-only (findings are not
/// recorded as reported by a page).
fn overview(ctx: &Context, a: &ExportArgs, format: Format) -> anyhow::Result<()> {
    use crate::analytics::overview_page::{Theme, render};
    use crate::cli::analytics::ThemeArg;
    if format != Format::Html {
        return Err(crate::error::AppError::usage(
            "the overview is a page: --format html (or -o FILE.html)",
        )
        .into());
    }
    let cache = crate::cache::Cache::open(&ctx.globals.cache_path)?;
    let p = params(ctx, &a.opts, &cache.conn)?;
    let o = crate::analytics::overview::build(&cache.conn, &p).map_err(analytics_error)?;
    let theme = match a.theme {
        ThemeArg::Light => Theme::Light,
        ThemeArg::Dark => Theme::Dark,
        ThemeArg::Auto => Theme::Auto,
    };
    let page = render(&o, theme, &window_text(&p), &crate::utc::format(p.now))
        .map_err(|e| crate::error::AppError::failed(format!("the HTML page: {e}")))?;
    let mut sink = ctx.globals.sink()?;
    sink.write_all(page.as_bytes())?;
    sink.commit()?;
    Ok(())
}
