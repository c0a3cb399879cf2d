# Sourced by the LDAP benchmarks (bench-ldap.sh, bench-ldap-scale.sh), with $users and $groups
# set: builds the release binary, generates the directory once (kept under target/bench),
# starts a clone of it in a private slapd, and sets what both measure with:
#   bin work url conn (array) ls_conn (string) user_filter group_filter sync_attrs cache
cargo build --release --locked -q
bin=$PWD/target/release/atomctl
root=$PWD/target/bench/ldap-$users-$groups
work=$(mktemp -d)
trap 'scripts/slapd-sandbox.sh stop "$work/slapd" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

if [ ! -f "$root/ready" ]; then
    echo "generating $users users / $groups groups (once, kept in $root)"
    rm -rf "$root"; mkdir -p "$root"
    python3 scripts/gen-directory.py --users "$users" --groups "$groups" >"$root/data.ldif"
    scripts/slapd-sandbox.sh init "$root/template" "$root/data.ldif"
    touch "$root/ready"
fi
scripts/slapd-sandbox.sh clone "$root/template" "$work/slapd"
free() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free); tls=$(free)
scripts/slapd-sandbox.sh start "$work/slapd" "$port" "$tls"
url=ldap://127.0.0.1:$port
export SP=syncer-secret
conn=(--url "$url" --bind-dn cn=syncer,ou=services,dc=example,dc=test --password-env SP --base dc=example,dc=test)
ls_conn="-x -LLL -H $url -D cn=syncer,ou=services,dc=example,dc=test -w syncer-secret -b dc=example,dc=test"
user_filter='(|(objectClass=inetOrgPerson)(objectClass=posixAccount)(&(objectClass=user)(!(objectClass=computer))))'
group_filter='(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup)(objectClass=group))'
# What `ldap sync` asks an OpenLDAP server for (account.rs user_attrs, sync/mod.rs group attributes).
sync_attrs="objectClass uid cn sn givenName displayName mail title department departmentNumber employeeNumber manager entryUUID pwdAccountLockedTime pwdChangedTime pwdLastSuccess authTimestamp shadowExpire pwdEndTime createTimestamp modifyTimestamp member uniqueMember description entryCSN"
cache=$work/cache.db
