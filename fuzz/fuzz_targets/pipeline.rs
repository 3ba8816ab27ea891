#![no_main]
//! Bytes → load → model → every rule → every reporter: must never panic or hang.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tfaudit::fuzz_pipeline(data);
});
