use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_glue_job` running Spark (`command[0].name` `glueetl` or `gluestreaming`; unset
    /// is `glueetl`) has `glue_version` 3.0 or later. Unset, the version is AWS's choice, not
    /// shown in the plan (Glue 0.9 for jobs created without one by older API clients): it is
    /// Unknown. Python shell and Ray jobs are not judged; values known only at apply are
    /// Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Glue 0.9, 1.0 and 2.0 are end of support: their Spark, Python and libraries get no
    /// security fixes.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_glue_job" "etl" {
    ///   name         = "etl"
    ///   role_arn     = aws_iam_role.glue.arn
    ///   glue_version = "2.0"
    ///   command {
    ///     script_location = "s3://scripts/etl.py"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `glue_version = "5.0"` (or another supported version).
    pub struct SparkJobOldVersion {
        id: "AWS-GLUE-005",
        slug: "glue-spark-job-old-version",
        service: "glue",
        category: "maintenance",
        severity: Medium,
        title: "Glue Spark job on an unsupported Glue version",
        types: ["aws_glue_job"],
        default_enabled: false,
        covers: [Fsbp "Glue.4"],
        check: Spec::all(&[attr("glue_version", AtLeast(3.0))
            .unset_unknown("AWS picks the Glue version, which the plan does not show")
            .risk("the job runs on a Glue version without security fixes")])
        .when(&[attr("command.0.name", OneOf(&["glueetl", "gluestreaming"]))
            .default(Str("glueetl"))]),
    }
}
