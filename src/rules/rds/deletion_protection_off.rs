use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster` have `deletion_protection = true`. Unset, it is off
    /// (the RDS default). For an Aurora cluster the setting lives on the cluster, which protects
    /// its instances. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without deletion protection a `terraform destroy`, a renamed resource that Terraform
    /// replaces, or a console click deletes the database; only a final snapshot, if one is taken,
    /// is left.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_rds_cluster" "main" {
    ///   engine = "aurora-postgresql"
    ///   # ... no deletion_protection
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `deletion_protection = true`; turn it off in a separate change when the database is to
    /// be retired.
    pub struct DeletionProtectionOff {
        id: "AWS-RDS-012",
        slug: "rds-deletion-protection-off",
        service: "rds",
        category: "resilience",
        severity: Medium,
        title: "Deletion protection off",
        types: ["aws_db_instance", "aws_rds_cluster"],
        default_enabled: true,
        covers: [Fsbp "RDS.7" in ["aws_rds_cluster"], Fsbp "RDS.8" in ["aws_db_instance"], Checkov "CKV_AWS_293" in ["aws_db_instance"], Checkov "CKV_AWS_139" in ["aws_rds_cluster"], Trivy "AVD-AWS-0177" in ["aws_db_instance"], Trivy "AVD-AWS-0343" in ["aws_rds_cluster"]],
        check: Spec::all(&[attr("deletion_protection", Is(Bool(true))).default(Bool(false)).risk("one destroy or replacement deletes the database")]),
    }
}
