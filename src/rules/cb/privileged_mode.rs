use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_codebuild_project.environment[0].privileged_mode` is `false`. Unset, AWS's default
    /// is `false`: it passes. A value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Privileged mode gives the build container root on the build host's Docker daemon: a
    /// malicious dependency or pull request can escape the build, read other builds' data and
    /// use the project's role freely. Only builds that build Docker images need it.
    ///
    /// ## Example
    /// ```hcl
    /// environment {
    ///   compute_type    = "BUILD_GENERAL1_SMALL"
    ///   image           = "aws/codebuild/standard:7.0"
    ///   type            = "LINUX_CONTAINER"
    ///   privileged_mode = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `privileged_mode` (build images with a rootless builder such as Kaniko or
    /// buildah instead).
    pub struct PrivilegedMode {
        id: "AWS-CB-003",
        slug: "codebuild-privileged-mode",
        service: "codebuild",
        category: "access-control",
        severity: High,
        title: "CodeBuild project runs in privileged mode",
        types: ["aws_codebuild_project"],
        default_enabled: true,
        covers: [Fsbp "CodeBuild.5", Checkov "CKV_AWS_316"],
        check: Spec::all(&[attr("environment.0.privileged_mode", Is(Bool(false)))
            .default(Bool(false))
            .risk("the build runs as root on the host's Docker daemon")]),
    }
}
