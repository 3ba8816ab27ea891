//! HCL expressions in the plan JSON's own shape: `{"constant_value": ...}` for a literal,
//! `{"references": [...]}` otherwise, so that the model follows an expression of the source (a
//! `local`) exactly as it follows one of the plan's configuration.

use crate::model::Val;
use foldhash::{HashMap, HashMapExt};
use hcl_edit::expr::{Expression, ForExpr, ObjectKey, Traversal, TraversalOperator};
use hcl_edit::template::{Element, ForTemplateExpr, Template};
use hcl_edit::visit::{self, Visit};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The key of a conditional in an expression converted from the source: `[condition, then,
/// else]`, each an expression. The plan's own configuration lists a conditional's references
/// only; from the source the model can pick the branch a known condition selects.
///
/// Every shaped node (this and the keys below) also lists its expression's references, as the
/// plan would (`{"references": [...], key: shape}`): a reader that does not know the shape
/// sees an expression of those references.
pub const CONDITIONAL: &str = "tfaudit_conditional";

/// The key of `jsonencode(...)`: the document's shape, objects as `{"tfaudit_object": {k:
/// node}}`, tuples as `{"tfaudit_tuple": [node]}`, other values as expressions. Policies built
/// in HCL are judged statement by statement, with only what depends on an unknown value
/// unknown.
pub const JSON: &str = "tfaudit_json";
pub const JSON_OBJECT: &str = "tfaudit_object";
pub const JSON_TUPLE: &str = "tfaudit_tuple";
/// An object of a template's JSON with interpolated keys (`{"${kind}": [...]}`): its members
/// as `[key, value]` pairs, keys as string templates; a consumer that does not know it sees an
/// expression it cannot follow.
pub const JSON_ENTRIES: &str = "tfaudit_entries";

/// The key of a logical or comparison operator: `[op, operand...]` with op one of `!`, `&&`,
/// `||`, `==`, `!=`, `<`, `<=`, `>`, `>=`, or `length` (the number of elements of a known value,
/// or of a resource block's instances); the model computes it when its operands are known.
pub const OPERATOR: &str = "tfaudit_operator";

/// The key of a string template (`"arn:${a}:s3:::${b}"`, a heredoc, a string of a template
/// file): its parts in order, literals as constant strings, interpolations as expressions. The
/// node also lists the template's references, so the model follows it as it follows the plan's
/// expression; policy rules build the string when every part is known.
pub const TEMPLATE: &str = "tfaudit_template";

/// Functions evaluated from the source, each `{"references": [...], key: [argument...]}`: the
/// model evaluates them when their arguments are decided, and otherwise follows the
/// references as the plan lists them. `element(list, i)`: `[list, i]`.
pub const ELEMENT: &str = "tfaudit_element";
/// `try(a, b, ...)`: the first argument that evaluates without an error.
pub const TRY: &str = "tfaudit_try";
/// `coalesce(a, b, ...)`: the first argument that is neither null nor an empty string.
pub const COALESCE: &str = "tfaudit_coalesce";
/// `concat(a, b, ...)`: every element of every list.
pub const CONCAT: &str = "tfaudit_concat";
/// `aws_x.y[*].attr`: `[block, ".attr"]` beside its references (which the model follows as
/// usual); `element` of a list that is, through locals, outputs and known conditions, this.
pub const SPLAT: &str = "tfaudit_splat";
/// `compact([a, b, ...])`: the elements that are neither null nor an empty string.
pub const COMPACT: &str = "tfaudit_compact";
/// An object constructor that is not a literal: `{"references": [...], MEMBERS: {key: node}}`;
/// an attribute of it is its member's expression (`{ a = aws_x.y.arn, b = "..." }.a`).
pub const MEMBERS: &str = "tfaudit_members";
/// Beside the references of an expression whose value is not a plain reference's (a function
/// the model does not evaluate, a `for`, arithmetic): `{"references": [...], "computed": true}`.
/// The model follows its references as the plan lists them, but never takes it for the value
/// of one of them (a `local` that is `{ for k, v in var.m : "x-${k}" => v }` does not have
/// `var.m`'s keys).
pub const COMPUTED: &str = "computed";

/// What computes a [`COMPUTED`] expression, for messages: `f()` for a call, else "an expression".
pub fn computed_by(e: &Val) -> String {
    match e.get(CALL) {
        Some(Val::Str(f)) => format!("{f}()"),
        _ => "an expression".to_string(),
    }
}
/// A tuple constructor that is not a literal: `{"references": [...], ITEMS: [node]}`.
pub const ITEMS: &str = "tfaudit_items";
/// `{ for k, v in coll : k => v if cond }` with `cond` not of `k` or `v`: `[coll, cond]`, the
/// map itself when `cond` holds (its members by their keys). A condition of each element is a
/// [`FOR`].
pub const FILTER: &str = "tfaudit_filter";
/// `count.index` alone (not inside an expression of it): the instance's index.
pub const COUNT_INDEX: &str = "tfaudit_count_index";
/// A `for` expression: `[kind, key_var, value_var, coll, key, value, cond]`, kind `"["` (a
/// tuple) or `"{"` (an object), `key_var`, `key` and `cond` null when absent. Inside `key`,
/// `value` and `cond`, a name the `for` binds is a reference of its own, `~name[.attr...]`
/// (see [`BOUND`]); the node itself lists the references the plan lists.
pub const FOR: &str = "tfaudit_for";
/// A function call tfaudit does not evaluate, beside its references: `{"references": [...],
/// CALL: name}`. Its value is not its arguments' (`keys(var.m)`, `flatten(var.l)`): where the
/// model iterates a collection or builds a value, it is not known; elsewhere it is followed by
/// its references, as the plan lists them.
pub const CALL: &str = "tfaudit_call";
/// The prefix of a reference to a name bound by an enclosing `for` expression or `dynamic`
/// block (`~sa`, `~statement.value.arn`): never a reference of the plan; the model resolves it
/// to the element it is bound to, and without one it is a dead end.
pub const BOUND: &str = "~";
/// `lookup(map, key[, default])`: `[map, key]` or `[map, key, default]`; the map's member
/// when the map is known to hold the key, the default when it is known to lack it.
pub const LOOKUP: &str = "tfaudit_lookup";
/// `merge(m1, m2, ...)`: its arguments; a member is the one of the last argument that has the
/// key (decided when every later argument is known to lack it), the whole map when every
/// argument is known.
pub const MERGE: &str = "tfaudit_merge";
/// `one(list)`: `[list]`; null for an empty list, the element of a one-element list.
pub const ONE: &str = "tfaudit_one";
/// `tolist(x)`: `[x]`, the same elements as a list or tuple `x`.
pub const TOLIST: &str = "tfaudit_tolist";
/// `toset(x)`: `[x]`; of known strings, those deduplicated in lexical order.
pub const TOSET: &str = "tfaudit_toset";
/// `flatten([a, b, ...])`: the lists' elements, nested list constructors flattened, each part
/// evaluated as `concat`'s.
pub const FLATTEN: &str = "tfaudit_flatten";
/// An attribute or element of a value the model evaluates (`merge(a, b).k`,
/// `{ a = x }.a`, `lookup(m, "k", {}).id`): `[node, step...]`, names as strings, indices as
/// numbers.
pub const GET: &str = "tfaudit_get";

/// Template files larger than this are not read (a policy template is kilobytes).
const MAX_TEMPLATE: u64 = 1 << 20;
/// Distinct template files read per run, at most (each is read once).
const MAX_TEMPLATES: usize = 1024;

/// Where `templatefile` looks: the module's directory (`path.module`) and the root module's
/// (`path.root`, `path.cwd`: Terraform runs there), and the template files already read.
pub struct Ctx<'a> {
    pub module_dir: &'a Path,
    pub root_dir: &'a Path,
    pub files: &'a Templates,
}

/// Template files read, by path (None: missing, too large or unreadable).
#[derive(Default)]
pub struct Templates(Mutex<HashMap<PathBuf, Option<Arc<str>>>>);

impl Templates {
    fn read(&self, path: &Path) -> Option<Arc<str>> {
        let key = std::fs::canonicalize(path).ok()?;
        let mut cache = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(t) = cache.get(&key) {
            return t.clone();
        }
        if cache.len() >= MAX_TEMPLATES {
            return None;
        }
        // Only a regular file of bounded size: never a FIFO or a device that blocks a read.
        let text = std::fs::metadata(&key)
            .ok()
            .filter(|m| m.is_file() && m.len() <= MAX_TEMPLATE)
            .and_then(|_| std::fs::read_to_string(&key).ok())
            .map(Arc::from);
        cache.insert(key, text.clone());
        text
    }
}

