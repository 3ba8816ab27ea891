use crate::model::{Eff, Val};
use crate::rules::attr::{attr, judge, Expect::OneOf, Test};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_lb_listener`/`aws_alb_listener` whose `protocol` is `HTTPS` or `TLS` uses a
    /// security policy (`ssl_policy`) that accepts nothing older than TLS 1.2, by the table of
    /// Elastic Load Balancing's predefined policies and the oldest protocol each accepts (the
    /// `ELBSecurityPolicy-TLS13-1-2-*`, `-TLS13-1-3-*`, `-FS-1-2-*` and `-TLS-1-2-*` policies
    /// pass; `ELBSecurityPolicy-2016-08`, `-TLS13-1-0-*`, `-TLS13-1-1-*`, `-FS-1-1-*`,
    /// `-TLS-1-1-*` fail). Unset, AWS uses `ELBSecurityPolicy-2016-08` for listeners created
    /// through the API (TLS 1.0), so it fails. A policy name not in the table, or a value
    /// known only at apply, gives Unknown. Listeners on other protocols are not judged.
    ///
    /// ## Why it matters
    /// TLS 1.0 and 1.1 are deprecated (RFC 8996): they lack modern cipher suites and are open
    /// to downgrade attacks; PCI DSS and most compliance baselines forbid them.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb_listener" "https" {
    ///   load_balancer_arn = aws_lb.web.arn
    ///   port              = 443
    ///   protocol          = "HTTPS"
    ///   certificate_arn   = aws_acm_certificate.web.arn
    ///   ssl_policy        = "ELBSecurityPolicy-2016-08"
    ///   # ...
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
    /// ```
    pub struct ListenerTlsPolicyWeak {
        id: "AWS-ELB-005",
        slug: "listener-tls-policy-below-tls-1-2",
        service: "elb",
        category: "encryption",
        severity: Critical,
        title: "HTTPS/TLS listener accepts TLS below 1.2",
        types: ["aws_lb_listener", "aws_alb_listener"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_103", Trivy "AVD-AWS-0047"],
    }
}

/// Elastic Load Balancing's predefined security policies for Application and Network Load
/// Balancers and the oldest TLS version each accepts. Source:
/// https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
/// https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html
const POLICIES: &[(&str, &str)] = &[
    ("ELBSecurityPolicy-TLS13-1-3-2021-06", "TLSv1.3"),
    ("ELBSecurityPolicy-TLS13-1-3-PQ-2025-09", "TLSv1.3"),
    ("ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04", "TLSv1.3"),
    ("ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09", "TLSv1.3"),
    ("ELBSecurityPolicy-TLS13-1-2-2021-06", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Res-2021-06", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-PQ-2025-09", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Ext0-PQ-2025-09", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09", "TLSv1.2"),
    (
        "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09",
        "TLSv1.2",
    ),
    (
        "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09",
        "TLSv1.2",
    ),
    (
        "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09",
        "TLSv1.2",
    ),
    ("ELBSecurityPolicy-FS-1-2-Res-2020-10", "TLSv1.2"),
    ("ELBSecurityPolicy-FS-1-2-Res-2019-08", "TLSv1.2"),
    ("ELBSecurityPolicy-FS-1-2-2019-08", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS-1-2-Ext-2018-06", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS-1-2-2017-01", "TLSv1.2"),
    ("ELBSecurityPolicy-TLS13-1-1-2021-06", "TLSv1.1"),
    ("ELBSecurityPolicy-TLS13-1-1-PQ-2025-09", "TLSv1.1"),
    ("ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04", "TLSv1.1"),
    ("ELBSecurityPolicy-TLS13-1-1-FIPS-PQ-2025-09", "TLSv1.1"),
    ("ELBSecurityPolicy-FS-1-1-2019-08", "TLSv1.1"),
    ("ELBSecurityPolicy-TLS-1-1-2017-01", "TLSv1.1"),
    ("ELBSecurityPolicy-TLS-1-0-2015-04", "TLSv1"),
    ("ELBSecurityPolicy-TLS13-1-0-2021-06", "TLSv1"),
    ("ELBSecurityPolicy-TLS13-1-0-PQ-2025-09", "TLSv1"),
    ("ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04", "TLSv1"),
    ("ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09", "TLSv1"),
    ("ELBSecurityPolicy-FS-2018-06", "TLSv1"),
    ("ELBSecurityPolicy-2016-08", "TLSv1"),
    ("ELBSecurityPolicy-2015-05", "TLSv1"),
];

/// The policy AWS uses when a listener created through the API names none.
const DEFAULT_POLICY: &str = "ELBSecurityPolicy-2016-08";

/// The oldest TLS version a predefined policy accepts.
pub fn oldest_protocol(policy: &str) -> Option<&'static str> {
    POLICIES
        .iter()
        .find(|(p, _)| *p == policy)
        .map(|(_, proto)| *proto)
}

const SECURE_PROTOCOL: Test = attr("protocol", OneOf(&["HTTPS", "TLS"]));

impl Rule for ListenerTlsPolicyWeak {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for rtype in ["aws_lb_listener", "aws_alb_listener"] {
            for (_, r) in cx.live(rtype) {
                let applies = judge(cx, r, &SECURE_PROTOCOL);
                let (status, msg) = match applies.status {
                    Status::Fail => continue,
                    Status::Unknown => (
                        Status::Unknown,
                        format!("whether the check applies is unknown: {}", applies.message),
                    ),
                    Status::Pass => verdict(cx, r),
                };
                let prov = cx.stack.provenance(r, "ssl_policy");
                cx.push(r, "ssl_policy", status, msg, prov);
            }
        }
    }
}

fn verdict(cx: &Cx, r: &crate::model::Resource) -> (Status, String) {
    let judge_name = |name: &str, shown: String, default: bool| {
        let shown = if default {
            format!("ssl_policy is not set (AWS default for the API: {shown})")
        } else {
            format!("ssl_policy is {shown}")
        };
        match oldest_protocol(name) {
            Some(p @ ("TLSv1.2" | "TLSv1.3")) => (Status::Pass, format!("{shown}, {p} or later")),
            Some(p) => (
                Status::Fail,
                format!("{shown}, which accepts {p}: clients can negotiate TLS below 1.2"),
            ),
            None => (
                Status::Unknown,
                format!("{shown}, not a predefined policy this rule knows the protocols of"),
            ),
        }
    };
    match cx.stack.eff(r, "ssl_policy") {
        Eff::Known(v @ Val::Str(s)) if !s.is_empty() => {
            judge_name(s, cx.stack.show(r, "ssl_policy", v), false)
        }
        Eff::NotSet | Eff::Known(_) => {
            judge_name(DEFAULT_POLICY, format!("{DEFAULT_POLICY:?}"), true)
        }
        e => (
            Status::Unknown,
            format!("ssl_policy is {}", unknown_reason(&e)),
        ),
    }
}
