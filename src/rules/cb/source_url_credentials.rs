use crate::model::{value::count, Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The `location` of an `aws_codebuild_project`'s `source` and `secondary_sources` blocks
    /// carries no credentials: a URL whose user part has a password or token
    /// (`https://user:secret@bitbucket.org/...`) fails; a user name alone
    /// (`https://user@bitbucket.org/...`), S3 locations and CodeCommit URLs pass. Unset
    /// locations (`NO_SOURCE`, CodePipeline) are not judged; a location known only at apply is
    /// Unknown. The secret itself is never printed.
    ///
    /// ## Why it matters
    /// The URL is stored in the project's configuration and the Terraform state and shown to
    /// anyone who can read the project: the token or password gives access to the
    /// repository, often to every repository of the account.
    ///
    /// ## Example
    /// ```hcl
    /// source {
    ///   type     = "BITBUCKET"
    ///   location = "https://builder:app-password@bitbucket.org/acme/api.git"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Put the credentials in an `aws_codebuild_source_credential` (or a CodeConnections
    /// connection) and use the plain URL:
    /// `location = "https://bitbucket.org/acme/api.git"`.
    pub struct SourceUrlCredentials {
        id: "AWS-CB-004",
        slug: "codebuild-source-url-credentials",
        service: "codebuild",
        category: "secrets",
        severity: Critical,
        title: "CodeBuild source URL embeds credentials",
        types: ["aws_codebuild_project"],
        default_enabled: true,
        covers: [Fsbp "CodeBuild.1"],
    }
}

/// Whether a source location is a URL whose user part carries a password or token.
fn has_credentials(location: &str) -> bool {
    let Some((_, rest)) = location.split_once("://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    match authority.rsplit_once('@') {
        Some((user, _)) => user
            .split_once(':')
            .is_some_and(|(_, secret)| !secret.is_empty()),
        None => false,
    }
}

impl Rule for SourceUrlCredentials {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for (_, r) in cx.live("aws_codebuild_project") {
            let mut paths = vec!["source.0.location".to_string()];
            for i in 0..count(r.values, "secondary_sources") {
                paths.push(format!("secondary_sources.{i}.location"));
            }
            let mut verdict: Option<(Status, String, String)> = None;
            let mut judged = false;
            for path in &paths {
                let name = path.replace(".0.", ".");
                let (status, msg) = match stack.eff(r, path) {
                    Eff::Known(Val::Str(s)) if has_credentials(s) => (
                        Status::Fail,
                        format!(
                            "{name} embeds credentials in its URL: anyone who can read the \
                             project or the state can use them"
                        ),
                    ),
                    Eff::Known(Val::Str(s)) if !s.is_empty() => {
                        (Status::Pass, format!("{name} carries no credentials"))
                    }
                    Eff::Known(_) | Eff::NotSet => continue,
                    e => (Status::Unknown, format!("{name} is {}", unknown_reason(&e))),
                };
                judged = true;
                let rank = |s: Status| match s {
                    Status::Fail => 2,
                    Status::Unknown => 1,
                    Status::Pass => 0,
                };
                if verdict
                    .as_ref()
                    .is_none_or(|(s, _, _)| rank(status) > rank(*s))
                {
                    verdict = Some((status, msg, path.clone()));
                }
            }
            if let (true, Some((status, msg, path))) = (judged, verdict) {
                cx.report(r, &path, status, msg);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::has_credentials;

    #[test]
    fn credentials_in_urls() {
        assert!(has_credentials("https://u:p@bitbucket.org/a/b.git"));
        assert!(has_credentials(
            "https://x-token-auth:tok@bitbucket.org/a/b.git"
        ));
        assert!(!has_credentials("https://u@bitbucket.org/a/b.git"));
        assert!(!has_credentials("https://bitbucket.org/a/b.git"));
        assert!(!has_credentials("my-bucket/source.zip"));
        assert!(!has_credentials("https://github.com/a/b.git?x=a:b@c"));
    }
}