/// An expression as the plan's configuration would write it (a conditional keeps its shape).
pub fn config_expr(e: &Expression) -> Val<'static> {
    config_expr_at(e, 0, None)
}

/// [`config_expr`] in a module whose files are in `ctx.module_dir`: `templatefile` is read.
pub fn config_expr_in(e: &Expression, ctx: &Ctx) -> Val<'static> {
    config_expr_at(e, 0, Some(ctx))
}

fn config_expr_at(e: &Expression, depth: usize, ctx: Option<&Ctx>) -> Val<'static> {
    if let Some(v) = constant(e, 0) {
        return object([("constant_value".to_string(), v)]);
    }
    match e {
        Expression::Parenthesis(p) if depth < 32 => {
            return config_expr_at(p.inner(), depth + 1, ctx)
        }
        Expression::Conditional(c) if depth < 32 => {
            let parts = [&c.cond_expr, &c.true_expr, &c.false_expr]
                .map(|x| config_expr_at(x, depth + 1, ctx));
            return with_references(e, CONDITIONAL, Val::Arr(parts.into()));
        }
        Expression::StringTemplate(t) if depth < 32 => {
            if let Some(v) = template_expr(e, t, depth, ctx) {
                return v;
            }
        }
        Expression::HeredocTemplate(h) if depth < 32 => {
            if let Some(v) = template_expr(e, &h.template, depth, ctx) {
                return v;
            }
        }
        Expression::Object(o) if depth < 32 => {
            let mut members = Vec::new();
            for (k, v) in o.iter() {
                let Some(key) = literal_key(k) else {
                    members.clear();
                    break;
                };
                members.push((key, config_expr_at(v.expr(), depth + 1, ctx)));
            }
            // Keys written twice: Terraform rejects it; keep the references only.
            let mut keys: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
            keys.sort_unstable();
            keys.dedup();
            if !members.is_empty() && keys.len() == members.len() && members.len() == o.len() {
                return with_references(e, MEMBERS, object(members));
            }
        }
        Expression::Array(a) if depth < 32 => {
            let items: Vec<Val<'static>> = a
                .iter()
                .map(|x| config_expr_at(x, depth + 1, ctx))
                .collect();
            return with_references(e, ITEMS, Val::Arr(items.into()));
        }
        Expression::ForExpr(f) if depth < 32 => {
            if let Some(v) = filter(e, f, depth, ctx) {
                return v;
            }
            if let Some(v) = for_expr(e, f, depth, ctx) {
                return v;
            }
        }
        Expression::Traversal(_) if is_splat(e) => {
            let (block, attr) = splat(e).unwrap_or_default();
            return with_references(
                e,
                SPLAT,
                Val::Arr([Val::Str(block.into()), Val::Str(attr.into())].into()),
            );
        }
        Expression::Traversal(_) if is_count_index(e) => {
            return object([
                (
                    "references".to_string(),
                    Val::Arr([Val::Str("count.index".into())].into()),
                ),
                (COUNT_INDEX.to_string(), Val::Bool(true)),
            ]);
        }
        Expression::Traversal(t) if depth < 32 && !matches!(t.expr, Expression::Variable(_)) => {
            if let Some(v) = get(e, t, depth, ctx) {
                return v;
            }
        }
        Expression::FuncCall(f) if depth < 32 && f.name.namespace.is_empty() => {
            if let Some(v) = function(e, f, depth, ctx) {
                return v;
            }
            if let Some(v) = collection_function(e, f, depth, ctx) {
                return v;
            }
        }
        _ => {}
    }
    match e {
        Expression::FuncCall(f)
            if depth < 32
                && f.name.namespace.is_empty()
                && f.name.name.as_str() == "templatefile"
                && f.args.len() == 2 =>
        {
            if let Some(v) = ctx.and_then(|c| templatefile(f, depth, c)) {
                return v;
            }
        }
        Expression::FuncCall(f)
            if depth < 32
                && f.name.namespace.is_empty()
                && f.name.name.as_str() == "length"
                && f.args.len() == 1 =>
        {
            if let Some(arg) = f.args.iter().next() {
                let parts = vec![
                    Val::Str("length".into()),
                    config_expr_at(arg, depth + 1, ctx),
                ];
                return with_references(e, OPERATOR, Val::Arr(parts.into()));
            }
        }
        Expression::FuncCall(f)
            if depth < 32
                && f.name.namespace.is_empty()
                && f.name.name.as_str() == "jsonencode"
                && f.args.len() == 1 =>
        {
            if let Some(arg) = f.args.iter().next() {
                return with_references(e, JSON, json_node(arg, depth + 1, ctx));
            }
        }
        Expression::BinaryOp(b) if depth < 32 => {
            use hcl_edit::expr::BinaryOperator as B;
            let op = match b.operator.value() {
                B::And => "&&",
                B::Or => "||",
                B::Eq => "==",
                B::NotEq => "!=",
                B::Less => "<",
                B::LessEq => "<=",
                B::Greater => ">",
                B::GreaterEq => ">=",
                _ => "",
            };
            if !op.is_empty() {
                let parts = vec![
                    Val::Str(op.into()),
                    config_expr_at(&b.lhs_expr, depth + 1, ctx),
                    config_expr_at(&b.rhs_expr, depth + 1, ctx),
                ];
                return with_references(e, OPERATOR, Val::Arr(parts.into()));
            }
        }
        Expression::UnaryOp(u)
            if depth < 32 && *u.operator.value() == hcl_edit::expr::UnaryOperator::Not =>
        {
            let parts = vec![
                Val::Str("!".into()),
                config_expr_at(&u.expr, depth + 1, ctx),
            ];
            return with_references(e, OPERATOR, Val::Arr(parts.into()));
        }
        _ => {}
    }
    // A function tfaudit does not evaluate: its references, computed, and its name (see
    // [`CALL`]).
    if let Expression::FuncCall(f) = e {
        return object([
            references_member(references(e)),
            (COMPUTED.to_string(), Val::Bool(true)),
            (
                CALL.to_string(),
                Val::Str(f.name.name.as_str().to_string().into()),
            ),
        ]);
    }
    let refs = references_member(references(e));
    if decidable(e, 0) {
        object([refs])
    } else {
        object([refs, (COMPUTED.to_string(), Val::Bool(true))])
    }
}

fn is_count_index(e: &Expression) -> bool {
    match e {
        Expression::Traversal(t) => {
            matches!(&t.expr, Expression::Variable(v) if v.as_str() == "count")
                && matches!(&t.operators[..], [op] if matches!(op.value(), TraversalOperator::GetAttr(a) if a.as_str() == "index"))
        }
        _ => false,
    }
}

/// What the model can evaluate exactly: a literal, a plain reference (`var.x`,
/// `aws_x.y[0].id`, `count.index`), or a conditional of such. An expression of a reference
/// (`lower(var.x)`, `"${var.x}-a"`) lists the same references, but its value is not theirs.
fn decidable(e: &Expression, depth: usize) -> bool {
    if depth > 16 {
        return false;
    }
    match e {
        _ if constant(e, 0).is_some() => true,
        // A name a `for` expression or a `dynamic` block binds (Terraform has no other bare
        // names): its element.
        Expression::Variable(_) => true,
        Expression::Parenthesis(p) => decidable(p.inner(), depth + 1),
        Expression::Conditional(c) => {
            decidable(&c.true_expr, depth + 1) && decidable(&c.false_expr, depth + 1)
        }
        Expression::Traversal(t) => {
            matches!(t.expr, Expression::Variable(_))
                && t.operators.iter().all(|op| {
                    matches!(
                        op.value(),
                        TraversalOperator::GetAttr(_)
                            | TraversalOperator::LegacyIndex(_)
                            | TraversalOperator::Index(Expression::Number(_))
                            | TraversalOperator::Index(Expression::String(_))
                    )
                })
        }
        _ => false,
    }
}

