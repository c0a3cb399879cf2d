use std::process::ExitCode;

// Entries are parsed on the connection's task and freed on ours; glibc's allocator serializes
// those cross-thread frees, mimalloc does not (about 2x on a 100k-entry sync).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Two allocator settings, measured on the benchmarks of scripts/bench-ldap.sh and bench-sf.sh:
///
/// - Transparent huge pages off for the process. mimalloc asks for them on its arenas
///   (`madvise`), and a kernel in THP mode `always` or `madvise` then made every 2 MB the
///   allocator touched resident and zeroed whole: peak RSS of a 100k-entry sync 50 MB and
///   of a 100k-record `sf query` 53 MB, with THP off 36 and 28 MB, in the same times.
///   (Inherited by child processes such as a `password_command`, which only makes them use
///   4 KB pages.)
/// - Freed memory goes back to the OS after 10 ms (mimalloc's purge delay; arenas are not
///   committed eagerly). With huge pages on, that delay cost `sf export` 68–80 MB and a delay
///   of 0 was kept; with them off it costs a few MB (100k-entry sync 37 → 39 MB, 1M-record
///   export 43 → 45 MB, 100k-record export 35 → 47 MB) and saves refaulting pages that are
///   about to be reused: a 1M-record query spent 0.20 s of system time instead of 0.47 s,
///   and the export took 0.23 s instead of 0.30 s.
///
/// Option numbers from mimalloc.h (`mi_option_arena_eager_commit`, `mi_option_purge_delay`).
fn tune_allocator() {
    const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: plain setters of allocator options, called before any thread starts.
    unsafe {
        libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 10);
    }
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory of ours; a
    // kernel without it answers EINVAL, which changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    tune_allocator();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = atomctl::cli::color_flag(&args).unwrap_or(atomctl::cli::ColorArg::Auto);
    let color = atomctl::settings::color(flag);
    // Parsing first keeps `--version` and `--help` free of runtime start-up cost.
    let cli = match atomctl::cli::Cli::parse_from(&args, color) {
        Ok(c) => c,
        Err(e)
            if e.kind() == clap::error::ErrorKind::DisplayVersion
                && atomctl::version::wants_verbose(&args) =>
        {
            use std::io::Write;
            let _ = std::io::stdout().write_all(atomctl::version::verbose().as_bytes());
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let code = if e.use_stderr() {
                atomctl::error::ExitKind::Usage.code()
            } else {
                0
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let filter = match cli.global.verbose {
        // ldap3 logs a warning when we stop reading a search early (--limit, a closed pipe).
        0 | 1 => "warn,ldap3=error",
        2 => "atomctl=debug",
        _ => "debug",
    };
    let filter = atomctl::config::log_filter().unwrap_or_else(|| filter.to_owned());
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_new(&filter).unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .with_ansi(color)
        .without_time()
        .init();
    ExitCode::from(atomctl::run(cli))
}
