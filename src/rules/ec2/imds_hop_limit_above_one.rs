use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_launch_template` and `aws_launch_configuration` set
    /// `metadata_options { http_put_response_hop_limit }` to 1. A limit of 2 or more fails.
    /// Templates and configurations whose metadata endpoint is off
    /// (`http_endpoint = "disabled"`) are not judged: nothing answers.
    ///
    /// Unset, the limit is decided outside the plan: EC2's API default is 1, but an AMI
    /// registered with `ImdsSupport = v2.0` (Amazon Linux 2023, for example) launches
    /// instances with a limit of 2, and the account's regional IMDS defaults can set another.
    /// An unset limit is therefore Unknown, with that reason, never Pass. A value unknown until
    /// apply is Unknown too.
    ///
    /// ## Why it matters
    /// Each network hop (a container bridge, a proxy) decrements the IMDSv2 token response's
    /// TTL. With a limit of 1 the token never leaves the instance; with more, containers and
    /// forwarded traffic can obtain a token and read the instance role's credentials.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_launch_template" "app" {
    ///   image_id = "ami-0abcdef1234567890"
    ///   metadata_options {
    ///     http_tokens                 = "required"
    ///     http_put_response_hop_limit = 2
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_launch_template" "app" {
    ///   image_id = "ami-0abcdef1234567890"
    ///   metadata_options {
    ///     http_tokens                 = "required"
    ///     http_put_response_hop_limit = 1
    ///   }
    /// }
    /// ```
    /// Workloads in containers that need instance credentials should get their own (EKS Pod
    /// Identity, IRSA, ECS task roles) rather than a higher hop limit.
    pub struct ImdsHopLimitAboveOne {
        id: "AWS-EC2-017",
        slug: "imds-hop-limit-above-one",
        service: "ec2",
        category: "identity",
        severity: High,
        title: "Metadata response hop limit above 1",
        types: ["aws_launch_template", "aws_launch_configuration"],
        default_enabled: true,
        covers: [Fsbp "AutoScaling.4" in ["aws_launch_configuration"], Checkov "CKV_AWS_341"],
        check: Spec::all(&[
            attr("metadata_options.0.http_put_response_hop_limit", AtMost(1.0))
                .unset_unknown("the AMI's ImdsSupport (v2.0 sets 2) and the account's IMDS defaults decide, outside the plan")
                .risk("containers and forwarded requests can fetch IMDSv2 tokens"),
        ])
        .when(&[attr("metadata_options.0.http_endpoint", IsNot(Str("disabled")))]),
    }
}