/// `element`, `try`, `coalesce` and `concat` over decidable arguments, as their shapes (see
/// [`ELEMENT`]); None for any other call, or other arguments.
fn function(
    e: &Expression,
    f: &hcl_edit::expr::FuncCall,
    depth: usize,
    ctx: Option<&Ctx>,
) -> Option<Val<'static>> {
    let args: Vec<&Expression> = f.args.iter().collect();
    if args.is_empty() || args.len() > 64 || f.args.expand_final() {
        return None;
    }
    let node = |x: &Expression| config_expr_at(x, depth + 1, ctx);
    let (key, parts) = match (f.name.name.as_str(), &args[..]) {
        // The list: a splat, or what may hold one (`local.ips`, `module.vpc.subnets`).
        ("element", [list, index])
            if decidable(index, 0) && (is_splat(list) || decidable(list, 0)) =>
        {
            (ELEMENT, vec![node(list), node(index)])
        }
        ("try", _) if args.iter().all(|a| decidable(a, 0)) => {
            (TRY, args.iter().map(|a| node(a)).collect())
        }
        ("coalesce", _) if args.iter().all(|a| decidable(a, 0)) => {
            (COALESCE, args.iter().map(|a| node(a)).collect())
        }
        // A list constructor of decidable elements (the s3-bucket module's documents, each
        // `var.attach_x ? data.x[0].json : ""`).
        ("compact", [Expression::Array(items)]) if items.iter().all(|x| decidable(x, 0)) => {
            (COMPACT, items.iter().map(node).collect())
        }
        // Lists: plain references, or list constructors of decidable elements (each its own
        // argument: concat([a], [b]) holds a and b).
        ("concat", _) => {
            let mut parts = Vec::new();
            for a in &args {
                match a {
                    Expression::Array(items) if items.iter().all(|x| decidable(x, 0)) => {
                        parts.extend(items.iter().map(node))
                    }
                    _ if decidable(a, 0) => parts.push(node(a)),
                    _ => return None,
                }
            }
            (CONCAT, parts)
        }
        _ => return None,
    };
    Some(with_references(e, key, Val::Arr(parts.into())))
}

/// `lookup`, `merge`, `one`, `tolist`, `toset` and `flatten` over arguments the model can
/// evaluate exactly (decidable, or of a shape it evaluates), as their shapes (see [`LOOKUP`]);
/// None for any other call or argument: the call's references, as the plan lists them.
fn collection_function(
    e: &Expression,
    f: &hcl_edit::expr::FuncCall,
    depth: usize,
    ctx: Option<&Ctx>,
) -> Option<Val<'static>> {
    let args: Vec<&Expression> = f.args.iter().collect();
    if args.is_empty() || args.len() > 64 || f.args.expand_final() {
        return None;
    }
    let node = |x: &Expression| config_expr_at(x, depth + 1, ctx);
    let has = |n: &Val, keys: &[&str]| keys.iter().any(|k| n.get(k).is_some());
    // A map: a plain reference or conditional of such, an object constructor with literal
    // keys, a `merge` of maps.
    let map = |x: &Expression| -> Option<Val<'static>> {
        let n = node(x);
        (decidable(x, 0) || has(&n, &[MEMBERS, MERGE])).then_some(n)
    };
    // A list: a plain reference, a splat, a list constructor of decidable elements, or a
    // function of lists the model evaluates.
    let list = |x: &Expression| -> Option<Val<'static>> {
        let n = node(x);
        let items = matches!(x, Expression::Array(a) if a.iter().all(|i| decidable(i, 0)));
        (decidable(x, 0) || items || has(&n, &[SPLAT, CONCAT, FLATTEN, TOLIST, COMPACT]))
            .then_some(n)
    };
    let (key, parts) = match (f.name.name.as_str(), &args[..]) {
        ("lookup", [m, k, rest @ ..]) if rest.len() <= 1 && decidable(k, 0) => {
            let mut parts = vec![map(m)?, node(k)];
            if let [d] = rest {
                parts.push(if decidable(d, 0) { node(d) } else { map(d)? });
            }
            (LOOKUP, parts)
        }
        ("merge", _) => (MERGE, args.iter().map(|a| map(a)).collect::<Option<_>>()?),
        ("one", [l]) => (ONE, vec![list(l)?]),
        ("tolist", [l]) => (TOLIST, vec![list(l)?]),
        ("toset", [l]) => (TOSET, vec![list(l)?]),
        ("flatten", [l]) => {
            let mut parts = Vec::new();
            flatten_items(l, depth, ctx, &mut parts, 0)?;
            (FLATTEN, parts)
        }
        _ => return None,
    };
    Some(with_references(e, key, Val::Arr(parts.into())))
}

/// `value.k[0]` of a value the model evaluates (a merge, a lookup, one, tolist, an object or
/// tuple constructor), with literal steps: [`GET`]. None for anything else.
fn get(e: &Expression, t: &Traversal, depth: usize, ctx: Option<&Ctx>) -> Option<Val<'static>> {
    let inner = config_expr_at(&t.expr, depth + 1, ctx);
    if ![MERGE, LOOKUP, ONE, TOLIST, MEMBERS, ITEMS]
        .iter()
        .any(|k| inner.get(k).is_some())
    {
        return None;
    }
    let mut parts = vec![inner];
    for op in &t.operators {
        parts.push(match op.value() {
            TraversalOperator::GetAttr(a) => Val::Str(a.as_str().to_string().into()),
            TraversalOperator::Index(Expression::String(s)) => {
                Val::Str(s.value().to_string().into())
            }
            TraversalOperator::Index(Expression::Number(n)) => Val::Num(n.value().as_u64()? as f64),
            TraversalOperator::LegacyIndex(i) => Val::Num(*i.value() as f64),
            _ => return None,
        });
    }
    Some(with_references(e, GET, Val::Arr(parts.into())))
}

/// The parts of `flatten(x)`: the elements of nested list constructors, each a plain
/// reference, a splat or a literal; `x` itself when it is a plain reference. None otherwise.
fn flatten_items(
    x: &Expression,
    depth: usize,
    ctx: Option<&Ctx>,
    out: &mut Vec<Val<'static>>,
    nesting: usize,
) -> Option<()> {
    if nesting > 16 || out.len() > 256 {
        return None;
    }
    match x {
        Expression::Parenthesis(p) => flatten_items(p.inner(), depth, ctx, out, nesting + 1),
        Expression::Array(items) if constant(x, 0).is_none() => {
            for i in items.iter() {
                flatten_items(i, depth, ctx, out, nesting + 1)?;
            }
            Some(())
        }
        _ if decidable(x, 0) || is_splat(x) => {
            out.push(config_expr_at(x, depth + 1, ctx));
            Some(())
        }
        _ => None,
    }
}

/// `{ for k, v in coll : k => v if cond }`: the map `coll` when `cond`, which names neither `k`
/// nor `v`, holds.
fn filter(e: &Expression, f: &ForExpr, depth: usize, ctx: Option<&Ctx>) -> Option<Val<'static>> {
    let k = f.intro.key_var.as_ref()?.as_str();
    let v = f.intro.value_var.as_str();
    let is =
        |x: &Expression, name: &str| matches!(x, Expression::Variable(n) if n.as_str() == name);
    if f.grouping || !is(f.key_expr.as_ref()?, k) || !is(&f.value_expr, v) {
        return None;
    }
    let mut parts = vec![config_expr_at(&f.intro.collection_expr, depth + 1, ctx)];
    if let Some(c) = &f.cond {
        let mut names = Names {
            names: [k, v],
            found: false,
        };
        names.visit_expr(&c.expr);
        if names.found {
            return None;
        }
        parts.push(config_expr_at(&c.expr, depth + 1, ctx));
    }
    Some(with_references(e, FILTER, Val::Arr(parts.into())))
}

/// `[for k, v in coll : value if cond]` and `{for k, v in coll : key => value if cond}` without
/// `...` grouping: see [`FOR`]. The node lists the references the plan lists (those of its
/// collection, and what its bodies name besides its own variables).
fn for_expr(e: &Expression, f: &ForExpr, depth: usize, ctx: Option<&Ctx>) -> Option<Val<'static>> {
    if f.grouping {
        return None;
    }
    let k = f.intro.key_var.as_ref().map(|k| k.as_str());
    let v = f.intro.value_var.as_str();
    let coll = config_expr_at(&f.intro.collection_expr, depth + 1, ctx);
    let mut names = vec![v];
    names.extend(k);
    let (key, value, cond) = with_bound(&names, || {
        (
            f.key_expr
                .as_ref()
                .map(|x| config_expr_at(x, depth + 1, ctx)),
            config_expr_at(&f.value_expr, depth + 1, ctx),
            f.cond
                .as_ref()
                .map(|c| config_expr_at(&c.expr, depth + 1, ctx)),
        )
    });
    let kind = if f.key_expr.is_some() { "{" } else { "[" };
    let name = |n: Option<&str>| n.map_or(Val::Null, |n| Val::Str(n.to_string().into()));
    let parts = vec![
        Val::Str(kind.into()),
        name(k),
        name(Some(v)),
        coll,
        key.unwrap_or(Val::Null),
        value,
        cond.unwrap_or(Val::Null),
    ];
    Some(with_references(e, FOR, Val::Arr(parts.into())))
}

