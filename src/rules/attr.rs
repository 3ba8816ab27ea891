//! Declarative attribute rules: "attribute must be X, with AWS default Y when unset".
//!
//! A simple rule is its `declare_rule!` metadata and docs plus a `check:` [`Spec`]; this module
//! judges it the same way everywhere: the effective value (variables, modules, references), the
//! AWS default when the configuration leaves the attribute unset, Unknown with its reason when
//! the value is known only at apply, and the value's provenance in the message.

use crate::model::{format_num, Action, Eff, Resource, Val};
use crate::rules::judge::{customer_key, policy_not_public};
use crate::rules::{unknown_reason, Cx, Status};

/// A literal value a rule compares with, or the AWS default.
#[derive(Debug, Clone, Copy)]
pub enum Lit {
    Bool(bool),
    Num(f64),
    Str(&'static str),
}

impl Lit {
    fn show(self) -> String {
        match self {
            Lit::Bool(b) => b.to_string(),
            Lit::Num(n) => format_num(n),
            Lit::Str(s) => format!("{s:?}"),
        }
    }

    fn val(self) -> Val<'static> {
        match self {
            Lit::Bool(b) => Val::Bool(b),
            Lit::Num(n) => Val::Num(n),
            Lit::Str(s) => Val::Str(s.into()),
        }
    }
}

/// What the attribute must be.
#[derive(Debug, Clone, Copy)]
pub enum Expect {
    /// Equal to the literal (a number given as a string counts, as Terraform converts it).
    Is(Lit),
    /// Not equal to the literal.
    IsNot(Lit),
    /// One of these strings.
    OneOf(&'static [&'static str]),
    /// None of these strings (unset passes unless its default is one).
    NoneOf(&'static [&'static str]),
    /// A number at least this.
    AtLeast(f64),
    /// A number at most this.
    AtMost(f64),
    /// Set to something non-empty; a reference to a resource of the plan counts.
    Set,
    /// Set to a source ARN that names one resource or account, not a pattern anyone's resource
    /// can match (`arn:aws:s3:::*`): see [`names_something`]; a reference to a resource of
    /// the plan counts.
    ///
    /// [`names_something`]: crate::rules::judge::names_something
    NamesOneSource,
    /// A list of address ranges none of which is wider than a /8 (IPv4) or a /16 (IPv6):
    /// `0.0.0.0/0`, or halves such as `0.0.0.0/1` with `128.0.0.0/1`, is the internet (the
    /// same judge as a condition's `aws:SourceIp`).
    NarrowRanges,
    /// A customer managed KMS key ([`customer_key`]).
    CustomerKey,
    /// A list (or string) that includes every one of these strings.
    Includes(&'static [&'static str]),
    /// A list (or string) that includes none of these strings.
    Excludes(&'static [&'static str]),
    /// A string ending with this suffix (a service principal's `.amazonaws.com`).
    EndsWith(&'static str),
    /// Not set (absent, null or empty): for applicability (`when`), e.g. "not a read replica".
    NotSet,
    /// A resource policy (JSON text or a policy document of the plan) that opens nothing to any
    /// principal without a restricting condition ([`open_to_any_principal`]); none passes.
    ///
    /// [`open_to_any_principal`]: crate::rules::judge::open_to_any_principal
    NotPublic,
}

