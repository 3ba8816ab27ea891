use crate::model::value::lookup;
use crate::model::{Eff, Leaf, Resource, Val};
use crate::rules::ec2::user_data_secrets::scan;
use crate::rules::lmb::hard_coded_environment::looks_like;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The environment variables of an `aws_lambda_function`
    /// (`environment.variables`) carry no credentials, by the detector of AWS-EC2-014 applied
    /// to each `NAME=value`: an AWS access key ID, a 40-character secret access key under a
    /// `…SECRET_ACCESS_KEY` name, a private key, or a literal password under a `…PASSWORD`
    /// name (a value that is an ARN, URL, path, host name, number, boolean or the variable's own
    /// name is a pointer, a setting or a placeholder, not a password). A variable set from an `aws_iam_access_key` of the plan holds
    /// an access key and fails too. Values from variables count, sensitive or not. Only the
    /// variable's name and the kind of secret are reported, never the value. When one value is
    /// known only at apply (an attribute of another resource), the plan keeps only the map's
    /// references and not its literal values: the values taken from variables and access keys
    /// are still judged, and without a finding the result is Unknown. Functions without
    /// environment variables are not judged.
    ///
    /// ## Why it matters
    /// Environment variables are returned by `lambda:GetFunctionConfiguration` to anyone with
    /// read access to the function, shown in the console, and stored in the Terraform state in
    /// clear. A long-lived key there outlives every rotation of the function's own role.
    ///
    /// ## Example
    /// ```hcl
    /// environment {
    ///   variables = {
    ///     AWS_ACCESS_KEY_ID = "AKIA…"
    ///     DB_PASSWORD       = "hunter2"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Give the function's execution role the permissions it needs, and pass a pointer to the
    /// secret instead of the secret:
    /// ```hcl
    /// environment {
    ///   variables = {
    ///     DB_SECRET_ARN = aws_secretsmanager_secret.db.arn
    ///   }
    /// }
    /// ```
    pub struct EnvironmentSecrets {
        id: "AWS-LMB-007",
        slug: "lambda-environment-secrets",
        service: "lambda",
        category: "secrets",
        severity: High,
        title: "Credentials in Lambda environment variables",
        types: ["aws_lambda_function"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_45", Kics "hardcoded_aws_access_key_in_lambda"],
    }
}

const PATH: &str = "environment.0.variables";

/// The kinds of secret in one variable (never its value).
fn secrets_in(name: &str, value: &str) -> Vec<&'static str> {
    // A placeholder repeating the variable's name (`DB_PASSWORD = "DB_PASSWORD"`) is no secret.
    let setting = looks_like(value).is_some()
        || value.trim().eq_ignore_ascii_case(name)
        || value.trim().parse::<f64>().is_ok()
        || matches!(value.trim(), "true" | "false" | "True" | "False");
    scan(&format!("{name}={value}"))
        .into_iter()
        .map(|(_, kind)| kind)
        .filter(|kind| !(setting && *kind == "a password"))
        .collect()
}

enum Finding {
    Secret(String),
    Unknown(String),
}

fn judge(cx: &Cx, r: &Resource) -> Option<(Status, String)> {
    let stack = cx.stack;
    let mut known: Vec<(String, String)> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    match stack.eff(r, PATH) {
        Eff::Known(Val::Obj(members)) => {
            for (k, v) in members.iter() {
                if let Some(s) = v.as_str() {
                    known.push((k.to_string(), s.to_string()));
                }
            }
        }
        Eff::NotSet | Eff::Known(_) => return None,
        e => return Some(judge_unknown_map(cx, r, &e)),
    }
    if let Some(Val::Obj(mask)) = lookup(r.unknown, PATH) {
        pending.extend(mask.iter().map(|(k, _)| k.to_string()));
    }
    if known.is_empty() && pending.is_empty() {
        return None;
    }
    // A map the plan marks sensitive as a whole hides its names too.
    let hidden = crate::model::value::masked(r.sensitive, PATH);
    let name = |k: &str| {
        if hidden {
            "(sensitive)".to_string()
        } else {
            k.to_string()
        }
    };
    let mut found: Vec<Finding> = Vec::new();
    for (k, v) in &known {
        let kinds = secrets_in(k, v);
        if !kinds.is_empty() {
            found.push(Finding::Secret(format!(
                "{} holds {}",
                name(k),
                kinds.join(" and ")
            )));
        }
    }
    for k in &pending {
        let shown = name(k);
        match stack.eff(r, &format!("{PATH}.{k}")) {
            Eff::FromResources { ids, reference }
                if ids
                    .iter()
                    .any(|&i| stack.resources[i].rtype == "aws_iam_access_key") =>
            {
                found.push(Finding::Secret(format!(
                    "{shown} holds an access key from {reference}"
                )));
            }
            Eff::Unresolved(why) => found.push(Finding::Unknown(format!(
                "{shown} is unknown until apply: {why}"
            ))),
            _ => {}
        }
    }
    let secrets: Vec<&str> = found
        .iter()
        .filter_map(|f| match f {
            Finding::Secret(s) => Some(s.as_str()),
            Finding::Unknown(_) => None,
        })
        .collect();
    if !secrets.is_empty() {
        return Some((
            Status::Fail,
            format!(
                "{}: readable by anyone who can read the function's configuration or the state",
                secrets.join("; ")
            ),
        ));
    }
    if let Some(Finding::Unknown(why)) = found.first() {
        return Some((Status::Unknown, why.clone()));
    }
    Some((
        Status::Pass,
        format!(
            "{} environment variable(s), no access keys, private keys or passwords",
            known.len() + pending.len()
        ),
    ))
}

/// The map is known only at apply (a value comes from a resource): the plan keeps only its
/// references, so literal values beside them cannot be read. What the references resolve to
/// is still judged: variables' values, and access keys of the plan.
fn judge_unknown_map(cx: &Cx, r: &Resource, e: &Eff) -> (Status, String) {
    let mut found = Vec::new();
    for l in cx.stack.leaves_at(r, PATH) {
        match &l.leaf {
            Leaf::Value(Val::Str(s), _) => {
                found.extend(scan(s).into_iter().map(|(_, kind)| kind.to_string()));
            }
            Leaf::Resource { ids, reference, .. }
                if ids
                    .iter()
                    .any(|&i| cx.stack.resources[i].rtype == "aws_iam_access_key") =>
            {
                found.push(format!("an access key from {reference}"));
            }
            _ => {}
        }
    }
    found.sort();
    found.dedup();
    if !found.is_empty() {
        return (
            Status::Fail,
            format!(
                "the environment variables hold {}: readable by anyone who can read the \
                 function's configuration or the state",
                found.join(" and ")
            ),
        );
    }
    (
        Status::Unknown,
        format!(
            "the environment variables are {}: the plan keeps only the map's references, not \
             its literal values",
            unknown_reason(e)
        ),
    )
}

impl Rule for EnvironmentSecrets {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_lambda_function") {
            if let Some((status, msg)) = judge(cx, r) {
                let prov = cx.stack.provenance(r, PATH);
                cx.push(r, "environment", status, msg, prov);
            }
        }
    }
}