thread_local! {
    /// Names bound by the `for` expressions and `dynamic` blocks being converted.
    static BOUND_NAMES: std::cell::RefCell<Vec<String>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn is_bound(name: &str) -> bool {
    BOUND_NAMES.with(|b| b.borrow().iter().any(|n| n == name))
}

/// `f()` with `names` bound (a `for` expression's variables, a `dynamic` block's iterator):
/// a reference rooted at one of them is `~name...` (see [`BOUND`]).
pub fn with_bound<T>(names: &[&str], f: impl FnOnce() -> T) -> T {
    let n = BOUND_NAMES.with(|b| {
        let mut b = b.borrow_mut();
        let n = b.len();
        b.extend(names.iter().map(|s| s.to_string()));
        n
    });
    let out = f();
    BOUND_NAMES.with(|b| b.borrow_mut().truncate(n));
    out
}

/// Whether an expression names one of `names` (a `for` expression's variables).
struct Names<'a> {
    names: [&'a str; 2],
    found: bool,
}

impl Visit for Names<'_> {
    fn visit_expr(&mut self, node: &Expression) {
        match node {
            Expression::Variable(n) if self.names.contains(&n.as_str()) => self.found = true,
            _ if self.found => {}
            other => visit::visit_expr(self, other),
        }
    }
}

/// A node of shape `key` beside the expression's references (as the plan lists them).
fn with_references(e: &Expression, key: &str, shape: Val<'static>) -> Val<'static> {
    object([references_member(references(e)), (key.to_string(), shape)])
}

/// The `references` member of a node, as the plan lists them.
fn references_member(refs: Vec<String>) -> (String, Val<'static>) {
    (
        "references".to_string(),
        Val::Arr(refs.into_iter().map(|r| Val::Str(r.into())).collect()),
    )
}

/// Whether `e` is a block's splat (see [`splat`]); nothing is allocated to tell (every
/// traversal of the source is asked).
fn is_splat(e: &Expression) -> bool {
    let Expression::Traversal(t) = e else {
        return false;
    };
    let Expression::Variable(root) = &t.expr else {
        return false;
    };
    let root = root.as_str();
    if [
        "var",
        "local",
        "module",
        "count",
        "each",
        "path",
        "self",
        "terraform",
    ]
    .contains(&root)
    {
        return false;
    }
    let names = if root == "data" { 2 } else { 1 };
    let mut ops = t.operators.iter().map(|o| o.value());
    ops.by_ref()
        .take(names)
        .filter(|o| matches!(o, TraversalOperator::GetAttr(_)))
        .count()
        == names
        && matches!(
            ops.next(),
            Some(TraversalOperator::FullSplat(_) | TraversalOperator::AttrSplat(_))
        )
        && ops.all(|o| matches!(o, TraversalOperator::GetAttr(_)))
}

/// `aws_x.y[*].id` (or `aws_x.y.*.id`, `data.aws_x.y[*].id`): the block and the attribute
/// path read from each instance (`.id`).
fn splat(e: &Expression) -> Option<(String, String)> {
    if !is_splat(e) {
        return None;
    }
    let Expression::Traversal(t) = e else {
        return None;
    };
    let Expression::Variable(root) = &t.expr else {
        return None;
    };
    let mut block = root.as_str().to_string();
    let names = if block == "data" { 2 } else { 1 };
    let mut attr = String::new();
    // The splat between them is no name.
    for (n, op) in t.operators.iter().enumerate() {
        if let TraversalOperator::GetAttr(a) = op.value() {
            let to = if n < names { &mut block } else { &mut attr };
            to.push('.');
            to.push_str(a.as_str());
        }
    }
    Some((block, attr))
}

/// A `jsonencode` argument: object and tuple constructors kept as such, leaves as expressions.
fn json_node(e: &Expression, depth: usize, ctx: Option<&Ctx>) -> Val<'static> {
    if let Some(v) = constant(e, 0) {
        return object([("constant_value".to_string(), v)]);
    }
    match e {
        Expression::Parenthesis(p) if depth < 32 => json_node(p.inner(), depth + 1, ctx),
        Expression::Object(o) if depth < 32 => {
            let mut members = Vec::new();
            for (k, v) in o.iter() {
                // A computed key: the whole object is an expression.
                let Some(key) = literal_key(k) else {
                    return config_expr_at(e, depth + 1, ctx);
                };
                members.push((key, json_node(v.expr(), depth + 1, ctx)));
            }
            object([(JSON_OBJECT.to_string(), object(members))])
        }
        Expression::Array(a) if depth < 32 => {
            let items: Vec<Val<'static>> = a.iter().map(|x| json_node(x, depth + 1, ctx)).collect();
            object([(JSON_TUPLE.to_string(), Val::Arr(items.into()))])
        }
        _ => config_expr_at(e, depth + 1, ctx),
    }
}

/// A string template of the source: a JSON document when its text is one with every
/// interpolation inside a string value (a policy in a heredoc), else its parts. None when it
/// has directives (`%{if}`, `%{for}`): its references only, as the plan gives them.
fn template_expr(
    e: &Expression,
    t: &Template,
    depth: usize,
    ctx: Option<&Ctx>,
) -> Option<Val<'static>> {
    let parts = template_parts(t, &mut |x| Some(config_expr_at(x, depth + 1, ctx)))?;
    if let Some(text) = constant_text(&parts) {
        return Some(object([(
            "constant_value".to_string(),
            Val::Str(text.into()),
        )]));
    }
    if let Some(doc) = json_document(&parts) {
        return Some(with_references(e, JSON, doc));
    }
    Some(with_references(e, TEMPLATE, Val::Arr(parts.into())))
}

/// `templatefile(path, { name = expr })` with a path of literals and `path.module`,
/// `path.root` or `path.cwd`, and vars written as an object: the template read and its
/// interpolations (names of `vars` only) replaced by the vars' expressions. None (the call's
/// references, as the plan gives them) for anything else, or when the file cannot be read.
fn templatefile(f: &hcl_edit::expr::FuncCall, depth: usize, ctx: &Ctx) -> Option<Val<'static>> {
    let mut args = f.args.iter();
    let (path, vars) = (args.next()?, args.next()?);
    let file = template_path(path, ctx)?;
    let Expression::Object(o) = vars else {
        return None;
    };
    let mut values: HashMap<String, &Expression> = HashMap::new();
    for (k, v) in o.iter() {
        let key = literal_key(k)?;
        values.insert(key, v.expr());
    }
    let text = ctx.files.read(&file)?;
    let template: Template = text.parse().ok()?;
    let mut refs = Vec::new();
    let parts = template_parts(&template, &mut |x| {
        // A template sees its vars only, by bare name.
        let Expression::Variable(name) = x else {
            return None;
        };
        let v = config_expr_at(values.get(name.as_str())?, depth + 1, Some(ctx));
        let mut found = Vec::new();
        nested_references(&v, &mut found, 0);
        refs.extend(found.into_iter().map(str::to_string));
        Some(v)
    })?;
    if let Some(text) = constant_text(&parts) {
        return Some(object([(
            "constant_value".to_string(),
            Val::Str(text.into()),
        )]));
    }
    refs.sort();
    refs.dedup();
    let refs = references_member(refs);
    match json_document(&parts) {
        Some(doc) => Some(object([refs, (JSON.to_string(), doc)])),
        None => Some(object([
            refs,
            (TEMPLATE.to_string(), Val::Arr(parts.into())),
        ])),
    }
}

