use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_rds_cluster` with engine `aurora-mysql` (or `aurora`) has a `backtrack_window` of at least
    /// one second. Unset, it is 0 (off): Fail. Other engines and Aurora Serverless v1 (`engine_mode =
    /// "serverless"`, which has no backtracking) are not judged. A value unknown until apply gives
    /// Unknown. Off by default (it runs under `--profile strict`).
    ///
    /// ## Why it matters
    /// Backtracking rewinds the cluster in place within minutes after a destructive statement; without
    /// it the only way back is a point-in-time restore to a new cluster.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine = "aurora-mysql"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine           = "aurora-mysql"
    ///   backtrack_window = 86400
    /// }
    /// ```
    pub struct BacktrackOff {
        id: "AWS-RDS-023",
        slug: "rds-aurora-mysql-backtrack-off",
        service: "rds",
        category: "resilience",
        severity: Medium,
        title: "Aurora MySQL backtracking off",
        types: ["aws_rds_cluster"],
        default_enabled: false,
        covers: [Fsbp "RDS.14", Checkov "CKV_AWS_326"],
        check: Spec::all(&[attr("backtrack_window", AtLeast(1.0)).default(Num(0.0)).risk("a bad write can only be undone by a restore to a new cluster")]).when(&[attr("engine", OneOf(&["aurora", "aurora-mysql"])), attr("engine_mode", NoneOf(&["serverless"]))]),
    }
}
