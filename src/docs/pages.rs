//! What the man pages say beyond the clap definitions: for each command the exit statuses it
//! can end with, one or two examples, and the environment it reads.

/// The exit statuses a command can end with, beyond 0, 1 and 2 that every command has.
pub fn exit_statuses(path: &[&str]) -> &'static [u8] {
    match path {
        [] => &[3, 4, 5, 6, 7, 8, 130],
        ["ldap" | "sf", "sync"] => &[4, 5, 6, 7, 8],
        ["sf", "import"] => &[4, 5, 6, 7, 130],
        ["sso", "oidc", "check" | "validate"] => &[3, 5, 6, 7],
        ["sso", "saml", "idp-check"] => &[3, 6, 7],
        ["sso", "saml", "validate"] => &[3, 7],
        ["sso", "saml", "decode" | "keygen"] => &[],
        ["sso", "saml", ..] => &[7],
        ["sso", ..] => &[3, 5, 6, 7],
        ["config", "check"] => &[3, 5, 6, 7],
        ["config", "init" | "path"] => &[],
        ["config", ..] => &[7],
        ["ldap", "status"] | ["cache", ..] | ["completions"] => &[],
        ["ldap", ..] => &[4, 5, 6, 7],
        ["sf", "describe" | "status" | "login"] => &[5, 6, 7],
        ["sf", ..] => &[4, 5, 6, 7],
        ["teams", "status"] => &[5, 7],
        ["teams", "send"] => &[5, 6, 7],
        ["teams", "meeting", ..] => &[4, 5, 6, 7],
        ["teams", "sync"] => &[4, 5, 6, 7, 8],
        ["teams", "reconcile"] => &[3, 4, 5, 6, 7],
        ["teams", ..] => &[4, 5, 6, 7],
        ["snow", "sync"] => &[4, 5, 6, 7, 8],
        ["snow", ..] => &[4, 5, 6, 7],
        ["analytics", "ingest"] => &[4],
        ["analytics", "report" | "export"] => &[3],
        ["analytics", ..] => &[],
        _ => &[],
    }
}

/// What each exit status means (README.md and `atomctl --help` say the same).
pub const EXIT_MEANINGS: &[(u8, &str)] = &[
    (0, "Success."),
    (1, "The command failed."),
    (
        2,
        "Usage error: a flag, argument or input the command cannot take.",
    ),
    (
        3,
        "A check ran and found problems (sso checks, idp-check, validate, config check, a new threat finding at --fail-on).",
    ),
    (
        4,
        "Partial result: some entries, records or pages are missing; what was received is \
         written and the job row says what is missing.",
    ),
    (5, "Authentication or authorization failed."),
    (6, "The remote system was unavailable after retries."),
    (
        7,
        "Configuration error: a missing or invalid config file or profile, or a required \
         setting missing (one a profile can hold, whether it was to come from a flag or the \
         profile).",
    ),
    (
        8,
        "Skipped: another sync of the same profile holds the lock and --no-wait was given; \
         this run did nothing (and says nothing under --quiet).",
    ),
    (
        130,
        "Interrupted (Ctrl-C) before the work was done; the message names what was left \
         running on the remote system (sf import: the jobs and the --resume that picks \
         them up).",
    ),
];

/// Environment variables: (name, meaning, the groups that read it; empty = every command).
pub const ENVIRONMENT: &[(&str, &str, &[&str])] = &[
    ("ATOMCTL_CONFIG", "The config file, as --config.", &[]),
    ("ATOMCTL_PROFILE", "The profile, as --profile.", &[]),
    ("ATOMCTL_CACHE", "The cache database, as --cache.", &[]),
    (
        "ATOMCTL_LOG",
        "A tracing filter for diagnostics on stderr, e.g. atomctl=debug.",
        &[],
    ),
    (
        "NO_COLOR",
        "When set and not empty, no colour unless --color always is given.",
        &[],
    ),
    (
        "ATOMCTL_LDAP_PASSWORD",
        "The LDAP bind password when no other source is given.",
        &["ldap", "config"],
    ),
    (
        "ATOMCTL_SF_ACCESS_TOKEN",
        "A Salesforce access token when --access-token-env is not given.",
        &["sf", "config"],
    ),
    (
        "XDG_CONFIG_HOME, XDG_DATA_HOME",
        "Where the config file and the cache live by default.",
        &[],
    ),
];

