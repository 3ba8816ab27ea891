use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Names within AWS's limits, on values known at plan time: DB instance `identifier`
    /// (1–63, letter first, letters/digits/hyphens, no `--`, no trailing `-`), Lambda
    /// `function_name` (1–64, letters/digits/`-`/`_`), S3 `bucket` (3–63, lower-case
    /// letters/digits/`-`/`.`, starts and ends with a letter or digit, no `..`),
    /// ElastiCache `replication_group_id` (1–40, as DB identifiers), load balancer and target
    /// group `name` (1–32, letters/digits/hyphens, no hyphen at either end), IAM role `name`
    /// (1–64). The provider validates some of these only when the value is known during
    /// validation (the seed's 80-character DB identifier and `Data_prod` bucket planned fine).
    ///
    /// ## Why it matters
    /// AWS rejects the name at apply, after other resources were created.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_s3_bucket" "data" {
    ///   bucket = "online-education-platform-Data_prod"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Shorten or lower-case the name; build long names with `substr()` and a hash.
    pub struct NameViolatesLimits {
        id: "AWS-NAME-001",
        slug: "name-violates-aws-limits",
        service: "all",
        category: "correctness",
        severity: High,
        title: "Name violates the AWS naming limits",
        types: ["aws_db_instance", "aws_lambda_function", "aws_s3_bucket", "aws_elasticache_replication_group", "aws_lb", "aws_alb", "aws_lb_target_group", "aws_alb_target_group", "aws_iam_role"],
        default_enabled: true,
    }
}

/// (type, attribute, maximum length, check) — the check returns a problem, if any.
type Check = fn(&str) -> Option<&'static str>;

fn identifier(s: &str) -> Option<&'static str> {
    if !s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        Some("must start with a letter")
    } else if !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Some("may hold only letters, digits and hyphens")
    } else if s.contains("--") {
        Some("may not contain two hyphens in a row")
    } else if s.ends_with('-') {
        Some("may not end with a hyphen")
    } else {
        None
    }
}

fn function(s: &str) -> Option<&'static str> {
    (!s.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some("may hold only letters, digits, hyphens and underscores")
}

fn bucket(s: &str) -> Option<&'static str> {
    if !s
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
    {
        Some("may hold only lower-case letters, digits, hyphens and dots")
    } else if !s.starts_with(|c: char| c.is_ascii_alphanumeric())
        || !s.ends_with(|c: char| c.is_ascii_alphanumeric())
    {
        Some("must start and end with a letter or digit")
    } else if s.contains("..") {
        Some("may not contain two dots in a row")
    } else if s.len() < 3 {
        Some("must be at least 3 characters")
    } else {
        None
    }
}

fn lb(s: &str) -> Option<&'static str> {
    if !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Some("may hold only letters, digits and hyphens")
    } else if s.starts_with('-') || s.ends_with('-') {
        Some("may not start or end with a hyphen")
    } else {
        None
    }
}

fn any(_: &str) -> Option<&'static str> {
    None
}

const LIMITS: [(&str, &str, usize, Check); 9] = [
    ("aws_db_instance", "identifier", 63, identifier),
    ("aws_lambda_function", "function_name", 64, function),
    ("aws_s3_bucket", "bucket", 63, bucket),
    (
        "aws_elasticache_replication_group",
        "replication_group_id",
        40,
        identifier,
    ),
    ("aws_lb", "name", 32, lb),
    ("aws_alb", "name", 32, lb),
    ("aws_lb_target_group", "name", 32, lb),
    ("aws_alb_target_group", "name", 32, lb),
    ("aws_iam_role", "name", 64, any),
];

impl Rule for NameViolatesLimits {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (t, attr, max, check) in LIMITS {
            for (_, r) in cx.live(t) {
                let e = cx.stack.eff(r, attr);
                let (status, msg) = match &e {
                    Eff::Known(Val::Str(name)) => {
                        let len = name.chars().count();
                        // Only a failure shows the name (with where it comes from).
                        let shown = || cx.stack.show(r, attr, &Val::Str(name.clone()));
                        if len > max {
                            (
                                Status::Fail,
                                format!(
                                    "{attr} {} is {len} characters; the limit is {max}",
                                    shown()
                                ),
                            )
                        } else if let Some(problem) = check(name) {
                            (Status::Fail, format!("{attr} {} {problem}", shown()))
                        } else {
                            (Status::Pass, format!("{attr} is within the limits"))
                        }
                    }
                    Eff::Known(_) | Eff::NotSet => continue,
                    _ => (Status::Unknown, format!("{attr} is {}", unknown_reason(&e))),
                };
                cx.report(r, attr, status, msg);
            }
        }
    }
}
