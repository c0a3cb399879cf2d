use serde::Serialize;

use super::Context;
use crate::cli::ldap::UserArgs;
use crate::error::AppError;
use crate::ldap::account::{account_state, login_name, user_attrs};
use crate::ldap::dn::normalize;
use crate::ldap::{Directory, DirectoryKind, Entry, SearchRequest, filter, groups};
use crate::output::{TableLayout, TypedRows};

/// At most this many matches are shown; more means the name is too vague.
const MAX_MATCHES: u64 = 20;

pub fn run(ctx: &Context, args: UserArgs) -> anyhow::Result<()> {
    let UserArgs {
        conn,
        name,
        transitive,
    } = args;
    let settings = crate::settings::ldap(&ctx.globals, &conn)?;
    let format = ctx.globals.format();
    ctx.touched(
        "ldap",
        "user",
        &settings.profile_key,
        &settings.conn.urls.join(" "),
    );
    let (kind, users, graph) = super::super::block_on(async {
        let mut dir = Directory::connect(&settings.conn).await?;
        let lookup = match dir.kind {
            DirectoryKind::ActiveDirectory => {
                filter::any_equal(&["sAMAccountName", "userPrincipalName", "mail"], &name)
            }
            DirectoryKind::OpenLdap => filter::any_equal(&["uid", "mail"], &name),
        };
        let req = SearchRequest {
            base: dir.base.clone(),
            scope: ldap3::Scope::Subtree,
            filter: format!("(&{}{lookup})", settings.user_filter),
            attrs: user_attrs(dir.kind).map(str::to_owned).collect(),
            page_size: settings.page_size,
            limit: Some(MAX_MATCHES),
        };
        let mut users: Vec<Entry> = Vec::new();
        dir.search(&req, |e| {
            users.push(e);
            Ok::<(), crate::ldap::LdapFailure>(())
        })
        .await?;
        let graph = if users.is_empty() {
            None
        } else {
            Some(groups::load_graph(&mut dir, &settings.group_filter, settings.page_size).await?)
        };
        let kind = dir.kind;
        dir.unbind().await;
        Ok::<_, anyhow::Error>((kind, users, graph))
    })?;
    if users.is_empty() {
        return Err(AppError::failed(format!("no user matches `{name}`"))
            .with_hint("the name is matched exactly against uid / sAMAccountName, userPrincipalName and mail")
            .into());
    }
    let graph = graph.unwrap_or_default();
    let shape = UserRow {
        transitive: transitive.then(Transitive::default),
        ..Default::default()
    };
    let mut w = TypedRows::shaped_like(ctx.globals.sink()?, format, &shape)
        .layout(TableLayout::Vertical)
        .separator(", ");
    for u in &users {
        let st = account_state(u, kind);
        let all = graph.memberships(&normalize(&u.dn));
        let text = |a: &str| u.first_str(a).map(str::to_owned);
        w.write(&UserRow {
            dn: u.dn.clone(),
            name: login_name(u),
            display_name: text("displayName").or_else(|| text("cn")),
            mail: text("mail"),
            enabled: st.enabled,
            locked: st.locked,
            password_never_expires: st.password_never_expires,
            last_logon: st.last_logon,
            password_last_set: st.password_last_set,
            password_expires: st.password_expires,
            account_expires: st.account_expires,
            groups: all
                .iter()
                .filter(|(_, d)| *d == 1)
                .map(|(g, _)| graph.name_of(g))
                .collect(),
            transitive: transitive.then(|| Transitive {
                groups_transitive: all.iter().map(|(g, _)| graph.name_of(g)).collect(),
            }),
        })?;
    }
    w.finish()?.commit()?;
    ctx.count(users.len() as u64);
    Ok(())
}

/// One user: identity, account state and groups.
#[derive(Serialize, Default)]
struct UserRow {
    dn: String,
    name: String,
    display_name: Option<String>,
    mail: Option<String>,
    enabled: bool,
    locked: bool,
    password_never_expires: bool,
    last_logon: Option<String>,
    password_last_set: Option<String>,
    password_expires: Option<String>,
    account_expires: Option<String>,
    /// Direct memberships, by group name.
    groups: Vec<String>,
    /// With `--transitive`.
    #[serde(flatten)]
    transitive: Option<Transitive>,
}

#[derive(Serialize, Default)]
struct Transitive {
    /// Every group reached through nesting.
    groups_transitive: Vec<String>,
}
