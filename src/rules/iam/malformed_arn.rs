use crate::rules::iam::{documents, judge_documents, verdict, IDENTITY};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta};

declare_rule! {
    /// ## What it checks
    /// Every policy in the plan — identity policies, `aws_iam_role.assume_role_policy`,
    /// `aws_s3_bucket_policy`, `aws_kms_key.policy`, `aws_kms_key_policy`, `aws_sns_topic_policy`,
    /// `aws_sqs_queue_policy`, and documents nothing uses — for ARNs that cannot be right: an
    /// `AWS` principal that is neither `"*"`, a 12-digit account nor an ARN; an ARN (principal,
    /// `Resource`, `NotResource`) whose account field is not 12 digits, `aws`, empty or a
    /// wildcard/policy variable; or placeholder text (`elb-account-id`, `REPLACE`, `<…>`,
    /// `xxxx`, `ACCOUNT_ID`), or AWS's documentation accounts (`123456789012`, `111122223333`)
    /// as the account.
    /// A policy unknown at plan time is Unknown, except the JSON of an `aws_iam_policy_document`
    /// Terraform reads only at apply: its statement blocks are judged, and only what they leave
    /// unknown gives Unknown.
    ///
    /// ## Why it matters
    /// AWS rejects some of these at apply; others apply and silently grant nothing (the ALB
    /// cannot write its access logs) or grant a stranger's account.
    ///
    /// ## Example
    /// `identifiers = ["arn:aws:iam::elb-account-id:root"]` in a log bucket policy.
    ///
    /// ## Fix
    /// Use the real value, e.g. `data.aws_elb_service_account.main.arn`, or
    /// `"logdelivery.elasticloadbalancing.amazonaws.com"` as a service principal.
    pub struct MalformedArn {
        id: "AWS-IAM-004",
        slug: "malformed-or-placeholder-arn",
        service: "iam",
        category: "identity",
        severity: High,
        title: "Malformed or placeholder ARN in a policy",
        types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role", "aws_s3_bucket_policy", "aws_kms_key", "aws_kms_key_policy", "aws_sns_topic_policy", "aws_sqs_queue_policy", "data.aws_iam_policy_document"],
        default_enabled: true,
    }
}

/// Placeholder text, matched case-insensitively anywhere in the value.
const PLACEHOLDERS: [&str; 7] = [
    "elb-account-id",
    "replace_me",
    "replace-me",
    "<",
    ">",
    "xxxx",
    "account_id",
];

/// AWS's documentation account IDs: placeholders when they stand as an account.
const DOC_ACCOUNTS: [&str; 2] = ["123456789012", "111122223333"];

fn is_account(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Why a principal or resource value is wrong, or None.
pub fn defect(value: &str, principal: bool) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    if let Some(p) = PLACEHOLDERS.iter().find(|p| lower.contains(*p)) {
        return Some(format!("{value} (placeholder text \"{p}\")"));
    }
    if value.contains("REPLACE") || lower.contains("account-id") {
        return Some(format!("{value} (placeholder text)"));
    }
    if value == "*" {
        return None;
    }
    let Some(rest) = value.strip_prefix("arn:") else {
        if !principal {
            return None;
        }
        return match (is_account(value), DOC_ACCOUNTS.contains(&value)) {
            (true, false) => None,
            (true, true) => Some(format!("{value} (AWS's documentation account ID)")),
            _ => Some(format!("{value} (neither an ARN nor an account ID)")),
        };
    };
    let fields: Vec<&str> = rest.splitn(5, ':').collect();
    if fields.len() < 5 {
        return Some(format!("{value} (an ARN has six fields)"));
    }
    let account = fields[3];
    if DOC_ACCOUNTS.contains(&account) {
        return Some(format!("{value} (AWS's documentation account ID)"));
    }
    let ok = account.is_empty()
        || account == "aws"
        || account.contains('*')
        || account.contains("${")
        || is_account(account);
    (!ok).then(|| format!("{value} (account field \"{account}\" is not 12 digits)"))
}

impl Rule for MalformedArn {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut consumers = IDENTITY.to_vec();
        consumers.extend([
            ("aws_iam_role", "assume_role_policy"),
            ("aws_s3_bucket_policy", "policy"),
            ("aws_kms_key", "policy"),
            ("aws_kms_key_policy", "policy"),
            ("aws_sns_topic_policy", "policy"),
            ("aws_sqs_queue_policy", "policy"),
        ]);
        let docs = documents(cx, &consumers);
        judge_documents(cx, docs, |statements| {
            let mut bad: Vec<String> = Vec::new();
            let mut open = None;
            for (i, s) in statements.iter().enumerate() {
                for (kind, p) in &s.principals {
                    if kind == "AWS" || kind == "*" {
                        bad.extend(defect(p, true));
                    } else if let Some(d) = defect(p, false).filter(|d| d.contains("placeholder")) {
                        bad.push(d);
                    }
                }
                for r in s.resources.iter().chain(&s.not_resources) {
                    bad.extend(defect(r, false));
                }
                if let Some(f) = ["principals", "resources"]
                    .into_iter()
                    .find(|f| s.is_open(f))
                {
                    open.get_or_insert((i, f));
                }
            }
            verdict(
                bad,
                open,
                "",
                "every principal and resource ARN is well formed",
            )
        });
    }
}

#[cfg(test)]
mod tests {
    use super::defect;

    #[test]
    fn arns_and_placeholders() {
        assert!(defect("arn:aws:iam::elb-account-id:root", true).is_some());
        assert!(defect("arn:aws:iam::12345:root", true).is_some());
        assert!(defect("arn:aws:iam::<ACCOUNT>:root", true).is_some());
        assert!(defect("arn:aws:iam::210987654321:root", true).is_none());
        assert!(defect("210987654321", true).is_none());
        assert!(defect("root", true).is_some());
        assert!(defect("*", true).is_none());
        assert!(defect("arn:aws:s3:::logs/*", false).is_none());
        assert!(defect("arn:aws:iam::aws:policy/ReadOnlyAccess", false).is_none());
        assert!(defect("arn:aws:logs:*:*:*", false).is_none());
        assert!(defect("arn:aws:s3:::bucket/${aws:username}/*", false).is_none());
        assert!(defect("arn:aws:sqs:eu-west-1:REPLACE_ME:q", false).is_some());
        assert!(defect("arn:aws:dynamodb", false).is_some());
        assert!(defect("arn:aws:s3:::logs-111122223333/*", false).is_none());
        assert!(defect("arn:aws:iam::123456789012:root", true).is_some());
        assert!(defect("arn:aws:s3:::replacement-parts", false).is_none());
    }
}
