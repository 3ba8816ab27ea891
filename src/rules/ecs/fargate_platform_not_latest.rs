use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_ecs_service` with `launch_type = "FARGATE"` has `platform_version` `LATEST`.
    /// Unset, AWS's default is `LATEST`: it passes. A pinned version (`1.4.0`) fails. Services
    /// on other launch types (or capacity providers) are not judged; values known only at
    /// apply are Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Fargate platform versions carry the kernel and container runtime: a pinned version
    /// misses their security fixes until someone moves the pin.
    ///
    /// ## Example
    /// ```hcl
    /// launch_type      = "FARGATE"
    /// platform_version = "1.3.0"
    /// ```
    ///
    /// ## Fix
    /// Remove `platform_version` or set it to `LATEST`.
    pub struct FargatePlatformNotLatest {
        id: "AWS-ECS-010",
        slug: "ecs-fargate-platform-not-latest",
        service: "ecs",
        category: "maintenance",
        severity: Medium,
        title: "ECS Fargate service pinned to an older platform version",
        types: ["aws_ecs_service"],
        default_enabled: false,
        covers: [Fsbp "ECS.10", Checkov "CKV_AWS_332"],
        check: Spec::all(&[attr("platform_version", Is(Str("LATEST")))
            .default(Str("LATEST"))
            .risk("the tasks miss the platform's newer security fixes")])
        .when(&[attr("launch_type", Is(Str("FARGATE")))]),
    }
}
