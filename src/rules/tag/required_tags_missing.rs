use crate::model::Val;
use crate::model::{Eff, Leaf, Resource};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};
use std::collections::BTreeSet;

declare_rule! {
    /// ## What it checks
    /// Every taggable AWS resource (its type takes `tags` in the AWS provider's schema: a table
    /// generated from `terraform providers schema -json`) carries the required tag keys
    /// (default `Environment`, `Owner`, `Project`; `required` in `[rules.AWS-TAG-001]` of
    /// tfaudit.toml) in `tags_all`, which merges the provider's
    /// `default_tags` with the resource's `tags`. When `tags_all` is unknown in the plan, it is
    /// computed from the provider configuration's `default_tags` and the resource's `tags`;
    /// the result is Unknown only when one of those is itself unknown, unless the `.tf` source
    /// decides the keys of `tags` whose values are known only at apply (an object constructor,
    /// `merge` of those and of known maps). Types without tags
    /// (route table associations, security group rules, policy attachments) are not judged.
    ///
    /// ## Why it matters
    /// Cost allocation, ownership during an incident, and tag-based access control all depend
    /// on these keys; a resource without them is an orphan nobody answers for.
    ///
    /// ## Example
    /// ```hcl
    /// provider "aws" {
    ///   region = "us-east-1"
    /// }
    /// resource "aws_s3_bucket" "logs" {
    ///   bucket = "example-logs"
    ///   tags   = { Environment = "prod" }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// provider "aws" {
    ///   region = "us-east-1"
    ///   default_tags {
    ///     tags = { Environment = "prod", Owner = "platform", Project = "shop" }
    ///   }
    /// }
    /// ```
    pub struct RequiredTagsMissing {
        id: "AWS-TAG-001",
        slug: "required-tags-missing",
        service: "all",
        category: "governance",
        severity: Medium,
        title: "Required tags missing",
        types: ["(every taggable aws_* type)"],
        default_enabled: true,
        params: [("required", "strings"), ("exempt_types", "strings")],
    }
}

/// Tag keys of a tags map: known members, plus members whose values alone are unknown.
fn keys_of(v: &Val, mask: Option<&Val>, out: &mut BTreeSet<String>) {
    for (k, _) in v.as_object().unwrap_or(&[]) {
        out.insert(k.to_string());
    }
    for (k, m) in mask.and_then(Val::as_object).unwrap_or(&[]) {
        if matches!(m, Val::Bool(true)) {
            out.insert(k.to_string());
        }
    }
}

/// The keys of `tags_all`, or why they cannot be known.
fn tag_keys(cx: &Cx, r: &Resource, required: &[String]) -> Result<BTreeSet<String>, String> {
    let mut keys = BTreeSet::new();
    // Providers before 3.38 have no tags_all: then it is computed like an unknown one.
    let has_tags_all = r.values.get("tags_all").is_some() || r.unknown.get("tags_all").is_some();
    if let (true, Eff::Known(v)) = (has_tags_all, cx.stack.eff(r, "tags_all")) {
        keys_of(v, r.unknown.get("tags_all"), &mut keys);
        return Ok(keys);
    }
    // Unknown as a whole: provider default_tags merged with the resource's tags.
    if let Some(tags) = cx
        .stack
        .provider_config(r)
        .and_then(|pc| pc.get("expressions"))
        .and_then(|e| e.get("default_tags"))
        .and_then(|d| d.idx(0))
        .and_then(|d| d.get("tags"))
    {
        for leaf in cx.stack.resolve_from_provider(r, tags) {
            match leaf.leaf {
                Leaf::Value(v, _) => keys_of(v, None, &mut keys),
                Leaf::Resource { reference, .. } => {
                    return Err(format!(
                        "provider default_tags come from {reference}, unknown until apply"
                    ))
                }
                Leaf::DeadEnd(why) => {
                    return Err(format!("provider default_tags cannot be followed: {why}"))
                }
            }
        }
    }
    match cx.stack.eff(r, "tags") {
        Eff::Known(v) => keys_of(v, r.unknown.get("tags"), &mut keys),
        Eff::NotSet => {}
        // Values known only at apply, keys the source decides (`merge({ Name = x }, var.tags)`).
        e => match cx
            .stack
            .expr_at(r, "tags")
            .and_then(|x| cx.stack.map_keys(r, x))
        {
            Some(k) => {
                for (key, state) in k {
                    match state {
                        crate::model::KeyState::MaybeNull if required.contains(&key) => {
                            // A null tag is dropped: the tag may be missing.
                            return Err(format!(
                                "tags are {}, and the value of {key} may be null",
                                unknown_reason(&e)
                            ));
                        }
                        _ => {
                            keys.insert(key);
                        }
                    }
                }
            }
            None => return Err(format!("tags are {}", unknown_reason(&e))),
        },
    }
    Ok(keys)
}

impl Rule for RequiredTagsMissing {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        let required = cx.strings_param("required", &["Environment", "Owner", "Project"]);
        let exempt = cx.strings_param("exempt_types", &[]);
        for r in &stack.resources {
            let taggable = crate::rules::provider_tables::TAGGABLE
                .binary_search(&r.rtype)
                .is_ok()
                && !exempt.iter().any(|t| t == r.rtype);
            let aws = r.rtype.starts_with("aws_")
                && (r.provider_name.ends_with("/aws") || r.provider_name == "aws");
            if !taggable
                || !aws
                || r.mode != crate::model::Mode::Managed
                || r.leaves_configuration()
            {
                continue;
            }
            match tag_keys(cx, r, &required) {
                Ok(keys) => {
                    let missing: Vec<&str> = required
                        .iter()
                        .filter(|k| !keys.contains(k.as_str()))
                        .map(String::as_str)
                        .collect();
                    if missing.is_empty() {
                        cx.report(r, "tags_all", Status::Pass, "required tags present".into());
                    } else {
                        let msg = format!("missing required tags: {}", missing.join(", "));
                        cx.report(r, "tags_all", Status::Fail, msg);
                    }
                }
                Err(why) => cx.report(r, "tags_all", Status::Unknown, why),
            }
        }
    }
}
