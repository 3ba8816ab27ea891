//! IAM policy documents as rules need them: statements, effects, actions and principals, from
//! JSON text where Action, Resource and Principal values may be a string or a list.

use crate::model::{json, Val};
use crate::model::{Eff, Leaf, Mode, ResId, Resource, Stack};
use crate::source::expr::{
    COMPACT, CONDITIONAL, ITEMS, JSON, JSON_ENTRIES, JSON_OBJECT, JSON_TUPLE, TEMPLATE,
};

#[derive(Clone)]
pub struct Statement {
    pub allow: bool,
    pub actions: Vec<String>,
    /// `NotAction`: an Allow with it grants everything else.
    pub not_actions: Vec<String>,
    pub resources: Vec<String>,
    /// Some `Resource` entries are other resources' ARNs (or paths under them), known only at
    /// apply: not in `resources`.
    pub resource_refs: bool,
    pub not_resources: Vec<String>,
    /// Condition operator, key and values, e.g. (`Bool`, `aws:SecureTransport`, [`false`]).
    pub conditions: Vec<(String, String, Vec<String>)>,
    /// Principal type (`Service`, `AWS`, `Federated`, or `*`) and value.
    pub principals: Vec<(String, String)>,
    /// `NotPrincipal`: an Allow with it grants every principal but these.
    pub not_principals: Vec<(String, String)>,
    /// Fields known only after apply (`effect`, `actions`, `resources`, `principals`,
    /// `conditions`), in a statement read from a document data source the plan could not read.
    pub unknown: Vec<&'static str>,
    /// When `principals` is unknown: the principal types whose identifiers are (`Federated`,
    /// `Service`, `AWS`, `*`), or `?` when a type itself is unknown or the block is a
    /// `not_principals`.
    pub open_principal_kinds: Vec<String>,
}

impl Statement {
    /// Wildcard patterns written another way, as the rules read them: an action pattern that
    /// matches every action name (`iam:?*`, `s3:**`, `?*`) is `iam:*`, `s3:*` or `*`; a resource
    /// ARN whose service, region, account and resource are all wildcards (`arn:aws:*:*:*:*`)
    /// is `*`. Otherwise a rule looking for `iam:*` or `"*"` would miss what grants the same.
    fn normalised(mut self) -> Statement {
        for a in self.actions.iter_mut().chain(self.not_actions.iter_mut()) {
            if let Some(n) = any_action(a) {
                *a = n;
            }
        }
        for r in self
            .resources
            .iter_mut()
            .chain(self.not_resources.iter_mut())
        {
            if any_resource(r) {
                *r = "*".to_string();
            }
        }
        self
    }

    /// Whether `field` is known only after apply.
    pub fn is_open(&self, field: &str) -> bool {
        self.unknown.contains(&field)
    }

    /// The actions kept by `keep`, and `NotAction` (which grants everything else) when set.
    pub fn actions_where(&self, keep: impl Fn(&str) -> bool) -> Vec<String> {
        self.actions
            .iter()
            .filter(|a| keep(a))
            .cloned()
            .chain(
                (!self.not_actions.is_empty())
                    .then(|| format!("NotAction {}", self.not_actions.join(", "))),
            )
            .collect()
    }
}

/// Made of `*` and `?` only, with a `*`: matches every non-empty name.
pub(crate) fn matches_any(p: &str) -> bool {
    p.contains('*') && p.chars().all(|c| c == '*' || c == '?')
}

/// The plain form of an action pattern that matches every action (of a service): `*`,
/// `svc:*`; None for any other.
fn any_action(a: &str) -> Option<String> {
    match a.split_once(':') {
        None if matches_any(a) && a != "*" => Some("*".to_string()),
        Some((svc, act)) if matches_any(act) => {
            let plain = if matches_any(svc) {
                "*".to_string()
            } else {
                format!("{svc}:*")
            };
            (plain != a).then_some(plain)
        }
        _ => None,
    }
}

/// Whether a resource pattern matches every resource: wildcards only, or an ARN whose every
/// part after the partition is (`arn:aws:*:*:*:*`).
fn any_resource(r: &str) -> bool {
    if r == "*" {
        return false;
    }
    if matches_any(r) {
        return true;
    }
    // `arn:*`, `arn:aws:*`: `*` matches `:` too.
    if let Some(at) = r.find(['*', '?']) {
        let (written, rest) = r.split_at(at);
        if matches_any(rest)
            && written.starts_with("arn:")
            && written.ends_with(':')
            && written.matches(':').count() <= 2
        {
            return true;
        }
    }
    let parts: Vec<&str> = r.splitn(6, ':').collect();
    parts.len() == 6 && parts[0] == "arn" && parts[2..].iter().all(|p| matches_any(p))
}

