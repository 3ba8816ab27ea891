use crate::model::value::lookup;
use crate::model::{Eff, Leaf, Resource, Stack, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every HTTPS/SSL `listener` of a Classic Load Balancer (`aws_elb`) serves a certificate
    /// from AWS Certificate Manager: its `ssl_certificate_id` is an ACM ARN (`:acm:`) or an
    /// `aws_acm_certificate` of the plan. An IAM server certificate (`:iam:` ARN, or an
    /// `aws_iam_server_certificate` of the plan) fails. Listeners without a certificate (HTTP,
    /// TCP) are not judged; a load balancer with none passes. A certificate that cannot be
    /// followed gives Unknown. Off by default (medium): run it with `--profile strict`.
    ///
    /// ## Why it matters
    /// ACM renews its certificates automatically; IAM server certificates are uploaded by hand,
    /// with their private key, and expire unless someone replaces them in time.
    ///
    /// ## Example
    /// ```hcl
    /// listener {
    ///   lb_port            = 443
    ///   lb_protocol        = "https"
    ///   instance_port      = 8080
    ///   instance_protocol  = "http"
    ///   ssl_certificate_id = aws_iam_server_certificate.web.arn
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// ssl_certificate_id = aws_acm_certificate.web.arn
    /// ```
    pub struct ClassicCertificateNotAcm {
        id: "AWS-ELB-011",
        slug: "elb-classic-certificate-not-acm",
        service: "elb",
        category: "encryption",
        severity: Medium,
        title: "Classic Load Balancer certificate not from ACM",
        types: ["aws_elb"],
        default_enabled: false,
        covers: [Fsbp "ELB.2", Checkov "CKV_AWS_127"],
    }
}

/// An ACM certificate ARN (`arn:PARTITION:acm:...`).
fn is_acm_arn(s: &str) -> bool {
    s.contains(":acm:")
}

/// The verdict on listener `i`'s certificate, read from its configuration expression (the
/// plan's set order need not be the configuration's), else from the plan's known value.
fn listener(stack: &Stack, r: &Resource, i: usize) -> Option<(Status, String)> {
    let path = format!("listener.{i}.ssl_certificate_id");
    let name = format!("listener[{i}].ssl_certificate_id");
    if r.config.is_none() {
        return match lookup(r.values, &path) {
            Some(Val::Str(s)) if !s.is_empty() => Some(if is_acm_arn(s) {
                (Status::Pass, format!("{name} is an ACM certificate"))
            } else {
                (
                    Status::Fail,
                    format!("{name} is {s:?}, not an ACM certificate"),
                )
            }),
            _ => None,
        };
    }
    let leaves = stack.leaves_at(r, &path);
    let mut acm = Vec::new();
    let mut other = Vec::new();
    let mut open = None;
    for l in &leaves {
        match &l.leaf {
            Leaf::Value(Val::Str(s), _) if s.is_empty() => {}
            Leaf::Value(Val::Null, _) => {}
            Leaf::Value(Val::Str(s), _) if is_acm_arn(s) => acm.push(format!("{s:?}")),
            Leaf::Value(v, _) => other.push(format!("{:?}", v.as_str().unwrap_or("?"))),
            Leaf::Resource { ids, reference, .. } => {
                let types: Vec<&str> = ids.iter().map(|&id| stack.resources[id].rtype).collect();
                if !types.is_empty()
                    && types.iter().all(|t| {
                        matches!(*t, "aws_acm_certificate" | "aws_acm_certificate_validation")
                    })
                {
                    acm.push(reference.clone());
                } else if !types.is_empty()
                    && types.iter().all(|t| *t == "aws_iam_server_certificate")
                {
                    other.push(format!("the IAM server certificate {reference}"));
                } else {
                    open.get_or_insert(format!("{name} comes from {reference}"));
                }
            }
            _ => {
                open.get_or_insert(format!("{name} cannot be followed in the plan"));
            }
        }
    }
    match (acm.is_empty(), other.is_empty(), open) {
        (true, true, None) => None,
        (false, true, None) => Some((Status::Pass, format!("{name} is {}", acm.join(" or ")))),
        (true, false, None) => Some((
            Status::Fail,
            format!(
                "{name} is {}, not an ACM certificate: it is not renewed automatically",
                other.join(" or ")
            ),
        )),
        (_, _, Some(why)) => Some((Status::Unknown, why)),
        _ => Some((
            Status::Unknown,
            format!(
                "{name} is {} or {} depending on values known only at apply",
                acm.join(" or "),
                other.join(" or ")
            ),
        )),
    }
}

impl Rule for ClassicCertificateNotAcm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        for (_, r) in cx.live("aws_elb") {
            let n = match stack.eff(r, "listener") {
                Eff::Known(Val::Arr(items)) => Ok(items.len()),
                Eff::NotSet | Eff::Known(_) => Ok(0),
                e => Err(format!("listener is {}", unknown_reason(&e))),
            };
            let (status, msg) = match n {
                Err(why) => (Status::Unknown, why),
                Ok(n) => {
                    let vs: Vec<(Status, String)> =
                        (0..n).filter_map(|i| listener(stack, r, i)).collect();
                    if let Some(v) = vs.iter().find(|v| v.0 == Status::Fail) {
                        v.clone()
                    } else if let Some(v) = vs.iter().find(|v| v.0 == Status::Unknown) {
                        v.clone()
                    } else if vs.is_empty() {
                        (Status::Pass, "no listener serves a certificate".to_string())
                    } else {
                        let m: Vec<String> = vs.into_iter().map(|v| v.1).collect();
                        (Status::Pass, m.join("; "))
                    }
                }
            };
            cx.report(r, "listener", status, msg);
        }
    }
}