impl Expect {
    fn describe(self) -> String {
        let list = |xs: &[&str]| xs.iter().map(|x| format!("{x:?}")).collect::<Vec<_>>();
        match self {
            Expect::Is(l) => format!("must be {}", l.show()),
            Expect::IsNot(l) => format!("must not be {}", l.show()),
            Expect::OneOf(xs) => format!("must be one of {}", list(xs).join(", ")),
            Expect::NoneOf(xs) => format!("must not be {}", list(xs).join(" or ")),
            Expect::AtLeast(n) => format!("must be at least {}", format_num(n)),
            Expect::AtMost(n) => format!("must be at most {}", format_num(n)),
            Expect::Set => "must be set".to_string(),
            Expect::NarrowRanges => {
                "must hold no range wider than a /8 (0.0.0.0/0, or halves of it)".to_string()
            }
            Expect::NamesOneSource => {
                "must name one resource or account, not a pattern any account's resource matches"
                    .to_string()
            }
            Expect::NotSet => "must not be set".to_string(),
            Expect::CustomerKey => "must be a customer managed KMS key".to_string(),
            Expect::NotPublic => "must not be open to any principal".to_string(),
            Expect::Includes(xs) => format!("must include {}", list(xs).join(" and ")),
            Expect::Excludes(xs) => format!("must not include {}", list(xs).join(" or ")),
            Expect::EndsWith(x) => format!("must end with {x:?}"),
        }
    }

    /// Whether a known, non-null value meets the expectation.
    fn holds(self, v: &Val) -> bool {
        let num = |v: &Val| match v {
            Val::Num(n) => Some(*n),
            Val::Str(s) => s.trim().parse::<f64>().ok(),
            _ => None,
        };
        let has = |x: &str| v.strings().contains(&x);
        match self {
            Expect::Is(l) => equal(v, l),
            Expect::IsNot(l) => !equal(v, l),
            Expect::OneOf(xs) => v
                .as_str()
                .is_some_and(|s| xs.iter().any(|x| x.eq_ignore_ascii_case(s))),
            Expect::NoneOf(xs) => !v
                .as_str()
                .is_some_and(|s| xs.iter().any(|x| x.eq_ignore_ascii_case(s))),
            Expect::AtLeast(n) => num(v).is_some_and(|x| x >= n),
            Expect::AtMost(n) => num(v).is_some_and(|x| x <= n),
            Expect::Set | Expect::CustomerKey => !v.is_empty(),
            Expect::NamesOneSource => v
                .as_str()
                .is_some_and(|s| crate::rules::judge::names_something("aws:SourceArn", s)),
            Expect::NarrowRanges => v
                .strings()
                .iter()
                .all(|c| crate::rules::judge::names_something("aws:SourceIp", c)),
            Expect::NotSet => v.is_empty(),
            Expect::Includes(xs) => xs.iter().all(|x| has(x)),
            Expect::Excludes(xs) => !xs.iter().any(|x| has(x)),
            Expect::EndsWith(x) => v.as_str().is_some_and(|s| s.ends_with(x)),
            Expect::NotPublic => true,
        }
    }
}

/// Strings compare without regard to ASCII case: a value in a plan passed the provider's
/// validation, so it differs from the literal only in case where the provider and AWS accept
/// any case (`engine = "Redis"`), and then it means the same.
fn equal(v: &Val, l: Lit) -> bool {
    match (v, l) {
        (Val::Bool(a), Lit::Bool(b)) => *a == b,
        (Val::Num(a), Lit::Num(b)) => *a == b,
        (Val::Str(a), Lit::Str(b)) => a.eq_ignore_ascii_case(b),
        (Val::Str(a), Lit::Num(b)) => a.trim().parse::<f64>() == Ok(b),
        (Val::Str(a), Lit::Bool(b)) => a.as_ref() == if b { "true" } else { "false" },
        _ => false,
    }
}

