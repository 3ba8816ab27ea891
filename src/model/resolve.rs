//! Following configuration references: through `var.` to module call arguments, through
//! `module.M.OUT` into outputs, into data sources looked up by a planned resource, to resources
//! or known values. Sound: what cannot be paired exactly is a dead end, never "every instance".

use super::address::{traversal, Key, Step};
use super::{Mode, ResId, Resource, ScopeId, Stack};
use crate::load::json::Val;
use crate::source::expr::{
    COALESCE, COMPACT, CONCAT, CONDITIONAL, COUNT_INDEX, ELEMENT, FILTER, FLATTEN, GET, ITEMS,
    JSON, JSON_ENTRIES, JSON_OBJECT, JSON_TUPLE, LOOKUP, MEMBERS, MERGE, ONE, OPERATOR, SPLAT,
    TEMPLATE, TOLIST, TOSET, TRY,
};

mod collections;
pub use collections::KeyState;

/// Small numbers the evaluator yields (`length(...)`), as values a leaf can point at.
#[rustfmt::skip]
static NUMBERS: [Val<'static>; 65] = [Val::Num(0.0), Val::Num(1.0), Val::Num(2.0), Val::Num(3.0), Val::Num(4.0), Val::Num(5.0), Val::Num(6.0), Val::Num(7.0), Val::Num(8.0), Val::Num(9.0), Val::Num(10.0), Val::Num(11.0), Val::Num(12.0), Val::Num(13.0), Val::Num(14.0), Val::Num(15.0), Val::Num(16.0), Val::Num(17.0), Val::Num(18.0), Val::Num(19.0), Val::Num(20.0), Val::Num(21.0), Val::Num(22.0), Val::Num(23.0), Val::Num(24.0), Val::Num(25.0), Val::Num(26.0), Val::Num(27.0), Val::Num(28.0), Val::Num(29.0), Val::Num(30.0), Val::Num(31.0), Val::Num(32.0), Val::Num(33.0), Val::Num(34.0), Val::Num(35.0), Val::Num(36.0), Val::Num(37.0), Val::Num(38.0), Val::Num(39.0), Val::Num(40.0), Val::Num(41.0), Val::Num(42.0), Val::Num(43.0), Val::Num(44.0), Val::Num(45.0), Val::Num(46.0), Val::Num(47.0), Val::Num(48.0), Val::Num(49.0), Val::Num(50.0), Val::Num(51.0), Val::Num(52.0), Val::Num(53.0), Val::Num(54.0), Val::Num(55.0), Val::Num(56.0), Val::Num(57.0), Val::Num(58.0), Val::Num(59.0), Val::Num(60.0), Val::Num(61.0), Val::Num(62.0), Val::Num(63.0), Val::Num(64.0)];

static TRUE: Val<'static> = Val::Bool(true);
static FALSE: Val<'static> = Val::Bool(false);
use foldhash::HashMap;
use std::cell::RefCell;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;

#[path = "bind.rs"]
mod bind;
pub(crate) use bind::data_block;
pub use bind::{DynBlock, Slot};

/// Which instances of a module a reference means.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum KeyMatch {
    Exact(Option<Key>),
    /// `module.m.out` of a module with count/for_each: every instance.
    Any,
}

pub(crate) type InstPath = Vec<(String, KeyMatch)>;

/// The instance an expression is evaluated for: its `count.index` / `each.key`, and where
/// `each.value` comes from (the `for_each` of the resource or module call, and the scope and
/// module instances that `for_each` is evaluated in).
#[derive(Clone)]
pub(crate) struct InstCtx<'p> {
    scope: ScopeId,
    inst: InstPath,
    for_each: Option<&'p Val<'p>>,
    /// None: the instance is not known (a module referenced without its key).
    key: Option<Key>,
    /// Names bound by the `for` expressions and `dynamic` blocks around the expression.
    bound: Vec<bind::Binding<'p>>,
}

#[derive(Debug, Clone)]
pub enum Leaf<'p> {
    /// A known value: a literal, or a variable's value. The flag is "sensitive".
    Value(&'p Val<'p>, bool),
    /// Another resource's attribute; `ids` are its instances in the plan (none: the block has
    /// no instances, so it contributes nothing), `attr` the attribute path read from them.
    Resource {
        ids: Vec<ResId>,
        reference: String,
        attr: Vec<String>,
        /// The reference names one instance (`aws_x.y[0]`): never re-paired per instance.
        exact: bool,
        /// Why the value may not hold it at all (an operand of a choice the plan does not
        /// show): a possible input, but no link.
        unsure: Option<String>,
    },
    /// What the plan cannot follow (a local, a per-instance value, a computed expression).
    DeadEnd(String),
}

#[derive(Debug, Clone)]
pub struct Resolved<'p> {
    pub leaf: Leaf<'p>,
    /// The variables and outputs passed through, outermost first (shared: memoised results
    /// are copied often, and deep module paths are long).
    pub via: Vec<Arc<str>>,
}

impl Resolved<'_> {
    /// `module.net.var.vpc_id ← aws_vpc.main.id`
    pub fn via_text(&self, last: &str) -> String {
        let mut parts: Vec<&str> = self.via.iter().map(|s| &**s).collect();
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

/// Identity arguments of a data source that looks an object up (`data "aws_vpc" { id = … }`).
const LOOKUP_ARGS: &[&str] = &["id", "arn", "name", "bucket", "key_id", "function_name"];

/// Memoised resolutions of `var.` and `module.` references within one resolution, with `via`
/// relative to the reference; None while being resolved (a cycle).
pub(crate) type Memo<'p> = HashMap<(ScopeId, String, String, String), Option<Vec<Resolved<'p>>>>;

fn qualified(scope_path: &str, name: &str) -> String {
    if scope_path.is_empty() {
        name.to_string()
    } else {
        format!("{scope_path}.{name}")
    }
}

fn path_text(path: &[Step]) -> String {
    let mut s = String::new();
    for p in path {
        match p {
            Step::Name(n) => {
                s.push('.');
                s.push_str(n);
            }
            Step::Index(k) => s.push_str(&k.to_string()),
        }
    }
    s
}

/// Follow an attribute path into a known value.
fn navigate<'p>(mut v: &'p Val<'p>, path: &[Step]) -> Option<&'p Val<'p>> {
    for p in path {
        v = match (p, v) {
            (Step::Name(n), Val::Obj(_)) => v.get(n)?,
            (Step::Index(Key::Str(k)), Val::Obj(_)) => v.get(k)?,
            (Step::Index(Key::Int(i)), Val::Arr(_)) => v.idx(usize::try_from(*i).ok()?)?,
            _ => return None,
        };
    }
    Some(v)
}

const BUDGET_EXHAUSTED: &str =
    "the plan's references are too intricate to follow within tfaudit's resolution budget";

/// How a type constraint changes the values inside a collection as written: a set reorders
/// and deduplicates them; an object type adds its optional attributes and drops undeclared
/// ones. None when it keeps them.
fn type_converts(ty: &str) -> Option<&'static str> {
    if ty.contains("set(") {
        Some("a set orders its elements")
    } else if ty.contains("object(") || ty.contains("optional(") {
        Some("optional attributes take their defaults, others are dropped")
    } else {
        None
    }
}

/// A value as Terraform converts it to a bool: `true`, `false`, or the strings "true" and
/// "false"; None for anything else.
fn as_bool(v: &Val) -> Option<bool> {
    match v {
        Val::Bool(b) => Some(*b),
        Val::Str(s) if s == "true" || s == "false" => Some(s == "true"),
        _ => None,
    }
}

