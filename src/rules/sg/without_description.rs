use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// Security groups and their rules say what they are for: `aws_security_group` has a
    /// `description` other than the provider's default `Managed by Terraform` (what an unset
    /// description becomes), and every inline `ingress` and `egress` block has a non-empty
    /// `description`; `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule` and
    /// `aws_vpc_security_group_egress_rule` have a non-empty `description` (unset, AWS stores
    /// none). A value unknown until apply gives Unknown.
    ///
    /// Off by default (low severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// A rule nobody can explain is a rule nobody dares remove: descriptions are what lets a
    /// review tell the port opened for a partner from the one left over from a debug session.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_security_group" "app" {
    ///   vpc_id = aws_vpc.main.id
    ///   ingress {
    ///     protocol        = "tcp"
    ///     from_port       = 8080
    ///     to_port         = 8080
    ///     security_groups = [aws_security_group.lb.id]
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_security_group" "app" {
    ///   description = "Application servers behind the public load balancer"
    ///   vpc_id      = aws_vpc.main.id
    ///   ingress {
    ///     description     = "HTTP from the load balancer"
    ///     protocol        = "tcp"
    ///     from_port       = 8080
    ///     to_port         = 8080
    ///     security_groups = [aws_security_group.lb.id]
    ///   }
    /// }
    /// ```
    pub struct WithoutDescription {
        id: "AWS-SG-009",
        slug: "security-group-without-description",
        service: "ec2",
        category: "configuration",
        severity: Low,
        title: "Security group or rule without a description",
        types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_23", Trivy "AVD-AWS-0099" in ["aws_security_group"], Trivy "AVD-AWS-0124", Kics "security_group_without_description" in ["aws_security_group"], Kics "security_group_rules_without_description"],
        check: Spec::all(&[
            attr("description", NoneOf(&["Managed by Terraform", ""])).default(Str("Managed by Terraform")).on(&["aws_security_group"]).risk("nobody can tell what the group is for"),
            attr("ingress.*.description", Set).on(&["aws_security_group"]).risk("nobody can tell what the rule is for"),
            attr("egress.*.description", Set).on(&["aws_security_group"]).risk("nobody can tell what the rule is for"),
            attr("description", Set).on(&["aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]).risk("nobody can tell what the rule is for"),
        ]),
    }
}
