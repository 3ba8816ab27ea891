use crate::model::{Eff, Resource, Val};
use crate::rules::attr::{attr, judge, Expect::Is, Lit::Bool, Test};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Each `aws_ecr_repository` has its images scanned on push: either its own
    /// `image_scanning_configuration.scan_on_push = true` (AWS default when unset: `false`),
    /// or an `aws_ecr_registry_scanning_configuration` in the plan, in the same region, with a
    /// `rule` whose `scan_frequency` is `SCAN_ON_PUSH` or `CONTINUOUS_SCAN` and whose
    /// `repository_filter` (a `WILDCARD` pattern, `*` for any characters) matches the
    /// repository's name. When that configuration's `scan_type` is `ENHANCED`, Amazon
    /// Inspector ignores the repositories' own setting and only its rules count. Neither: it
    /// fails. A repository name, flag or
    /// registry rule known only at apply gives Unknown when it could decide.
    ///
    /// ## Why it matters
    /// Without a scan on push, images with known vulnerabilities are deployed without anyone
    /// being told; the findings are what makes patching a base image a decision rather than
    /// luck.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_ecr_repository" "app" {
    ///   name = "app"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// image_scanning_configuration {
    ///   scan_on_push = true
    /// }
    /// ```
    /// or, for the whole registry:
    /// ```hcl
    /// resource "aws_ecr_registry_scanning_configuration" "this" {
    ///   scan_type = "ENHANCED"
    ///   rule {
    ///     scan_frequency = "CONTINUOUS_SCAN"
    ///     repository_filter {
    ///       filter      = "*"
    ///       filter_type = "WILDCARD"
    ///     }
    ///   }
    /// }
    /// ```
    pub struct ScanOnPushOff {
        id: "AWS-ECR-003",
        slug: "ecr-scan-on-push-off",
        service: "ecr",
        category: "monitoring",
        severity: High,
        title: "ECR images not scanned on push",
        types: ["aws_ecr_repository"],
        default_enabled: true,
        covers: [Fsbp "ECR.1", Checkov "CKV_AWS_163", Trivy "AVD-AWS-0030", Kics "unscanned_ecr_image"],
    }
}

const SCAN_ON_PUSH: Test = attr(
    "image_scanning_configuration.0.scan_on_push",
    Is(Bool(true)),
)
.default(Bool(false))
.risk("pushed images are not scanned for vulnerabilities");

/// Whether a `WILDCARD` filter matches a name (`*`: any run of characters).
fn wildcard(pattern: &str, name: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == name;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !name.starts_with(first) || name.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &name[first.len()..name.len() - last.len()];
    if !name.ends_with(last) {
        return false;
    }
    for p in &parts[1..parts.len() - 1] {
        match rest.find(p) {
            Some(i) => rest = &rest[i + p.len()..],
            None => return false,
        }
    }
    true
}

/// Whether a registry scanning configuration scans `name` on push: Ok(Some(why)) when it does,
/// Ok(None) when not, Err when its rules are unknown.
fn registry_scans(cx: &Cx, reg: &Resource, name: &str) -> Result<Option<String>, String> {
    let rules = match cx.stack.eff(reg, "rule") {
        Eff::Known(Val::Arr(rules)) => rules,
        Eff::Known(_) | Eff::NotSet => return Ok(None),
        e => {
            return Err(format!(
                "the rules of {} are {}",
                reg.address,
                unknown_reason(&e)
            ))
        }
    };
    let mut open = None;
    for rule in rules.iter() {
        let freq = rule.get("scan_frequency").and_then(Val::as_str);
        if !matches!(freq, Some("SCAN_ON_PUSH" | "CONTINUOUS_SCAN")) {
            continue;
        }
        for f in rule
            .get("repository_filter")
            .and_then(Val::as_array)
            .unwrap_or(&[])
        {
            match f.get("filter").and_then(Val::as_str) {
                Some(p) if wildcard(p, name) => {
                    return Ok(Some(format!(
                        "{} scans repositories matching {p:?} ({})",
                        reg.address,
                        freq.unwrap_or_default()
                    )))
                }
                Some(_) => {}
                None => {
                    open.get_or_insert(format!(
                        "a repository filter of {} is unknown until apply",
                        reg.address
                    ));
                }
            }
        }
    }
    match open {
        Some(why) => Err(why),
        None => Ok(None),
    }
}

impl Rule for ScanOnPushOff {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let registries: Vec<&Resource> = cx
            .live("aws_ecr_registry_scanning_configuration")
            .map(|(_, r)| r)
            .collect();
        for (_, r) in cx.live("aws_ecr_repository") {
            let region = cx.stack.region(r);
            let applicable: Vec<&&Resource> = registries
                .iter()
                .filter(|g| {
                    let other = cx.stack.region(g);
                    region.is_none() || other.is_none() || other == region
                })
                .collect();
            // Enhanced scanning ignores the repositories' own scan_on_push.
            let enhanced = applicable.iter().find(|g| {
                matches!(cx.stack.eff(g, "scan_type"), Eff::Known(Val::Str(t)) if t == "ENHANCED")
            });
            let own = match enhanced {
                Some(g) => crate::rules::attr::Verdict {
                    status: Status::Fail,
                    message: format!(
                        "{} (ENHANCED) has no scan-on-push or continuous rule matching this \
                         repository, and enhanced scanning ignores its own scan_on_push",
                        g.address
                    ),
                    path: SCAN_ON_PUSH.path.to_string(),
                },
                None => judge(cx, r, &SCAN_ON_PUSH),
            };
            if own.status == Status::Pass {
                cx.report(r, SCAN_ON_PUSH.path, Status::Pass, own.message);
                continue;
            }
            let mut registry = Ok(None);
            for reg in applicable {
                let verdict = match cx.stack.eff(r, "name") {
                    Eff::Known(Val::Str(name)) => registry_scans(cx, reg, name),
                    e => Err(format!("the repository name is {}", unknown_reason(&e))),
                };
                match verdict {
                    Ok(Some(why)) => {
                        registry = Ok(Some(why));
                        break;
                    }
                    Ok(None) => {}
                    Err(why) => {
                        if registry.is_ok() {
                            registry = Err(why);
                        }
                    }
                }
            }
            let (status, msg) = match (registry, own.status) {
                (Ok(Some(why)), _) => (Status::Pass, why),
                (Err(why), _) => (
                    Status::Unknown,
                    format!("{}, and whether the registry scans it: {why}", own.message),
                ),
                (Ok(None), s) => (s, own.message),
            };
            cx.report(r, SCAN_ON_PUSH.path, status, msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::wildcard;

    #[test]
    fn wildcard_filters() {
        assert!(wildcard("*", "app"));
        assert!(wildcard("prod-*", "prod-api"));
        assert!(!wildcard("prod-*", "dev-api"));
        assert!(wildcard("*-api", "prod-api"));
        assert!(wildcard("a*b*c", "axxbyyc"));
        assert!(!wildcard("a*b*c", "axxc"));
        assert!(wildcard("app", "app"));
        assert!(!wildcard("ab*ba", "aba"));
    }
}
