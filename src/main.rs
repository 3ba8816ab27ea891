// A third of the audit was glibc's malloc and free (many small, short-lived values); mimalloc
// halves that and scales across the rule threads.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    tfaudit::cli::main()
}
