use crate::model::Eff;
use crate::rules::iam::identity_documents;
use crate::rules::xray::traced;
use crate::rules::{declare_rule, policy_doc, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Some policy grants X-Ray write access — an identity policy (or policy document) allowing
    /// `xray:PutTraceSegments`, or `AWSXRayDaemonWriteAccess` / `AWSXrayWriteOnlyAccess` attached
    /// (`aws_iam_role_policy_attachment`, `aws_iam_policy_attachment`, `managed_policy_arns`) —
    /// while no Lambda function has `tracing_config` mode `Active` and no API Gateway stage has
    /// `xray_tracing_enabled`. A stack-level result on `(stack)`, naming the grant; nothing is
    /// reported without a grant (policies unknown at plan time are not counted as grants).
    ///
    /// ## Why it matters
    /// The permissions say the team wants traces; the configuration produces none. Usually
    /// `tracing_config` was forgotten, and the service map stays empty when it is needed.
    ///
    /// ## Example
    /// A Lambda role with `AWSXRayDaemonWriteAccess` and no `tracing_config` on the function.
    ///
    /// ## Fix
    /// Turn tracing on where it was meant (`tracing_config { mode = "Active" }`,
    /// `xray_tracing_enabled = true`), or drop the unused permission.
    pub struct PermissionsWithoutTracing {
        id: "AWS-XRAY-002",
        slug: "xray-permissions-without-tracing",
        service: "xray",
        category: "monitoring",
        severity: Medium,
        title: "X-Ray permissions granted but nothing is traced",
        types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_iam_role", "aws_lambda_function", "aws_api_gateway_stage"],
        default_enabled: true,
        presence: true,
    }
}

const MANAGED: [&str; 2] = [
    ":policy/AWSXRayDaemonWriteAccess",
    ":policy/AWSXrayWriteOnlyAccess",
];

fn managed(arn: &str) -> bool {
    MANAGED.iter().any(|m| arn.ends_with(m))
}

/// The first resource found granting X-Ray write access.
fn grant(cx: &Cx) -> Option<String> {
    for (t, attr) in [
        ("aws_iam_role_policy_attachment", "policy_arn"),
        ("aws_iam_policy_attachment", "policy_arn"),
        ("aws_iam_role", "managed_policy_arns"),
    ] {
        for (_, r) in cx.live(t) {
            if let Eff::Known(v) = cx.stack.eff(r, attr) {
                if v.strings().iter().any(|a| managed(a)) {
                    return Some(r.address.to_string());
                }
            }
        }
    }
    identity_documents(cx)
        .into_iter()
        .find_map(|d| match &*d.statements {
            Ok(Some(st)) if policy_doc::allows(st, "xray:PutTraceSegments") => {
                Some(d.res.address.to_string())
            }
            _ => None,
        })
}

impl Rule for PermissionsWithoutTracing {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let Some(grant) = grant(cx) else { return };
        match traced(cx) {
            Ok(Some(what)) => cx.push_stack("", Status::Pass, format!("{grant} grants X-Ray write access and {what} is traced")),
            Ok(None) => cx.push_stack(
                "",
                Status::Fail,
                format!("{grant} grants X-Ray write access, but no Lambda function or API stage has tracing on"),
            ),
            Err(why) => cx.push_stack(
                "",
                Status::Unknown,
                format!("{grant} grants X-Ray write access; nothing is known to be traced, and {why}"),
            ),
        }
    }
}
