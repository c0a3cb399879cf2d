# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_atomctl_global_optspecs
    string join \n profile= config= cache= format= o/output= q/quiet v/verbose no-progress color= csv-formulas= h/help V/version
end

function __fish_atomctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_atomctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_atomctl_using_subcommand
    set -l cmd (__fish_atomctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c atomctl -n "__fish_atomctl_needs_command" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_needs_command" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_needs_command" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_needs_command" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_needs_command" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_needs_command" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_needs_command" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_needs_command" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_needs_command" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_needs_command" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_needs_command" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_needs_command" -f -a "config" -d 'Manage profiles in the config file'
complete -c atomctl -n "__fish_atomctl_needs_command" -f -a "ldap" -d 'Search, inspect and sync LDAP / Active Directory'
complete -c atomctl -n "__fish_atomctl_needs_command" -f -a "sf" -d 'Salesforce: login, SOQL and SOSL queries, describe, Bulk API exports, sync, status'
complete -c atomctl -n "__fish_atomctl_needs_command" -f -a "sso" -d 'SSO: OpenID Connect checks, tokens and token validation; SAML SP metadata, IdP checks, Response validation'
complete -c atomctl -n "__fish_atomctl_needs_command" -f -a "teams" -d 'Microsoft Teams through Microsoft Graph: login, status, teams, channels, members'
complete -c atomctl -n "__fish_atomctl_needs_command" -f -a "snow" -d 'ServiceNow: table queries, every page, with the query\'s fields checked first'
complete -c atomctl -n "__fish_atomctl_needs_command" -f -a "analytics" -d 'Chat usage events and reports across the directory, Salesforce and SSO data in the cache'
complete -c atomctl -n "__fish_atomctl_needs_command" -f -a "cache" -d 'Inspect and query the local cache'
complete -c atomctl -n "__fish_atomctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c atomctl -n "__fish_atomctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -f -a "init" -d 'Write a commented config.toml with an example profile'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -f -a "list" -d 'List the profiles'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -f -a "show" -d 'Show a profile (secrets are never shown, only where they come from)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -f -a "get" -d 'Print one value: `ldap.base_dn` (in the active profile) or `profiles.NAME.ldap.base_dn`'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -f -a "set" -d 'Set one value, keeping the file\'s comments; VALUE is TOML (`true`, `500`, `["a","b"]`) or text'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -f -a "path" -d 'Print the config file path'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -f -a "check" -d 'Connect to each configured service of the profile and report per service'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and not __fish_seen_subcommand_from init list show get set path check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Replace an existing file'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented config.toml with an example profile'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile (secrets are never shown, only where they come from)'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one value: `ldap.base_dn` (in the active profile) or `profiles.NAME.ldap.base_dn`'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one value, keeping the file\'s comments; VALUE is TOML (`true`, `500`, `["a","b"]`) or text'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file path'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Connect to each configured service of the profile and report per service'
complete -c atomctl -n "__fish_atomctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -f -a "search" -d 'Paged, streaming search (RFC 2696) with LDIF, JSON, NDJSON, CSV or table output'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -f -a "user" -d 'Find a user by uid, sAMAccountName, userPrincipalName or mail; show account state and groups'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -f -a "group" -d 'List a group\'s members, optionally expanded through nested groups'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -f -a "sync" -d 'Copy users, groups and memberships into the cache (delta after the first full sync)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -f -a "status" -d 'Last sync per profile and cache counts'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and not __fish_seen_subcommand_from search user group sync status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l url -d 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l bind-dn -d 'Bind DN (anonymous bind when neither this nor the profile gives one)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l password-env -d 'Read the bind password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l password-file -d 'Read the bind password from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l base -d 'Search base (default: the profile\'s, else the server\'s naming context)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l scope -d 'How deep under the base to search' -r -f -a "base\t'The base entry only'
one\t'The entries directly under the base'
sub\t'The base and everything under it'"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l page-size -d 'Entries per page (default: the profile\'s, else 1000)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l limit -d 'Stop after N entries' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l mv-separator -d 'CSV/table: separator between the values of a multi-valued attribute' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l starttls -d 'Upgrade ldap:// connections with StartTLS'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l insecure -d 'Do not verify the server certificate (dangerous; prints a warning)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l allow-cleartext-bind -d 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l no-wrap -d 'LDIF: do not fold long lines at 76 columns'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l decode -d 'Add readable forms of AD values (objectGUID, objectSid, userAccountControl, FILETIME dates)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l url -d 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l bind-dn -d 'Bind DN (anonymous bind when neither this nor the profile gives one)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l password-env -d 'Read the bind password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l password-file -d 'Read the bind password from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l base -d 'Search base (default: the profile\'s, else the server\'s naming context)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l starttls -d 'Upgrade ldap:// connections with StartTLS'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l insecure -d 'Do not verify the server certificate (dangerous; prints a warning)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l allow-cleartext-bind -d 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l transitive -d 'Also list the groups reached through nesting'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from user" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l url -d 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l bind-dn -d 'Bind DN (anonymous bind when neither this nor the profile gives one)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l password-env -d 'Read the bind password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l password-file -d 'Read the bind password from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l base -d 'Search base (default: the profile\'s, else the server\'s naming context)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l starttls -d 'Upgrade ldap:// connections with StartTLS'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l insecure -d 'Do not verify the server certificate (dangerous; prints a warning)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l allow-cleartext-bind -d 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l transitive -d 'Expand nested groups (client-side; cycles and dangling members are reported)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from group" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l url -d 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l bind-dn -d 'Bind DN (anonymous bind when neither this nor the profile gives one)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l password-env -d 'Read the bind password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l password-file -d 'Read the bind password from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l base -d 'Search base (default: the profile\'s, else the server\'s naming context)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l starttls -d 'Upgrade ldap:// connections with StartTLS'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l insecure -d 'Do not verify the server certificate (dangerous; prints a warning)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l allow-cleartext-bind -d 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l full -d 'Ignore the stored cookie / USN and copy everything'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l dry-run -d 'Report what would change (counts and a sample) and write nothing'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l no-wait -d 'Exit at once (code 1) when another sync of this profile is running, instead of waiting'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from help" -f -a "search" -d 'Paged, streaming search (RFC 2696) with LDIF, JSON, NDJSON, CSV or table output'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from help" -f -a "user" -d 'Find a user by uid, sAMAccountName, userPrincipalName or mail; show account state and groups'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from help" -f -a "group" -d 'List a group\'s members, optionally expanded through nested groups'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Copy users, groups and memberships into the cache (delta after the first full sync)'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from help" -f -a "status" -d 'Last sync per profile and cache counts'
complete -c atomctl -n "__fish_atomctl_using_subcommand ldap; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -f -a "login" -d 'Obtain and store a connection for the profile (JWT, client credentials, web + PKCE, …)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -f -a "query" -d 'Run SOQL to the last row: streamed, no row cap, CSV/JSON/NDJSON/table'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -f -a "export" -d 'Export a SOQL result with Bulk API 2.0 into one CSV, page by page'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -f -a "search" -d 'Run a SOSL search (FIND {…} RETURNING …)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -f -a "describe" -d 'List the org\'s objects, or the fields of one object'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -f -a "sync" -d 'Copy objects\' records into the cache (sf_<object> tables); incremental after the first run'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -f -a "status" -d 'Org, user, instance, API version and API usage of the stored login'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -f -a "record" -d 'Read and change records through sObject REST (several at once by collections)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -f -a "import" -d 'Load a CSV into an object with a Bulk API 2.0 ingest job; the header is checked first, the results land in three CSV files'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and not __fish_seen_subcommand_from login query export search describe sync status record import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l flow -d 'The flow; inferred from the other flags when not given (web when nothing else fits)' -r -f -a "jwt\t'JWT bearer: --jwt-key, --client-id, --username'
client-credentials\t'Client credentials: --client-id and the client secret (runs as the app\'s run-as user)'
web\t'Web server flow with PKCE through a loopback listener (a browser logs in)'
refresh-token\t'Exchange a refresh token (--refresh-token-env)'
password\t'Username and password (+ security token); Salesforce is retiring this flow'
access-token\t'Store an existing access token (--access-token-env) with --instance-url'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l login-url -d 'production, sandbox, or a My Domain URL (default: the profile\'s, else production)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l client-id -d 'Connected app consumer key' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l client-secret-env -d 'Read the consumer secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l client-secret-file -d 'Read the consumer secret from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l username -d 'Salesforce username (JWT and password flows)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l jwt-key -d 'Private key (PEM) for the JWT bearer flow' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l password-env -d 'Read the password (with the security token appended) from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l refresh-token-env -d 'Read a refresh token from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l browser-command -d 'Run this command with the login URL as its argument' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l port -d 'Loopback port of the redirect (default: any free port)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l wait -d 'How long to wait for the login to come back: 5m, 90s (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l instance-url -d 'Instance URL, e.g. https://acme.my.salesforce.com' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l access-token-env -d 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l api-version -d 'API version, e.g. 63.0' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l no-browser -d 'Print the login URL instead of opening a browser'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -s f -l file -d 'Read the SOQL statement from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l delimiter -d 'CSV field delimiter: one character, or `tab`' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l line-ending -d 'CSV record terminator' -r -f -a "lf\t''
crlf\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l null-text -d 'Text for a null value in CSV (default: empty)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l explode -d 'One row per child record of this subquery relationship instead of a JSON cell' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l instance-url -d 'Instance URL, e.g. https://acme.my.salesforce.com' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l access-token-env -d 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l api-version -d 'API version, e.g. 63.0' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l all-rows -d 'Include deleted and archived records (queryAll)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l tooling -d 'Query the Tooling API'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l utc -d 'Datetimes normalized to UTC with a Z suffix instead of as returned'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from query" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -s f -l file -d 'Read the SOQL statement from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l resume -d 'Continue an existing job instead of creating one' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l wait -d 'How long to wait for the job to complete: 90s, 15m, 2h, 1h30m' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l max-records -d 'Records per result page (bounds memory; Salesforce may send fewer)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l instance-url -d 'Instance URL, e.g. https://acme.my.salesforce.com' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l access-token-env -d 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l api-version -d 'API version, e.g. 63.0' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l format -d 'Output format: this command writes CSV' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l all-rows -d 'Include deleted and archived records (queryAll)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l delimiter -d 'CSV field delimiter: one character, or `tab`' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l line-ending -d 'CSV record terminator' -r -f -a "lf\t''
crlf\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l null-text -d 'Text for a null value in CSV (default: empty)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l explode -d 'One row per child record of this subquery relationship instead of a JSON cell' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l instance-url -d 'Instance URL, e.g. https://acme.my.salesforce.com' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l access-token-env -d 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l api-version -d 'API version, e.g. 63.0' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l utc -d 'Datetimes normalized to UTC with a Z suffix instead of as returned'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l instance-url -d 'Instance URL, e.g. https://acme.my.salesforce.com' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l access-token-env -d 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l api-version -d 'API version, e.g. 63.0' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l instance-url -d 'Instance URL, e.g. https://acme.my.salesforce.com' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l access-token-env -d 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l api-version -d 'API version, e.g. 63.0' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l full -d 'Read every record again instead of the changes since the last sync'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l no-wait -d 'Exit at once (code 1) when another sync of this profile is running'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l instance-url -d 'Instance URL, e.g. https://acme.my.salesforce.com' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l access-token-env -d 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l api-version -d 'API version, e.g. 63.0' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -f -a "get" -d 'One record by Id'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -f -a "create" -d 'Create a record from --field NAME=VALUE, or records from --json FILE (an object or an array); a lost answer is never sent again'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -f -a "update" -d 'Set fields on records named by Id'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -f -a "upsert" -d 'Create or update the record whose external id field has this value'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -f -a "delete" -d 'Delete records by Id (to the recycle bin)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from record" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l operation -d 'What the job does with each row' -r -f -a "insert\t''
update\t''
upsert\t''
delete\t''
hard-delete\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l external-id -d 'The external id field an upsert matches on' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l results -d 'Where the result files go (default: beside the input)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l wait -d 'How long to wait for the job to finish: 90s, 15m, 2h' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l map -d 'Rename the file\'s columns to fields: a CSV of `file column,field` lines' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l null-text -d 'Cells that are exactly TEXT set the field to null (sent as #N/A); without it an empty cell leaves the field as it is on update' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l delimiter -d 'The column delimiter (default: the one the header line uses)' -r -f -a "comma\t''
semicolon\t''
tab\t''
pipe\t''
caret\t''
backquote\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l rows-per-job -d 'At most N records per job (default: as many as fit the 100 MB a job\'s upload may hold; a bigger file always goes up as several jobs)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l resume -d 'Pick up these jobs (comma-separated) where an earlier run stopped (uploaded and closed): wait for them and write their results; nothing is sent again' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l instance-url -d 'Instance URL, e.g. https://acme.my.salesforce.com' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l access-token-env -d 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l api-version -d 'API version, e.g. 63.0' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the header against describe and print the plan; no job is created'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l no-check -d 'Skip the describe check of the header'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from help" -f -a "login" -d 'Obtain and store a connection for the profile (JWT, client credentials, web + PKCE, …)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from help" -f -a "query" -d 'Run SOQL to the last row: streamed, no row cap, CSV/JSON/NDJSON/table'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a SOQL result with Bulk API 2.0 into one CSV, page by page'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from help" -f -a "search" -d 'Run a SOSL search (FIND {…} RETURNING …)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from help" -f -a "describe" -d 'List the org\'s objects, or the fields of one object'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Copy objects\' records into the cache (sf_<object> tables); incremental after the first run'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from help" -f -a "status" -d 'Org, user, instance, API version and API usage of the stored login'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from help" -f -a "record" -d 'Read and change records through sObject REST (several at once by collections)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from help" -f -a "import" -d 'Load a CSV into an object with a Bulk API 2.0 ingest job; the header is checked first, the results land in three CSV files'
complete -c atomctl -n "__fish_atomctl_using_subcommand sf; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -f -a "oidc" -d 'OpenID Connect providers: check, token, validate'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -f -a "saml" -d 'SAML 2.0 Service Provider: keys, metadata, IdP checks, AuthnRequests, Response validation'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and not __fish_seen_subcommand_from oidc saml help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -f -a "check" -d 'Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -f -a "token" -d 'Obtain tokens (client credentials) and show them decoded, or only the access token'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -f -a "validate" -d 'Validate an ID token or JWT access token item by item (exit 3 when invalid)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -f -a "decode" -d 'Show a token\'s header and claims WITHOUT verifying anything (no key, no checks)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -f -a "userinfo" -d 'The userinfo claims for the stored (or a given) access token'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -f -a "introspect" -d 'Ask the provider about a token (RFC 7662)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -f -a "revoke" -d 'Revoke the stored (or a given) token (RFC 7009) and forget it'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from oidc" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -f -a "keygen" -d 'Make a key pair and self-signed certificate for a new SP (the key file is 0600)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -f -a "metadata" -d 'Print the SP\'s metadata (OASIS schema-valid), optionally signed'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -f -a "idp-check" -d 'Check an IdP\'s metadata: certificates and expiry, endpoints, signature (exit 3 when unhealthy)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -f -a "authn-url" -d 'Print an HTTP-Redirect login URL with a fresh 128-bit request ID (remembered for validate)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -f -a "validate" -d 'Validate a SAMLResponse: signature, structure and every condition (exit 3 on reject)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -f -a "decode" -d 'Decode a SAMLRequest / SAMLResponse (URL, base64, deflate) to indented XML, unvalidated'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from saml" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "oidc" -d 'OpenID Connect providers: check, token, validate'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "saml" -d 'SAML 2.0 Service Provider: keys, metadata, IdP checks, AuthnRequests, Response validation'
complete -c atomctl -n "__fish_atomctl_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -f -a "login" -d 'Sign in to Microsoft Graph and store the login: as the app (client credentials, by secret or certificate), or with --device as a person (delegated, device code)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -f -a "status" -d 'Tenant, app, token kind, expiry and the permissions the token carries'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -f -a "list" -d 'The tenant\'s teams, every page, streamed'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -f -a "channels" -d 'A team\'s channels'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -f -a "members" -d 'A team\'s members, or a channel\'s, with their roles'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -f -a "send" -d 'Post a message to a channel: as the signed-in person through Graph (--team, --channel), or through a Workflows webhook as an Adaptive Card (--webhook-env)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -f -a "meeting" -d 'Schedule Teams meetings'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -f -a "sync" -d 'Copy Entra users, groups and memberships (delta after the first run) and teams, channels and members (re-read each run) into the cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -f -a "reconcile" -d 'Plan (and with --apply make) a team\'s membership match a directory group from the cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and not __fish_seen_subcommand_from login status list channels members send meeting sync reconcile help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l tenant -d 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l client-id -d 'The app registration\'s application (client) ID' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l client-secret-env -d 'Read the client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l client-secret-file -d 'Read the client secret from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l cert -d 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l key -d 'The certificate\'s private key (PEM, RSA)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l cloud -d 'The Microsoft cloud: picks the sign-in and Graph hosts' -r -f -a "global\t'Worldwide (login.microsoftonline.com, graph.microsoft.com)'
usgov\t'US Government GCC (the worldwide endpoints)'
usgovhigh\t'US Government L4, GCC High (login.microsoftonline.us, graph.microsoft.us)'
dod\t'US Government L5, DoD (login.microsoftonline.us, dod-graph.microsoft.us)'
china\t'China, 21Vianet (login.chinacloudapi.cn, microsoftgraph.chinacloudapi.cn)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l login-url -d 'Sign-in host instead of the cloud\'s (e.g. a local test server)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l graph-url -d 'Graph host instead of the cloud\'s' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l device -d 'Sign in as a person on another device (device code): a delegated token, needed to act as a user; the app must allow public client flows'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l tenant -d 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l client-id -d 'The app registration\'s application (client) ID' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l client-secret-env -d 'Read the client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l client-secret-file -d 'Read the client secret from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l cert -d 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l key -d 'The certificate\'s private key (PEM, RSA)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l cloud -d 'The Microsoft cloud: picks the sign-in and Graph hosts' -r -f -a "global\t'Worldwide (login.microsoftonline.com, graph.microsoft.com)'
usgov\t'US Government GCC (the worldwide endpoints)'
usgovhigh\t'US Government L4, GCC High (login.microsoftonline.us, graph.microsoft.us)'
dod\t'US Government L5, DoD (login.microsoftonline.us, dod-graph.microsoft.us)'
china\t'China, 21Vianet (login.chinacloudapi.cn, microsoftgraph.chinacloudapi.cn)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l login-url -d 'Sign-in host instead of the cloud\'s (e.g. a local test server)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l graph-url -d 'Graph host instead of the cloud\'s' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l client-id -d 'The app registration\'s application (client) ID' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l client-secret-env -d 'Read the client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l client-secret-file -d 'Read the client secret from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l cert -d 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l key -d 'The certificate\'s private key (PEM, RSA)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l cloud -d 'The Microsoft cloud: picks the sign-in and Graph hosts' -r -f -a "global\t'Worldwide (login.microsoftonline.com, graph.microsoft.com)'
usgov\t'US Government GCC (the worldwide endpoints)'
usgovhigh\t'US Government L4, GCC High (login.microsoftonline.us, graph.microsoft.us)'
dod\t'US Government L5, DoD (login.microsoftonline.us, dod-graph.microsoft.us)'
china\t'China, 21Vianet (login.chinacloudapi.cn, microsoftgraph.chinacloudapi.cn)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l login-url -d 'Sign-in host instead of the cloud\'s (e.g. a local test server)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l graph-url -d 'Graph host instead of the cloud\'s' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l tenant -d 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l client-id -d 'The app registration\'s application (client) ID' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l client-secret-env -d 'Read the client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l client-secret-file -d 'Read the client secret from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l cert -d 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l key -d 'The certificate\'s private key (PEM, RSA)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l cloud -d 'The Microsoft cloud: picks the sign-in and Graph hosts' -r -f -a "global\t'Worldwide (login.microsoftonline.com, graph.microsoft.com)'
usgov\t'US Government GCC (the worldwide endpoints)'
usgovhigh\t'US Government L4, GCC High (login.microsoftonline.us, graph.microsoft.us)'
dod\t'US Government L5, DoD (login.microsoftonline.us, dod-graph.microsoft.us)'
china\t'China, 21Vianet (login.chinacloudapi.cn, microsoftgraph.chinacloudapi.cn)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l login-url -d 'Sign-in host instead of the cloud\'s (e.g. a local test server)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l graph-url -d 'Graph host instead of the cloud\'s' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from channels" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l channel -d 'A channel of the team (id or exact display name) instead of the whole team' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l role -d 'Only members with this role' -r -f -a "owner\t''
member\t''
guest\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l tenant -d 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l client-id -d 'The app registration\'s application (client) ID' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l client-secret-env -d 'Read the client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l client-secret-file -d 'Read the client secret from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l cert -d 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l key -d 'The certificate\'s private key (PEM, RSA)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l cloud -d 'The Microsoft cloud: picks the sign-in and Graph hosts' -r -f -a "global\t'Worldwide (login.microsoftonline.com, graph.microsoft.com)'
usgov\t'US Government GCC (the worldwide endpoints)'
usgovhigh\t'US Government L4, GCC High (login.microsoftonline.us, graph.microsoft.us)'
dod\t'US Government L5, DoD (login.microsoftonline.us, dod-graph.microsoft.us)'
china\t'China, 21Vianet (login.chinacloudapi.cn, microsoftgraph.chinacloudapi.cn)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l login-url -d 'Sign-in host instead of the cloud\'s (e.g. a local test server)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l graph-url -d 'Graph host instead of the cloud\'s' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from members" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l webhook-env -d 'The environment variable holding the Workflows webhook URL (it carries its own signature, so it is a secret: never on the command line)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l team -d 'Post through Graph as the signed-in person (a delegated login: teams login --device) to this team (id or exact display name)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l channel -d 'The channel of --team (id or exact display name)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -s m -l message -d 'The message text (else --message-file, else stdin)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l message-file -d 'Read the message text from this file (`-` for stdin)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l title -d 'A bold title above the message' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l card -d 'A whole Adaptive Card (JSON) instead of a text message' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l tenant -d 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l client-id -d 'The app registration\'s application (client) ID' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l client-secret-env -d 'Read the client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l client-secret-file -d 'Read the client secret from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l cert -d 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l key -d 'The certificate\'s private key (PEM, RSA)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l cloud -d 'The Microsoft cloud: picks the sign-in and Graph hosts' -r -f -a "global\t'Worldwide (login.microsoftonline.com, graph.microsoft.com)'
usgov\t'US Government GCC (the worldwide endpoints)'
usgovhigh\t'US Government L4, GCC High (login.microsoftonline.us, graph.microsoft.us)'
dod\t'US Government L5, DoD (login.microsoftonline.us, dod-graph.microsoft.us)'
china\t'China, 21Vianet (login.chinacloudapi.cn, microsoftgraph.chinacloudapi.cn)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l login-url -d 'Sign-in host instead of the cloud\'s (e.g. a local test server)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l graph-url -d 'Graph host instead of the cloud\'s' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l rows -d 'The text is NDJSON rows (an atomctl command piped in): each row is posted as one line of its values, separated by middle dots'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l skip-empty -d 'Send nothing and exit 0 when the text is empty (a pipeline that posts only when a report found something)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -f -a "create" -d 'Schedule a meeting in the organizer\'s calendar with a Teams link; invitations go to the attendees. Prints the join URL'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from meeting" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l since -d 'With --security, how far back the first read of the sign-in logs reaches (later runs go on from the newest one held): 24h, 7d (Entra keeps 30 days with P1/P2)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l tenant -d 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l client-id -d 'The app registration\'s application (client) ID' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l client-secret-env -d 'Read the client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l client-secret-file -d 'Read the client secret from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l cert -d 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l key -d 'The certificate\'s private key (PEM, RSA)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l cloud -d 'The Microsoft cloud: picks the sign-in and Graph hosts' -r -f -a "global\t'Worldwide (login.microsoftonline.com, graph.microsoft.com)'
usgov\t'US Government GCC (the worldwide endpoints)'
usgovhigh\t'US Government L4, GCC High (login.microsoftonline.us, graph.microsoft.us)'
dod\t'US Government L5, DoD (login.microsoftonline.us, dod-graph.microsoft.us)'
china\t'China, 21Vianet (login.chinacloudapi.cn, microsoftgraph.chinacloudapi.cn)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l login-url -d 'Sign-in host instead of the cloud\'s (e.g. a local test server)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l graph-url -d 'Graph host instead of the cloud\'s' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l full -d 'Read users and groups from the beginning instead of from the stored delta state'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l dry-run -d 'Read everything and report what would change, without writing it'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l no-wait -d 'If another teams sync of the profile is running, skip this one (exit 8) instead of waiting for it'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l security -d 'Also copy the security sources: every user\'s MFA registration details and the sign-in logs (Entra ID P1/P2, AuditLog.Read.All), and the risky users (P2, IdentityRiskyUser.Read.All). A source the tenant is not licensed for is a warning; the others still sync'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l team -d 'The team: its id, or its exact display name' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l from-group -d 'The directory group (in the cache): its id, DN or name; nested groups are expanded' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l source-profile -d 'The profile whose cached directory holds the group (default: this profile)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l match -d 'When no anchor (objectGUID / entryUUID as onPremisesImmutableId, objectSid as onPremisesSecurityIdentifier) matches, match the Entra account by mail or UPN' -r -f -a "mail\t''
upn\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l exempt -d 'Never remove the people in this file: one Entra id, UPN or mail per line (# comments)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l max-removals -d 'Refuse to apply more removals than this without --force: a count, or a percentage of the team' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l expect -d 'Apply only if the plan is still the one with this fingerprint (printed with the plan)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l verify-for -d 'How long to keep reading the team until the changes show (they appear late); 0 to skip' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l tenant -d 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l client-id -d 'The app registration\'s application (client) ID' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l client-secret-env -d 'Read the client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l client-secret-file -d 'Read the client secret from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l cert -d 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l key -d 'The certificate\'s private key (PEM, RSA)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l cloud -d 'The Microsoft cloud: picks the sign-in and Graph hosts' -r -f -a "global\t'Worldwide (login.microsoftonline.com, graph.microsoft.com)'
usgov\t'US Government GCC (the worldwide endpoints)'
usgovhigh\t'US Government L4, GCC High (login.microsoftonline.us, graph.microsoft.us)'
dod\t'US Government L5, DoD (login.microsoftonline.us, dod-graph.microsoft.us)'
china\t'China, 21Vianet (login.chinacloudapi.cn, microsoftgraph.chinacloudapi.cn)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l login-url -d 'Sign-in host instead of the cloud\'s (e.g. a local test server)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l graph-url -d 'Graph host instead of the cloud\'s' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l include-owners -d 'Remove owners who are not in the group too (never the team\'s last owner)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l include-guests -d 'Remove guests who are not in the group too'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l force -d 'Apply even when the removals exceed --max-removals'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l apply -d 'Make the changes (without it, the plan is printed and nothing is written)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from reconcile" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "login" -d 'Sign in to Microsoft Graph and store the login: as the app (client credentials, by secret or certificate), or with --device as a person (delegated, device code)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "status" -d 'Tenant, app, token kind, expiry and the permissions the token carries'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "list" -d 'The tenant\'s teams, every page, streamed'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "channels" -d 'A team\'s channels'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "members" -d 'A team\'s members, or a channel\'s, with their roles'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "send" -d 'Post a message to a channel: as the signed-in person through Graph (--team, --channel), or through a Workflows webhook as an Adaptive Card (--webhook-env)'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "meeting" -d 'Schedule Teams meetings'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Copy Entra users, groups and memberships (delta after the first run) and teams, channels and members (re-read each run) into the cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "reconcile" -d 'Plan (and with --apply make) a team\'s membership match a directory group from the cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand teams; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -f -a "query" -d 'Rows of a table, every page, streamed; the query\'s fields checked first'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -f -a "get" -d 'One record by its sys_id, or by its number (INC0010001)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -f -a "count" -d 'Count rows on the instance (Aggregate API), per combination of --group-by values, without reading them'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -f -a "sync" -d 'Copy tables into the cache (snow_<table>): changes since the last run, deletions from the audit, everything with --full, stale rows pruned with --reconcile'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -f -a "create" -d 'Create a record from --field NAME=VALUE or --json FILE (impact and urgency written, priority read back); a lost answer is looked for before anything is sent again'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -f -a "update" -d 'Change fields of a record, named by sys_id or number'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -f -a "resolve" -d 'Resolve an incident: its state, close code and close notes in one write'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -f -a "login" -d 'Sign in and store the connection for the profile (0600): basic, OAuth password grant, client credentials or a token'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -f -a "status" -d 'The instance, the user, its roles and time zone, the token, and the rate limit last seen'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and not __fish_seen_subcommand_from query get count sync create update resolve login status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l query -d 'An encoded query (active=true^priority<=2); its fields are checked against the table\'s dictionary first, since the instance silently drops a term it does not know' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l fields -d 'The fields to read, comma-separated (default: every field of the first row)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l display-value -d 'Database values (false: references as sys_ids, UTC date-times), display values (true), or both (all: a <field>_display column beside each)' -r -f -a "false\t''
true\t''
all\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l limit -d 'Stop after this many rows' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l tz -d 'Write database date-times in this zone (Europe/Berlin); default UTC, as 2026-12-01T10:00:00Z' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l instance -d 'The instance: a name (acme → https://acme.service-now.com) or a URL' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l auth -d 'How to sign in (default: the stored login\'s way, else what the other flags imply)' -r -f -a "basic\t'The user and password on every request'
oauth-password\t'OAuth password grant: a token and a refresh token for the user'
client-credentials\t'OAuth client credentials (Washington DC and later, when enabled on the instance)'
token\t'A bearer token given as it is (from --token-env / --token-file)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l user -d 'The integration user' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l password-env -d 'Read the password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l password-file -d 'Read the password from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l client-id -d 'The OAuth application\'s client id (System OAuth > Application Registry)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l client-secret-env -d 'Read the OAuth client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l client-secret-file -d 'Read the OAuth client secret from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l token-env -d 'Read a bearer token (--auth token) from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l token-file -d 'Read a bearer token (--auth token) from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l page-size -d 'Rows per page (default 1000); a page the instance cancels as too slow is halved' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l deadline -d 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow\'s rate windows are hourly)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l no-check -d 'Skip the dictionary check of the query\'s fields'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from query" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l fields -d 'The fields to show, comma-separated (default: all)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l display-value -d 'Database values, display values, or both (a <field>_display beside each)' -r -f -a "false\t''
true\t''
all\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l tz -d 'Write database date-times in this zone (Europe/Berlin); default UTC' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l instance -d 'The instance: a name (acme → https://acme.service-now.com) or a URL' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l auth -d 'How to sign in (default: the stored login\'s way, else what the other flags imply)' -r -f -a "basic\t'The user and password on every request'
oauth-password\t'OAuth password grant: a token and a refresh token for the user'
client-credentials\t'OAuth client credentials (Washington DC and later, when enabled on the instance)'
token\t'A bearer token given as it is (from --token-env / --token-file)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l user -d 'The integration user' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l password-env -d 'Read the password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l password-file -d 'Read the password from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l client-id -d 'The OAuth application\'s client id (System OAuth > Application Registry)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l client-secret-env -d 'Read the OAuth client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l client-secret-file -d 'Read the OAuth client secret from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l token-env -d 'Read a bearer token (--auth token) from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l token-file -d 'Read a bearer token (--auth token) from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l page-size -d 'Rows per page (default 1000); a page the instance cancels as too slow is halved' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l deadline -d 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow\'s rate windows are hourly)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l query -d 'An encoded query (checked against the dictionary like snow query\'s)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l group-by -d 'Count per combination of these fields\' values (assignment_group,priority)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l instance -d 'The instance: a name (acme → https://acme.service-now.com) or a URL' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l auth -d 'How to sign in (default: the stored login\'s way, else what the other flags imply)' -r -f -a "basic\t'The user and password on every request'
oauth-password\t'OAuth password grant: a token and a refresh token for the user'
client-credentials\t'OAuth client credentials (Washington DC and later, when enabled on the instance)'
token\t'A bearer token given as it is (from --token-env / --token-file)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l user -d 'The integration user' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l password-env -d 'Read the password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l password-file -d 'Read the password from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l client-id -d 'The OAuth application\'s client id (System OAuth > Application Registry)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l client-secret-env -d 'Read the OAuth client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l client-secret-file -d 'Read the OAuth client secret from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l token-env -d 'Read a bearer token (--auth token) from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l token-file -d 'Read a bearer token (--auth token) from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l page-size -d 'Rows per page (default 1000); a page the instance cancels as too slow is halved' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l deadline -d 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow\'s rate windows are hourly)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l no-check -d 'Skip the dictionary check of the query\'s fields'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from count" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l instance -d 'The instance: a name (acme → https://acme.service-now.com) or a URL' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l auth -d 'How to sign in (default: the stored login\'s way, else what the other flags imply)' -r -f -a "basic\t'The user and password on every request'
oauth-password\t'OAuth password grant: a token and a refresh token for the user'
client-credentials\t'OAuth client credentials (Washington DC and later, when enabled on the instance)'
token\t'A bearer token given as it is (from --token-env / --token-file)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l user -d 'The integration user' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l password-env -d 'Read the password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l password-file -d 'Read the password from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l client-id -d 'The OAuth application\'s client id (System OAuth > Application Registry)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l client-secret-env -d 'Read the OAuth client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l client-secret-file -d 'Read the OAuth client secret from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l token-env -d 'Read a bearer token (--auth token) from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l token-file -d 'Read a bearer token (--auth token) from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l page-size -d 'Rows per page (default 1000); a page the instance cancels as too slow is halved' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l deadline -d 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow\'s rate windows are hourly)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l full -d 'Read every row again instead of the changes since the checkpoint; rows not read again are deleted'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l reconcile -d 'Also read every sys_id the instance holds and delete the cached rows it no longer has (deletes the audit misses: Table Cleaner, sys_* tables); run it weekly'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l dry-run -d 'Read everything and report what would change, without writing it'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l no-wait -d 'If another snow sync of the profile is running, skip this one (exit 8) instead of waiting for it'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l field -d 'A field to set (repeat the flag for several)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l json -d 'The fields as a JSON object in FILE (- for stdin); --field wins over it' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l display-value -d 'How the written record is shown: database values, display values, or both' -r -f -a "false\t''
true\t''
all\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l instance -d 'The instance: a name (acme → https://acme.service-now.com) or a URL' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l auth -d 'How to sign in (default: the stored login\'s way, else what the other flags imply)' -r -f -a "basic\t'The user and password on every request'
oauth-password\t'OAuth password grant: a token and a refresh token for the user'
client-credentials\t'OAuth client credentials (Washington DC and later, when enabled on the instance)'
token\t'A bearer token given as it is (from --token-env / --token-file)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l user -d 'The integration user' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l password-env -d 'Read the password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l password-file -d 'Read the password from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l client-id -d 'The OAuth application\'s client id (System OAuth > Application Registry)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l client-secret-env -d 'Read the OAuth client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l client-secret-file -d 'Read the OAuth client secret from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l token-env -d 'Read a bearer token (--auth token) from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l token-file -d 'Read a bearer token (--auth token) from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l page-size -d 'Rows per page (default 1000); a page the instance cancels as too slow is halved' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l deadline -d 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow\'s rate windows are hourly)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l input-display-value -d 'Reference and choice fields are given by what a person sees (assignment_group="Service Desk", state=Resolved), not by sys_id and value'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l no-check -d 'Skip the dictionary check of the field names (the instance ignores unknown ones)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l field -d 'A field to set (repeat the flag for several)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l json -d 'The fields as a JSON object in FILE (- for stdin); --field wins over it' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l display-value -d 'How the written record is shown: database values, display values, or both' -r -f -a "false\t''
true\t''
all\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l instance -d 'The instance: a name (acme → https://acme.service-now.com) or a URL' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l auth -d 'How to sign in (default: the stored login\'s way, else what the other flags imply)' -r -f -a "basic\t'The user and password on every request'
oauth-password\t'OAuth password grant: a token and a refresh token for the user'
client-credentials\t'OAuth client credentials (Washington DC and later, when enabled on the instance)'
token\t'A bearer token given as it is (from --token-env / --token-file)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l user -d 'The integration user' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l password-env -d 'Read the password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l password-file -d 'Read the password from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l client-id -d 'The OAuth application\'s client id (System OAuth > Application Registry)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l client-secret-env -d 'Read the OAuth client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l client-secret-file -d 'Read the OAuth client secret from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l token-env -d 'Read a bearer token (--auth token) from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l token-file -d 'Read a bearer token (--auth token) from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l page-size -d 'Rows per page (default 1000); a page the instance cancels as too slow is halved' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l deadline -d 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow\'s rate windows are hourly)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l input-display-value -d 'Reference and choice fields are given by what a person sees (assignment_group="Service Desk", state=Resolved), not by sys_id and value'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l no-check -d 'Skip the dictionary check of the field names (the instance ignores unknown ones)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l close-code -d 'The close code (resolution code), e.g. "Solved (Permanently)"' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l close-notes -d 'What was done' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l state -d 'The state that means resolved (incident: 6)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l field -d 'A field to set (repeat the flag for several)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l json -d 'The fields as a JSON object in FILE (- for stdin); --field wins over it' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l display-value -d 'How the written record is shown: database values, display values, or both' -r -f -a "false\t''
true\t''
all\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l instance -d 'The instance: a name (acme → https://acme.service-now.com) or a URL' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l auth -d 'How to sign in (default: the stored login\'s way, else what the other flags imply)' -r -f -a "basic\t'The user and password on every request'
oauth-password\t'OAuth password grant: a token and a refresh token for the user'
client-credentials\t'OAuth client credentials (Washington DC and later, when enabled on the instance)'
token\t'A bearer token given as it is (from --token-env / --token-file)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l user -d 'The integration user' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l password-env -d 'Read the password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l password-file -d 'Read the password from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l client-id -d 'The OAuth application\'s client id (System OAuth > Application Registry)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l client-secret-env -d 'Read the OAuth client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l client-secret-file -d 'Read the OAuth client secret from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l token-env -d 'Read a bearer token (--auth token) from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l token-file -d 'Read a bearer token (--auth token) from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l page-size -d 'Rows per page (default 1000); a page the instance cancels as too slow is halved' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l deadline -d 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow\'s rate windows are hourly)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l input-display-value -d 'Reference and choice fields are given by what a person sees (assignment_group="Service Desk", state=Resolved), not by sys_id and value'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l no-check -d 'Skip the dictionary check of the field names (the instance ignores unknown ones)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from resolve" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l instance -d 'The instance: a name (acme → https://acme.service-now.com) or a URL' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l auth -d 'How to sign in (default: the stored login\'s way, else what the other flags imply)' -r -f -a "basic\t'The user and password on every request'
oauth-password\t'OAuth password grant: a token and a refresh token for the user'
client-credentials\t'OAuth client credentials (Washington DC and later, when enabled on the instance)'
token\t'A bearer token given as it is (from --token-env / --token-file)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l user -d 'The integration user' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l password-env -d 'Read the password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l password-file -d 'Read the password from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l client-id -d 'The OAuth application\'s client id (System OAuth > Application Registry)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l client-secret-env -d 'Read the OAuth client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l client-secret-file -d 'Read the OAuth client secret from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l token-env -d 'Read a bearer token (--auth token) from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l token-file -d 'Read a bearer token (--auth token) from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l page-size -d 'Rows per page (default 1000); a page the instance cancels as too slow is halved' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l deadline -d 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow\'s rate windows are hourly)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l instance -d 'The instance: a name (acme → https://acme.service-now.com) or a URL' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l auth -d 'How to sign in (default: the stored login\'s way, else what the other flags imply)' -r -f -a "basic\t'The user and password on every request'
oauth-password\t'OAuth password grant: a token and a refresh token for the user'
client-credentials\t'OAuth client credentials (Washington DC and later, when enabled on the instance)'
token\t'A bearer token given as it is (from --token-env / --token-file)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l user -d 'The integration user' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l password-env -d 'Read the password from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l password-file -d 'Read the password from this file (warns if others can read it)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l client-id -d 'The OAuth application\'s client id (System OAuth > Application Registry)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l client-secret-env -d 'Read the OAuth client secret from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l client-secret-file -d 'Read the OAuth client secret from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l token-env -d 'Read a bearer token (--auth token) from this environment variable' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l token-file -d 'Read a bearer token (--auth token) from this file' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l page-size -d 'Rows per page (default 1000); a page the instance cancels as too slow is halved' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l deadline -d 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow\'s rate windows are hourly)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system roots' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l timeout -d 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from help" -f -a "query" -d 'Rows of a table, every page, streamed; the query\'s fields checked first'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from help" -f -a "get" -d 'One record by its sys_id, or by its number (INC0010001)'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from help" -f -a "count" -d 'Count rows on the instance (Aggregate API), per combination of --group-by values, without reading them'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Copy tables into the cache (snow_<table>): changes since the last run, deletions from the audit, everything with --full, stale rows pruned with --reconcile'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a record from --field NAME=VALUE or --json FILE (impact and urgency written, priority read back); a lost answer is looked for before anything is sent again'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change fields of a record, named by sys_id or number'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Resolve an incident: its state, close code and close notes in one write'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from help" -f -a "login" -d 'Sign in and store the connection for the profile (0600): basic, OAuth password grant, client credentials or a token'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from help" -f -a "status" -d 'The instance, the user, its roles and time zone, the token, and the rate limit last seen'
complete -c atomctl -n "__fish_atomctl_using_subcommand snow; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -f -a "ingest" -d 'Load chat usage events (NDJSON or CSV, same columns) into the cache; duplicates are skipped'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -f -a "report" -d 'Print a report (`--list` names them)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -f -a "export" -d 'Write a report for another system or a manager: csv, json, ndjson or a self-contained HTML dashboard'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and not __fish_seen_subcommand_from ingest report export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -l input-format -d 'The input\'s format (default: from the extension, else from the first character)' -r -f -a "csv\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -l skip-missing -d 'Skip a named file that does not exist, or a glob that matches nothing (for cron lines that name a file that may not have been started yet)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -l strict -d 'Stop at the first bad line and write nothing (default: report bad lines and skip them)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from ingest" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l since -d 'Start: 30d, 12w, 6mo, 1y (whole days back, today included), a date or an RFC 3339 instant' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l until -d 'End: a date (through the end of that day) or an instant (default: the end of today)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l by -d 'Period of the rows' -r -f -a "day\t''
week\t''
month\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l group-by -d 'Break the numbers down by a directory attribute or the event channel' -r -f -a "department\t''
ou\t''
title\t''
channel\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l join-key -d 'How chat users match directory users (default: the profile\'s, else mail)' -r -f -a "mail\t'The directory\'s mail attribute'
uid\t'uid / sAMAccountName'
upn\t'userPrincipalName'"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l stale-days -d 'Days without a logon that make an account stale' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l privileged-group -d 'A privileged group by name (repeatable; default: the profile\'s list)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l minutes-per-interaction -d 'roi: minutes one interaction saves' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l hourly-cost -d 'roi: the cost of an hour' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l currency -d 'roi: the currency of --hourly-cost' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l fail-on -d 'threats: exit 3 when a new finding is at this severity or above (for cron)' -r -f -a "low\t''
medium\t''
high\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l min-severity -d 'threats: leave out findings below this severity' -r -f -a "low\t''
medium\t''
high\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l columns -d 'Only these columns, in this order (comma-separated; the report\'s columns are in its JSON or CSV header)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l list -d 'List the reports'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l all-columns -d 'Every column in a table (a wide report shows the columns read first; CSV and JSON always have them all)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l new-only -d 'threats: leave out findings an earlier run reported'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l no-mark -d 'threats: do not record the findings as reported (a look that leaves the next cron run\'s alerts as they were)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l theme -d 'overview: the page\'s colours' -r -f -a "light\t''
dark\t''
auto\t'Follow the reader\'s system setting (CSS only)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l since -d 'Start: 30d, 12w, 6mo, 1y (whole days back, today included), a date or an RFC 3339 instant' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l until -d 'End: a date (through the end of that day) or an instant (default: the end of today)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l by -d 'Period of the rows' -r -f -a "day\t''
week\t''
month\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l group-by -d 'Break the numbers down by a directory attribute or the event channel' -r -f -a "department\t''
ou\t''
title\t''
channel\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l join-key -d 'How chat users match directory users (default: the profile\'s, else mail)' -r -f -a "mail\t'The directory\'s mail attribute'
uid\t'uid / sAMAccountName'
upn\t'userPrincipalName'"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l stale-days -d 'Days without a logon that make an account stale' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l privileged-group -d 'A privileged group by name (repeatable; default: the profile\'s list)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l minutes-per-interaction -d 'roi: minutes one interaction saves' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l hourly-cost -d 'roi: the cost of an hour' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l currency -d 'roi: the currency of --hourly-cost' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l fail-on -d 'threats: exit 3 when a new finding is at this severity or above (for cron)' -r -f -a "low\t''
medium\t''
high\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l min-severity -d 'threats: leave out findings below this severity' -r -f -a "low\t''
medium\t''
high\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l columns -d 'Only these columns, in this order (comma-separated; the report\'s columns are in its JSON or CSV header)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
csv\t''
json\t''
ndjson\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l new-only -d 'threats: leave out findings an earlier run reported'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l no-mark -d 'threats: do not record the findings as reported (a look that leaves the next cron run\'s alerts as they were)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from help" -f -a "ingest" -d 'Load chat usage events (NDJSON or CSV, same columns) into the cache; duplicates are skipped'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from help" -f -a "report" -d 'Print a report (`--list` names them)'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a report for another system or a manager: csv, json, ndjson or a self-contained HTML dashboard'
complete -c atomctl -n "__fish_atomctl_using_subcommand analytics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''
ldif\t''
html\t'A self-contained HTML page (analytics export)'"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -f -a "info" -d 'Where the cache is, its size, schema version and row counts'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -f -a "sql" -d 'Run a read-only SQL query against the cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -f -a "jobs" -d 'Recent jobs: what ran, when, how long, counts and outcome'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -f -a "audit" -d 'Who ran what against which system with which profile, and the outcome'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -f -a "vacuum" -d 'Reclaim free space (VACUUM) and checkpoint the write-ahead log'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and not __fish_seen_subcommand_from info sql jobs audit vacuum help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from sql" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -l limit -d 'How many jobs to show' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from jobs" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -l since -d 'Only runs since: 30d, 12w, 6mo, 1y, a date or an RFC 3339 instant' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -l system -d 'Only runs against this system (ldap, sf, sso, analytics, …)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -l limit -d 'How many rows to show at most (newest first)' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r -f -a "auto\t''
table\t''
csv\t''
json\t''
ndjson\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from audit" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from vacuum" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "info" -d 'Where the cache is, its size, schema version and row counts'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "sql" -d 'Run a read-only SQL query against the cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "jobs" -d 'Recent jobs: what ran, when, how long, counts and outcome'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "audit" -d 'Who ran what against which system with which profile, and the outcome'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "vacuum" -d 'Reclaim free space (VACUUM) and checkpoint the write-ahead log'
complete -c atomctl -n "__fish_atomctl_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -l format -d 'Output format: auto is a table on a terminal and NDJSON otherwise' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -l profile -d 'Profile from the config file [env: ATOMCTL_PROFILE]' -r
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -l config -d 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -l cache -d 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -s o -l output -d 'Write the output to FILE (atomically: a reader never sees half a file)' -r -F
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -l color -d 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -l csv-formulas -d 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading \' (default: keep; neutralize for `analytics export`)' -r -f -a "keep\t'Write cells as they are'
neutralize\t'Prefix formula-like text cells with \' so spreadsheets show them as text'"
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -s q -l quiet -d 'Print nothing on success except the data asked for'
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -s v -l verbose -d 'More detail on stderr (repeat for debug output)'
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -l no-progress -d 'Never show progress bars'
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atomctl -n "__fish_atomctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and not __fish_seen_subcommand_from config ldap sf sso teams snow analytics cache completions help" -f -a "config" -d 'Manage profiles in the config file'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and not __fish_seen_subcommand_from config ldap sf sso teams snow analytics cache completions help" -f -a "ldap" -d 'Search, inspect and sync LDAP / Active Directory'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and not __fish_seen_subcommand_from config ldap sf sso teams snow analytics cache completions help" -f -a "sf" -d 'Salesforce: login, SOQL and SOSL queries, describe, Bulk API exports, sync, status'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and not __fish_seen_subcommand_from config ldap sf sso teams snow analytics cache completions help" -f -a "sso" -d 'SSO: OpenID Connect checks, tokens and token validation; SAML SP metadata, IdP checks, Response validation'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and not __fish_seen_subcommand_from config ldap sf sso teams snow analytics cache completions help" -f -a "teams" -d 'Microsoft Teams through Microsoft Graph: login, status, teams, channels, members'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and not __fish_seen_subcommand_from config ldap sf sso teams snow analytics cache completions help" -f -a "snow" -d 'ServiceNow: table queries, every page, with the query\'s fields checked first'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and not __fish_seen_subcommand_from config ldap sf sso teams snow analytics cache completions help" -f -a "analytics" -d 'Chat usage events and reports across the directory, Salesforce and SSO data in the cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and not __fish_seen_subcommand_from config ldap sf sso teams snow analytics cache completions help" -f -a "cache" -d 'Inspect and query the local cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and not __fish_seen_subcommand_from config ldap sf sso teams snow analytics cache completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and not __fish_seen_subcommand_from config ldap sf sso teams snow analytics cache completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented config.toml with an example profile'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the profiles'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show a profile (secrets are never shown, only where they come from)'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one value: `ldap.base_dn` (in the active profile) or `profiles.NAME.ldap.base_dn`'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set one value, keeping the file\'s comments; VALUE is TOML (`true`, `500`, `["a","b"]`) or text'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file path'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Connect to each configured service of the profile and report per service'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from ldap" -f -a "search" -d 'Paged, streaming search (RFC 2696) with LDIF, JSON, NDJSON, CSV or table output'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from ldap" -f -a "user" -d 'Find a user by uid, sAMAccountName, userPrincipalName or mail; show account state and groups'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from ldap" -f -a "group" -d 'List a group\'s members, optionally expanded through nested groups'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from ldap" -f -a "sync" -d 'Copy users, groups and memberships into the cache (delta after the first full sync)'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from ldap" -f -a "status" -d 'Last sync per profile and cache counts'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sf" -f -a "login" -d 'Obtain and store a connection for the profile (JWT, client credentials, web + PKCE, …)'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sf" -f -a "query" -d 'Run SOQL to the last row: streamed, no row cap, CSV/JSON/NDJSON/table'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sf" -f -a "export" -d 'Export a SOQL result with Bulk API 2.0 into one CSV, page by page'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sf" -f -a "search" -d 'Run a SOSL search (FIND {…} RETURNING …)'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sf" -f -a "describe" -d 'List the org\'s objects, or the fields of one object'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sf" -f -a "sync" -d 'Copy objects\' records into the cache (sf_<object> tables); incremental after the first run'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sf" -f -a "status" -d 'Org, user, instance, API version and API usage of the stored login'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sf" -f -a "record" -d 'Read and change records through sObject REST (several at once by collections)'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sf" -f -a "import" -d 'Load a CSV into an object with a Bulk API 2.0 ingest job; the header is checked first, the results land in three CSV files'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sso" -f -a "oidc" -d 'OpenID Connect providers: check, token, validate'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from sso" -f -a "saml" -d 'SAML 2.0 Service Provider: keys, metadata, IdP checks, AuthnRequests, Response validation'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "login" -d 'Sign in to Microsoft Graph and store the login: as the app (client credentials, by secret or certificate), or with --device as a person (delegated, device code)'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "status" -d 'Tenant, app, token kind, expiry and the permissions the token carries'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "list" -d 'The tenant\'s teams, every page, streamed'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "channels" -d 'A team\'s channels'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "members" -d 'A team\'s members, or a channel\'s, with their roles'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "send" -d 'Post a message to a channel: as the signed-in person through Graph (--team, --channel), or through a Workflows webhook as an Adaptive Card (--webhook-env)'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "meeting" -d 'Schedule Teams meetings'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "sync" -d 'Copy Entra users, groups and memberships (delta after the first run) and teams, channels and members (re-read each run) into the cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from teams" -f -a "reconcile" -d 'Plan (and with --apply make) a team\'s membership match a directory group from the cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from snow" -f -a "query" -d 'Rows of a table, every page, streamed; the query\'s fields checked first'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from snow" -f -a "get" -d 'One record by its sys_id, or by its number (INC0010001)'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from snow" -f -a "count" -d 'Count rows on the instance (Aggregate API), per combination of --group-by values, without reading them'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from snow" -f -a "sync" -d 'Copy tables into the cache (snow_<table>): changes since the last run, deletions from the audit, everything with --full, stale rows pruned with --reconcile'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from snow" -f -a "create" -d 'Create a record from --field NAME=VALUE or --json FILE (impact and urgency written, priority read back); a lost answer is looked for before anything is sent again'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from snow" -f -a "update" -d 'Change fields of a record, named by sys_id or number'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from snow" -f -a "resolve" -d 'Resolve an incident: its state, close code and close notes in one write'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from snow" -f -a "login" -d 'Sign in and store the connection for the profile (0600): basic, OAuth password grant, client credentials or a token'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from snow" -f -a "status" -d 'The instance, the user, its roles and time zone, the token, and the rate limit last seen'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from analytics" -f -a "ingest" -d 'Load chat usage events (NDJSON or CSV, same columns) into the cache; duplicates are skipped'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from analytics" -f -a "report" -d 'Print a report (`--list` names them)'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from analytics" -f -a "export" -d 'Write a report for another system or a manager: csv, json, ndjson or a self-contained HTML dashboard'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "info" -d 'Where the cache is, its size, schema version and row counts'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "sql" -d 'Run a read-only SQL query against the cache'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "jobs" -d 'Recent jobs: what ran, when, how long, counts and outcome'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "audit" -d 'Who ran what against which system with which profile, and the outcome'
complete -c atomctl -n "__fish_atomctl_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "vacuum" -d 'Reclaim free space (VACUUM) and checkpoint the write-ahead log'
