//! Following configuration references: through `var.` to module call arguments, through
//! `module.M.OUT` into outputs, to resources (all instances unless indexed) or known values.

use super::address::{module_address, traversal, Key, Step};
use super::{ResId, Resource, ScopeId, Stack};
use crate::load::json::Val;

/// Which instances of a module a reference means.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum KeyMatch {
    Exact(Option<Key>),
    /// `module.m.out` of a module with count/for_each: every instance.
    Any,
}

pub(crate) type InstPath = Vec<(String, KeyMatch)>;

/// Where `each.value` comes from: the `for_each` of the resource or module call being
/// resolved, the scope and instances it is evaluated in, and the current instance's key.
struct EachCtx<'p> {
    scope: ScopeId,
    inst: InstPath,
    for_each: &'p Val<'p>,
    key: Option<Key>,
}

#[derive(Debug, Clone)]
pub enum Leaf<'p> {
    /// A known value: a literal, or a variable's value. The flag is "sensitive".
    Value(&'p Val<'p>, bool),
    /// Another resource's attribute; `ids` are its instances in the plan.
    Resource { ids: Vec<ResId>, reference: String },
    /// What the plan cannot follow (a local, a per-instance value, a computed expression).
    DeadEnd(String),
}

#[derive(Debug, Clone)]
pub struct Resolved<'p> {
    pub leaf: Leaf<'p>,
    /// The variables and outputs passed through, outermost first.
    pub via: Vec<String>,
}

impl Resolved<'_> {
    /// `module.net.var.vpc_id ← aws_vpc.main.id`
    pub fn via_text(&self, last: &str) -> String {
        let mut parts: Vec<&str> = self.via.iter().map(String::as_str).collect();
        if !last.is_empty() {
            parts.push(last);
        }
        parts.join(" ← ")
    }

    pub fn is_sensitive(&self) -> bool {
        matches!(self.leaf, Leaf::Value(_, true))
    }
}

const MAX_DEPTH: usize = 32;

fn qualified(scope_path: &str, name: &str) -> String {
    if scope_path.is_empty() {
        name.to_string()
    } else {
        format!("{scope_path}.{name}")
    }
}

impl<'p> Stack<'p> {
    /// Resolve an expression of resource `r`'s configuration.
    pub fn resolve_from(&self, r: &Resource<'p>, expr: &'p Val<'p>) -> Vec<Resolved<'p>> {
        let Some(scope) = r.scope else {
            return Vec::new();
        };
        let inst: InstPath = r
            .module
            .iter()
            .map(|s| (s.name.clone(), KeyMatch::Exact(s.key.clone())))
            .collect();
        let each = r
            .config
            .and_then(|c| c.get("for_each_expression"))
            .map(|for_each| EachCtx {
                scope,
                inst: inst.clone(),
                for_each,
                key: r.index.clone(),
            });
        let mut out = Vec::new();
        self.resolve_in(
            scope,
            &inst,
            expr,
            each.as_ref(),
            &mut Vec::new(),
            &mut out,
            0,
        );
        // `aws_x.y[count.index]` is listed as `aws_x.y` plus `count.index`: pair the instances
        // with the same key, when the referenced block has one.
        let per_instance = expr
            .get("references")
            .map(Val::strings)
            .unwrap_or_default()
            .iter()
            .any(|r| *r == "count.index" || r.starts_with("each."));
        if let (true, Some(key)) = (per_instance, &r.index) {
            for l in &mut out {
                if let Leaf::Resource { ids, .. } = &mut l.leaf {
                    if l.via.is_empty() && ids.len() > 1 {
                        let same: Vec<ResId> = ids
                            .iter()
                            .copied()
                            .filter(|&i| self.resources[i].index.as_ref() == Some(key))
                            .collect();
                        if !same.is_empty() {
                            *ids = same;
                        }
                    }
                }
            }
        }
        out
    }

    pub(crate) fn resolve(
        &self,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        expr: &'p Val<'p>,
    ) -> Vec<Resolved<'p>> {
        let mut out = Vec::new();
        self.resolve_in(scope, inst, expr, None, &mut Vec::new(), &mut out, 0);
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn resolve_in(
        &self,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        expr: &'p Val<'p>,
        each: Option<&EachCtx<'p>>,
        via: &mut Vec<String>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            push_leaf(out, Leaf::DeadEnd("reference chain too deep".into()), via);
            return;
        }
        if let Some(cv) = expr.get("constant_value") {
            push_leaf(out, Leaf::Value(cv, false), via);
            return;
        }
        let refs = expr.get("references").map(Val::strings).unwrap_or_default();
        if refs.is_empty() {
            push_leaf(
                out,
                Leaf::DeadEnd("an expression without references".into()),
                via,
            );
            return;
        }
        // Terraform lists `a.b[0].id`, `a.b[0]` and `a.b`: keep the most specific.
        let specific: Vec<&str> = refs
            .iter()
            .copied()
            .filter(|r| {
                !refs.iter().any(|o| {
                    o.len() > r.len()
                        && o.starts_with(r)
                        && matches!(o.as_bytes()[r.len()], b'.' | b'[')
                })
            })
            .collect();
        let is_meta = |r: &str| {
            ["count.", "each.", "path.", "terraform.", "self."]
                .iter()
                .any(|p| r.starts_with(p))
        };
        let real: Vec<&str> = specific.iter().copied().filter(|r| !is_meta(r)).collect();
        if real.is_empty() {
            if let Some(ctx) = each.filter(|_| specific.iter().any(|r| r.starts_with("each.value")))
            {
                if self.resolve_each(ctx, via, out, depth) {
                    return;
                }
            }
            let r = specific.first().copied().unwrap_or("");
            let scope_path = &self.scopes[scope].path;
            push_leaf(
                out,
                Leaf::DeadEnd(format!(
                    "{} (a per-instance value)",
                    qualified(scope_path, r)
                )),
                via,
            );
            return;
        }
        for r in real {
            self.resolve_ref(scope, inst, r, via, out, depth);
        }
    }

