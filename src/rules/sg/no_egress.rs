use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_security_group` that declares no egress at all: no inline `egress` block, and no
    /// `aws_security_group_rule` of type `egress` or `aws_vpc_security_group_egress_rule` whose
    /// `security_group_id` points at it (followed across modules). Terraform removes the
    /// allow-all egress rule AWS creates, so such a group allows no outbound traffic. The seed
    /// claim that "AWS creates allow all" is wrong for Terraform.
    ///
    /// ## Why it matters
    /// Usually a mistake: instances behind the group cannot reach package mirrors, AWS APIs or
    /// databases, and the failure shows up as timeouts far from the cause. If denying all
    /// egress is intended, this is information only.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_security_group" "app" {
    ///   vpc_id = aws_vpc.main.id
    ///   ingress {
    ///     from_port   = 443
    ///     to_port     = 443
    ///     protocol    = "tcp"
    ///     cidr_blocks = ["10.0.0.0/16"]
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Declare the egress the workload needs, inline or as
    /// `aws_vpc_security_group_egress_rule` resources.
    pub struct SgNoEgress {
        id: "AWS-SG-002",
        slug: "security-group-without-egress",
        service: "ec2",
        category: "network",
        severity: Info,
        title: "SG declares no egress at all",
        types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_egress_rule"],
        default_enabled: true,
    }
}

impl Rule for SgNoEgress {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_security_group") {
            let inline = cx.stack.eff(r, "egress");
            if let Eff::Known(Val::Arr(blocks)) = &inline {
                if !blocks.is_empty() {
                    cx.report(r, "egress", Status::Pass, "inline egress rules".into());
                    continue;
                }
            }
            if let Eff::Unresolved(_) | Eff::FromResources { .. } = &inline {
                let msg = format!("egress is {}", unknown_reason(&inline));
                cx.report(r, "egress", Status::Unknown, msg);
                continue;
            }
            let mut found = None;
            let mut unknown = None;
            let rules = cx.partners(id, "aws_security_group_rule", "security_group_id");
            for e in &rules.found {
                let rule = &cx.stack.resources[e.from];
                match cx.stack.eff(rule, "type") {
                    Eff::Known(Val::Str(t)) if t.as_ref() == "egress" => found = Some(e.from),
                    Eff::Known(_) => {}
                    _ => {
                        unknown = Some(format!(
                            "the type of {} is unknown until apply",
                            rule.address
                        ))
                    }
                }
            }
            let vpc_rules = cx.partners(
                id,
                "aws_vpc_security_group_egress_rule",
                "security_group_id",
            );
            found = found.or(vpc_rules.found.first().map(|e| e.from));
            if let Some(u) = rules.unresolved.first().or(vpc_rules.unresolved.first()) {
                unknown.get_or_insert(format!(
                    "the security_group_id of {} cannot be followed: {}",
                    cx.address(u.from),
                    u.reason
                ));
            }
            let (status, msg) = match (found, unknown) {
                (Some(f), _) => (Status::Pass, format!("egress by {}", cx.address(f))),
                (None, Some(why)) => (Status::Unknown, format!("no egress found, but {why}")),
                (None, None) => (
                    Status::Fail,
                    "no egress rules: this group allows no outbound traffic (Terraform removes AWS's default rule)"
                        .to_string(),
                ),
            };
            cx.report(r, "egress", status, msg);
        }
    }
}