impl<'p> Stack<'p> {
    /// Resolve an expression of resource `r`'s configuration, for `r`'s own instance.
    pub fn resolve_from(&self, r: &Resource<'p>, expr: &'p Val<'p>) -> Vec<Resolved<'p>> {
        self.resolve_for(self.instance_ctx(r).as_ref(), expr)
    }

    /// [`Stack::resolve_from`] with the resource's [`Stack::instance_ctx`], which callers
    /// resolving several of its expressions make once.
    pub(crate) fn resolve_for(
        &self,
        at: Option<&(ScopeId, InstPath, InstCtx<'p>)>,
        expr: &'p Val<'p>,
    ) -> Vec<Resolved<'p>> {
        let Some((scope, inst, ctx)) = at else {
            return Vec::new();
        };
        let (scope, ctx) = (*scope, ctx);
        let mut out = Vec::new();
        let memo = RefCell::default();
        self.resolve_in(
            &memo,
            scope,
            inst,
            expr,
            Some(ctx),
            &[],
            &mut Vec::new(),
            &mut out,
            0,
        );
        out
    }

    /// Where resource `r`'s expressions are evaluated: its scope, module instances, and its
    /// own instance (count.index, each.*).
    pub(crate) fn instance_ctx(
        &self,
        r: &Resource<'p>,
    ) -> Option<(ScopeId, InstPath, InstCtx<'p>)> {
        let scope = r.scope?;
        let inst: InstPath = r
            .module
            .iter()
            .map(|s| (s.name.clone(), KeyMatch::Exact(s.key.clone())))
            .collect();
        // The source's for_each when it says more (`{ for k, v in var.m : k => v if c }`).
        let for_each = r
            .config
            .and_then(|c| c.get("for_each_expression"))
            .map(|e| {
                let src = || {
                    let module = super::address::module_config_path(&r.module);
                    self.source?.attr(&module, &r.block(), "for_each")
                };
                self.richer(e, src)
            });
        let ctx = InstCtx {
            scope,
            inst: inst.clone(),
            for_each,
            key: r.index.clone(),
            bound: Vec::new(),
        };
        Some((scope, inst, ctx))
    }

    pub(crate) fn resolve(
        &self,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        expr: &'p Val<'p>,
    ) -> Vec<Resolved<'p>> {
        let mut out = Vec::new();
        let memo = RefCell::default();
        self.resolve_in(
            &memo,
            scope,
            inst,
            expr,
            None,
            &[],
            &mut Vec::new(),
            &mut out,
            0,
        );
        out
    }

    /// One unit of the resolution budget; false when it is spent.
    fn spend(&self) -> bool {
        self.spend_n(1)
    }

    /// `n` units of the budget; false (and the budget spent) when fewer are left.
    fn spend_n(&self, n: usize) -> bool {
        let left = self.task_budget_spend(n).unwrap_or_else(|| {
            self.budget
                .fetch_update(Relaxed, Relaxed, |l| Some(l.saturating_sub(n)))
                .unwrap_or(0)
        });
        left >= n && left > 0
    }

