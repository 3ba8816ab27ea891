use crate::model::{Eff, Resource, Val};
use crate::rules::attr::{attr, judge_all, Expect::Is, Lit::Str, Spec};
use crate::rules::waf::alb_without_waf::is_application;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// An `aws_lb_listener`/`aws_alb_listener` whose `protocol` is `HTTP` answers with a redirect
    /// to HTTPS: its (first) `default_action` has `type = "redirect"` and
    /// `redirect.protocol = "HTTPS"`. A `forward`, `fixed-response` or a redirect that keeps the
    /// protocol (`#{protocol}`, the default of `redirect.protocol`) fails. Listeners on other
    /// protocols are not judged. Unset, `protocol` is `HTTP` on an Application Load Balancer
    /// and none on a Gateway Load Balancer: the listener's `load_balancer_arn` is followed to
    /// the load balancer of the plan and its `load_balancer_type` (default `application`);
    /// when that cannot be told, Unknown. Values known only at apply give Unknown too.
    /// The listener's rules (`aws_lb_listener_rule` pointing at it) are read too: a rule that
    /// forwards, or redirects keeping the protocol, serves plain HTTP whatever the default
    /// action says (Fail); a rule whose action or listener cannot be followed gives Unknown.
    ///
    /// ## Why it matters
    /// A plain HTTP listener that forwards serves the application, its cookies and its tokens in
    /// clear text to anyone on the path; redirecting to HTTPS keeps port 80 only as a signpost.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_lb_listener" "http" {
    ///   load_balancer_arn = aws_lb.web.arn
    ///   port              = 80
    ///   protocol          = "HTTP"
    ///   default_action {
    ///     type             = "forward"
    ///     target_group_arn = aws_lb_target_group.web.arn
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// default_action {
    ///   type = "redirect"
    ///   redirect {
    ///     port        = "443"
    ///     protocol    = "HTTPS"
    ///     status_code = "HTTP_301"
    ///   }
    /// }
    /// ```
    pub struct HttpListenerNotRedirected {
        id: "AWS-ELB-002",
        slug: "http-listener-not-redirected-to-https",
        service: "elb",
        category: "encryption",
        severity: Critical,
        title: "HTTP listener does not redirect to HTTPS",
        types: ["aws_lb_listener", "aws_alb_listener"],
        default_enabled: true,
        covers: [Fsbp "ELB.1", Checkov "CKV_AWS_2", Checkov "CKV2_AWS_20", Trivy "AVD-AWS-0054", Kics "alb_listening_on_http"],
    }
}

const REDIRECT: Spec = Spec::all(&[
    attr("default_action.0.type", Is(Str("redirect"))).risk("requests are served over plain HTTP"),
    attr("default_action.0.redirect.0.protocol", Is(Str("HTTPS")))
        .default(Str("#{protocol}"))
        .risk("the redirect keeps plain HTTP"),
]);

/// Whether the listener speaks plain HTTP: Ok(true/false), Err with why it is unknown.
fn plain_http(cx: &Cx, r: &Resource) -> Result<bool, String> {
    match cx.stack.eff(r, "protocol") {
        Eff::Known(Val::Str(p)) => Ok(p.eq_ignore_ascii_case("HTTP")),
        Eff::NotSet | Eff::Known(_) => {
            let lbs: Vec<&Resource> = cx
                .targets(r, "load_balancer_arn")
                .ids
                .iter()
                .map(|&i| &cx.stack.resources[i])
                .filter(|lb| matches!(lb.rtype, "aws_lb" | "aws_alb"))
                .collect();
            match lbs.as_slice() {
                [lb] => is_application(cx, lb).ok_or_else(|| {
                    format!(
                        "protocol is not set, and the type of {} is known only at apply",
                        lb.address
                    )
                }),
                _ => Err(
                    "protocol is not set: it is HTTP on an Application Load Balancer and \
                          none on a Gateway Load Balancer, and the listener's load balancer is \
                          not in the plan"
                        .to_string(),
                ),
            }
        }
        e => Err(format!("protocol is {}", unknown_reason(&e))),
    }
}

impl Rule for HttpListenerNotRedirected {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for rtype in ["aws_lb_listener", "aws_alb_listener"] {
            for (id, r) in cx.live(rtype) {
                let (status, msg, path) = match plain_http(cx, r) {
                    Ok(false) => continue,
                    Err(why) => (
                        Status::Unknown,
                        format!("whether the listener speaks plain HTTP is unknown: {why}"),
                        "protocol".to_string(),
                    ),
                    Ok(true) => match judge_all(cx, r, &REDIRECT) {
                        Some((Status::Pass, m, p)) => match rules_serve_http(cx, id) {
                            Ok(None) => (Status::Pass, m, p),
                            Ok(Some(why)) => (Status::Fail, why, p),
                            Err(why) => (Status::Unknown, format!("{m}, but {why}"), p),
                        },
                        Some(v) => v,
                        None => continue,
                    },
                };
                let prov = cx.stack.provenance(r, &path);
                cx.push(r, &path, status, msg, prov);
            }
        }
    }
}

/// Whether a listener rule of the listener serves plain HTTP (a `forward`, or a redirect that
/// keeps the protocol): Ok(Some(why)) when one does, Err when a rule cannot be read or tied.
fn rules_serve_http(cx: &Cx, listener: crate::model::ResId) -> Result<Option<String>, String> {
    let mut open = None;
    for t in ["aws_lb_listener_rule", "aws_alb_listener_rule"] {
        let p = cx.partners(listener, t, "listener_arn");
        for e in &p.found {
            let rule = &cx.stack.resources[e.from];
            let n = crate::model::value::count(rule.values, "action");
            if n == 0 && cx.stack.is_unknown(rule, "action") {
                open.get_or_insert(format!(
                    "the actions of {} are unknown until apply",
                    rule.address
                ));
            }
            for i in 0..n {
                let kind = cx.stack.eff(rule, &format!("action.{i}.type"));
                let proto = cx
                    .stack
                    .eff(rule, &format!("action.{i}.redirect.0.protocol"));
                match (
                    kind.clone_known().as_deref(),
                    proto.clone_known().as_deref(),
                ) {
                    (Some("forward"), _) => {
                        return Ok(Some(format!(
                            "the default action redirects to HTTPS, but {} forwards requests \
                             over plain HTTP",
                            rule.address
                        )))
                    }
                    (Some("redirect"), Some("HTTPS")) => {}
                    (Some("redirect"), Some(_)) | (Some("redirect"), None)
                        if matches!(proto, Eff::Known(_) | Eff::NotSet) =>
                    {
                        return Ok(Some(format!(
                            "the default action redirects to HTTPS, but {} redirects keeping \
                             plain HTTP",
                            rule.address
                        )))
                    }
                    (Some(_), _) if !matches!(kind, Eff::Known(Val::Str(ref k)) if k == "redirect") =>
                        {}
                    _ => {
                        open.get_or_insert(format!(
                            "an action of {} is unknown until apply",
                            rule.address
                        ));
                    }
                }
            }
        }
        if let Some(u) = p.unresolved.first() {
            open.get_or_insert(format!(
                "the listener_arn of {} cannot be followed: {}",
                cx.address(u.from),
                u.reason
            ));
        }
    }
    match open {
        Some(why) => Err(why),
        None => Ok(None),
    }
}
