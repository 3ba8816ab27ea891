use crate::model::Val;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_lambda_function.environment[0].variables` written as literals in the configuration
    /// (`constant_value`) whose values look like environment-specific addresses: ARNs, URLs,
    /// absolute paths, host names or IP addresses. Only the variable names are reported, never
    /// the values. Maps built from references and variables pass; functions without
    /// environment variables are not judged.
    ///
    /// ## Why it matters
    /// A literal `arn:aws:sqs:us-east-1:…:orders` or `db.prod.internal` ties the function to one
    /// account and environment: the staging copy silently talks to production.
    ///
    /// ## Example
    /// `variables = { QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/210987654321/orders" }`
    ///
    /// ## Fix
    /// `variables = { QUEUE_URL = aws_sqs_queue.orders.url }`, or a variable per environment.
    pub struct HardCodedEnvironment {
        id: "AWS-LMB-006",
        slug: "lambda-hard-coded-environment",
        service: "lambda",
        category: "operations",
        severity: Info,
        title: "Hard-coded environment values",
        types: ["aws_lambda_function"],
        default_enabled: true,
    }
}

/// What an environment value looks like, if it is an address.
pub fn looks_like(v: &str) -> Option<&'static str> {
    let v = v.trim();
    if v.starts_with("arn:") {
        return Some("an ARN");
    }
    if v.contains("://") {
        return Some("a URL");
    }
    if v.starts_with('/') && v.len() > 1 && !v.contains(' ') {
        return Some("a path");
    }
    let labels: Vec<&str> = v.split('.').collect();
    if labels.len() == 4 && labels.iter().all(|l| l.parse::<u8>().is_ok()) {
        return Some("an IP address");
    }
    let host = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
    host.then_some("a host name")
}

impl Rule for HardCodedEnvironment {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_lambda_function") {
            let Some(expr) = cx.stack.expr_at(r, "environment.0.variables") else {
                continue;
            };
            let Some(members) = expr.get("constant_value").and_then(Val::as_object) else {
                if expr.get("references").is_some() {
                    let msg = "environment variables come from references".to_string();
                    cx.report(r, "environment", Status::Pass, msg);
                }
                continue;
            };
            let found: Vec<String> = members
                .iter()
                .filter_map(|(k, v)| Some(format!("{k} ({})", looks_like(v.as_str()?)?)))
                .collect();
            let (status, msg) = if found.is_empty() {
                (
                    Status::Pass,
                    "no literal ARNs, URLs, paths or hosts".to_string(),
                )
            } else {
                (Status::Fail, format!("hard-coded: {}", found.join(", ")))
            };
            cx.report(r, "environment", status, msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::looks_like;

    #[test]
    fn address_shapes() {
        assert_eq!(
            looks_like("arn:aws:sqs:us-east-1:210987654321:q"),
            Some("an ARN")
        );
        assert_eq!(looks_like("https://api.example.com/v1"), Some("a URL"));
        assert_eq!(looks_like("/var/data"), Some("a path"));
        assert_eq!(looks_like("10.0.12.7"), Some("an IP address"));
        assert_eq!(looks_like("db.prod.internal"), Some("a host name"));
        assert_eq!(looks_like("production"), None);
        assert_eq!(looks_like("1.25"), None);
        assert_eq!(looks_like("INFO"), None);
        assert_eq!(looks_like("v2.3.1"), None);
        assert_eq!(looks_like("/"), None);
    }
}
