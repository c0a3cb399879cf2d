#!/usr/bin/env bash
# System packages atomctl's tests, demo and benchmarks need (Debian). Idempotent.
set -euo pipefail
packages=(
    slapd ldap-utils                                              # OpenLDAP server and ldapsearch/ldapmodify
    samba samba-ad-dc samba-ad-provision ldb-tools krb5-user smbclient  # the Samba AD DC for the AD tests
    python3 openssl                                               # test-data generator, test CAs, JWT test keys
    curl                                                          # the "browser" of the sf web-login test; benchmarks
    hyperfine time sqlite3                                        # benchmarks
    pkg-config libssl-dev libxml2-dev libxmlsec1-dev libclang-dev # building the SAML code (xmlsec via samael)
    xmlsec1 libxml2-utils opensaml-schemas xmltooling-schemas     # SAML fixtures (xmlsec1), schema checks (xmllint + OASIS XSDs)
    chromium                                                      # renders the analytics HTML export in a test
    groff-base                                                    # renders every man page in a test (no warnings)
    tzdata                                                        # IANA zones for --tz (jiff reads /usr/share/zoneinfo)
    bsdutils                                                      # `script`: a terminal for the sf import Ctrl-C prompt test
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The OIDC tests run oidc-provider (npm) on Node.js >= 20. Debian 12's own nodejs is 18, so
# only install it when no node is there at all (the machine image brings Node 20).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' \
    || echo "warning: Node.js $(node --version) is older than 20; the OIDC tests need 20 or later" >&2

# Debian starts a system slapd/samba on install; the tests run their own on loopback and the
# Samba DC needs ports 389/636, so stop the packaged services if they run.
for svc in slapd samba-ad-dc smbd nmbd winbind; do
    if command -v systemctl >/dev/null && systemctl is-active --quiet "$svc" 2>/dev/null; then
        systemctl stop "$svc" || true
    fi
done
pkill -f "slapd .*-F /etc/ldap/slapd.d" 2>/dev/null || true