/// What an unset attribute (absent, or null in the plan) means.
#[derive(Debug, Clone, Copy)]
pub enum Unset {
    /// Nothing: the expectation is judged on "not set" (fails `Is`, `Set`, `Includes`...).
    Absent,
    /// AWS applies this default: judged as that value, and the message says so.
    Default(Lit),
    /// The default lives outside the plan (the AMI, an account setting): Unknown, with why.
    Unknown(&'static str),
}

/// An AWS default that depends on another attribute: when `when` holds, unset means `unset`
/// (Aurora Serverless v1 clusters are always encrypted; Valkey encrypts at rest by default).
#[derive(Debug, Clone, Copy)]
pub struct Case {
    pub when: Test,
    pub unset: Unset,
}

/// Unset means `unset` on resources where `when` holds.
pub const fn case(when: Test, unset: Unset) -> Case {
    Case { when, unset }
}

/// One attribute of a rule: its path (`metadata_options.0.http_tokens`), what it must be, what
/// unset means, and optionally the resource types it applies to and why a failure matters. A
/// segment `list[key=value,...]` selects the first element of a list whose keys have those
/// values (`parameter[name=tls].value`); none selected reads as unset.
#[derive(Debug, Clone, Copy)]
pub struct Test {
    pub path: &'static str,
    pub expect: Expect,
    pub unset: Unset,
    /// Defaults that depend on other attributes, tried in order before `unset`.
    pub cases: &'static [Case],
    /// The resource types this test applies to; empty: all of the rule's types.
    pub only: &'static [&'static str],
    /// Said after a failure: what it lets happen.
    pub risk: &'static str,
}

/// `path` must meet `expect`; unset is [`Unset::Absent`] until said otherwise.
pub const fn attr(path: &'static str, expect: Expect) -> Test {
    Test {
        path,
        expect,
        unset: Unset::Absent,
        cases: &[],
        only: &[],
        risk: "",
    }
}

impl Test {
    /// AWS's default when unset.
    pub const fn default(mut self, lit: Lit) -> Test {
        self.unset = Unset::Default(lit);
        self
    }

    /// Unset is decided outside the plan: Unknown with this reason. A value the provider fills
    /// in for the unset argument of a resource being created counts as unset.
    pub const fn unset_unknown(mut self, why: &'static str) -> Test {
        self.unset = Unset::Unknown(why);
        self
    }

    /// Unset means something else where one of these cases holds (the first that holds
    /// decides; one whose condition is unknown makes an unset value Unknown).
    pub const fn unset_if(mut self, cases: &'static [Case]) -> Test {
        self.cases = cases;
        self
    }

    /// Only on these resource types (for a rule whose types name the attribute differently).
    pub const fn on(mut self, types: &'static [&'static str]) -> Test {
        self.only = types;
        self
    }

    /// What a failure lets happen, appended to the message.
    pub const fn risk(mut self, risk: &'static str) -> Test {
        self.risk = risk;
        self
    }

    fn applies(&self, rtype: &str) -> bool {
        self.only.is_empty() || self.only.contains(&rtype)
    }

    /// The name a message uses: the path without list indexes of single blocks.
    fn name(&self) -> String {
        self.path.replace(".0.", ".")
    }
}

/// The name a message uses for a concrete path: single blocks' indexes dropped, and the element
/// of an expanded `*` shown as `[i]`.
fn name_of(path: &str, each: Option<(&str, usize, &str)>) -> String {
    match each {
        Some((list, i, rest)) => format!(
            "{}[{i}].{}",
            list.replace(".0.", "."),
            rest.replace(".0.", ".")
        ),
        None => path.replace(".0.", "."),
    }
}

/// A declarative rule's check: every test of `all` must pass on each resource of the rule's
/// types for which every test of `when` holds (a `when` that is unknown gives Unknown), and
/// one test of `any` at least, when it has some.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub when: &'static [Test],
    pub all: &'static [Test],
    /// When not empty, at least one of these must pass too (Unknown when none passes and one
    /// is unknown).
    pub any: &'static [Test],
}

impl Spec {
    pub const fn all(tests: &'static [Test]) -> Spec {
        Spec {
            when: &[],
            all: tests,
            any: &[],
        }
    }

    /// At least one of these tests must pass.
    pub const fn any(tests: &'static [Test]) -> Spec {
        Spec {
            when: &[],
            all: &[],
            any: tests,
        }
    }

