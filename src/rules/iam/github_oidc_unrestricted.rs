use crate::rules::iam::{documents, judge_documents, verdict};
use crate::rules::policy_doc::Statement;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// A role trust policy (`aws_iam_role.assume_role_policy`, JSON text or an
    /// `aws_iam_policy_document`, and documents no role uses) that trusts GitHub Actions —
    /// an Allow statement whose `Federated` principal is the
    /// `token.actions.githubusercontent.com` OIDC provider or whose conditions test
    /// `token.actions.githubusercontent.com:*` claims — restricts the
    /// `token.actions.githubusercontent.com:sub` claim: a `StringEquals` / `StringLike`
    /// condition (not `...IfExists`, not negated) whose every value names an owner:
    /// `repo:OWNER/...`, or, with a customised subject template, a complete first
    /// `claim:value:` pair. `*`, `repo:*`, `repo:*/*` or `repo:own*` admit repositories of
    /// every owner: they fail. Trust policies that do not trust GitHub are not judged; a
    /// statement whose principals or conditions are known only at apply gives Unknown (a
    /// `jsonencode` policy built from another resource's ARN is unknown as a whole and is not
    /// judged).
    ///
    /// ## Why it matters
    /// The GitHub OIDC provider issues tokens to every workflow of every repository on
    /// github.com. Without a `sub` restriction, anyone can write a workflow in their own
    /// repository that assumes the role.
    ///
    /// ## Example
    /// ```hcl
    /// condition {
    ///   test     = "StringEquals"
    ///   variable = "token.actions.githubusercontent.com:aud"
    ///   values   = ["sts.amazonaws.com"]
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// condition {
    ///   test     = "StringLike"
    ///   variable = "token.actions.githubusercontent.com:sub"
    ///   values   = ["repo:my-org/my-repo:ref:refs/heads/main"]
    /// }
    /// ```
    pub struct GithubOidcUnrestricted {
        id: "AWS-IAM-011",
        slug: "github-oidc-trust-without-sub",
        service: "iam",
        category: "identity",
        severity: Medium,
        title: "GitHub Actions OIDC trust does not restrict the repository",
        types: ["aws_iam_role", "data.aws_iam_policy_document"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_358", Checkov "CKV_AWS_393"],
    }
}

const ISSUER: &str = "token.actions.githubusercontent.com";

/// Whether a statement trusts the GitHub Actions OIDC provider.
fn trusts_github(s: &Statement) -> bool {
    let issuer_key = |k: &str| {
        k.len() > ISSUER.len() + 1
            && k[..ISSUER.len()].eq_ignore_ascii_case(ISSUER)
            && k.as_bytes()[ISSUER.len()] == b':'
    };
    s.principals
        .iter()
        .any(|(kind, p)| kind == "Federated" && p.to_ascii_lowercase().contains(ISSUER))
        || s.conditions.iter().any(|(_, k, _)| issuer_key(k))
}

/// Whether a `sub` pattern names an owner: no wildcard, or a literal prefix that completes
/// `repo:OWNER/` (or, for a customised subject, a first `claim:value:` pair).
pub fn names_owner(value: &str) -> bool {
    let prefix = &value[..value.find(['*', '?']).unwrap_or(value.len())];
    if prefix.len() == value.len() {
        return !value.is_empty();
    }
    match prefix.strip_prefix("repo:") {
        Some(rest) => rest.find('/').is_some_and(|i| i > 0),
        None => {
            let parts: Vec<&str> = prefix.split(':').collect();
            parts.len() >= 3 && !parts[0].is_empty() && !parts[1].is_empty()
        }
    }
}

/// Whether a condition restricts the `sub` claim to named owners.
fn restricts_sub(op: &str, key: &str, values: &[String]) -> bool {
    let op = op.to_ascii_lowercase();
    let op = op.rsplit(':').next().unwrap_or(&op);
    matches!(op, "stringequals" | "stringlike")
        && key.eq_ignore_ascii_case(&format!("{ISSUER}:sub"))
        && !values.is_empty()
        && values.iter().all(|v| names_owner(v))
}

fn judge(statements: &[Statement]) -> (Status, String) {
    let mut bad = Vec::new();
    let mut open = None;
    for (i, s) in statements.iter().enumerate() {
        if !(s.allow || s.is_open("effect")) || !trusts_github(s) {
            continue;
        }
        if s.conditions.iter().any(|(o, k, v)| restricts_sub(o, k, v)) {
            continue;
        }
        if s.is_open("conditions") || s.is_open("effect") {
            open.get_or_insert((
                i,
                if s.is_open("effect") {
                    "effect"
                } else {
                    "conditions"
                },
            ));
            continue;
        }
        let sub: Vec<&str> = s
            .conditions
            .iter()
            .filter(|(_, k, _)| k.eq_ignore_ascii_case(&format!("{ISSUER}:sub")))
            .flat_map(|(o, _, v)| v.iter().map(move |v| (o, v)))
            .map(|(_, v)| v.as_str())
            .collect();
        bad.push(match sub.as_slice() {
            [] => format!("statement {} (no {ISSUER}:sub condition)", i + 1),
            vs => format!(
                "statement {} ({ISSUER}:sub {} admits every owner's repositories, or is not a \
                 positive StringEquals/StringLike test)",
                i + 1,
                vs.iter()
                    .map(|v| format!("{v:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    verdict(
        bad,
        open,
        "any GitHub repository's workflows can assume the role: ",
        "the GitHub Actions trust restricts the sub claim to named repositories",
    )
}

impl Rule for GithubOidcUnrestricted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let docs: Vec<_> = documents(cx, &[("aws_iam_role", "assume_role_policy")])
            .into_iter()
            .filter(|d| matches!(&*d.statements, Ok(Some(st)) if st.iter().any(trusts_github)))
            .collect();
        judge_documents(cx, docs, judge);
    }
}

#[cfg(test)]
mod tests {
    use super::names_owner;

    #[test]
    fn sub_patterns() {
        assert!(names_owner("repo:my-org/my-repo:ref:refs/heads/main"));
        assert!(names_owner("repo:my-org/*"));
        assert!(names_owner("repo:my-org/app-*:environment:prod"));
        assert!(names_owner("repository_owner:my-org:*"));
        assert!(!names_owner("*"));
        assert!(!names_owner("repo:*"));
        assert!(!names_owner("repo:*/*"));
        assert!(!names_owner("repo:my-*"));
        assert!(!names_owner("repo:/x*"));
        assert!(!names_owner(""));
    }
}