/// Parse a policy document; None when the text is not a JSON policy.
pub fn parse(text: &str) -> Option<Vec<Statement>> {
    let doc = json::parse(text).ok()?;
    let statements: Vec<&Val> = match doc.get("Statement")? {
        Val::Arr(items) => items.iter().collect(),
        s @ Val::Obj(_) => vec![s],
        _ => return None,
    };
    Some(
        statements
            .into_iter()
            .map(|s| Statement {
                allow: s.get("Effect").and_then(Val::as_str) == Some("Allow"),
                actions: strings(s, "Action"),
                not_actions: strings(s, "NotAction"),
                resources: strings(s, "Resource"),
                resource_refs: false,
                not_resources: strings(s, "NotResource"),
                conditions: conditions(s.get("Condition")),
                principals: principals(s.get("Principal")),
                not_principals: principals(s.get("NotPrincipal")),
                unknown: Vec::new(),
                open_principal_kinds: Vec::new(),
            })
            .map(Statement::normalised)
            .collect(),
    )
}

fn principals(p: Option<&Val>) -> Vec<(String, String)> {
    match p {
        Some(Val::Str(p)) => vec![("*".to_string(), p.to_string())],
        Some(Val::Obj(members)) => members
            .iter()
            .flat_map(|(k, v)| {
                v.strings()
                    .into_iter()
                    .map(move |p| (k.to_string(), p.to_string()))
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn strings(statement: &Val, key: &str) -> Vec<String> {
    statement
        .get(key)
        .map(Val::strings)
        .unwrap_or_default()
        .iter()
        .map(|a| a.to_string())
        .collect()
}

fn conditions(c: Option<&Val>) -> Vec<(String, String, Vec<String>)> {
    let mut out = Vec::new();
    for (op, keys) in c.and_then(Val::as_object).unwrap_or(&[]) {
        for (key, v) in keys.as_object().unwrap_or(&[]) {
            let values = match v {
                Val::Arr(items) => items.iter().map(scalar).collect(),
                other => vec![scalar(other)],
            };
            out.push((op.to_string(), key.to_string(), values));
        }
    }
    out
}

/// Condition values are strings, but booleans are accepted unquoted.
fn scalar(v: &Val) -> String {
    match v {
        Val::Str(s) => s.to_string(),
        Val::Bool(b) => b.to_string(),
        other => other.to_json(),
    }
}

impl Statement {
    /// Whether the statement has condition `op` on `key` (case-insensitive) with `value`.
    pub fn has_condition(&self, op: &str, key: &str, value: Option<&str>) -> bool {
        self.conditions.iter().any(|(o, k, vs)| {
            o.eq_ignore_ascii_case(op)
                && k.eq_ignore_ascii_case(key)
                && value.is_none_or(|v| vs.iter().any(|x| x.eq_ignore_ascii_case(v)))
        })
    }
}

/// Whether an IAM action pattern (`*` and `?` wildcards, case-insensitive) matches `action`.
pub fn action_matches(pattern: &str, action: &str) -> bool {
    crate::rules::iam_actions::glob_match(pattern, action)
}

/// Whether some Allow statement allows `action` (no Deny is weighed: a lower bound): by
/// `Action`, or by a `NotAction` that does not name it (everything else is allowed).
pub fn allows(statements: &[Statement], action: &str) -> bool {
    statements.iter().any(|s| {
        s.allow
            && !s.is_open("effect")
            && (s.actions.iter().any(|p| action_matches(p, action))
                || (!s.not_actions.is_empty()
                    && !s.is_open("actions")
                    && !s.not_actions.iter().any(|p| action_matches(p, action))))
    })
}

/// Whether some Allow statement lets `service` assume the role (sts:AssumeRole).
pub fn trusts_service(statements: &[Statement], service: &str) -> bool {
    statements.iter().any(|s| {
        s.allow
            && !s.is_open("effect")
            && s.actions
                .iter()
                .any(|a| matches!(a.as_str(), "sts:AssumeRole" | "sts:*" | "*"))
            && s.principals
                .iter()
                .any(|(kind, p)| (kind == "Service" && p == service) || p == "*")
    })
}

/// The policy text of attribute `path` of `r`: a known string, or the `json` of an
/// `aws_iam_policy_document` data source it references. Err says why it is unknown.
pub fn text<'p>(stack: &Stack<'p>, r: &Resource<'p>, path: &str) -> Result<Option<String>, String> {
    text_of(stack, stack.eff(r, path))
}

/// The `aws_iam_policy_document` data sources among `ids`.
fn documents_among<'s, 'p>(stack: &'s Stack<'p>, ids: &[ResId]) -> Vec<&'s Resource<'p>> {
    ids.iter()
        .map(|&i| &stack.resources[i])
        .filter(|d| d.mode == Mode::Data && d.rtype == "aws_iam_policy_document")
        .collect()
}

/// `text` from an effective value already computed.
fn text_of<'p>(stack: &Stack<'p>, e: Eff<'p>) -> Result<Option<String>, String> {
    match e {
        Eff::Known(Val::Str(s)) => Ok(Some(s.to_string())),
        Eff::Known(_) | Eff::NotSet => Ok(None),
        Eff::FromResources { ids, reference } => {
            let docs: Vec<&str> = documents_among(stack, &ids)
                .into_iter()
                .filter_map(|d| d.values.get("json").and_then(Val::as_str))
                .collect();
            match docs.as_slice() {
                [one] => Ok(Some(one.to_string())),
                _ => Err(format!("unknown until apply: comes from {reference}")),
            }
        }
        Eff::Unresolved(why) => Err(format!("unknown until apply: {why}")),
    }
}

/// A policy's statements: parsed from the attribute's text, or — when that text is unknown
/// because it is the `json` of an `aws_iam_policy_document` Terraform reads only at apply — built
/// from the document's own statement blocks, with what is still unknown marked. Ok(None): no
/// policy; Err: unknown, with why.
pub fn statements<'p>(
    stack: &Stack<'p>,
    r: &Resource<'p>,
    path: &str,
) -> std::sync::Arc<Result<Option<Vec<Statement>>, String>> {
    // Read by some 30 rules alike: once.
    stack.shared("policy statements", r, path, || {
        statements_read(stack, r, path)
    })
}

fn statements_read<'p>(
    stack: &Stack<'p>,
    r: &Resource<'p>,
    path: &str,
) -> Result<Option<Vec<Statement>>, String> {
    match statements_of(stack, stack.eff(r, path)) {
        // Built with `jsonencode` in the source: its statements, unknown only where they
        // depend on a value known at apply.
        Err(why) => match stack.source_expr(r, path).and_then(|e| e.get(JSON)) {
            Some(node) => from_json(stack, r, node).map(Some).ok_or(why),
            None => Err(why),
        },
        known => known,
    }
}

