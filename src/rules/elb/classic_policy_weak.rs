use crate::model::{Eff, Resource, Val};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// A Classic Load Balancer SSL negotiation policy (`aws_load_balancer_policy` with
    /// `policy_type_name = "SSLNegotiationPolicyType"`) enables no insecure protocol and no weak
    /// cipher: no `policy_attribute` `Protocol-SSLv2`, `Protocol-SSLv3`, `Protocol-TLSv1` or
    /// `Protocol-TLSv1.1` set to `"true"`, no cipher with RC4, DES/3DES, export, NULL, MD5 or
    /// anonymous key exchange set to `"true"`, and a `Reference-Security-Policy` only to
    /// `ELBSecurityPolicy-TLS-1-2-2017-01` (every other predefined Classic policy accepts TLS
    /// 1.0 or older). A reference to a policy name this rule does not know, or attributes known
    /// only at apply, give Unknown. Other policy types are not judged.
    ///
    /// ## Why it matters
    /// SSLv3 (POODLE), TLS 1.0/1.1 and ciphers like RC4 or 3DES (SWEET32) let an attacker on the
    /// path downgrade or decrypt the sessions of clients that still offer them.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_load_balancer_policy" "tls" {
    ///   load_balancer_name = aws_elb.web.name
    ///   policy_name        = "tls"
    ///   policy_type_name   = "SSLNegotiationPolicyType"
    ///   policy_attribute {
    ///     name  = "Protocol-TLSv1"
    ///     value = "true"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// policy_attribute {
    ///   name  = "Reference-Security-Policy"
    ///   value = "ELBSecurityPolicy-TLS-1-2-2017-01"
    /// }
    /// ```
    pub struct ClassicPolicyWeak {
        id: "AWS-ELB-006",
        slug: "classic-elb-policy-weak-tls",
        service: "elb",
        category: "encryption",
        severity: High,
        title: "Classic ELB policy allows weak protocols or ciphers",
        types: ["aws_load_balancer_policy"],
        default_enabled: true,
        covers: [Fsbp "ELB.8", Checkov "CKV_AWS_213", Kics "elb_using_insecure_protocols", Kics "elb_using_weak_ciphers"],
    }
}

const WEAK_PROTOCOLS: &[&str] = &[
    "Protocol-SSLv2",
    "Protocol-SSLv3",
    "Protocol-TLSv1",
    "Protocol-TLSv1.1",
];

/// Parts of an OpenSSL cipher name that make it weak.
const WEAK_CIPHER_PARTS: &[&str] = &["RC4", "DES-", "EXP-", "NULL", "MD5", "ADH-", "AECDH-"];

/// Predefined Classic Load Balancer policies that accept only TLS 1.2. Source:
/// https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html
const STRONG_REFERENCES: &[&str] = &["ELBSecurityPolicy-TLS-1-2-2017-01"];

/// Predefined Classic policies that accept TLS 1.0/1.1 or SSLv3 (same source).
const WEAK_REFERENCES: &[&str] = &[
    "ELBSecurityPolicy-TLS-1-1-2017-01",
    "ELBSecurityPolicy-2016-08",
    "ELBSecurityPolicy-2015-05",
    "ELBSecurityPolicy-2015-03",
    "ELBSecurityPolicy-2015-02",
    "ELBSecurityPolicy-2014-10",
    "ELBSecurityPolicy-2014-01",
    "ELBSecurityPolicy-2011-08",
    "ELBSample-ELBDefaultCipherPolicy",
    "ELBSample-OpenSSLDefaultCipherPolicy",
];

impl Rule for ClassicPolicyWeak {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (_, r) in cx.live("aws_load_balancer_policy") {
            let (status, msg) = match cx.stack.eff(r, "policy_type_name") {
                Eff::Known(Val::Str(t)) if t.as_ref() == "SSLNegotiationPolicyType" => {
                    judge_attributes(cx, r)
                }
                Eff::Known(_) | Eff::NotSet => continue,
                e => (
                    Status::Unknown,
                    format!("policy_type_name is {}", unknown_reason(&e)),
                ),
            };
            let prov = cx.stack.provenance(r, "policy_attribute");
            cx.push(r, "policy_attribute", status, msg, prov);
        }
    }
}

fn judge_attributes(cx: &Cx, r: &Resource) -> (Status, String) {
    let items = match cx.stack.eff(r, "policy_attribute") {
        Eff::Known(Val::Arr(items)) => items,
        Eff::NotSet | Eff::Known(_) => {
            return (Status::Pass, "no policy_attribute enables anything".into())
        }
        e => {
            return (
                Status::Unknown,
                format!("policy_attribute is {}", unknown_reason(&e)),
            )
        }
    };
    let mut weak = Vec::new();
    let mut unknown = None;
    let mut reference = None;
    for a in items.iter() {
        let (Some(name), value) = (a.get("name").and_then(Val::as_str), a.get("value")) else {
            unknown.get_or_insert("a policy_attribute name is unknown until apply".to_string());
            continue;
        };
        let Some(value) = value.and_then(Val::as_str) else {
            unknown.get_or_insert(format!("the value of {name} is unknown until apply"));
            continue;
        };
        if name == "Reference-Security-Policy" {
            if WEAK_REFERENCES.contains(&value) {
                weak.push(format!(
                    "Reference-Security-Policy {value:?} (accepts TLS below 1.2)"
                ));
            } else if STRONG_REFERENCES.contains(&value) {
                reference = Some(value.to_string());
            } else {
                unknown.get_or_insert(format!(
                    "Reference-Security-Policy {value:?} is not a predefined policy this rule knows"
                ));
            }
        } else if value.eq_ignore_ascii_case("true")
            && (WEAK_PROTOCOLS.contains(&name)
                || WEAK_CIPHER_PARTS.iter().any(|p| name.contains(p)))
        {
            weak.push(name.to_string());
        }
    }
    if !weak.is_empty() {
        return (
            Status::Fail,
            format!(
                "the policy enables {}: clients can negotiate a broken protocol or cipher",
                weak.join(", ")
            ),
        );
    }
    if let Some(why) = unknown {
        return (Status::Unknown, why);
    }
    match reference {
        Some(p) => (
            Status::Pass,
            format!("the policy references {p:?} (TLS 1.2 only)"),
        ),
        None => (
            Status::Pass,
            "the policy enables no SSLv2/SSLv3/TLS 1.0/TLS 1.1 protocol and no weak cipher".into(),
        ),
    }
}
