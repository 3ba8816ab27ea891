// A position-dependent executable: the dynamic loader otherwise relocates every pointer of the
// rule tables at each start, a fifth of the start-up on a small plan.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
