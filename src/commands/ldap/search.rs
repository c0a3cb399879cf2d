use super::Context;
use crate::cli::ldap::{ScopeArg, SearchArgs};
use crate::error::{AppError, ExitKind};
use crate::ldap::{Directory, SearchRequest, search_scope};
use crate::output::{EntryOptions, EntryWriter, Format};

pub fn run(ctx: &Context, args: SearchArgs) -> anyhow::Result<()> {
    let SearchArgs {
        conn,
        filter,
        attrs,
        scope,
        page_size,
        limit,
        no_wrap,
        decode,
        mv_separator,
    } = args;
    let settings = crate::settings::ldap(&ctx.globals, &conn)?;
    let format = ctx.globals.format();
    if format == Format::Csv && attrs.iter().all(|a| a == "*" || a == "+") {
        return Err(AppError::usage("CSV needs the attribute names as columns")
            .with_hint("list them: atomctl ldap search '(uid=*)' uid cn mail --format csv")
            .into());
    }
    if ldap3::parse_filter(&filter).is_err() {
        return Err(AppError::usage(format!("`{filter}` is not a valid LDAP filter"))
            .with_hint("filters look like (uid=jdoe) or (&(objectClass=person)(mail=*@example.com)); escape * ( ) \\ in values as \\2a \\28 \\29 \\5c")
            .into());
    }
    let scope = match scope {
        ScopeArg::Base => "base",
        ScopeArg::One => "one",
        ScopeArg::Sub => "sub",
    };
    ctx.touched(
        "ldap",
        "search",
        &settings.profile_key,
        &settings.conn.urls.join(" "),
    );
    let ui = &ctx.globals.ui;
    let opts = EntryOptions {
        attrs: attrs.clone(),
        decode,
        wrap: !no_wrap,
        separator: mv_separator,
    };
    let mut writer = EntryWriter::new(ctx.globals.sink()?, format, &opts);
    let outcome = super::super::block_on(async {
        let mut dir = Directory::connect(&settings.conn).await?;
        ui.detail(format!(
            "connected to {} ({}), base {}",
            dir.url,
            dir.kind.name(),
            dir.base
        ));
        let req = SearchRequest {
            base: dir.base.clone(),
            scope: search_scope(scope),
            filter: filter.clone(),
            attrs: attrs.clone(),
            page_size: page_size.unwrap_or(settings.page_size),
            limit,
        };
        let out = dir
            .search(&req, |e| {
                writer.write(&e).map_err(crate::ldap::LdapFailure::Output)
            })
            .await?;
        dir.unbind().await;
        Ok::<_, anyhow::Error>(out)
    })?;
    for r in &outcome.references {
        ui.detail(format!("skipped continuation reference: {r}"));
        writer.reference(r)?;
    }
    writer.finish()?.commit()?;
    ctx.count(outcome.entries);
    ui.detail(format!("{} entries", outcome.entries));
    if let Some(why) = outcome.partial {
        return Err(AppError::new(ExitKind::Partial, format!("partial result: {why}; the {} entries written are valid but not all that match", outcome.entries))
            .with_hint("the server limits this bind DN; bind as a DN with a higher size limit (size.prtotal on OpenLDAP) or narrow the filter")
            .into());
    }
    Ok(())
}