/// What an expression of a `jsonencode` document gives: known strings, whether it is
/// (also) another resource's attribute (an ARN or ID of the plan), and whether some of it is
/// unknown.
struct Part {
    strings: Vec<String>,
    resource: bool,
    open: bool,
}

fn part<'p>(stack: &Stack<'p>, r: &Resource<'p>, node: &'p Val<'p>) -> Part {
    let mut p = Part {
        strings: Vec::new(),
        resource: false,
        open: false,
    };
    if let Some(v) = node.get("constant_value") {
        p.strings = v.strings().iter().map(|s| s.to_string()).collect();
        p.open = !matches!(v, Val::Str(_) | Val::Arr(_));
        return p;
    }
    if let Some(Val::Arr(items)) = node.get(JSON_TUPLE) {
        for item in items.iter() {
            let q = part(stack, r, item);
            p.strings.extend(q.strings);
            p.resource |= q.resource;
            p.open |= q.open;
        }
        return p;
    }
    if node.get(JSON_OBJECT).is_some() {
        p.open = true;
        return p;
    }
    if let Some(Val::Arr(parts)) = node.get(TEMPLATE) {
        template(stack, r, parts, &mut p);
        return p;
    }
    for l in stack.resolve_from(r, node) {
        match l.leaf {
            Leaf::Value(v, _) => match v {
                Val::Str(_) | Val::Arr(_) => {
                    p.strings.extend(v.strings().iter().map(|s| s.to_string()))
                }
                _ => p.open = true,
            },
            Leaf::Resource { unsure: None, .. } => p.resource = true,
            _ => p.open = true,
        }
    }
    p
}

/// A string template: the string when every part is known; another resource's ARN, or a path
/// under it, when that is the part known only at apply; else unknown.
/// Attributes that identify a resource (AWS allows no `*` in any of them): an ARN built from
/// one known only at apply still names that resource.
const IDENTIFIERS: &[&str] = &[
    "account_id",
    "arn",
    "bucket",
    "function_name",
    "id",
    "key_id",
    "name",
    "partition",
    "region",
];