    fn resolve_ref(
        &self,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        reference: &str,
        via: &mut Vec<String>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) {
        let sc = &self.scopes[scope];
        let dead = |why: String, via: &Vec<String>, out: &mut Vec<Resolved<'p>>| {
            out.push(Resolved {
                leaf: Leaf::DeadEnd(why),
                via: via.clone(),
            })
        };
        let Some(steps) = traversal(reference) else {
            dead(qualified(&sc.path, reference), via, out);
            return;
        };
        let name_at = |i: usize| match steps.get(i) {
            Some(Step::Name(n)) => Some(n.as_str()),
            _ => None,
        };
        match name_at(0) {
            Some("var") => {
                let Some(var) = name_at(1) else { return };
                via.push(qualified(&sc.path, &format!("var.{var}")));
                let decl = sc.module.get("variables").and_then(|v| v.get(var));
                let sensitive =
                    decl.and_then(|d| d.get("sensitive")).and_then(Val::as_bool) == Some(true);
                match (sc.parent, sc.call) {
                    (Some(parent), Some(call)) => {
                        if let Some(e) = call.get("expressions").and_then(|e| e.get(var)) {
                            let start = out.len();
                            let up = &inst[..inst.len().saturating_sub(1)];
                            let each = call.get("for_each_expression").map(|for_each| EachCtx {
                                scope: parent,
                                inst: up.to_vec(),
                                for_each,
                                key: match inst.last() {
                                    Some((_, KeyMatch::Exact(k))) => k.clone(),
                                    _ => None,
                                },
                            });
                            self.resolve_in(parent, up, e, each.as_ref(), via, out, depth + 1);
                            if sensitive {
                                mark_sensitive(&mut out[start..]);
                            }
                        } else if let Some(d) = decl.and_then(|d| d.get("default")) {
                            out.push(Resolved {
                                leaf: Leaf::Value(d, sensitive),
                                via: via.clone(),
                            });
                        } else {
                            dead(
                                format!("{} has no value", via.last().cloned().unwrap_or_default()),
                                via,
                                out,
                            );
                        }
                    }
                    _ => {
                        let value = self
                            .root
                            .get("variables")
                            .and_then(|v| v.get(var))
                            .and_then(|v| v.get("value"))
                            .or_else(|| decl.and_then(|d| d.get("default")));
                        match value {
                            Some(v) => out.push(Resolved {
                                leaf: Leaf::Value(v, sensitive),
                                via: via.clone(),
                            }),
                            None => dead(format!("var.{var} has no value in the plan"), via, out),
                        }
                    }
                }
                via.pop();
            }
            Some("local") => dead(
                format!(
                    "{} (locals are not in the plan JSON)",
                    qualified(&sc.path, &format!("local.{}", name_at(1).unwrap_or("")))
                ),
                via,
                out,
            ),
            Some("module") => {
                let Some(m) = name_at(1) else { return };
                let (key, out_at) = match steps.get(2) {
                    Some(Step::Index(k)) => (Some(k.clone()), 3),
                    _ => (None, 2),
                };
                let Some(&child) = sc.children.get(m) else {
                    dead(
                        format!(
                            "{} is not in the configuration",
                            qualified(&sc.path, &format!("module.{m}"))
                        ),
                        via,
                        out,
                    );
                    return;
                };
                let Some(output) = name_at(out_at) else {
                    dead(qualified(&sc.path, reference), via, out);
                    return;
                };
                let decl = self.scopes[child]
                    .module
                    .get("outputs")
                    .and_then(|o| o.get(output));
                let Some(e) = decl.and_then(|d| d.get("expression")) else {
                    dead(
                        format!(
                            "{} has no such output",
                            qualified(&sc.path, &format!("module.{m}.{output}"))
                        ),
                        via,
                        out,
                    );
                    return;
                };
                let call = sc.module.get("module_calls").and_then(|c| c.get(m));
                let instanced = call.is_some_and(|c| {
                    c.get("count_expression").is_some() || c.get("for_each_expression").is_some()
                });
                let km = match key {
                    Some(k) => KeyMatch::Exact(Some(k)),
                    None if instanced => KeyMatch::Any,
                    None => KeyMatch::Exact(None),
                };
                let mut child_inst = inst.to_vec();
                child_inst.push((m.to_string(), km));
                via.push(qualified(&sc.path, &format!("module.{m}.{output}")));
                let start = out.len();
                self.resolve_in(child, &child_inst, e, None, via, out, depth + 1);
                if decl.and_then(|d| d.get("sensitive")).and_then(Val::as_bool) == Some(true) {
                    mark_sensitive(&mut out[start..]);
                }
                via.pop();
            }
            Some("count" | "each" | "path" | "terraform" | "self") => {
                dead(qualified(&sc.path, reference), via, out)
            }
            Some(first) => {
                let (rtype, name, rest) = if first == "data" {
                    match (name_at(1), name_at(2)) {
                        (Some(t), Some(n)) => (t, n, 3),
                        _ => return dead(qualified(&sc.path, reference), via, out),
                    }
                } else {
                    match name_at(1) {
                        Some(n) => (first, n, 2),
                        None => return dead(qualified(&sc.path, reference), via, out),
                    }
                };
                let index = match steps.get(rest) {
                    Some(Step::Index(k)) => Some(k),
                    _ => None,
                };
                let block = if first == "data" {
                    format!("data.{rtype}.{name}")
                } else {
                    format!("{rtype}.{name}")
                };
                let ids = self.instances(scope, inst, &block, index);
                out.push(Resolved {
                    leaf: Leaf::Resource {
                        ids,
                        reference: qualified(&inst_address(inst), reference),
                    },
                    via: via.clone(),
                });
            }
            None => dead(qualified(&sc.path, reference), via, out),
        }
    }

    /// `each.value` of a `for_each` over a resource block: that block's instance with the same
    /// key (all of them when the key is not known). False when the for_each is not over
    /// resources.
    fn resolve_each(
        &self,
        ctx: &EachCtx<'p>,
        via: &mut Vec<String>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) -> bool {
        let mut leaves = Vec::new();
        self.resolve_in(
            ctx.scope,
            &ctx.inst,
            ctx.for_each,
            None,
            via,
            &mut leaves,
            depth + 1,
        );
        if leaves.is_empty()
            || !leaves
                .iter()
                .all(|l| matches!(l.leaf, Leaf::Resource { .. }))
        {
            return false;
        }
        for mut l in leaves {
            if let (Leaf::Resource { ids, reference }, Some(key)) = (&mut l.leaf, &ctx.key) {
                ids.retain(|&i| self.resources[i].index.as_ref() == Some(key));
                *reference = format!("{reference}{key}");
            }
            out.push(l);
        }
        true
    }

    /// The instances of `block` in the module instances `inst` of configuration `scope`.
    fn instances(
        &self,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        block: &str,
        index: Option<&Key>,
    ) -> Vec<ResId> {
        let exact: Option<Vec<super::ModStep>> = inst
            .iter()
            .map(|(name, km)| match km {
                KeyMatch::Exact(k) => Some(super::ModStep {
                    name: name.clone(),
                    key: k.clone(),
                }),
                KeyMatch::Any => None,
            })
            .collect();
        let candidates: Vec<ResId> = match exact {
            Some(path) => {
                let m = module_address(&path);
                let addr = if m.is_empty() {
                    block.to_string()
                } else {
                    format!("{m}.{block}")
                };
                self.by_block.get(&addr).cloned().unwrap_or_default()
            }
            None => self
                .by_scope_block
                .get(&(scope, block.to_string()))
                .map(|ids| {
                    ids.iter()
                        .copied()
                        .filter(|&i| {
                            let m = &self.resources[i].module;
                            m.len() == inst.len()
                                && m.iter().zip(inst).all(|(s, (n, km))| {
                                    &s.name == n
                                        && (matches!(km, KeyMatch::Any)
                                            || *km == KeyMatch::Exact(s.key.clone()))
                                })
                        })
                        .collect()
                })
                .unwrap_or_default(),
        };
        match index {
            Some(k) => candidates
                .into_iter()
                .filter(|&i| self.resources[i].index.as_ref() == Some(k))
                .collect(),
            None => candidates,
        }
    }
}

fn push_leaf<'p>(out: &mut Vec<Resolved<'p>>, leaf: Leaf<'p>, via: &[String]) {
    out.push(Resolved {
        leaf,
        via: via.to_vec(),
    });
}

fn mark_sensitive(leaves: &mut [Resolved]) {
    for l in leaves {
        if let Leaf::Value(_, s) = &mut l.leaf {
            *s = true;
        }
    }
}

fn inst_address(inst: &[(String, KeyMatch)]) -> String {
    inst.iter()
        .map(|(n, km)| match km {
            KeyMatch::Exact(Some(k)) => format!("module.{n}{k}"),
            KeyMatch::Exact(None) => format!("module.{n}"),
            KeyMatch::Any => format!("module.{n}[*]"),
        })
        .collect::<Vec<_>>()
        .join(".")
}
