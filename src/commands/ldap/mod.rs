mod group;
mod search;
mod status;
mod sync;
mod user;

use super::Context;
use crate::cli::ldap::LdapCommand;

pub fn run(ctx: &Context, cmd: LdapCommand) -> anyhow::Result<()> {
    match cmd {
        LdapCommand::Search(a) => search::run(ctx, a),
        LdapCommand::User(a) => user::run(ctx, a),
        LdapCommand::Group(a) => group::run(ctx, a),
        LdapCommand::Sync(a) => sync::run(ctx, a),
        LdapCommand::Status => status::run(ctx),
    }
}
