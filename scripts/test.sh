#!/usr/bin/env bash
# Run every test: starts the shared Samba AD DC (scripts/samba-sandbox.sh), runs cargo test
# (each OpenLDAP test starts its own slapd), and stops the DC again.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/samba-sandbox.sh start
trap 'scripts/samba-sandbox.sh stop' EXIT
eval "$(scripts/samba-sandbox.sh env | sed 's/^/export /')"
cargo test --locked "$@"