    #[allow(clippy::too_many_arguments)]
    fn resolve_in(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        expr: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            push_leaf(out, Leaf::DeadEnd("reference chain too deep".into()), via);
            return;
        }
        if !self.spend() {
            push_leaf(out, Leaf::DeadEnd(BUDGET_EXHAUSTED.into()), via);
            return;
        }
        // A `dynamic` block's expansion, a `for` expression (see bind.rs).
        if self.bind_node(memo, scope, inst, expr, ctx, path, via, out, depth) {
            return;
        }
        if let Some(Val::Arr(parts)) = expr.get(CONDITIONAL) {
            if let [cond, then, other] = &parts[..] {
                self.resolve_conditional(
                    memo,
                    scope,
                    inst,
                    [cond, then, other],
                    ctx,
                    path,
                    via,
                    out,
                    depth,
                );
                return;
            }
        }
        if let Some(node) = expr.get(JSON) {
            // The document's values are its expressions' values: what the plan's references
            // would give, each followed on its own.
            if !path.is_empty() {
                let why = format!(
                    "{} of a JSON document",
                    path_text(path).trim_start_matches('.')
                );
                push_leaf(out, Leaf::DeadEnd(why), via);
                return;
            }
            let mut leaves = Vec::new();
            json_leaves(node, &mut leaves, 0);
            for e in leaves {
                self.resolve_in(memo, scope, inst, e, ctx, &[], via, out, depth + 1);
            }
            return;
        }
        if let Some(Val::Arr(parts)) = expr.get(OPERATOR) {
            let leaf = self.operate(memo, scope, inst, parts, ctx, via, depth);
            let leaf = match (leaf, path.is_empty()) {
                (Leaf::Value(..), false) => Leaf::DeadEnd(format!(
                    "{} of a bool",
                    path_text(path).trim_start_matches('.')
                )),
                (l, _) => l,
            };
            push_leaf(out, leaf, via);
            return;
        }
        // An attribute or element of an object or tuple constructor of the source: that
        // member's expression.
        let member = match (path.first(), expr.get(MEMBERS), expr.get(ITEMS)) {
            (Some(Step::Name(k) | Step::Index(Key::Str(k))), Some(m @ Val::Obj(_)), _) => m.get(k),
            (Some(Step::Index(Key::Int(i))), _, Some(Val::Arr(items))) => {
                usize::try_from(*i).ok().and_then(|i| items.get(i))
            }
            _ => None,
        };
        if let Some(m) = member {
            self.resolve_in(memo, scope, inst, m, ctx, &path[1..], via, out, depth + 1);
            return;
        }
        // Functions of the source: evaluated when their arguments decide them, else followed
        // by their references below, as the plan lists them.
        if self.function(memo, scope, inst, expr, ctx, path, via, out, depth) {
            return;
        }
        if self.collection_function(memo, scope, inst, expr, ctx, path, via, out, depth) {
            return;
        }
        if let (Some(Val::Arr(parts)), true) = (expr.get(TEMPLATE), path.is_empty()) {
            if let Some(leaf) = self.template(memo, scope, inst, parts, ctx, via, depth) {
                push_leaf(out, leaf, via);
                return;
            }
        }
        if let Some(cv) = expr.get("constant_value") {
            let leaf = match navigate(cv, path) {
                Some(v) => Leaf::Value(v, false),
                None => Leaf::DeadEnd(format!("a literal without {}", path_text(path))),
            };
            push_leaf(out, leaf, via);
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
        // Terraform lists `a.b[0].id`, `a.b[0]` and `a.b`: keep the most specific. Sorted, the
        // references extending `r` by `.` or `[` start at the first one not below `r.` or `r[`
        // (a binary search each: an expression of 20 000 references is not 4e8 comparisons).
        let mut sorted = refs.clone();
        sorted.sort_unstable();
        let mut p = String::new();
        let mut extended = |r: &str| {
            ['.', '['].iter().any(|&c| {
                p.clear();
                p.push_str(r);
                p.push(c);
                let at = sorted.partition_point(|o| *o < p.as_str());
                sorted.get(at).is_some_and(|o| o.starts_with(p.as_str()))
            })
        };
        let specific: Vec<&str> = refs.iter().copied().filter(|r| !extended(r)).collect();
        let is_meta = |r: &str| {
            ["count.", "each.", "path.", "terraform.", "self."]
                .iter()
                .any(|p| r.starts_with(p))
        };
        let real: Vec<&str> = specific.iter().copied().filter(|r| !is_meta(r)).collect();
        let per_instance = specific
            .iter()
            .any(|r| *r == "count.index" || r.starts_with("each."));
        let scope_path = &self.scopes[scope].path;
        if real.is_empty() {
            if let ([each_value], Some(c)) = (specific.as_slice(), ctx) {
                if each_value.starts_with("each.value")
                    && self.resolve_each(memo, c, each_value, path, via, out, depth)
                {
                    return;
                }
            }
            let r = specific.first().copied().unwrap_or("");
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
        if !path.is_empty() && real.len() > 1 {
            push_leaf(
                out,
                Leaf::DeadEnd(format!(
                    "{} of a value built from {} (the plan lists an expression's references, not its shape)",
                    path_text(path).trim_start_matches('.'),
                    real.iter()
                        .map(|r| qualified(scope_path, r))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
                via,
            );
            return;
        }
        let start = out.len();
        for r in &real {
            match r.strip_prefix(crate::source::expr::BOUND) {
                Some(b) => self.bound_ref(memo, b, ctx, path, via, out, depth),
                None => self.resolve_ref(memo, scope, inst, r, path, via, out, depth),
            }
        }
        let new = &mut out[start..];
        // The source says the expression computes its value (a function tfaudit does not
        // evaluate, arithmetic, a directive): its references' values are not its value.
        if expr.get(crate::source::expr::COMPUTED).is_some() {
            let what = crate::source::expr::computed_by(expr);
            for l in new.iter_mut() {
                if let Leaf::Value(..) = l.leaf {
                    l.leaf = Leaf::DeadEnd(format!(
                        "computed by {what} from {} (not evaluated)",
                        real.iter()
                            .map(|r| qualified(scope_path, r))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
        }
        // `var.on ? [aws_x.a.id] : []`: known values beside references are the operands of a
        // choice the plan does not show, so the references may not be in the result at all.
        let values = new.iter().any(|l| matches!(l.leaf, Leaf::Value(..)));
        let resources = new
            .iter()
            .any(|l| matches!(&l.leaf, Leaf::Resource { ids, .. } if !ids.is_empty()));
        if real.len() > 1 && values && resources {
            let what = real
                .iter()
                .map(|r| qualified(scope_path, r))
                .collect::<Vec<_>>()
                .join(", ");
            for l in new.iter_mut() {
                if let Leaf::Resource { ids, unsure, .. } = &mut l.leaf {
                    if !ids.is_empty() {
                        *unsure = Some(format!(
                            "an expression of {what}: which of them it yields is decided by the expression, which the plan does not show"
                        ));
                    }
                }
            }
        }
        if per_instance {
            // `x[count.index]`, `x[each.key]`: the instance's own key. `x[each.value]`: the
            // value of the for_each element, when the plan knows it.
            let by_key = specific
                .iter()
                .any(|r| *r == "count.index" || r.starts_with("each.key"));
            let key = match (by_key, ctx) {
                (true, Some(c)) => c.key.clone(),
                (false, Some(c)) => specific
                    .iter()
                    .find(|r| r.starts_with("each.value"))
                    .and_then(|r| self.each_value_key(memo, c, r, depth)),
                (_, None) => None,
            };
            self.pair(&mut out[start..], key.as_ref(), via.len(), real.len() == 1);
        }
    }

    /// `!a`, `a && b`, `a || b`, `a == b`, `a != b` from the source: a bool when the operands
    /// are known values (or `&&`/`||` are decided by one), else a dead end. Never a resource:
    /// a comparison of IDs yields a bool, not the resource.
    #[allow(clippy::too_many_arguments)]
    fn operate(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        parts: &'p [Val<'p>],
        ctx: Option<&InstCtx<'p>>,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Leaf<'p> {
        let value = |e: &'p Val<'p>, via: &mut Vec<Arc<str>>| -> Result<&'p Val<'p>, String> {
            let mut leaves = Vec::new();
            self.resolve_in(memo, scope, inst, e, ctx, &[], via, &mut leaves, depth + 1);
            match &leaves[..] {
                [Resolved {
                    leaf: Leaf::Value(v, _),
                    ..
                }] => Ok(*v),
                _ => Err(leaves
                    .iter()
                    .find_map(|l| match &l.leaf {
                        Leaf::DeadEnd(w) => Some(w.clone()),
                        Leaf::Resource { reference, .. } => Some(format!("comes from {reference}")),
                        _ => None,
                    })
                    .unwrap_or_else(|| "several values".into())),
            }
        };
        let truth = as_bool;
        let boolean = |b: bool| -> Leaf<'p> { Leaf::Value(if b { &TRUE } else { &FALSE }, false) };
        let unknown = |why: String| {
            Leaf::DeadEnd(format!(
                "an operation on a value unknown until apply ({why})"
            ))
        };
        match parts {
            [Val::Str(op), x] if op == "!" => match value(x, via) {
                Ok(v) => truth(v).map_or_else(|| unknown("not a bool".into()), |b| boolean(!b)),
                Err(why) => unknown(why),
            },
            [Val::Str(op), a, b] if op == "&&" || op == "||" => {
                let short = op == "||";
                let x = value(a, via).map(truth);
                if let Ok(Some(t)) = x {
                    if t == short {
                        return boolean(short);
                    }
                }
                let y = value(b, via).map(truth);
                match (x, y) {
                    (_, Ok(Some(t))) if t == short => boolean(short),
                    (Ok(Some(_)), Ok(Some(_))) => boolean(!short),
                    (Err(why), _) | (_, Err(why)) => unknown(why),
                    _ => unknown("not a bool".into()),
                }
            }
            [Val::Str(op), x] if op == "length" => {
                let mut leaves = Vec::new();
                self.resolve_in(memo, scope, inst, x, ctx, &[], via, &mut leaves, depth + 1);
                let n = match &leaves[..] {
                    [Resolved {
                        leaf: Leaf::Value(v, _),
                        ..
                    }] => match v {
                        Val::Arr(items) => Some(items.len()),
                        Val::Obj(m) => Some(m.len()),
                        Val::Str(s) => Some(s.chars().count()),
                        _ => None,
                    },
                    // A whole resource block: its instances in the plan.
                    [Resolved {
                        leaf:
                            Leaf::Resource {
                                ids,
                                attr,
                                exact: false,
                                unsure: None,
                                ..
                            },
                        ..
                    }] if attr.is_empty() => Some(ids.len()),
                    _ => None,
                };
                match n.and_then(|n| NUMBERS.get(n)) {
                    Some(v) => Leaf::Value(v, false),
                    None => unknown("a length tfaudit cannot count".into()),
                }
            }
            [Val::Str(op), a, b] if matches!(op.as_ref(), "<" | "<=" | ">" | ">=") => {
                let num = |v: &Val| match v {
                    Val::Num(n) => Some(*n),
                    Val::Str(s) => s.trim().parse::<f64>().ok(),
                    _ => None,
                };
                match (value(a, via), value(b, via)) {
                    (Ok(x), Ok(y)) => match (num(x), num(y)) {
                        (Some(x), Some(y)) => boolean(match op.as_ref() {
                            "<" => x < y,
                            "<=" => x <= y,
                            ">" => x > y,
                            _ => x >= y,
                        }),
                        _ => unknown("not a number".into()),
                    },
                    (Err(why), _) | (_, Err(why)) => unknown(why),
                }
            }
            [Val::Str(op), a, b] if op == "==" || op == "!=" => {
                match (value(a, via), value(b, via)) {
                    (Ok(x), Ok(y)) => boolean((x == y) == (op == "==")),
                    (Err(why), _) | (_, Err(why)) => unknown(why),
                }
            }
            _ => Leaf::DeadEnd("an operation tfaudit does not evaluate".into()),
        }
    }

    /// A string template whose every interpolation is a known value (not another resource's
    /// attribute: that stays a link): the string. None otherwise, and the template is followed
    /// by its references.
    #[allow(clippy::too_many_arguments)]
    fn template(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        parts: &'p [Val<'p>],
        ctx: Option<&InstCtx<'p>>,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Option<Leaf<'p>> {
        let mut text = String::new();
        let mut sensitive = false;
        for part in parts {
            if let Some(Val::Str(s)) = part.get("constant_value") {
                text.push_str(s);
                continue;
            }
            let leaves = self.leaves_of(memo, scope, inst, part, ctx, &[], via, depth);
            let v = match &leaves[..] {
                [Resolved {
                    leaf: Leaf::Value(v, s),
                    ..
                }] => {
                    sensitive |= *s;
                    *v
                }
                // Another resource's attribute the plan knows (a partition, an account ID):
                // its text, as Terraform interpolates it.
                [Resolved {
                    leaf:
                        Leaf::Resource {
                            ids,
                            attr,
                            unsure: None,
                            exact,
                            ..
                        },
                    ..
                }] => {
                    let [i] = ids[..] else { return None };
                    let r = &self.resources[i];
                    let at = attr.join(".");
                    if !(*exact || r.index.is_none())
                        || at.is_empty()
                        || super::value::masked(r.unknown, &at)
                    {
                        return None;
                    }
                    // The plan's mark only: resolving the attribute here could recurse.
                    sensitive |= super::value::masked_within(r.sensitive, &at);
                    super::value::lookup(r.values, &at)?
                }
                _ => return None,
            };
            match v {
                Val::Str(s) => text.push_str(s),
                Val::Bool(b) => text.push_str(if *b { "true" } else { "false" }),
                Val::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
                    text.push_str(&(*n as i64).to_string())
                }
                _ => return None,
            }
            if text.len() > MAX_TEXT {
                return None;
            }
        }
        Some(Leaf::Value(built(text)?, sensitive))
    }

    /// Whether `e` is a plain reference to an instance (`aws_x.y[0].id`, `data.aws_x.y[0].arn`)
    /// the plan does not have (its `count` is 0): evaluating it is an error.
    fn absent_instance(&self, scope: ScopeId, inst: &[(String, KeyMatch)], e: &Val) -> bool {
        let (Val::Obj(members), Some(refs)) = (e, e.get("references").map(Val::strings)) else {
            return false;
        };
        let Some(longest) = refs.iter().max_by_key(|r| r.len()) else {
            return false;
        };
        if members.len() != 1 || refs.iter().any(|r| !longest.starts_with(r)) {
            return false;
        }
        let Some(steps) = traversal(longest) else {
            return false;
        };
        let name = |i: usize| match steps.get(i) {
            Some(Step::Name(n)) => Some(n.as_str()),
            _ => None,
        };
        let (block, at) = match (name(0), name(1), name(2)) {
            (Some("data"), Some(t), Some(n)) => (format!("data.{t}.{n}"), 3),
            (Some("var" | "local" | "module" | "count" | "each" | "path" | "self"), _, _) => {
                return false
            }
            (Some(t), Some(n), _) => (format!("{t}.{n}"), 2),
            _ => return false,
        };
        let Some(Step::Index(k)) = steps.get(at) else {
            return false;
        };
        // A block of the configuration (a block it does not have is not this question) with
        // no such instance in the plan.
        let configured = self.scopes[scope]
            .module
            .get("resources")
            .and_then(Val::as_array)
            .unwrap_or(&[])
            .iter()
            .any(|r| r.get("address").and_then(Val::as_str) == Some(block.as_str()));
        configured && self.instances(scope, inst, &block, Some(k)).is_empty()
    }

    /// The leaves of `e`, in a list of their own.
    #[allow(clippy::too_many_arguments)]
    fn leaves_of(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        e: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Vec<Resolved<'p>> {
        let mut leaves = Vec::new();
        self.resolve_in(memo, scope, inst, e, ctx, path, via, &mut leaves, depth + 1);
        leaves
    }

    /// `count.index`, `element`, `try`, `coalesce`, `compact`, `concat` and a filtering `for`
    /// of the source, with Terraform's semantics, when their arguments decide the result: true
    /// when `out` has it.
    #[allow(clippy::too_many_arguments)]
    fn function(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        expr: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) -> bool {
        let Val::Obj(members) = expr else {
            return false;
        };
        if members.len() != 2 {
            return false;
        }
        let one = |leaves: &[Resolved<'p>]| match leaves {
            [l] => Some(l.leaf.clone()),
            _ => None,
        };
        // One resource instance of the plan (`aws_x.y[0]`, or a block without count or
        // for_each): its `id` or `arn`, or a policy document's `json`, is neither null nor
        // empty.
        let identity = |l: &Leaf| match l {
            Leaf::Resource {
                ids,
                exact,
                unsure: None,
                attr,
                ..
            } => match (&ids[..], attr.as_slice()) {
                ([i], [a]) if *exact || self.resources[*i].index.is_none() => {
                    let r = &self.resources[*i];
                    a == "id"
                        || a == "arn"
                        || (a == "json"
                            && r.mode == Mode::Data
                            && r.rtype == "aws_iam_policy_document")
                }
                _ => false,
            },
            _ => false,
        };
        if expr.get(COUNT_INDEX).is_some() {
            let n = match ctx.and_then(|c| c.key.as_ref()) {
                Some(Key::Int(k)) if path.is_empty() => usize::try_from(*k).ok(),
                _ => None,
            };
            return match n.and_then(|n| NUMBERS.get(n)) {
                Some(v) => {
                    push_leaf(out, Leaf::Value(v, false), via);
                    true
                }
                None => false,
            };
        }
        if let Some(Val::Arr(parts)) = expr.get(ELEMENT) {
            let [list, index] = &parts[..] else {
                return false;
            };
            // The index in this scope; the list may lead into a module's.
            let n = match &self.leaves_of(memo, scope, inst, index, ctx, &[], via, depth)[..] {
                [Resolved {
                    leaf: Leaf::Value(Val::Num(n), _),
                    ..
                }] if *n >= 0.0 && n.fract() == 0.0 => *n as usize,
                _ => return false,
            };
            let Some((block, attr, scope, inst)) =
                self.splat_of(memo, scope, inst.to_vec(), list, ctx, via, depth)
            else {
                return false;
            };
            return self.element_at(memo, scope, &inst, block, attr, n, path, via, out, depth);
        }
        if let Some(Val::Arr(args)) = expr.get(TRY) {
            for (i, a) in args.iter().enumerate() {
                // An instance the plan does not have: indexing it is the error try skips.
                if i + 1 < args.len()
                    && (self.absent_instance(scope, inst, a)
                        || self.absent_member(memo, a, ctx, via, depth))
                {
                    continue;
                }
                // An attribute of a map known to lack it: the error try skips.
                if i + 1 < args.len()
                    && self.absent_attribute(memo, scope, inst, a, ctx, via, depth)
                {
                    continue;
                }
                let leaves = self.leaves_of(memo, scope, inst, a, ctx, path, via, depth);
                // Every earlier argument is an error: the last one is the result.
                if i + 1 == args.len() && i > 0 {
                    out.extend(leaves);
                    return true;
                }
                match one(&leaves) {
                    Some(Leaf::Value(..)) => {}
                    Some(l) if identity(&l) => {}
                    // Through a variable or a local: the block has no such instance either.
                    Some(Leaf::Resource {
                        ids, exact: true, ..
                    }) if ids.is_empty() && i + 1 < args.len() => continue,
                    _ => return false,
                }
                out.extend(leaves);
                return true;
            }
            return false;
        }
        if let Some(Val::Arr(args)) = expr.get(COALESCE) {
            // `coalesce(a, b).x`: which argument is chosen is not a question of their `x`.
            if !path.is_empty() {
                return false;
            }
            for a in args.iter() {
                let leaves = self.leaves_of(memo, scope, inst, a, ctx, path, via, depth);
                match one(&leaves) {
                    Some(Leaf::Value(Val::Null, _)) => continue,
                    Some(Leaf::Value(Val::Str(s), _)) if s.is_empty() => continue,
                    Some(Leaf::Value(Val::Str(_) | Val::Num(_) | Val::Bool(_), _)) => {}
                    Some(l) if identity(&l) => {}
                    _ => return false,
                }
                out.extend(leaves);
                return true;
            }
            return false;
        }
        if let Some(Val::Arr(parts)) = expr.get(FILTER) {
            // A member, by its key: the map itself has the same one when the condition holds.
            // (The whole map is not taken: over a list, the keys would be indices.)
            if !matches!(path.first(), Some(Step::Index(Key::Str(_)))) {
                return false;
            }
            let holds = match &parts[..] {
                [_] => true,
                [_, cond] => matches!(
                    one(&self.leaves_of(memo, scope, inst, cond, ctx, &[], via, depth)),
                    Some(Leaf::Value(Val::Bool(true), _))
                ),
                _ => false,
            };
            if !holds {
                return false;
            }
            self.resolve_in(memo, scope, inst, &parts[0], ctx, path, via, out, depth + 1);
            return true;
        }
        if let Some(Val::Arr(items)) = expr.get(COMPACT) {
            if !path.is_empty() {
                return false;
            }
            let mut kept = Vec::new();
            for item in items.iter() {
                let leaves = self.leaves_of(memo, scope, inst, item, ctx, &[], via, depth);
                match one(&leaves) {
                    Some(Leaf::Value(Val::Null, _)) => {}
                    Some(Leaf::Value(Val::Str(s), _)) if s.is_empty() => {}
                    Some(Leaf::Value(Val::Str(_), _)) => kept.extend(leaves),
                    // Never empty, so never dropped.
                    Some(l) if identity(&l) => kept.extend(leaves),
                    _ => return false,
                }
            }
            out.extend(kept);
            return true;
        }
        if let Some(Val::Arr(args)) = expr.get(CONCAT) {
            return path.is_empty() && self.concat(memo, scope, inst, args, ctx, via, out, depth);
        }
        false
    }

    /// `concat(a, b, ...)` (and `flatten`'s parts): other resources' values, and empty lists
    /// that add nothing; false when a part is anything else.
    #[allow(clippy::too_many_arguments)]
    fn concat(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        args: &'p [Val<'p>],
        ctx: Option<&InstCtx<'p>>,
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) -> bool {
        let mut all = Vec::new();
        for a in args.iter() {
            for l in self.leaves_of(memo, scope, inst, a, ctx, &[], via, depth) {
                match &l.leaf {
                    // An empty list adds nothing.
                    Leaf::Value(Val::Null, _) => {}
                    Leaf::Value(Val::Arr(items), _) if items.is_empty() => {}
                    Leaf::Resource { unsure: None, .. } => all.push(l),
                    _ => return false,
                }
            }
        }
        out.extend(all);
        true
    }

    /// The splat `list` is, followed through locals, module outputs (of calls without count or
    /// for_each) and conditionals whose condition is known: its block and attribute, and the
    /// scope and module instance they are in.
    #[allow(clippy::too_many_arguments)]
    fn splat_of(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: InstPath,
        list: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Option<(&'p str, &'p str, ScopeId, InstPath)> {
        if depth > MAX_DEPTH {
            return None;
        }
        if let Some(Val::Arr(parts)) = list.get(SPLAT) {
            return match &parts[..] {
                [Val::Str(block), Val::Str(attr)] => Some((block, attr, scope, inst)),
                _ => None,
            };
        }
        if let Some(Val::Arr(parts)) = list.get(CONDITIONAL) {
            let [cond, then, other] = &parts[..] else {
                return None;
            };
            let b = match &self.leaves_of(memo, scope, &inst, cond, ctx, &[], via, depth)[..] {
                [Resolved {
                    leaf: Leaf::Value(Val::Bool(b), _),
                    ..
                }] => *b,
                _ => return None,
            };
            let branch = if b { then } else { other };
            return self.splat_of(memo, scope, inst, branch, ctx, via, depth + 1);
        }
        let Val::Obj(members) = list else { return None };
        if members.len() != 1 {
            return None;
        }
        // One reference: the longest, the others its prefixes (`module.m`, `module.m.out`).
        let refs = list.get("references").map(Val::strings).unwrap_or_default();
        let longest = refs.iter().max_by_key(|r| r.len())?;
        if refs.iter().any(|r| !longest.starts_with(r)) {
            return None;
        }
        let source = self.source?;
        let sc = &self.scopes[scope];
        match longest.split('.').collect::<Vec<_>>()[..] {
            ["local", name] => {
                let e = source.local(&sc.path, name)?;
                self.splat_of(memo, scope, inst, e, None, via, depth + 1)
            }
            ["module", m, output] => {
                let child = *sc.children.get(m)?;
                let call = sc.module.get("module_calls").and_then(|c| c.get(m))?;
                if call.get("count_expression").is_some()
                    || call.get("for_each_expression").is_some()
                {
                    return None;
                }
                let e = source.output(&self.scopes[child].path, output)?;
                let mut inst = inst;
                inst.push((m.to_string(), KeyMatch::Exact(None)));
                self.splat_of(memo, child, inst, e, None, via, depth + 1)
            }
            _ => None,
        }
    }

    /// `element(block[*]attr, n)`: instance `n mod count` of the block's `count` instances
    /// 0..count-1 in the module instance `inst`.
    #[allow(clippy::too_many_arguments)]
    fn element_at(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        block: &str,
        attr: &str,
        n: usize,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) -> bool {
        // Instances counted in one module instance only.
        if inst.iter().any(|(_, km)| matches!(km, KeyMatch::Any)) {
            return false;
        }
        // `count` instances 0..n-1 in the plan: element wraps the index around them.
        let mut keys = Vec::new();
        for i in self.instances(scope, inst, block, None) {
            let r = &self.resources[i];
            match &r.index {
                Some(Key::Int(k)) if !r.is_deleted() => keys.push(*k),
                Some(Key::Int(_)) => {}
                _ => return false,
            }
        }
        keys.sort_unstable();
        if keys.is_empty() || keys.iter().enumerate().any(|(i, k)| *k != i as i64) {
            return false;
        }
        let reference = format!("{block}[{}]{attr}", n % keys.len());
        self.resolve_ref(memo, scope, inst, &reference, path, via, out, depth + 1);
        true
    }

    /// The source's expression for what the plan lists only by its references: used when it
    /// says more (a conditional, an operator) and names exactly the same references.
    /// Why a variable's value, as written or given, is not what the module reads: its declared
    /// type (from the source) converts it. A set orders and deduplicates its elements; an object
    /// type adds its optional attributes (with their defaults) and drops undeclared ones.
    pub(crate) fn converted_by_type(&self, module: &str, var: &str) -> Option<String> {
        let ty = self.source?.var_type(module, var)?;
        let how = type_converts(ty)?;
        Some(format!("is converted to its type {ty} ({how})"))
    }

    pub(crate) fn richer(
        &self,
        plan: &'p Val<'p>,
        source: impl FnOnce() -> Option<&'p Val<'static>>,
    ) -> &'p Val<'p> {
        // Without references the plan's expression is Terraform's own value: the source is
        // not read (an expression is parsed when first read).
        let mut named = Vec::new();
        crate::source::expr::nested_references(plan, &mut named, 0);
        if named.is_empty() {
            return plan;
        }
        let Some(src) = source() else { return plan };
        fn shaped(v: &Val, depth: usize) -> bool {
            depth < 64
                && match v {
                    Val::Obj(m) => m.iter().any(|(k, x)| {
                        [
                            CONDITIONAL,
                            OPERATOR,
                            ELEMENT,
                            TRY,
                            COALESCE,
                            CONCAT,
                            COUNT_INDEX,
                            COMPACT,
                            MEMBERS,
                            ITEMS,
                            FILTER,
                            crate::source::expr::FOR,
                            LOOKUP,
                            MERGE,
                            ONE,
                            TOLIST,
                            TOSET,
                            FLATTEN,
                            GET,
                        ]
                        .contains(&k.as_ref())
                            || shaped(x, depth + 1)
                    }),
                    Val::Arr(items) => items.iter().any(|x| shaped(x, depth + 1)),
                    _ => false,
                }
        }
        use crate::source::expr::nested_references as refs;
        // The most specific references: a reference another one extends is left out.
        let specific = |v: &Val| {
            let mut all = Vec::new();
            refs(v, &mut all, 0);
            // Names bound inside the expression are not the plan's references.
            all.retain(|r| !r.starts_with(crate::source::expr::BOUND));
            all.sort_unstable();
            all.dedup();
            // Real expressions name a few; a hostile one is not compared pairwise.
            all.truncate(512);
            let keep: Vec<String> = all
                .iter()
                .filter(|r| {
                    !all.iter().any(|o| {
                        o.len() > r.len()
                            && o.starts_with(**r)
                            && matches!(o.as_bytes()[r.len()], b'.' | b'[')
                    })
                })
                .map(|r| r.to_string())
                .collect();
            keep
        };
        if shaped(src, 0) && specific(src) == specific(plan) {
            src
        } else {
            plan
        }
    }

    /// `cond ? then : other` from the source: the branch a known condition selects; with the
    /// condition unknown, both branches' leaves, and what either may yield is only a possible
    /// input (unless both lead to the same leaves: then it is that).
    #[allow(clippy::too_many_arguments)]
    fn resolve_conditional(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        [cond, then, other]: [&'p Val<'p>; 3],
        ctx: Option<&InstCtx<'p>>,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) {
        let mut c = Vec::new();
        self.resolve_in(memo, scope, inst, cond, ctx, &[], via, &mut c, depth + 1);
        let truth = |l: &Resolved| match &l.leaf {
            Leaf::Value(v, _) => as_bool(v),
            _ => None,
        };
        let known: Vec<Option<bool>> = c.iter().map(truth).collect();
        if let [Some(b)] = known[..] {
            let branch = if b { then } else { other };
            self.resolve_in(memo, scope, inst, branch, ctx, path, via, out, depth + 1);
            return;
        }
        let mut a = Vec::new();
        let mut b = Vec::new();
        self.resolve_in(memo, scope, inst, then, ctx, path, via, &mut a, depth + 1);
        self.resolve_in(memo, scope, inst, other, ctx, path, via, &mut b, depth + 1);
        let ka: foldhash::HashSet<LeafKey> = a.iter().map(|l| leaf_key(&l.leaf)).collect();
        let kb: foldhash::HashSet<LeafKey> = b.iter().map(|l| leaf_key(&l.leaf)).collect();
        if ka == kb {
            out.extend(a);
            return;
        }
        let why = match c.iter().find_map(|l| match &l.leaf {
            Leaf::DeadEnd(w) => Some(w.clone()),
            _ => None,
        }) {
            Some(w) => format!("a conditional whose condition is unknown until apply ({w})"),
            None => "a conditional whose condition is unknown until apply".to_string(),
        };
        for mut l in a.into_iter().chain(b) {
            match &mut l.leaf {
                Leaf::Resource { unsure, .. } => {
                    unsure.get_or_insert_with(|| why.clone());
                }
                // A known value in one branch: the result may be it, or the other branch's.
                Leaf::Value(..) => l.leaf = Leaf::DeadEnd(why.clone()),
                Leaf::DeadEnd(_) => {}
            }
            out.push(l);
        }
    }

    /// The scalar `each.value[...]` of the current instance, as an instance key.
    fn each_value_key(
        &self,
        memo: &RefCell<Memo<'p>>,
        ctx: &InstCtx<'p>,
        each_value: &str,
        depth: usize,
    ) -> Option<Key> {
        let mut leaves = Vec::new();
        if !self.resolve_each(
            memo,
            ctx,
            each_value,
            &[],
            &mut Vec::new(),
            &mut leaves,
            depth,
        ) {
            return None;
        }
        match leaves.as_slice() {
            [Resolved {
                leaf: Leaf::Value(Val::Str(s), _),
                ..
            }] => Some(Key::Str(s.to_string())),
            [Resolved {
                leaf: Leaf::Value(Val::Num(n), _),
                ..
            }] if n.fract() == 0.0 => Some(Key::Int(*n as i64)),
            _ => None,
        }
    }

    /// Narrow the leaves of an expression that uses `count.index` or `each.*` to the current
    /// instance: instances of a block pair by key; what cannot be paired exactly is a dead end.
    fn pair(&self, leaves: &mut [Resolved<'p>], key: Option<&Key>, level: usize, single: bool) {
        let mut loose = Vec::new();
        for (n, l) in leaves.iter_mut().enumerate() {
            match &mut l.leaf {
                Leaf::Resource {
                    ids,
                    reference,
                    exact: false,
                    ..
                } if ids.iter().any(|&i| self.resources[i].index.is_some()) => {
                    // `var.ids[count.index]`: the list passed in may be sliced, reversed or
                    // filtered on the way (`slice`, `reverse`, `compact`), which the plan's
                    // references do not show.
                    if l.via.len() > level {
                        l.leaf = Leaf::DeadEnd(format!(
                            "which instance of {reference} {} holds per instance cannot be told",
                            l.via.last().map(|v| v.as_ref()).unwrap_or("the value")
                        ));
                        continue;
                    }
                    let same: Vec<ResId> = match key {
                        Some(k) => ids
                            .iter()
                            .copied()
                            .filter(|&i| self.resources[i].index.as_ref() == Some(k))
                            .collect(),
                        None => Vec::new(),
                    };
                    if same.is_empty() {
                        l.leaf = Leaf::DeadEnd(match key {
                            Some(k) => format!("{reference} has no instance {k} to pair with"),
                            None => {
                                format!("which instance of {reference} is meant cannot be told")
                            }
                        });
                    } else {
                        *ids = same;
                    }
                }
                Leaf::Resource { ids, .. } if !ids.is_empty() && l.via.len() > level => {
                    loose.push(n)
                }
                Leaf::Value(v, s) if single => {
                    let element = match (key, &**v) {
                        (Some(Key::Int(i)), Val::Arr(_)) => {
                            usize::try_from(*i).ok().and_then(|i| v.idx(i))
                        }
                        (Some(Key::Str(k)), Val::Obj(_)) => v.get(k),
                        _ => None,
                    };
                    l.leaf = match element {
                        Some(e) => Leaf::Value(e, *s),
                        None => Leaf::DeadEnd("an element chosen per instance".into()),
                    };
                }
                _ => {}
            }
        }
        // `var.ids[count.index]` where var.ids lists several resources: one of them, not all.
        if loose.len() > 1 {
            for n in loose {
                let l = &mut leaves[n];
                l.leaf = Leaf::DeadEnd(format!(
                    "{} selects one of several resources per instance",
                    l.via.last().map(|s| &**s).unwrap_or("the expression")
                ));
            }
        }
    }

    /// Resolve `var.` and `module.` references once per (scope, instances, reference, path).
    fn memoised(
        &self,
        memo: &RefCell<Memo<'p>>,
        key: (ScopeId, String, String, String),
        via: &[Arc<str>],
        out: &mut Vec<Resolved<'p>>,
        f: impl FnOnce(&mut Vec<Arc<str>>, &mut Vec<Resolved<'p>>),
    ) {
        let copy = |leaves: &[Resolved<'p>], out: &mut Vec<Resolved<'p>>| {
            // Copying a memoised result is work too (a wide, deep memo multiplies it): charged
            // per `via` entry copied, so the budget bounds the whole resolution, not only its
            // steps.
            let cost: usize = leaves.iter().map(|l| 1 + via.len() + l.via.len()).sum();
            if !self.spend_n(1 + cost) {
                push_leaf(out, Leaf::DeadEnd(BUDGET_EXHAUSTED.into()), via);
                return;
            }
            for l in leaves {
                let mut v = Vec::with_capacity(via.len() + l.via.len());
                v.extend_from_slice(via);
                v.extend_from_slice(&l.via);
                out.push(Resolved {
                    leaf: l.leaf.clone(),
                    via: v,
                });
            }
        };
        // Copied from the memo while it is borrowed: copying does not resolve anything.
        match memo.borrow().get(&key) {
            Some(Some(leaves)) => return copy(leaves, out),
            Some(None) => {
                let cycle = Resolved {
                    leaf: Leaf::DeadEnd(format!("{} refers back to itself", key.2)),
                    via: Vec::new(),
                };
                return copy(&[cycle], out);
            }
            None => {}
        }
        memo.borrow_mut().insert(key.clone(), None);
        let mut leaves = Vec::new();
        f(&mut Vec::new(), &mut leaves);
        // The same leaf reached twice (a value referenced twice) is kept once.
        let mut seen = foldhash::HashSet::default();
        let first: Vec<bool> = leaves
            .iter()
            .map(|l| seen.insert(leaf_key(&l.leaf)))
            .collect();
        let mut first = first.into_iter();
        leaves.retain(|_| first.next().unwrap_or(true));
        copy(&leaves, out);
        memo.borrow_mut().insert(key, Some(leaves));
    }

    #[allow(clippy::too_many_arguments)]
    fn resolve_ref(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        reference: &str,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) {
        let sc = &self.scopes[scope];
        let dead = |why: String, via: &Vec<Arc<str>>, out: &mut Vec<Resolved<'p>>| {
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
        let rest = |from: usize| -> Vec<Step> {
            let mut v: Vec<Step> = steps.get(from..).unwrap_or(&[]).to_vec();
            v.extend_from_slice(path);
            v
        };
        match name_at(0) {
            Some("var") => {
                let Some(var) = name_at(1) else { return };
                let sub = rest(2);
                if let Some(why) = self.converted_by_type(&sc.path, var) {
                    return dead(
                        format!("{} {why}", qualified(&sc.path, &format!("var.{var}"))),
                        via,
                        out,
                    );
                }
                let key = (
                    scope,
                    inst_address(inst),
                    format!("var.{var}"),
                    path_text(&sub),
                );
                self.memoised(memo, key, via, out, |via, out| {
                    self.resolve_var(memo, scope, inst, var, &sub, via, out, depth)
                });
            }
            Some("local") => {
                let name = name_at(1).unwrap_or("");
                let Some(expr) = self.source.and_then(|l| l.local(&sc.path, name)) else {
                    let why = match self.source {
                        Some(_) => "is not in the source",
                        None => "(locals are not in the plan JSON; give --source-dir)",
                    };
                    return dead(
                        format!("{} {why}", qualified(&sc.path, &format!("local.{name}"))),
                        via,
                        out,
                    );
                };
                let sub = rest(2);
                let key = (
                    scope,
                    inst_address(inst),
                    format!("local.{name}"),
                    path_text(&sub),
                );
                self.memoised(memo, key, via, out, |via, out| {
                    via.push(qualified(&sc.path, &format!("local.{name}")).into());
                    self.resolve_in(memo, scope, inst, expr, None, &sub, via, out, depth + 1);
                    via.pop();
                });
            }
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
                    dead(
                        format!(
                            "{} (a whole module's outputs)",
                            qualified(&sc.path, reference)
                        ),
                        via,
                        out,
                    );
                    return;
                };
                let sub = rest(out_at + 1);
                let memo_key = (
                    scope,
                    inst_address(inst),
                    format!(
                        "module.{m}{}.{output}",
                        key.as_ref().map(Key::to_string).unwrap_or_default()
                    ),
                    path_text(&sub),
                );
                self.memoised(memo, memo_key, via, out, |via, out| {
                    self.resolve_output(
                        memo, scope, inst, child, m, key, output, &sub, via, out, depth,
                    )
                });
            }
            Some("count" | "each" | "path" | "terraform" | "self") => {
                dead(qualified(&sc.path, reference), via, out)
            }
            Some(first) => {
                let (rtype, name, at) = if first == "data" {
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
                let (index, attr_at) = match steps.get(at) {
                    Some(Step::Index(k)) => (Some(k), at + 1),
                    _ => (None, at),
                };
                // `{ ids = [], vpc = aws_vpc.x.id }.ids` lists only `aws_vpc.x.id`: an attribute
                // asked of a value that already names one is not that value's.
                if !path.is_empty() && steps.len() > attr_at {
                    let why = format!(
                        "{} of a value built around {} (the plan lists an expression's references, not its shape)",
                        path_text(path).trim_start_matches('.'),
                        qualified(&sc.path, reference)
                    );
                    return dead(why, via, out);
                }
                // A whole resource reached with a path: `{ vpc = aws_vpc.x, ids = [] }.ids` lists
                // only `aws_vpc.x`, and `slice(aws_vpc.x[*].id, 1, 2)[0]` only `aws_vpc.x`. Only
                // an identity attribute of one instance can be told to be that resource's.
                let identity = match path.first() {
                    Some(Step::Name(n)) => ["id", "arn", "name"].contains(&n.as_str()),
                    _ => path.is_empty(),
                };
                if !identity {
                    let why = format!(
                        "{} of a value built around {} (the plan lists an expression's references, not its shape)",
                        path_text(path).trim_start_matches('.'),
                        qualified(&sc.path, reference)
                    );
                    return dead(why, via, out);
                }
                let attr: Vec<String> = rest(attr_at).iter().map(step_text).collect();
                let block = if first == "data" {
                    format!("data.{rtype}.{name}")
                } else {
                    format!("{rtype}.{name}")
                };
                let mut ids = self.instances(scope, inst, &block, index);
                let mut attr = attr;
                // `aws_vpc.x.default_security_group_id` is the group an
                // `aws_default_security_group` of the plan adopts, when one does.
                if rtype == "aws_vpc"
                    && attr == ["default_security_group_id"]
                    && !ids.is_empty()
                    && ids.iter().all(|v| self.default_groups.contains_key(v))
                {
                    ids = ids.iter().map(|v| self.default_groups[v]).collect();
                    attr = vec!["id".to_string()];
                }
                let reference = qualified(&inst_address(inst), reference);
                if first == "data" {
                    if let Some(leaf) = self.tie_data_source(
                        memo, scope, inst, &block, rtype, &ids, &reference, &attr, depth,
                    ) {
                        push_leaf(out, leaf, via);
                        return;
                    }
                }
                out.push(Resolved {
                    leaf: Leaf::Resource {
                        ids,
                        reference,
                        attr,
                        exact: index.is_some(),
                        unsure: None,
                    },
                    via: via.clone(),
                });
            }
            None => dead(qualified(&sc.path, reference), via, out),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn resolve_var(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        var: &str,
        sub: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) {
        let sc = &self.scopes[scope];
        via.push(qualified(&sc.path, &format!("var.{var}")).into());
        let decl = sc.module.get("variables").and_then(|v| v.get(var));
        let sensitive = decl.and_then(|d| d.get("sensitive")).and_then(Val::as_bool) == Some(true);
        let known = |v: &'p Val<'p>| match navigate(v, sub) {
            Some(v) => Leaf::Value(v, sensitive),
            None => Leaf::DeadEnd(format!(
                "{} has no {}",
                qualified(&sc.path, &format!("var.{var}")),
                path_text(sub).trim_start_matches('.')
            )),
        };
        match (sc.parent, sc.call) {
            (Some(parent), Some(call)) => {
                if let Some(e) = call.get("expressions").and_then(|e| e.get(var)) {
                    let e = self.richer(e, || {
                        let name = sc.path.rsplit('.').next().unwrap_or("");
                        self.source?.call(&self.scopes[parent].path, name, var)
                    });
                    let start = out.len();
                    let up = &inst[..inst.len().saturating_sub(1)];
                    let ctx = InstCtx {
                        scope: parent,
                        inst: up.to_vec(),
                        for_each: call.get("for_each_expression").map(|e| {
                            let name = sc.path.rsplit('.').next().unwrap_or("");
                            let src = || {
                                self.source?
                                    .call(&self.scopes[parent].path, name, "for_each")
                            };
                            self.richer(e, src)
                        }),
                        key: match inst.last() {
                            Some((_, KeyMatch::Exact(k))) => k.clone(),
                            _ => None,
                        },
                        bound: Vec::new(),
                    };
                    self.resolve_in(memo, parent, up, e, Some(&ctx), sub, via, out, depth + 1);
                    if sensitive {
                        mark_sensitive(&mut out[start..]);
                    }
                } else if let Some(d) = decl.and_then(|d| d.get("default")) {
                    push_leaf(out, known(d), via);
                } else {
                    let why = format!("{} has no value", via.last().map(|s| &**s).unwrap_or(""));
                    push_leaf(out, Leaf::DeadEnd(why), via);
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
                    Some(v) => push_leaf(out, known(v), via),
                    None => push_leaf(
                        out,
                        Leaf::DeadEnd(format!("var.{var} has no value in the plan")),
                        via,
                    ),
                }
            }
        }
        via.pop();
    }

    #[allow(clippy::too_many_arguments)]
    fn resolve_output(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        child: ScopeId,
        m: &str,
        key: Option<Key>,
        output: &str,
        sub: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) {
        let sc = &self.scopes[scope];
        let decl = self.scopes[child]
            .module
            .get("outputs")
            .and_then(|o| o.get(output));
        let Some(e) = decl
            .and_then(|d| d.get("expression"))
            .map(|e| self.richer(e, || self.source?.output(&self.scopes[child].path, output)))
        else {
            let why = format!(
                "{} has no such output",
                qualified(&sc.path, &format!("module.{m}.{output}"))
            );
            push_leaf(out, Leaf::DeadEnd(why), via);
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
        via.push(qualified(&sc.path, &format!("module.{m}.{output}")).into());
        let start = out.len();
        self.resolve_in(memo, child, &child_inst, e, None, sub, via, out, depth + 1);
        if decl.and_then(|d| d.get("sensitive")).and_then(Val::as_bool) == Some(true) {
            mark_sensitive(&mut out[start..]);
        }
        via.pop();
    }

    /// `data "aws_vpc" "x" { id = aws_vpc.main.id }` is `aws_vpc.main`. A lookup of a type the
    /// plan also creates, read only at apply and not tied to one of them, is a dead end: it may
    /// be any of them. None: keep the data source itself (policy documents, lookups read at
    /// plan time, types the plan does not create).
    #[allow(clippy::too_many_arguments)]
    fn tie_data_source(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        block: &str,
        rtype: &str,
        ids: &[ResId],
        reference: &str,
        attr: &[String],
        depth: usize,
    ) -> Option<Leaf<'p>> {
        let created = self
            .of_type(rtype)
            .any(|(_, r)| r.mode == Mode::Managed && !r.is_deleted());
        if !created {
            return None;
        }
        let config = self.config_blocks.get(&(scope, block))?;
        let exprs = config.get("expressions");
        for arg in LOOKUP_ARGS {
            let Some(e) = exprs.and_then(|x| x.get(arg)) else {
                continue;
            };
            let mut leaves = Vec::new();
            self.resolve_in(
                memo,
                scope,
                inst,
                e,
                None,
                &[],
                &mut Vec::new(),
                &mut leaves,
                depth + 1,
            );
            let mut targets = Vec::new();
            let mut via = None;
            let tied = !leaves.is_empty()
                && leaves.iter().all(|l| match &l.leaf {
                    Leaf::Resource {
                        ids, reference: to, ..
                    } => {
                        via.get_or_insert_with(|| l.via_text(to));
                        targets.extend(ids.iter().copied());
                        ids.iter().all(|&i| {
                            let t = &self.resources[i];
                            t.mode == Mode::Managed && t.rtype == rtype
                        })
                    }
                    _ => false,
                });
            if tied && !targets.is_empty() {
                return Some(Leaf::Resource {
                    ids: targets,
                    reference: format!("{reference} ← {}", via.unwrap_or_default()),
                    attr: attr.to_vec(),
                    exact: true,
                    unsure: None,
                });
            }
        }
        let path = if attr.is_empty() {
            "id".to_string()
        } else {
            attr.join(".")
        };
        let read_at_apply = ids.is_empty()
            || ids
                .iter()
                .any(|&i| super::value::masked(self.resources[i].unknown, &path));
        read_at_apply.then(|| {
            Leaf::DeadEnd(format!(
                "{reference} is looked up at apply and the plan cannot tie it to one of the {rtype} it creates"
            ))
        })
    }

    /// `each.value[.attr]`: of a `for_each` over a resource block, that block's instance with
    /// the same key; of a `for_each` over a known map or set, its element. False when neither.
    #[allow(clippy::too_many_arguments)]
    fn resolve_each(
        &self,
        memo: &RefCell<Memo<'p>>,
        ctx: &InstCtx<'p>,
        each_value: &str,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) -> bool {
        let Some(for_each) = ctx.for_each else {
            return false;
        };
        let mut sub: Vec<Step> = traversal(each_value)
            .map(|s| s.into_iter().skip(2).collect())
            .unwrap_or_default();
        sub.extend_from_slice(path);
        // `for_each = module.m`: each.value is the module instance with the same key.
        let refs = for_each
            .get("references")
            .map(Val::strings)
            .unwrap_or_default();
        if let ([module], Some(key), Some(Step::Name(output))) =
            (refs.as_slice(), &ctx.key, sub.first())
        {
            let bare = traversal(module)
                .is_some_and(|t| t.len() == 2 && matches!(&t[0], Step::Name(n) if n == "module"));
            if bare {
                let reference = format!("{module}{key}.{output}");
                self.resolve_ref(
                    memo,
                    ctx.scope,
                    &ctx.inst,
                    &reference,
                    &sub[1..],
                    via,
                    out,
                    depth + 1,
                );
                return true;
            }
        }
        // A map the source writes, through filters that keep their elements: the member.
        if let Some(leaves) = self.each_member(memo, ctx, &sub, via, depth) {
            out.extend(leaves);
            return true;
        }
        // `for_each = var.m` with `m` a map written in the source: each.value is the member
        // of that key (a map's member: a set's elements are their keys, not members).
        if let (Some(key @ Key::Str(_)), true) = (&ctx.key, self.source.is_some()) {
            let mut keyed = vec![Step::Index(key.clone())];
            keyed.extend_from_slice(&sub);
            let mut leaves = Vec::new();
            self.resolve_in(
                memo,
                ctx.scope,
                &ctx.inst,
                for_each,
                None,
                &keyed,
                via,
                &mut leaves,
                depth + 1,
            );
            let followed = |l: &Resolved| match &l.leaf {
                Leaf::Value(..) => true,
                Leaf::Resource { ids, unsure, .. } => !ids.is_empty() && unsure.is_none(),
                Leaf::DeadEnd(_) => false,
            };
            if !leaves.is_empty() && leaves.iter().all(followed) {
                out.extend(leaves);
                return true;
            }
        }
        let mut leaves = Vec::new();
        self.resolve_in(
            memo,
            ctx.scope,
            &ctx.inst,
            for_each,
            None,
            &[],
            via,
            &mut leaves,
            depth + 1,
        );
        let Some(key) = &ctx.key else { return false };
        match leaves.as_slice() {
            [Resolved {
                leaf: Leaf::Value(v, s),
                via: lv,
            }] => {
                let element = match (&**v, key) {
                    (Val::Obj(_), Key::Str(k)) => v.get(k),
                    (Val::Arr(items), Key::Str(k)) => {
                        items.iter().find(|i| i.as_str() == Some(k.as_str()))
                    }
                    _ => None,
                };
                let Some(element) = element.and_then(|e| navigate(e, &sub)) else {
                    return false;
                };
                out.push(Resolved {
                    leaf: Leaf::Value(element, *s),
                    via: lv.clone(),
                });
                true
            }
            _ if leaves
                .iter()
                .all(|l| matches!(l.leaf, Leaf::Resource { .. }))
                && !leaves.is_empty() =>
            {
                for mut l in leaves {
                    if let Leaf::Resource {
                        ids,
                        reference,
                        attr,
                        exact,
                        ..
                    } = &mut l.leaf
                    {
                        ids.retain(|&i| self.resources[i].index.as_ref() == Some(key));
                        *reference = format!("{reference}{key}");
                        attr.extend(sub.iter().map(step_text));
                        *exact = true;
                        if ids.is_empty() {
                            l.leaf = Leaf::DeadEnd(format!(
                                "each.value: {reference} has no instance to pair with"
                            ));
                        }
                    }
                    out.push(l);
                }
                true
            }
            _ => false,
        }
    }

    /// The instances of `block` in the module instances `inst` of configuration `scope`.
    fn instances(
        &self,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        block: &str,
        index: Option<&Key>,
    ) -> Vec<ResId> {
        // Every module instance named: the block's address, written as inst_address does.
        let exact = inst.iter().all(|(_, km)| matches!(km, KeyMatch::Exact(_)));
        let candidates: Vec<ResId> = if exact {
            let mut addr = inst_address(inst);
            if !addr.is_empty() {
                addr.push('.');
            }
            addr.push_str(block);
            self.by_block.get(&addr).cloned().unwrap_or_default()
        } else {
            self.by_scope_block
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
                .unwrap_or_default()
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

fn step_text(s: &Step) -> String {
    match s {
        Step::Name(n) => n.clone(),
        Step::Index(Key::Int(i)) => i.to_string(),
        Step::Index(Key::Str(k)) => k.clone(),
    }
}

/// The expressions inside a `jsonencode` document's shape.
pub(crate) fn json_leaves<'p>(node: &'p Val<'p>, out: &mut Vec<&'p Val<'p>>, depth: usize) {
    if depth > 64 {
        return;
    }
    if let Some(Val::Obj(members)) = node.get(JSON_OBJECT) {
        members
            .iter()
            .for_each(|(_, v)| json_leaves(v, out, depth + 1));
    } else if let Some(Val::Arr(items)) = node.get(JSON_TUPLE) {
        items.iter().for_each(|v| json_leaves(v, out, depth + 1));
    } else if let Some(Val::Arr(pairs)) = node.get(JSON_ENTRIES) {
        // Interpolated keys: both the keys' and the values' expressions.
        for pair in pairs.iter() {
            pair.as_array()
                .unwrap_or(&[])
                .iter()
                .for_each(|v| json_leaves(v, out, depth + 1));
        }
    } else if node.get("constant_value").is_none() {
        out.push(node);
    }
}

/// The longest string a template is evaluated to, and the most text kept for them in a run.
const MAX_TEXT: usize = 64 << 10;
const MAX_BUILT: usize = 64 << 20;

/// A string built from the source (a template's text), alive as long as the plan's values:
/// leaves borrow their values, and a run builds a bounded amount (`MAX_BUILT`) of them.
fn built(text: String) -> Option<&'static Val<'static>> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static BUILT: AtomicUsize = AtomicUsize::new(0);
    let total = BUILT.fetch_add(text.len(), Ordering::Relaxed) + text.len();
    if total > MAX_BUILT {
        return None;
    }
    Some(Box::leak(Box::new(Val::Str(text.into()))))
}

/// A leaf as the same leaf reached twice: a value by identity, the others by content.
#[derive(PartialEq, Eq, Hash)]
enum LeafKey<'a> {
    Value(*const Val<'a>, bool),
    Resource(&'a [ResId], &'a str, &'a [String], bool, Option<&'a str>),
    DeadEnd(&'a str),
}

fn leaf_key<'a>(l: &'a Leaf) -> LeafKey<'a> {
    match l {
        Leaf::Value(v, s) => LeafKey::Value(std::ptr::from_ref(*v).cast(), *s),
        Leaf::Resource {
            ids,
            reference,
            attr,
            exact,
            unsure,
        } => LeafKey::Resource(ids, reference, attr, *exact, unsure.as_deref()),
        Leaf::DeadEnd(why) => LeafKey::DeadEnd(why),
    }
}

fn push_leaf<'p>(out: &mut Vec<Resolved<'p>>, leaf: Leaf<'p>, via: &[Arc<str>]) {
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

/// Module instances as `address::module_address` writes them (`module.a["k"].module.b`),
/// `[*]` for any instance: `instances` finds blocks by it.
fn inst_address(inst: &[(String, KeyMatch)]) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    for (i, (n, km)) in inst.iter().enumerate() {
        if i > 0 {
            s.push('.');
        }
        s.push_str("module.");
        s.push_str(n);
        match km {
            KeyMatch::Exact(Some(k)) => {
                let _ = write!(s, "{k}");
            }
            KeyMatch::Exact(None) => {}
            KeyMatch::Any => s.push_str("[*]"),
        }
    }
    s
}
