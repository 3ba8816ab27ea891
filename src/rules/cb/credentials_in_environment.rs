use crate::model::{Eff, Val};
use crate::rules::ec2::user_data_secrets::{env_secret, secret_name};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The `environment.environment_variable` blocks of `aws_codebuild_project` of type
    /// `PLAINTEXT` (the AWS default when `type` is unset) hold no credentials: no AWS access
    /// key ID, secret access key, private key or literal password in the value (the detector
    /// of AWS-EC2-014), and no variable whose name says it is a secret (`AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `*PASSWORD*`, `*TOKEN*`, `*SECRET*`, `*API_KEY*`) set to a
    /// literal. `PARAMETER_STORE` and `SECRETS_MANAGER` variables pass: their value is a name.
    /// The message names the variable, never the value. A secret-named variable whose value is
    /// known only at apply is Unknown; a project without environment variables passes.
    ///
    /// ## Why it matters
    /// Plaintext environment variables are shown in the console, returned by
    /// `codebuild:BatchGetProjects` and printed in build logs; credentials there are as good
    /// as published to everyone with read access to the project.
    ///
    /// ## Example
    /// ```hcl
    /// environment_variable {
    ///   name  = "AWS_SECRET_ACCESS_KEY"
    ///   value = "(a 40-character secret access key)"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Give the project a service role instead of keys, and read other secrets at build time:
    /// ```hcl
    /// environment_variable {
    ///   name  = "DB_PASSWORD"
    ///   type  = "SECRETS_MANAGER"
    ///   value = "prod/db:password"
    /// }
    /// ```
    pub struct CredentialsInEnvironment {
        id: "AWS-CB-002",
        slug: "codebuild-credentials-in-environment",
        service: "codebuild",
        category: "secrets",
        severity: Critical,
        title: "Clear-text credentials in CodeBuild environment",
        types: ["aws_codebuild_project"],
        default_enabled: true,
        covers: [Fsbp "CodeBuild.2"],
    }
}

impl Rule for CredentialsInEnvironment {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_codebuild_project") {
            let path = "environment.0.environment_variable";
            let vars = match cx.stack.eff(r, path) {
                Eff::Known(Val::Arr(v)) => v,
                Eff::Known(_) | Eff::NotSet => &[][..],
                e => {
                    let msg = format!("environment_variable is {}", unknown_reason(&e));
                    cx.report(r, "environment", Status::Unknown, msg);
                    continue;
                }
            };
            let mut found = Vec::new();
            let mut open = Vec::new();
            for v in vars.iter() {
                let kind = v.get("type").and_then(Val::as_str).unwrap_or("PLAINTEXT");
                if kind != "PLAINTEXT" && !kind.is_empty() {
                    continue;
                }
                let name = v.get("name").and_then(Val::as_str).unwrap_or("");
                match v.get("value") {
                    Some(Val::Str(value)) => {
                        if let Some(what) = env_secret(name, value) {
                            found.push(format!("{name} ({what})"));
                        }
                    }
                    Some(Val::Null) => {}
                    _ if secret_name(name).is_some() => open.push(name.to_string()),
                    _ => {}
                }
            }
            let (status, msg) = if !found.is_empty() {
                (
                    Status::Fail,
                    format!(
                        "clear-text credentials in PLAINTEXT environment variables: {}; use the \
                         service role, or type SECRETS_MANAGER / PARAMETER_STORE",
                        found.join(", ")
                    ),
                )
            } else if !open.is_empty() {
                (
                    Status::Unknown,
                    format!(
                        "the value of PLAINTEXT variable {} is unknown until apply",
                        open.join(", ")
                    ),
                )
            } else {
                (
                    Status::Pass,
                    "no credentials in PLAINTEXT environment variables".to_string(),
                )
            };
            cx.report(r, "environment", status, msg);
        }
    }
}
