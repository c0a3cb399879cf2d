#!/usr/bin/env bash
# Run every test: installs the pinned OpenID provider (npm ci, from the committed lock file),
# starts the shared Samba AD DC (scripts/samba-sandbox.sh), runs cargo test (each OpenLDAP
# test starts its own slapd, each OIDC test its own oidc-provider), and stops the DC again.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d tests/oidc/node_modules/oidc-provider ] || [ tests/oidc/package-lock.json -nt tests/oidc/node_modules ]; then
    npm ci --prefix tests/oidc --no-audit --no-fund --loglevel=error
fi
scripts/samba-sandbox.sh start
trap 'scripts/samba-sandbox.sh stop' EXIT
eval "$(scripts/samba-sandbox.sh env | sed 's/^/export /')"
cargo test --locked "$@"
