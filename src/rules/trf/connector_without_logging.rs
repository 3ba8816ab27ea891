use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_transfer_connector` logs to CloudWatch: `logging_role` set. Unset, the connector
    /// writes no logs: Fail. A value unknown until apply gives Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without logs, which files a connector sent or fetched, and failed or unexpected transfers,
    /// cannot be traced.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_transfer_connector" "partner" {
    ///   access_role = aws_iam_role.connector.arn
    ///   url         = "sftp://partner.example.com"
    ///   sftp_config {
    ///     trusted_host_keys = [var.partner_host_key]
    ///     user_secret_id    = aws_secretsmanager_secret.partner.id
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `logging_role = aws_iam_role.transfer_logging.arn` (a role Transfer Family can assume
    /// that may write to CloudWatch Logs).
    pub struct ConnectorWithoutLogging {
        id: "AWS-TRF-003",
        slug: "transfer-connector-without-logging",
        service: "transfer",
        category: "logging",
        severity: Medium,
        title: "Transfer Family connector without logging",
        types: ["aws_transfer_connector"],
        default_enabled: false,
        covers: [Fsbp "Transfer.3"],
        check: Spec::all(&[attr("logging_role", Set).risk("the connector's transfers leave no CloudWatch record")]),
    }
}
