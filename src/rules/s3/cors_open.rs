use crate::model::Resource;
use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// No CORS rule — a `cors_rule` of `aws_s3_bucket_cors_configuration`, or the legacy
    /// (provider v3) `cors_rule` of `aws_s3_bucket` — allows every origin (`"*"` in
    /// `allowed_origins`) together with every method (`"*"`, or all of `GET`, `PUT`, `POST`,
    /// `DELETE` and `HEAD` in `allowed_methods`). No CORS rule passes. Origins or methods known
    /// only at apply give Unknown. Off by default (medium): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Any web page, on any site, can then make its visitors' browsers read and write the
    /// bucket with their credentials or presigned URLs.
    ///
    /// ## Example
    /// ```hcl
    /// cors_rule {
    ///   allowed_methods = ["GET", "PUT", "POST", "DELETE", "HEAD"]
    ///   allowed_origins = ["*"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// cors_rule {
    ///   allowed_methods = ["GET"]
    ///   allowed_origins = ["https://www.example.com"]
    /// }
    /// ```
    pub struct CorsOpen {
        id: "AWS-S3-019",
        slug: "s3-cors-allows-all-origins-and-methods",
        service: "s3",
        category: "access-control",
        severity: Medium,
        title: "Bucket CORS rule allows all origins and all methods",
        types: ["aws_s3_bucket_cors_configuration", "aws_s3_bucket"],
        default_enabled: false,
        covers: [Kics "s3_bucket_with_unsecured_cors_rule"],
    }
}

const METHODS: &[&str] = &["GET", "PUT", "POST", "DELETE", "HEAD"];

impl Rule for CorsOpen {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for t in Self::META.types {
            for (_, r) in cx.live(t) {
                let (status, msg, path) = verdict(cx, r);
                cx.report(r, &path, status, msg);
            }
        }
    }
}

fn verdict(cx: &Cx, r: &Resource) -> (Status, String, String) {
    let n = match cx.stack.eff(r, "cors_rule") {
        Eff::Known(Val::Arr(items)) => items.len(),
        Eff::Known(_) | Eff::NotSet => 0,
        e => {
            let why = format!("cors_rule is {}", unknown_reason(&e));
            return (Status::Unknown, why, "cors_rule".to_string());
        }
    };
    let mut open = None;
    for i in 0..n {
        let base = format!("cors_rule.{i}");
        let list = |f: &str| match cx.stack.eff(r, &format!("{base}.{f}")) {
            Eff::Known(v) => Ok(v
                .strings()
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()),
            Eff::NotSet => Ok(Vec::new()),
            e => Err(format!("{base}.{f} is {}", unknown_reason(&e))),
        };
        let origins = list("allowed_origins");
        let methods = list("allowed_methods");
        let any_origin = origins.as_ref().map(|o| o.iter().any(|x| x == "*"));
        let all_methods = methods.as_ref().map(|m| {
            m.iter().any(|x| x == "*") || METHODS.iter().all(|x| m.iter().any(|y| y == x))
        });
        match (any_origin, all_methods) {
            (Ok(true), Ok(true)) => {
                return (
                    Status::Fail,
                    format!("{base} allows every origin (\"*\") and every method"),
                    base,
                )
            }
            (Ok(false), _) | (_, Ok(false)) => {}
            (Err(why), _) | (_, Err(why)) => {
                open.get_or_insert((why.clone(), base));
            }
        }
    }
    match open {
        Some((why, path)) => (Status::Unknown, why, path),
        None => (
            Status::Pass,
            "no CORS rule allows every origin with every method".to_string(),
            "cors_rule".to_string(),
        ),
    }
}
