#!/usr/bin/env bash
# Cert-rotation checklist: every IdP certificate with its days left, soonest first, from the
# profile's IdP metadata (or the file/URL given). Prints TSV: use, days_left, not_after, subject.
# Exits as idp-check does: 3 when the metadata is unhealthy (the list is printed all the same).
#   examples/saml-cert-expiry.sh [METADATA_FILE_OR_URL]
set -euo pipefail
atomctl sso saml idp-check ${1:+"$1"} --format json \
    | python3 -c '
import json, sys
report = json.load(sys.stdin)
for c in sorted(report["certificates"], key=lambda c: c["days_left"]):
    print(c["use"], c["days_left"], c["not_after"], c["subject"], sep="\t")
'
