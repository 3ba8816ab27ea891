//! Helpers shared by the integration tests that look at the Stack of a fixture plan.

use tfaudit::load::{self, Input};
use tfaudit::model::{ResId, Stack};

/// Build the Stack of `testdata/<plan>` and hand it to `f`.
pub fn with_plan(plan: &str, f: impl FnOnce(&Stack)) {
    let path = format!("{}/testdata/{plan}", env!("CARGO_MANIFEST_DIR"));
    let src = load::read(&Input::Path(path.into())).unwrap();
    let plan = load::parse(&src).unwrap();
    f(&Stack::build(&plan));
}

/// The resource at `address`.
pub fn id(stack: &Stack, address: &str) -> ResId {
    stack
        .resources
        .iter()
        .position(|r| &*r.address == address)
        .unwrap_or_else(|| panic!("no {address}"))
}
