use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_msk_cluster` requires clients to authenticate:
    /// `client_authentication.unauthenticated` is not `true` (unset: `false`), and at least one
    /// authentication method is on (`client_authentication.sasl.iam`, `sasl.scram`, or
    /// `tls.certificate_authority_arns`). A cluster without any of them accepts
    /// unauthenticated clients (MSK's behaviour when no client authentication is configured),
    /// which fails. Values known only at apply give Unknown. Off by default (medium): run it
    /// with `--profile strict`.
    ///
    /// ## Why it matters
    /// Any client that reaches the brokers can then produce and consume every topic; Kafka
    /// ACLs need an authenticated identity to mean anything.
    ///
    /// ## Example
    /// ```hcl
    /// client_authentication {
    ///   unauthenticated = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// client_authentication {
    ///   sasl {
    ///     iam = true
    ///   }
    /// }
    /// ```
    pub struct UnauthenticatedAccess {
        id: "AWS-MSK-005",
        slug: "msk-unauthenticated-access",
        service: "msk",
        category: "access-control",
        severity: Medium,
        title: "MSK cluster allows unauthenticated access",
        types: ["aws_msk_cluster"],
        default_enabled: false,
        covers: [Fsbp "MSK.6"],
        check: Spec {
            when: &[],
            all: &[attr("client_authentication.0.unauthenticated", Is(Bool(false))).default(Bool(false)).risk("any client that reaches the brokers can use every topic")],
            any: &[
                attr("client_authentication.0.sasl.0.iam", Is(Bool(true))).risk("no client authentication method is configured, so clients connect unauthenticated"),
                attr("client_authentication.0.sasl.0.scram", Is(Bool(true))),
                attr("client_authentication.0.tls.0.certificate_authority_arns", Set),
            ],
        },
    }
}
