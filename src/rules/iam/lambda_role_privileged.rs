use crate::model::{Eff, Mode, ResId, Val};
use crate::rules::iam::admin_policy_attached::admin_policy;
use crate::rules::policy_doc::{self, Statement};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The execution role of an `aws_lambda_function` (its `role`, followed to the
    /// `aws_iam_role` of the plan) is not privileged: none of its policies — the role's
    /// `inline_policy` blocks, `aws_iam_role_policy` resources on it, and the managed policies
    /// attached by `aws_iam_role_policy_attachment`, `aws_iam_policy_attachment`,
    /// `aws_iam_role_policy_attachments_exclusive` or `managed_policy_arns` — is the AWS
    /// managed `AdministratorAccess` or `IAMFullAccess`, or has an `Allow` for `"*"` or
    /// `"iam:*"`, or an `Allow` with `NotAction` (every action it does not name). A customer policy attached by ARN is judged when it is an `aws_iam_policy`
    /// of the plan. Unknown when the role is not in the plan, when an attached policy outside
    /// the plan is not an AWS managed one, or when a policy, or a statement's effect or
    /// actions, is known only at apply.
    ///
    /// ## Why it matters
    /// Code injected into the function (a vulnerable dependency, an event it parses) runs with
    /// the role's credentials: with administrator or IAM rights it owns the account.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_role_policy_attachment" "fn_admin" {
    ///   role       = aws_iam_role.fn.name
    ///   policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Attach `AWSLambdaBasicExecutionRole` and a policy naming the actions and resources the
    /// function uses.
    pub struct LambdaRolePrivileged {
        id: "AWS-IAM-025",
        slug: "lambda-role-privileged",
        service: "iam",
        category: "identity",
        severity: High,
        title: "Lambda execution role has administrator or IAM-wide rights",
        types: ["aws_lambda_function"],
        default_enabled: true,
        covers: [Kics "lambda_function_with_privileged_role"],
    }
}

/// The privileged grant among `statements`, or Err when a statement's effect or actions are
/// unknown while it could be one.
fn privileged(statements: &[Statement]) -> Result<Option<String>, String> {
    let mut open = None;
    for (i, s) in statements.iter().enumerate() {
        let wide = s
            .actions
            .iter()
            .find(|a| *a == "*" || a.eq_ignore_ascii_case("iam:*"));
        if s.allow && !s.is_open("effect") {
            if let Some(a) = wide {
                return Ok(Some(format!("statement {} allows {a:?}", i + 1)));
            }
            // `NotAction` in an Allow grants every action it does not name.
            if !s.not_actions.is_empty() && !s.not_actions.iter().any(|a| a == "*") {
                return Ok(Some(format!(
                    "statement {} allows every action but {}",
                    i + 1,
                    s.not_actions.join(", ")
                )));
            }
        }
        if (s.allow || s.is_open("effect")) && (wide.is_some() || s.is_open("actions")) {
            let field = if s.is_open("effect") {
                "effect"
            } else {
                "actions"
            };
            open.get_or_insert(format!(
                "the {field} of statement {} are unknown until apply",
                i + 1
            ));
        }
    }
    match open {
        Some(why) => Err(why),
        None => Ok(None),
    }
}

/// What one policy attribute says: privileged (why), not, or unknown (why).
fn judge_policy(cx: &Cx, id: ResId, path: &str) -> Result<Option<String>, String> {
    let r = &cx.stack.resources[id];
    match &*policy_doc::statements(cx.stack, r, path) {
        Ok(None) => Ok(None),
        Ok(Some(st)) => privileged(st).map(|w| w.map(|w| format!("{} {w}", r.address))),
        Err(why) => Err(format!("the policy of {} is {why}", r.address)),
    }
}

