//! `dynamic` blocks of resources and data sources, as the model pairs them with the blocks the
//! plan lists: for each block name that a `dynamic` block generates, the blocks of that name in
//! source order (static ones, and dynamic ones with their `for_each`, iterator and content).

use super::expr::{self, Ctx};
use super::skel::{self, Item};
use crate::model::{DynBlock, Slot};
use foldhash::{HashMap, HashMapExt};
use hcl_edit::expr::Expression;
use hcl_edit::structure::{Body, Structure};

/// The top-level block names of a body (its `items`) that `dynamic` blocks generate, each
/// with its blocks in source order; `parse` reads a `dynamic` block's own body. Nested
/// `dynamic` blocks (inside a static block or a content) are not taken: their block names are
/// recorded as not countable.
pub(crate) fn blocks(
    items: &[Item],
    parse: impl Fn(&skel::Block) -> Option<Body>,
    ctx: &Ctx,
) -> Vec<(String, Vec<Slot>)> {
    let mut out: Vec<(String, Vec<Slot>)> = Vec::new();
    let names: Vec<&String> = super::blocks(items)
        .filter(|b| b.ident == "dynamic")
        .flat_map(|b| &b.labels)
        .collect();
    for name in names {
        if out.iter().any(|(n, _)| n == name) {
            continue;
        }
        let mut slots = Vec::new();
        for b in super::blocks(items) {
            match (b.ident.as_str(), b.labels.as_slice()) {
                ("dynamic", [n]) if n == name => {
                    match parse(b).and_then(|body| dynamic(&body, n, ctx)) {
                        Some(d) => slots.push(Slot::Dynamic(Box::new(d))),
                        None => slots.push(Slot::Unknown),
                    }
                }
                ("dynamic", _) => {}
                (n, _) if n == name => slots.push(Slot::Static),
                _ => {}
            }
        }
        out.push((name.clone(), slots));
    }
    out
}

/// One `dynamic "name"` block: None when it is not of the shape Terraform requires (a
/// `for_each`, at most an `iterator` name, one `content`).
fn dynamic(body: &Body, name: &str, ctx: &Ctx) -> Option<DynBlock> {
    let for_each = body.get_attribute("for_each")?;
    let iterator = match body.get_attribute("iterator") {
        Some(a) => match &a.value {
            Expression::Variable(v) => v.as_str().to_string(),
            _ => return None,
        },
        None => name.to_string(),
    };
    if body
        .attributes()
        .any(|a| !["for_each", "iterator", "labels"].contains(&a.key.as_str()))
    {
        return None;
    }
    let mut contents = body.blocks().filter(|b| b.ident.as_str() == "content");
    let content = contents.next()?;
    if contents.next().is_some() || body.blocks().count() != 1 {
        return None;
    }
    let for_each = expr::config_expr_in(&for_each.value, ctx);
    let mut d = DynBlock {
        for_each,
        iterator: iterator.clone(),
        content: HashMap::new(),
        nested: HashMap::new(),
    };
    expr::with_bound(&[iterator.as_str()], || {
        content_exprs(&mut d, &content.body, ctx, "", 0)
    });
    Some(d)
}

/// A content's arguments by path (`principals.0.identifiers`), its nested blocks numbered in
/// order, and how many blocks of each name each level has (None: a `dynamic` one among them).
fn content_exprs(d: &mut DynBlock, body: &Body, ctx: &Ctx, prefix: &str, depth: usize) {
    if depth > 16 {
        return;
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let dynamic: Vec<String> = body
        .blocks()
        .filter(|b| b.ident.as_str() == "dynamic")
        .flat_map(super::labels)
        .collect();
    for name in &dynamic {
        d.nested.insert(format!("{prefix}{name}"), None);
    }
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                d.content.insert(
                    format!("{prefix}{}", a.key.as_str()),
                    expr::config_expr_in(&a.value, ctx),
                );
            }
            Structure::Block(b) if b.ident.as_str() == "dynamic" => {}
            Structure::Block(b) if dynamic.iter().any(|n| n == b.ident.as_str()) => {}
            Structure::Block(b) => {
                let name = b.ident.as_str();
                let n = seen.entry(name).or_default();
                *n += 1;
                let path = format!("{prefix}{name}.{}.", *n - 1);
                d.nested.insert(format!("{prefix}{name}"), Some(*n));
                content_exprs(d, &b.body, ctx, &path, depth + 1);
            }
        }
    }
}
