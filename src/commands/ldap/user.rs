use serde_json::{Value, json};

use super::Context;
use crate::cli::ldap::UserArgs;
use crate::error::AppError;
use crate::ldap::account::{account_state, login_name, user_attrs};
use crate::ldap::dn::normalize;
use crate::ldap::{Directory, DirectoryKind, Entry, SearchRequest, filter, groups};
use crate::output::{ROW_FORMATS, RowWriter, TableLayout};

/// At most this many matches are shown; more means the name is too vague.
const MAX_MATCHES: u64 = 20;

pub fn run(ctx: &Context, args: UserArgs) -> anyhow::Result<()> {
    let UserArgs {
        conn,
        name,
        transitive,
    } = args;
    let settings = crate::settings::ldap(&ctx.globals, &conn)?;
    let format = ctx.globals.format().require(ROW_FORMATS, "a user")?;
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
    let mut cols: Vec<String> = [
        "dn",
        "name",
        "display_name",
        "mail",
        "enabled",
        "locked",
        "password_never_expires",
        "last_logon",
        "password_last_set",
        "password_expires",
        "account_expires",
        "groups",
    ]
    .map(String::from)
    .to_vec();
    if transitive {
        cols.push("groups_transitive".into());
    }
    let mut w = RowWriter::new(ctx.globals.sink()?, format, cols)
        .layout(TableLayout::Vertical)
        .separator(", ");
    for u in &users {
        let st = account_state(u, kind);
        let all = graph.memberships(&normalize(&u.dn));
        let direct: Vec<Value> = all
            .iter()
            .filter(|(_, d)| *d == 1)
            .map(|(g, _)| json!(graph.name_of(g)))
            .collect();
        let mut row = vec![
            json!(u.dn),
            json!(login_name(u)),
            json!(u.first_str("displayName").or_else(|| u.first_str("cn"))),
            json!(u.first_str("mail")),
            json!(st.enabled),
            json!(st.locked),
            json!(st.password_never_expires),
            json!(st.last_logon),
            json!(st.password_last_set),
            json!(st.password_expires),
            json!(st.account_expires),
            Value::Array(direct),
        ];
        if transitive {
            row.push(Value::Array(
                all.iter().map(|(g, _)| json!(graph.name_of(g))).collect(),
            ));
        }
        w.write_row(&row)?;
    }
    w.finish()?.commit()?;
    ctx.count(users.len() as u64);
    Ok(())
}
