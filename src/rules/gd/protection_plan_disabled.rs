use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// Each `aws_guardduty_detector_feature` (S3 data events, EKS audit logs, EKS / ECS / EC2 runtime
    /// monitoring, malware protection, RDS login events, Lambda network logs) has `status =
    /// "ENABLED"`, and every `additional_configuration` block of it (the runtime agent for EKS, ECS
    /// Fargate, EC2) too. The status is required, so there is no default; a status unknown until apply
    /// gives Unknown. A detector without a feature resource is not judged here: its protection plans
    /// depend on how and when the account enabled GuardDuty, outside the plan.
    ///
    /// ## Why it matters
    /// Each protection plan watches a data source the foundational findings miss: S3 object access,
    /// Kubernetes audit logs, runtime behaviour on hosts and containers, malware on volumes, database
    /// logins. Switching one off leaves that part of the account without threat detection.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_guardduty_detector_feature" "eks_runtime" {
    ///   detector_id = aws_guardduty_detector.main.id
    ///   name        = "EKS_RUNTIME_MONITORING"
    ///   status      = "DISABLED"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_guardduty_detector_feature" "eks_runtime" {
    ///   detector_id = aws_guardduty_detector.main.id
    ///   name        = "EKS_RUNTIME_MONITORING"
    ///   status      = "ENABLED"
    ///   additional_configuration {
    ///     name   = "EKS_ADDON_MANAGEMENT"
    ///     status = "ENABLED"
    ///   }
    /// }
    /// ```
    pub struct ProtectionPlanDisabled {
        id: "AWS-GD-003",
        slug: "guardduty-protection-plan-disabled",
        service: "guardduty",
        category: "detection",
        severity: High,
        title: "GuardDuty protection plan disabled",
        types: ["aws_guardduty_detector_feature"],
        default_enabled: true,
        covers: [Fsbp "GuardDuty.5", Fsbp "GuardDuty.6", Fsbp "GuardDuty.7", Fsbp "GuardDuty.8", Fsbp "GuardDuty.9", Fsbp "GuardDuty.10", Fsbp "GuardDuty.11", Fsbp "GuardDuty.12", Fsbp "GuardDuty.13"],
        check: Spec::all(&[attr("status", Is(Str("ENABLED"))).risk("GuardDuty does not watch what this protection plan covers"), attr("additional_configuration.*.status", Is(Str("ENABLED"))).risk("GuardDuty does not manage the runtime agent there")]),
    }
}
