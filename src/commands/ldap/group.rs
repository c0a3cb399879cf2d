use std::collections::HashMap;

use super::Context;
use crate::cli::ldap::GroupArgs;
use crate::error::AppError;
use crate::ldap::account::login_name;
use crate::ldap::dn::normalize;
use crate::ldap::{Directory, DirectoryKind, Entry, SearchRequest, filter, groups};
use crate::output::TypedRows;

pub fn run(ctx: &Context, args: GroupArgs) -> anyhow::Result<()> {
    let GroupArgs {
        conn,
        name,
        transitive,
    } = args;
    let settings = crate::settings::ldap(&ctx.globals, &conn)?;
    let format = ctx.globals.format();
    ctx.touched(
        "ldap",
        "group",
        &settings.profile_key,
        &settings.conn.urls.join(" "),
    );
    let ui = &ctx.globals.ui;
    let (graph, root, found) = super::super::block_on(async {
        let mut dir = Directory::connect(&settings.conn).await?;
        let graph =
            groups::load_graph(&mut dir, &settings.group_filter, settings.page_size).await?;
        let root = find_group(&graph, &name)?;
        let expansion = if transitive {
            graph.expand(&root)
        } else {
            let node = graph.get(&root).expect("found");
            let mut e = groups::Expansion::default();
            for m in &node.members {
                if graph.get(m).is_some() {
                    e.groups.push((m.clone(), 1));
                } else {
                    e.members.push((m.clone(), 1));
                }
            }
            e
        };
        let wanted: Vec<String> = expansion.members.iter().map(|(m, _)| m.clone()).collect();
        let found = resolve(&mut dir, &wanted, settings.page_size).await?;
        dir.unbind().await;
        Ok::<_, anyhow::Error>((graph, expansion, found))
    })?;
    let mut w = TypedRows::new(ctx.globals.sink()?, format);
    let mut dangling = 0;
    for (g, depth) in &root.groups {
        let node = graph.get(g).expect("group in graph");
        w.write(&MemberRow {
            dn: node.dn.clone(),
            kind: "group",
            name: Some(node.name.clone()),
            mail: None,
            depth: *depth,
        })?;
    }
    for (m, depth) in &root.members {
        match found.get(m) {
            Some(e) => w.write(&MemberRow {
                dn: e.dn.clone(),
                kind: "user",
                name: Some(login_name(e)),
                mail: e.first_str("mail").map(str::to_owned),
                depth: *depth,
            })?,
            None => {
                dangling += 1;
                ui.warn(format!("dangling member (no such entry): {m}"));
                w.write(&MemberRow {
                    dn: m.clone(),
                    kind: "dangling",
                    name: None,
                    mail: None,
                    depth: *depth,
                })?
            }
        }
    }
    w.finish()?.commit()?;
    ctx.count((root.groups.len() + root.members.len()) as u64);
    for c in &root.cycles {
        ui.warn(format!("nesting cycle: {}", c.join(" -> ")));
    }
    if dangling > 0 {
        ui.info(format!(
            "{dangling} dangling member(s): member values that name no existing entry"
        ));
    }
    Ok(())
}

fn find_group(graph: &groups::GroupGraph, name: &str) -> Result<String, AppError> {
    let as_dn = normalize(name);
    if graph.get(&as_dn).is_some() {
        return Ok(as_dn);
    }
    let mut hits: Vec<&String> = graph
        .groups
        .iter()
        .filter(|(_, g)| g.name.eq_ignore_ascii_case(name))
        .map(|(k, _)| k)
        .collect();
    hits.sort();
    match hits.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(AppError::failed(format!("no group named `{name}`"))
            .with_hint("give the group's cn / sAMAccountName or its full DN")),
        many => Err(
            AppError::usage(format!("{} groups are named `{name}`", many.len())).with_hint(
                format!(
                    "give the DN instead, e.g. {}",
                    graph
                        .get(many[0])
                        .map(|g| g.dn.as_str())
                        .unwrap_or_default()
                ),
            ),
        ),
    }
}

/// Look up member DNs (normalized) in batches; the ones not found are dangling.
async fn resolve(
    dir: &mut Directory,
    dns: &[String],
    page_size: u32,
) -> Result<HashMap<String, Entry>, crate::ldap::LdapFailure> {
    let attr = if dir.kind == DirectoryKind::ActiveDirectory {
        "distinguishedName"
    } else {
        "entryDN"
    };
    let mut found = HashMap::new();
    for chunk in dns.chunks(200) {
        let mut f = String::from("(|");
        for dn in chunk {
            f.push_str(&format!("({attr}={})", filter::escape_value(dn)));
        }
        f.push(')');
        let req = SearchRequest {
            base: dir.base.clone(),
            scope: ldap3::Scope::Subtree,
            filter: f,
            attrs: ["uid", "sAMAccountName", "cn", "mail", "displayName"]
                .map(String::from)
                .to_vec(),
            page_size,
            limit: None,
        };
        dir.search(&req, |e| {
            found.insert(normalize(&e.dn), e);
            Ok::<(), crate::ldap::LdapFailure>(())
        })
        .await?;
    }
    Ok(found)
}

/// One member of the group: a nested group, a user, or a member value that names no entry.
#[derive(serde::Serialize, Default)]
struct MemberRow {
    dn: String,
    /// `group`, `user` or `dangling`.
    #[serde(rename = "type")]
    kind: &'static str,
    name: Option<String>,
    mail: Option<String>,
    /// 1 for direct members, more through nesting.
    depth: u32,
}
