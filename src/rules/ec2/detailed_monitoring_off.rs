use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_instance` has `monitoring = true` (CloudWatch detailed monitoring, 1-minute metrics).
    /// Unset, AWS's default is basic monitoring (`false`) and fails — unless the instance is launched
    /// from a `launch_template`, whose own setting then decides: Unknown. A value unknown until apply
    /// gives Unknown.
    ///
    /// Off by default (medium severity): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// Basic monitoring reports every 5 minutes: alarms and Auto Scaling react up to five times more
    /// slowly, and short spikes disappear from the graphs.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "app" {
    ///   ami           = data.aws_ami.al2023.id
    ///   instance_type = "t3.micro"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_instance" "app" {
    ///   ami           = data.aws_ami.al2023.id
    ///   instance_type = "t3.micro"
    ///   monitoring    = true
    /// }
    /// ```
    pub struct DetailedMonitoringOff {
        id: "AWS-EC2-021",
        slug: "instance-detailed-monitoring-off",
        service: "ec2",
        category: "logging",
        severity: Medium,
        title: "Instance detailed monitoring off",
        types: ["aws_instance"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_126", Kics "ec2_instance_monitoring_disabled"],
        check: Spec::all(&[attr("monitoring", Is(Bool(true))).default(Bool(false)).unset_if(&[case(attr("launch_template", Set), Unset::Unknown("the launch template decides"))]).risk("metrics come every 5 minutes, not every minute")]),
    }
}
