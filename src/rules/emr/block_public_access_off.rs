use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_emr_block_public_access_configuration.block_public_security_group_rules` is
    /// `true`, and its `permitted_public_security_group_rule_range` exemptions are single
    /// ports outside EMR's web interfaces and services (8088, 8888, 8890, 8998, 9443, 9870,
    /// 10000, 16010, 18080, 20888): an exemption of 1-65535 turns the block off in effect.
    /// The argument is required, so an unset value cannot occur; a value known only at apply
    /// is Unknown. Accounts that do not declare the resource are not judged (the
    /// account setting, on by default for new accounts, is outside the plan).
    ///
    /// ## Why it matters
    /// Block public access stops EMR clusters from starting with security group rules open to
    /// `0.0.0.0/0` or `::/0` (except the ports you list): turning it off lets a cluster's
    /// Hadoop, Spark or Jupyter interfaces face the internet.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_emr_block_public_access_configuration" "account" {
    ///   block_public_security_group_rules = false
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `block_public_security_group_rules = true` (and list only port 22 if needed in
    /// `permitted_public_security_group_rule_range`).
    pub struct BlockPublicAccessOff {
        id: "AWS-EMR-004",
        slug: "emr-block-public-access-off",
        service: "emr",
        category: "network",
        severity: Critical,
        title: "EMR block public access turned off",
        types: ["aws_emr_block_public_access_configuration"],
        default_enabled: true,
        covers: [Fsbp "EMR.2", Checkov "CKV_AWS_390"],
    }
}

/// Ports of EMR's web interfaces and services: an exemption for one of them opens it.
const INTERFACES: [u32; 10] = [
    8088, 8888, 8890, 8998, 9443, 9870, 10000, 16010, 18080, 20888,
];

impl Rule for BlockPublicAccessOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut results = Vec::new();
        for (_, r) in cx.live("aws_emr_block_public_access_configuration") {
            let on = cx.stack.eff(r, "block_public_security_group_rules");
            let ranges = cx
                .stack
                .eff(r, "permitted_public_security_group_rule_range");
            let (status, msg) = match (&on, &ranges) {
                (Eff::Known(Val::Bool(false)), _) => (
                    Status::Fail,
                    "block_public_security_group_rules is false: EMR clusters can start with security groups open to the internet".to_string(),
                ),
                (Eff::Known(Val::Bool(true)), Eff::Known(v)) => match exempted(v) {
                    Some(open) if !open.is_empty() => (
                        Status::Fail,
                        format!("block public access is on, but permitted_public_security_group_rule_range exempts {}: clusters can open those ports to the internet", open.join(", ")),
                    ),
                    Some(_) => (
                        Status::Pass,
                        "block public access is on; exempted ports are single ports outside EMR's interfaces".to_string(),
                    ),
                    None => (
                        Status::Unknown,
                        "a permitted range is unknown until apply".to_string(),
                    ),
                },
                (Eff::Known(Val::Bool(true)), Eff::NotSet) => {
                    (Status::Pass, "block public access is on".to_string())
                }
                (Eff::Known(Val::Bool(true)), other) => (
                    Status::Unknown,
                    format!(
                        "permitted_public_security_group_rule_range is {}",
                        unknown_reason(other)
                    ),
                ),
                (other, _) => (
                    Status::Unknown,
                    format!(
                        "block_public_security_group_rules is {}",
                        unknown_reason(other)
                    ),
                ),
            };
            results.push((r, status, msg));
        }
        for (r, status, msg) in results {
            cx.report(r, "block_public_security_group_rules", status, msg);
        }
    }
}

/// The exempted ranges that open more than one port, or an EMR interface port (None when a
/// bound is unknown).
fn exempted(ranges: &Val) -> Option<Vec<String>> {
    let mut open = Vec::new();
    for range in ranges.as_array().unwrap_or(&[]) {
        let bound = |k: &str| range.get(k).and_then(Val::as_f64).map(|n| n as u32);
        let (lo, hi) = (bound("min_range")?, bound("max_range")?);
        if hi > lo || INTERFACES.iter().any(|p| (lo..=hi).contains(p)) {
            open.push(if hi > lo {
                format!("ports {lo}-{hi}")
            } else {
                format!("port {lo}")
            });
        }
    }
    Some(open)
}