    /// Judge only resources for which these hold (an engine, a mode).
    pub const fn when(mut self, tests: &'static [Test]) -> Spec {
        self.when = tests;
        self
    }
}

/// One test's verdict on one resource.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub status: Status,
    pub message: String,
    /// The attribute that decided it (an expanded `*` path names its element).
    pub path: String,
}

fn verdict(status: Status, message: String) -> Verdict {
    Verdict {
        status,
        message,
        path: String::new(),
    }
}

/// Judge one test on one resource. A path with a `*` segment (`ordered_cache_behavior.*.x`)
/// judges every element of that list: Fail at the first failing one, Unknown when one is
/// unknown or the list itself is, Pass when all pass or the list is empty or unset.
pub fn judge(cx: &Cx, r: &Resource, t: &Test) -> Verdict {
    if let Some((list, sel, rest)) = selector(t.path) {
        return judge_selected(cx, r, t, list, sel, rest);
    }
    let Some((list, rest)) = t.path.split_once(".*.") else {
        let mut v = judge_at(cx, r, t, t.path, t.name());
        v.path = t.path.to_string();
        return v;
    };
    let n = match cx.stack.eff(r, list) {
        Eff::Known(Val::Arr(items)) => items.len(),
        Eff::NotSet | Eff::Known(Val::Null) => 0,
        // A list whose elements hold values known only at apply (a computed field) still has
        // its length in the plan: judge each element's own path.
        _ if crate::model::value::count(r.values, list) > 0 => {
            crate::model::value::count(r.values, list)
        }
        e => {
            let mut v = verdict(
                Status::Unknown,
                format!("{} is {}", name_of(list, None), unknown_reason(&e)),
            );
            v.path = list.to_string();
            return v;
        }
    };
    let mut passes = Vec::new();
    let mut unknown = None;
    for i in 0..n {
        let path = format!("{list}.{i}.{rest}");
        let mut v = judge_at(cx, r, t, &path, name_of(&path, Some((list, i, rest))));
        v.path = path;
        match v.status {
            Status::Fail => return v,
            Status::Unknown => {
                unknown.get_or_insert(v);
            }
            Status::Pass => passes.push(v.message),
        }
    }
    if let Some(v) = unknown {
        return v;
    }
    let mut v = if passes.is_empty() {
        verdict(Status::Pass, format!("no {}", name_of(list, None)))
    } else {
        verdict(Status::Pass, passes.join("; "))
    };
    v.path = list.to_string();
    v
}

/// A path with a selector segment, `list[key=value,key=value].rest`: the list, the selector and
/// the rest.
fn selector(path: &str) -> Option<(&str, &str, &str)> {
    let (list, after) = path.split_once('[')?;
    let (sel, rest) = after.split_once("].")?;
    Some((list, sel, rest))
}

/// Judge `rest` of the first element of `list` whose keys equal the selector's values (a
/// parameter of a parameter group by its name, an Elastic Beanstalk setting by namespace and
/// name). No such element: the attribute is unset, and its default decides. A list or a key
/// unknown until apply gives Unknown.
fn judge_selected(cx: &Cx, r: &Resource, t: &Test, list: &str, sel: &str, rest: &str) -> Verdict {
    let name = format!(
        "{}[{sel}].{}",
        name_of(list, None),
        rest.replace(".0.", ".")
    );
    let unknown = |path: &str, e: &Eff| {
        let mut v = verdict(
            Status::Unknown,
            format!("{} is {}", name_of(path, None), unknown_reason(e)),
        );
        v.path = path.to_string();
        v
    };
    let n = match cx.stack.eff(r, list) {
        Eff::Known(Val::Arr(items)) => items.len(),
        Eff::NotSet | Eff::Known(Val::Null) => 0,
        e => return unknown(list, &e),
    };
    let keys: Vec<(&str, &str)> = sel.split(',').filter_map(|kv| kv.split_once('=')).collect();
    let mut found = None;
    'elements: for i in 0..n {
        for (k, want) in &keys {
            let path = format!("{list}.{i}.{k}");
            match cx.stack.eff(r, &path) {
                Eff::Known(Val::Str(s)) if s.as_ref() == *want => {}
                Eff::Known(_) | Eff::NotSet => continue 'elements,
                e => return unknown(&path, &e),
            }
        }
        found = Some(i);
        break;
    }
    // No matching element: a path past the end of the list, which reads as unset.
    let path = format!("{list}.{}.{rest}", found.unwrap_or(n));
    // The plan orders a set's elements by value, not as the configuration lists them: an
    // unknown value cannot be traced to its configured block by index.
    if found.is_some() && cx.stack.is_unknown(r, &path) {
        let mut v = verdict(Status::Unknown, format!("{name} is known only after apply"));
        v.path = path;
        return v;
    }
    let mut v = judge_at(cx, r, t, &path, name);
    v.path = path;
    v
}

