// A position-dependent executable: the dynamic loader otherwise relocates every pointer of the
// rule tables at each start, a fifth of the start-up on a small plan. `make release` links the
// C library statically and asks for the same with `-C relocation-model=static`; there `-no-pie`
// would contradict the static-PIE start files the linker is given.
fn main() {
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && !features.split(',').any(|f| f == "crt-static")
    {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
