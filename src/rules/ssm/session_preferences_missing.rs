use crate::model::Eff;
use crate::model::{json, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When Session Manager is required: the plan has an `aws_ssm_document` with
    /// `document_type` `Session` (the preferences document), and its content (JSON or YAML)
    /// sets `kmsKeyId` to a customer key (not an `alias/aws/...` AWS managed key), turns on encryption for every log destination it names
    /// (`s3BucketName` → `s3EncryptionEnabled`, `cloudWatchLogGroupName` →
    /// `cloudWatchEncryptionEnabled`) and for at least one of them. No such document: a
    /// stack-level failure on `(stack)`; each Session document is judged on its own; content
    /// unknown at plan time is Unknown. Off by default; enable it in tfaudit.toml.
    ///
    /// ## Why it matters
    /// Without preferences, sessions are not encrypted with your key and their transcripts are
    /// not logged anywhere: no record of what was typed on production hosts.
    ///
    /// ## Example
    /// Instances with SSM access and no `SSM-SessionManagerRunShell` document.
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_ssm_document" "session_preferences" {
    ///   name            = "SSM-SessionManagerRunShell"
    ///   document_type   = "Session"
    ///   document_format = "JSON"
    ///   content = jsonencode({
    ///     schemaVersion = "1.0"
    ///     sessionType   = "Standard_Stream"
    ///     inputs = {
    ///       kmsKeyId                    = aws_kms_key.sessions.id
    ///       cloudWatchLogGroupName      = aws_cloudwatch_log_group.sessions.name
    ///       cloudWatchEncryptionEnabled = true
    ///     }
    ///   })
    /// }
    /// ```
    pub struct SessionPreferencesMissing {
        id: "AWS-SSM-001",
        slug: "session-manager-preferences-missing",
        service: "ssm",
        category: "logging",
        severity: Medium,
        title: "Session Manager preferences missing or unencrypted",
        types: ["aws_ssm_document"],
        default_enabled: false,
        presence: true,
        covers: [Checkov "CKV_AWS_112", Checkov "CKV_AWS_113"],
    }
}

/// A setting of the document's `inputs`: from JSON, or from a `key: value` line of YAML.
fn setting(doc: Option<&Val>, yaml: &str, key: &str) -> Option<String> {
    if let Some(d) = doc {
        return d.get("inputs")?.get(key).map(|v| match v {
            Val::Str(s) => s.to_string(),
            other => other.to_json(),
        });
    }
    yaml.lines().find_map(|l| {
        let (k, v) = l.trim().split_once(':')?;
        (k.trim().trim_matches('"') == key).then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

/// What the preferences lack; empty when they encrypt every destination with a key.
pub fn gaps(content: &str) -> Vec<&'static str> {
    let parsed = json::parse(content).ok();
    let get = |k| setting(parsed.as_ref(), content, k).filter(|v| !v.is_empty() && v != "null");
    let on = |k| get(k).is_some_and(|v| v == "true");
    let mut gaps = Vec::new();
    // Session Manager encrypts with a customer key only: an AWS managed alias is none.
    if get("kmsKeyId").is_none_or(|k| crate::rules::judge::is_aws_managed_alias(&k)) {
        gaps.push("kmsKeyId");
    }
    if get("s3BucketName").is_some() && !on("s3EncryptionEnabled") {
        gaps.push("s3EncryptionEnabled");
    }
    if get("cloudWatchLogGroupName").is_some() && !on("cloudWatchEncryptionEnabled") {
        gaps.push("cloudWatchEncryptionEnabled");
    }
    if !on("s3EncryptionEnabled") && !on("cloudWatchEncryptionEnabled") && gaps.len() < 2 {
        gaps.push("an encrypted S3 or CloudWatch log destination");
    }
    gaps
}

impl Rule for SessionPreferencesMissing {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let mut any = false;
        for (_, d) in cx.live("aws_ssm_document") {
            if !matches!(cx.stack.eff(d, "document_type"), Eff::Known(Val::Str(t)) if t == "Session")
            {
                continue;
            }
            any = true;
            let (status, msg) = match cx.stack.eff(d, "content") {
                Eff::Known(Val::Str(c)) => match gaps(c).as_slice() {
                    [] => (
                        Status::Pass,
                        "sessions are encrypted with a KMS key and logged encrypted".to_string(),
                    ),
                    missing => (
                        Status::Fail,
                        format!("the preferences lack {}", missing.join(", ")),
                    ),
                },
                e => (
                    Status::Unknown,
                    format!("content is {}", unknown_reason(&e)),
                ),
            };
            cx.report(d, "content", status, msg);
        }
        if !any {
            let msg = "no aws_ssm_document of type Session (Session Manager preferences)";
            cx.push_stack("", Status::Fail, msg.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::gaps;

    #[test]
    fn json_and_yaml_preferences() {
        let good = r#"{"schemaVersion":"1.0","inputs":{"kmsKeyId":"alias/ssm","cloudWatchLogGroupName":"ssm","cloudWatchEncryptionEnabled":true}}"#;
        assert!(gaps(good).is_empty());
        let no_key = r#"{"inputs":{"s3BucketName":"logs","s3EncryptionEnabled":true}}"#;
        assert_eq!(gaps(no_key), vec!["kmsKeyId"]);
        let aws_key = good.replace("alias/ssm", "alias/aws/ssm");
        assert_eq!(gaps(&aws_key), vec!["kmsKeyId"]);
        let yaml = "schemaVersion: '1.0'\ninputs:\n  kmsKeyId: alias/ssm\n  s3BucketName: logs\n  s3EncryptionEnabled: false\n";
        assert_eq!(
            gaps(yaml),
            vec![
                "s3EncryptionEnabled",
                "an encrypted S3 or CloudWatch log destination"
            ]
        );
    }
}
