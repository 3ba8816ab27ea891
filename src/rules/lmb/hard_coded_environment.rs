use crate::model::value::lookup;
use crate::model::{Eff, Leaf, Val};
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};
use crate::source::expr::{MEMBERS, MERGE};

declare_rule! {
    /// ## What it checks
    /// `aws_lambda_function.environment[0].variables` written as literals in the configuration
    /// (`constant_value`) whose values look like environment-specific addresses: ARNs, URLs,
    /// absolute paths, host names or IP addresses. Only the variable names are reported, never
    /// the values. A map that mixes literals and references is listed by the plan as
    /// references only: with the `.tf` source its literal entries are judged one by one (also
    /// those of a `merge`, unless a later argument replaces them: one whose keys are unknown
    /// until apply may, and an address it may replace is Unknown);
    /// without it, a known value that looks like an address and that no reference of the map
    /// accounts for is Unknown (written literally or passed in, the plan does not show), a map
    /// known only at apply is Unknown, and the map passes when no such value is in it.
    /// Functions without environment variables are not judged.
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
            if let Some(Val::Arr(args)) = expr.get(MERGE) {
                let (status, msg) = merged(cx, r, args);
                cx.report(r, "environment", status, msg);
                continue;
            }
            // The literal entries: the whole map, or (from the source) the members of a map
            // that mixes literals and references.
            let literals: Vec<(&str, &Val)> = match (expr.get("constant_value"), expr.get(MEMBERS))
            {
                (Some(Val::Obj(m)), _) => m.iter().map(|(k, v)| (k.as_ref(), v)).collect(),
                (None, Some(Val::Obj(m))) => m
                    .iter()
                    .filter_map(|(k, node)| Some((k.as_ref(), node.get("constant_value")?)))
                    .collect(),
                _ if expr.get("references").is_some() => {
                    let (status, msg) = plan_only(cx, r);
                    cx.report(r, "environment", status, msg);
                    continue;
                }
                _ => continue,
            };
            let found: Vec<String> = literals
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

/// The literal entries of a map object constructor or literal, by key.
fn literal_entries<'a>(node: &'a Val<'a>) -> Vec<(&'a str, &'a Val<'a>)> {
    match (node.get("constant_value"), node.get(MEMBERS)) {
        (Some(Val::Obj(m)), _) => m.iter().map(|(k, v)| (k.as_ref(), v)).collect(),
        (None, Some(Val::Obj(m))) => m
            .iter()
            .filter_map(|(k, node)| Some((k.as_ref(), node.get("constant_value")?)))
            .collect(),
        _ => Vec::new(),
    }
}

/// `merge(m1, m2, ...)` from the source: the literal entries of its arguments, each judged
/// unless a later argument replaces it. A later argument known to hold the key replaces it; one
/// whose keys are unknown may: an entry that looks like an address is then Unknown.
fn merged<'p>(cx: &Cx, r: &crate::model::Resource<'p>, args: &'p [Val<'p>]) -> (Status, String) {
    // merge(merge(a, b), c) is merge(a, b, c).
    fn flat<'p>(args: &'p [Val<'p>], out: &mut Vec<&'p Val<'p>>, depth: usize) {
        for a in args {
            match a.get(MERGE) {
                Some(Val::Arr(inner)) if depth < 16 => flat(inner, out, depth + 1),
                _ => out.push(a),
            }
        }
    }
    let mut all = Vec::new();
    flat(args, &mut all, 0);
    let mut found = Vec::new();
    let mut maybe = Vec::new();
    for (i, arg) in all.iter().enumerate() {
        for (k, v) in literal_entries(arg) {
            let Some(shape) = v.as_str().and_then(looks_like) else {
                continue;
            };
            let later: Vec<Option<bool>> = all[i + 1..]
                .iter()
                .map(|a| cx.stack.map_has_key(r, a, k))
                .collect();
            if later.contains(&Some(true)) {
                continue;
            }
            let open: Vec<String> = all[i + 1..]
                .iter()
                .zip(&later)
                .filter(|(_, h)| h.is_none())
                .map(|(a, _)| {
                    let refs = a.get("references").map(Val::strings).unwrap_or_default();
                    match refs.iter().max_by_key(|r| r.len()) {
                        Some(r) if refs.iter().all(|p| r.starts_with(p)) => r.to_string(),
                        _ => "an expression".to_string(),
                    }
                })
                .collect();
            if open.is_empty() {
                found.push(format!("{k} ({shape})"));
            } else {
                maybe.push(format!(
                    "{k} ({shape}) is written literally, but a later argument of merge ({}), \
                     whose keys are unknown until apply, may replace it",
                    open.join(", ")
                ));
            }
        }
    }
    if !found.is_empty() {
        (Status::Fail, format!("hard-coded: {}", found.join(", ")))
    } else if !maybe.is_empty() {
        (Status::Unknown, maybe.join("; "))
    } else {
        (
            Status::Pass,
            "no literal ARNs, URLs, paths or hosts".to_string(),
        )
    }
}

/// A map the plan lists as references only: its known values tell whether anything in it
/// looks like an address, not whether it was written literally.
fn plan_only(cx: &Cx, r: &crate::model::Resource) -> (Status, String) {
    let path = "environment.0.variables";
    // Values a reference of the map accounts for: a variable's value, a resource's attribute.
    let mut explained: Vec<&str> = Vec::new();
    for l in cx.stack.leaves_at(r, path) {
        match &l.leaf {
            Leaf::Value(v, _) => explained.extend(v.strings()),
            Leaf::Resource { ids, attr, .. } => {
                for &i in ids {
                    let at = attr.join(".");
                    if let Some(v) = lookup(cx.stack.resources[i].values, &at) {
                        explained.extend(v.strings());
                    }
                }
            }
            Leaf::DeadEnd(_) => {}
        }
    }
    let known: Vec<String> = match cx.stack.eff(r, path) {
        Eff::Known(Val::Obj(m)) => m
            .iter()
            .filter_map(|(k, v)| {
                let v = v.as_str()?;
                let shape = looks_like(v)?;
                (!explained.contains(&v)).then(|| format!("{k} ({shape})"))
            })
            .collect(),
        Eff::Known(_) | Eff::NotSet => Vec::new(),
        _ => {
            return (
                Status::Unknown,
                "the map is known only at apply, and the plan lists its references only: \
                 whether literal ARNs, URLs, paths or hosts stand beside them it does not show \
                 (the .tf source does)"
                    .to_string(),
            )
        }
    };
    if known.is_empty() {
        return (
            Status::Pass,
            "environment variables come from references, and no known value that they do not \
             account for looks like an ARN, URL, path or host"
                .to_string(),
        );
    }
    (
        Status::Unknown,
        format!(
            "{}: written literally or passed in from a variable or a resource, the plan does \
             not show (the map mixes both; the .tf source tells)",
            known.join(", ")
        ),
    )
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
