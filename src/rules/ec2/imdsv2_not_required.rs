use crate::model::value::lookup;
use crate::model::Val;
use crate::model::{Eff, Resource};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_instance`, `aws_launch_template` and `aws_launch_configuration` require IMDSv2:
    /// `metadata_options { http_tokens = "required" }`, or the metadata endpoint switched off
    /// (`http_endpoint = "disabled"`). `http_tokens = "optional"` fails.
    ///
    /// Unset, `http_tokens` takes a default that the plan does not show: EC2 requires IMDSv2 when
    /// the AMI is registered with `ImdsSupport = v2.0` (Amazon Linux 2023, for example) or when
    /// the account's regional IMDS defaults say so; otherwise it is `optional` and IMDSv1
    /// answers. The AMI's registration and the account setting are outside the plan, so an
    /// unset `http_tokens` is Unknown, with that reason, and never Pass. A value unknown until
    /// apply is Unknown too, and so is a `dynamic "metadata_options"` block whose collection is
    /// known only at apply; one the plan expands is judged on its planned values.
    ///
    /// An instance that writes no `metadata_options` and launches from a launch template of the
    /// plan takes the template's: it is not judged, the template is (once, where the fix goes).
    /// From a template outside the plan, it is Unknown. An instance's own `metadata_options`
    /// replace its template's as a whole and are judged on the instance; without
    /// `http_tokens` they leave it to the AMI and account defaults: Unknown. Auto
    /// Scaling groups are judged through their launch template (`launch_template`, or the
    /// `mixed_instances_policy`'s) or launch configuration; a group that launches from one the
    /// plan does not have is Unknown, naming it.
    ///
    /// ## Why it matters
    /// IMDSv1 answers any unauthenticated GET to `169.254.169.254`. A server-side request
    /// forgery in software on the instance, or a misconfigured proxy, then hands out the
    /// instance role's credentials. IMDSv2 requires a session token obtained by a PUT, which
    /// such requests cannot make.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami           = "ami-0abcdef1234567890"
    ///   instance_type = "t3.micro"
    ///   metadata_options {
    ///     http_tokens = "optional"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami           = "ami-0abcdef1234567890"
    ///   instance_type = "t3.micro"
    ///   metadata_options {
    ///     http_tokens = "required"
    ///   }
    /// }
    /// ```
    pub struct Imdsv2NotRequired {
        id: "AWS-EC2-010",
        slug: "ec2-imdsv2-not-required",
        service: "ec2",
        category: "identity",
        severity: High,
        title: "IMDSv2 not required",
        types: ["aws_instance", "aws_launch_template", "aws_launch_configuration"],
        default_enabled: true,
        covers: [
            Fsbp "EC2.8" in ["aws_instance"],
            Fsbp "EC2.170" in ["aws_launch_template"],
            Fsbp "AutoScaling.3" in ["aws_launch_configuration"],
            Cis "5.6" in ["aws_instance"],
            Checkov "CKV_AWS_79",
            Trivy "AVD-AWS-0028" in ["aws_instance"],
            Trivy "AVD-AWS-0130" in ["aws_launch_template", "aws_launch_configuration"],
            Kics "imdsv1_is_enabled",
        ],
    }
}

const TOKENS: &str = "metadata_options.0.http_tokens";
const ENDPOINT: &str = "metadata_options.0.http_endpoint";

/// The effective value, except that a value the plan knows inside a `dynamic` block (whose
/// other, computed, attributes are unknown) is that value: a block whose collection is unknown
/// has no known leaf at all.
pub(crate) fn eff<'p>(cx: &Cx<'_, 'p>, r: &Resource<'p>, path: &str) -> Eff<'p> {
    match cx.stack.eff(r, path) {
        Eff::Unresolved(why) => match (lookup(r.values, path), lookup(r.unknown, path)) {
            (Some(v), None | Some(Val::Bool(false))) if !matches!(v, Val::Null) => Eff::Known(v),
            _ => Eff::Unresolved(why),
        },
        e => e,
    }
}

/// The verdict on one resource's own metadata options; None when `http_tokens` is not set.
fn own(cx: &Cx, r: &Resource) -> Option<(Status, String)> {
    let stack = cx.stack;
    // The endpoint switched off answers no version at all.
    if let Eff::Known(v) = eff(cx, r, ENDPOINT) {
        if v.as_str() == Some("disabled") {
            return Some((
                Status::Pass,
                format!(
                    "the metadata endpoint is off (http_endpoint is {})",
                    stack.show(r, ENDPOINT, v)
                ),
            ));
        }
    }
    let e = eff(cx, r, TOKENS);
    Some(match &e {
        Eff::NotSet | Eff::Known(Val::Null) => return None,
        Eff::Known(v) if v.as_str() == Some("required") => (
            Status::Pass,
            format!(
                "IMDSv2 required (http_tokens is {})",
                stack.show(r, TOKENS, v)
            ),
        ),
        Eff::Known(v) => (
            Status::Fail,
            format!(
                "http_tokens is {}: IMDSv1 answers unauthenticated requests",
                stack.show(r, TOKENS, v)
            ),
        ),
        _ => (
            Status::Unknown,
            format!("http_tokens is {}", unknown_reason(&e)),
        ),
    })
}

fn unset(what: &str) -> (Status, String) {
    (
        Status::Unknown,
        format!(
            "{what} does not set metadata_options.http_tokens: the AMI's ImdsSupport and the \
             account's IMDS defaults decide, outside the plan (IMDSv1 allowed unless one requires \
             v2); set http_tokens = \"required\""
        ),
    )
}

