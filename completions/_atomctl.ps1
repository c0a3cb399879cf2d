
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'atomctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'atomctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'atomctl' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage profiles in the config file')
            [CompletionResult]::new('ldap', 'ldap', [CompletionResultType]::ParameterValue, 'Search, inspect and sync LDAP / Active Directory')
            [CompletionResult]::new('sf', 'sf', [CompletionResultType]::ParameterValue, 'Salesforce: login, SOQL and SOSL queries, describe, Bulk API exports, sync, status')
            [CompletionResult]::new('sso', 'sso', [CompletionResultType]::ParameterValue, 'SSO: OpenID Connect checks, tokens and token validation; SAML SP metadata, IdP checks, Response validation')
            [CompletionResult]::new('teams', 'teams', [CompletionResultType]::ParameterValue, 'Microsoft Teams through Microsoft Graph: login, status, teams, channels, members')
            [CompletionResult]::new('snow', 'snow', [CompletionResultType]::ParameterValue, 'ServiceNow: table queries, every page, with the query''s fields checked first')
            [CompletionResult]::new('analytics', 'analytics', [CompletionResultType]::ParameterValue, 'Chat usage events and reports across the directory, Salesforce and SSO data in the cache')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'Inspect and query the local cache')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config.toml with an example profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (secrets are never shown, only where they come from)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value: `ldap.base_dn` (in the active profile) or `profiles.NAME.ldap.base_dn`')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value, keeping the file''s comments; VALUE is TOML (`true`, `500`, `["a","b"]`) or text')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file path')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Connect to each configured service of the profile and report per service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;config;init' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;config;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;config;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;config;get' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;config;set' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;config;path' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;config;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;config;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config.toml with an example profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (secrets are never shown, only where they come from)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value: `ldap.base_dn` (in the active profile) or `profiles.NAME.ldap.base_dn`')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value, keeping the file''s comments; VALUE is TOML (`true`, `500`, `["a","b"]`) or text')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file path')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Connect to each configured service of the profile and report per service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;config;help;init' {
            break
        }
        'atomctl;config;help;list' {
            break
        }
        'atomctl;config;help;show' {
            break
        }
        'atomctl;config;help;get' {
            break
        }
        'atomctl;config;help;set' {
            break
        }
        'atomctl;config;help;path' {
            break
        }
        'atomctl;config;help;check' {
            break
        }
        'atomctl;config;help;help' {
            break
        }
        'atomctl;ldap' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Paged, streaming search (RFC 2696) with LDIF, JSON, NDJSON, CSV or table output')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Find a user by uid, sAMAccountName, userPrincipalName or mail; show account state and groups')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'List a group''s members, optionally expanded through nested groups')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy users, groups and memberships into the cache (delta after the first full sync)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Last sync per profile and cache counts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;ldap;search' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order')
            [CompletionResult]::new('--bind-dn', '--bind-dn', [CompletionResultType]::ParameterName, 'Bind DN (anonymous bind when neither this nor the profile gives one)')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the bind password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the bind password from this file')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Search base (default: the profile''s, else the server''s naming context)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'How deep under the base to search')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Entries per page (default: the profile''s, else 1000)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N entries')
            [CompletionResult]::new('--mv-separator', '--mv-separator', [CompletionResultType]::ParameterName, 'CSV/table: separator between the values of a multi-valued attribute')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--starttls', '--starttls', [CompletionResultType]::ParameterName, 'Upgrade ldap:// connections with StartTLS')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (dangerous; prints a warning)')
            [CompletionResult]::new('--allow-cleartext-bind', '--allow-cleartext-bind', [CompletionResultType]::ParameterName, 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused')
            [CompletionResult]::new('--no-wrap', '--no-wrap', [CompletionResultType]::ParameterName, 'LDIF: do not fold long lines at 76 columns')
            [CompletionResult]::new('--decode', '--decode', [CompletionResultType]::ParameterName, 'Add readable forms of AD values (objectGUID, objectSid, userAccountControl, FILETIME dates)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;ldap;user' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order')
            [CompletionResult]::new('--bind-dn', '--bind-dn', [CompletionResultType]::ParameterName, 'Bind DN (anonymous bind when neither this nor the profile gives one)')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the bind password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the bind password from this file')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Search base (default: the profile''s, else the server''s naming context)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--starttls', '--starttls', [CompletionResultType]::ParameterName, 'Upgrade ldap:// connections with StartTLS')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (dangerous; prints a warning)')
            [CompletionResult]::new('--allow-cleartext-bind', '--allow-cleartext-bind', [CompletionResultType]::ParameterName, 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused')
            [CompletionResult]::new('--transitive', '--transitive', [CompletionResultType]::ParameterName, 'Also list the groups reached through nesting')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;ldap;group' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order')
            [CompletionResult]::new('--bind-dn', '--bind-dn', [CompletionResultType]::ParameterName, 'Bind DN (anonymous bind when neither this nor the profile gives one)')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the bind password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the bind password from this file')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Search base (default: the profile''s, else the server''s naming context)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--starttls', '--starttls', [CompletionResultType]::ParameterName, 'Upgrade ldap:// connections with StartTLS')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (dangerous; prints a warning)')
            [CompletionResult]::new('--allow-cleartext-bind', '--allow-cleartext-bind', [CompletionResultType]::ParameterName, 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused')
            [CompletionResult]::new('--transitive', '--transitive', [CompletionResultType]::ParameterName, 'Expand nested groups (client-side; cycles and dangling members are reported)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;ldap;sync' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server URL (ldap:// or ldaps://); repeat for failover, tried in order')
            [CompletionResult]::new('--bind-dn', '--bind-dn', [CompletionResultType]::ParameterName, 'Bind DN (anonymous bind when neither this nor the profile gives one)')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the bind password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the bind password from this file')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Search base (default: the profile''s, else the server''s naming context)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--starttls', '--starttls', [CompletionResultType]::ParameterName, 'Upgrade ldap:// connections with StartTLS')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (dangerous; prints a warning)')
            [CompletionResult]::new('--allow-cleartext-bind', '--allow-cleartext-bind', [CompletionResultType]::ParameterName, 'Send the bind password over plain ldap:// to another host (dangerous: anyone on the path can read it; prints a warning). Without it such a bind is refused')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Ignore the stored cookie / USN and copy everything')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would change (counts and a sample) and write nothing')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Exit at once (code 1) when another sync of this profile is running, instead of waiting')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;ldap;status' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;ldap;help' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Paged, streaming search (RFC 2696) with LDIF, JSON, NDJSON, CSV or table output')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Find a user by uid, sAMAccountName, userPrincipalName or mail; show account state and groups')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'List a group''s members, optionally expanded through nested groups')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy users, groups and memberships into the cache (delta after the first full sync)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Last sync per profile and cache counts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;ldap;help;search' {
            break
        }
        'atomctl;ldap;help;user' {
            break
        }
        'atomctl;ldap;help;group' {
            break
        }
        'atomctl;ldap;help;sync' {
            break
        }
        'atomctl;ldap;help;status' {
            break
        }
        'atomctl;ldap;help;help' {
            break
        }
        'atomctl;sf' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Obtain and store a connection for the profile (JWT, client credentials, web + PKCE, …)')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Run SOQL to the last row: streamed, no row cap, CSV/JSON/NDJSON/table')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a SOQL result with Bulk API 2.0 into one CSV, page by page')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Run a SOSL search (FIND {…} RETURNING …)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'List the org''s objects, or the fields of one object')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy objects'' records into the cache (sf_<object> tables); incremental after the first run')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Org, user, instance, API version and API usage of the stored login')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Read and change records through sObject REST (several at once by collections)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load a CSV into an object with a Bulk API 2.0 ingest job; the header is checked first, the results land in three CSV files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;sf;login' {
            [CompletionResult]::new('--flow', '--flow', [CompletionResultType]::ParameterName, 'The flow; inferred from the other flags when not given (web when nothing else fits)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'production, sandbox, or a My Domain URL (default: the profile''s, else production)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Connected app consumer key')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the consumer secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the consumer secret from this file')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Salesforce username (JWT and password flows)')
            [CompletionResult]::new('--jwt-key', '--jwt-key', [CompletionResultType]::ParameterName, 'Private key (PEM) for the JWT bearer flow')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password (with the security token appended) from this environment variable')
            [CompletionResult]::new('--refresh-token-env', '--refresh-token-env', [CompletionResultType]::ParameterName, 'Read a refresh token from this environment variable')
            [CompletionResult]::new('--browser-command', '--browser-command', [CompletionResultType]::ParameterName, 'Run this command with the login URL as its argument')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Loopback port of the redirect (default: any free port)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for the login to come back: 5m, 90s (a bare number is seconds)')
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the login URL instead of opening a browser')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;query' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the SOQL statement from this file')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the SOQL statement from this file')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'CSV field delimiter: one character, or `tab`')
            [CompletionResult]::new('--line-ending', '--line-ending', [CompletionResultType]::ParameterName, 'CSV record terminator')
            [CompletionResult]::new('--null-text', '--null-text', [CompletionResultType]::ParameterName, 'Text for a null value in CSV (default: empty)')
            [CompletionResult]::new('--explode', '--explode', [CompletionResultType]::ParameterName, 'One row per child record of this subquery relationship instead of a JSON cell')
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--all-rows', '--all-rows', [CompletionResultType]::ParameterName, 'Include deleted and archived records (queryAll)')
            [CompletionResult]::new('--tooling', '--tooling', [CompletionResultType]::ParameterName, 'Query the Tooling API')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Datetimes normalized to UTC with a Z suffix instead of as returned')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;export' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the SOQL statement from this file')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the SOQL statement from this file')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an existing job instead of creating one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for the job to complete: 90s, 15m, 2h, 1h30m')
            [CompletionResult]::new('--max-records', '--max-records', [CompletionResultType]::ParameterName, 'Records per result page (bounds memory; Salesforce may send fewer)')
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: this command writes CSV')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--all-rows', '--all-rows', [CompletionResultType]::ParameterName, 'Include deleted and archived records (queryAll)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;search' {
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'CSV field delimiter: one character, or `tab`')
            [CompletionResult]::new('--line-ending', '--line-ending', [CompletionResultType]::ParameterName, 'CSV record terminator')
            [CompletionResult]::new('--null-text', '--null-text', [CompletionResultType]::ParameterName, 'Text for a null value in CSV (default: empty)')
            [CompletionResult]::new('--explode', '--explode', [CompletionResultType]::ParameterName, 'One row per child record of this subquery relationship instead of a JSON cell')
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Datetimes normalized to UTC with a Z suffix instead of as returned')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;describe' {
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;sync' {
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Read every record again instead of the changes since the last sync')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Exit at once (code 1) when another sync of this profile is running')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;status' {
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;record' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One record by Id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record from --field NAME=VALUE, or records from --json FILE (an object or an array); a lost answer is never sent again')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set fields on records named by Id')
            [CompletionResult]::new('upsert', 'upsert', [CompletionResultType]::ParameterValue, 'Create or update the record whose external id field has this value')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete records by Id (to the recycle bin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;sf;record;get' {
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (default: all)')
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;record;create' {
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field to set (repeat the flag for several)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The fields as a JSON object in FILE (- for stdin); --field wins over it')
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the describe check of the field names')
            [CompletionResult]::new('--all-or-none', '--all-or-none', [CompletionResultType]::ParameterName, 'With several records: none is created unless all are')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;record;update' {
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field to set (repeat the flag for several)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The fields as a JSON object in FILE (- for stdin); --field wins over it')
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the describe check of the field names')
            [CompletionResult]::new('--all-or-none', '--all-or-none', [CompletionResultType]::ParameterName, 'With several records: none is changed unless all are')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;record;upsert' {
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field to set (repeat the flag for several)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The fields as a JSON object in FILE (- for stdin); --field wins over it')
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the describe check of the field names')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;record;delete' {
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--all-or-none', '--all-or-none', [CompletionResultType]::ParameterName, 'With several records: none is deleted unless all are')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;record;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One record by Id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record from --field NAME=VALUE, or records from --json FILE (an object or an array); a lost answer is never sent again')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set fields on records named by Id')
            [CompletionResult]::new('upsert', 'upsert', [CompletionResultType]::ParameterValue, 'Create or update the record whose external id field has this value')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete records by Id (to the recycle bin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;sf;record;help;get' {
            break
        }
        'atomctl;sf;record;help;create' {
            break
        }
        'atomctl;sf;record;help;update' {
            break
        }
        'atomctl;sf;record;help;upsert' {
            break
        }
        'atomctl;sf;record;help;delete' {
            break
        }
        'atomctl;sf;record;help;help' {
            break
        }
        'atomctl;sf;import' {
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'What the job does with each row')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The external id field an upsert matches on')
            [CompletionResult]::new('--results', '--results', [CompletionResultType]::ParameterName, 'Where the result files go (default: beside the input)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for the job to finish: 90s, 15m, 2h')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename the file''s columns to fields: a CSV of `file column,field` lines')
            [CompletionResult]::new('--null-text', '--null-text', [CompletionResultType]::ParameterName, 'Cells that are exactly TEXT set the field to null (sent as #N/A); without it an empty cell leaves the field as it is on update')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The column delimiter (default: the one the header line uses)')
            [CompletionResult]::new('--rows-per-job', '--rows-per-job', [CompletionResultType]::ParameterName, 'At most N records per job (default: as many as fit the 100 MB a job''s upload may hold; a bigger file always goes up as several jobs)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Pick up these jobs (comma-separated) where an earlier run stopped (uploaded and closed): wait for them and write their results; nothing is sent again')
            [CompletionResult]::new('--instance-url', '--instance-url', [CompletionResultType]::ParameterName, 'Instance URL, e.g. https://acme.my.salesforce.com')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read an access token from this environment variable (else ATOMCTL_SF_ACCESS_TOKEN, else the stored login)')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'API version, e.g. 63.0')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the header against describe and print the plan; no job is created')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the describe check of the header')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sf;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Obtain and store a connection for the profile (JWT, client credentials, web + PKCE, …)')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Run SOQL to the last row: streamed, no row cap, CSV/JSON/NDJSON/table')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a SOQL result with Bulk API 2.0 into one CSV, page by page')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Run a SOSL search (FIND {…} RETURNING …)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'List the org''s objects, or the fields of one object')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy objects'' records into the cache (sf_<object> tables); incremental after the first run')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Org, user, instance, API version and API usage of the stored login')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Read and change records through sObject REST (several at once by collections)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load a CSV into an object with a Bulk API 2.0 ingest job; the header is checked first, the results land in three CSV files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;sf;help;login' {
            break
        }
        'atomctl;sf;help;query' {
            break
        }
        'atomctl;sf;help;export' {
            break
        }
        'atomctl;sf;help;search' {
            break
        }
        'atomctl;sf;help;describe' {
            break
        }
        'atomctl;sf;help;sync' {
            break
        }
        'atomctl;sf;help;status' {
            break
        }
        'atomctl;sf;help;record' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One record by Id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record from --field NAME=VALUE, or records from --json FILE (an object or an array); a lost answer is never sent again')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set fields on records named by Id')
            [CompletionResult]::new('upsert', 'upsert', [CompletionResultType]::ParameterValue, 'Create or update the record whose external id field has this value')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete records by Id (to the recycle bin)')
            break
        }
        'atomctl;sf;help;record;get' {
            break
        }
        'atomctl;sf;help;record;create' {
            break
        }
        'atomctl;sf;help;record;update' {
            break
        }
        'atomctl;sf;help;record;upsert' {
            break
        }
        'atomctl;sf;help;record;delete' {
            break
        }
        'atomctl;sf;help;import' {
            break
        }
        'atomctl;sf;help;help' {
            break
        }
        'atomctl;sso' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('oidc', 'oidc', [CompletionResultType]::ParameterValue, 'OpenID Connect providers: check, token, validate')
            [CompletionResult]::new('saml', 'saml', [CompletionResultType]::ParameterValue, 'SAML 2.0 Service Provider: keys, metadata, IdP checks, AuthnRequests, Response validation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;sso;oidc' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Obtain tokens (client credentials) and show them decoded, or only the access token')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate an ID token or JWT access token item by item (exit 3 when invalid)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a token''s header and claims WITHOUT verifying anything (no key, no checks)')
            [CompletionResult]::new('userinfo', 'userinfo', [CompletionResultType]::ParameterValue, 'The userinfo claims for the stored (or a given) access token')
            [CompletionResult]::new('introspect', 'introspect', [CompletionResultType]::ParameterValue, 'Ask the provider about a token (RFC 7662)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke the stored (or a given) token (RFC 7009) and forget it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;sso;oidc;check' {
            [CompletionResult]::new('--flow', '--flow', [CompletionResultType]::ParameterName, 'Also obtain a token with this flow and validate it')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL, exactly as the provider states it')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the secret goes to the token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (repeatable)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, '`audience` parameter for providers that want one')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'RFC 8707 resource indicator')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail (exit 3) on warnings too')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;oidc;token' {
            [CompletionResult]::new('--flow', '--flow', [CompletionResultType]::ParameterName, 'flow')
            [CompletionResult]::new('--redirect-host', '--redirect-host', [CompletionResultType]::ParameterName, 'Code flow: the loopback host of the redirect (127.0.0.1, localhost or [::1])')
            [CompletionResult]::new('--browser-command', '--browser-command', [CompletionResultType]::ParameterName, 'Run this command with the login URL as its argument')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Loopback port of the redirect (default: any free port)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for the login to come back: 5m, 90s (a bare number is seconds)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL, exactly as the provider states it')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the secret goes to the token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (repeatable)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, '`audience` parameter for providers that want one')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'RFC 8707 resource indicator')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--token-only', '--token-only', [CompletionResultType]::ParameterName, 'Print only the access token (for $(…) in scripts)')
            [CompletionResult]::new('--no-store', '--no-store', [CompletionResultType]::ParameterName, 'Do not keep the tokens for reuse')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the login URL instead of opening a browser')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;oidc;validate' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider name from the profile')
            [CompletionResult]::new('--token-type', '--token-type', [CompletionResultType]::ParameterName, 'What the token is: an ID token (OIDC Core), or a JWT access token (RFC 9068: typ at+jwt and its required claims); one is never accepted as the other')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce sent with the authorization request')
            [CompletionResult]::new('--access-token-env', '--access-token-env', [CompletionResultType]::ParameterName, 'Read the access token issued with this ID token (to check at_hash) from this environment variable')
            [CompletionResult]::new('--access-token-file', '--access-token-file', [CompletionResultType]::ParameterName, 'Read the access token issued with this ID token (to check at_hash) from this file')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Clock skew allowed for exp, nbf and iat: 60s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL, exactly as the provider states it')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the secret goes to the token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (repeatable)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, '`audience` parameter for providers that want one')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'RFC 8707 resource indicator')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--no-audience-check', '--no-audience-check', [CompletionResultType]::ParameterName, 'Accept any audience. Without it the token must name --audience, or the client (--client-id or the profile''s), or validation fails')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;oidc;decode' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;oidc;userinfo' {
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Use the token in this environment variable instead of the stored one')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL, exactly as the provider states it')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the secret goes to the token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (repeatable)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, '`audience` parameter for providers that want one')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'RFC 8707 resource indicator')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Introspect / revoke the stored refresh token instead of the access token')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;oidc;introspect' {
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Use the token in this environment variable instead of the stored one')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL, exactly as the provider states it')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the secret goes to the token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (repeatable)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, '`audience` parameter for providers that want one')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'RFC 8707 resource indicator')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Introspect / revoke the stored refresh token instead of the access token')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;oidc;revoke' {
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Use the token in this environment variable instead of the stored one')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Issuer URL, exactly as the provider states it')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the secret goes to the token endpoint')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (repeatable)')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, '`audience` parameter for providers that want one')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'RFC 8707 resource indicator')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Introspect / revoke the stored refresh token instead of the access token')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;oidc;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Obtain tokens (client credentials) and show them decoded, or only the access token')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate an ID token or JWT access token item by item (exit 3 when invalid)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a token''s header and claims WITHOUT verifying anything (no key, no checks)')
            [CompletionResult]::new('userinfo', 'userinfo', [CompletionResultType]::ParameterValue, 'The userinfo claims for the stored (or a given) access token')
            [CompletionResult]::new('introspect', 'introspect', [CompletionResultType]::ParameterValue, 'Ask the provider about a token (RFC 7662)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke the stored (or a given) token (RFC 7009) and forget it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;sso;oidc;help;check' {
            break
        }
        'atomctl;sso;oidc;help;token' {
            break
        }
        'atomctl;sso;oidc;help;validate' {
            break
        }
        'atomctl;sso;oidc;help;decode' {
            break
        }
        'atomctl;sso;oidc;help;userinfo' {
            break
        }
        'atomctl;sso;oidc;help;introspect' {
            break
        }
        'atomctl;sso;oidc;help;revoke' {
            break
        }
        'atomctl;sso;oidc;help;help' {
            break
        }
        'atomctl;sso;saml' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make a key pair and self-signed certificate for a new SP (the key file is 0600)')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Print the SP''s metadata (OASIS schema-valid), optionally signed')
            [CompletionResult]::new('idp-check', 'idp-check', [CompletionResultType]::ParameterValue, 'Check an IdP''s metadata: certificates and expiry, endpoints, signature (exit 3 when unhealthy)')
            [CompletionResult]::new('authn-url', 'authn-url', [CompletionResultType]::ParameterValue, 'Print an HTTP-Redirect login URL with a fresh 128-bit request ID (remembered for validate)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a SAMLResponse: signature, structure and every condition (exit 3 on reject)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode a SAMLRequest / SAMLResponse (URL, base64, deflate) to indented XML, unvalidated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;sso;saml;keygen' {
            [CompletionResult]::new('--cn', '--cn', [CompletionResultType]::ParameterName, 'Common name of the certificate (the SP''s host name, usually)')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days the certificate is valid')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'RSA key size')
            [CompletionResult]::new('--key-out', '--key-out', [CompletionResultType]::ParameterName, 'Where the private key goes (written 0600)')
            [CompletionResult]::new('--cert-out', '--cert-out', [CompletionResultType]::ParameterName, 'Where the certificate goes')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing files')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;saml;metadata' {
            [CompletionResult]::new('--valid-days', '--valid-days', [CompletionResultType]::ParameterName, 'Set validUntil this many days ahead')
            [CompletionResult]::new('--sp-entity-id', '--sp-entity-id', [CompletionResultType]::ParameterName, 'The SP''s entity ID')
            [CompletionResult]::new('--acs-url', '--acs-url', [CompletionResultType]::ParameterName, 'AssertionConsumerService URL, HTTP-POST (repeatable; the first is the default)')
            [CompletionResult]::new('--slo-url', '--slo-url', [CompletionResultType]::ParameterName, 'SingleLogoutService URL (HTTP-Redirect)')
            [CompletionResult]::new('--nameid-format', '--nameid-format', [CompletionResultType]::ParameterName, 'NameID format to ask for')
            [CompletionResult]::new('--sp-cert', '--sp-cert', [CompletionResultType]::ParameterName, 'The SP''s signing certificate (PEM or DER)')
            [CompletionResult]::new('--sp-key', '--sp-key', [CompletionResultType]::ParameterName, 'The SP''s private key (PEM or DER): signs, and decrypts EncryptedAssertions')
            [CompletionResult]::new('--sp-encryption-cert', '--sp-encryption-cert', [CompletionResultType]::ParameterName, 'A separate encryption certificate (default: the signing certificate)')
            [CompletionResult]::new('--authn-requests-signed', '--authn-requests-signed', [CompletionResultType]::ParameterName, 'Whether the SP signs its AuthnRequests (metadata AuthnRequestsSigned)')
            [CompletionResult]::new('--want-assertions-signed', '--want-assertions-signed', [CompletionResultType]::ParameterName, 'Whether the SP requires signed assertions (metadata WantAssertionsSigned; enforced by validate)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--sign', '--sign', [CompletionResultType]::ParameterName, 'Sign the metadata (enveloped RSA-SHA256 / SHA-256 signature) with the SP key')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;saml;idp-check' {
            [CompletionResult]::new('--entity-id', '--entity-id', [CompletionResultType]::ParameterName, 'Pick this entity out of an aggregate (EntitiesDescriptor)')
            [CompletionResult]::new('--trust-cert', '--trust-cert', [CompletionResultType]::ParameterName, 'Verify the metadata''s signature with this certificate (a federation''s signing key)')
            [CompletionResult]::new('--warn-days', '--warn-days', [CompletionResultType]::ParameterName, 'Warn when a certificate or validUntil is this close (days)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) in addition to the system roots when fetching a URL')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail (exit 3) on warnings too')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;saml;authn-url' {
            [CompletionResult]::new('--relay-state', '--relay-state', [CompletionResultType]::ParameterName, 'RelayState to send along (where the SP returns the user after login)')
            [CompletionResult]::new('--sso-url', '--sso-url', [CompletionResultType]::ParameterName, 'The IdP''s SSO URL, instead of the Redirect endpoint from its metadata')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Minutes the request ID stays acceptable as InResponseTo')
            [CompletionResult]::new('--sp-entity-id', '--sp-entity-id', [CompletionResultType]::ParameterName, 'The SP''s entity ID')
            [CompletionResult]::new('--acs-url', '--acs-url', [CompletionResultType]::ParameterName, 'AssertionConsumerService URL, HTTP-POST (repeatable; the first is the default)')
            [CompletionResult]::new('--slo-url', '--slo-url', [CompletionResultType]::ParameterName, 'SingleLogoutService URL (HTTP-Redirect)')
            [CompletionResult]::new('--nameid-format', '--nameid-format', [CompletionResultType]::ParameterName, 'NameID format to ask for')
            [CompletionResult]::new('--sp-cert', '--sp-cert', [CompletionResultType]::ParameterName, 'The SP''s signing certificate (PEM or DER)')
            [CompletionResult]::new('--sp-key', '--sp-key', [CompletionResultType]::ParameterName, 'The SP''s private key (PEM or DER): signs, and decrypts EncryptedAssertions')
            [CompletionResult]::new('--sp-encryption-cert', '--sp-encryption-cert', [CompletionResultType]::ParameterName, 'A separate encryption certificate (default: the signing certificate)')
            [CompletionResult]::new('--authn-requests-signed', '--authn-requests-signed', [CompletionResultType]::ParameterName, 'Whether the SP signs its AuthnRequests (metadata AuthnRequestsSigned)')
            [CompletionResult]::new('--want-assertions-signed', '--want-assertions-signed', [CompletionResultType]::ParameterName, 'Whether the SP requires signed assertions (metadata WantAssertionsSigned; enforced by validate)')
            [CompletionResult]::new('--idp-metadata', '--idp-metadata', [CompletionResultType]::ParameterName, 'The IdP''s metadata: a file or an https URL (the only source of trusted certificates)')
            [CompletionResult]::new('--idp-entity-id', '--idp-entity-id', [CompletionResultType]::ParameterName, 'Which IdP, when the metadata is an aggregate')
            [CompletionResult]::new('--idp-trust-cert', '--idp-trust-cert', [CompletionResultType]::ParameterName, 'Verify the metadata''s signature with this certificate first')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) in addition to the system roots when fetching metadata')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--sign', '--sign', [CompletionResultType]::ParameterName, 'Sign the query string (SigAlg RSA-SHA256) with the SP key')
            [CompletionResult]::new('--force-authn', '--force-authn', [CompletionResultType]::ParameterName, 'Ask the IdP to authenticate again even with a session (ForceAuthn)')
            [CompletionResult]::new('--passive', '--passive', [CompletionResultType]::ParameterName, 'Ask the IdP not to interact with the user (IsPassive)')
            [CompletionResult]::new('--allow-expired-metadata', '--allow-expired-metadata', [CompletionResultType]::ParameterName, 'Use IdP metadata whose validUntil has passed (refused otherwise: stale metadata may hold a withdrawn key)')
            [CompletionResult]::new('--allow-sha1', '--allow-sha1', [CompletionResultType]::ParameterName, 'Accept SHA-1 signatures (RSA-SHA1, SHA-1 digests) on responses and metadata (refused otherwise: SHA-1 collisions are practical)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;saml;validate' {
            [CompletionResult]::new('--request-id', '--request-id', [CompletionResultType]::ParameterName, 'The request this Response must answer (default: the requests authn-url remembered)')
            [CompletionResult]::new('--clock-skew', '--clock-skew', [CompletionResultType]::ParameterName, 'Clock skew allowed on every time condition: 60s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Judge the Response as of this instant (RFC 3339) instead of now; nothing is remembered')
            [CompletionResult]::new('--sp-entity-id', '--sp-entity-id', [CompletionResultType]::ParameterName, 'The SP''s entity ID')
            [CompletionResult]::new('--acs-url', '--acs-url', [CompletionResultType]::ParameterName, 'AssertionConsumerService URL, HTTP-POST (repeatable; the first is the default)')
            [CompletionResult]::new('--slo-url', '--slo-url', [CompletionResultType]::ParameterName, 'SingleLogoutService URL (HTTP-Redirect)')
            [CompletionResult]::new('--nameid-format', '--nameid-format', [CompletionResultType]::ParameterName, 'NameID format to ask for')
            [CompletionResult]::new('--sp-cert', '--sp-cert', [CompletionResultType]::ParameterName, 'The SP''s signing certificate (PEM or DER)')
            [CompletionResult]::new('--sp-key', '--sp-key', [CompletionResultType]::ParameterName, 'The SP''s private key (PEM or DER): signs, and decrypts EncryptedAssertions')
            [CompletionResult]::new('--sp-encryption-cert', '--sp-encryption-cert', [CompletionResultType]::ParameterName, 'A separate encryption certificate (default: the signing certificate)')
            [CompletionResult]::new('--authn-requests-signed', '--authn-requests-signed', [CompletionResultType]::ParameterName, 'Whether the SP signs its AuthnRequests (metadata AuthnRequestsSigned)')
            [CompletionResult]::new('--want-assertions-signed', '--want-assertions-signed', [CompletionResultType]::ParameterName, 'Whether the SP requires signed assertions (metadata WantAssertionsSigned; enforced by validate)')
            [CompletionResult]::new('--idp-metadata', '--idp-metadata', [CompletionResultType]::ParameterName, 'The IdP''s metadata: a file or an https URL (the only source of trusted certificates)')
            [CompletionResult]::new('--idp-entity-id', '--idp-entity-id', [CompletionResultType]::ParameterName, 'Which IdP, when the metadata is an aggregate')
            [CompletionResult]::new('--idp-trust-cert', '--idp-trust-cert', [CompletionResultType]::ParameterName, 'Verify the metadata''s signature with this certificate first')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) in addition to the system roots when fetching metadata')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--allow-unsolicited', '--allow-unsolicited', [CompletionResultType]::ParameterName, 'Accept a Response without InResponseTo (IdP-initiated login)')
            [CompletionResult]::new('--allow-expired-metadata', '--allow-expired-metadata', [CompletionResultType]::ParameterName, 'Use IdP metadata whose validUntil has passed (refused otherwise: stale metadata may hold a withdrawn key)')
            [CompletionResult]::new('--allow-sha1', '--allow-sha1', [CompletionResultType]::ParameterName, 'Accept SHA-1 signatures (RSA-SHA1, SHA-1 digests) on responses and metadata (refused otherwise: SHA-1 collisions are practical)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;saml;decode' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;sso;saml;help' {
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make a key pair and self-signed certificate for a new SP (the key file is 0600)')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Print the SP''s metadata (OASIS schema-valid), optionally signed')
            [CompletionResult]::new('idp-check', 'idp-check', [CompletionResultType]::ParameterValue, 'Check an IdP''s metadata: certificates and expiry, endpoints, signature (exit 3 when unhealthy)')
            [CompletionResult]::new('authn-url', 'authn-url', [CompletionResultType]::ParameterValue, 'Print an HTTP-Redirect login URL with a fresh 128-bit request ID (remembered for validate)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a SAMLResponse: signature, structure and every condition (exit 3 on reject)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode a SAMLRequest / SAMLResponse (URL, base64, deflate) to indented XML, unvalidated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;sso;saml;help;keygen' {
            break
        }
        'atomctl;sso;saml;help;metadata' {
            break
        }
        'atomctl;sso;saml;help;idp-check' {
            break
        }
        'atomctl;sso;saml;help;authn-url' {
            break
        }
        'atomctl;sso;saml;help;validate' {
            break
        }
        'atomctl;sso;saml;help;decode' {
            break
        }
        'atomctl;sso;saml;help;help' {
            break
        }
        'atomctl;sso;help' {
            [CompletionResult]::new('oidc', 'oidc', [CompletionResultType]::ParameterValue, 'OpenID Connect providers: check, token, validate')
            [CompletionResult]::new('saml', 'saml', [CompletionResultType]::ParameterValue, 'SAML 2.0 Service Provider: keys, metadata, IdP checks, AuthnRequests, Response validation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;sso;help;oidc' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Obtain tokens (client credentials) and show them decoded, or only the access token')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate an ID token or JWT access token item by item (exit 3 when invalid)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a token''s header and claims WITHOUT verifying anything (no key, no checks)')
            [CompletionResult]::new('userinfo', 'userinfo', [CompletionResultType]::ParameterValue, 'The userinfo claims for the stored (or a given) access token')
            [CompletionResult]::new('introspect', 'introspect', [CompletionResultType]::ParameterValue, 'Ask the provider about a token (RFC 7662)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke the stored (or a given) token (RFC 7009) and forget it')
            break
        }
        'atomctl;sso;help;oidc;check' {
            break
        }
        'atomctl;sso;help;oidc;token' {
            break
        }
        'atomctl;sso;help;oidc;validate' {
            break
        }
        'atomctl;sso;help;oidc;decode' {
            break
        }
        'atomctl;sso;help;oidc;userinfo' {
            break
        }
        'atomctl;sso;help;oidc;introspect' {
            break
        }
        'atomctl;sso;help;oidc;revoke' {
            break
        }
        'atomctl;sso;help;saml' {
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make a key pair and self-signed certificate for a new SP (the key file is 0600)')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Print the SP''s metadata (OASIS schema-valid), optionally signed')
            [CompletionResult]::new('idp-check', 'idp-check', [CompletionResultType]::ParameterValue, 'Check an IdP''s metadata: certificates and expiry, endpoints, signature (exit 3 when unhealthy)')
            [CompletionResult]::new('authn-url', 'authn-url', [CompletionResultType]::ParameterValue, 'Print an HTTP-Redirect login URL with a fresh 128-bit request ID (remembered for validate)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a SAMLResponse: signature, structure and every condition (exit 3 on reject)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode a SAMLRequest / SAMLResponse (URL, base64, deflate) to indented XML, unvalidated')
            break
        }
        'atomctl;sso;help;saml;keygen' {
            break
        }
        'atomctl;sso;help;saml;metadata' {
            break
        }
        'atomctl;sso;help;saml;idp-check' {
            break
        }
        'atomctl;sso;help;saml;authn-url' {
            break
        }
        'atomctl;sso;help;saml;validate' {
            break
        }
        'atomctl;sso;help;saml;decode' {
            break
        }
        'atomctl;sso;help;help' {
            break
        }
        'atomctl;teams' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to Microsoft Graph and store the login: as the app (client credentials, by secret or certificate), or with --device as a person (delegated, device code)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Tenant, app, token kind, expiry and the permissions the token carries')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tenant''s teams, every page, streamed')
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'A team''s channels')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'A team''s members, or a channel''s, with their roles')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Post a message to a channel: as the signed-in person through Graph (--team, --channel), or through a Workflows webhook as an Adaptive Card (--webhook-env)')
            [CompletionResult]::new('meeting', 'meeting', [CompletionResultType]::ParameterValue, 'Schedule Teams meetings')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy Entra users, groups and memberships (delta after the first run) and teams, channels and members (re-read each run) into the cache')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Plan (and with --apply make) a team''s membership match a directory group from the cache')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;teams;login' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app registration''s application (client) ID')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file (warns if others can read it)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM, RSA)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The Microsoft cloud: picks the sign-in and Graph hosts')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Sign-in host instead of the cloud''s (e.g. a local test server)')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph host instead of the cloud''s')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Sign in as a person on another device (device code): a delegated token, needed to act as a user; the app must allow public client flows')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;teams;status' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app registration''s application (client) ID')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file (warns if others can read it)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM, RSA)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The Microsoft cloud: picks the sign-in and Graph hosts')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Sign-in host instead of the cloud''s (e.g. a local test server)')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph host instead of the cloud''s')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;teams;list' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app registration''s application (client) ID')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file (warns if others can read it)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM, RSA)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The Microsoft cloud: picks the sign-in and Graph hosts')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Sign-in host instead of the cloud''s (e.g. a local test server)')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph host instead of the cloud''s')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;teams;channels' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app registration''s application (client) ID')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file (warns if others can read it)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM, RSA)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The Microsoft cloud: picks the sign-in and Graph hosts')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Sign-in host instead of the cloud''s (e.g. a local test server)')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph host instead of the cloud''s')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;teams;members' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'A channel of the team (id or exact display name) instead of the whole team')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only members with this role')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app registration''s application (client) ID')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file (warns if others can read it)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM, RSA)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The Microsoft cloud: picks the sign-in and Graph hosts')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Sign-in host instead of the cloud''s (e.g. a local test server)')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph host instead of the cloud''s')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;teams;send' {
            [CompletionResult]::new('--webhook-env', '--webhook-env', [CompletionResultType]::ParameterName, 'The environment variable holding the Workflows webhook URL (it carries its own signature, so it is a secret: never on the command line)')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Post through Graph as the signed-in person (a delegated login: teams login --device) to this team (id or exact display name)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'The channel of --team (id or exact display name)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The message text (else --message-file, else stdin)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The message text (else --message-file, else stdin)')
            [CompletionResult]::new('--message-file', '--message-file', [CompletionResultType]::ParameterName, 'Read the message text from this file (`-` for stdin)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'A bold title above the message')
            [CompletionResult]::new('--card', '--card', [CompletionResultType]::ParameterName, 'A whole Adaptive Card (JSON) instead of a text message')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app registration''s application (client) ID')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file (warns if others can read it)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM, RSA)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The Microsoft cloud: picks the sign-in and Graph hosts')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Sign-in host instead of the cloud''s (e.g. a local test server)')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph host instead of the cloud''s')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--rows', '--rows', [CompletionResultType]::ParameterName, 'The text is NDJSON rows (an atomctl command piped in): each row is posted as one line of its values, separated by middle dots')
            [CompletionResult]::new('--skip-empty', '--skip-empty', [CompletionResultType]::ParameterName, 'Send nothing and exit 0 when the text is empty (a pipeline that posts only when a report found something)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;teams;meeting' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Schedule a meeting in the organizer''s calendar with a Teams link; invitations go to the attendees. Prints the join URL')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;teams;meeting;create' {
            [CompletionResult]::new('--organizer', '--organizer', [CompletionResultType]::ParameterName, 'The organizer''s UPN or mail (the app needs Calendars.ReadWrite)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start, with its zone: 2026-12-03T15:00:00+01:00 or …Z')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End, with its zone')
            [CompletionResult]::new('--attendee', '--attendee', [CompletionResultType]::ParameterName, 'A required attendee''s mail (repeatable)')
            [CompletionResult]::new('--optional', '--optional', [CompletionResultType]::ParameterName, 'An optional attendee''s mail (repeatable)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Text of the invitation')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app registration''s application (client) ID')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file (warns if others can read it)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM, RSA)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The Microsoft cloud: picks the sign-in and Graph hosts')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Sign-in host instead of the cloud''s (e.g. a local test server)')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph host instead of the cloud''s')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;teams;meeting;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Schedule a meeting in the organizer''s calendar with a Teams link; invitations go to the attendees. Prints the join URL')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;teams;meeting;help;create' {
            break
        }
        'atomctl;teams;meeting;help;help' {
            break
        }
        'atomctl;teams;sync' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'With --security, how far back the first read of the sign-in logs reaches (later runs go on from the newest one held): 24h, 7d (Entra keeps 30 days with P1/P2)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app registration''s application (client) ID')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file (warns if others can read it)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM, RSA)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The Microsoft cloud: picks the sign-in and Graph hosts')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Sign-in host instead of the cloud''s (e.g. a local test server)')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph host instead of the cloud''s')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Read users and groups from the beginning instead of from the stored delta state')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read everything and report what would change, without writing it')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'If another teams sync of the profile is running, skip this one (exit 8) instead of waiting for it')
            [CompletionResult]::new('--security', '--security', [CompletionResultType]::ParameterName, 'Also copy the security sources: every user''s MFA registration details and the sign-in logs (Entra ID P1/P2, AuditLog.Read.All), and the risky users (P2, IdentityRiskyUser.Read.All). A source the tenant is not licensed for is a warning; the others still sync')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;teams;reconcile' {
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team: its id, or its exact display name')
            [CompletionResult]::new('--from-group', '--from-group', [CompletionResultType]::ParameterName, 'The directory group (in the cache): its id, DN or name; nested groups are expanded')
            [CompletionResult]::new('--source-profile', '--source-profile', [CompletionResultType]::ParameterName, 'The profile whose cached directory holds the group (default: this profile)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'When no anchor (objectGUID / entryUUID as onPremisesImmutableId, objectSid as onPremisesSecurityIdentifier) matches, match the Entra account by mail or UPN')
            [CompletionResult]::new('--exempt', '--exempt', [CompletionResultType]::ParameterName, 'Never remove the people in this file: one Entra id, UPN or mail per line (# comments)')
            [CompletionResult]::new('--max-removals', '--max-removals', [CompletionResultType]::ParameterName, 'Refuse to apply more removals than this without --force: a count, or a percentage of the team')
            [CompletionResult]::new('--expect', '--expect', [CompletionResultType]::ParameterName, 'Apply only if the plan is still the one with this fingerprint (printed with the plan)')
            [CompletionResult]::new('--verify-for', '--verify-for', [CompletionResultType]::ParameterName, 'How long to keep reading the team until the changes show (they appear late); 0 to skip')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant ID (a GUID) or a verified domain (contoso.onmicrosoft.com)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app registration''s application (client) ID')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from this file (warns if others can read it)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Sign in with this certificate (PEM) instead of a secret; its public part is registered with the app')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM, RSA)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The Microsoft cloud: picks the sign-in and Graph hosts')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Sign-in host instead of the cloud''s (e.g. a local test server)')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph host instead of the cloud''s')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--include-owners', '--include-owners', [CompletionResultType]::ParameterName, 'Remove owners who are not in the group too (never the team''s last owner)')
            [CompletionResult]::new('--include-guests', '--include-guests', [CompletionResultType]::ParameterName, 'Remove guests who are not in the group too')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply even when the removals exceed --max-removals')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Make the changes (without it, the plan is printed and nothing is written)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;teams;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to Microsoft Graph and store the login: as the app (client credentials, by secret or certificate), or with --device as a person (delegated, device code)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Tenant, app, token kind, expiry and the permissions the token carries')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tenant''s teams, every page, streamed')
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'A team''s channels')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'A team''s members, or a channel''s, with their roles')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Post a message to a channel: as the signed-in person through Graph (--team, --channel), or through a Workflows webhook as an Adaptive Card (--webhook-env)')
            [CompletionResult]::new('meeting', 'meeting', [CompletionResultType]::ParameterValue, 'Schedule Teams meetings')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy Entra users, groups and memberships (delta after the first run) and teams, channels and members (re-read each run) into the cache')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Plan (and with --apply make) a team''s membership match a directory group from the cache')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;teams;help;login' {
            break
        }
        'atomctl;teams;help;status' {
            break
        }
        'atomctl;teams;help;list' {
            break
        }
        'atomctl;teams;help;channels' {
            break
        }
        'atomctl;teams;help;members' {
            break
        }
        'atomctl;teams;help;send' {
            break
        }
        'atomctl;teams;help;meeting' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Schedule a meeting in the organizer''s calendar with a Teams link; invitations go to the attendees. Prints the join URL')
            break
        }
        'atomctl;teams;help;meeting;create' {
            break
        }
        'atomctl;teams;help;sync' {
            break
        }
        'atomctl;teams;help;reconcile' {
            break
        }
        'atomctl;teams;help;help' {
            break
        }
        'atomctl;snow' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Rows of a table, every page, streamed; the query''s fields checked first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One record by its sys_id, or by its number (INC0010001)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count rows on the instance (Aggregate API), per combination of --group-by values, without reading them')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy tables into the cache (snow_<table>): changes since the last run, deletions from the audit, everything with --full, stale rows pruned with --reconcile')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record from --field NAME=VALUE or --json FILE (impact and urgency written, priority read back); a lost answer is looked for before anything is sent again')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of a record, named by sys_id or number')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve an incident: its state, close code and close notes in one write')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in and store the connection for the profile (0600): basic, OAuth password grant, client credentials or a token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The instance, the user, its roles and time zone, the token, and the rate limit last seen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;snow;query' {
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'An encoded query (active=true^priority<=2); its fields are checked against the table''s dictionary first, since the instance silently drops a term it does not know')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'The fields to read, comma-separated (default: every field of the first row)')
            [CompletionResult]::new('--display-value', '--display-value', [CompletionResultType]::ParameterName, 'Database values (false: references as sys_ids, UTC date-times), display values (true), or both (all: a <field>_display column beside each)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many rows')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Write database date-times in this zone (Europe/Berlin); default UTC, as 2026-12-01T10:00:00Z')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The instance: a name (acme → https://acme.service-now.com) or a URL')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'How to sign in (default: the stored login''s way, else what the other flags imply)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The integration user')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from this file (warns if others can read it)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth application''s client id (System OAuth > Application Registry)')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this environment variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this file')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Rows per page (default 1000); a page the instance cancels as too slow is halved')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the dictionary check of the query''s fields')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;snow;get' {
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (default: all)')
            [CompletionResult]::new('--display-value', '--display-value', [CompletionResultType]::ParameterName, 'Database values, display values, or both (a <field>_display beside each)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Write database date-times in this zone (Europe/Berlin); default UTC')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The instance: a name (acme → https://acme.service-now.com) or a URL')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'How to sign in (default: the stored login''s way, else what the other flags imply)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The integration user')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from this file (warns if others can read it)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth application''s client id (System OAuth > Application Registry)')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this environment variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this file')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Rows per page (default 1000); a page the instance cancels as too slow is halved')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;snow;count' {
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'An encoded query (checked against the dictionary like snow query''s)')
            [CompletionResult]::new('--group-by', '--group-by', [CompletionResultType]::ParameterName, 'Count per combination of these fields'' values (assignment_group,priority)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The instance: a name (acme → https://acme.service-now.com) or a URL')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'How to sign in (default: the stored login''s way, else what the other flags imply)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The integration user')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from this file (warns if others can read it)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth application''s client id (System OAuth > Application Registry)')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this environment variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this file')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Rows per page (default 1000); a page the instance cancels as too slow is halved')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the dictionary check of the query''s fields')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;snow;sync' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The instance: a name (acme → https://acme.service-now.com) or a URL')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'How to sign in (default: the stored login''s way, else what the other flags imply)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The integration user')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from this file (warns if others can read it)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth application''s client id (System OAuth > Application Registry)')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this environment variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this file')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Rows per page (default 1000); a page the instance cancels as too slow is halved')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Read every row again instead of the changes since the checkpoint; rows not read again are deleted')
            [CompletionResult]::new('--reconcile', '--reconcile', [CompletionResultType]::ParameterName, 'Also read every sys_id the instance holds and delete the cached rows it no longer has (deletes the audit misses: Table Cleaner, sys_* tables); run it weekly')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read everything and report what would change, without writing it')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'If another snow sync of the profile is running, skip this one (exit 8) instead of waiting for it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;snow;create' {
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field to set (repeat the flag for several)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The fields as a JSON object in FILE (- for stdin); --field wins over it')
            [CompletionResult]::new('--display-value', '--display-value', [CompletionResultType]::ParameterName, 'How the written record is shown: database values, display values, or both')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The instance: a name (acme → https://acme.service-now.com) or a URL')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'How to sign in (default: the stored login''s way, else what the other flags imply)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The integration user')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from this file (warns if others can read it)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth application''s client id (System OAuth > Application Registry)')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this environment variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this file')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Rows per page (default 1000); a page the instance cancels as too slow is halved')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--input-display-value', '--input-display-value', [CompletionResultType]::ParameterName, 'Reference and choice fields are given by what a person sees (assignment_group="Service Desk", state=Resolved), not by sys_id and value')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the dictionary check of the field names (the instance ignores unknown ones)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;snow;update' {
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field to set (repeat the flag for several)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The fields as a JSON object in FILE (- for stdin); --field wins over it')
            [CompletionResult]::new('--display-value', '--display-value', [CompletionResultType]::ParameterName, 'How the written record is shown: database values, display values, or both')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The instance: a name (acme → https://acme.service-now.com) or a URL')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'How to sign in (default: the stored login''s way, else what the other flags imply)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The integration user')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from this file (warns if others can read it)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth application''s client id (System OAuth > Application Registry)')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this environment variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this file')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Rows per page (default 1000); a page the instance cancels as too slow is halved')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--input-display-value', '--input-display-value', [CompletionResultType]::ParameterName, 'Reference and choice fields are given by what a person sees (assignment_group="Service Desk", state=Resolved), not by sys_id and value')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the dictionary check of the field names (the instance ignores unknown ones)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;snow;resolve' {
            [CompletionResult]::new('--close-code', '--close-code', [CompletionResultType]::ParameterName, 'The close code (resolution code), e.g. "Solved (Permanently)"')
            [CompletionResult]::new('--close-notes', '--close-notes', [CompletionResultType]::ParameterName, 'What was done')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state that means resolved (incident: 6)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field to set (repeat the flag for several)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The fields as a JSON object in FILE (- for stdin); --field wins over it')
            [CompletionResult]::new('--display-value', '--display-value', [CompletionResultType]::ParameterName, 'How the written record is shown: database values, display values, or both')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The instance: a name (acme → https://acme.service-now.com) or a URL')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'How to sign in (default: the stored login''s way, else what the other flags imply)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The integration user')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from this file (warns if others can read it)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth application''s client id (System OAuth > Application Registry)')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this environment variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this file')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Rows per page (default 1000); a page the instance cancels as too slow is halved')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--input-display-value', '--input-display-value', [CompletionResultType]::ParameterName, 'Reference and choice fields are given by what a person sees (assignment_group="Service Desk", state=Resolved), not by sys_id and value')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Skip the dictionary check of the field names (the instance ignores unknown ones)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;snow;login' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The instance: a name (acme → https://acme.service-now.com) or a URL')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'How to sign in (default: the stored login''s way, else what the other flags imply)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The integration user')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from this file (warns if others can read it)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth application''s client id (System OAuth > Application Registry)')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this environment variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this file')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Rows per page (default 1000); a page the instance cancels as too slow is halved')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;snow;status' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The instance: a name (acme → https://acme.service-now.com) or a URL')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'How to sign in (default: the stored login''s way, else what the other flags imply)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The integration user')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from this environment variable')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from this file (warns if others can read it)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The OAuth application''s client id (System OAuth > Application Registry)')
            [CompletionResult]::new('--client-secret-env', '--client-secret-env', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this environment variable')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from this file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this environment variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read a bearer token (--auth token) from this file')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Rows per page (default 1000); a page the instance cancels as too slow is halved')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Stop waiting out rate limits (429 Retry-After, however long) and outages once the run is this old (default 1h: ServiceNow''s rate windows are hourly)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection or an answer: 30s, 2m (a bare number is seconds)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;snow;help' {
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Rows of a table, every page, streamed; the query''s fields checked first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One record by its sys_id, or by its number (INC0010001)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count rows on the instance (Aggregate API), per combination of --group-by values, without reading them')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy tables into the cache (snow_<table>): changes since the last run, deletions from the audit, everything with --full, stale rows pruned with --reconcile')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record from --field NAME=VALUE or --json FILE (impact and urgency written, priority read back); a lost answer is looked for before anything is sent again')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of a record, named by sys_id or number')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve an incident: its state, close code and close notes in one write')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in and store the connection for the profile (0600): basic, OAuth password grant, client credentials or a token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The instance, the user, its roles and time zone, the token, and the rate limit last seen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;snow;help;query' {
            break
        }
        'atomctl;snow;help;get' {
            break
        }
        'atomctl;snow;help;count' {
            break
        }
        'atomctl;snow;help;sync' {
            break
        }
        'atomctl;snow;help;create' {
            break
        }
        'atomctl;snow;help;update' {
            break
        }
        'atomctl;snow;help;resolve' {
            break
        }
        'atomctl;snow;help;login' {
            break
        }
        'atomctl;snow;help;status' {
            break
        }
        'atomctl;snow;help;help' {
            break
        }
        'atomctl;analytics' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Load chat usage events (NDJSON or CSV, same columns) into the cache; duplicates are skipped')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Print a report (`--list` names them)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a report for another system or a manager: csv, json, ndjson or a self-contained HTML dashboard')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;analytics;ingest' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'The input''s format (default: from the extension, else from the first character)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--skip-missing', '--skip-missing', [CompletionResultType]::ParameterName, 'Skip a named file that does not exist, or a glob that matches nothing (for cron lines that name a file that may not have been started yet)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Stop at the first bad line and write nothing (default: report bad lines and skip them)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;analytics;report' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start: 30d, 12w, 6mo, 1y (whole days back, today included), a date or an RFC 3339 instant')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End: a date (through the end of that day) or an instant (default: the end of today)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Period of the rows')
            [CompletionResult]::new('--group-by', '--group-by', [CompletionResultType]::ParameterName, 'Break the numbers down by a directory attribute or the event channel')
            [CompletionResult]::new('--join-key', '--join-key', [CompletionResultType]::ParameterName, 'How chat users match directory users (default: the profile''s, else mail)')
            [CompletionResult]::new('--stale-days', '--stale-days', [CompletionResultType]::ParameterName, 'Days without a logon that make an account stale')
            [CompletionResult]::new('--privileged-group', '--privileged-group', [CompletionResultType]::ParameterName, 'A privileged group by name (repeatable; default: the profile''s list)')
            [CompletionResult]::new('--minutes-per-interaction', '--minutes-per-interaction', [CompletionResultType]::ParameterName, 'roi: minutes one interaction saves')
            [CompletionResult]::new('--hourly-cost', '--hourly-cost', [CompletionResultType]::ParameterName, 'roi: the cost of an hour')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'roi: the currency of --hourly-cost')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'threats: exit 3 when a new finding is at this severity or above (for cron)')
            [CompletionResult]::new('--min-severity', '--min-severity', [CompletionResultType]::ParameterName, 'threats: leave out findings below this severity')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order (comma-separated; the report''s columns are in its JSON or CSV header)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List the reports')
            [CompletionResult]::new('--all-columns', '--all-columns', [CompletionResultType]::ParameterName, 'Every column in a table (a wide report shows the columns read first; CSV and JSON always have them all)')
            [CompletionResult]::new('--new-only', '--new-only', [CompletionResultType]::ParameterName, 'threats: leave out findings an earlier run reported')
            [CompletionResult]::new('--no-mark', '--no-mark', [CompletionResultType]::ParameterName, 'threats: do not record the findings as reported (a look that leaves the next cron run''s alerts as they were)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;analytics;export' {
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'overview: the page''s colours')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start: 30d, 12w, 6mo, 1y (whole days back, today included), a date or an RFC 3339 instant')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End: a date (through the end of that day) or an instant (default: the end of today)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Period of the rows')
            [CompletionResult]::new('--group-by', '--group-by', [CompletionResultType]::ParameterName, 'Break the numbers down by a directory attribute or the event channel')
            [CompletionResult]::new('--join-key', '--join-key', [CompletionResultType]::ParameterName, 'How chat users match directory users (default: the profile''s, else mail)')
            [CompletionResult]::new('--stale-days', '--stale-days', [CompletionResultType]::ParameterName, 'Days without a logon that make an account stale')
            [CompletionResult]::new('--privileged-group', '--privileged-group', [CompletionResultType]::ParameterName, 'A privileged group by name (repeatable; default: the profile''s list)')
            [CompletionResult]::new('--minutes-per-interaction', '--minutes-per-interaction', [CompletionResultType]::ParameterName, 'roi: minutes one interaction saves')
            [CompletionResult]::new('--hourly-cost', '--hourly-cost', [CompletionResultType]::ParameterName, 'roi: the cost of an hour')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'roi: the currency of --hourly-cost')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'threats: exit 3 when a new finding is at this severity or above (for cron)')
            [CompletionResult]::new('--min-severity', '--min-severity', [CompletionResultType]::ParameterName, 'threats: leave out findings below this severity')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order (comma-separated; the report''s columns are in its JSON or CSV header)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('--new-only', '--new-only', [CompletionResultType]::ParameterName, 'threats: leave out findings an earlier run reported')
            [CompletionResult]::new('--no-mark', '--no-mark', [CompletionResultType]::ParameterName, 'threats: do not record the findings as reported (a look that leaves the next cron run''s alerts as they were)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;analytics;help' {
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Load chat usage events (NDJSON or CSV, same columns) into the cache; duplicates are skipped')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Print a report (`--list` names them)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a report for another system or a manager: csv, json, ndjson or a self-contained HTML dashboard')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;analytics;help;ingest' {
            break
        }
        'atomctl;analytics;help;report' {
            break
        }
        'atomctl;analytics;help;export' {
            break
        }
        'atomctl;analytics;help;help' {
            break
        }
        'atomctl;cache' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Where the cache is, its size, schema version and row counts')
            [CompletionResult]::new('sql', 'sql', [CompletionResultType]::ParameterValue, 'Run a read-only SQL query against the cache')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Recent jobs: what ran, when, how long, counts and outcome')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Who ran what against which system with which profile, and the outcome')
            [CompletionResult]::new('vacuum', 'vacuum', [CompletionResultType]::ParameterValue, 'Reclaim free space (VACUUM) and checkpoint the write-ahead log')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;cache;info' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;cache;sql' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;cache;jobs' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many jobs to show')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;cache;audit' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only runs since: 30d, 12w, 6mo, 1y, a date or an RFC 3339 instant')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'Only runs against this system (ldap, sf, sso, analytics, …)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many rows to show at most (newest first)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;cache;vacuum' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;cache;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Where the cache is, its size, schema version and row counts')
            [CompletionResult]::new('sql', 'sql', [CompletionResultType]::ParameterValue, 'Run a read-only SQL query against the cache')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Recent jobs: what ran, when, how long, counts and outcome')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Who ran what against which system with which profile, and the outcome')
            [CompletionResult]::new('vacuum', 'vacuum', [CompletionResultType]::ParameterValue, 'Reclaim free space (VACUUM) and checkpoint the write-ahead log')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;cache;help;info' {
            break
        }
        'atomctl;cache;help;sql' {
            break
        }
        'atomctl;cache;help;jobs' {
            break
        }
        'atomctl;cache;help;audit' {
            break
        }
        'atomctl;cache;help;vacuum' {
            break
        }
        'atomctl;cache;help;help' {
            break
        }
        'atomctl;completions' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and NDJSON otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file [env: ATOMCTL_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: ATOMCTL_CONFIG] (default: $XDG_CONFIG_HOME/atomctl/config.toml)')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Cache database [env: ATOMCTL_CACHE] (default: $XDG_DATA_HOME/atomctl/cache.db)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to FILE (atomically: a reader never sees half a file)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto is colour on a terminal unless NO_COLOR is set')
            [CompletionResult]::new('--csv-formulas', '--csv-formulas', [CompletionResultType]::ParameterName, 'CSV cells a spreadsheet would run as formulas (starting with = + - @, tab or CR): write them as they are, or neutralize them with a leading '' (default: keep; neutralize for `analytics export`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success except the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for debug output)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atomctl;help' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage profiles in the config file')
            [CompletionResult]::new('ldap', 'ldap', [CompletionResultType]::ParameterValue, 'Search, inspect and sync LDAP / Active Directory')
            [CompletionResult]::new('sf', 'sf', [CompletionResultType]::ParameterValue, 'Salesforce: login, SOQL and SOSL queries, describe, Bulk API exports, sync, status')
            [CompletionResult]::new('sso', 'sso', [CompletionResultType]::ParameterValue, 'SSO: OpenID Connect checks, tokens and token validation; SAML SP metadata, IdP checks, Response validation')
            [CompletionResult]::new('teams', 'teams', [CompletionResultType]::ParameterValue, 'Microsoft Teams through Microsoft Graph: login, status, teams, channels, members')
            [CompletionResult]::new('snow', 'snow', [CompletionResultType]::ParameterValue, 'ServiceNow: table queries, every page, with the query''s fields checked first')
            [CompletionResult]::new('analytics', 'analytics', [CompletionResultType]::ParameterValue, 'Chat usage events and reports across the directory, Salesforce and SSO data in the cache')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'Inspect and query the local cache')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atomctl;help;config' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config.toml with an example profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (secrets are never shown, only where they come from)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value: `ldap.base_dn` (in the active profile) or `profiles.NAME.ldap.base_dn`')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value, keeping the file''s comments; VALUE is TOML (`true`, `500`, `["a","b"]`) or text')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file path')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Connect to each configured service of the profile and report per service')
            break
        }
        'atomctl;help;config;init' {
            break
        }
        'atomctl;help;config;list' {
            break
        }
        'atomctl;help;config;show' {
            break
        }
        'atomctl;help;config;get' {
            break
        }
        'atomctl;help;config;set' {
            break
        }
        'atomctl;help;config;path' {
            break
        }
        'atomctl;help;config;check' {
            break
        }
        'atomctl;help;ldap' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Paged, streaming search (RFC 2696) with LDIF, JSON, NDJSON, CSV or table output')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Find a user by uid, sAMAccountName, userPrincipalName or mail; show account state and groups')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'List a group''s members, optionally expanded through nested groups')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy users, groups and memberships into the cache (delta after the first full sync)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Last sync per profile and cache counts')
            break
        }
        'atomctl;help;ldap;search' {
            break
        }
        'atomctl;help;ldap;user' {
            break
        }
        'atomctl;help;ldap;group' {
            break
        }
        'atomctl;help;ldap;sync' {
            break
        }
        'atomctl;help;ldap;status' {
            break
        }
        'atomctl;help;sf' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Obtain and store a connection for the profile (JWT, client credentials, web + PKCE, …)')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Run SOQL to the last row: streamed, no row cap, CSV/JSON/NDJSON/table')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a SOQL result with Bulk API 2.0 into one CSV, page by page')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Run a SOSL search (FIND {…} RETURNING …)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'List the org''s objects, or the fields of one object')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy objects'' records into the cache (sf_<object> tables); incremental after the first run')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Org, user, instance, API version and API usage of the stored login')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Read and change records through sObject REST (several at once by collections)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load a CSV into an object with a Bulk API 2.0 ingest job; the header is checked first, the results land in three CSV files')
            break
        }
        'atomctl;help;sf;login' {
            break
        }
        'atomctl;help;sf;query' {
            break
        }
        'atomctl;help;sf;export' {
            break
        }
        'atomctl;help;sf;search' {
            break
        }
        'atomctl;help;sf;describe' {
            break
        }
        'atomctl;help;sf;sync' {
            break
        }
        'atomctl;help;sf;status' {
            break
        }
        'atomctl;help;sf;record' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One record by Id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record from --field NAME=VALUE, or records from --json FILE (an object or an array); a lost answer is never sent again')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set fields on records named by Id')
            [CompletionResult]::new('upsert', 'upsert', [CompletionResultType]::ParameterValue, 'Create or update the record whose external id field has this value')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete records by Id (to the recycle bin)')
            break
        }
        'atomctl;help;sf;record;get' {
            break
        }
        'atomctl;help;sf;record;create' {
            break
        }
        'atomctl;help;sf;record;update' {
            break
        }
        'atomctl;help;sf;record;upsert' {
            break
        }
        'atomctl;help;sf;record;delete' {
            break
        }
        'atomctl;help;sf;import' {
            break
        }
        'atomctl;help;sso' {
            [CompletionResult]::new('oidc', 'oidc', [CompletionResultType]::ParameterValue, 'OpenID Connect providers: check, token, validate')
            [CompletionResult]::new('saml', 'saml', [CompletionResultType]::ParameterValue, 'SAML 2.0 Service Provider: keys, metadata, IdP checks, AuthnRequests, Response validation')
            break
        }
        'atomctl;help;sso;oidc' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Fetch discovery and JWKS and print a pass/warn/fail checklist (exit 3 on failure)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Obtain tokens (client credentials) and show them decoded, or only the access token')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate an ID token or JWT access token item by item (exit 3 when invalid)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a token''s header and claims WITHOUT verifying anything (no key, no checks)')
            [CompletionResult]::new('userinfo', 'userinfo', [CompletionResultType]::ParameterValue, 'The userinfo claims for the stored (or a given) access token')
            [CompletionResult]::new('introspect', 'introspect', [CompletionResultType]::ParameterValue, 'Ask the provider about a token (RFC 7662)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke the stored (or a given) token (RFC 7009) and forget it')
            break
        }
        'atomctl;help;sso;oidc;check' {
            break
        }
        'atomctl;help;sso;oidc;token' {
            break
        }
        'atomctl;help;sso;oidc;validate' {
            break
        }
        'atomctl;help;sso;oidc;decode' {
            break
        }
        'atomctl;help;sso;oidc;userinfo' {
            break
        }
        'atomctl;help;sso;oidc;introspect' {
            break
        }
        'atomctl;help;sso;oidc;revoke' {
            break
        }
        'atomctl;help;sso;saml' {
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make a key pair and self-signed certificate for a new SP (the key file is 0600)')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Print the SP''s metadata (OASIS schema-valid), optionally signed')
            [CompletionResult]::new('idp-check', 'idp-check', [CompletionResultType]::ParameterValue, 'Check an IdP''s metadata: certificates and expiry, endpoints, signature (exit 3 when unhealthy)')
            [CompletionResult]::new('authn-url', 'authn-url', [CompletionResultType]::ParameterValue, 'Print an HTTP-Redirect login URL with a fresh 128-bit request ID (remembered for validate)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate a SAMLResponse: signature, structure and every condition (exit 3 on reject)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode a SAMLRequest / SAMLResponse (URL, base64, deflate) to indented XML, unvalidated')
            break
        }
        'atomctl;help;sso;saml;keygen' {
            break
        }
        'atomctl;help;sso;saml;metadata' {
            break
        }
        'atomctl;help;sso;saml;idp-check' {
            break
        }
        'atomctl;help;sso;saml;authn-url' {
            break
        }
        'atomctl;help;sso;saml;validate' {
            break
        }
        'atomctl;help;sso;saml;decode' {
            break
        }
        'atomctl;help;teams' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to Microsoft Graph and store the login: as the app (client credentials, by secret or certificate), or with --device as a person (delegated, device code)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Tenant, app, token kind, expiry and the permissions the token carries')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tenant''s teams, every page, streamed')
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'A team''s channels')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'A team''s members, or a channel''s, with their roles')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Post a message to a channel: as the signed-in person through Graph (--team, --channel), or through a Workflows webhook as an Adaptive Card (--webhook-env)')
            [CompletionResult]::new('meeting', 'meeting', [CompletionResultType]::ParameterValue, 'Schedule Teams meetings')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy Entra users, groups and memberships (delta after the first run) and teams, channels and members (re-read each run) into the cache')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Plan (and with --apply make) a team''s membership match a directory group from the cache')
            break
        }
        'atomctl;help;teams;login' {
            break
        }
        'atomctl;help;teams;status' {
            break
        }
        'atomctl;help;teams;list' {
            break
        }
        'atomctl;help;teams;channels' {
            break
        }
        'atomctl;help;teams;members' {
            break
        }
        'atomctl;help;teams;send' {
            break
        }
        'atomctl;help;teams;meeting' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Schedule a meeting in the organizer''s calendar with a Teams link; invitations go to the attendees. Prints the join URL')
            break
        }
        'atomctl;help;teams;meeting;create' {
            break
        }
        'atomctl;help;teams;sync' {
            break
        }
        'atomctl;help;teams;reconcile' {
            break
        }
        'atomctl;help;snow' {
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Rows of a table, every page, streamed; the query''s fields checked first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One record by its sys_id, or by its number (INC0010001)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count rows on the instance (Aggregate API), per combination of --group-by values, without reading them')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy tables into the cache (snow_<table>): changes since the last run, deletions from the audit, everything with --full, stale rows pruned with --reconcile')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record from --field NAME=VALUE or --json FILE (impact and urgency written, priority read back); a lost answer is looked for before anything is sent again')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of a record, named by sys_id or number')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve an incident: its state, close code and close notes in one write')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in and store the connection for the profile (0600): basic, OAuth password grant, client credentials or a token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The instance, the user, its roles and time zone, the token, and the rate limit last seen')
            break
        }
        'atomctl;help;snow;query' {
            break
        }
        'atomctl;help;snow;get' {
            break
        }
        'atomctl;help;snow;count' {
            break
        }
        'atomctl;help;snow;sync' {
            break
        }
        'atomctl;help;snow;create' {
            break
        }
        'atomctl;help;snow;update' {
            break
        }
        'atomctl;help;snow;resolve' {
            break
        }
        'atomctl;help;snow;login' {
            break
        }
        'atomctl;help;snow;status' {
            break
        }
        'atomctl;help;analytics' {
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Load chat usage events (NDJSON or CSV, same columns) into the cache; duplicates are skipped')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Print a report (`--list` names them)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a report for another system or a manager: csv, json, ndjson or a self-contained HTML dashboard')
            break
        }
        'atomctl;help;analytics;ingest' {
            break
        }
        'atomctl;help;analytics;report' {
            break
        }
        'atomctl;help;analytics;export' {
            break
        }
        'atomctl;help;cache' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Where the cache is, its size, schema version and row counts')
            [CompletionResult]::new('sql', 'sql', [CompletionResultType]::ParameterValue, 'Run a read-only SQL query against the cache')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Recent jobs: what ran, when, how long, counts and outcome')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Who ran what against which system with which profile, and the outcome')
            [CompletionResult]::new('vacuum', 'vacuum', [CompletionResultType]::ParameterValue, 'Reclaim free space (VACUUM) and checkpoint the write-ahead log')
            break
        }
        'atomctl;help;cache;info' {
            break
        }
        'atomctl;help;cache;sql' {
            break
        }
        'atomctl;help;cache;jobs' {
            break
        }
        'atomctl;help;cache;audit' {
            break
        }
        'atomctl;help;cache;vacuum' {
            break
        }
        'atomctl;help;completions' {
            break
        }
        'atomctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
