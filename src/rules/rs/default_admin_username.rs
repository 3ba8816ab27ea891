use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_redshift_cluster` does not use the well-known `awsuser` master username (the
    /// console's suggestion). Unset (a cluster restored from a snapshot keeps the snapshot's user):
    /// Pass. A value unknown until apply gives Unknown.
    ///
    /// ## Why it matters
    /// A default admin name gives brute-force and credential-stuffing attempts half of the
    /// credentials of the most powerful database user.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_redshift_cluster" "dw" {
    ///   cluster_identifier = "dw"
    ///   node_type          = "ra3.xlplus"
    ///   master_username    = "awsuser"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Choose another `master_username` (the cluster is replaced) and keep the password in
    /// Secrets Manager (`manage_master_password = true`).
    pub struct DefaultAdminUsername {
        id: "AWS-RS-007",
        slug: "redshift-default-admin-username",
        service: "redshift",
        category: "identity",
        severity: High,
        title: "Redshift master username is awsuser",
        types: ["aws_redshift_cluster"],
        default_enabled: true,
        covers: [Fsbp "Redshift.8"],
        check: Spec::all(&[attr("master_username", NoneOf(&["awsuser"])).risk("attackers guess half of the admin credentials")]),
    }
}
