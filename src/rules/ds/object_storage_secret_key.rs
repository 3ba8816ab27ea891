use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_datasync_location_object_storage` does not set `secret_key`. Set (whatever its
    /// value, which is never printed), it fails; unset passes. Off by default (medium
    /// severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A secret key in the configuration is stored in clear text in the Terraform state and
    /// usually in version control; it gives access to the object storage.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_datasync_location_object_storage" "onprem" {
    ///   agent_arns      = [aws_datasync_agent.main.arn]
    ///   server_hostname = "storage.example.com"
    ///   bucket_name     = "archive"
    ///   access_key      = "AKIA..."
    ///   secret_key      = "..."
    /// }
    /// ```
    ///
    /// ## Fix
    /// Keep the secret out of the configuration: read it at apply time from Secrets Manager
    /// with an ephemeral resource, or create the location outside Terraform.
    pub struct ObjectStorageSecretKey {
        id: "AWS-DS-001",
        slug: "datasync-object-storage-secret-key",
        service: "datasync",
        category: "secrets",
        severity: Medium,
        title: "DataSync object storage location holds a secret key",
        types: ["aws_datasync_location_object_storage"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_295"],
        check: Spec::all(&[attr("secret_key", NotSet)
            .risk("the secret key is stored in the Terraform state")]),
    }
}
