use std::process::ExitCode;

use clap::Parser;

// Entries are parsed on the connection's task and freed on ours; glibc's allocator serializes
// those cross-thread frees, mimalloc does not (about 2x on a 100k-entry sync).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc keeps freed pages for a while and commits arenas eagerly; a long sync frees as
/// fast as it allocates, so return memory at once (peak RSS of a 100k-entry sync: ~75 → ~55 MB).
/// A 10 ms purge delay was tried: a 1M-record query spent less system time on fresh page
/// faults (0.15–0.19 s against 0.27–0.30 s), but `sf export`, which frees multi-megabyte
/// result pages, then peaked at 68 MB (100k) and 80 MB (1M) instead of 53 and 47 MB.
/// Option numbers from mimalloc.h (`mi_option_arena_eager_commit`, `mi_option_purge_delay`).
///
/// Transparent huge pages are turned off for the process: where the kernel's THP mode is
/// `always` (Debian's default), every 2 MB of arena the allocator touches became resident
/// and zeroed whole. Measured with THP off: same times, peak RSS of a 100k-entry sync
/// 50 → 37 MB, of a 100k-record `sf query` 53 → 32 MB. (Inherited by child processes such
/// as a `password_command`, which only makes them use 4 KB pages.)
fn tune_allocator() {
    const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: plain setters of allocator options, called before any thread starts.
    unsafe {
        libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
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
    // Parsing first keeps `--version` and `--help` free of runtime start-up cost.
    let cli = match atomctl::cli::Cli::try_parse() {
        Ok(c) => c,
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
        .without_time()
        .init();
    ExitCode::from(atomctl::run(cli))
}
