use crate::model::{Eff, Val};
use crate::rules::attr::{attr, judge, Expect::Is, Expect::NoneOf, Lit::Str, Test};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_dms_endpoint` connections are encrypted. For a Redis OSS endpoint (`engine_name =
    /// "redis"`), `redis_settings.ssl_security_protocol` must be `ssl-encryption` (the AWS
    /// default when unset; `plaintext` fails). For the database engines DMS connects to with
    /// SSL (MySQL, MariaDB, Aurora, PostgreSQL, Aurora PostgreSQL, Babelfish, Oracle, SQL
    /// Server, Azure SQL, Sybase, Db2, MongoDB, DocumentDB, Redshift), `ssl_mode` must not be
    /// `none`; unset, AWS's default is `none`: it fails. Other engines (S3, DynamoDB, Kinesis,
    /// Kafka, OpenSearch, Neptune) have no `ssl_mode` and are not judged. An engine or
    /// setting known only at apply is Unknown.
    ///
    /// ## Why it matters
    /// DMS copies whole databases: without SSL, the data and the database credentials cross
    /// the network in the clear between the replication instance and the endpoint.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_dms_endpoint" "source" {
    ///   endpoint_id   = "source"
    ///   endpoint_type = "source"
    ///   engine_name   = "postgres"
    ///   server_name   = "db.internal"
    ///   port          = 5432
    /// }
    /// ```
    ///
    /// ## Fix
    /// Set `ssl_mode = "verify-full"` (with `certificate_arn`) or at least `"require"`; for
    /// Redis, `redis_settings { ssl_security_protocol = "ssl-encryption" }`.
    pub struct EndpointWithoutSsl {
        id: "AWS-DMS-001",
        slug: "dms-endpoint-without-ssl",
        service: "dms",
        category: "encryption",
        severity: High,
        title: "DMS endpoint without SSL",
        types: ["aws_dms_endpoint"],
        default_enabled: true,
        covers: [Fsbp "DMS.9", Fsbp "DMS.12", Checkov "CKV2_AWS_49", Kics "dms_endpoint_no_ssl_configured"],
    }
}

const SSL_MODE: Test = attr("ssl_mode", NoneOf(&["none"]))
    .default(Str("none"))
    .risk("data and credentials travel unencrypted");

const REDIS_TLS: Test = attr(
    "redis_settings.0.ssl_security_protocol",
    Is(Str("ssl-encryption")),
)
.default(Str("ssl-encryption"))
.risk("data travels to Redis unencrypted");

/// Engines whose endpoints take `ssl_mode`.
const SSL_ENGINES: &[&str] = &[
    "aurora",
    "aurora-postgresql",
    "azuredb",
    "azure-sql-managed-instance",
    "babelfish",
    "db2",
    "db2-zos",
    "docdb",
    "mariadb",
    "mongodb",
    "mysql",
    "oracle",
    "postgres",
    "redshift",
    "redshift-serverless",
    "sqlserver",
    "sybase",
];

impl Rule for EndpointWithoutSsl {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_dms_endpoint") {
            let test = match cx.stack.eff(r, "engine_name") {
                Eff::Known(Val::Str(e)) if e == "redis" => &REDIS_TLS,
                Eff::Known(Val::Str(e)) if SSL_ENGINES.contains(&e.as_ref()) => &SSL_MODE,
                Eff::Known(_) | Eff::NotSet => continue,
                e => {
                    let msg = format!("engine_name is {}", unknown_reason(&e));
                    cx.report(r, "engine_name", Status::Unknown, msg);
                    continue;
                }
            };
            let v = judge(cx, r, test);
            let prov = cx.stack.provenance(r, test.path);
            cx.push(r, test.path, v.status, v.message, prov);
        }
    }
}
