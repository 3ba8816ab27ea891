use crate::model::Val;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// When the requirements ask for outputs: the root module has outputs, each with a
    /// `description`, and, for each type named in `required_for` (default
    /// `aws_secretsmanager_secret`, `aws_lb`, `aws_db_instance`), an output references a
    /// resource of that type. Judged on the stack. Off by default.
    ///
    /// ## Why it matters
    /// Consumers of the stack (other stacks, the application's deployment) need its endpoints
    /// and ARNs; undocumented outputs get misused.
    ///
    /// ## Example
    /// A root module with no `output` blocks.
    ///
    /// ## Fix
    /// `output "db_endpoint" { value = aws_db_instance.main.endpoint, description = "…" }`
    pub struct OutputsMissing {
        id: "AWS-TF-005",
        slug: "outputs-missing-or-undocumented",
        service: "terraform",
        category: "maintainability",
        severity: Low,
        title: "Outputs missing / undocumented / required output absent",
        types: ["(root module outputs)"],
        default_enabled: false,
        presence: true,
        params: [("required_for", "strings")],
    }
}

impl Rule for OutputsMissing {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let Some(root) = cx.stack.configuration().and_then(|c| c.get("root_module")) else {
            return;
        };
        let outputs = root.get("outputs").and_then(Val::as_object).unwrap_or(&[]);
        let required = cx.strings_param(
            "required_for",
            &["aws_secretsmanager_secret", "aws_lb", "aws_db_instance"],
        );
        let mut problems = Vec::new();
        if outputs.is_empty() {
            problems.push("the root module has no outputs".to_string());
        }
        let undocumented: Vec<&str> = outputs
            .iter()
            .filter(|(_, o)| o.get("description").is_none())
            .map(|(k, _)| k.as_ref())
            .collect();
        if !undocumented.is_empty() {
            problems.push(format!(
                "outputs without description: {}",
                undocumented.join(", ")
            ));
        }
        let refs = cx.stack.root_output_references();
        for t in &required {
            let present = cx.live(t).next().is_some();
            let exported = refs
                .iter()
                .any(|r| r.starts_with(&format!("{t}.")) || r.contains(&format!(".{t}.")));
            if present && !exported {
                problems.push(format!("no output references the {t}"));
            }
        }
        if problems.is_empty() {
            cx.push_stack("", Status::Pass, "outputs present and documented".into());
        } else {
            cx.push_stack("", Status::Fail, problems.join("; "));
        }
    }
}
