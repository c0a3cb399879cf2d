use super::Context;
use crate::cli::sso::KeygenArgs;
use crate::error::AppError;
use crate::files::{Access, write_atomic};

use crate::sso::saml::keys;

pub fn run(ctx: &Context, a: KeygenArgs) -> anyhow::Result<()> {
    for path in [&a.key_out, &a.cert_out] {
        if path.exists() && !a.force {
            return Err(AppError::usage(format!("{} exists", path.display()))
                .with_hint("pass --force to replace it, or choose --key-out / --cert-out")
                .into());
        }
    }
    let (key, cert) = keys::keygen(&a.cn, a.days, a.bits)?;
    write_atomic(&a.key_out, &key, Access::Private)
        .map_err(|e| AppError::config(format!("{}: {e}", a.key_out.display())))?;
    write_atomic(&a.cert_out, &cert, Access::Ordinary)
        .map_err(|e| AppError::config(format!("{}: {e}", a.cert_out.display())))?;
    let info = openssl::x509::X509::from_pem(&cert)
        .ok()
        .and_then(|c| keys::describe(&c, time::OffsetDateTime::now_utc()).ok());
    let ui = &ctx.globals.ui;
    ui.info(format!(
        "wrote {} (0600) and {}",
        a.key_out.display(),
        a.cert_out.display()
    ));
    if let Some(i) = info {
        ui.info(format!(
            "{}, RSA {}, valid until {}, SHA-256 {}",
            i.subject, a.bits, i.not_after, i.sha256
        ));
    }
    ui.info("add key_file and cert_file to [profiles.NAME.saml] to use them");
    Ok(())
}
