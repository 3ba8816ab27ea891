use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_ecs_service` and `aws_ecs_task_set`: `network_configuration.assign_public_ip` is
    /// not `true`. Unset, AWS's
    /// default is `false` (a service without `network_configuration`, not in `awsvpc` mode,
    /// gets no address of its own and passes). A value known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// Each task gets an internet-routable address; in a public subnet a security group
    /// mistake is all it takes to expose the containers directly.
    ///
    /// ## Example
    /// ```hcl
    /// network_configuration {
    ///   subnets          = aws_subnet.public[*].id
    ///   assign_public_ip = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Run the tasks in private subnets with `assign_public_ip = false`, reaching the internet
    /// through a NAT gateway or VPC endpoints, and expose them through a load balancer.
    pub struct ServiceAssignsPublicIp {
        id: "AWS-ECS-004",
        slug: "ecs-service-assigns-public-ip",
        service: "ecs",
        category: "network",
        severity: High,
        title: "ECS service or task set assigns public IPs",
        types: ["aws_ecs_service", "aws_ecs_task_set"],
        default_enabled: true,
        covers: [Fsbp "ECS.2" in ["aws_ecs_service"], Fsbp "ECS.16" in ["aws_ecs_task_set"], Checkov "CKV_AWS_333" in ["aws_ecs_service"]],
        check: Spec::all(&[attr("network_configuration.0.assign_public_ip", Is(Bool(false)))
            .default(Bool(false))
            .risk("every task gets a public IPv4 address")]),
    }
}
