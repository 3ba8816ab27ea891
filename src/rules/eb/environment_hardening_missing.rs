use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_elastic_beanstalk_environment` has three `setting` blocks: `SystemType = "enhanced"`
    /// in `aws:elasticbeanstalk:healthreporting:system`, `ManagedActionsEnabled = true` in
    /// `aws:elasticbeanstalk:managedactions` and `StreamLogs = true` in
    /// `aws:elasticbeanstalk:cloudwatch:logs`. A missing setting takes the option's API default —
    /// `basic` health, managed actions off, no log streaming (the console turns some on; the plan is
    /// what Terraform sends): Fail. Settings unknown until apply give Unknown.
    ///
    /// ## Why it matters
    /// Basic health reporting misses failing instances and application errors; without managed
    /// platform updates, security patches wait for someone to apply them; without log streaming, logs
    /// vanish when Auto Scaling replaces an instance.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_elastic_beanstalk_environment" "web" {
    ///   name                = "web"
    ///   application         = aws_elastic_beanstalk_application.web.name
    ///   solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// setting {
    ///   namespace = "aws:elasticbeanstalk:healthreporting:system"
    ///   name      = "SystemType"
    ///   value     = "enhanced"
    /// }
    /// setting {
    ///   namespace = "aws:elasticbeanstalk:managedactions"
    ///   name      = "ManagedActionsEnabled"
    ///   value     = "true"
    /// }
    /// setting {
    ///   namespace = "aws:elasticbeanstalk:managedactions"
    ///   name      = "PreferredStartTime"
    ///   value     = "Sun:02:00"
    /// }
    /// setting {
    ///   namespace = "aws:elasticbeanstalk:cloudwatch:logs"
    ///   name      = "StreamLogs"
    ///   value     = "true"
    /// }
    /// ```
    pub struct EnvironmentHardeningMissing {
        id: "AWS-EB-001",
        slug: "beanstalk-environment-hardening-missing",
        service: "elasticbeanstalk",
        category: "monitoring",
        severity: High,
        title: "Beanstalk environment without enhanced health, managed updates or log streaming",
        types: ["aws_elastic_beanstalk_environment"],
        default_enabled: true,
        covers: [Fsbp "ElasticBeanstalk.1", Fsbp "ElasticBeanstalk.2", Fsbp "ElasticBeanstalk.3", Checkov "CKV_AWS_312", Checkov "CKV_AWS_340"],
        check: Spec::all(&[attr("setting[namespace=aws:elasticbeanstalk:healthreporting:system,name=SystemType].value", Is(Str("enhanced"))).default(Str("basic")).risk("instance and application health is not reported"), attr("setting[namespace=aws:elasticbeanstalk:managedactions,name=ManagedActionsEnabled].value", Is(Bool(true))).default(Bool(false)).risk("platform security updates are not applied"), attr("setting[namespace=aws:elasticbeanstalk:cloudwatch:logs,name=StreamLogs].value", Is(Bool(true))).default(Bool(false)).risk("instance logs are lost with the instances")]),
    }
}
