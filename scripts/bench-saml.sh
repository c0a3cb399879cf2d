#!/usr/bin/env bash
# SAML benchmarks of issue 5, release build, whole processes (target: each under 50 ms):
#   metadata   `sso saml metadata` unsigned and `--sign`
#   idp-check  a local IdP metadata file
#   validate   a Response signed (Response and Assertion) by xmlsec1 just before, validated with
#              --now so that every run does the full work (nothing is remembered, no replay);
#              `xmlsec1 --verify` of the same file is shown beside it as the reference.
#
#   scripts/bench-saml.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=30
[ "${1:-}" = "--runs" ] && runs=$2
command -v hyperfine >/dev/null || { echo "hyperfine missing: scripts/install-deps.sh" >&2; exit 1; }
command -v xmlsec1 >/dev/null || { echo "xmlsec1 missing: scripts/install-deps.sh" >&2; exit 1; }
cargo build --release --locked -q
bin=$PWD/target/release/atomctl
work=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME=$work XDG_CONFIG_HOME=$work/config ATOMCTL_CACHE=$work/cache.db

openssl req -x509 -newkey rsa:2048 -nodes -keyout idp.key -out idp.crt -days 30 -subj /CN=idp.example.com 2>/dev/null
"$bin" -q sso saml keygen --cn sp.example.com --bits 2048
body=$(sed '/-----/d' idp.crt | tr -d '\n')
cat > idp.xml <<XML
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>$body</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>
XML
ts() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }
now=$(ts now); later=$(ts '+10 min'); before=$(ts '-1 min')
sig() { echo "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/><ds:SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/><ds:Reference URI=\"#$1\"><ds:Transforms><ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/><ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/></ds:Transforms><ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/><ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data/></ds:KeyInfo></ds:Signature>"; }
attrs=""
for i in $(seq 1 20); do attrs+="<saml:Attribute Name=\"attr$i\"><saml:AttributeValue>value $i</saml:AttributeValue></saml:Attribute>"; done
cat > tmpl.xml <<XML
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r1" Version="2.0" IssueInstant="$now" Destination="https://sp.example.com/acs" InResponseTo="_req1"><saml:Issuer>https://idp.example.com</saml:Issuer>$(sig _r1)<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><saml:Assertion ID="_a1" Version="2.0" IssueInstant="$now"><saml:Issuer>https://idp.example.com</saml:Issuer>$(sig _a1)<saml:Subject><saml:NameID>alice@example.com</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="$later" Recipient="https://sp.example.com/acs" InResponseTo="_req1"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="$before" NotOnOrAfter="$later"><saml:AudienceRestriction><saml:Audience>https://sp.example.com/saml</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="$now" SessionIndex="_s1"/><saml:AttributeStatement>$attrs</saml:AttributeStatement></saml:Assertion></samlp:Response>
XML
ids=(--id-attr:ID urn:oasis:names:tc:SAML:2.0:protocol:Response --id-attr:ID urn:oasis:names:tc:SAML:2.0:assertion:Assertion)
xmlsec1 --sign --privkey-pem idp.key,idp.crt "${ids[@]}" --node-xpath "//*[local-name()='Assertion']/*[local-name()='Signature']" --output a.xml tmpl.xml
xmlsec1 --sign --privkey-pem idp.key,idp.crt "${ids[@]}" --node-xpath "/*/*[local-name()='Signature']" --output response.xml a.xml
base64 -w0 response.xml > response.b64

sp=(--sp-entity-id https://sp.example.com/saml --acs-url https://sp.example.com/acs --sp-cert sp.crt --sp-key sp.key)
hyperfine -N --warmup 3 --runs "$runs" --export-json bench.json \
    -n metadata "$bin sso saml metadata ${sp[*]}" \
    -n "metadata --sign" "$bin sso saml metadata --sign ${sp[*]}" \
    -n idp-check "$bin sso saml idp-check idp.xml --format json" \
    -n validate "$bin sso saml validate response.b64 --idp-metadata idp.xml ${sp[*]} --request-id _req1 --now $now --format json" \
    -n "xmlsec1 --verify (reference)" "xmlsec1 --verify --pubkey-cert-pem idp.crt ${ids[*]} response.xml" \
    >/dev/null
"$bin" sso saml validate response.b64 --idp-metadata idp.xml "${sp[@]}" --request-id _req1 --now "$now" --format json \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["verdict"] == "accept", d; print("validate verdict:", d["verdict"], "nameid:", d["nameid"])'
python3 - "$runs" <<'PY'
import json, sys
runs = sys.argv[1]
res = json.load(open("bench.json"))["results"]
print(f"SAML benchmark (medians of {runs} runs, whole processes, release build)")
for r in res:
    ms = r["median"] * 1000
    target = "" if "reference" in r["command"] else ("  ok (< 50 ms)" if ms < 50 else "  OVER 50 ms")
    print(f"{r['command']:<30} {ms:7.1f} ms{target}")
PY
