use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// No `aws_iam_role_policy_attachment`, `aws_iam_user_policy_attachment`,
    /// `aws_iam_group_policy_attachment` or `aws_iam_policy_attachment` attaches the AWS managed
    /// policy `AWSCloudShellFullAccess` (in any partition), and no `aws_iam_role` lists it in
    /// `managed_policy_arns` (CIS 1.22). A policy ARN known only at apply gives Unknown. Off by
    /// default (medium): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// CloudShell full access lets the principal upload and download files to a shell inside
    /// the AWS console and reach the internet from it: an easy exfiltration path that bypasses
    /// network controls.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_role_policy_attachment" "shell" {
    ///   role       = aws_iam_role.dev.name
    ///   policy_arn = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove the attachment; if CloudShell is needed, write a policy that denies
    /// `cloudshell:GetFileUploadUrls` and `cloudshell:GetFileDownloadUrls`.
    pub struct CloudshellFullAccess {
        id: "AWS-IAM-018",
        slug: "cloudshell-full-access-attached",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "AWSCloudShellFullAccess attached",
        types: ["aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment", "aws_iam_role"],
        default_enabled: false,
        covers: [Cis "1.22"],
        check: Spec::all(&[
            attr("policy_arn", NoneOf(CLOUDSHELL))
                .on(&["aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment"])
                .risk("the principal can move files in and out through CloudShell"),
            attr("managed_policy_arns", Excludes(CLOUDSHELL))
                .on(&["aws_iam_role"])
                .risk("the principal can move files in and out through CloudShell"),
        ]),
    }
}

/// `AWSCloudShellFullAccess` in the partitions that have CloudShell.
const CLOUDSHELL: &[&str] = &[
    "arn:aws:iam::aws:policy/AWSCloudShellFullAccess",
    "arn:aws-us-gov:iam::aws:policy/AWSCloudShellFullAccess",
    "arn:aws-cn:iam::aws:policy/AWSCloudShellFullAccess",
];
