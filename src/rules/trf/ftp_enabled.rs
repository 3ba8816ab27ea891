use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_transfer_server` does not accept plain `FTP` in `protocols`. Unset, the server speaks
    /// SFTP only (the Transfer Family default): Pass. A value unknown until apply gives Unknown.
    /// Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// FTP sends user names, passwords and file contents unencrypted: anyone on the path reads or
    /// alters them.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_transfer_server" "partners" {
    ///   protocols              = ["FTP", "FTPS"]
    ///   endpoint_type          = "VPC"
    ///   identity_provider_type = "API_GATEWAY"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Use `protocols = ["SFTP"]` or `["FTPS"]` with a certificate.
    pub struct FtpEnabled {
        id: "AWS-TRF-001",
        slug: "transfer-ftp-enabled",
        service: "transfer",
        category: "encryption",
        severity: Medium,
        title: "Transfer Family server accepts FTP",
        types: ["aws_transfer_server"],
        default_enabled: false,
        covers: [Fsbp "Transfer.2", Checkov "CKV_AWS_357"],
        check: Spec::all(&[attr("protocols", Excludes(&["FTP"])).risk("credentials and files cross the network in clear text")]),
    }
}