fn template<'p>(stack: &Stack<'p>, r: &Resource<'p>, parts: &'p [Val<'p>], p: &mut Part) {
    let mut text = String::new();
    let mut resource = false;
    // The literal text before the first attribute known only at apply.
    let mut before_unknown: Option<usize> = None;
    for part in parts {
        if let Some(Val::Str(s)) = part.get("constant_value") {
            text.push_str(s);
            continue;
        }
        let leaves = stack.resolve_from(r, part);
        let value = match &leaves[..] {
            [l] => match &l.leaf {
                // A sensitive value is not written into a statement (messages show them).
                Leaf::Value(_, true) => None,
                Leaf::Value(v, false) => Some(*v),
                Leaf::Resource {
                    ids,
                    attr,
                    unsure: None,
                    ..
                } => {
                    let known = match ids[..] {
                        [id] => known_attr(stack, id, attr),
                        _ => None,
                    };
                    if known.is_none() {
                        // Only an identifier names the resource: an attribute such as an SSM
                        // parameter's value could hold anything, `*` included.
                        if !attr
                            .last()
                            .is_some_and(|a| IDENTIFIERS.contains(&a.as_str()))
                        {
                            p.open = true;
                            return;
                        }
                        resource = true;
                        before_unknown.get_or_insert(text.len());
                        continue;
                    }
                    known
                }
                _ => None,
            },
            _ => None,
        };
        match value.and_then(scalar_text) {
            // Interpolated raw into the JSON text: a quote or backslash would change it.
            Some(s) if !s.contains(['"', '\\']) && !s.contains(char::is_control) => {
                text.push_str(&s)
            }
            _ => {
                p.open = true;
                return;
            }
        }
    }
    // `"${aws_s3_bucket.b.arn}"`, `"${aws_s3_bucket.b.arn}/*"`, `"${aws_kms_key.k.arn}:*"`:
    // another resource's ARN, or a path under it, names that resource (or its objects).
    // Other literals before an attribute known at apply (`"arn:aws:${...}"`): whether the
    // string is well formed, or a wildcard, depends on the attribute's text.
    let literal = |x: &Val| {
        x.get("constant_value")
            .and_then(Val::as_str)
            .map(str::to_string)
    };
    let under_arn = match parts {
        [_] => true,
        [first, rest @ ..] => {
            literal(first).is_none()
                && rest.len() == 1
                && literal(&rest[0]).is_some_and(|s| s.starts_with(['/', ':']))
        }
        [] => false,
    };
    // `"arn:${partition}:s3:::${aws_s3_bucket.b.id}/*"`: the ARN's partition, service, region
    // and account are written, and only the resource part is another resource's attribute —
    // an identifier of the plan, which names that resource and is never a wildcard.
    let qualified = before_unknown.is_some_and(|at| {
        let prefix = &text[..at];
        prefix.starts_with("arn:") && prefix.matches(':').count() >= 5 && !prefix.contains('*')
    });
    match (resource, under_arn || qualified) {
        (false, _) => p.strings.push(text),
        (true, true) => p.resource = true,
        (true, false) => p.open = true,
    }
}

/// The known value of attribute `attr` of resource `id`, when the plan knows it.
fn known_attr<'p>(stack: &Stack<'p>, id: ResId, attr: &[String]) -> Option<&'p Val<'p>> {
    let res = &stack.resources[id];
    let path = attr.join(".");
    if path.is_empty()
        || crate::model::value::masked(res.unknown, &path)
        || stack.is_sensitive(res, &path)
    {
        return None;
    }
    crate::model::value::lookup(res.values, &path)
}

/// A scalar as a template writes it; None for what Terraform does not interpolate (null,
/// lists, objects) and numbers whose text tfaudit would have to guess.
fn scalar_text(v: &Val) -> Option<String> {
    match v {
        Val::Str(s) => Some(s.to_string()),
        Val::Bool(b) => Some(b.to_string()),
        Val::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(format!("{}", *n as i64)),
        _ => None,
    }
}

/// The members of a `jsonencode` object node (or of a constant object).
fn members<'p>(node: &'p Val<'p>) -> Option<Vec<(String, &'p Val<'p>)>> {
    match (node.get(JSON_OBJECT), node.get("constant_value")) {
        (Some(Val::Obj(m)), _) => Some(m.iter().map(|(k, v)| (k.to_string(), v)).collect()),
        (_, Some(Val::Obj(_))) => None,
        _ => None,
    }
}