/// Judge one test at one concrete path, named `name` in messages.
fn judge_at(cx: &Cx, r: &Resource, t: &Test, path: &str, name: String) -> Verdict {
    let stack = cx.stack;
    // "x is v (must be w): risk"; the default, when it decides, inside the parentheses.
    let fail = |what: String, default: Option<Lit>| {
        let must = t.expect.describe();
        let mut m = match (default, t.expect) {
            (Some(d), _) => format!("{what} (AWS default: {}; {must})", d.show()),
            (None, Expect::Set) => what,
            (None, _) => format!("{what} ({must})"),
        };
        if !t.risk.is_empty() {
            m.push_str(": ");
            m.push_str(t.risk);
        }
        verdict(Status::Fail, m)
    };
    if let Expect::NotPublic = t.expect {
        let (status, mut message) = policy_not_public(cx, r, path);
        if status == Status::Fail && !t.risk.is_empty() {
            message.push_str(": ");
            message.push_str(t.risk);
        }
        return verdict(status, message);
    }
    let e = stack.eff(r, path);
    if let Expect::CustomerKey = t.expect {
        // An empty string is no key either (the provider's "unset" for some arguments).
        let unset = match &e {
            Eff::NotSet | Eff::Known(Val::Null) => true,
            Eff::Known(Val::Str(s)) => s.is_empty(),
            _ => false,
        };
        let (status, message) = customer_key(
            cx,
            r,
            path,
            |v| format!("{name} is {}", stack.show(r, path, v)),
            "",
        );
        return match (status, unset, unset_of(cx, r, t)) {
            (Status::Fail, true, Err(why)) => {
                verdict(Status::Unknown, format!("{name} is not set, and {why}"))
            }
            (Status::Fail, true, Ok(Unset::Unknown(why))) => {
                verdict(Status::Unknown, format!("{name} is not set: {why}"))
            }
            (Status::Fail, true, _) => fail(format!("{name} is not set"), None),
            (Status::Fail, false, _) => {
                let mut m = message;
                if !t.risk.is_empty() {
                    m.push_str(": ");
                    m.push_str(t.risk);
                }
                verdict(Status::Fail, m)
            }
            _ => verdict(status, message),
        };
    }
    // A value the provider fills in for an unset argument (a schema default) is not AWS's
    // choice where a case says otherwise: a restored cluster's encryption is its snapshot's.
    let e = match e {
        Eff::Known(_) if provider_filled(cx, r, t) => Eff::NotSet,
        e => e,
    };
    match &e {
        Eff::NotSet | Eff::Known(Val::Null) => match unset_of(cx, r, t) {
            Err(why) => verdict(Status::Unknown, format!("{name} is not set, and {why}")),
            Ok(Unset::Unknown(why)) => {
                verdict(Status::Unknown, format!("{name} is not set: {why}"))
            }
            Ok(unset) => judge_unset(t, unset, &name, fail),
        },
        Eff::Known(v) if v.is_empty() && matches!(t.expect, Expect::NotSet) => {
            verdict(Status::Pass, format!("{name} is not set"))
        }
        Eff::Known(v) => {
            let mut shown = stack.show(r, path, v);
            if matches!(v, Val::Str(s) if s.is_empty()) {
                // An empty string shows as nothing: quote it.
                shown = format!("\"\"{shown}");
            }
            let what = format!("{name} is {shown}");
            if t.expect.holds(v) {
                verdict(Status::Pass, what)
            } else {
                fail(what, None)
            }
        }
        Eff::FromResources { reference, .. }
            if matches!(t.expect, Expect::Set | Expect::NamesOneSource) =>
        {
            verdict(Status::Pass, format!("{name} is set from {reference}"))
        }
        Eff::FromResources { reference, .. } if matches!(t.expect, Expect::NotSet) => {
            fail(format!("{name} is set from {reference}"), None)
        }
        _ => verdict(Status::Unknown, format!("{name} is {}", unknown_reason(&e))),
    }
}

