#!/usr/bin/env bash
# A Samba AD domain controller on 127.0.0.1 for the Active Directory tests.
#
#   samba-sandbox.sh start [DIR]   provision (first time, ~10 s) and start; waits for ldaps
#   samba-sandbox.sh stop  [DIR]
#   samba-sandbox.sh env   [DIR]   print the variables the tests read (ATOMCTL_TEST_AD_*)
#
# Samba's LDAP ports are fixed at 389/636, so there is one DC per machine, shared by the AD
# tests; each test works in an OU of its own. Realm EXAMPLE.TEST, DOMAIN EXAMPLE.
set -euo pipefail

cmd=${1:?usage: samba-sandbox.sh start|stop|env [DIR]}
here=$(cd "$(dirname "$0")" && pwd)
dir=$(realpath -m "${2:-$here/../target/samba-dc}")
ADMIN_PW='Adm1n-Passw0rd!'
BASE='DC=example,DC=test'

provision() {
    rm -rf "$dir"
    mkdir -p "$dir"
    samba-tool domain provision --targetdir="$dir" --realm=EXAMPLE.TEST --domain=EXAMPLE \
        --server-role=dc --dns-backend=NONE --adminpass="$ADMIN_PW" --host-ip=127.0.0.1 \
        --use-rfc2307 >"$dir/provision.log" 2>&1 || { tail -20 "$dir/provision.log" >&2; exit 1; }
    local conf=$dir/etc/smb.conf
    # The provisioned file repeats some keys further down and later keys win: drop ours first.
    python3 - "$conf" "$dir" <<'PY'
import re, sys
conf, d = sys.argv[1], sys.argv[2]
ours = {
    "interfaces": "127.0.0.1",
    "bind interfaces only": "yes",
    "disable netbios": "yes",
    "server services": "ldap cldap kdc drepl kcc",
    "ldap server require strong auth": "no",
    "tls enabled": "yes",
    "tls keyfile": f"{d}/tls/key.pem",
    "tls certfile": f"{d}/tls/cert.pem",
    "tls cafile": f"{d}/tls/ca.pem",
    "pid directory": f"{d}/run",
}
out, section = [], None
for line in open(conf):
    m = re.match(r"\s*\[(.+)\]", line)
    if m:
        section = m.group(1).lower()
        out.append(line)
        if section == "global":
            out.extend(f"\t{k} = {v}\n" for k, v in ours.items())
        continue
    key = line.split("=", 1)[0].strip().lower()
    if section == "global" and "=" in line and key in ours:
        continue
    out.append(line)
open(conf, "w").write("".join(out))
PY
    mkdir -p "$dir/tls" "$dir/run"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=atomctl AD test CA" \
        -keyout "$dir/tls/ca.key" -out "$dir/tls/ca.pem" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/tls/key.pem" -out "$dir/tls/req.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:%s\n' "$(hostname)" >"$dir/tls/san.ext"
    openssl x509 -req -in "$dir/tls/req.csr" -CA "$dir/tls/ca.pem" -CAkey "$dir/tls/ca.key" -CAcreateserial \
        -days 30 -extfile "$dir/tls/san.ext" -out "$dir/tls/cert.pem" 2>/dev/null
    chmod 600 "$dir/tls/key.pem"
    touch "$dir/provisioned"
}

start() {
    [ -f "$dir/provisioned" ] || provision
    if [ -f "$dir/run/samba.pid" ] && kill -0 "$(cat "$dir/run/samba.pid")" 2>/dev/null; then
        return 0
    fi
    samba -D --no-process-group -s "$dir/etc/smb.conf" >"$dir/samba.log" 2>&1 || true
    for _ in $(seq 1 300); do
        if LDAPTLS_CACERT=$dir/tls/ca.pem ldapsearch -x -H ldaps://127.0.0.1:636 -s base -b "" \
            defaultNamingContext >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.1
    done
    echo "samba-sandbox: the DC did not answer on 127.0.0.1:636; see $dir/samba.log" >&2
    tail -20 "$dir/samba.log" >&2 || true
    exit 1
}

stop() {
    local pidfile=$dir/run/samba.pid
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
}

print_env() {
    echo "ATOMCTL_TEST_AD_URL=ldaps://127.0.0.1:636"
    echo "ATOMCTL_TEST_AD_CA=$dir/tls/ca.pem"
    echo "ATOMCTL_TEST_AD_BIND_DN=CN=Administrator,CN=Users,$BASE"
    echo "ATOMCTL_TEST_AD_PASSWORD=$ADMIN_PW"
    echo "ATOMCTL_TEST_AD_BASE=$BASE"
    echo "ATOMCTL_TEST_AD_DIR=$dir"
}

case $cmd in
    start) start ;;
    stop) stop ;;
    env) print_env ;;
    *) echo "unknown command: $cmd" >&2; exit 2 ;;
esac