/// The members of an object whose keys are interpolated, when every key is one known string.
fn entries<'p>(
    stack: &Stack<'p>,
    r: &Resource<'p>,
    node: &'p Val<'p>,
) -> Option<Vec<(String, &'p Val<'p>)>> {
    let Some(Val::Arr(pairs)) = node.get(JSON_ENTRIES) else {
        return None;
    };
    let mut out: Vec<(String, &Val)> = Vec::new();
    for pair in pairs.iter() {
        let [key, value] = pair.as_array()? else {
            return None;
        };
        let k = part(stack, r, key);
        match k.strings.as_slice() {
            [one] if !k.open && !k.resource => out.push((one.clone(), value)),
            _ => return None,
        }
    }
    // Two keys that turn out the same: JSON keeps one of them, which is not to be guessed.
    let mut keys: Vec<&str> = out.iter().map(|(k, _)| k.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    (keys.len() == out.len()).then_some(out)
}

/// The statements of a policy document written `jsonencode({...})` in the source.
fn from_json<'p>(stack: &Stack<'p>, r: &Resource<'p>, node: &'p Val<'p>) -> Option<Vec<Statement>> {
    if let Some(Val::Obj(_)) = node.get("constant_value") {
        return parse(&node.get("constant_value")?.to_json());
    }
    let doc = members(node)?;
    let list = doc.iter().find(|(k, _)| k == "Statement")?.1;
    let nodes: Vec<&Val> = match (list.get(JSON_TUPLE), list.get(JSON_OBJECT)) {
        (Some(Val::Arr(items)), _) => items.iter().collect(),
        (_, Some(_)) => vec![list],
        _ => return None,
    };
    let mut out = Vec::new();
    for n in nodes {
        if let Some(Val::Obj(_)) = n.get("constant_value") {
            let text = format!(
                r#"{{"Statement":[{}]}}"#,
                n.get("constant_value")?.to_json()
            );
            out.extend(parse(&text)?);
            continue;
        }
        let fields = members(n)?;
        let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| *v);
        let mut unknown = Vec::new();
        let mut resource_refs = false;
        let mut text = |name: &str, what: &'static str, resource_ok: bool| -> Vec<String> {
            match field(name) {
                None => Vec::new(),
                Some(v) => {
                    let p = part(stack, r, v);
                    if p.open || (p.resource && !resource_ok) {
                        unknown.push(what);
                    }
                    resource_refs |= p.resource && name == "Resource";
                    p.strings
                }
            }
        };
        let effect = text("Effect", "effect", false);
        let actions = text("Action", "actions", false);
        let not_actions = text("NotAction", "actions", false);
        let resources = text("Resource", "resources", true);
        let not_resources = text("NotResource", "resources", true);
        let mut open_principal_kinds = Vec::new();
        let mut who = |name: &str, unknown: &mut Vec<&'static str>| -> Vec<(String, String)> {
            let Some(v) = field(name) else {
                return Vec::new();
            };
            if let Some(c) = v.get("constant_value") {
                return principals(Some(c));
            }
            let Some(kinds) = members(v).or_else(|| entries(stack, r, v)) else {
                unknown.push("principals");
                open_principal_kinds.push("?".to_string());
                return Vec::new();
            };
            let mut out = Vec::new();
            for (kind, ids) in kinds {
                let p = part(stack, r, ids);
                if p.open {
                    unknown.push("principals");
                    open_principal_kinds.push(kind.clone());
                }
                out.extend(p.strings.into_iter().map(|s| (kind.clone(), s)));
            }
            out
        };
        let principals = who("Principal", &mut unknown);
        let not_principals = who("NotPrincipal", &mut unknown);
        let mut conditions = Vec::new();
        match field("Condition") {
            None => {}
            Some(c) if c.get("constant_value").is_some() => {
                conditions = self::conditions(c.get("constant_value"));
            }
            Some(c) => match members(c) {
                Some(ops) => {
                    for (op, keys) in ops {
                        // A literal map of keys; any other expression is a map tfaudit does
                        // not see: the statement's conditions are not known.
                        let keys = match (members(keys), keys.get("constant_value")) {
                            (Some(keys), _) => keys,
                            (None, Some(m @ Val::Obj(_))) => {
                                let one = Val::Obj([(op.as_str().into(), m.clone())].into());
                                conditions.extend(self::conditions(Some(&one)));
                                continue;
                            }
                            _ => {
                                unknown.push("conditions");
                                continue;
                            }
                        };
                        for (key, values) in keys {
                            let p = part(stack, r, values);
                            if p.open {
                                unknown.push("conditions");
                            }
                            let mut vs = p.strings;
                            // Another resource's attribute names one resource: it restricts.
                            if p.resource {
                                vs.push("(a resource of the plan)".to_string());
                            }
                            conditions.push((op.clone(), key, vs));
                        }
                    }
                }
                None => unknown.push("conditions"),
            },
        }
        unknown.sort_unstable();
        unknown.dedup();
        out.push(
            Statement {
                allow: effect.first().is_none_or(|e| e == "Allow"),
                actions,
                not_actions,
                resources,
                resource_refs,
                not_resources,
                conditions,
                principals,
                not_principals,
                unknown,
                open_principal_kinds,
            }
            .normalised(),
        );
    }
    Some(out)
}

