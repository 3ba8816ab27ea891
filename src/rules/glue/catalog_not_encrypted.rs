use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// `aws_glue_data_catalog_encryption_settings` encrypts the Data Catalog with KMS
    /// (`data_catalog_encryption_settings[0].encryption_at_rest[0].catalog_encryption_mode` is
    /// `SSE-KMS` or `SSE-KMS-WITH-SERVICE-ROLE`) and returns connection passwords encrypted
    /// (`connection_password_encryption[0].return_connection_password_encrypted` is `true`).
    /// `DISABLED` or `false` fails; both arguments are required. Values known only at apply are
    /// Unknown. Accounts that do not declare the resource are not judged (the setting, off by
    /// default, is outside the plan).
    ///
    /// ## Why it matters
    /// The catalog holds table schemas, locations and connection definitions, passwords
    /// included: unencrypted, anyone with read access to the catalog reads them.
    ///
    /// ## Example
    /// ```hcl
    /// data_catalog_encryption_settings {
    ///   connection_password_encryption {
    ///     return_connection_password_encrypted = false
    ///   }
    ///   encryption_at_rest {
    ///     catalog_encryption_mode = "DISABLED"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// data_catalog_encryption_settings {
    ///   connection_password_encryption {
    ///     aws_kms_key_id                       = aws_kms_key.glue.arn
    ///     return_connection_password_encrypted = true
    ///   }
    ///   encryption_at_rest {
    ///     catalog_encryption_mode = "SSE-KMS"
    ///     sse_aws_kms_key_id      = aws_kms_key.glue.arn
    ///   }
    /// }
    /// ```
    pub struct CatalogNotEncrypted {
        id: "AWS-GLUE-001",
        slug: "glue-data-catalog-not-encrypted",
        service: "glue",
        category: "encryption",
        severity: High,
        title: "Glue Data Catalog or connection passwords not encrypted",
        types: ["aws_glue_data_catalog_encryption_settings"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_94", Kics "glue_data_catalog_encryption_disabled"],
        check: Spec::all(&[
            attr(
                "data_catalog_encryption_settings.0.encryption_at_rest.0.catalog_encryption_mode",
                OneOf(&["SSE-KMS", "SSE-KMS-WITH-SERVICE-ROLE"]),
            )
            .risk("the Data Catalog's metadata is stored unencrypted"),
            attr(
                "data_catalog_encryption_settings.0.connection_password_encryption.0.return_connection_password_encrypted",
                Is(Bool(true)),
            )
            .risk("connection passwords are returned in clear text"),
        ]),
    }
}
