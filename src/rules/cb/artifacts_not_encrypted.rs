use crate::model::{Eff, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// No artifact of `aws_codebuild_project` (`artifacts` and every `secondary_artifacts`)
    /// sets `encryption_disabled = true`; artifacts of type `NO_ARTIFACTS` are not judged.
    /// Unset, AWS's default is `false` (artifacts are encrypted with the project's
    /// `encryption_key`, or the AWS managed key `aws/s3`): it passes. A value known only at
    /// apply is Unknown.
    ///
    /// ## Why it matters
    /// Build artifacts are the deployable code and often carry configuration; unencrypted in
    /// S3 they are readable by anyone who can read the bucket, without any key.
    ///
    /// ## Example
    /// ```hcl
    /// artifacts {
    ///   type                = "S3"
    ///   location            = aws_s3_bucket.artifacts.bucket
    ///   encryption_disabled = true
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove `encryption_disabled` (or set it to `false`), and set the project's
    /// `encryption_key` to a customer managed key.
    pub struct ArtifactsNotEncrypted {
        id: "AWS-CB-001",
        slug: "codebuild-artifacts-not-encrypted",
        service: "codebuild",
        category: "encryption",
        severity: High,
        title: "CodeBuild artifact encryption disabled",
        types: ["aws_codebuild_project"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_78", Trivy "AVD-AWS-0018"],
    }
}

impl Rule for ArtifactsNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_codebuild_project") {
            let mut judged = 0;
            let mut disabled = Vec::new();
            let mut open = None;
            for block in ["artifacts", "secondary_artifacts"] {
                let items = match cx.stack.eff(r, block) {
                    Eff::Known(Val::Arr(items)) => items,
                    Eff::Known(_) | Eff::NotSet => continue,
                    e => {
                        open.get_or_insert(format!("{block} is {}", unknown_reason(&e)));
                        continue;
                    }
                };
                for (i, a) in items.iter().enumerate() {
                    if a.get("type").and_then(Val::as_str) == Some("NO_ARTIFACTS") {
                        continue;
                    }
                    judged += 1;
                    let name = a
                        .get("artifact_identifier")
                        .and_then(Val::as_str)
                        .filter(|id| !id.is_empty())
                        .map_or_else(|| format!("{block}[{i}]"), |id| format!("{block} {id:?}"));
                    match a.get("encryption_disabled") {
                        Some(Val::Bool(true)) => disabled.push(name),
                        Some(Val::Bool(false) | Val::Null) => {}
                        _ => {
                            open.get_or_insert(format!(
                                "encryption_disabled of {name} is unknown until apply"
                            ));
                        }
                    }
                }
            }
            let (status, msg) = if !disabled.is_empty() {
                (
                    Status::Fail,
                    format!(
                        "encryption_disabled is true for {}: the artifacts are stored unencrypted",
                        disabled.join(", ")
                    ),
                )
            } else if let Some(why) = open {
                (Status::Unknown, why)
            } else if judged == 0 {
                continue;
            } else {
                (
                    Status::Pass,
                    "artifact encryption is not disabled (AWS default: encrypted)".to_string(),
                )
            };
            cx.report(r, "artifacts", status, msg);
        }
    }
}
