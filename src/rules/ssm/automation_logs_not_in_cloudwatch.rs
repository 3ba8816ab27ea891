use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_ssm_service_setting` for `/ssm/automation/customer-script-log-destination` (the id
    /// or its ARN) has `setting_value = "CloudWatch"`. Only a declared setting is judged: the account's
    /// value is not in a plan that does not declare it. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Automation runbooks run scripts with broad permissions; without their output in CloudWatch
    /// Logs there is no record of what a run did when something goes wrong or is abused.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ssm_service_setting" "automation_logs" {
    ///   setting_id    = "/ssm/automation/customer-script-log-destination"
    ///   setting_value = "None"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `setting_value = "CloudWatch"` (and `/ssm/automation/customer-script-log-group-name`
    /// to the log group).
    pub struct AutomationLogsNotInCloudwatch {
        id: "AWS-SSM-004",
        slug: "ssm-automation-logs-not-in-cloudwatch",
        service: "ssm",
        category: "logging",
        severity: Critical,
        title: "Account setting does not send Automation logs to CloudWatch",
        types: ["aws_ssm_service_setting"],
        default_enabled: true,
        covers: [Fsbp "SSM.6"],
        check: Spec::all(&[attr("setting_value", Is(Str("CloudWatch"))).risk("Automation script output is not kept")]).when(&[attr("setting_id", EndsWith("/ssm/automation/customer-script-log-destination"))]),
    }
}
