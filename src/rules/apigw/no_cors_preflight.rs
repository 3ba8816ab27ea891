use crate::model::Eff;
use crate::model::Val;
use crate::rules::{declare_rule, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Each `aws_api_gateway_resource` with methods (`aws_api_gateway_method.resource_id`
    /// pointing at it, across modules) has one with `http_method` `OPTIONS`. Resources without
    /// methods are not judged; when a method's resource cannot be followed, a resource with
    /// methods but no `OPTIONS` is Unknown. Off
    /// by default (only browser-facing APIs need it); enable it in tfaudit.toml.
    ///
    /// ## Why it matters
    /// Browsers send a pre-flight `OPTIONS` request before cross-origin calls with custom
    /// headers; without a method answering it every such call fails with a CORS error.
    ///
    /// ## Example
    /// `/orders` with `GET` and `POST` and no `OPTIONS`.
    ///
    /// ## Fix
    /// Add an `OPTIONS` method with a MOCK integration returning the
    /// `Access-Control-Allow-*` headers, or enable CORS in an OpenAPI body.
    pub struct NoCorsPreflight {
        id: "AWS-APIGW-003",
        slug: "no-cors-preflight-method",
        service: "apigateway",
        category: "reliability",
        severity: Low,
        title: "No CORS pre-flight method",
        types: ["aws_api_gateway_resource", "aws_api_gateway_method"],
        default_enabled: false,
    }
}

impl Rule for NoCorsPreflight {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for (id, res) in cx.live("aws_api_gateway_resource") {
            let partners = cx.partners(id, "aws_api_gateway_method", "resource_id");
            let methods: Vec<String> = partners
                .found
                .iter()
                .filter_map(
                    |e| match cx.stack.eff(&cx.stack.resources[e.from], "http_method") {
                        Eff::Known(Val::Str(m)) => Some(m.to_string()),
                        _ => None,
                    },
                )
                .collect();
            if methods.is_empty() {
                continue;
            }
            let (status, msg) = if methods.iter().any(|m| m == "OPTIONS") {
                (Status::Pass, "has an OPTIONS method".to_string())
            } else if let Some(u) = partners.unresolved.first() {
                (
                    Status::Unknown,
                    format!(
                        "no OPTIONS method found, but the resource_id of {} cannot be followed: {}",
                        cx.address(u.from),
                        u.reason
                    ),
                )
            } else {
                (
                    Status::Fail,
                    format!("methods {} and no OPTIONS", methods.join(", ")),
                )
            };
            cx.report(res, "", status, msg);
        }
    }
}