/// The statements of the documents a `source_policy_documents` known only at apply merges,
/// when the source writes it `compact([...])` of decidable elements (a `for` or another
/// function could drop some): each a known JSON text, or another document's `json`.
fn source_documents<'p>(
    stack: &Stack<'p>,
    d: &Resource<'p>,
    depth: usize,
    sids: &mut Vec<String>,
) -> Option<Vec<Statement>> {
    let path = "source_policy_documents";
    let node = stack.source_expr(d, path)?;
    // A list the source writes: compact([...]) of decidable elements, a list constructor, or
    // a conditional between such (not a `for` or a function that could drop some).
    fn listed(node: &Val, depth: usize) -> bool {
        match (node.get(COMPACT), node.get(ITEMS), node.get(CONDITIONAL)) {
            (Some(_), _, _) | (_, Some(_), _) => true,
            (_, _, Some(Val::Arr(parts))) if depth < 8 => {
                matches!(&parts[..], [_, a, b] if listed(a, depth + 1) && listed(b, depth + 1))
            }
            _ => false,
        }
    }
    let leaves = match (node.get(COMPACT), node.get(ITEMS)) {
        // The source's node itself (`leaves_at` takes a conditional's node for no expression).
        (None, None) if listed(node, 0) => stack.resolve_from(d, node),
        (Some(_), _) => stack.resolve_from(d, node),
        // `[a.json, cond ? b.json : c.json]` (a list the plan knows with elements it does
        // not): each element on its own.
        (_, Some(Val::Arr(items))) => {
            let mut all = Vec::new();
            for item in items.iter() {
                let one = stack.resolve_from(d, item);
                if one.len() != 1 {
                    return None;
                }
                all.extend(one);
            }
            all
        }
        _ => return None,
    };
    if leaves.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    for l in leaves {
        match l.leaf {
            Leaf::Value(Val::Str(text), _) => {
                out.extend(parse(text)?);
                sids.extend(json_sids(text));
            }
            Leaf::Resource {
                ids,
                attr,
                exact,
                unsure: None,
                ..
            } if attr == ["json"] => {
                let [id] = ids[..] else { return None };
                let doc = &stack.resources[id];
                let one = exact || doc.index.is_none();
                if !one || doc.mode != Mode::Data || doc.rtype != "aws_iam_policy_document" {
                    return None;
                }
                match doc.values.get("json").and_then(Val::as_str) {
                    Some(json) => {
                        out.extend(parse(json)?);
                        sids.extend(json_sids(json));
                    }
                    None => out.extend(from_document_at(stack, doc, depth + 1, sids)?),
                }
            }
            _ => return None,
        }
    }
    Some(out)
}

/// A JSON object without statements (`{}`): a document that overrides nothing.
fn no_statements(doc: &Val) -> bool {
    let Some(text) = doc.as_str() else {
        return false;
    };
    match json::parse(text) {
        Ok(v @ Val::Obj(_)) => v.get("Statement").is_none_or(|s| s.is_empty()),
        _ => false,
    }
}

/// `statements` from an effective value already computed.
pub fn statements_of<'p>(stack: &Stack<'p>, e: Eff<'p>) -> Result<Option<Vec<Statement>>, String> {
    if let Eff::FromResources { ids, reference } = &e {
        if let [doc] = documents_among(stack, ids).as_slice() {
            return match doc.values.get("json").and_then(Val::as_str) {
                Some(json) => Ok(parse(json)),
                None => from_document(stack, doc)
                    .map(Some)
                    .ok_or_else(|| format!("unknown until apply: comes from {reference}")),
            };
        }
    }
    text_of(stack, e).map(|t| t.and_then(|t| parse(&t)))
}

/// The statements of an `aws_iam_policy_document` from its attributes; None when it merges
/// other documents (their statements are not in its blocks) that the source does not list.
pub fn from_document<'p>(stack: &Stack<'p>, d: &Resource<'p>) -> Option<Vec<Statement>> {
    from_document_at(stack, d, 0, &mut Vec::new())
}

/// A Sid known only at apply, among the Sids of merged statements.
const UNKNOWN_SID: &str = "\u{0}";

