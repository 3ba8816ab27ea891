use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_dms_endpoint` with `engine_name = "mongodb"` authenticates:
    /// `mongodb_settings[0].auth_type` is not `no`. Unset, AWS's default is `password`: it
    /// passes. Other engines are not judged; values known only at apply are Unknown. Off by
    /// default (medium severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Without authentication, DMS connects to a MongoDB that accepts anyone: the database
    /// being migrated is open to whoever reaches it.
    ///
    /// ## Example
    /// ```hcl
    /// mongodb_settings {
    ///   auth_type = "no"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `auth_type` (or set `password`) and give the endpoint a user.
    pub struct MongodbWithoutAuth {
        id: "AWS-DMS-006",
        slug: "dms-mongodb-without-auth",
        service: "dms",
        category: "identity",
        severity: Medium,
        title: "DMS MongoDB endpoint without authentication",
        types: ["aws_dms_endpoint"],
        default_enabled: false,
        covers: [Fsbp "DMS.11"],
        check: Spec::all(&[attr("mongodb_settings.0.auth_type", IsNot(Str("no")))
            .default(Str("password"))
            .risk("the MongoDB source accepts unauthenticated connections")])
        .when(&[attr("engine_name", Is(Str("mongodb")))]),
    }
}