/// Whether a known value is the provider's schema default on a resource being created (the
/// configuration does not set it) and the test says what unset means beyond a plain default
/// (cases, or a default decided outside the plan).
fn provider_filled(cx: &Cx, r: &Resource, t: &Test) -> bool {
    (!t.cases.is_empty() || matches!(t.unset, Unset::Unknown(_)))
        && matches!(r.action, Action::Create | Action::Replace)
        && r.config.is_some()
        && cx.stack.expr_at(r, t.path).is_none()
}

/// What unset means for this resource: the first case whose condition holds, else the
/// test's own; Err (why) when a case's condition is unknown.
fn unset_of(cx: &Cx, r: &Resource, t: &Test) -> Result<Unset, String> {
    for c in t.cases {
        let v = judge(cx, r, &c.when);
        match v.status {
            Status::Pass => return Ok(c.unset),
            Status::Fail => {}
            Status::Unknown => {
                return Err(format!(
                    "its default depends on {}, which is unknown: {}",
                    c.when.name(),
                    v.message
                ))
            }
        }
    }
    Ok(t.unset)
}

/// The verdict on an unset attribute whose meaning is `unset` (not Unknown).
fn judge_unset(
    t: &Test,
    unset: Unset,
    name: &str,
    fail: impl Fn(String, Option<Lit>) -> Verdict,
) -> Verdict {
    match unset {
        Unset::Unknown(why) => verdict(Status::Unknown, format!("{name} is not set: {why}")),
        Unset::Default(l) if t.expect.holds(&l.val()) => verdict(
            Status::Pass,
            format!("{name} is not set (AWS default: {})", l.show()),
        ),
        Unset::Default(l) => fail(format!("{name} is not set"), Some(l)),
        Unset::Absent => match t.expect {
            // Nothing set includes nothing forbidden.
            Expect::NoneOf(_) | Expect::Excludes(_) | Expect::IsNot(_) | Expect::NotSet => {
                verdict(Status::Pass, format!("{name} is not set"))
            }
            _ => fail(format!("{name} is not set"), None),
        },
    }
}