/// What a managed policy ARN attribute says.
fn judge_arns(cx: &Cx, id: ResId, path: &str) -> Result<Option<String>, String> {
    let stack = cx.stack;
    let r = &stack.resources[id];
    match stack.eff(r, path) {
        Eff::Known(v) => {
            let arns: Vec<&str> = v.strings();
            if let Some(name) = arns.iter().find_map(|a| admin_policy(a)) {
                return Ok(Some(format!(
                    "{} attaches the AWS managed {name}",
                    r.address
                )));
            }
            match arns.iter().find(|a| !a.contains(":iam::aws:policy/")) {
                Some(a) => Err(format!(
                    "{} attaches {a}, a policy outside the plan",
                    r.address
                )),
                None => Ok(None),
            }
        }
        Eff::NotSet => Ok(None),
        Eff::FromResources { ids, reference } => {
            let mut out = Ok(None);
            for &p in &ids {
                let pr = &stack.resources[p];
                let v = match (pr.mode, pr.rtype) {
                    (Mode::Managed, "aws_iam_policy") => judge_policy(cx, p, "policy"),
                    (Mode::Data, "aws_iam_policy") => {
                        match pr.values.get("arn").and_then(Val::as_str) {
                            Some(arn) => Ok(admin_policy(arn)
                                .map(|n| format!("{} attaches the AWS managed {n}", r.address))),
                            None => Err(format!("{path} of {} comes from {reference}", r.address)),
                        }
                    }
                    _ => Err(format!("{path} of {} comes from {reference}", r.address)),
                };
                match v {
                    Ok(Some(w)) => return Ok(Some(w)),
                    Ok(None) => {}
                    Err(why) => out = Err(why),
                }
            }
            out
        }
        e @ Eff::Unresolved(_) => Err(format!("{path} of {} is {}", r.address, unknown_reason(&e))),
    }
}

/// The verdict on one role of the plan.
fn judge_role(cx: &Cx, role: ResId) -> Result<Option<String>, String> {
    let stack = cx.stack;
    let r = &stack.resources[role];
    let mut checks: Vec<Result<Option<String>, String>> = Vec::new();
    let inline = crate::model::value::count(r.values, "inline_policy");
    for i in 0..inline {
        checks.push(judge_policy(cx, role, &format!("inline_policy.{i}.policy")));
    }
    checks.push(judge_arns(cx, role, "managed_policy_arns"));
    for (t, by, path) in [
        ("aws_iam_role_policy", "role", None),
        ("aws_iam_role_policy_attachment", "role", Some("policy_arn")),
        ("aws_iam_policy_attachment", "roles", Some("policy_arn")),
        (
            "aws_iam_role_policy_attachments_exclusive",
            "role_name",
            Some("policy_arns"),
        ),
    ] {
        let p = cx.partners(role, t, by);
        for e in &p.found {
            checks.push(match path {
                None => judge_policy(cx, e.from, "policy"),
                Some(a) => judge_arns(cx, e.from, a),
            });
        }
        if let Some(u) = p.unresolved.first() {
            checks.push(Err(format!(
                "the role of {} cannot be followed: {}",
                cx.address(u.from),
                u.reason
            )));
        }
    }
    let mut open = None;
    for c in checks {
        match c {
            Ok(Some(w)) => return Ok(Some(w)),
            Ok(None) => {}
            Err(why) => {
                open.get_or_insert(why);
            }
        }
    }
    match open {
        Some(why) => Err(why),
        None => Ok(None),
    }
}

impl Rule for LambdaRolePrivileged {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        report_roles(cx, "aws_lambda_function", "role", "the execution role");
    }
}

/// Judge the role each resource of `rtype` names in `attr` (an ARN or name of an
/// `aws_iam_role` of the plan): Fail when privileged, Unknown when the role or one of its
/// policies cannot be told, Pass otherwise. `what` names the role in messages.
pub fn report_roles(cx: &mut Cx, rtype: &str, attr: &str, what: &str) {
    for (_, f) in cx.live(rtype) {
        let t = cx.targets(f, attr);
        let roles: Vec<ResId> = t
            .ids
            .iter()
            .copied()
            .filter(|&i| cx.stack.resources[i].rtype == "aws_iam_role")
            .collect();
        let (status, msg) = if let Some(why) = t.unresolved {
            (Status::Unknown, format!("{attr} is {why}"))
        } else if roles.is_empty() {
            (Status::Unknown, format!("{what} is not a role of the plan"))
        } else {
            let mut v = (Status::Pass, String::new());
            for &role in &roles {
                match judge_role(cx, role) {
                    Ok(Some(why)) => {
                        v = (Status::Fail, format!("{what} is privileged: {why}"));
                        break;
                    }
                    Ok(None) => {}
                    Err(why) => v = (Status::Unknown, why),
                }
            }
            if v.0 == Status::Pass {
                v.1 = format!(
                    "{} grants neither \"*\" nor \"iam:*\" nor an administrator policy",
                    cx.address(roles[0])
                );
            }
            v
        };
        cx.report(f, attr, status, msg);
    }
}