/// One or two examples per command: (what it does, the command line).
pub fn examples(path: &[&str]) -> &'static [(&'static str, &'static str)] {
    match path {
        [] => &[
            (
                "Find a user and show their account state and groups:",
                "atomctl ldap user jdoe",
            ),
            (
                "Sync the directory from cron, quiet unless something fails:",
                "atomctl --profile corp ldap sync --quiet --no-wait",
            ),
        ],
        ["config", "init"] => &[("Start a config file:", "atomctl config init")],
        ["config", "list"] => &[("List the profiles:", "atomctl config list")],
        ["config", "show"] => &[(
            "Show the corp profile:",
            "atomctl --profile corp config show",
        )],
        ["config", "get"] => &[(
            "Print the active profile's LDAP URL:",
            "atomctl config get ldap.url",
        )],
        ["config", "set"] => &[(
            "Set the base DN of the corp profile:",
            "atomctl config set profiles.corp.ldap.base_dn dc=example,dc=com",
        )],
        ["config", "path"] => &[("Where the config file is:", "atomctl config path")],
        ["config", "check"] => &[(
            "Check every service of the corp profile:",
            "atomctl --profile corp config check",
        )],
        ["ldap", "search"] => &[
            (
                "Users whose mail ends in @example.com, as LDIF:",
                "atomctl ldap search '(mail=*@example.com)' uid mail --format ldif",
            ),
            (
                "Every group as CSV, written atomically:",
                "atomctl ldap search '(objectClass=groupOfNames)' cn member -o groups.csv",
            ),
        ],
        ["ldap", "user"] => &[(
            "Account state and groups of jdoe:",
            "atomctl ldap user jdoe",
        )],
        ["ldap", "group"] => &[(
            "Members of a group, through nested groups:",
            "atomctl ldap group admins --transitive",
        )],
        ["ldap", "sync"] => &[
            (
                "Delta sync from cron (a full sync the first time):",
                "atomctl --profile corp ldap sync --quiet --no-wait",
            ),
            ("A full resync:", "atomctl --profile corp ldap sync --full"),
        ],
        ["ldap", "status"] => &[("The last sync and cache counts:", "atomctl ldap status")],
        ["sf", "login"] => &[
            (
                "Log in in a browser (PKCE):",
                "atomctl --profile corp sf login",
            ),
            (
                "Log in a service with client credentials:",
                "atomctl --profile corp sf login --flow client-credentials --client-secret-env SF_SECRET",
            ),
        ],
        ["sf", "import"] => &[
            (
                "Check a file against the org first (no job is created):",
                "atomctl sf import Contact contacts.csv --operation upsert --external-id Email --dry-run",
            ),
            (
                "Upsert contacts by email; results beside the input, exit 4 if any row failed:",
                "atomctl --profile corp sf import Contact contacts.csv --operation upsert --external-id Email --results /srv/loads",
            ),
        ],
        ["sf", "record", "get"] => &[(
            "One account's name and owner:",
            "atomctl sf record get Account 001000000000001AAA --fields Name,OwnerId",
        )],
        ["sf", "record", "create"] => &[
            (
                "A contact:",
                "atomctl sf record create Contact --field LastName=Ng --field Email=ng@example.com",
            ),
            (
                "Several from a JSON array, all or none:",
                "atomctl sf record create Contact --json contacts.json --all-or-none",
            ),
        ],
        ["sf", "record", "update"] => &[(
            "Two accounts to one rating:",
            "atomctl sf record update Account 001000000000001AAA 001000000000002AAA --field Rating=Hot",
        )],
        ["sf", "record", "upsert"] => &[(
            "A contact by its email, created if none has it:",
            "atomctl sf record upsert Contact Email ng@example.com --field LastName=Ng",
        )],
        ["sf", "record", "delete"] => &[(
            "Two cases, to the recycle bin:",
            "atomctl sf record delete Case 500000000000001AAA 500000000000002AAA",
        )],
        ["sf", "query"] => &[(
            "Every account as CSV:",
            "atomctl sf query 'SELECT Id, Name FROM Account' -o accounts.csv",
        )],
        ["sf", "export"] => &[(
            "All opportunities through Bulk API 2.0:",
            "atomctl sf export 'SELECT Id, Name, Amount FROM Opportunity' -o opportunities.csv",
        )],
        ["sf", "search"] => &[(
            "Find a name across objects:",
            "atomctl sf search 'FIND {Acme} RETURNING Account(Name), Contact(Name, Email)'",
        )],
        ["sf", "describe"] => &[("The fields of Account:", "atomctl sf describe Account")],
        ["sf", "sync"] => &[(
            "Accounts, contacts and users into the cache (incremental after the first run):",
            "atomctl sf sync Account Contact User --quiet --no-wait",
        )],
        ["sf", "status"] => &[(
            "The org and API usage of the stored login:",
            "atomctl sf status",
        )],
        ["sso", "oidc", "check"] => &[(
            "Check a provider, exit 3 on a failed or warned item:",
            "atomctl sso oidc check okta --strict",
        )],
        ["sso", "oidc", "token"] => &[(
            "A client-credentials token, access token only:",
            "atomctl sso oidc token okta --token-only -o token.txt",
        )],
        ["sso", "oidc", "validate"] => &[(
            "Validate an ID token read from a file:",
            "atomctl sso oidc validate okta < id_token.jwt",
        )],
        ["sso", "oidc", "decode"] => &[(
            "Show a token's claims without verifying it:",
            "atomctl sso oidc decode < token.jwt",
        )],
        ["sso", "oidc", "userinfo"] => &[(
            "Claims for the stored token:",
            "atomctl sso oidc userinfo okta",
        )],
        ["sso", "oidc", "introspect"] => &[(
            "Ask the provider whether the stored token is active:",
            "atomctl sso oidc introspect okta",
        )],
        ["sso", "oidc", "revoke"] => &[(
            "Revoke and forget the stored tokens:",
            "atomctl sso oidc revoke okta",
        )],
        ["sso", "saml", "keygen"] => &[(
            "A key and a two-year certificate for a new SP:",
            "atomctl sso saml keygen --cn sp.example.com --days 730",
        )],
        ["sso", "saml", "metadata"] => &[(
            "Signed SP metadata, valid for 14 days:",
            "atomctl sso saml metadata --sign --valid-days 14 -o sp-metadata.xml",
        )],
        ["sso", "saml", "idp-check"] => &[(
            "Exit 3 when a certificate expires within 30 days:",
            "atomctl sso saml idp-check idp-metadata.xml --warn-days 30 --strict",
        )],
        ["sso", "saml", "authn-url"] => &[(
            "Open a login at the IdP:",
            "xdg-open \"$(atomctl sso saml authn-url)\"",
        )],
        ["sso", "saml", "validate"] => &[(
            "Validate the SAMLResponse the browser posted:",
            "atomctl sso saml validate response.b64",
        )],
        ["sso", "saml", "decode"] => &[(
            "Decode a SAMLRequest from a redirect URL:",
            "atomctl sso saml decode 'https://idp.example.com/sso?SAMLRequest=...'",
        )],
        ["teams", "login"] => &[(
            "Sign in as an app registration, the secret in a variable:",
            "atomctl --profile corp teams login --tenant contoso.onmicrosoft.com --client-id 00000000-0000-0000-0000-000000000000 --client-secret-env GRAPH_SECRET",
        )],
        ["teams", "status"] => &[(
            "What the stored login can do:",
            "atomctl --profile corp teams status",
        )],
        ["teams", "list"] => &[("Every team, as CSV:", "atomctl teams list -o teams.csv")],
        ["teams", "channels"] => &[("The channels of a team:", "atomctl teams channels Sales")],
        ["teams", "sync"] => &[
            (
                "Entra users and groups (changes only) and teams into the cache from cron:",
                "atomctl --profile corp teams sync --quiet --no-wait",
            ),
            (
                "Read users and groups whole again:",
                "atomctl --profile corp teams sync --full",
            ),
        ],
        ["teams", "reconcile"] => &[
            (
                "Plan making a team match a directory group (writes nothing):",
                "atomctl --profile corp teams reconcile --team Engineering --from-group engineering-all",
            ),
            (
                "Apply the plan reviewed, by its fingerprint:",
                "atomctl --profile corp teams reconcile --team Engineering --from-group engineering-all --apply --expect 3f9c0d2a7b1e4c55",
            ),
        ],
        ["teams", "meeting", "create"] => &[(
            "A one-hour review with two attendees; prints the join URL:",
            "atomctl teams meeting create --organizer ops@contoso.com --subject 'Access review' --start 2026-12-03T15:00:00+01:00 --end 2026-12-03T16:00:00+01:00 --attendee ann@contoso.com --attendee bo@contoso.com",
        )],
        ["teams", "send"] => &[
            (
                "Bridge a failed check into a channel from cron:",
                "atomctl sso saml idp-check --quiet || atomctl teams send --webhook-env TEAMS_WEBHOOK --title 'SAML IdP' --message 'idp-check failed'",
            ),
            (
                "Post as the person signed in with teams login --device:",
                "atomctl teams send --team Operations --channel Alerts --message-file report.txt",
            ),
        ],
        ["teams", "members"] => &[(
            "The owners of a team:",
            "atomctl teams members Sales --role owner",
        )],
        ["snow", "login"] => &[
            (
                "OAuth password grant for an integration user (tokens stored 0600, renewed by the refresh token):",
                "atomctl --profile corp snow login --instance acme --auth oauth-password --user svc.atomctl --password-env SNOW_PW --client-id 0f1e2d3c4b5a69788796a5b4c3d2e1f0 --client-secret-env SNOW_CS",
            ),
            (
                "Basic auth, the password read from a file each run:",
                "atomctl snow login --instance https://acme.service-now.com --user svc.atomctl --password-file ~/.config/atomctl/snow.pw",
            ),
        ],
        ["snow", "status"] => &[(
            "The connection, the user's roles and time zone, and the rate limit last seen:",
            "atomctl --profile corp snow status",
        )],
        ["snow", "sync"] => &[
            (
                "Incidents, their SLAs, users and groups into the cache (changes only) from cron:",
                "atomctl --profile corp snow sync incident task_sla sys_user sys_user_group sys_user_grmember --quiet --no-wait",
            ),
            (
                "Weekly: also prune rows deleted without an audit row:",
                "atomctl --profile corp snow sync incident task_sla sys_user sys_user_group sys_user_grmember --reconcile --quiet --no-wait",
            ),
            (
                "What a full read would change, writing nothing:",
                "atomctl snow sync incident --full --dry-run",
            ),
        ],
        ["snow", "create"] => &[
            (
                "An incident for a group named as people see it; the priority comes back:",
                "atomctl snow create incident --field short_description='VPN down for Finance' --field impact=1 --field urgency=2 --field assignment_group='Network' --input-display-value",
            ),
            (
                "From a JSON file made by a monitoring script:",
                "atomctl --profile corp snow create incident --json alert.json --format json",
            ),
        ],
        ["snow", "update"] => &[(
            "Raise an incident's urgency (the instance recomputes its priority):",
            "atomctl snow update incident INC0010001 --field urgency=1",
        )],
        ["snow", "resolve"] => &[(
            "Resolve with the close code and notes most instances require:",
            "atomctl snow resolve incident INC0010001 --close-code 'Solved (Permanently)' --close-notes 'Replaced the toner'",
        )],
        ["snow", "count"] => &[(
            "Open incidents per assignment group and priority, counted on the instance:",
            "atomctl snow count incident --query active=true --group-by assignment_group,priority",
        )],
        ["snow", "get"] => &[(
            "One incident by number, with display values beside the raw ones:",
            "atomctl snow get incident INC0010001 --display-value all",
        )],
        ["snow", "query"] => &[
            (
                "Open priority 1 and 2 incidents as CSV, references with their names:",
                "atomctl --profile corp snow query incident --query 'active=true^priority<=2' --fields number,short_description,assigned_to --display-value all -o p1p2.csv",
            ),
            (
                "Incidents of one caller, by a dot-walk (checked against the dictionary first):",
                "atomctl snow query incident --query 'caller_id.email=ann@example.com' --format json",
            ),
        ],
        ["analytics", "ingest"] => &[(
            "Yesterday's and today's events (re-reading is free):",
            "atomctl analytics ingest events-$(date -d yesterday +%Y%m%d).ndjson events-$(date +%Y%m%d).ndjson",
        )],
        ["analytics", "report"] => &[
            ("The reports there are:", "atomctl analytics report --list"),
            (
                "Usage by week over 12 weeks:",
                "atomctl analytics report usage --since 12w --by week",
            ),
            (
                "New sign-in threats of the last day, exit 3 when one is high (for cron):",
                "atomctl analytics report threats --since 24h --new-only --fail-on high",
            ),
        ],
        ["analytics", "export"] => &[(
            "The usage dashboard as one HTML file:",
            "atomctl analytics export usage --since 12w --by week -o usage.html",
        )],
        ["cache", "info"] => &[("Tables and row counts:", "atomctl cache info")],
        ["cache", "sql"] => &[(
            "Query the cache (read-only):",
            "atomctl cache sql 'SELECT uid, mail FROM ldap_users LIMIT 10'",
        )],
        ["cache", "jobs"] => &[("Recent runs:", "atomctl cache jobs")],
        ["cache", "audit"] => &[("Who ran what:", "atomctl cache audit")],
        ["cache", "vacuum"] => &[("Reclaim space:", "atomctl cache vacuum")],
        ["completions"] => &[(
            "Install bash completions:",
            "atomctl completions bash > ~/.local/share/bash-completion/completions/atomctl",
        )],
        _ => &[],
    }
}
