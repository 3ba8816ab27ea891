use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_mwaa_environment.webserver_access_mode` is `PRIVATE_ONLY`. Unset, AWS's default
    /// is `PRIVATE_ONLY`: it passes. `PUBLIC_ONLY` fails. A value known only at apply is
    /// Unknown. Off by default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A public Airflow web server is reachable from the internet (behind IAM sign-in): its
    /// UI can trigger DAGs and read connections and variables, so any flaw or leaked
    /// credential is exposed to everyone.
    ///
    /// ## Example
    /// ```hcl
    /// webserver_access_mode = "PUBLIC_ONLY"
    /// ```
    ///
    /// ## Fix
    /// Remove `webserver_access_mode` (or set `PRIVATE_ONLY`) and reach the UI through the
    /// VPC.
    pub struct WebserverPublic {
        id: "AWS-MWAA-002",
        slug: "mwaa-webserver-public",
        service: "mwaa",
        category: "network",
        severity: Medium,
        title: "MWAA web server reachable from the internet",
        types: ["aws_mwaa_environment"],
        default_enabled: false,
        covers: [Checkov "CKV2_AWS_66"],
        check: Spec::all(&[attr("webserver_access_mode", Is(Str("PRIVATE_ONLY")))
            .default(Str("PRIVATE_ONLY"))
            .risk("the Airflow UI is reachable from the internet")]),
    }
}
