use crate::model::Val;
use crate::model::{Eff, Leaf};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// `aws_lambda_function.filename`: a package built on the machine that runs Terraform
    /// (`filename` or `source_code_hash` referencing `data.archive_file` or `local_file`, also
    /// through module variables) fails; with the `.tf` source (`--source-dir`, or the working
    /// directory), a `filename` that does not exist under the root module fails too (a
    /// placeholder) — unless the configuration says something may write it at apply: the
    /// function (or a module call around it) `depends_on` a `null_resource` or `terraform_data`,
    /// or the plan has a provisioner, a `local_file`, or an `external` or `http` data source. A
    /// package downloaded or built then is absent from a checkout: Unknown. Functions deployed from S3 or an image
    /// are not judged; a `filename` the plan cannot follow (a `local`) is Unknown.
    ///
    /// ## Why it matters
    /// A package zipped at plan time ships whatever is on the CI runner's disk, differs between
    /// machines (spurious diffs, unreviewed code), and a placeholder zip deploys a function that
    /// does nothing.
    ///
    /// ## Example
    /// `filename = data.archive_file.handler.output_path`.
    ///
    /// ## Fix
    /// Build and version the package in CI, upload it to S3, and deploy with `s3_bucket`,
    /// `s3_key` and `s3_object_version` (or an image with `image_uri`).
    pub struct LocalPackage {
        id: "AWS-LMB-005",
        slug: "lambda-locally-generated-package",
        service: "lambda",
        category: "operations",
        severity: Medium,
        title: "Placeholder or locally generated deployment package",
        types: ["aws_lambda_function"],
        default_enabled: true,
    }
}

const LOCAL_TYPES: [&str; 2] = ["archive_file", "local_file"];

/// Resources and data sources that write files on the machine that applies.
const PRODUCERS: [&str; 4] = ["local_file", "local_sensitive_file", "external", "http"];

/// A step the function waits for (`depends_on` of the function or of a module call around it)
/// that is a `null_resource` or `terraform_data`: the configuration says something runs first.
fn depends_on_producer(cx: &Cx, r: &crate::model::Resource) -> Option<String> {
    let steps = |v: Option<&Val>| -> Vec<String> {
        v.and_then(|d| d.get("depends_on"))
            .map(Val::strings)
            .unwrap_or_default()
            .into_iter()
            .filter(|d| d.starts_with("null_resource.") || d.starts_with("terraform_data."))
            .map(str::to_string)
            .collect()
    };
    if let Some(d) = steps(r.config).into_iter().next() {
        return Some(d);
    }
    let mut scope = r.scope;
    while let Some(id) = scope {
        let sc = &cx.stack.scopes[id];
        if let Some(d) = steps(sc.call).into_iter().next() {
            let parent = sc
                .parent
                .map(|p| cx.stack.scopes[p].path.as_str())
                .unwrap_or("");
            return Some(if parent.is_empty() {
                d
            } else {
                format!("{parent}.{d}")
            });
        }
        scope = sc.parent;
    }
    None
}

impl Rule for LocalPackage {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        // What writes files on the runner at apply (a provisioner, a file resource, an
        // external program): a package absent from the checkout may come from it.
        let anywhere = cx
            .stack
            .resources
            .iter()
            .find(|p| {
                PRODUCERS.contains(&p.rtype)
                    || p.config.and_then(|c| c.get("provisioners")).is_some()
            })
            .map(|p| p.address.to_string());
        for (_, r) in cx.live("aws_lambda_function") {
            let producer = depends_on_producer(cx, r).or_else(|| anywhere.clone());
            let filename = cx.stack.eff(r, "filename");
            if matches!(filename, Eff::NotSet | Eff::Known(Val::Null)) {
                continue;
            }
            let mut generated = None;
            let mut dead = None;
            for attr in ["filename", "source_code_hash"] {
                for l in cx.stack.leaves_at(r, attr) {
                    match &l.leaf {
                        Leaf::Resource { ids, reference, .. } => {
                            let local = ids
                                .iter()
                                .any(|&i| LOCAL_TYPES.contains(&cx.stack.resources[i].rtype))
                                || LOCAL_TYPES.iter().any(|t| {
                                    reference.starts_with(&format!("data.{t}."))
                                        || reference.starts_with(&format!("{t}."))
                                });
                            if local {
                                generated.get_or_insert(l.via_text(reference));
                            }
                        }
                        Leaf::DeadEnd(why) if attr == "filename" => {
                            dead.get_or_insert(l.via_text(why));
                        }
                        _ => {}
                    }
                }
            }
            let (status, msg) = if let Some(g) = generated {
                (
                    Status::Fail,
                    format!("the package is generated locally at plan time: {g}"),
                )
            } else {
                match (&filename, cx.params.source_dir.as_deref()) {
                    (Eff::Known(Val::Str(f)), Some(dir)) => {
                        if dir.join(f.as_ref()).exists() {
                            (Status::Pass, format!("package {f} exists"))
                        } else if let Some(p) = &producer {
                            (
                                Status::Unknown,
                                format!(
                                    "package {f} is not under {}, and {p} may build or download \
                                     it at apply",
                                    dir.display()
                                ),
                            )
                        } else {
                            (
                                Status::Fail,
                                format!("package {f} does not exist under {}", dir.display()),
                            )
                        }
                    }
                    (Eff::Known(_), None) => continue,
                    _ => match dead {
                        Some(why) => (
                            Status::Unknown,
                            format!("filename is unknown until apply: {why}"),
                        ),
                        None => (
                            Status::Unknown,
                            format!("filename is {}", unknown_reason(&filename)),
                        ),
                    },
                }
            };
            cx.report(r, "filename", status, msg);
        }
    }
}