/// The file a `templatefile` path names: literals, and `path.module`, `path.root`, `path.cwd`.
fn template_path(e: &Expression, ctx: &Ctx) -> Option<PathBuf> {
    let mut text = String::new();
    match e {
        Expression::String(s) => text.push_str(s.value()),
        Expression::StringTemplate(t) => {
            for el in t.iter() {
                match el {
                    Element::Literal(l) => text.push_str(l.as_str()),
                    Element::Interpolation(i) => {
                        let Expression::Traversal(t) = &i.expr else {
                            return None;
                        };
                        let (Expression::Variable(root), [op]) = (&t.expr, &t.operators[..]) else {
                            return None;
                        };
                        let TraversalOperator::GetAttr(attr) = op.value() else {
                            return None;
                        };
                        let dir = match (root.as_str(), attr.as_str()) {
                            ("path", "module") => ctx.module_dir,
                            ("path", "root" | "cwd") => ctx.root_dir,
                            _ => return None,
                        };
                        text.push_str(dir.to_str()?);
                    }
                    Element::Directive(_) => return None,
                }
            }
        }
        _ => return None,
    }
    // Relative paths are relative to where Terraform runs: the root module.
    Some(ctx.root_dir.join(text))
}

/// Private-use characters around an interpolation's index in a template's text.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// A template's parts in order: literals as constant strings (whitespace stripped as `~`
/// asks), interpolations as `interp` gives them. None with a directive, or when `interp` is.
fn template_parts(
    t: &Template,
    interp: &mut dyn FnMut(&Expression) -> Option<Val<'static>>,
) -> Option<Vec<Val<'static>>> {
    let mut parts: Vec<Result<String, Val<'static>>> = Vec::new();
    let mut strip_next = false;
    for el in t.iter() {
        match el {
            Element::Literal(l) => {
                let mut s = l.as_str();
                if strip_next {
                    s = s.trim_start();
                }
                if s.contains([OPEN, CLOSE]) {
                    return None;
                }
                parts.push(Ok(s.to_string()));
                strip_next = false;
            }
            Element::Interpolation(i) => {
                if i.strip.strip_start() {
                    if let Some(Ok(prev)) = parts.last_mut() {
                        *prev = prev.trim_end().to_string();
                    }
                }
                strip_next = i.strip.strip_end();
                parts.push(Err(interp(&i.expr)?));
            }
            Element::Directive(_) => return None,
        }
        if parts.len() > 4096 {
            return None;
        }
    }
    Some(
        parts
            .into_iter()
            .map(|p| match p {
                Ok(s) => object([("constant_value".to_string(), Val::Str(s.into()))]),
                Err(v) => v,
            })
            .collect(),
    )
}

