// A third of the audit was glibc's malloc and free (many small, short-lived values); mimalloc
// halves that and scales across the rule threads.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: Mi = Mi;

/// mimalloc, asked for alignment only when a type needs more than its default 16 bytes: the
/// aligned entry points (which the `mimalloc` crate always calls) cost a sixth of the
/// allocator's time.
#[cfg(feature = "mimalloc")]
struct Mi;

#[cfg(feature = "mimalloc")]
const MI_ALIGN: usize = 16;

#[cfg(feature = "mimalloc")]
// SAFETY: mimalloc's malloc returns blocks aligned to 16 bytes (MI_MAX_ALIGN_SIZE) or to their
// size when smaller, which covers every layout whose alignment is at most 16 (a layout's size
// is a multiple of its alignment); larger alignments go to the aligned entry points.
unsafe impl std::alloc::GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        if l.align() <= MI_ALIGN {
            libmimalloc_sys::mi_malloc(l.size()) as *mut u8
        } else {
            mimalloc::MiMalloc.alloc(l)
        }
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, l: std::alloc::Layout) -> *mut u8 {
        if l.align() <= MI_ALIGN {
            libmimalloc_sys::mi_zalloc(l.size()) as *mut u8
        } else {
            mimalloc::MiMalloc.alloc_zeroed(l)
        }
    }
    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, _l: std::alloc::Layout) {
        libmimalloc_sys::mi_free(p as *mut std::ffi::c_void)
    }
    #[inline]
    unsafe fn realloc(&self, p: *mut u8, l: std::alloc::Layout, size: usize) -> *mut u8 {
        if l.align() <= MI_ALIGN {
            libmimalloc_sys::mi_realloc(p as *mut std::ffi::c_void, size) as *mut u8
        } else {
            mimalloc::MiMalloc.realloc(p, l, size)
        }
    }
}

fn main() {
    purge_soon();
    let code = tfaudit::cli::main();
    exit_now(code)
}

/// Ends the process without the teardown a return from `main` runs: the allocator and the
/// thread pool would free, page by page, memory the kernel frees at once (a tenth of the
/// start-up on a small plan). Reports written to files were flushed when they were dropped.
fn exit_now(code: std::process::ExitCode) -> ! {
    use std::io::Write;
    // As at a normal exit, a reader that left (`| head`) is not an error here.
    let _ = std::io::stdout().flush();
    let n = (0..=255u8)
        .find(|&n| code == std::process::ExitCode::from(n))
        .unwrap_or(2);
    extern "C" {
        fn _exit(status: i32) -> !;
    }
    // SAFETY: `_exit` ends the process; nothing runs after it that could see a torn state.
    unsafe { _exit(i32::from(n)) }
}

/// Transparent huge pages make the allocator touch memory 2 MB at a time: a third more peak
/// memory on a 10k-resource plan (126 MB against 93 MB), and runs after a large one waited for
/// the kernel to compact memory (100k plan: 2.7 s against 2.2 s), for no gain in speed.
///
/// It runs as a constructor before mimalloc's own (priority 101) and the Rust runtime's
/// first allocations: set in `main`, the runtime's first allocations had already faulted
/// in a huge page, 2 MB more peak memory.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array.00100"]
static NO_HUGE_PAGES: extern "C" fn() = no_huge_pages;

#[cfg(target_os = "linux")]
extern "C" fn no_huge_pages() {
    const PR_SET_THP_DISABLE: i32 = 41;
    extern "C" {
        fn prctl(option: i32, ...) -> i32;
    }
    // SAFETY: prctl with PR_SET_THP_DISABLE takes integer arguments and only sets a flag of
    // this process; a kernel without it returns an error, which changes nothing.
    unsafe {
        prctl(PR_SET_THP_DISABLE, 1u64, 0u64, 0u64, 0u64);
    }
}

/// mimalloc keeps freed pages for a second before it gives them back to the system (its
/// `purge_delay`), longer than an audit's phases: what the model and each rule freed still
/// counted when the next phase allocated (4 MB more peak memory on the 10k-resource plan).
/// Giving each page back the moment it is free costs more: every `madvise` interrupts the
/// other cores to flush their TLBs, 28,000 of them linking the 100k-resource cross-reference
/// plan (2.06 s against 1.66 s). 10 ms batches them (1,560) for 1 MB more peak memory.
#[cfg(feature = "mimalloc")]
fn purge_soon() {
    // `mi_option_purge_delay` in mimalloc.h (v3); libmimalloc-sys does not name it.
    const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: sets one integer option of the allocator; any value is valid.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 10) }
}

#[cfg(not(feature = "mimalloc"))]
fn purge_soon() {}
