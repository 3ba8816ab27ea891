//! `lookup`, `merge`, `one`, `tolist`, `toset` and `flatten` of the source, evaluated with
//! Terraform's semantics when their arguments decide the result; otherwise the call is followed
//! by its references, as the plan lists them.

use super::{
    navigate, push_leaf, InstCtx, InstPath, KeyMatch, Leaf, Memo, Resolved, MAX_BUILT, MAX_DEPTH,
};
use crate::load::json::{Val, NULL};
use crate::model::address::{Key, Step};
use crate::model::{Resource, ScopeId, Stack};
use crate::source::expr::{
    COMPACT, CONCAT, CONDITIONAL, FILTER, FLATTEN, GET, ITEMS, LOOKUP, MEMBERS, MERGE, ONE, SPLAT,
    TOLIST, TOSET,
};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The elements of a list whose instances `one` counts: more is an error of Terraform's.
const ONE_OF_MANY: &str = "one() of a list with more than one element is an error";

/// A value built from the source's known values (a merged map, a set), alive as long as the
/// plan's values; bounded per run like the templates' text.
fn built<'p>(v: Val<'p>) -> Option<&'p Val<'p>> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static BUILT: AtomicUsize = AtomicUsize::new(0);
    let size = weight(&v, 0);
    let total = BUILT.fetch_add(size, Ordering::Relaxed) + size;
    if total > MAX_BUILT {
        return None;
    }
    Some(Box::leak(Box::new(v)))
}

/// About how many bytes a value holds.
fn weight(v: &Val, depth: usize) -> usize {
    if depth > 64 {
        return 1 << 20;
    }
    16 + match v {
        Val::Str(s) => s.len(),
        Val::Arr(items) => items.iter().map(|x| weight(x, depth + 1)).sum(),
        Val::Obj(m) => m.iter().map(|(k, x)| k.len() + weight(x, depth + 1)).sum(),
        _ => 0,
    }
}

fn single<'p>(leaves: &[Resolved<'p>]) -> Option<(&'p Val<'p>, bool)> {
    match leaves {
        [Resolved {
            leaf: Leaf::Value(v, s),
            ..
        }] => Some((*v, *s)),
        _ => None,
    }
}

/// A node that lists one reference and its prefixes only (`local.x`, `module.m.out`): the
/// longest.
fn plain_reference<'a>(node: &'a Val) -> Option<&'a str> {
    let Val::Obj(m) = node else { return None };
    if m.len() != 1 {
        return None;
    }
    let refs = node.get("references").map(Val::strings)?;
    let longest = *refs.iter().max_by_key(|r| r.len())?;
    refs.iter()
        .all(|r| longest.starts_with(r))
        .then_some(longest)
}

/// Where a node is defined: its expression, and the scope, module instances and instance
/// context to evaluate it in.
type Definition<'p> = (&'p Val<'p>, ScopeId, InstPath, Option<InstCtx<'p>>);

