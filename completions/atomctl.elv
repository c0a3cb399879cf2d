
use builtin;
use str;

set edit:completion:arg-completer[atomctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'atomctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'atomctl'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand config 'Manage profiles in the config file'
            cand ldap 'Search, inspect and sync LDAP / Active Directory'
            cand sf 'Salesforce: login, SOQL and SOSL queries, describe, Bulk API exports, sync, status'
            cand sso 'SSO: OpenID Connect checks, tokens and token validation; SAML SP metadata, IdP checks, Response validation'
            cand teams 'Microsoft Teams through Microsoft Graph: login, status, teams, channels, members'
            cand snow 'ServiceNow: table queries, every page, with the query''s fields checked first'
            cand analytics 'Chat usage events and reports across the directory, Salesforce and SSO data in the cache'
            cand cache 'Inspect and query the local cache'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;config'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Write a commented config.toml with an example profile'
            cand list 'List the profiles'
            cand show 'Show a profile (secrets are never shown, only where they come from)'
            cand get 'Print one value: `ldap.base_dn` (in the active profile) or `profiles.NAME.ldap.base_dn`'
            cand set 'Set one value, keeping the file''s comments; VALUE is TOML (`true`, `500`, `["a","b"]`) or text'
            cand path 'Print the config file path'
            cand check 'Connect to each configured service of the profile and report per service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;config;init'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --force 'Replace an existing file'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;config;list'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;config;show'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;config;get'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;config;set'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;config;path'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;config;check'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;config;help'= {
            cand init 'Write a commented config.toml with an example profile'
            cand list 'List the profiles'
            cand show 'Show a profile (secrets are never shown, only where they come from)'
            cand get 'Print one value: `ldap.base_dn` (in the active profile) or `profiles.NAME.ldap.base_dn`'
            cand set 'Set one value, keeping the file''s comments; VALUE is TOML (`true`, `500`, `["a","b"]`) or text'
            cand path 'Print the config file path'
            cand check 'Connect to each configured service of the profile and report per service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;config;help;init'= {
        }
        &'atomctl;config;help;list'= {
        }
        &'atomctl;config;help;show'= {
        }
        &'atomctl;config;help;get'= {
        }
        &'atomctl;config;help;set'= {
        }
        &'atomctl;config;help;path'= {
        }
        &'atomctl;config;help;check'= {
        }
        &'atomctl;config;help;help'= {
        }
        &'atomctl;ldap'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand search 'Paged, streaming search (RFC 2696) with LDIF, JSON, NDJSON, CSV or table output'
            cand user 'Find a user by uid, sAMAccountName, userPrincipalName or mail; show account state and groups'
            cand group 'List a group''s members, optionally expanded through nested groups'
            cand sync 'Copy users, groups and memberships into the cache (delta after the first full sync)'
            cand status 'Last sync per profile and cache counts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;ldap;search'= {
            cand --url 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order'
            cand --bind-dn 'Bind DN (anonymous bind when neither this nor the profile gives one)'
            cand --password-env 'Read the bind password from this environment variable'
            cand --password-file 'Read the bind password from this file'
            cand --base 'Search base (default: the profile''s, else the server''s naming context)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --scope 'How deep under the base to search'
            cand --page-size 'Entries per page (default: the profile''s, else 1000)'
            cand --limit 'Stop after N entries'
            cand --mv-separator 'CSV/table: separator between the values of a multi-valued attribute'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --starttls 'Upgrade ldap:// connections with StartTLS'
            cand --insecure 'Do not verify the server certificate (dangerous; prints a warning)'
            cand --allow-cleartext-bind 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused'
            cand --no-wrap 'LDIF: do not fold long lines at 76 columns'
            cand --decode 'Add readable forms of AD values (objectGUID, objectSid, userAccountControl, FILETIME dates)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;ldap;user'= {
            cand --url 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order'
            cand --bind-dn 'Bind DN (anonymous bind when neither this nor the profile gives one)'
            cand --password-env 'Read the bind password from this environment variable'
            cand --password-file 'Read the bind password from this file'
            cand --base 'Search base (default: the profile''s, else the server''s naming context)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --starttls 'Upgrade ldap:// connections with StartTLS'
            cand --insecure 'Do not verify the server certificate (dangerous; prints a warning)'
            cand --allow-cleartext-bind 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused'
            cand --transitive 'Also list the groups reached through nesting'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;ldap;group'= {
            cand --url 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order'
            cand --bind-dn 'Bind DN (anonymous bind when neither this nor the profile gives one)'
            cand --password-env 'Read the bind password from this environment variable'
            cand --password-file 'Read the bind password from this file'
            cand --base 'Search base (default: the profile''s, else the server''s naming context)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --starttls 'Upgrade ldap:// connections with StartTLS'
            cand --insecure 'Do not verify the server certificate (dangerous; prints a warning)'
            cand --allow-cleartext-bind 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused'
            cand --transitive 'Expand nested groups (client-side; cycles and dangling members are reported)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;ldap;sync'= {
            cand --url 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order'
            cand --bind-dn 'Bind DN (anonymous bind when neither this nor the profile gives one)'
            cand --password-env 'Read the bind password from this environment variable'
            cand --password-file 'Read the bind password from this file'
            cand --base 'Search base (default: the profile''s, else the server''s naming context)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --starttls 'Upgrade ldap:// connections with StartTLS'
            cand --insecure 'Do not verify the server certificate (dangerous; prints a warning)'
            cand --allow-cleartext-bind 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused'
            cand --full 'Ignore the stored cookie / USN and copy everything'
            cand --dry-run 'Report what would change (counts and a sample) and write nothing'
            cand --no-wait 'Exit at once (code 1) when another sync of this profile is running, instead of waiting'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;ldap;status'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;ldap;help'= {
            cand search 'Paged, streaming search (RFC 2696) with LDIF, JSON, NDJSON, CSV or table output'
            cand user 'Find a user by uid, sAMAccountName, userPrincipalName or mail; show account state and groups'
            cand group 'List a group''s members, optionally expanded through nested groups'
            cand sync 'Copy users, groups and memberships into the cache (delta after the first full sync)'
            cand status 'Last sync per profile and cache counts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;ldap;help;search'= {
        }
        &'atomctl;ldap;help;user'= {
        }
        &'atomctl;ldap;help;group'= {
        }
        &'atomctl;ldap;help;sync'= {
        }
        &'atomctl;ldap;help;status'= {
        }
        &'atomctl;ldap;help;help'= {
        }
        &'atomctl;sf'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Obtain and store a connection for the profile (JWT, client credentials, web + PKCE, …)'
            cand query 'Run SOQL to the last row: streamed, no row cap, CSV/JSON/NDJSON/table'
            cand export 'Export a SOQL result with Bulk API 2.0 into one CSV, page by page'
            cand search 'Run a SOSL search (FIND {…} RETURNING …)'
            cand describe 'List the org''s objects, or the fields of one object'
            cand sync 'Copy objects'' records into the cache (sf_<object> tables); incremental after the first run'
            cand status 'Org, user, instance, API version and API usage of the stored login'
            cand record 'Read and change records through sObject REST (several at once by collections)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;sf;login'= {
            cand --flow 'The flow; inferred from the other flags when not given (web when nothing else fits)'
            cand --login-url 'production, sandbox, or a My Domain URL (default: the profile''s, else production)'
            cand --client-id 'Connected app consumer key'
            cand --client-secret-env 'Read the consumer secret from this environment variable'
            cand --client-secret-file 'Read the consumer secret from this file'
            cand --username 'Salesforce username (JWT and password flows)'
            cand --jwt-key 'Private key (PEM) for the JWT bearer flow'
            cand --password-env 'Read the password (with the security token appended) from this environment variable'
            cand --refresh-token-env 'Read a refresh token from this environment variable'
            cand --browser-command 'Run this command with the login URL as its argument'
            cand --port 'Loopback port of the redirect (default: any free port)'
            cand --wait 'How long to wait for the login to come back: 5m, 90s (a bare number is seconds)'
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --no-browser 'Print the login URL instead of opening a browser'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;query'= {
            cand -f 'Read the SOQL statement from this file'
            cand --file 'Read the SOQL statement from this file'
            cand --delimiter 'CSV field delimiter: one character, or `tab`'
            cand --line-ending 'CSV record terminator'
            cand --null-text 'Text for a null value in CSV (default: empty)'
            cand --explode 'One row per child record of this subquery relationship instead of a JSON cell'
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --all-rows 'Include deleted and archived records (queryAll)'
            cand --tooling 'Query the Tooling API'
            cand --utc 'Datetimes normalized to UTC with a Z suffix instead of as returned'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;export'= {
            cand -f 'Read the SOQL statement from this file'
            cand --file 'Read the SOQL statement from this file'
            cand --resume 'Continue an existing job instead of creating one'
            cand --wait 'How long to wait for the job to complete: 90s, 15m, 2h, 1h30m'
            cand --max-records 'Records per result page (bounds memory; Salesforce may send fewer)'
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: this command writes CSV'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --all-rows 'Include deleted and archived records (queryAll)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;search'= {
            cand --delimiter 'CSV field delimiter: one character, or `tab`'
            cand --line-ending 'CSV record terminator'
            cand --null-text 'Text for a null value in CSV (default: empty)'
            cand --explode 'One row per child record of this subquery relationship instead of a JSON cell'
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --utc 'Datetimes normalized to UTC with a Z suffix instead of as returned'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;describe'= {
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;sync'= {
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --full 'Read every record again instead of the changes since the last sync'
            cand --no-wait 'Exit at once (code 1) when another sync of this profile is running'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;status'= {
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;record'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'One record by Id'
            cand create 'Create a record from --field NAME=VALUE, or records from --json FILE (an object or an array); a lost answer is never sent again'
            cand update 'Set fields on records named by Id'
            cand upsert 'Create or update the record whose external id field has this value'
            cand delete 'Delete records by Id (to the recycle bin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;sf;record;get'= {
            cand --fields 'The fields to show, comma-separated (default: all)'
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;record;create'= {
            cand --field 'A field to set (repeat the flag for several)'
            cand --json 'The fields as a JSON object in FILE (- for stdin); --field wins over it'
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --no-check 'Skip the describe check of the field names'
            cand --all-or-none 'With several records: none is created unless all are'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;record;update'= {
            cand --field 'A field to set (repeat the flag for several)'
            cand --json 'The fields as a JSON object in FILE (- for stdin); --field wins over it'
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --no-check 'Skip the describe check of the field names'
            cand --all-or-none 'With several records: none is changed unless all are'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;record;upsert'= {
            cand --field 'A field to set (repeat the flag for several)'
            cand --json 'The fields as a JSON object in FILE (- for stdin); --field wins over it'
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --no-check 'Skip the describe check of the field names'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;record;delete'= {
            cand --instance-url 'Instance URL, e.g. https://acme.my.salesforce.com'
            cand --access-token-env 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)'
            cand --api-version 'API version, e.g. 63.0'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --all-or-none 'With several records: none is deleted unless all are'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sf;record;help'= {
            cand get 'One record by Id'
            cand create 'Create a record from --field NAME=VALUE, or records from --json FILE (an object or an array); a lost answer is never sent again'
            cand update 'Set fields on records named by Id'
            cand upsert 'Create or update the record whose external id field has this value'
            cand delete 'Delete records by Id (to the recycle bin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;sf;record;help;get'= {
        }
        &'atomctl;sf;record;help;create'= {
        }
        &'atomctl;sf;record;help;update'= {
        }
        &'atomctl;sf;record;help;upsert'= {
        }
        &'atomctl;sf;record;help;delete'= {
        }
        &'atomctl;sf;record;help;help'= {
        }
        &'atomctl;sf;help'= {
            cand login 'Obtain and store a connection for the profile (JWT, client credentials, web + PKCE, …)'
            cand query 'Run SOQL to the last row: streamed, no row cap, CSV/JSON/NDJSON/table'
            cand export 'Export a SOQL result with Bulk API 2.0 into one CSV, page by page'
            cand search 'Run a SOSL search (FIND {…} RETURNING …)'
            cand describe 'List the org''s objects, or the fields of one object'
            cand sync 'Copy objects'' records into the cache (sf_<object> tables); incremental after the first run'
            cand status 'Org, user, instance, API version and API usage of the stored login'
            cand record 'Read and change records through sObject REST (several at once by collections)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;sf;help;login'= {
        }
        &'atomctl;sf;help;query'= {
        }
        &'atomctl;sf;help;export'= {
        }
        &'atomctl;sf;help;search'= {
        }
        &'atomctl;sf;help;describe'= {
        }
        &'atomctl;sf;help;sync'= {
        }
        &'atomctl;sf;help;status'= {
        }
        &'atomctl;sf;help;record'= {
            cand get 'One record by Id'
            cand create 'Create a record from --field NAME=VALUE, or records from --json FILE (an object or an array); a lost answer is never sent again'
            cand update 'Set fields on records named by Id'
            cand upsert 'Create or update the record whose external id field has this value'
            cand delete 'Delete records by Id (to the recycle bin)'
        }
        &'atomctl;sf;help;record;get'= {
        }
        &'atomctl;sf;help;record;create'= {
        }
        &'atomctl;sf;help;record;update'= {
        }
        &'atomctl;sf;help;record;upsert'= {
        }
        &'atomctl;sf;help;record;delete'= {
        }
        &'atomctl;sf;help;help'= {
        }
        &'atomctl;sso'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand oidc 'OpenID Connect providers: check, token, validate'
            cand saml 'SAML 2.0 Service Provider: keys, metadata, IdP checks, AuthnRequests, Response validation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;sso;oidc'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)'
            cand token 'Obtain tokens (client credentials) and show them decoded, or only the access token'
            cand validate 'Validate an ID token or JWT access token item by item (exit 3 when invalid)'
            cand decode 'Show a token''s header and claims WITHOUT verifying anything (no key, no checks)'
            cand userinfo 'The userinfo claims for the stored (or a given) access token'
            cand introspect 'Ask the provider about a token (RFC 7662)'
            cand revoke 'Revoke the stored (or a given) token (RFC 7009) and forget it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;sso;oidc;check'= {
            cand --flow 'Also obtain a token with this flow and validate it'
            cand --issuer 'Issuer URL, exactly as the provider states it'
            cand --client-id 'Client id'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file'
            cand --client-auth 'How the secret goes to the token endpoint'
            cand --scope 'Scope to ask for (repeatable)'
            cand --audience '`audience` parameter for providers that want one'
            cand --resource 'RFC 8707 resource indicator'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --strict 'Fail (exit 3) on warnings too'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;oidc;token'= {
            cand --flow 'flow'
            cand --redirect-host 'Code flow: the loopback host of the redirect (127.0.0.1, localhost or [::1])'
            cand --browser-command 'Run this command with the login URL as its argument'
            cand --port 'Loopback port of the redirect (default: any free port)'
            cand --wait 'How long to wait for the login to come back: 5m, 90s (a bare number is seconds)'
            cand --issuer 'Issuer URL, exactly as the provider states it'
            cand --client-id 'Client id'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file'
            cand --client-auth 'How the secret goes to the token endpoint'
            cand --scope 'Scope to ask for (repeatable)'
            cand --audience '`audience` parameter for providers that want one'
            cand --resource 'RFC 8707 resource indicator'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --token-only 'Print only the access token (for $(…) in scripts)'
            cand --no-store 'Do not keep the tokens for reuse'
            cand --no-browser 'Print the login URL instead of opening a browser'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;oidc;validate'= {
            cand --provider 'Provider name from the profile'
            cand --token-type 'What the token is: an ID token (OIDC Core), or a JWT access token (RFC 9068: typ at+jwt and its required claims); one is never accepted as the other'
            cand --nonce 'The nonce sent with the authorization request'
            cand --access-token-env 'Read the access token issued with this ID token (to check at_hash) from this environment variable'
            cand --access-token-file 'Read the access token issued with this ID token (to check at_hash) from this file'
            cand --leeway 'Clock skew allowed for exp, nbf and iat: 60s, 2m (a bare number is seconds)'
            cand --issuer 'Issuer URL, exactly as the provider states it'
            cand --client-id 'Client id'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file'
            cand --client-auth 'How the secret goes to the token endpoint'
            cand --scope 'Scope to ask for (repeatable)'
            cand --audience '`audience` parameter for providers that want one'
            cand --resource 'RFC 8707 resource indicator'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --no-audience-check 'Accept any audience. Without it the token must name --audience, or the client (--client-id or the profile''s), or validation fails'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;oidc;decode'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;oidc;userinfo'= {
            cand --token-env 'Use the token in this environment variable instead of the stored one'
            cand --issuer 'Issuer URL, exactly as the provider states it'
            cand --client-id 'Client id'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file'
            cand --client-auth 'How the secret goes to the token endpoint'
            cand --scope 'Scope to ask for (repeatable)'
            cand --audience '`audience` parameter for providers that want one'
            cand --resource 'RFC 8707 resource indicator'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --refresh 'Introspect / revoke the stored refresh token instead of the access token'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;oidc;introspect'= {
            cand --token-env 'Use the token in this environment variable instead of the stored one'
            cand --issuer 'Issuer URL, exactly as the provider states it'
            cand --client-id 'Client id'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file'
            cand --client-auth 'How the secret goes to the token endpoint'
            cand --scope 'Scope to ask for (repeatable)'
            cand --audience '`audience` parameter for providers that want one'
            cand --resource 'RFC 8707 resource indicator'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --refresh 'Introspect / revoke the stored refresh token instead of the access token'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;oidc;revoke'= {
            cand --token-env 'Use the token in this environment variable instead of the stored one'
            cand --issuer 'Issuer URL, exactly as the provider states it'
            cand --client-id 'Client id'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file'
            cand --client-auth 'How the secret goes to the token endpoint'
            cand --scope 'Scope to ask for (repeatable)'
            cand --audience '`audience` parameter for providers that want one'
            cand --resource 'RFC 8707 resource indicator'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --refresh 'Introspect / revoke the stored refresh token instead of the access token'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;oidc;help'= {
            cand check 'Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)'
            cand token 'Obtain tokens (client credentials) and show them decoded, or only the access token'
            cand validate 'Validate an ID token or JWT access token item by item (exit 3 when invalid)'
            cand decode 'Show a token''s header and claims WITHOUT verifying anything (no key, no checks)'
            cand userinfo 'The userinfo claims for the stored (or a given) access token'
            cand introspect 'Ask the provider about a token (RFC 7662)'
            cand revoke 'Revoke the stored (or a given) token (RFC 7009) and forget it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;sso;oidc;help;check'= {
        }
        &'atomctl;sso;oidc;help;token'= {
        }
        &'atomctl;sso;oidc;help;validate'= {
        }
        &'atomctl;sso;oidc;help;decode'= {
        }
        &'atomctl;sso;oidc;help;userinfo'= {
        }
        &'atomctl;sso;oidc;help;introspect'= {
        }
        &'atomctl;sso;oidc;help;revoke'= {
        }
        &'atomctl;sso;oidc;help;help'= {
        }
        &'atomctl;sso;saml'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand keygen 'Make a key pair and self-signed certificate for a new SP (the key file is 0600)'
            cand metadata 'Print the SP''s metadata (OASIS schema-valid), optionally signed'
            cand idp-check 'Check an IdP''s metadata: certificates and expiry, endpoints, signature (exit 3 when unhealthy)'
            cand authn-url 'Print an HTTP-Redirect login URL with a fresh 128-bit request ID (remembered for validate)'
            cand validate 'Validate a SAMLResponse: signature, structure and every condition (exit 3 on reject)'
            cand decode 'Decode a SAMLRequest / SAMLResponse (URL, base64, deflate) to indented XML, unvalidated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;sso;saml;keygen'= {
            cand --cn 'Common name of the certificate (the SP''s host name, usually)'
            cand --days 'Days the certificate is valid'
            cand --bits 'RSA key size'
            cand --key-out 'Where the private key goes (written 0600)'
            cand --cert-out 'Where the certificate goes'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --force 'Replace existing files'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;saml;metadata'= {
            cand --valid-days 'Set validUntil this many days ahead'
            cand --sp-entity-id 'The SP''s entity ID'
            cand --acs-url 'AssertionConsumerService URL, HTTP-POST (repeatable; the first is the default)'
            cand --slo-url 'SingleLogoutService URL (HTTP-Redirect)'
            cand --nameid-format 'NameID format to ask for'
            cand --sp-cert 'The SP''s signing certificate (PEM or DER)'
            cand --sp-key 'The SP''s private key (PEM or DER): signs, and decrypts EncryptedAssertions'
            cand --sp-encryption-cert 'A separate encryption certificate (default: the signing certificate)'
            cand --authn-requests-signed 'Whether the SP signs its AuthnRequests (metadata AuthnRequestsSigned)'
            cand --want-assertions-signed 'Whether the SP requires signed assertions (metadata WantAssertionsSigned; enforced by validate)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --sign 'Sign the metadata (enveloped RSA-SHA256 / SHA-256 signature) with the SP key'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;saml;idp-check'= {
            cand --entity-id 'Pick this entity out of an aggregate (EntitiesDescriptor)'
            cand --trust-cert 'Verify the metadata''s signature with this certificate (a federation''s signing key)'
            cand --warn-days 'Warn when a certificate or validUntil is this close (days)'
            cand --ca-file 'Trust this CA (PEM) in addition to the system roots when fetching a URL'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --strict 'Fail (exit 3) on warnings too'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;saml;authn-url'= {
            cand --relay-state 'RelayState to send along (where the SP returns the user after login)'
            cand --sso-url 'The IdP''s SSO URL, instead of the Redirect endpoint from its metadata'
            cand --ttl 'Minutes the request ID stays acceptable as InResponseTo'
            cand --sp-entity-id 'The SP''s entity ID'
            cand --acs-url 'AssertionConsumerService URL, HTTP-POST (repeatable; the first is the default)'
            cand --slo-url 'SingleLogoutService URL (HTTP-Redirect)'
            cand --nameid-format 'NameID format to ask for'
            cand --sp-cert 'The SP''s signing certificate (PEM or DER)'
            cand --sp-key 'The SP''s private key (PEM or DER): signs, and decrypts EncryptedAssertions'
            cand --sp-encryption-cert 'A separate encryption certificate (default: the signing certificate)'
            cand --authn-requests-signed 'Whether the SP signs its AuthnRequests (metadata AuthnRequestsSigned)'
            cand --want-assertions-signed 'Whether the SP requires signed assertions (metadata WantAssertionsSigned; enforced by validate)'
            cand --idp-metadata 'The IdP''s metadata: a file or an https URL (the only source of trusted certificates)'
            cand --idp-entity-id 'Which IdP, when the metadata is an aggregate'
            cand --idp-trust-cert 'Verify the metadata''s signature with this certificate first'
            cand --ca-file 'Trust this CA (PEM) in addition to the system roots when fetching metadata'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --sign 'Sign the query string (SigAlg RSA-SHA256) with the SP key'
            cand --force-authn 'Ask the IdP to authenticate again even with a session (ForceAuthn)'
            cand --passive 'Ask the IdP not to interact with the user (IsPassive)'
            cand --allow-expired-metadata 'Use IdP metadata whose validUntil has passed (refused otherwise: stale metadata may hold a withdrawn key)'
            cand --allow-sha1 'Accept SHA-1 signatures (RSA-SHA1, SHA-1 digests) on responses and metadata (refused otherwise: SHA-1 collisions are practical)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;saml;validate'= {
            cand --request-id 'The request this Response must answer (default: the requests authn-url remembered)'
            cand --clock-skew 'Clock skew allowed on every time condition: 60s, 2m (a bare number is seconds)'
            cand --now 'Judge the Response as of this instant (RFC 3339) instead of now; nothing is remembered'
            cand --sp-entity-id 'The SP''s entity ID'
            cand --acs-url 'AssertionConsumerService URL, HTTP-POST (repeatable; the first is the default)'
            cand --slo-url 'SingleLogoutService URL (HTTP-Redirect)'
            cand --nameid-format 'NameID format to ask for'
            cand --sp-cert 'The SP''s signing certificate (PEM or DER)'
            cand --sp-key 'The SP''s private key (PEM or DER): signs, and decrypts EncryptedAssertions'
            cand --sp-encryption-cert 'A separate encryption certificate (default: the signing certificate)'
            cand --authn-requests-signed 'Whether the SP signs its AuthnRequests (metadata AuthnRequestsSigned)'
            cand --want-assertions-signed 'Whether the SP requires signed assertions (metadata WantAssertionsSigned; enforced by validate)'
            cand --idp-metadata 'The IdP''s metadata: a file or an https URL (the only source of trusted certificates)'
            cand --idp-entity-id 'Which IdP, when the metadata is an aggregate'
            cand --idp-trust-cert 'Verify the metadata''s signature with this certificate first'
            cand --ca-file 'Trust this CA (PEM) in addition to the system roots when fetching metadata'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --allow-unsolicited 'Accept a Response without InResponseTo (IdP-initiated login)'
            cand --allow-expired-metadata 'Use IdP metadata whose validUntil has passed (refused otherwise: stale metadata may hold a withdrawn key)'
            cand --allow-sha1 'Accept SHA-1 signatures (RSA-SHA1, SHA-1 digests) on responses and metadata (refused otherwise: SHA-1 collisions are practical)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;saml;decode'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;sso;saml;help'= {
            cand keygen 'Make a key pair and self-signed certificate for a new SP (the key file is 0600)'
            cand metadata 'Print the SP''s metadata (OASIS schema-valid), optionally signed'
            cand idp-check 'Check an IdP''s metadata: certificates and expiry, endpoints, signature (exit 3 when unhealthy)'
            cand authn-url 'Print an HTTP-Redirect login URL with a fresh 128-bit request ID (remembered for validate)'
            cand validate 'Validate a SAMLResponse: signature, structure and every condition (exit 3 on reject)'
            cand decode 'Decode a SAMLRequest / SAMLResponse (URL, base64, deflate) to indented XML, unvalidated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;sso;saml;help;keygen'= {
        }
        &'atomctl;sso;saml;help;metadata'= {
        }
        &'atomctl;sso;saml;help;idp-check'= {
        }
        &'atomctl;sso;saml;help;authn-url'= {
        }
        &'atomctl;sso;saml;help;validate'= {
        }
        &'atomctl;sso;saml;help;decode'= {
        }
        &'atomctl;sso;saml;help;help'= {
        }
        &'atomctl;sso;help'= {
            cand oidc 'OpenID Connect providers: check, token, validate'
            cand saml 'SAML 2.0 Service Provider: keys, metadata, IdP checks, AuthnRequests, Response validation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;sso;help;oidc'= {
            cand check 'Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)'
            cand token 'Obtain tokens (client credentials) and show them decoded, or only the access token'
            cand validate 'Validate an ID token or JWT access token item by item (exit 3 when invalid)'
            cand decode 'Show a token''s header and claims WITHOUT verifying anything (no key, no checks)'
            cand userinfo 'The userinfo claims for the stored (or a given) access token'
            cand introspect 'Ask the provider about a token (RFC 7662)'
            cand revoke 'Revoke the stored (or a given) token (RFC 7009) and forget it'
        }
        &'atomctl;sso;help;oidc;check'= {
        }
        &'atomctl;sso;help;oidc;token'= {
        }
        &'atomctl;sso;help;oidc;validate'= {
        }
        &'atomctl;sso;help;oidc;decode'= {
        }
        &'atomctl;sso;help;oidc;userinfo'= {
        }
        &'atomctl;sso;help;oidc;introspect'= {
        }
        &'atomctl;sso;help;oidc;revoke'= {
        }
        &'atomctl;sso;help;saml'= {
            cand keygen 'Make a key pair and self-signed certificate for a new SP (the key file is 0600)'
            cand metadata 'Print the SP''s metadata (OASIS schema-valid), optionally signed'
            cand idp-check 'Check an IdP''s metadata: certificates and expiry, endpoints, signature (exit 3 when unhealthy)'
            cand authn-url 'Print an HTTP-Redirect login URL with a fresh 128-bit request ID (remembered for validate)'
            cand validate 'Validate a SAMLResponse: signature, structure and every condition (exit 3 on reject)'
            cand decode 'Decode a SAMLRequest / SAMLResponse (URL, base64, deflate) to indented XML, unvalidated'
        }
        &'atomctl;sso;help;saml;keygen'= {
        }
        &'atomctl;sso;help;saml;metadata'= {
        }
        &'atomctl;sso;help;saml;idp-check'= {
        }
        &'atomctl;sso;help;saml;authn-url'= {
        }
        &'atomctl;sso;help;saml;validate'= {
        }
        &'atomctl;sso;help;saml;decode'= {
        }
        &'atomctl;sso;help;help'= {
        }
        &'atomctl;teams'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Sign in to Microsoft Graph and store the login: as the app (client credentials, by secret or certificate), or with --device as a person (delegated, device code)'
            cand status 'Tenant, app, token kind, expiry and the permissions the token carries'
            cand list 'The tenant''s teams, every page, streamed'
            cand channels 'A team''s channels'
            cand members 'A team''s members, or a channel''s, with their roles'
            cand send 'Post a message to a channel: as the signed-in person through Graph (--team, --channel), or through a Workflows webhook as an Adaptive Card (--webhook-env)'
            cand meeting 'Schedule Teams meetings'
            cand sync 'Copy Entra users, groups and memberships (delta after the first run) and teams, channels and members (re-read each run) into the cache'
            cand reconcile 'Plan (and with --apply make) a team''s membership match a directory group from the cache'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;teams;login'= {
            cand --tenant 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)'
            cand --client-id 'The app registration''s application (client) ID'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file (warns if others can read it)'
            cand --cert 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app'
            cand --key 'The certificate''s private key (PEM, RSA)'
            cand --cloud 'The Microsoft cloud: picks the sign-in and Graph hosts'
            cand --login-url 'Sign-in host instead of the cloud''s (e.g. a local test server)'
            cand --graph-url 'Graph host instead of the cloud''s'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --device 'Sign in as a person on another device (device code): a delegated token, needed to act as a user; the app must allow public client flows'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;teams;status'= {
            cand --tenant 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)'
            cand --client-id 'The app registration''s application (client) ID'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file (warns if others can read it)'
            cand --cert 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app'
            cand --key 'The certificate''s private key (PEM, RSA)'
            cand --cloud 'The Microsoft cloud: picks the sign-in and Graph hosts'
            cand --login-url 'Sign-in host instead of the cloud''s (e.g. a local test server)'
            cand --graph-url 'Graph host instead of the cloud''s'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;teams;list'= {
            cand --tenant 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)'
            cand --client-id 'The app registration''s application (client) ID'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file (warns if others can read it)'
            cand --cert 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app'
            cand --key 'The certificate''s private key (PEM, RSA)'
            cand --cloud 'The Microsoft cloud: picks the sign-in and Graph hosts'
            cand --login-url 'Sign-in host instead of the cloud''s (e.g. a local test server)'
            cand --graph-url 'Graph host instead of the cloud''s'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;teams;channels'= {
            cand --tenant 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)'
            cand --client-id 'The app registration''s application (client) ID'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file (warns if others can read it)'
            cand --cert 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app'
            cand --key 'The certificate''s private key (PEM, RSA)'
            cand --cloud 'The Microsoft cloud: picks the sign-in and Graph hosts'
            cand --login-url 'Sign-in host instead of the cloud''s (e.g. a local test server)'
            cand --graph-url 'Graph host instead of the cloud''s'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;teams;members'= {
            cand --channel 'A channel of the team (id or exact display name) instead of the whole team'
            cand --role 'Only members with this role'
            cand --tenant 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)'
            cand --client-id 'The app registration''s application (client) ID'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file (warns if others can read it)'
            cand --cert 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app'
            cand --key 'The certificate''s private key (PEM, RSA)'
            cand --cloud 'The Microsoft cloud: picks the sign-in and Graph hosts'
            cand --login-url 'Sign-in host instead of the cloud''s (e.g. a local test server)'
            cand --graph-url 'Graph host instead of the cloud''s'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;teams;send'= {
            cand --webhook-env 'The environment variable holding the Workflows webhook URL (it carries its own signature, so it is a secret: never on the command line)'
            cand --team 'Post through Graph as the signed-in person (a delegated login: teams login --device) to this team (id or exact display name)'
            cand --channel 'The channel of --team (id or exact display name)'
            cand -m 'The message text (else --message-file, else stdin)'
            cand --message 'The message text (else --message-file, else stdin)'
            cand --message-file 'Read the message text from this file (`-` for stdin)'
            cand --title 'A bold title above the message'
            cand --card 'A whole Adaptive Card (JSON) instead of a text message'
            cand --tenant 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)'
            cand --client-id 'The app registration''s application (client) ID'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file (warns if others can read it)'
            cand --cert 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app'
            cand --key 'The certificate''s private key (PEM, RSA)'
            cand --cloud 'The Microsoft cloud: picks the sign-in and Graph hosts'
            cand --login-url 'Sign-in host instead of the cloud''s (e.g. a local test server)'
            cand --graph-url 'Graph host instead of the cloud''s'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;teams;meeting'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Schedule a meeting in the organizer''s calendar with a Teams link; invitations go to the attendees. Prints the join URL'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;teams;meeting;create'= {
            cand --organizer 'The organizer''s UPN or mail (the app needs Calendars.ReadWrite)'
            cand --subject 'subject'
            cand --start 'Start, with its zone: 2026-12-03T15:00:00+01:00 or …Z'
            cand --end 'End, with its zone'
            cand --attendee 'A required attendee''s mail (repeatable)'
            cand --optional 'An optional attendee''s mail (repeatable)'
            cand --body 'Text of the invitation'
            cand --tenant 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)'
            cand --client-id 'The app registration''s application (client) ID'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file (warns if others can read it)'
            cand --cert 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app'
            cand --key 'The certificate''s private key (PEM, RSA)'
            cand --cloud 'The Microsoft cloud: picks the sign-in and Graph hosts'
            cand --login-url 'Sign-in host instead of the cloud''s (e.g. a local test server)'
            cand --graph-url 'Graph host instead of the cloud''s'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;teams;meeting;help'= {
            cand create 'Schedule a meeting in the organizer''s calendar with a Teams link; invitations go to the attendees. Prints the join URL'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;teams;meeting;help;create'= {
        }
        &'atomctl;teams;meeting;help;help'= {
        }
        &'atomctl;teams;sync'= {
            cand --tenant 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)'
            cand --client-id 'The app registration''s application (client) ID'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file (warns if others can read it)'
            cand --cert 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app'
            cand --key 'The certificate''s private key (PEM, RSA)'
            cand --cloud 'The Microsoft cloud: picks the sign-in and Graph hosts'
            cand --login-url 'Sign-in host instead of the cloud''s (e.g. a local test server)'
            cand --graph-url 'Graph host instead of the cloud''s'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --full 'Read users and groups from the beginning instead of from the stored delta state'
            cand --dry-run 'Read everything and report what would change, without writing it'
            cand --no-wait 'If another teams sync of the profile is running, skip this one (exit 8) instead of waiting for it'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;teams;reconcile'= {
            cand --team 'The team: its id, or its exact display name'
            cand --from-group 'The directory group (in the cache): its id, DN or name; nested groups are expanded'
            cand --source-profile 'The profile whose cached directory holds the group (default: this profile)'
            cand --match 'When no anchor (objectGUID / entryUUID as onPremisesImmutableId, objectSid as onPremisesSecurityIdentifier) matches, match the Entra account by mail or UPN'
            cand --exempt 'Never remove the people in this file: one Entra id, UPN or mail per line (# comments)'
            cand --max-removals 'Refuse to apply more removals than this without --force: a count, or a percentage of the team'
            cand --expect 'Apply only if the plan is still the one with this fingerprint (printed with the plan)'
            cand --verify-for 'How long to keep reading the team until the changes show (they appear late); 0 to skip'
            cand --tenant 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)'
            cand --client-id 'The app registration''s application (client) ID'
            cand --client-secret-env 'Read the client secret from this environment variable'
            cand --client-secret-file 'Read the client secret from this file (warns if others can read it)'
            cand --cert 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app'
            cand --key 'The certificate''s private key (PEM, RSA)'
            cand --cloud 'The Microsoft cloud: picks the sign-in and Graph hosts'
            cand --login-url 'Sign-in host instead of the cloud''s (e.g. a local test server)'
            cand --graph-url 'Graph host instead of the cloud''s'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --include-owners 'Remove owners who are not in the group too (never the team''s last owner)'
            cand --include-guests 'Remove guests who are not in the group too'
            cand --force 'Apply even when the removals exceed --max-removals'
            cand --apply 'Make the changes (without it, the plan is printed and nothing is written)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;teams;help'= {
            cand login 'Sign in to Microsoft Graph and store the login: as the app (client credentials, by secret or certificate), or with --device as a person (delegated, device code)'
            cand status 'Tenant, app, token kind, expiry and the permissions the token carries'
            cand list 'The tenant''s teams, every page, streamed'
            cand channels 'A team''s channels'
            cand members 'A team''s members, or a channel''s, with their roles'
            cand send 'Post a message to a channel: as the signed-in person through Graph (--team, --channel), or through a Workflows webhook as an Adaptive Card (--webhook-env)'
            cand meeting 'Schedule Teams meetings'
            cand sync 'Copy Entra users, groups and memberships (delta after the first run) and teams, channels and members (re-read each run) into the cache'
            cand reconcile 'Plan (and with --apply make) a team''s membership match a directory group from the cache'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;teams;help;login'= {
        }
        &'atomctl;teams;help;status'= {
        }
        &'atomctl;teams;help;list'= {
        }
        &'atomctl;teams;help;channels'= {
        }
        &'atomctl;teams;help;members'= {
        }
        &'atomctl;teams;help;send'= {
        }
        &'atomctl;teams;help;meeting'= {
            cand create 'Schedule a meeting in the organizer''s calendar with a Teams link; invitations go to the attendees. Prints the join URL'
        }
        &'atomctl;teams;help;meeting;create'= {
        }
        &'atomctl;teams;help;sync'= {
        }
        &'atomctl;teams;help;reconcile'= {
        }
        &'atomctl;teams;help;help'= {
        }
        &'atomctl;snow'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand query 'Rows of a table, every page, streamed; the query''s fields checked first'
            cand get 'One record by its sys_id, or by its number (INC0010001)'
            cand count 'Count rows on the instance (Aggregate API), per combination of --group-by values, without reading them'
            cand sync 'Copy tables into the cache (snow_<table>): changes since the last run, deletions from the audit, everything with --full, stale rows pruned with --reconcile'
            cand create 'Create a record from --field NAME=VALUE or --json FILE (impact and urgency written, priority read back); a lost answer is looked for before anything is sent again'
            cand update 'Change fields of a record, named by sys_id or number'
            cand resolve 'Resolve an incident: its state, close code and close notes in one write'
            cand login 'Sign in and store the connection for the profile (0600): basic, OAuth password grant, client credentials or a token'
            cand status 'The instance, the user, its roles and time zone, the token, and the rate limit last seen'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;snow;query'= {
            cand --query 'An encoded query (active=true^priority<=2); its fields are checked against the table''s dictionary first, since the instance silently drops a term it does not know'
            cand --fields 'The fields to read, comma-separated (default: every field of the first row)'
            cand --display-value 'Database values (false: references as sys_ids, UTC date-times), display values (true), or both (all: a <field>_display column beside each)'
            cand --limit 'Stop after this many rows'
            cand --tz 'Write database date-times in this zone (Europe/Berlin); default UTC, as 2026-12-01T10:00:00Z'
            cand --instance 'The instance: a name (acme → https://acme.service-now.com) or a URL'
            cand --auth 'How to sign in (default: the stored login''s way, else what the other flags imply)'
            cand --user 'The integration user'
            cand --password-env 'Read the password from this environment variable'
            cand --password-file 'Read the password from this file (warns if others can read it)'
            cand --client-id 'The OAuth application''s client id (System OAuth > Application Registry)'
            cand --client-secret-env 'Read the OAuth client secret from this environment variable'
            cand --client-secret-file 'Read the OAuth client secret from this file'
            cand --token-env 'Read a bearer token (--auth token) from this environment variable'
            cand --token-file 'Read a bearer token (--auth token) from this file'
            cand --page-size 'Rows per page (default 1000); a page the instance cancels as too slow is halved'
            cand --deadline 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --no-check 'Skip the dictionary check of the query''s fields'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;snow;get'= {
            cand --fields 'The fields to show, comma-separated (default: all)'
            cand --display-value 'Database values, display values, or both (a <field>_display beside each)'
            cand --tz 'Write database date-times in this zone (Europe/Berlin); default UTC'
            cand --instance 'The instance: a name (acme → https://acme.service-now.com) or a URL'
            cand --auth 'How to sign in (default: the stored login''s way, else what the other flags imply)'
            cand --user 'The integration user'
            cand --password-env 'Read the password from this environment variable'
            cand --password-file 'Read the password from this file (warns if others can read it)'
            cand --client-id 'The OAuth application''s client id (System OAuth > Application Registry)'
            cand --client-secret-env 'Read the OAuth client secret from this environment variable'
            cand --client-secret-file 'Read the OAuth client secret from this file'
            cand --token-env 'Read a bearer token (--auth token) from this environment variable'
            cand --token-file 'Read a bearer token (--auth token) from this file'
            cand --page-size 'Rows per page (default 1000); a page the instance cancels as too slow is halved'
            cand --deadline 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;snow;count'= {
            cand --query 'An encoded query (checked against the dictionary like snow query''s)'
            cand --group-by 'Count per combination of these fields'' values (assignment_group,priority)'
            cand --instance 'The instance: a name (acme → https://acme.service-now.com) or a URL'
            cand --auth 'How to sign in (default: the stored login''s way, else what the other flags imply)'
            cand --user 'The integration user'
            cand --password-env 'Read the password from this environment variable'
            cand --password-file 'Read the password from this file (warns if others can read it)'
            cand --client-id 'The OAuth application''s client id (System OAuth > Application Registry)'
            cand --client-secret-env 'Read the OAuth client secret from this environment variable'
            cand --client-secret-file 'Read the OAuth client secret from this file'
            cand --token-env 'Read a bearer token (--auth token) from this environment variable'
            cand --token-file 'Read a bearer token (--auth token) from this file'
            cand --page-size 'Rows per page (default 1000); a page the instance cancels as too slow is halved'
            cand --deadline 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --no-check 'Skip the dictionary check of the query''s fields'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;snow;sync'= {
            cand --instance 'The instance: a name (acme → https://acme.service-now.com) or a URL'
            cand --auth 'How to sign in (default: the stored login''s way, else what the other flags imply)'
            cand --user 'The integration user'
            cand --password-env 'Read the password from this environment variable'
            cand --password-file 'Read the password from this file (warns if others can read it)'
            cand --client-id 'The OAuth application''s client id (System OAuth > Application Registry)'
            cand --client-secret-env 'Read the OAuth client secret from this environment variable'
            cand --client-secret-file 'Read the OAuth client secret from this file'
            cand --token-env 'Read a bearer token (--auth token) from this environment variable'
            cand --token-file 'Read a bearer token (--auth token) from this file'
            cand --page-size 'Rows per page (default 1000); a page the instance cancels as too slow is halved'
            cand --deadline 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --full 'Read every row again instead of the changes since the checkpoint; rows not read again are deleted'
            cand --reconcile 'Also read every sys_id the instance holds and delete the cached rows it no longer has (deletes the audit misses: Table Cleaner, sys_* tables); run it weekly'
            cand --dry-run 'Read everything and report what would change, without writing it'
            cand --no-wait 'If another snow sync of the profile is running, skip this one (exit 8) instead of waiting for it'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;snow;create'= {
            cand --field 'A field to set (repeat the flag for several)'
            cand --json 'The fields as a JSON object in FILE (- for stdin); --field wins over it'
            cand --display-value 'How the written record is shown: database values, display values, or both'
            cand --instance 'The instance: a name (acme → https://acme.service-now.com) or a URL'
            cand --auth 'How to sign in (default: the stored login''s way, else what the other flags imply)'
            cand --user 'The integration user'
            cand --password-env 'Read the password from this environment variable'
            cand --password-file 'Read the password from this file (warns if others can read it)'
            cand --client-id 'The OAuth application''s client id (System OAuth > Application Registry)'
            cand --client-secret-env 'Read the OAuth client secret from this environment variable'
            cand --client-secret-file 'Read the OAuth client secret from this file'
            cand --token-env 'Read a bearer token (--auth token) from this environment variable'
            cand --token-file 'Read a bearer token (--auth token) from this file'
            cand --page-size 'Rows per page (default 1000); a page the instance cancels as too slow is halved'
            cand --deadline 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --input-display-value 'Reference and choice fields are given by what a person sees (assignment_group="Service Desk", state=Resolved), not by sys_id and value'
            cand --no-check 'Skip the dictionary check of the field names (the instance ignores unknown ones)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;snow;update'= {
            cand --field 'A field to set (repeat the flag for several)'
            cand --json 'The fields as a JSON object in FILE (- for stdin); --field wins over it'
            cand --display-value 'How the written record is shown: database values, display values, or both'
            cand --instance 'The instance: a name (acme → https://acme.service-now.com) or a URL'
            cand --auth 'How to sign in (default: the stored login''s way, else what the other flags imply)'
            cand --user 'The integration user'
            cand --password-env 'Read the password from this environment variable'
            cand --password-file 'Read the password from this file (warns if others can read it)'
            cand --client-id 'The OAuth application''s client id (System OAuth > Application Registry)'
            cand --client-secret-env 'Read the OAuth client secret from this environment variable'
            cand --client-secret-file 'Read the OAuth client secret from this file'
            cand --token-env 'Read a bearer token (--auth token) from this environment variable'
            cand --token-file 'Read a bearer token (--auth token) from this file'
            cand --page-size 'Rows per page (default 1000); a page the instance cancels as too slow is halved'
            cand --deadline 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --input-display-value 'Reference and choice fields are given by what a person sees (assignment_group="Service Desk", state=Resolved), not by sys_id and value'
            cand --no-check 'Skip the dictionary check of the field names (the instance ignores unknown ones)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;snow;resolve'= {
            cand --close-code 'The close code (resolution code), e.g. "Solved (Permanently)"'
            cand --close-notes 'What was done'
            cand --state 'The state that means resolved (incident: 6)'
            cand --field 'A field to set (repeat the flag for several)'
            cand --json 'The fields as a JSON object in FILE (- for stdin); --field wins over it'
            cand --display-value 'How the written record is shown: database values, display values, or both'
            cand --instance 'The instance: a name (acme → https://acme.service-now.com) or a URL'
            cand --auth 'How to sign in (default: the stored login''s way, else what the other flags imply)'
            cand --user 'The integration user'
            cand --password-env 'Read the password from this environment variable'
            cand --password-file 'Read the password from this file (warns if others can read it)'
            cand --client-id 'The OAuth application''s client id (System OAuth > Application Registry)'
            cand --client-secret-env 'Read the OAuth client secret from this environment variable'
            cand --client-secret-file 'Read the OAuth client secret from this file'
            cand --token-env 'Read a bearer token (--auth token) from this environment variable'
            cand --token-file 'Read a bearer token (--auth token) from this file'
            cand --page-size 'Rows per page (default 1000); a page the instance cancels as too slow is halved'
            cand --deadline 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --input-display-value 'Reference and choice fields are given by what a person sees (assignment_group="Service Desk", state=Resolved), not by sys_id and value'
            cand --no-check 'Skip the dictionary check of the field names (the instance ignores unknown ones)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;snow;login'= {
            cand --instance 'The instance: a name (acme → https://acme.service-now.com) or a URL'
            cand --auth 'How to sign in (default: the stored login''s way, else what the other flags imply)'
            cand --user 'The integration user'
            cand --password-env 'Read the password from this environment variable'
            cand --password-file 'Read the password from this file (warns if others can read it)'
            cand --client-id 'The OAuth application''s client id (System OAuth > Application Registry)'
            cand --client-secret-env 'Read the OAuth client secret from this environment variable'
            cand --client-secret-file 'Read the OAuth client secret from this file'
            cand --token-env 'Read a bearer token (--auth token) from this environment variable'
            cand --token-file 'Read a bearer token (--auth token) from this file'
            cand --page-size 'Rows per page (default 1000); a page the instance cancels as too slow is halved'
            cand --deadline 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;snow;status'= {
            cand --instance 'The instance: a name (acme → https://acme.service-now.com) or a URL'
            cand --auth 'How to sign in (default: the stored login''s way, else what the other flags imply)'
            cand --user 'The integration user'
            cand --password-env 'Read the password from this environment variable'
            cand --password-file 'Read the password from this file (warns if others can read it)'
            cand --client-id 'The OAuth application''s client id (System OAuth > Application Registry)'
            cand --client-secret-env 'Read the OAuth client secret from this environment variable'
            cand --client-secret-file 'Read the OAuth client secret from this file'
            cand --token-env 'Read a bearer token (--auth token) from this environment variable'
            cand --token-file 'Read a bearer token (--auth token) from this file'
            cand --page-size 'Rows per page (default 1000); a page the instance cancels as too slow is halved'
            cand --deadline 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system roots'
            cand --timeout 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;snow;help'= {
            cand query 'Rows of a table, every page, streamed; the query''s fields checked first'
            cand get 'One record by its sys_id, or by its number (INC0010001)'
            cand count 'Count rows on the instance (Aggregate API), per combination of --group-by values, without reading them'
            cand sync 'Copy tables into the cache (snow_<table>): changes since the last run, deletions from the audit, everything with --full, stale rows pruned with --reconcile'
            cand create 'Create a record from --field NAME=VALUE or --json FILE (impact and urgency written, priority read back); a lost answer is looked for before anything is sent again'
            cand update 'Change fields of a record, named by sys_id or number'
            cand resolve 'Resolve an incident: its state, close code and close notes in one write'
            cand login 'Sign in and store the connection for the profile (0600): basic, OAuth password grant, client credentials or a token'
            cand status 'The instance, the user, its roles and time zone, the token, and the rate limit last seen'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;snow;help;query'= {
        }
        &'atomctl;snow;help;get'= {
        }
        &'atomctl;snow;help;count'= {
        }
        &'atomctl;snow;help;sync'= {
        }
        &'atomctl;snow;help;create'= {
        }
        &'atomctl;snow;help;update'= {
        }
        &'atomctl;snow;help;resolve'= {
        }
        &'atomctl;snow;help;login'= {
        }
        &'atomctl;snow;help;status'= {
        }
        &'atomctl;snow;help;help'= {
        }
        &'atomctl;analytics'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ingest 'Load chat usage events (NDJSON or CSV, same columns) into the cache; duplicates are skipped'
            cand report 'Print a report (`--list` names them)'
            cand export 'Write a report for another system or a manager: csv, json, ndjson or a self-contained HTML dashboard'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;analytics;ingest'= {
            cand --input-format 'The input''s format (default: from the extension, else from the first character)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --skip-missing 'Skip a named file that does not exist, or a glob that matches nothing (for cron lines that name a file that may not have been started yet)'
            cand --strict 'Stop at the first bad line and write nothing (default: report bad lines and skip them)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;analytics;report'= {
            cand --since 'Start: 30d, 12w, 6mo, 1y (whole days back, today included), a date or an RFC 3339 instant'
            cand --until 'End: a date (through the end of that day) or an instant (default: the end of today)'
            cand --by 'Period of the rows'
            cand --group-by 'Break the numbers down by a directory attribute or the event channel'
            cand --join-key 'How chat users match directory users (default: the profile''s, else mail)'
            cand --stale-days 'Days without a logon that make an account stale'
            cand --privileged-group 'A privileged group by name (repeatable; default: the profile''s list)'
            cand --minutes-per-interaction 'roi: minutes one interaction saves'
            cand --hourly-cost 'roi: the cost of an hour'
            cand --currency 'roi: the currency of --hourly-cost'
            cand --columns 'Only these columns, in this order (comma-separated; the report''s columns are in its JSON or CSV header)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand --list 'List the reports'
            cand --all-columns 'Every column in a table (a wide report shows the columns read first; CSV and JSON always have them all)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;analytics;export'= {
            cand --since 'Start: 30d, 12w, 6mo, 1y (whole days back, today included), a date or an RFC 3339 instant'
            cand --until 'End: a date (through the end of that day) or an instant (default: the end of today)'
            cand --by 'Period of the rows'
            cand --group-by 'Break the numbers down by a directory attribute or the event channel'
            cand --join-key 'How chat users match directory users (default: the profile''s, else mail)'
            cand --stale-days 'Days without a logon that make an account stale'
            cand --privileged-group 'A privileged group by name (repeatable; default: the profile''s list)'
            cand --minutes-per-interaction 'roi: minutes one interaction saves'
            cand --hourly-cost 'roi: the cost of an hour'
            cand --currency 'roi: the currency of --hourly-cost'
            cand --columns 'Only these columns, in this order (comma-separated; the report''s columns are in its JSON or CSV header)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;analytics;help'= {
            cand ingest 'Load chat usage events (NDJSON or CSV, same columns) into the cache; duplicates are skipped'
            cand report 'Print a report (`--list` names them)'
            cand export 'Write a report for another system or a manager: csv, json, ndjson or a self-contained HTML dashboard'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;analytics;help;ingest'= {
        }
        &'atomctl;analytics;help;report'= {
        }
        &'atomctl;analytics;help;export'= {
        }
        &'atomctl;analytics;help;help'= {
        }
        &'atomctl;cache'= {
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand info 'Where the cache is, its size, schema version and row counts'
            cand sql 'Run a read-only SQL query against the cache'
            cand jobs 'Recent jobs: what ran, when, how long, counts and outcome'
            cand audit 'Who ran what against which system with which profile, and the outcome'
            cand vacuum 'Reclaim free space (VACUUM) and checkpoint the write-ahead log'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;cache;info'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;cache;sql'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;cache;jobs'= {
            cand --limit 'How many jobs to show'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;cache;audit'= {
            cand --since 'Only runs since: 30d, 12w, 6mo, 1y, a date or an RFC 3339 instant'
            cand --system 'Only runs against this system (ldap, sf, sso, analytics, …)'
            cand --limit 'How many rows to show at most (newest first)'
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;cache;vacuum'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;cache;help'= {
            cand info 'Where the cache is, its size, schema version and row counts'
            cand sql 'Run a read-only SQL query against the cache'
            cand jobs 'Recent jobs: what ran, when, how long, counts and outcome'
            cand audit 'Who ran what against which system with which profile, and the outcome'
            cand vacuum 'Reclaim free space (VACUUM) and checkpoint the write-ahead log'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;cache;help;info'= {
        }
        &'atomctl;cache;help;sql'= {
        }
        &'atomctl;cache;help;jobs'= {
        }
        &'atomctl;cache;help;audit'= {
        }
        &'atomctl;cache;help;vacuum'= {
        }
        &'atomctl;cache;help;help'= {
        }
        &'atomctl;completions'= {
            cand --format 'Output format: auto is a table on a terminal and NDJSON otherwise'
            cand --profile 'Profile from the config file [env: ATOMCTL_PROFILE]'
            cand --config 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)'
            cand --cache 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)'
            cand -o 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --output 'Write the output to FILE (atomically: a reader never sees half a file)'
            cand --color 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set'
            cand --csv-formulas 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)'
            cand -q 'Print nothing on success except the data asked for'
            cand --quiet 'Print nothing on success except the data asked for'
            cand -v 'More detail on stderr (repeat for debug output)'
            cand --verbose 'More detail on stderr (repeat for debug output)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atomctl;help'= {
            cand config 'Manage profiles in the config file'
            cand ldap 'Search, inspect and sync LDAP / Active Directory'
            cand sf 'Salesforce: login, SOQL and SOSL queries, describe, Bulk API exports, sync, status'
            cand sso 'SSO: OpenID Connect checks, tokens and token validation; SAML SP metadata, IdP checks, Response validation'
            cand teams 'Microsoft Teams through Microsoft Graph: login, status, teams, channels, members'
            cand snow 'ServiceNow: table queries, every page, with the query''s fields checked first'
            cand analytics 'Chat usage events and reports across the directory, Salesforce and SSO data in the cache'
            cand cache 'Inspect and query the local cache'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atomctl;help;config'= {
            cand init 'Write a commented config.toml with an example profile'
            cand list 'List the profiles'
            cand show 'Show a profile (secrets are never shown, only where they come from)'
            cand get 'Print one value: `ldap.base_dn` (in the active profile) or `profiles.NAME.ldap.base_dn`'
            cand set 'Set one value, keeping the file''s comments; VALUE is TOML (`true`, `500`, `["a","b"]`) or text'
            cand path 'Print the config file path'
            cand check 'Connect to each configured service of the profile and report per service'
        }
        &'atomctl;help;config;init'= {
        }
        &'atomctl;help;config;list'= {
        }
        &'atomctl;help;config;show'= {
        }
        &'atomctl;help;config;get'= {
        }
        &'atomctl;help;config;set'= {
        }
        &'atomctl;help;config;path'= {
        }
        &'atomctl;help;config;check'= {
        }
        &'atomctl;help;ldap'= {
            cand search 'Paged, streaming search (RFC 2696) with LDIF, JSON, NDJSON, CSV or table output'
            cand user 'Find a user by uid, sAMAccountName, userPrincipalName or mail; show account state and groups'
            cand group 'List a group''s members, optionally expanded through nested groups'
            cand sync 'Copy users, groups and memberships into the cache (delta after the first full sync)'
            cand status 'Last sync per profile and cache counts'
        }
        &'atomctl;help;ldap;search'= {
        }
        &'atomctl;help;ldap;user'= {
        }
        &'atomctl;help;ldap;group'= {
        }
        &'atomctl;help;ldap;sync'= {
        }
        &'atomctl;help;ldap;status'= {
        }
        &'atomctl;help;sf'= {
            cand login 'Obtain and store a connection for the profile (JWT, client credentials, web + PKCE, …)'
            cand query 'Run SOQL to the last row: streamed, no row cap, CSV/JSON/NDJSON/table'
            cand export 'Export a SOQL result with Bulk API 2.0 into one CSV, page by page'
            cand search 'Run a SOSL search (FIND {…} RETURNING …)'
            cand describe 'List the org''s objects, or the fields of one object'
            cand sync 'Copy objects'' records into the cache (sf_<object> tables); incremental after the first run'
            cand status 'Org, user, instance, API version and API usage of the stored login'
            cand record 'Read and change records through sObject REST (several at once by collections)'
        }
        &'atomctl;help;sf;login'= {
        }
        &'atomctl;help;sf;query'= {
        }
        &'atomctl;help;sf;export'= {
        }
        &'atomctl;help;sf;search'= {
        }
        &'atomctl;help;sf;describe'= {
        }
        &'atomctl;help;sf;sync'= {
        }
        &'atomctl;help;sf;status'= {
        }
        &'atomctl;help;sf;record'= {
            cand get 'One record by Id'
            cand create 'Create a record from --field NAME=VALUE, or records from --json FILE (an object or an array); a lost answer is never sent again'
            cand update 'Set fields on records named by Id'
            cand upsert 'Create or update the record whose external id field has this value'
            cand delete 'Delete records by Id (to the recycle bin)'
        }
        &'atomctl;help;sf;record;get'= {
        }
        &'atomctl;help;sf;record;create'= {
        }
        &'atomctl;help;sf;record;update'= {
        }
        &'atomctl;help;sf;record;upsert'= {
        }
        &'atomctl;help;sf;record;delete'= {
        }
        &'atomctl;help;sso'= {
            cand oidc 'OpenID Connect providers: check, token, validate'
            cand saml 'SAML 2.0 Service Provider: keys, metadata, IdP checks, AuthnRequests, Response validation'
        }
        &'atomctl;help;sso;oidc'= {
            cand check 'Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)'
            cand token 'Obtain tokens (client credentials) and show them decoded, or only the access token'
            cand validate 'Validate an ID token or JWT access token item by item (exit 3 when invalid)'
            cand decode 'Show a token''s header and claims WITHOUT verifying anything (no key, no checks)'
            cand userinfo 'The userinfo claims for the stored (or a given) access token'
            cand introspect 'Ask the provider about a token (RFC 7662)'
            cand revoke 'Revoke the stored (or a given) token (RFC 7009) and forget it'
        }
        &'atomctl;help;sso;oidc;check'= {
        }
        &'atomctl;help;sso;oidc;token'= {
        }
        &'atomctl;help;sso;oidc;validate'= {
        }
        &'atomctl;help;sso;oidc;decode'= {
        }
        &'atomctl;help;sso;oidc;userinfo'= {
        }
        &'atomctl;help;sso;oidc;introspect'= {
        }
        &'atomctl;help;sso;oidc;revoke'= {
        }
        &'atomctl;help;sso;saml'= {
            cand keygen 'Make a key pair and self-signed certificate for a new SP (the key file is 0600)'
            cand metadata 'Print the SP''s metadata (OASIS schema-valid), optionally signed'
            cand idp-check 'Check an IdP''s metadata: certificates and expiry, endpoints, signature (exit 3 when unhealthy)'
            cand authn-url 'Print an HTTP-Redirect login URL with a fresh 128-bit request ID (remembered for validate)'
            cand validate 'Validate a SAMLResponse: signature, structure and every condition (exit 3 on reject)'
            cand decode 'Decode a SAMLRequest / SAMLResponse (URL, base64, deflate) to indented XML, unvalidated'
        }
        &'atomctl;help;sso;saml;keygen'= {
        }
        &'atomctl;help;sso;saml;metadata'= {
        }
        &'atomctl;help;sso;saml;idp-check'= {
        }
        &'atomctl;help;sso;saml;authn-url'= {
        }
        &'atomctl;help;sso;saml;validate'= {
        }
        &'atomctl;help;sso;saml;decode'= {
        }
        &'atomctl;help;teams'= {
            cand login 'Sign in to Microsoft Graph and store the login: as the app (client credentials, by secret or certificate), or with --device as a person (delegated, device code)'
            cand status 'Tenant, app, token kind, expiry and the permissions the token carries'
            cand list 'The tenant''s teams, every page, streamed'
            cand channels 'A team''s channels'
            cand members 'A team''s members, or a channel''s, with their roles'
            cand send 'Post a message to a channel: as the signed-in person through Graph (--team, --channel), or through a Workflows webhook as an Adaptive Card (--webhook-env)'
            cand meeting 'Schedule Teams meetings'
            cand sync 'Copy Entra users, groups and memberships (delta after the first run) and teams, channels and members (re-read each run) into the cache'
            cand reconcile 'Plan (and with --apply make) a team''s membership match a directory group from the cache'
        }
        &'atomctl;help;teams;login'= {
        }
        &'atomctl;help;teams;status'= {
        }
        &'atomctl;help;teams;list'= {
        }
        &'atomctl;help;teams;channels'= {
        }
        &'atomctl;help;teams;members'= {
        }
        &'atomctl;help;teams;send'= {
        }
        &'atomctl;help;teams;meeting'= {
            cand create 'Schedule a meeting in the organizer''s calendar with a Teams link; invitations go to the attendees. Prints the join URL'
        }
        &'atomctl;help;teams;meeting;create'= {
        }
        &'atomctl;help;teams;sync'= {
        }
        &'atomctl;help;teams;reconcile'= {
        }
        &'atomctl;help;snow'= {
            cand query 'Rows of a table, every page, streamed; the query''s fields checked first'
            cand get 'One record by its sys_id, or by its number (INC0010001)'
            cand count 'Count rows on the instance (Aggregate API), per combination of --group-by values, without reading them'
            cand sync 'Copy tables into the cache (snow_<table>): changes since the last run, deletions from the audit, everything with --full, stale rows pruned with --reconcile'
            cand create 'Create a record from --field NAME=VALUE or --json FILE (impact and urgency written, priority read back); a lost answer is looked for before anything is sent again'
            cand update 'Change fields of a record, named by sys_id or number'
            cand resolve 'Resolve an incident: its state, close code and close notes in one write'
            cand login 'Sign in and store the connection for the profile (0600): basic, OAuth password grant, client credentials or a token'
            cand status 'The instance, the user, its roles and time zone, the token, and the rate limit last seen'
        }
        &'atomctl;help;snow;query'= {
        }
        &'atomctl;help;snow;get'= {
        }
        &'atomctl;help;snow;count'= {
        }
        &'atomctl;help;snow;sync'= {
        }
        &'atomctl;help;snow;create'= {
        }
        &'atomctl;help;snow;update'= {
        }
        &'atomctl;help;snow;resolve'= {
        }
        &'atomctl;help;snow;login'= {
        }
        &'atomctl;help;snow;status'= {
        }
        &'atomctl;help;analytics'= {
            cand ingest 'Load chat usage events (NDJSON or CSV, same columns) into the cache; duplicates are skipped'
            cand report 'Print a report (`--list` names them)'
            cand export 'Write a report for another system or a manager: csv, json, ndjson or a self-contained HTML dashboard'
        }
        &'atomctl;help;analytics;ingest'= {
        }
        &'atomctl;help;analytics;report'= {
        }
        &'atomctl;help;analytics;export'= {
        }
        &'atomctl;help;cache'= {
            cand info 'Where the cache is, its size, schema version and row counts'
            cand sql 'Run a read-only SQL query against the cache'
            cand jobs 'Recent jobs: what ran, when, how long, counts and outcome'
            cand audit 'Who ran what against which system with which profile, and the outcome'
            cand vacuum 'Reclaim free space (VACUUM) and checkpoint the write-ahead log'
        }
        &'atomctl;help;cache;info'= {
        }
        &'atomctl;help;cache;sql'= {
        }
        &'atomctl;help;cache;jobs'= {
        }
        &'atomctl;help;cache;audit'= {
        }
        &'atomctl;help;cache;vacuum'= {
        }
        &'atomctl;help;completions'= {
        }
        &'atomctl;help;help'= {
        }
    ]
    $completions[$command]
}
