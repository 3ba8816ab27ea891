use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `aws_vpc` has an `aws_flow_log` whose `vpc_id` points at it. The VPC's ID is
    /// unknown in a plan that creates it, so the link is followed through the configuration:
    /// `vpc_id = var.vpc_id` inside a module resolves to the module call's argument, and on to
    /// the VPC, across any number of modules and over count/for_each instances. When a flow
    /// log's `vpc_id` cannot be followed (a `local`), a VPC without a known flow log is
    /// Unknown, not Fail. The flow log must record rejected traffic (`traffic_type` `ALL` or
    /// `REJECT`, as Security Hub's EC2.6 and CIS 3.7 ask): one of accepted traffic only fails,
    /// one whose type is known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Without flow logs there is no record of which hosts talked to which: incident response
    /// and detection of exfiltration have nothing to work from.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_vpc" "main" {
    ///   cidr_block = "10.0.0.0/16"
    /// }
    /// # no aws_flow_log with vpc_id = aws_vpc.main.id anywhere in the configuration
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_flow_log" "main" {
    ///   vpc_id               = aws_vpc.main.id
    ///   traffic_type         = "ALL"
    ///   log_destination_type = "s3"
    ///   log_destination      = aws_s3_bucket.flow_logs.arn
    /// }
    /// ```
    pub struct VpcWithoutFlowLogs {
        id: "AWS-VPC-001",
        slug: "vpc-without-flow-logs",
        service: "vpc",
        category: "logging",
        severity: High,
        title: "VPC without flow logs",
        types: ["aws_vpc", "aws_flow_log"],
        default_enabled: true,
        covers: [Fsbp "EC2.6", Cis "3.7", Checkov "CKV2_AWS_11", Trivy "AVD-AWS-0178", Kics "vpc_flowlogs_disabled"],
    }
}

impl Rule for VpcWithoutFlowLogs {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, r) in cx.live("aws_vpc") {
            let p = cx.partners(id, "aws_flow_log", "vpc_id");
            // The best of the VPC's flow logs, by what they record.
            let mut best: Option<(Status, String)> = None;
            let rank = |s: Status| match s {
                Status::Pass => 0,
                Status::Unknown => 1,
                Status::Fail => 2,
            };
            for e in &p.found {
                let log = &cx.stack.resources[e.from];
                let what = format!("flow log {} (vpc_id from {})", log.address, e.via);
                let v = match cx.stack.eff(log, "traffic_type") {
                    Eff::Known(Val::Str(t)) if matches!(t.as_ref(), "ALL" | "REJECT") => {
                        (Status::Pass, format!("{what} records {t} traffic"))
                    }
                    Eff::Known(Val::Str(t)) => (
                        Status::Fail,
                        format!(
                            "{what} records only {t} traffic: rejected traffic (scans, blocked \
                             attempts) is not recorded"
                        ),
                    ),
                    Eff::NotSet | Eff::Known(Val::Null) => (
                        Status::Unknown,
                        format!(
                            "{what}: its traffic_type is not set, which AWS requires for a \
                             VPC's flow log"
                        ),
                    ),
                    e => (
                        Status::Unknown,
                        format!("{what}: its traffic_type is {}", unknown_reason(&e)),
                    ),
                };
                if best.as_ref().is_none_or(|b| rank(v.0) < rank(b.0)) {
                    best = Some(v);
                }
            }
            if let Some((status, msg)) =
                best.filter(|b| b.0 == Status::Pass || p.unresolved.is_empty())
            {
                cx.report(r, "", status, msg);
            } else if let Some(u) = p.unresolved.first() {
                let msg = format!(
                    "no flow log found, but the vpc_id of {} cannot be followed: {}",
                    cx.address(u.from),
                    u.reason
                );
                cx.report(r, "", Status::Unknown, msg);
            } else {
                cx.report(
                    r,
                    "",
                    Status::Fail,
                    "no aws_flow_log has a vpc_id pointing at this VPC".into(),
                );
            }
        }
    }
}
