use std::io::Read;

use serde_json::Map;

use super::{Context, keys_for, verdict_exit, write_checklist};
use crate::cli::sso::ValidateArgs;
use crate::error::AppError;
use crate::settings::oidc;
use crate::sso::checks::Checklist;
use crate::sso::oidc::{self as domain, jwt};

pub fn run(ctx: &Context, args: ValidateArgs) -> anyhow::Result<()> {
    let ValidateArgs {
        token,
        provider,
        nonce,
        access_token,
        leeway,
        conn,
    } = args;
    let s = oidc(&ctx.globals, provider.as_deref(), &conn)?;
    let token = if token == "-" {
        let mut t = String::new();
        std::io::stdin()
            .read_to_string(&mut t)
            .map_err(|e| AppError::usage(format!("cannot read the token from stdin: {e}")))?;
        t
    } else {
        token
    };
    let decoded = match jwt::decode(&token) {
        Ok(d) => d,
        Err(why) => {
            let mut list = Checklist::default();
            list.fail("format", why);
            write_checklist(ctx, &s, &list, Map::new())?;
            return verdict_exit(&list, false, "the token is invalid");
        }
    };
    let keys = keys_for(ctx, &s, decoded.kid())?;
    let expect = jwt::Expect {
        issuer: Some(s.issuer.clone()),
        audience: s
            .audience
            .clone()
            .or(s.client.as_ref().map(|c| c.id.clone())),
        client_id: s.client.as_ref().map(|c| c.id.clone()),
        nonce,
        access_token,
        leeway,
        now: domain::now_secs(),
    };
    let list = jwt::validate(&decoded, &keys, &expect);
    let mut extra = Map::new();
    extra.insert("header".into(), decoded.header.clone());
    extra.insert("claims".into(), decoded.claims.clone());
    write_checklist(ctx, &s, &list, extra)?;
    verdict_exit(&list, false, "the token is invalid")
}
