use std::collections::HashMap;

use serde_json::json;

use super::Context;
use crate::cli::ldap::GroupArgs;
use crate::error::AppError;
use crate::ldap::account::login_name;
use crate::ldap::dn::normalize;
use crate::ldap::{Directory, DirectoryKind, Entry, SearchRequest, filter, groups};
use crate::output::{ROW_FORMATS, RowWriter};

pub fn run(ctx: &Context, args: GroupArgs) -> anyhow::Result<()> {
    let GroupArgs {
        conn,
        name,
        transitive,
    } = args;
    let settings = crate::settings::ldap(&ctx.globals, &conn)?;
    let format = ctx.globals.format().require(ROW_FORMATS, "group members")?;
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
    let mut w = RowWriter::new(
        ctx.globals.sink()?,
        format,
        ["dn", "type", "name", "mail", "depth"]
            .map(String::from)
            .to_vec(),
    );
    let mut dangling = 0;
    for (g, depth) in &root.groups {
        let node = graph.get(g).expect("group in graph");
        w.write_row(&[
            json!(node.dn),
            json!("group"),
            json!(node.name),
            json!(null),
            json!(depth),
        ])?;
    }
    for (m, depth) in &root.members {
        match found.get(m) {
            Some(e) => w.write_row(&[
                json!(e.dn),
                json!("user"),
                json!(login_name(e)),
                json!(e.first_str("mail")),
                json!(depth),
            ])?,
            None => {
                dangling += 1;
                ui.warn(format!("dangling member (no such entry): {m}"));
                w.write_row(&[
                    json!(m),
                    json!("dangling"),
                    json!(null),
                    json!(null),
                    json!(depth),
                ])?
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
