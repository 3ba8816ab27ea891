use crate::model::Eff;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every ARN in `aws_lambda_function.layers` is in the function's region: the region field
    /// of a known ARN, or the provider region of an `aws_lambda_layer_version` the
    /// configuration references, against the region of the function's provider configuration
    /// (aliases and variables resolved). Functions without layers are not judged.
    ///
    /// ## Why it matters
    /// Lambda only attaches layers from the function's own region: the apply fails, typically
    /// only in the second region of a multi-region stack.
    ///
    /// ## Example
    /// A function created by `provider = aws.eu` with
    /// `layers = ["arn:aws:lambda:us-east-1:210987654321:layer:deps:3"]`.
    ///
    /// ## Fix
    /// Publish the layer in each region (an `aws_lambda_layer_version` per provider) and
    /// reference the one in the function's region.
    pub struct LayerFromOtherRegion {
        id: "AWS-LMB-004",
        slug: "lambda-layer-from-other-region",
        service: "lambda",
        category: "reliability",
        severity: High,
        title: "Lambda layer ARN from another region",
        types: ["aws_lambda_function", "aws_lambda_layer_version"],
        default_enabled: true,
    }
}

impl Rule for LayerFromOtherRegion {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_lambda_function") {
            // (layer, its region or None when unknown)
            let layers: Vec<(String, Option<String>)> = match cx.stack.eff(r, "layers") {
                Eff::Known(v) => v
                    .strings()
                    .iter()
                    .map(|a| (a.to_string(), a.split(':').nth(3).map(str::to_string)))
                    .collect(),
                Eff::NotSet => Vec::new(),
                Eff::FromResources { ids, reference } => {
                    let layers: Vec<_> = ids
                        .iter()
                        .map(|&i| &cx.stack.resources[i])
                        .filter(|l| l.rtype == "aws_lambda_layer_version")
                        .map(|l| (l.address.to_string(), cx.stack.region(l)))
                        .collect();
                    if layers.is_empty() {
                        vec![(reference, None)]
                    } else {
                        layers
                    }
                }
                Eff::Unresolved(why) => vec![(why, None)],
            };
            if layers.is_empty() {
                continue;
            }
            let Some(region) = cx.stack.region(r) else {
                let msg =
                    "the function's region is unknown (no region in its provider configuration)";
                cx.report(r, "layers", Status::Unknown, msg.into());
                continue;
            };
            // Layers the plan marks sensitive: not even their region is shown.
            let hidden = cx.stack.is_sensitive(r, "layers");
            let foreign: Vec<String> = layers
                .iter()
                .filter(|(_, lr)| lr.as_ref().is_some_and(|lr| *lr != region))
                .map(|(l, lr)| match hidden {
                    true => "(sensitive)".to_string(),
                    false => format!("{l} ({})", lr.as_deref().unwrap_or("?")),
                })
                .collect();
            let open: Vec<&str> = layers
                .iter()
                .filter(|(_, lr)| lr.is_none())
                .map(|(l, _)| l.as_str())
                .collect();
            let (status, msg) = if !foreign.is_empty() {
                (
                    Status::Fail,
                    format!("layers outside {region}: {}", foreign.join(", ")),
                )
            } else if !open.is_empty() {
                (
                    Status::Unknown,
                    format!(
                        "the region of layer {} is unknown until apply",
                        open.join(", ")
                    ),
                )
            } else {
                (Status::Pass, format!("every layer is in {region}"))
            };
            cx.report(r, "layers", status, msg);
        }
    }
}