/// The Sids of a JSON policy's statements.
fn json_sids(text: &str) -> Vec<String> {
    let Ok(doc) = json::parse(text) else {
        return vec![UNKNOWN_SID.to_string()];
    };
    let statements: Vec<&Val> = match doc.get("Statement") {
        Some(Val::Arr(items)) => items.iter().collect(),
        Some(s) => vec![s],
        None => Vec::new(),
    };
    statements
        .iter()
        .filter_map(|s| s.get("Sid").and_then(Val::as_str))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// [`from_document`], with the Sids of the statements it returns added to `sids`.
fn from_document_at<'p>(
    stack: &Stack<'p>,
    d: &Resource<'p>,
    depth: usize,
    sids: &mut Vec<String>,
) -> Option<Vec<Statement>> {
    for merged in ["override_policy_documents", "source_json", "override_json"] {
        match stack.eff(d, merged) {
            Eff::NotSet | Eff::Known(Val::Null) => {}
            Eff::Known(v) if v.is_empty() => {}
            // `["{}"]`: documents without statements override nothing.
            Eff::Known(Val::Arr(docs)) if docs.iter().all(no_statements) => {}
            _ => return None,
        }
    }
    let count = |path: &str| crate::model::value::count(d.values, path);
    // Statements known only at apply (a `dynamic` block over a collection whose length is
    // unknown): how many there are, and what they say, is not known.
    if crate::model::value::masked(d.unknown, "statement") {
        return None;
    }
    let mut out = Vec::new();
    let mut merged = Vec::new();
    match stack.eff(d, "source_policy_documents") {
        Eff::NotSet | Eff::Known(Val::Null) => {}
        Eff::Known(v) if v.is_empty() => {}
        _ if depth > 8 => return None,
        Eff::Known(Val::Arr(docs)) if docs.iter().all(|x| x.as_str().is_some()) => {
            for doc in docs.iter() {
                let text = doc.as_str()?;
                out.extend(parse(text)?);
                merged.extend(json_sids(text));
            }
        }
        _ => out = source_documents(stack, d, depth, &mut merged)?,
    }
    // A statement of the document with the Sid of a merged one replaces it: merged only when
    // no Sid of its own is one of theirs.
    let mut own = Vec::new();
    for i in 0..count("statement") {
        match stack.eff(d, &format!("statement.{i}.sid")) {
            Eff::Known(Val::Str(sid)) if !sid.is_empty() => own.push(sid.to_string()),
            Eff::Known(_) | Eff::NotSet => {}
            _ => own.push(UNKNOWN_SID.to_string()),
        }
    }
    let unknown = |v: &Vec<String>| v.iter().any(|s| s == UNKNOWN_SID);
    if !merged.is_empty()
        && !own.is_empty()
        && (unknown(&merged) || unknown(&own) || own.iter().any(|s| merged.contains(s)))
    {
        return None;
    }
    sids.extend(merged);
    sids.extend(own);
    for i in 0..count("statement") {
        let base = format!("statement.{i}");
        let mut unknown = Vec::new();
        // Known strings; values that are other resources' attributes are ARNs of the plan
        // (neither "*" nor malformed), so they add nothing; anything else is unknown.
        let strings = |field: &'static str, path: String, unknown: &mut Vec<&'static str>| {
            match stack.eff(d, &path) {
                Eff::Known(v) => {
                    // Unknown elements of a known list: known to be other resources'
                    // attributes when every configuration reference leads to one.
                    if matches!(v, Val::Arr(items) if items.iter().any(|x| matches!(x, Val::Null)))
                    {
                        let leaves = stack.leaves_at(d, &path);
                        if leaves.is_empty()
                            || leaves.iter().any(|l| matches!(l.leaf, Leaf::DeadEnd(_)))
                        {
                            unknown.push(field);
                        }
                    }
                    v.strings().iter().map(|s| s.to_string()).collect()
                }
                Eff::NotSet | Eff::FromResources { .. } => Vec::new(),
                Eff::Unresolved(_) => {
                    unknown.push(field);
                    Vec::new()
                }
            }
        };
        let effect = match stack.eff(d, &format!("{base}.effect")) {
            Eff::Known(Val::Str(e)) => e.to_string(),
            Eff::Known(_) | Eff::NotSet => "Allow".to_string(),
            _ => {
                unknown.push("effect");
                "Allow".to_string()
            }
        };
        let actions = strings("actions", format!("{base}.actions"), &mut unknown);
        let not_actions = strings("actions", format!("{base}.not_actions"), &mut unknown);
        let resources = strings("resources", format!("{base}.resources"), &mut unknown);
        // Entries that are other resources' attributes (the list, or unknown elements of it).
        let resource_refs = match stack.eff(d, &format!("{base}.resources")) {
            Eff::FromResources { .. } => true,
            Eff::Known(Val::Arr(items)) => items.iter().any(|x| matches!(x, Val::Null)),
            _ => false,
        };
        let not_resources = strings("resources", format!("{base}.not_resources"), &mut unknown);
        let mut principals = Vec::new();
        let mut not_principals = Vec::new();
        let mut open_principal_kinds = Vec::new();
        for (block, out) in [
            ("principals", &mut principals),
            ("not_principals", &mut not_principals),
        ] {
            for j in 0..count(&format!("{base}.{block}")) {
                let p = format!("{base}.{block}.{j}");
                let kind = match stack.eff(d, &format!("{p}.type")) {
                    Eff::Known(Val::Str(t)) => t.to_string(),
                    _ => {
                        unknown.push("principals");
                        open_principal_kinds.push("?".to_string());
                        continue;
                    }
                };
                let before = unknown.len();
                for id in strings("principals", format!("{p}.identifiers"), &mut unknown) {
                    out.push((kind.clone(), id));
                }
                if unknown.len() > before {
                    open_principal_kinds.push(if block == "principals" {
                        kind.clone()
                    } else {
                        "?".to_string()
                    });
                }
            }
        }
        let mut conditions = Vec::new();
        for j in 0..count(&format!("{base}.condition")) {
            let c = format!("{base}.condition.{j}");
            let test = stack.eff(d, &format!("{c}.test")).clone_known();
            let variable = stack.eff(d, &format!("{c}.variable")).clone_known();
            let values_path = format!("{c}.values");
            let mut values = strings("conditions", values_path.clone(), &mut unknown);
            // A value that is another resource's attribute (an ARN, an account ID of the plan)
            // names that one thing: it restricts like a literal would.
            let from_resources = match stack.eff(d, &values_path) {
                Eff::Known(Val::Arr(items)) => items.iter().any(|x| matches!(x, Val::Null)),
                Eff::FromResources { .. } => true,
                _ => false,
            };
            if from_resources {
                for l in stack.leaves_at(d, &values_path) {
                    if let Leaf::Resource { reference, .. } = &l.leaf {
                        values.push(format!("({reference})"));
                    }
                }
            }
            match (test, variable) {
                (Some(t), Some(v)) => conditions.push((t, v, values)),
                _ => unknown.push("conditions"),
            }
        }
        unknown.dedup();
        out.push(
            Statement {
                allow: effect == "Allow",
                actions,
                not_actions,
                resources,
                resource_refs,
                not_resources,
                conditions,
                principals,
                not_principals,
                unknown,
                open_principal_kinds,
            }
            .normalised(),
        );
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_trust_with_strings_and_lists() {
        let one = r#"{"Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"Service":"vpc-flow-logs.amazonaws.com"}}}"#;
        assert!(trusts_service(
            &parse(one).unwrap(),
            "vpc-flow-logs.amazonaws.com"
        ));
        let list = r#"{"Statement":[{"Effect":"Allow","Action":["sts:AssumeRole"],"Principal":{"Service":["ec2.amazonaws.com"]}}]}"#;
        assert!(!trusts_service(
            &parse(list).unwrap(),
            "vpc-flow-logs.amazonaws.com"
        ));
        let deny = r#"{"Statement":[{"Effect":"Deny","Action":"sts:AssumeRole","Principal":{"Service":"vpc-flow-logs.amazonaws.com"}}]}"#;
        assert!(!trusts_service(
            &parse(deny).unwrap(),
            "vpc-flow-logs.amazonaws.com"
        ));
        assert!(parse("not json").is_none());
    }

    #[test]
    fn conditions_with_bools_and_lists() {
        let p = r#"{"Statement":[{"Effect":"Deny","Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":false}}},
            {"Effect":"Deny","Action":"s3:PutObject","Condition":{"StringNotEquals":{"s3:x-amz-server-side-encryption":["aws:kms"]}}}]}"#;
        let st = parse(p).unwrap();
        assert!(st[0].has_condition("bool", "aws:securetransport", Some("false")));
        assert!(st[1].has_condition("StringNotEquals", "s3:x-amz-server-side-encryption", None));
        assert!(!st[1].has_condition("Null", "s3:x-amz-server-side-encryption", None));
    }

    #[test]
    fn patterns_that_match_everything_read_as_wildcards() {
        let doc = r#"{"Statement":[{"Effect":"Allow","Action":["iam:?*","s3:**","?*","*:*","iam:Get*","iam:*"],
            "Resource":["arn:aws:*:*:*:*","arn:*:*:*:*:*","**","arn:aws:s3:::*","arn:aws:*:*:*:bucket","arn:*","arn:aws:*","arn:aws:s3*"]}]}"#;
        let st = &parse(doc).unwrap()[0];
        assert_eq!(st.actions, ["iam:*", "s3:*", "*", "*", "iam:Get*", "iam:*"]);
        assert_eq!(
            st.resources,
            [
                "*",
                "*",
                "*",
                "arn:aws:s3:::*",
                "arn:aws:*:*:*:bucket",
                "*",
                "*",
                "arn:aws:s3*"
            ]
        );
    }

    #[test]
    fn action_wildcards() {
        assert!(action_matches(
            "ssmmessages:*",
            "ssmmessages:CreateControlChannel"
        ));
        assert!(action_matches(
            "SSM:Update*",
            "ssm:UpdateInstanceInformation"
        ));
        assert!(action_matches("*", "s3:GetObject"));
        assert!(!action_matches("ssm:Get*", "ssm:UpdateInstanceInformation"));
        assert!(action_matches("s3:Get?bject", "s3:GetObject"));
    }

    #[test]
    fn not_action_allows_everything_else() {
        let st = parse(
            r#"{"Statement":{"Effect":"Allow","NotAction":["iam:*","s3:*"],"Resource":"*"}}"#,
        )
        .unwrap();
        assert!(allows(&st, "xray:PutTraceSegments"));
        assert!(!allows(&st, "IAM:PassRole"));
    }
}
