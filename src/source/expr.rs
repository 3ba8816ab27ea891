//! HCL expressions in the plan JSON's own shape: `{"constant_value": ...}` for a literal,
//! `{"references": [...]}` otherwise, so that the model follows an expression of the source (a
//! `local`) exactly as it follows one of the plan's configuration.

use crate::model::Val;
use hcl_edit::expr::{Expression, ForExpr, ObjectKey, Traversal, TraversalOperator};
use hcl_edit::template::ForTemplateExpr;
use hcl_edit::visit::{self, Visit};
use std::collections::BTreeMap;

/// The key of a conditional in an expression converted from the source: `[condition, then,
/// else]`, each an expression. The plan's own configuration lists a conditional's references
/// only; from the source the model can pick the branch a known condition selects.
pub const CONDITIONAL: &str = "tfaudit_conditional";

/// The key of `jsonencode(...)`: the document's shape, objects as `{"tfaudit_object": {k:
/// node}}`, tuples as `{"tfaudit_tuple": [node]}`, other values as expressions. Policies built
/// in HCL are judged statement by statement, with only what depends on an unknown value
/// unknown.
pub const JSON: &str = "tfaudit_json";
pub const JSON_OBJECT: &str = "tfaudit_object";
pub const JSON_TUPLE: &str = "tfaudit_tuple";

/// The key of a logical or comparison operator: `[op, operand...]` with op one of `!`, `&&`,
/// `||`, `==`, `!=`, `<`, `<=`, `>`, `>=`, or `length` (the number of elements of a known value,
/// or of a resource block's instances); the model computes it when its operands are known.
pub const OPERATOR: &str = "tfaudit_operator";

/// An expression as the plan's configuration would write it (a conditional keeps its shape).
pub fn config_expr(e: &Expression) -> Val<'static> {
    config_expr_at(e, 0)
}

fn config_expr_at(e: &Expression, depth: usize) -> Val<'static> {
    if let Some(v) = constant(e, 0) {
        return object([("constant_value".to_string(), v)]);
    }
    match e {
        Expression::Parenthesis(p) if depth < 32 => return config_expr_at(p.inner(), depth + 1),
        Expression::Conditional(c) if depth < 32 => {
            let parts =
                [&c.cond_expr, &c.true_expr, &c.false_expr].map(|x| config_expr_at(x, depth + 1));
            return object([(CONDITIONAL.to_string(), Val::Arr(parts.into()))]);
        }
        Expression::FuncCall(f)
            if depth < 32
                && f.name.namespace.is_empty()
                && f.name.name.as_str() == "length"
                && f.args.len() == 1 =>
        {
            if let Some(arg) = f.args.iter().next() {
                let parts = vec![Val::Str("length".into()), config_expr_at(arg, depth + 1)];
                return object([(OPERATOR.to_string(), Val::Arr(parts.into()))]);
            }
        }
        Expression::FuncCall(f)
            if depth < 32
                && f.name.namespace.is_empty()
                && f.name.name.as_str() == "jsonencode"
                && f.args.len() == 1 =>
        {
            if let Some(arg) = f.args.iter().next() {
                return object([(JSON.to_string(), json_node(arg, depth + 1))]);
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
                    config_expr_at(&b.lhs_expr, depth + 1),
                    config_expr_at(&b.rhs_expr, depth + 1),
                ];
                return object([(OPERATOR.to_string(), Val::Arr(parts.into()))]);
            }
        }
        Expression::UnaryOp(u)
            if depth < 32 && *u.operator.value() == hcl_edit::expr::UnaryOperator::Not =>
        {
            let parts = vec![Val::Str("!".into()), config_expr_at(&u.expr, depth + 1)];
            return object([(OPERATOR.to_string(), Val::Arr(parts.into()))]);
        }
        _ => {}
    }
    let refs = references(e);
    object([(
        "references".to_string(),
        Val::Arr(refs.into_iter().map(|r| Val::Str(r.into())).collect()),
    )])
}

/// A `jsonencode` argument: object and tuple constructors kept as such, leaves as expressions.
fn json_node(e: &Expression, depth: usize) -> Val<'static> {
    if let Some(v) = constant(e, 0) {
        return object([("constant_value".to_string(), v)]);
    }
    match e {
        Expression::Parenthesis(p) if depth < 32 => json_node(p.inner(), depth + 1),
        Expression::Object(o) if depth < 32 => {
            let mut members = Vec::new();
            for (k, v) in o.iter() {
                let key = match k {
                    ObjectKey::Ident(i) => i.as_str().to_string(),
                    ObjectKey::Expression(Expression::String(s)) => s.value().to_string(),
                    // A computed key: the whole object is an expression.
                    ObjectKey::Expression(_) => return config_expr_at(e, depth + 1),
                };
                members.push((key, json_node(v.expr(), depth + 1)));
            }
            object([(JSON_OBJECT.to_string(), object(members))])
        }
        Expression::Array(a) if depth < 32 => {
            let items: Vec<Val<'static>> = a.iter().map(|x| json_node(x, depth + 1)).collect();
            object([(JSON_TUPLE.to_string(), Val::Arr(items.into()))])
        }
        _ => config_expr_at(e, depth + 1),
    }
}

fn object(members: impl IntoIterator<Item = (String, Val<'static>)>) -> Val<'static> {
    // Members sorted by key, as `Val::get` expects.
    let sorted: BTreeMap<String, Val<'static>> = members.into_iter().collect();
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
                let key = match k {
                    ObjectKey::Ident(i) => i.as_str().to_string(),
                    ObjectKey::Expression(Expression::String(s)) => s.value().to_string(),
                    ObjectKey::Expression(_) => return None,
                };
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
            "data" => 3,
            _ => 2,
        };
        let mut names = 1;
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
            // A bare name is a `for` variable or not a reference at all.
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
            r#"{"tfaudit_conditional":[{"references":["var.on"]},{"references":["aws_x.a","aws_x.a.id"]},{"constant_value":null}]}"#
        );
    }

    #[test]
    fn operators_keep_their_shape() {
        let body: hcl_edit::structure::Body = "x = !var.a && var.b != null\n".parse().unwrap();
        let v = config_expr(&body.get_attribute("x").unwrap().value);
        assert_eq!(
            v.to_json(),
            r#"{"tfaudit_operator":["&&",{"tfaudit_operator":["!",{"references":["var.a"]}]},{"tfaudit_operator":["!=",{"references":["var.b"]},{"constant_value":null}]}]}"#
        );
    }

    #[test]
    fn length_and_comparisons_keep_their_shape() {
        let body: hcl_edit::structure::Body = "x = length(aws_subnet.main) > 0\n".parse().unwrap();
        let v = config_expr(&body.get_attribute("x").unwrap().value);
        assert_eq!(
            v.to_json(),
            r#"{"tfaudit_operator":[">",{"tfaudit_operator":["length",{"references":["aws_subnet.main"]}]},{"constant_value":0}]}"#
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
}
