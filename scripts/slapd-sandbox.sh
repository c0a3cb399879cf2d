#!/usr/bin/env bash
# A private OpenLDAP server in a directory of its own, on 127.0.0.1 only. It runs from a
# slapd.conf (no cn=config) so that a data directory can be copied and started in ~150 ms.
#
#   slapd-sandbox.sh init  DIR LDIF       config (TLS, syncprov, memberof, refint, limits) + slapadd
#   slapd-sandbox.sh start DIR PORT TLSPORT   start and wait until it answers
#   slapd-sandbox.sh stop  DIR
#   slapd-sandbox.sh clone SRC DST            copy an initialized (stopped) sandbox
#
# Used by the test support code, scripts/demo.sh and the benchmarks, so that all three run
# the same server. Accounts (all under dc=example,dc=test):
#   cn=admin              rootdn, password "admin-secret"
#   cn=syncer,ou=services no size limit (sync)        password "syncer-secret"
#   cn=reader,ou=services 500-entry size limit, paged searches included  "reader-secret"
#   anonymous             read access, the default 500-entry limit
set -euo pipefail

cmd=${1:?usage: slapd-sandbox.sh init|start|stop DIR ...}
dir=$(realpath -m "${2:?directory}")
SLAPD=${SLAPD:-/usr/sbin/slapd}

init() {
    local ldif=${1:?ldif file}
    mkdir -p "$dir/db" "$dir/tls"
    make_certs
    cat > "$dir/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/nis.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload syncprov
moduleload memberof
moduleload refint
moduleload ppolicy
pidfile $dir/slapd.pid
TLSCACertificateFile $dir/tls/ca.pem
TLSCertificateFile $dir/tls/server.pem
TLSCertificateKeyFile $dir/tls/server.key

database mdb
suffix "dc=example,dc=test"
rootdn "cn=admin,dc=example,dc=test"
rootpw admin-secret
directory $dir/db
maxsize 4294967296
index objectClass,entryUUID,entryCSN eq
index uid,mail,cn,member eq
limits dn.exact="cn=reader,ou=services,dc=example,dc=test" size.soft=500 size.hard=500 size.prtotal=500
limits dn.exact="cn=syncer,ou=services,dc=example,dc=test" size=unlimited
limits users size.soft=unlimited size.hard=unlimited size.prtotal=unlimited
access to attrs=userPassword by self write by anonymous auth by * none
access to * by * read
overlay ppolicy
overlay syncprov
syncprov-checkpoint 100 10
syncprov-sessionlog 100000
overlay memberof
memberof-group-oc groupOfNames
memberof-member-ad member
memberof-memberof-ad memberOf
memberof-refint TRUE
overlay refint
refint_attributes member
CONF
    slapadd -q -f "$dir/slapd.conf" -l "$ldif" >"$dir/slapadd.log" 2>&1 || { cat "$dir/slapadd.log" >&2; exit 1; }
}

make_certs() {
    local t=$dir/tls
    [ -f "$t/server.pem" ] && return
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=atomctl test CA" \
        -keyout "$t/ca.key" -out "$t/ca.pem" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$t/server.key" -out "$t/server.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:%s\n' "$(hostname)" > "$t/san.ext"
    openssl x509 -req -in "$t/server.csr" -CA "$t/ca.pem" -CAkey "$t/ca.key" -CAcreateserial \
        -days 30 -extfile "$t/san.ext" -out "$t/server.pem" 2>/dev/null
}

start() {
    local port=${1:?port} tlsport=${2:?tls port}
    "$SLAPD" -h "ldap://127.0.0.1:$port/ ldaps://127.0.0.1:$tlsport/" -f "$dir/slapd.conf" -s 0 -l LOCAL4
    for _ in $(seq 1 200); do
        if ldapsearch -x -H "ldap://127.0.0.1:$port" -s base -b "" namingContexts >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.05
    done
    echo "slapd-sandbox: slapd did not answer on 127.0.0.1:$port" >&2
    exit 1
}

stop() {
    [ -f "$dir/slapd.pid" ] || return 0
    local pid
    pid=$(cat "$dir/slapd.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.05
    done
    kill -9 "$pid" 2>/dev/null || true
}

clone() {
    local dst
    dst=$(realpath -m "${1:?destination}")
    mkdir -p "$dst"
    cp -r "$dir/db" "$dir/tls" "$dst/"
    sed "s#$dir/#$dst/#g" "$dir/slapd.conf" > "$dst/slapd.conf"
    rm -f "$dst/slapd.pid"
}

case $cmd in
    init) init "${3:-}" ;;
    start) start "${3:-}" "${4:-}" ;;
    stop) stop ;;
    clone) clone "${3:-}" ;;
    *) echo "unknown command: $cmd" >&2; exit 2 ;;
esac
