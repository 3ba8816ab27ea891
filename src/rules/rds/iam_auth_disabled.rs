use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` and `aws_rds_cluster` running an engine that supports IAM database
    /// authentication (`mysql`, `mariadb`, `postgres`, `aurora`, `aurora-mysql`,
    /// `aurora-postgresql`) have `iam_database_authentication_enabled = true`. Unset, it is off.
    /// Other engines (Oracle, SQL Server, Db2) are not judged; an instance whose engine is not set
    /// (a read replica takes its source's) is not judged either. An engine or a value unknown until
    /// apply gives Unknown.
    ///
    /// ## Why it matters
    /// Without IAM authentication every client holds a long-lived database password. With it,
    /// clients connect with a 15-minute token issued to an IAM role, access is granted and revoked
    /// in IAM, and CloudTrail records who asked for a token.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine = "postgres"
    ///   # ... no iam_database_authentication_enabled
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `iam_database_authentication_enabled = true`, create database users mapped to IAM
    /// (`rds_iam` role in PostgreSQL, `AWSAuthenticationPlugin` in MySQL) and grant
    /// `rds-db:connect` to the roles that connect.
    pub struct IamAuthDisabled {
        id: "AWS-RDS-010",
        slug: "rds-iam-auth-disabled",
        service: "rds",
        category: "access-control",
        severity: Medium,
        title: "IAM database authentication off",
        types: ["aws_db_instance", "aws_rds_cluster"],
        default_enabled: true,
        covers: [Fsbp "RDS.10" in ["aws_db_instance"], Fsbp "RDS.12" in ["aws_rds_cluster"], Checkov "CKV_AWS_161" in ["aws_db_instance"], Checkov "CKV_AWS_162" in ["aws_rds_cluster"], Trivy "AVD-AWS-0176", Kics "iam_database_auth_not_enabled"],
        check: Spec::all(&[attr("iam_database_authentication_enabled", Is(Bool(true))).default(Bool(false))]).when(&[attr("engine", OneOf(&["mysql", "mariadb", "postgres", "aurora", "aurora-mysql", "aurora-postgresql"]))]),
    }
}