impl<'p> Stack<'p> {
    /// `lookup`, `merge`, `one`, `tolist`, `toset` and `flatten` (see `source::expr::LOOKUP`):
    /// true when `out` has the result.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn collection_function(
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
        if let Some(Val::Arr(parts)) = expr.get(GET) {
            let Some((node, steps)) = parts.split_first() else {
                return false;
            };
            let mut full = Vec::new();
            for s in steps.iter() {
                full.push(match s {
                    Val::Str(n) => Step::Name(n.to_string()),
                    Val::Num(i) => Step::Index(Key::Int(*i as i64)),
                    _ => return false,
                });
            }
            full.extend_from_slice(path);
            self.resolve_in(memo, scope, inst, node, ctx, &full, via, out, depth + 1);
            return true;
        }
        if let Some(Val::Arr(parts)) = expr.get(LOOKUP) {
            let (map, key, default) = match &parts[..] {
                [m, k] => (m, k, None),
                [m, k, d] => (m, k, Some(d)),
                _ => return false,
            };
            if !self.exact(memo, scope, inst, key, ctx, depth) {
                return false;
            }
            let leaves = self.leaves_of(memo, scope, inst, key, ctx, &[], via, depth);
            let Some((Val::Str(k), _)) = single(&leaves) else {
                return false;
            };
            return match (
                self.has_key(memo, scope, inst, map, ctx, k, false, via, depth),
                default,
            ) {
                (Some(true), _) => {
                    let mut keyed = vec![Step::Index(Key::Str(k.to_string()))];
                    keyed.extend_from_slice(path);
                    self.resolve_in(memo, scope, inst, map, ctx, &keyed, via, out, depth + 1);
                    true
                }
                (Some(false), Some(d)) => {
                    self.resolve_in(memo, scope, inst, d, ctx, path, via, out, depth + 1);
                    true
                }
                _ => false,
            };
        }
        if let Some(Val::Arr(args)) = expr.get(MERGE) {
            let k = match path.first() {
                Some(Step::Name(k) | Step::Index(Key::Str(k))) => k,
                Some(_) => return false,
                None => {
                    return match self.merged(memo, scope, inst, args, ctx, via, depth) {
                        Some(leaf) => {
                            push_leaf(out, leaf, via);
                            true
                        }
                        None => false,
                    }
                }
            };
            // The last argument that has the key: every later one must be known to lack it.
            for a in args.iter().rev() {
                match self.has_key(memo, scope, inst, a, ctx, k, true, via, depth) {
                    Some(true) => {
                        self.resolve_in(memo, scope, inst, a, ctx, path, via, out, depth + 1);
                        return true;
                    }
                    Some(false) => {}
                    None => {
                        let what = plain_reference(a).unwrap_or("an argument of unknown keys");
                        let why = format!(
                            "{k} of a merge: whether {what}, a later argument, holds {k} is not known until apply"
                        );
                        push_leaf(out, Leaf::DeadEnd(why), via);
                        return true;
                    }
                }
            }
            return false;
        }
        if let Some(Val::Arr(parts)) = expr.get(ONE) {
            let [list] = &parts[..] else { return false };
            return self.one(memo, scope, inst, list, ctx, path, via, out, depth);
        }
        if let Some(Val::Arr(parts)) = expr.get(TOLIST) {
            let [x] = &parts[..] else { return false };
            // A list or tuple: the same elements in the same order.
            let listed = [ITEMS, SPLAT, CONCAT, FLATTEN, TOLIST, COMPACT]
                .iter()
                .any(|k| x.get(k).is_some());
            if path.is_empty() || listed {
                self.resolve_in(memo, scope, inst, x, ctx, path, via, out, depth + 1);
                return true;
            }
            if !self.exact(memo, scope, inst, x, ctx, depth) {
                return false;
            }
            let leaves = self.leaves_of(memo, scope, inst, x, ctx, &[], via, depth);
            return match single(&leaves) {
                Some((v @ Val::Arr(_), s)) => match navigate(v, path) {
                    Some(e) => {
                        push_leaf(out, Leaf::Value(e, s), via);
                        true
                    }
                    None => false,
                },
                _ => false,
            };
        }
        if let Some(Val::Arr(parts)) = expr.get(TOSET) {
            let [x] = &parts[..] else { return false };
            // A set has no attributes or indices.
            if !path.is_empty() {
                return false;
            }
            return match self.known_strings(memo, scope, inst, x, ctx, via, depth) {
                Some((mut strings, sensitive)) => {
                    // Terraform orders a set of strings lexically (by bytes).
                    strings.sort_unstable();
                    strings.dedup();
                    let set = Val::Arr(strings.into_iter().map(|s| Val::Str(s.into())).collect());
                    match built(set) {
                        Some(v) => {
                            push_leaf(out, Leaf::Value(v, sensitive), via);
                            true
                        }
                        None => false,
                    }
                }
                None => false,
            };
        }
        if let Some(Val::Arr(args)) = expr.get(FLATTEN) {
            return path.is_empty() && self.concat(memo, scope, inst, args, ctx, via, out, depth);
        }
        false
    }

    /// Whether the map `node` is known to hold `key` (Some(true)) or to lack it (Some(false)):
    /// a known object, an object constructor of the source, a `merge` of such, followed through
    /// locals, module outputs and variables, `each.value` and conditions the plan decides. A
    /// null is a map without keys when `null_empty` (`merge` skips it); `lookup` of null is an
    /// error, so undecided.
    #[allow(clippy::too_many_arguments)]
    fn has_key(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        node: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        key: &str,
        null_empty: bool,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Option<bool> {
        if depth > MAX_DEPTH || !self.spend() {
            return None;
        }
        let of_value = |v: &Val| match v {
            Val::Obj(_) => Some(v.get(key).is_some()),
            Val::Null if null_empty => Some(false),
            _ => None,
        };
        if let Some(v) = node.get("constant_value") {
            return of_value(v);
        }
        if let Some(m @ Val::Obj(_)) = node.get(MEMBERS) {
            return Some(m.get(key).is_some());
        }
        let again = |n: &'p Val<'p>, via: &mut Vec<Arc<str>>| {
            self.has_key(memo, scope, inst, n, ctx, key, null_empty, via, depth + 1)
        };
        if let Some(Val::Arr(args)) = node.get(MERGE) {
            let mut all = Some(false);
            for a in args.iter() {
                match self.has_key(memo, scope, inst, a, ctx, key, true, via, depth + 1) {
                    Some(true) => return Some(true),
                    Some(false) => {}
                    None => all = None,
                }
            }
            return all;
        }
        if let Some(Val::Arr(parts)) = node.get(CONDITIONAL) {
            let [cond, then, other] = &parts[..] else {
                return None;
            };
            return match self.truth(memo, scope, inst, cond, ctx, via, depth) {
                Some(true) => again(then, via),
                Some(false) => again(other, via),
                None => {
                    let a = again(then, via)?;
                    (again(other, via)? == a).then_some(a)
                }
            };
        }
        if let Some(Val::Arr(parts)) = node.get(FILTER) {
            return match &parts[..] {
                [coll] => again(coll, via),
                [coll, cond] => match self.truth(memo, scope, inst, cond, ctx, via, depth)? {
                    true => again(coll, via),
                    false => Some(false),
                },
                _ => None,
            };
        }
        if let Some((e, sc, ins, c)) = self.definition(memo, scope, inst, node, ctx, depth) {
            return self.has_key(
                memo,
                sc,
                &ins,
                e,
                c.as_ref(),
                key,
                null_empty,
                via,
                depth + 1,
            );
        }
        if !self.exact(memo, scope, inst, node, ctx, depth) {
            return None;
        }
        let leaves = self.leaves_of(memo, scope, inst, node, ctx, &[], via, depth);
        of_value(single(&leaves)?.0)
    }

    /// Whether the leaves of `node` are its value, not only what it is built from: a literal,
    /// a plain reference to a variable's value, a resource's attribute or each.value (followed
    /// through locals, module outputs and variables to such), or a conditional of those. An
    /// object or tuple constructor, a function, a `for` are not (their leaves are their
    /// references' values).
    fn exact(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        node: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        depth: usize,
    ) -> bool {
        if depth > MAX_DEPTH || !self.spend() {
            return false;
        }
        if node.get("constant_value").is_some() {
            return true;
        }
        if let Some(Val::Arr(parts)) = node.get(CONDITIONAL) {
            return match &parts[..] {
                [_, a, b] => {
                    self.exact(memo, scope, inst, a, ctx, depth + 1)
                        && self.exact(memo, scope, inst, b, ctx, depth + 1)
                }
                _ => false,
            };
        }
        let Some(reference) = plain_reference(node) else {
            return false;
        };
        match self.definition(memo, scope, inst, node, ctx, depth) {
            Some((e, sc, ins, c)) => self.exact(memo, sc, &ins, e, c.as_ref(), depth + 1),
            // A local or a module's output not followed (no source, a module with count or
            // for_each): what its expression is, is not known.
            None => !reference.starts_with("local.") && !reference.starts_with("module."),
        }
    }

    /// A condition the plan decides.
    #[allow(clippy::too_many_arguments)]
    fn truth(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        cond: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Option<bool> {
        let leaves = self.leaves_of(memo, scope, inst, cond, ctx, &[], via, depth);
        super::as_bool(single(&leaves)?.0)
    }

    /// The expression a plain reference names, where to evaluate it: a local, the output of a
    /// module called without count or for_each, a module's variable (its call's argument),
    /// and `each.value` of a for_each over a map written in the source (its member).
    fn definition(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        node: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        depth: usize,
    ) -> Option<Definition<'p>> {
        let reference = plain_reference(node)?;
        let source = self.source?;
        let sc = &self.scopes[scope];
        match reference.split('.').collect::<Vec<_>>()[..] {
            ["local", name] => Some((source.local(&sc.path, name)?, scope, inst.to_vec(), None)),
            ["module", m, output] => {
                let child = *sc.children.get(m)?;
                let call = sc.module.get("module_calls").and_then(|c| c.get(m))?;
                if call.get("count_expression").is_some()
                    || call.get("for_each_expression").is_some()
                {
                    return None;
                }
                let e = source.output(&self.scopes[child].path, output)?;
                let mut inst = inst.to_vec();
                inst.push((m.to_string(), KeyMatch::Exact(None)));
                Some((e, child, inst, None))
            }
            ["var", var] => {
                // Keys and members of a value its type converts are not the value's as given.
                if self.converted_by_type(&sc.path, var).is_some() {
                    return None;
                }
                let (parent, call) = (sc.parent?, sc.call?);
                let e = call.get("expressions").and_then(|e| e.get(var))?;
                let name = sc.path.rsplit('.').next().unwrap_or("");
                let e = self.richer(e, || source.call(&self.scopes[parent].path, name, var));
                let up = inst[..inst.len().saturating_sub(1)].to_vec();
                let c = InstCtx {
                    scope: parent,
                    inst: up.clone(),
                    for_each: call.get("for_each_expression").map(|f| {
                        self.richer(f, || {
                            source.call(&self.scopes[parent].path, name, "for_each")
                        })
                    }),
                    key: match inst.last() {
                        Some((_, KeyMatch::Exact(k))) => k.clone(),
                        _ => None,
                    },
                    // Names bound around the call are not the module's.
                    bound: Vec::new(),
                };
                Some((e, parent, up, Some(c)))
            }
            ["each", "value"] => {
                let c = ctx?;
                let Some(Key::Str(k)) = &c.key else {
                    return None;
                };
                let (e, sc, ins) = self.member_of(memo, c.scope, &c.inst, c.for_each?, k, depth)?;
                Some((e, sc, ins, None))
            }
            _ => None,
        }
    }

    /// The member `key` of a `for_each` map written in the source, whose instance `key` the
    /// plan has: an object constructor's member, through locals, module outputs, known
    /// conditions and `for` expressions that keep their elements (`k => v`): the instance
    /// exists, so a filter kept it.
    fn member_of(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        node: &'p Val<'p>,
        key: &str,
        depth: usize,
    ) -> Option<(&'p Val<'p>, ScopeId, InstPath)> {
        if depth > MAX_DEPTH || !self.spend() {
            return None;
        }
        if let Some(m @ Val::Obj(_)) = node.get(MEMBERS) {
            return Some((m.get(key)?, scope, inst.to_vec()));
        }
        if let Some(Val::Arr(parts)) = node.get(FILTER) {
            return self.member_of(memo, scope, inst, parts.first()?, key, depth + 1);
        }
        // `{ for k, v in coll : k => v if cond }`, whatever `cond` is of.
        if let Some(coll) = keeps_elements(node) {
            return self.member_of(memo, scope, inst, coll, key, depth + 1);
        }
        // The last argument of a merge that has the key, every later one known to lack it.
        if let Some(Val::Arr(args)) = node.get(MERGE) {
            for a in args.iter().rev() {
                match self.has_key(
                    memo,
                    scope,
                    inst,
                    a,
                    None,
                    key,
                    true,
                    &mut Vec::new(),
                    depth,
                ) {
                    Some(true) => return self.member_of(memo, scope, inst, a, key, depth + 1),
                    Some(false) => {}
                    None => return None,
                }
            }
            return None;
        }
        if let Some(Val::Arr(parts)) = node.get(CONDITIONAL) {
            let [cond, then, other] = &parts[..] else {
                return None;
            };
            let b = self.truth(memo, scope, inst, cond, None, &mut Vec::new(), depth)?;
            let branch = if b { then } else { other };
            return self.member_of(memo, scope, inst, branch, key, depth + 1);
        }
        let (e, sc, ins, _) = self.definition(memo, scope, inst, node, None, depth)?;
        self.member_of(memo, sc, &ins, e, key, depth + 1)
    }

    /// `merge(...)` as a whole: the map, when every argument is a known map (or null, which
    /// merge skips); later arguments' members replace earlier ones'.
    #[allow(clippy::too_many_arguments)]
    fn merged(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        args: &'p [Val<'p>],
        ctx: Option<&InstCtx<'p>>,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Option<Leaf<'p>> {
        let mut map: BTreeMap<&'p str, &'p Val<'p>> = BTreeMap::new();
        let mut sensitive = false;
        for a in args.iter() {
            if !self.exact(memo, scope, inst, a, ctx, depth) {
                return None;
            }
            let leaves = self.leaves_of(memo, scope, inst, a, ctx, &[], via, depth);
            let (v, s) = single(&leaves)?;
            sensitive |= s;
            match v {
                Val::Obj(m) => map.extend(m.iter().map(|(k, x)| (k.as_ref(), x))),
                Val::Null => {}
                _ => return None,
            }
        }
        // BTreeMap order is `str` order: the order `Val::get` expects.
        let obj = Val::Obj(
            map.into_iter()
                .map(|(k, v)| (k.to_string().into(), v.clone()))
                .collect(),
        );
        Some(Leaf::Value(built(obj)?, sensitive))
    }

    /// Known strings: a list of them, or a list constructor of known strings.
    #[allow(clippy::too_many_arguments)]
    fn known_strings(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        x: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Option<(Vec<String>, bool)> {
        let mut strings = Vec::new();
        let mut sensitive = false;
        if let Some(Val::Arr(items)) = x.get(ITEMS) {
            for i in items.iter() {
                if !self.exact(memo, scope, inst, i, ctx, depth) {
                    return None;
                }
                let leaves = self.leaves_of(memo, scope, inst, i, ctx, &[], via, depth);
                match single(&leaves)? {
                    (Val::Str(s), sens) => {
                        strings.push(s.to_string());
                        sensitive |= sens;
                    }
                    _ => return None,
                }
            }
            return Some((strings, sensitive));
        }
        if !self.exact(memo, scope, inst, x, ctx, depth) {
            return None;
        }
        let leaves = self.leaves_of(memo, scope, inst, x, ctx, &[], via, depth);
        let (Val::Arr(items), sens) = single(&leaves)? else {
            return None;
        };
        for i in items.iter() {
            strings.push(i.as_str()?.to_string());
        }
        Some((strings, sens))
    }

    /// `one(list)`: null for an empty list, its element for a one-element list (a splat of a
    /// block whose instances the plan counts, a list constructor, a known list); more is an
    /// error, undecided otherwise.
    #[allow(clippy::too_many_arguments)]
    fn one(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        list: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) -> bool {
        if depth > MAX_DEPTH {
            return false;
        }
        // null, unless an attribute of it is asked (an error).
        let null = |out: &mut Vec<Resolved<'p>>, via: &Vec<Arc<str>>| {
            if path.is_empty() {
                push_leaf(out, Leaf::Value(&NULL, false), via);
                true
            } else {
                false
            }
        };
        if let Some(Val::Arr(parts)) = list.get(CONDITIONAL) {
            let [cond, then, other] = &parts[..] else {
                return false;
            };
            return match self.truth(memo, scope, inst, cond, ctx, via, depth) {
                Some(b) => {
                    let branch = if b { then } else { other };
                    self.one(memo, scope, inst, branch, ctx, path, via, out, depth + 1)
                }
                None => false,
            };
        }
        if let Some(Val::Arr(items)) = list.get(ITEMS) {
            return match &items[..] {
                [] => null(out, via),
                [x] => {
                    self.resolve_in(memo, scope, inst, x, ctx, path, via, out, depth + 1);
                    true
                }
                _ => {
                    push_leaf(out, Leaf::DeadEnd(ONE_OF_MANY.into()), via);
                    true
                }
            };
        }
        if let Some((block, attr, sc, ins)) =
            self.splat_of(memo, scope, inst.to_vec(), list, ctx, via, depth)
        {
            return self.one_instance(memo, sc, &ins, block, attr, path, via, out, depth);
        }
        if !self.exact(memo, scope, inst, list, ctx, depth) {
            return false;
        }
        let leaves = self.leaves_of(memo, scope, inst, list, ctx, &[], via, depth);
        match single(&leaves) {
            Some((Val::Arr(items), s)) => match &items[..] {
                [] => null(out, via),
                [x] => match navigate(x, path) {
                    Some(v) => {
                        push_leaf(out, Leaf::Value(v, s), via);
                        true
                    }
                    None => false,
                },
                _ => {
                    push_leaf(out, Leaf::DeadEnd(ONE_OF_MANY.into()), via);
                    true
                }
            },
            _ => false,
        }
    }

    /// `one(block[*]attr)` in the module instance `inst`: null when the block has no instance
    /// in the plan, the instance's attribute when it has one (`count` 1, or no `count`).
    #[allow(clippy::too_many_arguments)]
    fn one_instance(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        block: &str,
        attr: &str,
        path: &[Step],
        via: &mut Vec<Arc<str>>,
        out: &mut Vec<Resolved<'p>>,
        depth: usize,
    ) -> bool {
        if inst.iter().any(|(_, km)| matches!(km, KeyMatch::Any)) {
            return false;
        }
        // A block of the configuration (else the reference is an error, not an empty list).
        let configured = self.scopes[scope]
            .module
            .get("resources")
            .and_then(Val::as_array)
            .unwrap_or(&[])
            .iter()
            .any(|r| r.get("address").and_then(Val::as_str) == Some(block));
        if !configured {
            return false;
        }
        let live: Vec<&Resource> = self
            .instances(scope, inst, block, None)
            .into_iter()
            .map(|i| &self.resources[i])
            .filter(|r| !r.is_deleted())
            .collect();
        let reference = match &live[..] {
            [] if path.is_empty() => {
                push_leaf(out, Leaf::Value(&NULL, false), via);
                return true;
            }
            [r] => match &r.index {
                None => format!("{block}{attr}"),
                Some(Key::Int(0)) => format!("{block}[0]{attr}"),
                _ => return false,
            },
            _ => return false,
        };
        self.resolve_ref(memo, scope, inst, &reference, path, via, out, depth + 1);
        true
    }

    /// [`Stack::has_key`] for an expression of resource `r`'s configuration, for `r`'s own
    /// instance: whether the map is known to hold `key` (a later argument of a `merge` that may
    /// replace a member).
    pub fn map_has_key(&self, r: &Resource<'p>, node: &'p Val<'p>, key: &str) -> Option<bool> {
        let (scope, inst, ctx) = self.instance_ctx(r)?;
        let memo = RefCell::default();
        self.has_key(
            &memo,
            scope,
            &inst,
            node,
            Some(&ctx),
            key,
            true,
            &mut Vec::new(),
            0,
        )
    }
    /// The keys of the map `node` of resource `r`'s configuration, when the source decides
    /// them though its values may be unknown until apply: an object constructor's, a known
    /// object's, a `merge`'s arguments' in order (through locals, module outputs and
    /// variables, and conditions the plan decides). Each key is present, or may be null (a
    /// null value is no key: the provider drops it; a later argument's null replaces an
    /// earlier value). None when the keys themselves are unknown.
    pub fn map_keys(
        &self,
        r: &Resource<'p>,
        node: &'p Val<'p>,
    ) -> Option<std::collections::BTreeMap<String, KeyState>> {
        let (scope, inst, ctx) = self.instance_ctx(r)?;
        let memo = RefCell::default();
        let mut keys = std::collections::BTreeMap::new();
        self.keys_of(&memo, scope, &inst, node, Some(&ctx), &mut keys, 0)?;
        keys.retain(|_, s| *s != KeyState::Null);
        Some(keys)
    }

    #[allow(clippy::too_many_arguments)]
    fn keys_of(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        node: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        keys: &mut std::collections::BTreeMap<String, KeyState>,
        depth: usize,
    ) -> Option<()> {
        if depth > MAX_DEPTH || !self.spend() || keys.len() > 4096 {
            return None;
        }
        let mut via = Vec::new();
        let of_value = |v: &Val, keys: &mut std::collections::BTreeMap<String, KeyState>| match v {
            Val::Obj(m) => {
                for (k, x) in m.iter() {
                    let state = match x {
                        Val::Null => KeyState::Null,
                        _ => KeyState::Present,
                    };
                    keys.insert(k.to_string(), state);
                }
                Some(())
            }
            Val::Null => Some(()),
            _ => None,
        };
        if let Some(v) = node.get("constant_value") {
            return of_value(v, keys);
        }
        if let Some(Val::Obj(m)) = node.get(MEMBERS) {
            for (k, x) in m.iter() {
                // A value the plan or the source decides is null or not; anything else may be.
                let leaves = self.leaves_of(memo, scope, inst, x, ctx, &[], &mut via, depth);
                let state = match (x.get("constant_value"), single(&leaves)) {
                    (Some(Val::Null), _) | (None, Some((Val::Null, _))) => KeyState::Null,
                    (Some(_), _) | (None, Some(_)) => KeyState::Present,
                    (None, None) => KeyState::MaybeNull,
                };
                keys.insert(k.to_string(), state);
            }
            return Some(());
        }
        if let Some(Val::Arr(args)) = node.get(MERGE) {
            for a in args.iter() {
                self.keys_of(memo, scope, inst, a, ctx, keys, depth + 1)?;
            }
            return Some(());
        }
        if let Some(Val::Arr(parts)) = node.get(CONDITIONAL) {
            let [cond, then, other] = &parts[..] else {
                return None;
            };
            let b = self.truth(memo, scope, inst, cond, ctx, &mut via, depth)?;
            let branch = if b { then } else { other };
            return self.keys_of(memo, scope, inst, branch, ctx, keys, depth + 1);
        }
        if let Some((e, sc, ins, c)) = self.definition(memo, scope, inst, node, ctx, depth) {
            return self.keys_of(memo, sc, &ins, e, c.as_ref(), keys, depth + 1);
        }
        if !self.exact(memo, scope, inst, node, ctx, depth) {
            return None;
        }
        let leaves = self.leaves_of(memo, scope, inst, node, ctx, &[], &mut via, depth);
        of_value(single(&leaves)?.0, keys)
    }

    /// `each.value[.sub]` of an instance of a `for_each` over a map the source writes (an
    /// object constructor, through locals, module outputs and variables, and `for` expressions
    /// that keep their elements, whatever they filter on): the member's value, when it is
    /// followed to known values or resources.
    pub(super) fn each_member(
        &self,
        memo: &RefCell<Memo<'p>>,
        ctx: &InstCtx<'p>,
        sub: &[Step],
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> Option<Vec<Resolved<'p>>> {
        let Some(Key::Str(k)) = &ctx.key else {
            return None;
        };
        self.source?;
        let (node, scope, inst) =
            self.member_of(memo, ctx.scope, &ctx.inst, ctx.for_each?, k, depth)?;
        let mut leaves = Vec::new();
        self.resolve_in(
            memo,
            scope,
            &inst,
            node,
            None,
            sub,
            via,
            &mut leaves,
            depth + 1,
        );
        let followed = |l: &Resolved| match &l.leaf {
            Leaf::Value(..) => true,
            Leaf::Resource { ids, unsure, .. } => !ids.is_empty() && unsure.is_none(),
            Leaf::DeadEnd(_) => false,
        };
        (!leaves.is_empty() && leaves.iter().all(followed)).then_some(leaves)
    }
    /// Whether `node` is an attribute (`each.value.name`, `var.defaults.x`) of a map known to
    /// lack it, or of null: evaluating it is an error, the one `try` skips.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn absent_attribute(
        &self,
        memo: &RefCell<Memo<'p>>,
        scope: ScopeId,
        inst: &[(String, KeyMatch)],
        node: &'p Val<'p>,
        ctx: Option<&InstCtx<'p>>,
        via: &mut Vec<Arc<str>>,
        depth: usize,
    ) -> bool {
        let Some(reference) = plain_reference(node) else {
            return false;
        };
        let Some(steps) = crate::model::address::traversal(reference) else {
            return false;
        };
        // The map: every step but the last, which names the key (not `var.x` itself).
        let (Some(Step::Name(key) | Step::Index(Key::Str(key))), true) =
            (steps.last(), steps.len() > 2)
        else {
            return false;
        };
        let mut base = String::new();
        let mut refs = Vec::new();
        for (n, s) in steps[..steps.len() - 1].iter().enumerate() {
            match s {
                Step::Name(name) if n == 0 => base.push_str(name),
                Step::Name(name) => {
                    base.push('.');
                    base.push_str(name);
                }
                Step::Index(k) => base.push_str(&k.to_string()),
            }
            if n >= 1 {
                refs.push(Val::Str(base.clone().into()));
            }
        }
        let map = Val::Obj([("references".into(), Val::Arr(refs.into()))].into());
        let Some(map) = built(map) else {
            return false;
        };
        self.has_key(memo, scope, inst, map, ctx, key, true, via, depth + 1) == Some(false)
    }
}

/// The collection of a `for` expression that keeps its elements as they are (`{ for k, v in
/// coll : k => v if cond }`): an instance of a `for_each` over it is its member.
fn keeps_elements<'v, 'p>(node: &'v Val<'p>) -> Option<&'v Val<'p>> {
    let Some(Val::Arr(parts)) = node.get(crate::source::expr::FOR) else {
        return None;
    };
    let [Val::Str(kind), Val::Str(k), Val::Str(v), coll, key, value, _] = &parts[..] else {
        return None;
    };
    use super::bind::is_bound_name;
    (kind == "{" && is_bound_name(key, k) && is_bound_name(value, v)).then_some(coll)
}

/// A key of a map the source writes (see [`Stack::map_keys`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyState {
    /// Its value is known not to be null.
    Present,
    /// Its value is null: the key is dropped.
    Null,
    /// Its value is known only at apply, and may be null.
    MaybeNull,
}
