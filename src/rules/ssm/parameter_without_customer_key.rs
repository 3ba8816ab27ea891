use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_ssm_parameter` of `type = "SecureString"` is encrypted with a customer managed KMS
    /// key: `key_id` set to such a key. Unset, it uses the AWS managed `alias/aws/ssm`: Fail.
    /// `String` and `StringList` parameters are not judged (whether their value is a secret cannot be
    /// told reliably from a plan). A key unknown until apply gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Every role with `ssm:GetParameter` and the default key's implicit permissions can decrypt
    /// parameters under `alias/aws/ssm`; a customer key lets the key policy decide who reads the
    /// secret, and its use is audited.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ssm_parameter" "db_password" {
    ///   name  = "/app/db/password"
    ///   type  = "SecureString"
    ///   value = var.db_password
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `key_id = aws_kms_key.parameters.arn`.
    pub struct ParameterWithoutCustomerKey {
        id: "AWS-SSM-005",
        slug: "ssm-parameter-without-customer-key",
        service: "ssm",
        category: "encryption",
        severity: Medium,
        title: "SecureString parameter without a customer KMS key",
        types: ["aws_ssm_parameter"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_337"],
        check: Spec::all(&[attr("key_id", CustomerKey).risk("the secret is not under a key you control")]).when(&[attr("type", Is(Str("SecureString")))]),
    }
}
