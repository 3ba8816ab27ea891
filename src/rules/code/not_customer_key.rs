use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// A customer managed KMS key protects: every `artifact_store` of an `aws_codepipeline`
    /// (`encryption_key[0].id` set; unset, the artifacts use the AWS managed S3 key), an
    /// `aws_codeartifact_domain`'s assets (`encryption_key` a customer key; unset, the AWS
    /// managed `aws/codeartifact` key) and an `aws_codegurureviewer_repository_association`
    /// (`kms_key_details[0].encryption_option` `CUSTOMER_MANAGED_CMK`; unset, AWS default
    /// `AWS_OWNED_CMK`). Unset fails; values known only at apply are Unknown. Off by default
    /// (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Pipeline artifacts, packages and code under review are the software supply chain: with
    /// your key, who can read them is governed by the key policy and auditable.
    ///
    /// ## Example
    /// ```hcl
    /// artifact_store {
    ///   location = aws_s3_bucket.artifacts.bucket
    ///   type     = "S3"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// artifact_store {
    ///   location = aws_s3_bucket.artifacts.bucket
    ///   type     = "S3"
    ///   encryption_key {
    ///     id   = aws_kms_key.pipeline.arn
    ///     type = "KMS"
    ///   }
    /// }
    /// ```
    pub struct NotCustomerKey {
        id: "AWS-CODE-001",
        slug: "code-service-without-customer-key",
        service: "codepipeline",
        category: "encryption",
        severity: Medium,
        title: "CodePipeline, CodeArtifact or CodeGuru data without customer managed key",
        types: [
            "aws_codepipeline",
            "aws_codeartifact_domain",
            "aws_codegurureviewer_repository_association",
        ],
        default_enabled: false,
        covers: [
            Checkov "CKV_AWS_219" in ["aws_codepipeline"],
            Checkov "CKV_AWS_221" in ["aws_codeartifact_domain"],
            Checkov "CKV_AWS_381" in ["aws_codegurureviewer_repository_association"],
        ],
        check: Spec::all(&[
            attr("artifact_store.*.encryption_key.0.id", Set)
                .on(&["aws_codepipeline"])
                .risk("pipeline artifacts are encrypted with a key you do not control"),
            attr("encryption_key", CustomerKey)
                .on(&["aws_codeartifact_domain"])
                .risk("the domain's packages are encrypted with a key you do not control"),
            attr("kms_key_details.0.encryption_option", Is(Str("CUSTOMER_MANAGED_CMK")))
                .default(Str("AWS_OWNED_CMK"))
                .on(&["aws_codegurureviewer_repository_association"])
                .risk("code under review is encrypted with a key you do not control"),
        ]),
    }
}
