use serde_json::Map;

use super::{Context, keys_for, read_token, verdict_exit, write_checklist};
use crate::cli::sso::{TokenTypeArg, ValidateArgs};
use crate::config::SecretSource;
use crate::settings::oidc;
use crate::sso::checks::Checklist;
use crate::sso::oidc::jwt::{self, TokenType};
use crate::sso::oidc::{self as domain};

pub fn run(ctx: &Context, args: ValidateArgs) -> anyhow::Result<()> {
    let ValidateArgs {
        token,
        provider,
        token_type,
        nonce,
        access_token_env,
        access_token_file,
        no_audience_check,
        leeway,
        conn,
    } = args;
    let s = oidc(&ctx.globals, provider.as_deref(), &conn)?;
    let token = read_token(&token)?;
    // The access token for at_hash is a bearer credential: never from argv.
    let access_token = match (access_token_env, access_token_file) {
        (Some(var), _) => Some(SecretSource::Env(var)),
        (None, Some(path)) => Some(SecretSource::File(path)),
        (None, None) => None,
    }
    .map(|src| src.read(&mut |w| ctx.globals.ui.warn(w)))
    .transpose()?;
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
    let client_id = s.client.as_ref().map(|c| c.id.clone());
    let expect = jwt::Expect {
        issuer: Some(s.issuer.clone()),
        audience: s.audience.clone().or(client_id.clone()),
        require_audience: !no_audience_check,
        client_id,
        nonce,
        access_token: access_token.map(|t| t.expose().to_owned()),
        token_type: match token_type {
            TokenTypeArg::Id => TokenType::Id,
            TokenTypeArg::Access => TokenType::Access,
        },
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