/// A template's text when every part is a literal string (a heredoc without interpolations).
fn constant_text(parts: &[Val<'static>]) -> Option<String> {
    let mut text = String::new();
    for p in parts {
        match (p.get("constant_value"), p.as_object().map(<[_]>::len)) {
            (Some(Val::Str(s)), Some(1)) => text.push_str(s),
            _ => return None,
        }
    }
    Some(text)
}

/// The JSON document a template's text is, as `jsonencode` nodes, when every interpolation
/// sits inside a string value (not a key, not a bare value): None otherwise.
fn json_document(parts: &[Val<'static>]) -> Option<Val<'static>> {
    let mut text = String::new();
    let mut exprs = Vec::new();
    for p in parts {
        match p.get("constant_value") {
            Some(Val::Str(s)) if p.as_object().is_some_and(|m| m.len() == 1) => text.push_str(s),
            _ => {
                text.push(OPEN);
                text.push_str(&exprs.len().to_string());
                text.push(CLOSE);
                exprs.push(p);
            }
        }
    }
    let trimmed = text.trim_start();
    if !(trimmed.starts_with('{') || trimmed.starts_with('[')) {
        return None;
    }
    let doc: serde_json::Value = serde_json::from_str(&text).ok()?;
    json_value(&doc, &exprs, 0)
}

fn json_value(
    v: &serde_json::Value,
    exprs: &[&Val<'static>],
    depth: usize,
) -> Option<Val<'static>> {
    use serde_json::Value as J;
    if depth > 64 {
        return None;
    }
    if !has_placeholder(v, 0) {
        return Some(object([("constant_value".to_string(), from_json(v)?)]));
    }
    Some(match v {
        J::String(s) => {
            let mut parts = Vec::new();
            let mut refs = Vec::new();
            let mut rest = s.as_str();
            while let Some(at) = rest.find(OPEN) {
                if at > 0 {
                    parts.push(object([(
                        "constant_value".to_string(),
                        Val::Str(rest[..at].to_string().into()),
                    )]));
                }
                let after = &rest[at + OPEN.len_utf8()..];
                let end = after.find(CLOSE)?;
                let e = *exprs.get(after[..end].parse::<usize>().ok()?)?;
                let mut found = Vec::new();
                nested_references(e, &mut found, 0);
                refs.extend(found.into_iter().map(str::to_string));
                parts.push(e.clone());
                rest = &after[end + CLOSE.len_utf8()..];
            }
            if !rest.is_empty() {
                parts.push(object([(
                    "constant_value".to_string(),
                    Val::Str(rest.to_string().into()),
                )]));
            }
            refs.sort();
            refs.dedup();
            object([
                references_member(refs),
                (TEMPLATE.to_string(), Val::Arr(parts.into())),
            ])
        }
        J::Array(items) => {
            let nodes = items
                .iter()
                .map(|x| json_value(x, exprs, depth + 1))
                .collect::<Option<Vec<_>>>()?;
            object([(JSON_TUPLE.to_string(), Val::Arr(nodes.into()))])
        }
        J::Object(members) => {
            let computed = members.keys().any(|k| k.contains(OPEN));
            let mut out = Vec::new();
            let mut entries = Vec::new();
            for (k, x) in members {
                let value = json_value(x, exprs, depth + 1)?;
                if computed {
                    let key = json_value(&J::String(k.clone()), exprs, depth + 1)?;
                    entries.push(Val::Arr([key, value].into()));
                } else {
                    out.push((k.clone(), value));
                }
            }
            if computed {
                object([(JSON_ENTRIES.to_string(), Val::Arr(entries.into()))])
            } else {
                object([(JSON_OBJECT.to_string(), object(out))])
            }
        }
        _ => return None,
    })
}

fn has_placeholder(v: &serde_json::Value, depth: usize) -> bool {
    use serde_json::Value as J;
    depth > 64
        || match v {
            J::String(s) => s.contains(OPEN),
            J::Array(items) => items.iter().any(|x| has_placeholder(x, depth + 1)),
            J::Object(m) => m
                .iter()
                .any(|(k, x)| k.contains(OPEN) || has_placeholder(x, depth + 1)),
            _ => false,
        }
}

fn from_json(v: &serde_json::Value) -> Option<Val<'static>> {
    use serde_json::Value as J;
    Some(match v {
        J::Null => Val::Null,
        J::Bool(b) => Val::Bool(*b),
        J::Number(n) => Val::Num(n.as_f64()?),
        J::String(s) => Val::Str(s.clone().into()),
        J::Array(items) => Val::Arr(
            items
                .iter()
                .map(from_json)
                .collect::<Option<Vec<_>>>()?
                .into(),
        ),
        J::Object(m) => object(
            m.iter()
                .map(|(k, x)| Some((k.clone(), from_json(x)?)))
                .collect::<Option<Vec<_>>>()?,
        ),
    })
}

/// The references an expression node lists, nested ones included.
pub fn nested_references<'a>(v: &'a Val, out: &mut Vec<&'a str>, depth: usize) {
    if depth > 64 {
        return;
    }
    match v {
        Val::Obj(m) => {
            for (k, x) in m.iter() {
                if k == "references" {
                    out.extend(x.strings());
                } else {
                    nested_references(x, out, depth + 1);
                }
            }
        }
        Val::Arr(items) => items
            .iter()
            .for_each(|x| nested_references(x, out, depth + 1)),
        _ => {}
    }
}

/// An object key written literally (`name` or `"name"`); None for a computed key.
/// A key written as a literal; None for a computed key, and for a key Terraform would let a
/// later one of the same name replace (`super::REDEFINED`): the object is not known.
fn literal_key(k: &ObjectKey) -> Option<String> {
    let key = match k {
        ObjectKey::Ident(i) => i.as_str(),
        ObjectKey::Expression(Expression::String(s)) => s.value().as_str(),
        ObjectKey::Expression(_) => return None,
    };
    (!key.contains(super::REDEFINED)).then(|| key.to_string())
}

fn object(members: impl IntoIterator<Item = (String, Val<'static>)>) -> Val<'static> {
    // Members sorted by key, as `Val::get` expects; of a key given twice, the last.
    let mut sorted: Vec<(String, Val<'static>)> = members.into_iter().collect();
    sorted.reverse();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    sorted.dedup_by(|later, first| later.0 == first.0);
    Val::Obj(sorted.into_iter().map(|(k, v)| (k.into(), v)).collect())
}

/// The value of a literal expression (no references, no function calls).
fn constant(e: &Expression, depth: usize) -> Option<Val<'static>> {
    if depth > 64 {
        return None;
    }
    Some(match e {
        Expression::Null(_) => Val::Null,
        Expression::Bool(b) => Val::Bool(*b.value()),
        Expression::Number(n) => Val::Num(n.value().as_f64()?),
        Expression::String(s) => Val::Str(s.value().to_string().into()),
        Expression::Parenthesis(p) => constant(p.inner(), depth + 1)?,
        Expression::Array(a) => Val::Arr(
            a.iter()
                .map(|x| constant(x, depth + 1))
                .collect::<Option<Vec<_>>>()?
                .into(),
        ),
        Expression::Object(o) => {
            let mut members = Vec::new();
            for (k, v) in o.iter() {
                let key = literal_key(k)?;
                members.push((key, constant(v.expr(), depth + 1)?));
            }
            object(members)
        }
        _ => return None,
    })
}

/// The references of an expression, as the plan lists them: each traversal up to its first
/// step that is not a literal (`aws_x.y[0].id`, `aws_x.y` for `aws_x.y[var.i]`), and its
/// subject (`aws_x.y`, `var.x`, `module.m`); names bound by `for` are not references.
pub fn references(e: &Expression) -> Vec<String> {
    let mut c = Collector::default();
    c.visit_expr(e);
    let mut out = c.refs;
    out.sort();
    out.dedup();
    out
}

#[derive(Default)]
struct Collector {
    refs: Vec<String>,
    /// Names bound by enclosing `for` expressions and directives.
    bound: Vec<String>,
    depth: usize,
}

impl Collector {
    fn traversal(&mut self, t: &Traversal) {
        let Expression::Variable(root) = &t.expr else {
            // `(expr).attr`, `func()[0]`: the references are the inner expression's.
            self.visit_expr(&t.expr);
            for op in &t.operators {
                if let TraversalOperator::Index(i) = op.value() {
                    self.visit_expr(i);
                }
            }
            return;
        };
        let root = root.as_str();
        // Index expressions are expressions of their own (`x[var.i]`).
        for op in &t.operators {
            if let TraversalOperator::Index(i) = op.value() {
                self.visit_expr(i);
            }
        }
        if self.bound.iter().any(|b| b == root) {
            return;
        }
        let mut text = root.to_string();
        let mut subject = None;
        // How many name steps make the subject: `var.x`, `local.x`, `module.m`, `count.index`,
        // `aws_x.y`, `data.aws_x.y`.
        let subject_names = match root {
            _ if is_bound(root) => 1,
            "data" => 3,
            _ => 2,
        };
        let mut names = 1;
        if is_bound(root) {
            text.insert_str(0, BOUND);
            subject = Some(text.clone());
        }
        for op in &t.operators {
            match op.value() {
                TraversalOperator::GetAttr(a) => {
                    text.push('.');
                    text.push_str(a.as_str());
                    names += 1;
                }
                TraversalOperator::LegacyIndex(i) => text.push_str(&format!("[{}]", i.value())),
                TraversalOperator::Index(Expression::Number(n)) => match n.value().as_u64() {
                    Some(i) => text.push_str(&format!("[{i}]")),
                    None => break,
                },
                TraversalOperator::Index(Expression::String(s)) => {
                    text.push_str(&format!("[{:?}]", s.value().as_str()))
                }
                // Of a bound name, the steps after a splat or a computed index are not the
                // element's: a reference that cannot be followed.
                _ if text.starts_with(BOUND) => {
                    text.push_str("[*]");
                    break;
                }
                _ => break,
            }
            if names == subject_names && subject.is_none() {
                subject = Some(text.clone());
            }
        }
        if names < subject_names.min(2) {
            return;
        }
        if let Some(s) = subject {
            if s != text {
                self.refs.push(s);
            }
        }
        self.refs.push(text);
    }
}

impl Visit for Collector {
    fn visit_expr(&mut self, node: &Expression) {
        // Real expressions are shallow; the bound guards hostile input.
        if self.depth > 128 {
            return;
        }
        self.depth += 1;
        match node {
            Expression::Traversal(t) => self.traversal(t),
            // A bare name is a `for` variable or not a reference at all; one bound where the
            // expression is converted (see [`with_bound`]) is a reference to its element.
            Expression::Variable(v)
                if is_bound(v.as_str()) && !self.bound.iter().any(|b| b == v.as_str()) =>
            {
                self.refs.push(format!("{BOUND}{}", v.as_str()))
            }
            Expression::Variable(_) => {}
            other => visit::visit_expr(self, other),
        }
        self.depth -= 1;
    }

    fn visit_for_expr(&mut self, node: &ForExpr) {
        self.visit_expr(&node.intro.collection_expr);
        let n = self.bound.len();
        if let Some(k) = &node.intro.key_var {
            self.bound.push(k.as_str().to_string());
        }
        self.bound.push(node.intro.value_var.as_str().to_string());
        if let Some(k) = &node.key_expr {
            self.visit_expr(k);
        }
        self.visit_expr(&node.value_expr);
        if let Some(c) = &node.cond {
            self.visit_expr(&c.expr);
        }
        self.bound.truncate(n);
    }

    fn visit_for_template_expr(&mut self, node: &ForTemplateExpr) {
        self.visit_expr(&node.collection_expr);
        let n = self.bound.len();
        if let Some(k) = &node.key_var {
            self.bound.push(k.as_str().to_string());
        }
        self.bound.push(node.value_var.as_str().to_string());
        self.visit_template(&node.template);
        self.bound.truncate(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(src: &str) -> Vec<String> {
        let body: hcl_edit::structure::Body = format!("x = {src}\n").parse().unwrap();
        let a = body.get_attribute("x").unwrap();
        references(&a.value)
    }

    #[test]
    fn references_as_the_plan_lists_them() {
        assert_eq!(
            refs("aws_s3_bucket.this[0].id"),
            ["aws_s3_bucket.this", "aws_s3_bucket.this[0].id"]
        );
        assert_eq!(
            refs("local.attach ? aws_s3_bucket_policy.this[0].id : aws_s3_bucket.this[0].id"),
            [
                "aws_s3_bucket.this",
                "aws_s3_bucket.this[0].id",
                "aws_s3_bucket_policy.this",
                "aws_s3_bucket_policy.this[0].id",
                "local.attach"
            ]
        );
        assert_eq!(refs("aws_x.y[var.i].id"), ["aws_x.y", "var.i"]);
        assert_eq!(refs("aws_x.y[*].id"), ["aws_x.y"]);
        assert_eq!(
            refs("data.aws_iam_policy_document.p.json"),
            [
                "data.aws_iam_policy_document.p",
                "data.aws_iam_policy_document.p.json"
            ]
        );
        assert_eq!(
            refs(r#"[for s in var.subnets : s.id if s.public]"#),
            ["var.subnets"]
        );
        assert_eq!(refs(r#""${var.name}-logs""#), ["var.name"]);
        assert_eq!(
            refs(r#"try(module.vpc.vpc_id, "")"#),
            ["module.vpc", "module.vpc.vpc_id"]
        );
        assert_eq!(
            refs(r#"aws_x.y["k"].arn"#),
            ["aws_x.y", r#"aws_x.y["k"].arn"#]
        );
    }

    #[test]
    fn conditionals_keep_their_shape() {
        let body: hcl_edit::structure::Body = "x = (var.on ? aws_x.a.id : null)\n".parse().unwrap();
        let v = config_expr(&body.get_attribute("x").unwrap().value);
        assert_eq!(
            v.to_json(),
            r#"{"references":["aws_x.a","aws_x.a.id","var.on"],"tfaudit_conditional":[{"references":["var.on"]},{"references":["aws_x.a","aws_x.a.id"]},{"constant_value":null}]}"#
        );
    }

    #[test]
    fn operators_keep_their_shape() {
        let body: hcl_edit::structure::Body = "x = !var.a && var.b != null\n".parse().unwrap();
        let v = config_expr(&body.get_attribute("x").unwrap().value);
        assert_eq!(
            v.to_json(),
            r#"{"references":["var.a","var.b"],"tfaudit_operator":["&&",{"references":["var.a"],"tfaudit_operator":["!",{"references":["var.a"]}]},{"references":["var.b"],"tfaudit_operator":["!=",{"references":["var.b"]},{"constant_value":null}]}]}"#
        );
    }

    #[test]
    fn length_and_comparisons_keep_their_shape() {
        let body: hcl_edit::structure::Body = "x = length(aws_subnet.main) > 0\n".parse().unwrap();
        let v = config_expr(&body.get_attribute("x").unwrap().value);
        assert_eq!(
            v.to_json(),
            r#"{"references":["aws_subnet.main"],"tfaudit_operator":[">",{"references":["aws_subnet.main"],"tfaudit_operator":["length",{"references":["aws_subnet.main"]}]},{"constant_value":0}]}"#
        );
    }

    #[test]
    fn literals_are_constant_values() {
        let body: hcl_edit::structure::Body =
            "x = { b = [1, true, \"s\"], a = null }\n".parse().unwrap();
        let v = config_expr(&body.get_attribute("x").unwrap().value);
        assert_eq!(
            v.to_json(),
            r#"{"constant_value":{"a":null,"b":[1,true,"s"]}}"#
        );
    }

    fn expr_in(src: &str, dir: &Path) -> String {
        let body: hcl_edit::structure::Body = format!("x = {src}\n").parse().unwrap();
        let files = Templates::default();
        let ctx = Ctx {
            module_dir: dir,
            root_dir: Path::new("/nonexistent"),
            files: &files,
        };
        config_expr_in(&body.get_attribute("x").unwrap().value, &ctx).to_json()
    }

    #[test]
    fn string_templates_keep_their_parts_and_references() {
        assert_eq!(
            expr_in(
                r#""arn:${var.p}:s3:::${aws_s3_bucket.b.id}/*""#,
                Path::new(".")
            ),
            r#"{"references":["aws_s3_bucket.b","aws_s3_bucket.b.id","var.p"],"tfaudit_template":[{"constant_value":"arn:"},{"references":["var.p"]},{"constant_value":":s3:::"},{"references":["aws_s3_bucket.b","aws_s3_bucket.b.id"]},{"constant_value":"/*"}]}"#
        );
        // A directive: references only, as the plan lists them.
        assert_eq!(
            expr_in(r#""%{if var.on}a%{endif}""#, Path::new(".")),
            r#"{"computed":true,"references":["var.on"]}"#
        );
    }

    #[test]
    fn heredoc_json_is_a_document_with_template_leaves() {
        let src = "<<EOF\n{\"Action\": \"s3:*\", \"Resource\": \"${aws_s3_bucket.b.arn}/*\", \"N\": 1}\nEOF";
        assert_eq!(
            expr_in(src, Path::new(".")),
            r#"{"references":["aws_s3_bucket.b","aws_s3_bucket.b.arn"],"tfaudit_json":{"tfaudit_object":{"Action":{"constant_value":"s3:*"},"N":{"constant_value":1},"Resource":{"references":["aws_s3_bucket.b","aws_s3_bucket.b.arn"],"tfaudit_template":[{"references":["aws_s3_bucket.b","aws_s3_bucket.b.arn"]},{"constant_value":"/*"}]}}}}"#
        );
        // Without interpolations: the text itself.
        assert_eq!(
            expr_in("<<-EOT\n  #!/bin/sh\n  echo hi\n  EOT", Path::new(".")),
            r##"{"constant_value":"#!/bin/sh\necho hi\n"}"##
        );
        // An interpolation outside a string: not a document of known shape.
        let bare = "<<EOF\n{\"Resource\": ${var.r}}\nEOF";
        assert_eq!(
            expr_in(bare, Path::new(".")),
            r#"{"references":["var.r"],"tfaudit_template":[{"constant_value":"{\"Resource\": "},{"references":["var.r"]},{"constant_value":"}\n"}]}"#
        );
    }

    #[test]
    fn templatefile_reads_the_template_beside_the_module() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/source/templatefile");
        let v = expr_in(
            r#"templatefile("${path.module}/policies/trust.tpl", { service = var.s })"#,
            &dir,
        );
        assert!(v.starts_with(r#"{"references":["var.s"],"tfaudit_json":{"tfaudit_object":{"Statement":{"tfaudit_tuple":[{"tfaudit_object":{"#), "{v}");
        assert!(v.contains(r#""Principal":{"tfaudit_object":{"Service":{"references":["var.s"],"tfaudit_template":[{"references":["var.s"]}]}}}"#), "{v}");
        // A missing file, a name that is not a var, a directive: the call's references.
        for src in [
            r#"templatefile("${path.module}/policies/missing.tpl", { s = var.s })"#,
            r#"templatefile("${path.module}/policies/trust.tpl", { other = var.s })"#,
            r#"templatefile("${path.module}/policies/directive.tpl", { arns = var.s })"#,
            r#"templatefile(local.file, { service = var.s })"#,
        ] {
            let v = expr_in(src, &dir);
            assert!(
                v.starts_with(r#"{"computed":true,"references":"#),
                "{src}: {v}"
            );
            assert!(!v.contains("tfaudit_json"), "{src}: {v}");
        }
    }

    #[test]
    fn object_and_tuple_constructors_keep_their_members() {
        assert_eq!(
            expr_in(r#"{ a = aws_x.y.arn, "b" = "lit" }"#, Path::new(".")),
            r#"{"references":["aws_x.y","aws_x.y.arn"],"tfaudit_members":{"a":{"references":["aws_x.y","aws_x.y.arn"]},"b":{"constant_value":"lit"}}}"#
        );
        assert_eq!(
            expr_in("[var.a, 1]", Path::new(".")),
            r#"{"references":["var.a"],"tfaudit_items":[{"references":["var.a"]},{"constant_value":1}]}"#
        );
        // A `for` that filters a map on a condition of neither its key nor its value.
        assert_eq!(
            expr_in("{ for k, v in var.m : k => v if var.on }", Path::new(".")),
            r#"{"references":["var.m","var.on"],"tfaudit_filter":[{"references":["var.m"]},{"references":["var.on"]}]}"#
        );
        // A condition of the value: a `for` expression (see below).
        assert_eq!(
            expr_in("{ for k, v in var.m : k => v if v.on }", Path::new(".")),
            r#"{"references":["var.m"],"tfaudit_for":["{","k","v",{"references":["var.m"]},{"references":["~k"]},{"references":["~v"]},{"references":["~v","~v.on"]}]}"#
        );
        // A computed key: the object's references only.
        assert_eq!(
            expr_in("{ (var.k) = var.v }", Path::new(".")),
            r#"{"computed":true,"references":["var.k","var.v"]}"#
        );
    }

    #[test]
    fn for_expressions_keep_their_bodies_with_bound_names() {
        let dot = Path::new(".");
        // The node lists the plan's references; inside, the bound names are `~` references.
        assert_eq!(
            expr_in(
                r#"[for a in var.accounts : "arn:aws:iam::${a}:root" if a != ""]"#,
                dot
            ),
            r#"{"references":["var.accounts"],"tfaudit_for":["[",null,"a",{"references":["var.accounts"]},null,{"references":["~a"],"tfaudit_template":[{"constant_value":"arn:aws:iam::"},{"references":["~a"]},{"constant_value":":root"}]},{"references":["~a"],"tfaudit_operator":["!=",{"references":["~a"]},{"constant_value":""}]}]}"#
        );
        assert_eq!(
            expr_in("{ for k, v in local.m : upper(k) => v.arn }", dot),
            r#"{"references":["local.m"],"tfaudit_for":["{","k","v",{"references":["local.m"]},{"computed":true,"references":["~k"],"tfaudit_call":"upper"},{"references":["~v","~v.arn"]},null]}"#
        );
        // A name bound outside (a dynamic block's iterator, an enclosing for) stays bound; a
        // splat or a computed index of one is a reference that cannot be followed.
        let v = with_bound(&["statement"], || {
            expr_in(
                "[for sa in statement.value.accounts : sa[*].id if var.on]",
                dot,
            )
        });
        assert_eq!(
            v,
            r#"{"references":["var.on","~statement","~statement.value.accounts"],"tfaudit_for":["[",null,"sa",{"references":["~statement","~statement.value.accounts"]},null,{"computed":true,"references":["~sa","~sa[*]"]},{"references":["var.on"]}]}"#
        );
        assert_eq!(
            refs("statement.value.arn"),
            ["statement.value", "statement.value.arn"]
        );
        // Grouping is not converted.
        assert_eq!(
            expr_in("{ for k, v in var.m : v => k... }", dot),
            r#"{"computed":true,"references":["var.m"]}"#
        );
    }

    #[test]
    fn interpolated_keys_of_a_template_document_are_entries() {
        let src = "<<EOF\n{\"Principal\": {\"${var.kind}\": \"${var.who}\"}}\nEOF";
        assert_eq!(
            expr_in(src, Path::new(".")),
            r#"{"references":["var.kind","var.who"],"tfaudit_json":{"tfaudit_object":{"Principal":{"tfaudit_entries":[[{"references":["var.kind"],"tfaudit_template":[{"references":["var.kind"]}]},{"references":["var.who"],"tfaudit_template":[{"references":["var.who"]}]}]]}}}}"#
        );
    }

    #[test]
    fn functions_over_decidable_arguments_keep_their_shape() {
        let dot = Path::new(".");
        assert_eq!(
            expr_in("element(aws_rt.p[*].id, var.one ? 0 : count.index)", dot),
            r#"{"references":["aws_rt.p","count.index","var.one"],"tfaudit_element":[{"references":["aws_rt.p"],"tfaudit_splat":["aws_rt.p",".id"]},{"references":["count.index","var.one"],"tfaudit_conditional":[{"references":["var.one"]},{"constant_value":0},{"references":["count.index"],"tfaudit_count_index":true}]}]}"#
        );
        assert_eq!(
            expr_in("element(local.ips, 1)", dot),
            r#"{"references":["local.ips"],"tfaudit_element":[{"references":["local.ips"]},{"constant_value":1}]}"#
        );
        // A splat anywhere keeps its block and attribute (element of a local holding it).
        assert_eq!(
            expr_in("data.aws_x.y.*.arn", dot),
            r#"{"references":["data.aws_x.y"],"tfaudit_splat":["data.aws_x.y",".arn"]}"#
        );
        assert_eq!(
            expr_in("try(aws_vpc.a[0].id, var.v)", dot),
            r#"{"references":["aws_vpc.a","aws_vpc.a[0].id","var.v"],"tfaudit_try":[{"references":["aws_vpc.a","aws_vpc.a[0].id"]},{"references":["var.v"]}]}"#
        );
        assert_eq!(
            expr_in("concat([aws_sg.a.id], var.extra)", dot),
            r#"{"references":["aws_sg.a","aws_sg.a.id","var.extra"],"tfaudit_concat":[{"references":["aws_sg.a","aws_sg.a.id"]},{"references":["var.extra"]}]}"#
        );
        assert_eq!(
            expr_in(r#"compact([var.a ? data.d.x.json : "", var.p])"#, dot),
            r#"{"references":["data.d.x","data.d.x.json","var.a","var.p"],"tfaudit_compact":[{"references":["data.d.x","data.d.x.json","var.a"],"tfaudit_conditional":[{"references":["var.a"]},{"references":["data.d.x","data.d.x.json"]},{"constant_value":""}]},{"references":["var.p"]}]}"#
        );
        // Arguments whose value is not their references' (a function, a template, arithmetic):
        // the call's references, as the plan lists them.
        for src in [
            "coalesce(lower(var.a), var.b)",
            r#"try("${var.a}-x", "")"#,
            "element(aws_rt.p[*].id, count.index + 1)",
            "element(reverse(aws_rt.p[*].id), 0)",
            "concat(var.a, [for x in var.b : x])",
            "compact(var.list)",
        ] {
            let v = expr_in(src, dot);
            // (A function tfaudit does not evaluate is named beside them.)
            let shape = v.replace(r#","tfaudit_call":"#, "");
            assert!(
                v.starts_with(r#"{"computed":true,"references":"#) && !shape.contains("tfaudit_"),
                "{src}: {v}"
            );
        }
    }
    #[test]
    fn collection_functions_keep_their_shape() {
        let dot = Path::new(".");
        assert_eq!(
            expr_in(r#"lookup(var.m, "k", null)"#, dot),
            r#"{"references":["var.m"],"tfaudit_lookup":[{"references":["var.m"]},{"constant_value":"k"},{"constant_value":null}]}"#
        );
        assert_eq!(
            expr_in(r#"lookup({ a = aws_x.y.id }, var.k)"#, dot),
            r#"{"references":["aws_x.y","aws_x.y.id","var.k"],"tfaudit_lookup":[{"references":["aws_x.y","aws_x.y.id"],"tfaudit_members":{"a":{"references":["aws_x.y","aws_x.y.id"]}}},{"references":["var.k"]}]}"#
        );
        assert_eq!(
            expr_in(
                r#"merge({ Name = var.n }, var.tags, merge(local.a, {}))"#,
                dot
            ),
            r#"{"references":["local.a","var.n","var.tags"],"tfaudit_merge":[{"references":["var.n"],"tfaudit_members":{"Name":{"references":["var.n"]}}},{"references":["var.tags"]},{"references":["local.a"],"tfaudit_merge":[{"references":["local.a"]},{"constant_value":{}}]}]}"#
        );
        assert_eq!(
            expr_in("one(aws_x.y[*].arn)", dot),
            r#"{"references":["aws_x.y"],"tfaudit_one":[{"references":["aws_x.y"],"tfaudit_splat":["aws_x.y",".arn"]}]}"#
        );
        assert_eq!(
            expr_in("toset([var.a, \"b\"])", dot),
            r#"{"references":["var.a"],"tfaudit_toset":[{"references":["var.a"],"tfaudit_items":[{"references":["var.a"]},{"constant_value":"b"}]}]}"#
        );
        assert_eq!(
            expr_in("tolist(concat(var.a, [aws_x.y.id]))", dot),
            r#"{"references":["aws_x.y","aws_x.y.id","var.a"],"tfaudit_tolist":[{"references":["aws_x.y","aws_x.y.id","var.a"],"tfaudit_concat":[{"references":["var.a"]},{"references":["aws_x.y","aws_x.y.id"]}]}]}"#
        );
        // Nested list constructors are flattened; splats and references are parts.
        assert_eq!(
            expr_in("flatten([module.v.a, [aws_x.y[*].id, []]])", dot),
            r#"{"references":["aws_x.y","module.v","module.v.a"],"tfaudit_flatten":[{"references":["module.v","module.v.a"]},{"references":["aws_x.y"],"tfaudit_splat":["aws_x.y",".id"]},{"constant_value":[]}]}"#
        );
        // An attribute of a value the model evaluates: its node and the steps.
        assert_eq!(
            expr_in(r#"merge(var.a, { k = aws_x.y.id }).k[0]"#, dot),
            r#"{"references":["aws_x.y","aws_x.y.id","var.a"],"tfaudit_get":[{"references":["aws_x.y","aws_x.y.id","var.a"],"tfaudit_merge":[{"references":["var.a"]},{"references":["aws_x.y","aws_x.y.id"],"tfaudit_members":{"k":{"references":["aws_x.y","aws_x.y.id"]}}}]},"k",0]}"#
        );
        assert_eq!(
            expr_in("lower(var.a).b", dot),
            r#"{"computed":true,"references":["var.a"]}"#
        );
        // Arguments whose value is not their references': the call's references.
        for src in [
            r#"lookup(var.m, lower(var.k), null)"#,
            r#"lookup({ for k, v in var.m : "x-${k}" => v }, "k", null)"#,
            r#"lookup(var.m, "k", "${var.d}-x")"#,
            "merge(var.a, { (var.k) = 1 })",
            "merge(var.a, jsondecode(var.b))",
            "one([for x in var.l : x])",
            "toset(split(\",\", var.s))",
            "flatten([for x in var.l : x.ids])",
            "lookup(var.m)",
            "merge(var.maps...)",
        ] {
            let v = expr_in(src, dot);
            assert!(
                v.starts_with(r#"{"computed":true,"references":"#)
                    && !v.replace(r#","tfaudit_call":"#, "").contains("tfaudit_"),
                "{src}: {v}"
            );
        }
    }
}