impl Rule for Imdsv2NotRequired {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for rtype in ["aws_launch_template", "aws_launch_configuration"] {
            for (_, r) in cx.live(rtype) {
                let (status, msg) = own(cx, r).unwrap_or_else(|| {
                    unset(if rtype == "aws_launch_template" {
                        "the launch template"
                    } else {
                        "the launch configuration"
                    })
                });
                let prov = cx.stack.provenance(r, TOKENS);
                cx.push(r, TOKENS, status, msg, prov);
            }
        }
        for (_, r) in cx.live("aws_instance") {
            let (status, msg) = match own(cx, r) {
                Some(v) => v,
                None => match template(cx, r) {
                    Template::None => unset("the instance"),
                    // Metadata options of its own replace the template's as a whole: fields it
                    // leaves out take the AMI's and account's defaults, not the template's.
                    Template::InPlan if writes_metadata_options(r) => (
                        Status::Unknown,
                        "the instance writes metadata_options without http_tokens: they replace its \
                         launch template's, so the AMI's ImdsSupport and the account's IMDS \
                         defaults decide; set http_tokens = \"required\""
                            .to_string(),
                    ),
                    // The template is judged, where the fix goes.
                    Template::InPlan => continue,
                    Template::External(why) | Template::Elsewhere(why) => (
                        Status::Unknown,
                        format!(
                            "no http_tokens of its own: it takes the metadata options of {why}"
                        ),
                    ),
                },
            };
            let prov = cx.stack.provenance(r, TOKENS);
            cx.push(r, TOKENS, status, msg, prov);
        }
        // A group's instances take its template's or configuration's options: judged there
        // when the plan has it; from one outside the plan, the group is Unknown.
        for (_, r) in cx.live("aws_autoscaling_group") {
            let Some((attr, why)) = group_source_elsewhere(cx, r) else {
                continue;
            };
            let msg = format!("its instances take the metadata options of {why}");
            let prov = cx.stack.provenance(r, attr);
            cx.push(r, attr, Status::Unknown, msg, prov);
        }
    }
}

/// The launch template or configuration an Auto Scaling group launches from, when the plan
/// names one it does not have: the argument that names it, and why. (One the plan cannot tie
/// to its own, such as a module's template behind a `dynamic` block, gives no result: the
/// module's template is judged.)
fn group_source_elsewhere(cx: &Cx, r: &Resource) -> Option<(&'static str, String)> {
    let specs: [(&str, [&str; 2]); 2] = [
        ("launch_template", ["launch_template.0.id", "launch_template.0.name"]),
        (
            "mixed_instances_policy",
            [
                "mixed_instances_policy.0.launch_template.0.launch_template_specification.0.launch_template_id",
                "mixed_instances_policy.0.launch_template.0.launch_template_specification.0.launch_template_name",
            ],
        ),
    ];
    for (attr, paths) in specs {
        match launched_from(cx, r, &paths, "aws_launch_template", "launch template") {
            Template::None => {}
            Template::External(why) => return Some((attr, why)),
            Template::InPlan | Template::Elsewhere(_) => return None,
        }
    }
    let attr = "launch_configuration";
    let from = launched_from(
        cx,
        r,
        &[attr],
        "aws_launch_configuration",
        "launch configuration",
    );
    match from {
        Template::External(why) => Some((attr, why)),
        _ => None,
    }
}

/// Whether the configuration writes a `metadata_options` block on the resource.
fn writes_metadata_options(r: &Resource) -> bool {
    r.config
        .and_then(|c| c.get("expressions"))
        .and_then(|e| e.get("metadata_options"))
        .is_some()
}

pub(crate) enum Template {
    /// No launch template.
    None,
    /// Exactly one launch template of the plan.
    InPlan,
    /// A template the plan names and does not have.
    External(String),
    /// A template the plan cannot tie to one of its own.
    Elsewhere(String),
}

/// The launch template an instance launches from.
pub(crate) fn template(cx: &Cx, r: &Resource) -> Template {
    launched_from(
        cx,
        r,
        &["launch_template.0.id", "launch_template.0.name"],
        "aws_launch_template",
        "launch template",
    )
}

/// The resource of type `rtype` (a `what`) named by its ID or name at `paths`.
fn launched_from(cx: &Cx, r: &Resource, paths: &[&str], rtype: &str, what: &str) -> Template {
    let set = |a: &str| !matches!(cx.stack.eff(r, a), Eff::NotSet | Eff::Known(Val::Null));
    if !paths.iter().any(|p| set(p)) {
        return Template::None;
    }
    let mut ids = Vec::new();
    let mut external = Vec::new();
    let mut unresolved = None;
    for attr in paths {
        let t = cx.targets(r, attr);
        ids.extend(
            t.ids
                .into_iter()
                .filter(|&i| cx.stack.resources[i].rtype == rtype),
        );
        external.extend(t.external);
        unresolved = unresolved.or(t.unresolved);
    }
    ids.sort_unstable();
    ids.dedup();
    // The provider plans a group's template `id` as the word "unknown" when a name is given.
    let shown = external
        .iter()
        .find(|x| x.as_str() != "unknown")
        .or(external.first());
    match (ids.as_slice(), shown, unresolved) {
        ([_], None, None) => Template::InPlan,
        ([], Some(x), None) => Template::External(format!("{what} {x}, not in the plan")),
        ([], Some(x), Some(_)) => Template::Elsewhere(format!("{what} {x}, not in the plan")),
        (_, _, Some(why)) => Template::Elsewhere(format!("a {what} unknown until apply: {why}")),
        _ => Template::Elsewhere(format!("a {what} the plan cannot tie to one of its own")),
    }
}
