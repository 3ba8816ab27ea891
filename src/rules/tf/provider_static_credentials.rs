use crate::model::Val;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// No `provider "aws"` block (root or module, each alias) holds static credentials:
    /// `access_key`, `secret_key` and `token` do not evaluate to values shaped like AWS
    /// credentials (an access key ID such as `AKIA` + 16 characters, a 40-character secret
    /// access key, a session token). Literals are judged, and so are variables: a root
    /// variable's value in the plan, a module variable's value passed by the module call
    /// (followed up through the callers). Values that cannot be AWS credentials (`"mock"`,
    /// `"test"`: placeholders of offline plans and local emulators) pass, and so do values
    /// from resources or data sources (a Vault secret, an assumed role). A value behind a
    /// local or a function gives Unknown. The values are never printed. Reported on
    /// `provider.<configuration key>`.
    ///
    /// ## Why it matters
    /// Keys written in `.tf` files or tfvars end up in version control, CI logs and the plan
    /// file, for as long as the history lasts; long-lived keys cannot be scoped to a run.
    ///
    /// ## Example
    /// ```hcl
    /// provider "aws" {
    ///   region     = "us-east-1"
    ///   access_key = "AKIA................"
    ///   secret_key = "........................................"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// provider "aws" {
    ///   region = "us-east-1"
    ///   # credentials from the environment, a profile, SSO or OIDC
    /// }
    /// ```
    pub struct ProviderStaticCredentials {
        id: "AWS-TF-009",
        slug: "provider-static-credentials",
        service: "terraform",
        category: "secrets",
        severity: Medium,
        title: "Static credentials in the aws provider block",
        types: ["(provider configuration)"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_41"],
    }
}

const PREFIXES: &[&str] = &[
    "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "APKA", "AROA", "ASCA",
];

/// Whether `value` is shaped like the AWS credential `attr` holds.
pub fn looks_like_credential(attr: &str, value: &str) -> bool {
    let v = value.trim();
    match attr {
        "access_key" => {
            v.len() == 20
                && (PREFIXES.iter().any(|p| v.starts_with(p)) || v.starts_with("A3T"))
                && v.bytes()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        }
        "secret_key" => {
            v.len() == 40
                && v.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'+' | b'='))
                && v.bytes()
                    .any(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
        }
        _ => {
            v.len() >= 100
                && v.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'+' | b'='))
        }
    }
}

enum Found {
    Static(String),
    Placeholder(String),
    Open(String),
    Other,
}

/// The value of variable `var` of module `module` ("" for the root): the root's from the
/// plan's variables, a module's from its call's expression (followed up through `var.`
/// references). Ok(None): set from something else (a resource, a data source); Err: not
/// followed (a local, a function).
fn variable_value<'p>(cx: &Cx<'_, 'p>, module: &str, var: &str) -> Result<Option<&'p str>, ()> {
    if module.is_empty() {
        return Ok(cx
            .stack
            .top("variables")
            .and_then(|v| v.get(var))
            .and_then(|v| v.get("value"))
            .and_then(Val::as_str));
    }
    let names: Vec<&str> = module
        .split('.')
        .collect::<Vec<_>>()
        .chunks(2)
        .filter_map(|c| (c.len() == 2 && c[0] == "module").then_some(c[1]))
        .collect();
    let mut m = cx.stack.configuration().and_then(|c| c.get("root_module"));
    let mut call = None;
    for n in &names {
        call = m.and_then(|m| m.get("module_calls")).and_then(|c| c.get(n));
        m = call.and_then(|c| c.get("module"));
    }
    let expr = call
        .and_then(|c| c.get("expressions"))
        .and_then(|e| e.get(var));
    let parent = module.rsplit_once(".module.").map_or("", |(p, _)| p);
    expression_value(cx, parent, expr.ok_or(())?)
}

/// The string an expression of module `module` evaluates to, when it is a literal or a
/// variable with one.
fn expression_value<'p>(
    cx: &Cx<'_, 'p>,
    module: &str,
    expr: &'p Val<'p>,
) -> Result<Option<&'p str>, ()> {
    if let Some(v) = expr.get("constant_value") {
        return Ok(v.as_str());
    }
    let refs = expr.get("references").map(Val::strings).unwrap_or_default();
    if let Some(var) = refs.iter().find_map(|r| r.strip_prefix("var.")) {
        return variable_value(cx, module, var);
    }
    if refs.iter().any(|r| r.starts_with("local.")) || refs.is_empty() {
        return Err(());
    }
    Ok(None)
}

fn judge_attr<'p>(cx: &Cx<'_, 'p>, module: &str, attr: &str, expr: &'p Val<'p>) -> Found {
    let how = if expr.get("constant_value").is_some() {
        "a literal".to_string()
    } else {
        let refs = expr.get("references").map(Val::strings).unwrap_or_default();
        format!(
            "set from {}",
            refs.first().copied().unwrap_or("an expression")
        )
    };
    match expression_value(cx, module, expr) {
        Ok(Some(s)) if looks_like_credential(attr, s) => {
            Found::Static(format!("{attr} is {how} whose value is an AWS credential"))
        }
        Ok(Some(_)) => Found::Placeholder(format!("{attr} ({how})")),
        Ok(None) => Found::Other,
        Err(()) => Found::Open(format!("{attr} is {how}, which is not followed")),
    }
}

impl Rule for ProviderStaticCredentials {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let Some(pcs) = cx
            .stack
            .configuration()
            .and_then(|c| c.get("provider_config"))
            .and_then(Val::as_object)
        else {
            return;
        };
        for (key, pc) in pcs {
            if pc.get("name").and_then(Val::as_str) != Some("aws") {
                continue;
            }
            let module = pc.get("module_address").and_then(Val::as_str).unwrap_or("");
            let mut found = Vec::new();
            let mut placeholders = Vec::new();
            let mut open = None;
            for attr in ["access_key", "secret_key", "token"] {
                let Some(expr) = pc.get("expressions").and_then(|e| e.get(attr)) else {
                    continue;
                };
                match judge_attr(cx, module, attr, expr) {
                    Found::Static(m) => found.push(m),
                    Found::Placeholder(m) => placeholders.push(m),
                    Found::Open(m) => {
                        open.get_or_insert(m);
                    }
                    Found::Other => {}
                }
            }
            let (status, msg) = if !found.is_empty() {
                (
                    Status::Fail,
                    format!("{} (value not shown)", found.join("; ")),
                )
            } else if let Some(m) = open {
                (Status::Unknown, m)
            } else if !placeholders.is_empty() {
                (
                    Status::Pass,
                    format!(
                        "{} set to a literal that cannot be an AWS credential (a placeholder)",
                        placeholders.join(", ")
                    ),
                )
            } else {
                (
                    Status::Pass,
                    "no static credentials in the provider block".to_string(),
                )
            };
            cx.push_at(
                format!("provider.{key}"),
                Self::META.severity,
                "access_key",
                status,
                msg,
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::looks_like_credential as cred;

    #[test]
    fn credential_shapes() {
        assert!(cred("access_key", "AKIAIOSFODNN7EXAMPLE"));
        assert!(cred(
            "secret_key",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
        ));
        assert!(!cred("access_key", "mock"));
        assert!(!cred("secret_key", "mock"));
        assert!(!cred("access_key", "akiaiosfodnn7example"));
        assert!(!cred("secret_key", "test"));
    }
}