/// Judge a spec on one resource: None when a `when` test rules it out. The attribute reported
/// is the decisive test's path.
pub fn judge_all(cx: &Cx, r: &Resource, spec: &Spec) -> Option<(Status, String, String)> {
    for t in spec.when.iter().filter(|t| t.applies(r.rtype)) {
        let v = judge(cx, r, t);
        match v.status {
            Status::Pass => {}
            Status::Fail => return None,
            Status::Unknown => {
                return Some((
                    Status::Unknown,
                    format!("whether the check applies is unknown: {}", v.message),
                    v.path,
                ))
            }
        }
    }
    let mut passes = Vec::new();
    let mut unknown = None;
    let mut first = None;
    for t in spec.all.iter().filter(|t| t.applies(r.rtype)) {
        let v = judge(cx, r, t);
        first.get_or_insert(v.path.clone());
        match v.status {
            Status::Fail => return Some((Status::Fail, v.message, v.path)),
            Status::Unknown => {
                unknown.get_or_insert((v.message, v.path));
            }
            Status::Pass => passes.push(v.message),
        }
    }
    let any: Vec<&Test> = spec.any.iter().filter(|t| t.applies(r.rtype)).collect();
    if !any.is_empty() {
        let vs: Vec<Verdict> = any.iter().map(|t| judge(cx, r, t)).collect();
        if let Some(v) = vs.iter().find(|v| v.status == Status::Pass) {
            first.get_or_insert(v.path.clone());
            passes.push(v.message.clone());
        } else if let Some(v) = vs.iter().find(|v| v.status == Status::Unknown) {
            let others: Vec<&str> = vs
                .iter()
                .filter(|o| o.status == Status::Fail)
                .map(|o| o.message.as_str())
                .collect();
            let m = if others.is_empty() {
                v.message.clone()
            } else {
                format!("{}, and {}", others.join("; "), v.message)
            };
            unknown.get_or_insert((m, v.path.clone()));
        } else {
            let m = vs.iter().map(|v| v.message.as_str()).collect::<Vec<_>>();
            // The attribute reported: the test that says what the failure lets happen.
            let main = any.iter().position(|t| !t.risk.is_empty()).unwrap_or(0);
            let path = vs[main].path.clone();
            return Some((Status::Fail, m.join("; "), path));
        }
    }
    if let Some((m, path)) = unknown {
        return Some((Status::Unknown, m, path));
    }
    Some((Status::Pass, passes.join("; "), first?))
}

/// Run a declarative rule: every live resource of the rule's types.
pub fn run(cx: &mut Cx, spec: &Spec) {
    let stack = cx.stack;
    for &rtype in cx.meta().types {
        for (_, r) in cx.live(rtype) {
            if let Some((status, message, path)) = judge_all(cx, r, spec) {
                let prov = stack.provenance(r, &path);
                cx.push(r, &path, status, message, prov);
            }
        }
    }
}
#[cfg(test)]
mod tests {
    use super::{Expect::*, Lit};
    use crate::model::Val;

    #[test]
    fn expectations_on_known_values() {
        let s = |x: &'static str| Val::Str(x.into());
        assert!(Is(Lit::Bool(true)).holds(&Val::Bool(true)));
        assert!(!Is(Lit::Bool(true)).holds(&Val::Bool(false)));
        // Terraform converts "true" and "1" where a bool or number is expected.
        assert!(Is(Lit::Bool(true)).holds(&s("true")));
        assert!(AtLeast(7.0).holds(&s("14")));
        assert!(!AtLeast(7.0).holds(&Val::Num(1.0)));
        assert!(AtMost(1.0).holds(&Val::Num(1.0)));
        assert!(!AtMost(1.0).holds(&s("two")));
        assert!(OneOf(&["required"]).holds(&s("required")));
        assert!(!OneOf(&["required"]).holds(&s("optional")));
        assert!(NoneOf(&["optional"]).holds(&s("required")));
        let list = Val::Arr(vec![s("audit"), s("api")].into());
        assert!(Includes(&["audit", "api"]).holds(&list));
        assert!(!Includes(&["audit", "authenticator"]).holds(&list));
        assert!(Excludes(&["scheduler"]).holds(&list));
        assert!(!Set.holds(&s("")));
        assert!(Set.holds(&s("x")));
    }

    #[test]
    fn failures_say_what_is_expected() {
        assert_eq!(Is(Lit::Str("required")).describe(), "must be \"required\"");
        assert_eq!(AtLeast(7.0).describe(), "must be at least 7");
        assert_eq!(
            Includes(&["audit", "api"]).describe(),
            "must include \"audit\" and \"api\""
        );
    }
}
