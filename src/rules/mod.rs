//! The rule registry, and what rules share: metadata, three-valued results, and the helpers for
//! the common shapes ("attribute must be set", "some resource of type T must point at me").

use crate::model::{Action, Edge, Eff, Mode, ResId, Resource, Stack, Unresolved};
use serde::Serialize;

mod acm;
mod apigw;
mod appsync;
mod asg;
mod ath;
pub mod attr;
mod bak;
mod batch;
mod bdr;
mod cb;
mod cf;
mod cfg;
mod code;
mod cog;
pub mod compliance;
mod connect;
mod ct;
pub mod custom;
mod cw;
mod ddb;
mod del;
mod dms;
mod docdb;
mod ds;
mod eb;
mod ec2;
mod ecr;
mod ecs;
mod efs;
mod eks;
mod elb;
mod elc;
mod emr;
mod evb;
mod exposure;
/// Generated from ../shared/BREADTH.tsv (`make frameworks`): the FSBP and CIS controls.
#[rustfmt::skip]
pub mod frameworks;
mod fsx;
mod ga;
mod gd;
mod gla;
mod glue;
mod iam;
pub mod iam_actions;
#[rustfmt::skip]
pub mod iam_actions_table;
pub mod judge;
mod kin;
mod kms;
mod lmb;
mod memdb;
mod misc;
mod mq;
mod msk;
mod mwaa;
mod name;
mod nep;
pub mod net;
mod nfw;
mod org;
mod os;
pub mod policy_doc;
/// Generated from the provider schema; the model reads it too (which paths are blocks).
pub use crate::model::provider_tables;
mod qs;
mod r53;
mod rds;
mod reg;
mod rs;
mod s3;
mod sc;
mod ses;
mod sfn;
mod sg;
mod sgm;
mod sm;
mod sns;
mod sqs;
mod ssm;
mod sso;
mod stack;
mod tag;
mod tf;
mod trf;
mod vpc;
mod waf;
mod ws;
mod xray;

/// Declare a rule: a unit struct with its metadata and the `///` documentation (headings
/// *What it checks*, *Why it matters*, *Example*, *Fix*) from which `explain` and docs come.
/// Optional `covers: [Fsbp "S3.8", Cis "2.1.4", Checkov "CKV2_AWS_6", Trivy "AVD-AWS-0094",
/// Kics "name"]` lists the controls and peer checks whose condition the rule decides; an
/// entry may add `in ["aws_type"]` to count only results on those types for that control.
/// Optional `check: Spec::all(&[attr("path", Is(Bool(true))).default(Bool(false))])` makes it
/// a declarative attribute rule ([`attr`]): no `impl Rule` to write.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            id: $id:literal,
            slug: $slug:literal,
            service: $service:literal,
            category: $category:literal,
            severity: $sev:ident,
            title: $title:literal,
            types: [$($t:literal),* $(,)?],
            default_enabled: $on:literal
            $(, presence: $presence:literal)?
            $(, params: [$(($pn:literal, $pk:literal)),* $(,)?])?
            $(, covers: [$($ck:ident $cid:literal $(in [$($ct:literal),* $(,)?])?),* $(,)?])?
            $(, check: $check:expr)? $(,)?
        }
    ) => {
        $vis struct $name;
        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                slug: $slug,
                service: $service,
                category: $category,
                severity: $crate::rules::Severity::$sev,
                title: $title,
                types: &[$($t),*],
                default_enabled: $on,
                presence: false $(|| $presence)?,
                params: &[$($(($pn, $pk)),*)?],
                covers: &[$($($crate::rules::Covers {
                    peer: $crate::rules::Peer::$ck,
                    id: $cid,
                    types: &[$($($ct),*)?],
                }),*)?],
                doc: concat!($($doc, "\n"),*),
            };
        }
        $(
            impl $crate::rules::Rule for $name {
                fn meta(&self) -> &'static $crate::rules::RuleMeta {
                    &Self::META
                }

                fn check(&self, cx: &mut $crate::rules::Cx) {
                    #[allow(unused_imports)]
                    use $crate::rules::attr::{attr, case, Expect::*, Lit::*, Spec, Unset};
                    const SPEC: $crate::rules::attr::Spec = $check;
                    $crate::rules::attr::run(cx, &SPEC);
                }
            }
        )?
    };
}
pub(crate) use declare_rule;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Fail,
    Unknown,
    Pass,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Fail => "fail",
            Status::Unknown => "unknown",
            Status::Pass => "pass",
        }
    }
}

#[derive(Debug)]
pub struct RuleMeta {
    pub id: &'static str,
    pub slug: &'static str,
    pub service: &'static str,
    pub category: &'static str,
    pub severity: Severity,
    pub title: &'static str,
    pub types: &'static [&'static str],
    pub default_enabled: bool,
    /// Judged on the whole stack, asking for something (a trail, a recorder) that a plan of
    /// one component usually leaves to another: off under `--profile module`.
    pub presence: bool,
    /// Parameters accepted in `[rules.ID]` of tfaudit.toml: (name, kind: strings|string|bool).
    pub params: &'static [(&'static str, &'static str)],
    /// Compliance controls and peer checks whose condition this rule decides.
    pub covers: &'static [Covers],
    /// Markdown, with the leading space of each `///` line still in.
    pub doc: &'static str,
}

/// One covered ID. `types` narrows a control's verdict to results on those resource types,
/// for a rule that covers several controls (`Fsbp "RDS.26" in ["aws_db_instance"]`); empty:
/// every result of the rule counts.
#[derive(Debug)]
pub struct Covers {
    pub peer: Peer,
    pub id: &'static str,
    pub types: &'static [&'static str],
}

/// Where a covered ID comes from: a compliance framework or a peer scanner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Peer {
    /// AWS Security Hub Foundational Security Best Practices control (`EC2.21`).
    Fsbp,
    /// CIS AWS Foundations Benchmark v3.0 recommendation (`5.1`).
    Cis,
    /// Checkov check (`CKV_AWS_24`, `CKV2_AWS_11`).
    Checkov,
    /// Trivy / tfsec AVD ID (`AVD-AWS-0107`).
    Trivy,
    /// KICS query name (`security_group_with_unrestricted_access_to_ssh`).
    Kics,
}

impl Peer {
    pub const ALL: [Peer; 5] = [
        Peer::Fsbp,
        Peer::Cis,
        Peer::Checkov,
        Peer::Trivy,
        Peer::Kics,
    ];

    /// The key in `rules --format json` and the prefix of SARIF tags.
    pub fn key(self) -> &'static str {
        match self {
            Peer::Fsbp => "fsbp",
            Peer::Cis => "cis",
            Peer::Checkov => "checkov",
            Peer::Trivy => "trivy",
            Peer::Kics => "kics",
        }
    }

    /// The SARIF tag prefix: CIS carries its version, since IDs move between versions.
    pub fn tag_prefix(self) -> &'static str {
        match self {
            Peer::Cis => "cis-aws-3.0",
            p => p.key(),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Peer::Fsbp => "AWS FSBP",
            Peer::Cis => "CIS AWS 3.0",
            Peer::Checkov => "Checkov",
            Peer::Trivy => "Trivy",
            Peer::Kics => "KICS",
        }
    }

    /// Whether `id` has this source's shape.
    pub fn well_formed(self, id: &str) -> bool {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        match self {
            Peer::Fsbp => id.split_once('.').is_some_and(|(svc, n)| {
                !svc.is_empty() && svc.bytes().all(|b| b.is_ascii_alphanumeric()) && digits(n)
            }),
            Peer::Cis => {
                let parts: Vec<&str> = id.split('.').collect();
                (2..=3).contains(&parts.len()) && parts.iter().all(|p| digits(p))
            }
            Peer::Checkov => ["CKV_AWS_", "CKV2_AWS_"]
                .iter()
                .any(|p| id.strip_prefix(p).is_some_and(digits)),
            Peer::Trivy => id
                .strip_prefix("AVD-AWS-")
                .is_some_and(|n| n.len() == 4 && digits(n)),
            Peer::Kics => {
                !id.is_empty()
                    && id.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-.".contains(&b)
                    })
            }
        }
    }
}

impl RuleMeta {
    /// The IDs this rule covers from one source, in declaration order.
    pub fn covered(&self, peer: Peer) -> impl Iterator<Item = &'static str> + '_ {
        self.covers
            .iter()
            .filter(move |c| c.peer == peer)
            .map(|c| c.id)
    }

    /// The profiles that run this rule without a `[rules.ID]` table. AWS-TAG-001 runs under
    /// `module` only when `required` is configured, so it is listed under `stack` alone;
    /// `strict` runs every rule.
    pub fn profiles(&self) -> &'static [&'static str] {
        if !self.default_enabled {
            &["strict"]
        } else if self.presence || self.id == REQUIRED_TAGS {
            &["stack", "strict"]
        } else {
            &["stack", "module", "strict"]
        }
    }

    /// `fsbp:EC2.21`, `cis-aws-3.0:5.1`, `checkov:CKV_AWS_24`: SARIF tags, frameworks first.
    pub fn tags(&self) -> Vec<String> {
        Peer::ALL
            .iter()
            .flat_map(|&p| {
                self.covered(p)
                    .map(move |id| format!("{}:{id}", p.tag_prefix()))
            })
            .collect()
    }

    pub fn documentation(&self) -> String {
        self.doc
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The rule whose tag list is one organisation's policy: `--profile module` runs it only when
/// that list is configured.
pub const REQUIRED_TAGS: &str = "AWS-TAG-001";

/// One rule evaluated on one resource (or on the stack).
#[derive(Debug, Clone)]
pub struct Eval {
    pub rule: &'static RuleMeta,
    pub severity: Severity,
    pub status: Status,
    /// Shared with the resource and its other results: a plan has several per resource.
    pub address: std::sync::Arc<str>,
    /// Shared with the rule's previous result when the same ([`Cx::push_at`]).
    pub attribute: std::sync::Arc<str>,
    pub message: std::sync::Arc<str>,
    pub provenance: Option<Box<str>>,
    /// Module configuration path and block (`module.a`, `aws_x.y`), to find the `.tf` source.
    pub source: Option<std::sync::Arc<(String, String)>>,
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &mut Cx);
}

/// Rule parameters from the configuration file, by rule ID; rules hold their own defaults.
#[derive(Debug, Clone, Default)]
pub struct Params {
    /// The Terraform root directory (`--source-dir`), for rules that look at files.
    pub source_dir: Option<std::path::PathBuf>,
    /// The date dated tables are read on (YYYY-MM-DD); the system's date when None.
    pub today: Option<String>,
    by_rule:
        std::collections::HashMap<&'static str, std::collections::BTreeMap<String, toml::Value>>,
}

impl Params {
    pub fn set(
        &mut self,
        rule: &'static str,
        params: std::collections::BTreeMap<String, toml::Value>,
    ) {
        self.by_rule.insert(rule, params);
    }

    pub fn get(&self, rule: &str, name: &str) -> Option<&toml::Value> {
        self.by_rule.get(rule)?.get(name)
    }

    pub fn strings(&self, rule: &str, name: &str) -> Option<Vec<String>> {
        let items = self.get(rule, name)?.as_array()?;
        Some(
            items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
        )
    }
}

/// What a rule sees: the stack, its parameters, and where its results go.
pub struct Cx<'s, 'p> {
    pub stack: &'s Stack<'p>,
    pub params: &'s Params,
    meta: &'static RuleMeta,
    out: Vec<Eval>,
    /// The last attribute and message pushed, shared by the next result when equal.
    last: (Option<std::sync::Arc<str>>, Option<std::sync::Arc<str>>),
}

/// `text`, in the allocation of `last` when equal: a rule gives most resources the same words
/// (on the 10k plan, 27,000 of 28,000 findings repeat the message before them), and 55,000
/// copies of them were a quarter of the results' memory.
fn shared(last: &mut Option<std::sync::Arc<str>>, text: &str) -> std::sync::Arc<str> {
    match last {
        Some(a) if **a == *text => a.clone(),
        _ => last.insert(text.into()).clone(),
    }
}

impl<'s, 'p> Cx<'s, 'p> {
    /// Managed resources of a type that the plan keeps (not being destroyed).
    pub fn live(&self, rtype: &str) -> impl Iterator<Item = (ResId, &'s Resource<'p>)> + 's {
        let stack: &'s Stack<'p> = self.stack;
        stack.of_type(rtype).filter(|(_, r)| {
            r.mode == Mode::Managed
                && !matches!(r.action, Action::Delete | Action::Forget | Action::Read)
        })
    }

    pub fn report(&mut self, r: &Resource, attribute: &str, status: Status, message: String) {
        self.push(r, attribute, status, message, None);
    }

    /// A result whose severity depends on the case.
    pub fn report_as(
        &mut self,
        r: &Resource,
        severity: Severity,
        attribute: &str,
        status: Status,
        message: String,
    ) {
        self.push(r, attribute, status, message, None).severity = severity;
    }

    pub fn push(
        &mut self,
        r: &Resource,
        attribute: &str,
        status: Status,
        message: String,
        provenance: Option<String>,
    ) -> &mut Eval {
        let key = r.source_key.clone();
        self.push_at(
            r.address.clone(),
            self.meta.severity,
            attribute,
            status,
            message,
            provenance,
        );
        let eval = self.out.last_mut().expect("just pushed");
        eval.source = Some(key);
        eval
    }

    /// A result about the whole plan (a presence check), reported on `(stack)`.
    pub fn push_stack(&mut self, attribute: &str, status: Status, message: String) {
        self.push_at(
            STACK.to_string(),
            self.meta.severity,
            attribute,
            status,
            message,
            None,
        );
    }

    /// A result with its own address and severity (rules whose severity depends on the case).
    pub fn push_at(
        &mut self,
        address: impl Into<std::sync::Arc<str>>,
        severity: Severity,
        attribute: &str,
        status: Status,
        message: String,
        provenance: Option<String>,
    ) -> &mut Eval {
        // Rules show values through Stack::show; this guard catches a value one printed
        // bare, word by word, in the free text only.
        let redacted = |text: String| match self.stack.redact(&text) {
            std::borrow::Cow::Owned(r) => r,
            std::borrow::Cow::Borrowed(_) => text,
        };
        let message = shared(&mut self.last.1, &redacted(message));
        let provenance = provenance.map(|p| redacted(p).into());
        self.out.push(Eval {
            rule: self.meta,
            severity,
            status,
            address: address.into(),
            attribute: shared(&mut self.last.0, attribute),
            message,
            provenance,
            source: None,
        });
        self.out.last_mut().expect("just pushed")
    }

    /// What an attribute points at: resources by configuration reference or by known ID, the
    /// known values that match nothing in the plan, and why it cannot be told, if so.
    pub fn targets(&self, r: &Resource<'p>, path: &str) -> Targets {
        let mut t = Targets::default();
        match self.stack.eff(r, path) {
            Eff::Known(v) => {
                for (s, found) in self.stack.known_targets(r, path, &v.strings()) {
                    if found.is_empty() {
                        t.external.push(s.to_string());
                    }
                    t.ids.extend(
                        found
                            .into_iter()
                            .filter(|&i| !self.stack.resources[i].is_deleted()),
                    );
                }
            }
            Eff::NotSet => {}
            Eff::FromResources { ids, .. } => t.ids = ids,
            Eff::Unresolved(why) => t.unresolved = Some(why),
        }
        t.ids.sort_unstable();
        t.ids.dedup();
        t
    }

    /// Resources of `from_type` pointing at `to` through `attr`, and those that might.
    pub fn partners(&self, to: ResId, from_type: &str, attr: &str) -> Partners<'s, 'p> {
        Partners {
            found: self.stack.pointing_at(to, from_type, attr),
            unresolved: self.stack.unresolved(from_type, attr),
        }
    }

    /// The rule being run.
    pub fn meta(&self) -> &'static RuleMeta {
        self.meta
    }

    /// The date of this run, for dated tables (runtimes, versions): fixed by the caller when
    /// it sets [`Params::today`], so that tests do not depend on the calendar.
    pub fn today(&self) -> String {
        self.params.today.clone().unwrap_or_else(system_today)
    }

    /// A list-of-strings parameter of this rule, or `default`.
    pub fn strings_param(&self, name: &str, default: &[&str]) -> Vec<String> {
        self.params
            .strings(self.meta.id, name)
            .unwrap_or_else(|| default.iter().map(|s| s.to_string()).collect())
    }

    /// The verdict of "some resource of type T points at me through A" for the first link
    /// found among `links`: Pass naming it, else Unknown when some candidate's link cannot be
    /// followed, else Fail with `missing`.
    pub fn partner_verdict(
        &self,
        to: ResId,
        links: &[(&str, &str)],
        found: &str,
        missing: &str,
    ) -> (Status, String) {
        self.partner_verdict_where(to, links, |_| Ok(true), found, missing)
    }

    /// `partner_verdict` for partners that must also satisfy `ok` (Err: unknown, with why).
    pub fn partner_verdict_where(
        &self,
        to: ResId,
        links: &[(&str, &str)],
        ok: impl Fn(&Resource<'p>) -> Result<bool, String>,
        found: &str,
        missing: &str,
    ) -> (Status, String) {
        let mut open = None;
        for (t, a) in links {
            let p = self.partners(to, t, a);
            for e in &p.found {
                let from = &self.stack.resources[e.from];
                match ok(from) {
                    Ok(true) => return (Status::Pass, format!("{found} {}", from.address)),
                    Ok(false) => {}
                    Err(why) => {
                        open.get_or_insert(why);
                    }
                }
            }
            if let Some(u) = p.unresolved.first() {
                open.get_or_insert(format!(
                    "the {a} of {} cannot be followed: {}",
                    self.address(u.from),
                    u.reason
                ));
            }
        }
        match open {
            Some(why) => (Status::Unknown, format!("{missing}, but {why}")),
            None => (Status::Fail, missing.to_string()),
        }
    }

    pub fn address(&self, id: ResId) -> &'s str {
        &self.stack.resources[id].address
    }
}

/// Today's date (UTC) from the system clock, as YYYY-MM-DD.
pub fn system_today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The address of stack-level results.
pub const STACK: &str = "(stack)";

/// The resources a security control protects (before and after its change).
pub use del::protected as protected_by_control;

/// Whether a result's address is a variable or a provider (the fix goes in the configuration,
/// not in a resource): `var.x`, `module.m.var.x`, `provider.aws.east`.
pub fn is_configuration_address(address: &str) -> bool {
    address.starts_with("var.") || address.contains(".var.") || address.starts_with("provider.")
}

#[derive(Debug, Default)]
pub struct Targets {
    pub ids: Vec<ResId>,
    pub external: Vec<String>,
    pub unresolved: Option<String>,
}

pub struct Partners<'s, 'p> {
    pub found: Vec<&'s Edge<'p>>,
    pub unresolved: &'s [Unresolved<'p>],
}

/// Three-valued truth of a fact about an attribute: Some(true/false), or None when unknown.
pub type Tri = Option<bool>;

pub fn tri_or(a: Tri, b: Tri) -> Tri {
    match (a, b) {
        (Some(true), _) | (_, Some(true)) => Some(true),
        (Some(false), Some(false)) => Some(false),
        _ => None,
    }
}

pub fn tri_and(a: Tri, b: Tri) -> Tri {
    match (a, b) {
        (Some(false), _) | (_, Some(false)) => Some(false),
        (Some(true), Some(true)) => Some(true),
        _ => None,
    }
}

/// Why an effective value is not known, for Unknown messages.
pub fn unknown_reason(e: &Eff) -> String {
    match e {
        Eff::Unresolved(why) => format!("unknown until apply: {why}"),
        Eff::FromResources { reference, .. } => {
            format!("unknown until apply: comes from {reference}")
        }
        _ => "unknown until apply".to_string(),
    }
}

/// A boolean attribute as three-valued truth; unset means `default`.
pub fn tri_bool(e: &Eff, default: bool) -> Tri {
    match e {
        Eff::Known(v) => Some(v.as_bool().unwrap_or(default)),
        Eff::NotSet => Some(default),
        _ => None,
    }
}

/// A string (or ID) attribute: is it set to something? References to resources count as set.
pub fn tri_set(e: &Eff) -> Tri {
    match e {
        Eff::Known(v) => Some(!v.is_empty()),
        Eff::NotSet => Some(false),
        Eff::FromResources { .. } => Some(true),
        Eff::Unresolved(_) => None,
    }
}

/// The verdict on a key-like attribute that must be set: a known value passes (described by
/// `known`), a reference to a resource being created passes, unset fails with `missing`, and
/// what cannot be followed is Unknown.
pub fn must_be_set(
    cx: &Cx,
    r: &Resource,
    attr: &str,
    known: impl FnOnce(&crate::model::Val) -> String,
    missing: &str,
) -> (Status, String) {
    let e = cx.stack.eff(r, attr);
    match (tri_set(&e), &e) {
        (Some(true), Eff::FromResources { reference, .. }) => (
            Status::Pass,
            format!("encrypted with the key from {reference}"),
        ),
        (Some(true), Eff::Known(v)) => (Status::Pass, known(v)),
        (Some(_), _) => (Status::Fail, missing.to_string()),
        (None, _) => (Status::Unknown, format!("{attr} is {}", unknown_reason(&e))),
    }
}

/// Every rule, in ID order. A rule is registered here or it does not run.
pub fn registry() -> &'static [&'static dyn Rule] {
    static RULES: &[&dyn Rule] = &[
        &acm::key_too_short::KeyTooShort,
        &acm::transparency_logging_off::TransparencyLoggingOff,
        &apigw::logging_without_account_role::LoggingWithoutAccountRole,
        &apigw::no_usage_plan::NoUsagePlan,
        &apigw::no_cors_preflight::NoCorsPreflight,
        &apigw::access_logging_off::AccessLoggingOff,
        &apigw::cache_not_encrypted::CacheNotEncrypted,
        &apigw::no_client_certificate::NoClientCertificate,
        &apigw::execution_logging_off::ExecutionLoggingOff,
        &apigw::method_without_auth::MethodWithoutAuth,
        &apigw::domain_tls_below_1_2::DomainTlsBelow12,
        &apigw::stage_without_waf::StageWithoutWaf,
        &apigw::xray_off::XrayOff,
        &apigw::v2_route_without_auth::V2RouteWithoutAuth,
        &apigw::data_trace_on::DataTraceOn,
        &apigw::metrics_off::MetricsOff,
        &apigw::policy_all_actions::PolicyAllActions,
        &apigw::method_without_validator::MethodWithoutValidator,
        &appsync::api_key_auth::ApiKeyAuth,
        &appsync::cache_not_encrypted::CacheNotEncrypted,
        &appsync::logging_off::LoggingOff,
        &appsync::without_waf::WithoutWaf,
        &asg::without_notifications::AsgWithoutNotifications,
        &asg::without_lifecycle_hooks::AsgWithoutLifecycleHooks,
        &asg::uses_launch_configuration::AsgUsesLaunchConfiguration,
        &asg::tags_not_propagated::AsgTagsNotPropagated,
        &asg::elb_health_check_off::AsgElbHealthCheckOff,
        &asg::single_availability_zone::AsgSingleAvailabilityZone,
        &ath::workgroup_not_encrypted::WorkgroupNotEncrypted,
        &ath::database_not_encrypted::DatabaseNotEncrypted,
        &ath::workgroup_config_not_enforced::WorkgroupConfigNotEnforced,
        &ath::workgroup_metrics_off::WorkgroupMetricsOff,
        &bak::not_in_backup_plan::NotInBackupPlan,
        &bak::vault_not_cmk::VaultNotCmk,
        &batch::job_privileged::JobPrivileged,
        &bdr::agent_without_guardrail::AgentWithoutGuardrail,
        &cb::artifacts_not_encrypted::ArtifactsNotEncrypted,
        &cb::credentials_in_environment::CredentialsInEnvironment,
        &cb::privileged_mode::PrivilegedMode,
        &cb::source_url_credentials::SourceUrlCredentials,
        &cb::not_customer_key::NotCustomerKey,
        &cb::logging_disabled::LoggingDisabled,
        &cb::report_group_export_unencrypted::ReportGroupExportUnencrypted,
        &cb::s3_logs_unencrypted::S3LogsUnencrypted,
        &cf::origin_not_an_endpoint::OriginNotAnEndpoint,
        &cf::distribution_without_waf_or_oac::DistributionWithoutWafOrOac,
        &cf::viewer_protocol_allows_http::ViewerProtocolAllowsHttp,
        &cf::minimum_tls_too_low::MinimumTlsTooLow,
        &cf::logging_off::LoggingOff,
        &cf::default_certificate::DefaultCertificate,
        &cf::no_default_root_object::NoDefaultRootObject,
        &cf::no_response_headers_policy::NoResponseHeadersPolicy,
        &cf::headers_policy_without_hsts::HeadersPolicyWithoutHsts,
        &cf::no_origin_failover::NoOriginFailover,
        &cf::origin_allows_http::OriginAllowsHttp,
        &cf::origin_weak_ssl_protocols::OriginWeakSslProtocols,
        &cf::certificate_without_sni::CertificateWithoutSni,
        &cfg::rules_without_recorder::RulesWithoutRecorder,
        &cfg::recorder_not_all_resources::RecorderNotAllResources,
        &cfg::aggregator_not_all_regions::AggregatorNotAllRegions,
        &cog::user_pool_mfa_off::UserPoolMfaOff,
        &cog::identity_pool_unauthenticated::IdentityPoolUnauthenticated,
        &cog::user_pool_password_weak::UserPoolPasswordWeak,
        &code::not_customer_key::NotCustomerKey,
        &ct::no_cloudtrail::NoCloudtrail,
        &ct::validation_off::ValidationOff,
        &ct::not_kms_encrypted::NotKmsEncrypted,
        &ct::not_multi_region::NotMultiRegion,
        &ct::no_cloudwatch_logs::NoCloudwatchLogs,
        &ct::bucket_not_logged::BucketNotLogged,
        &ct::bucket_public::BucketPublic,
        &ct::logging_off::LoggingOff,
        &ct::no_sns_topic::NoSnsTopic,
        &ct::event_data_store_not_cmk::EventDataStoreNotCmk,
        &cw::log_group_not_encrypted::LogGroupNotEncrypted,
        &cw::alarm_topic_without_subscribers::AlarmTopicWithoutSubscribers,
        &cw::log_group_retention_unset::LogGroupRetentionUnset,
        &cw::expected_alarms_missing::ExpectedAlarmsMissing,
        &cw::cwagent_alarm_without_agent::CwagentAlarmWithoutAgent,
        &cw::custom_metric_without_producer::CustomMetricWithoutProducer,
        &cw::cis_unauthorized_api_alarm::CisUnauthorizedApiAlarm,
        &cw::alarm_actions_disabled::AlarmActionsDisabled,
        &cw::destination_policy_public::DestinationPolicyPublic,
        &cw::cis_no_mfa_signin_alarm::CisNoMfaSigninAlarm,
        &cw::cis_root_usage_alarm::CisRootUsageAlarm,
        &cw::cis_iam_policy_alarm::CisIamPolicyAlarm,
        &cw::cis_cloudtrail_config_alarm::CisCloudtrailConfigAlarm,
        &cw::cis_console_auth_failure_alarm::CisConsoleAuthFailureAlarm,
        &cw::cis_cmk_disable_alarm::CisCmkDisableAlarm,
        &cw::cis_s3_policy_alarm::CisS3PolicyAlarm,
        &cw::cis_config_changes_alarm::CisConfigChangesAlarm,
        &cw::cis_security_group_alarm::CisSecurityGroupAlarm,
        &cw::cis_nacl_alarm::CisNaclAlarm,
        &cw::cis_gateway_alarm::CisGatewayAlarm,
        &cw::cis_route_table_alarm::CisRouteTableAlarm,
        &cw::cis_vpc_alarm::CisVpcAlarm,
        &cw::cis_organizations_alarm::CisOrganizationsAlarm,
        &ddb::without_autoscaling::WithoutAutoscaling,
        &del::security_control_deleted::SecurityControlDeleted,
        &ddb::stream_disabled::StreamDisabled,
        &dms::endpoint_without_ssl::EndpointWithoutSsl,
        &dms::replication_instance_public::ReplicationInstancePublic,
        &dms::not_customer_key::NotCustomerKey,
        &dms::minor_upgrade_off::MinorUpgradeOff,
        &dms::single_az::SingleAz,
        &dms::mongodb_without_auth::MongodbWithoutAuth,
        &dms::task_logging_off::TaskLoggingOff,
        &ddb::pitr_disabled::PitrDisabled,
        &ddb::not_customer_key::NotCustomerKey,
        &ddb::dax_not_encrypted::DaxNotEncrypted,
        &docdb::not_encrypted::NotEncrypted,
        &docdb::not_customer_key::NotCustomerKey,
        &docdb::audit_logs_off::AuditLogsOff,
        &ds::object_storage_secret_key::ObjectStorageSecretKey,
        &ds::task_without_logging::TaskWithoutLogging,
        &ec2::instance_without_profile::InstanceWithoutProfile,
        &ec2::instance_role_without_ssm::InstanceRoleWithoutSsm,
        &ec2::imdsv2_not_required::Imdsv2NotRequired,
        &ec2::ebs_volume_not_encrypted::EbsVolumeNotEncrypted,
        &ec2::block_device_not_encrypted::BlockDeviceNotEncrypted,
        &ec2::public_ip_associated::PublicIpAssociated,
        &ec2::user_data_secrets::UserDataSecrets,
        &ec2::ami_lookup_without_owner::AmiLookupWithoutOwner,
        &ec2::ebs_encryption_by_default_off::EbsEncryptionByDefaultOff,
        &ec2::imds_hop_limit_above_one::ImdsHopLimitAboveOne,
        &ec2::client_vpn_connection_logging_off::ClientVpnConnectionLoggingOff,
        &ec2::vpn_tunnel_logging_off::VpnTunnelLoggingOff,
        &ec2::source_dest_check_disabled::SourceDestCheckDisabled,
        &ec2::detailed_monitoring_off::DetailedMonitoringOff,
        &ec2::ebs_volume_without_customer_key::EbsVolumeWithoutCustomerKey,
        &ec2::snapshot_copy_not_encrypted::SnapshotCopyNotEncrypted,
        &ec2::ami_not_encrypted::AmiNotEncrypted,
        &ec2::ami_launch_permission_public::AmiLaunchPermissionPublic,
        &ec2::imagebuilder_without_customer_key::ImagebuilderWithoutCustomerKey,
        &ec2::instance_uses_default_security_group::InstanceUsesDefaultSecurityGroup,
        &ec2::dlm_cross_region_copy_not_encrypted::DlmCrossRegionCopyNotEncrypted,
        &ecr::tags_mutable::TagsMutable,
        &ecr::policy_public::PolicyPublic,
        &ecr::scan_on_push_off::ScanOnPushOff,
        &ecr::not_customer_key::NotCustomerKey,
        &ecr::without_lifecycle_policy::WithoutLifecyclePolicy,
        &ecs::container_insights_off::ContainerInsightsOff,
        &ecs::secrets_in_environment::SecretsInEnvironment,
        &ecs::efs_volume_without_transit_encryption::EfsVolumeWithoutTransitEncryption,
        &ecs::service_assigns_public_ip::ServiceAssignsPublicIp,
        &ecs::root_filesystem_writable::RootFilesystemWritable,
        &ecs::container_without_logging::ContainerWithoutLogging,
        &ecs::container_privileged::ContainerPrivileged,
        &ecs::host_pid_namespace::HostPidNamespace,
        &ecs::host_network_root_user::HostNetworkRootUser,
        &ecs::fargate_platform_not_latest::FargatePlatformNotLatest,
        &ecs::exec_logging_not_encrypted::ExecLoggingNotEncrypted,
        &ecs::task_role_is_execution_role::TaskRoleIsExecutionRole,
        &efs::file_system_not_encrypted::FileSystemNotEncrypted,
        &efs::file_system_not_backed_up::FileSystemNotBackedUp,
        &eks::control_plane_logging_incomplete::ControlPlaneLoggingIncomplete,
        &eks::public_endpoint_open_to_internet::PublicEndpointOpenToInternet,
        &eks::endpoint_public::EndpointPublic,
        &eks::secrets_not_encrypted::SecretsNotEncrypted,
        &eks::unsupported_version::UnsupportedVersion,
        &eks::node_group_ssh_open::NodeGroupSshOpen,
        &elc::redis_tls_without_auth::RedisTlsWithoutAuth,
        &emr::at_rest_not_kms::AtRestNotKms,
        &emr::in_transit_not_encrypted::InTransitNotEncrypted,
        &emr::local_disk_not_encrypted::LocalDiskNotEncrypted,
        &evb::bus_without_policy::BusWithoutPolicy,
        &ga::flow_logs_off::FlowLogsOff,
        &gd::findings_not_routed::FindingsNotRouted,
        &gd::detector_disabled::DetectorDisabled,
        &gd::protection_plan_disabled::ProtectionPlanDisabled,
        &gla::vault_policy_public::VaultPolicyPublic,
        &emr::block_public_access_off::BlockPublicAccessOff,
        &emr::cluster_without_security_configuration::ClusterWithoutSecurityConfiguration,
        &emr::cluster_not_in_vpc::ClusterNotInVpc,
        &glue::catalog_not_encrypted::CatalogNotEncrypted,
        &glue::security_configuration_not_encrypted::SecurityConfigurationNotEncrypted,
        &glue::resource_policy_public::ResourcePolicyPublic,
        &glue::component_without_security_configuration::ComponentWithoutSecurityConfiguration,
        &glue::spark_job_old_version::SparkJobOldVersion,
        &elc::parameter_group_family_mismatch::ParameterGroupFamilyMismatch,
        &elc::cluster_mode_disabled::ClusterModeDisabled,
        &elb::drop_invalid_headers_off::DropInvalidHeadersOff,
        &elb::http_listener_not_redirected::HttpListenerNotRedirected,
        &elb::access_logs_off::AccessLogsOff,
        &elb::deletion_protection_off::DeletionProtectionOff,
        &elb::listener_tls_policy_weak::ListenerTlsPolicyWeak,
        &elb::classic_policy_weak::ClassicPolicyWeak,
        &elb::classic_connection_draining_off::ClassicConnectionDrainingOff,
        &elb::classic_listener_not_tls::ClassicListenerNotTls,
        &elb::cross_zone_off::CrossZoneOff,
        &elb::desync_monitor_only::DesyncMonitorOnly,
        &elb::classic_certificate_not_acm::ClassicCertificateNotAcm,
        &elb::single_zone::SingleZone,
        &elc::not_encrypted_at_rest::NotEncryptedAtRest,
        &elc::not_encrypted_in_transit::NotEncryptedInTransit,
        &elc::backups_off::BackupsOff,
        &elc::default_subnet_group::DefaultSubnetGroup,
        &iam::wildcard_resource::WildcardResource,
        &iam::service_wildcard::ServiceWildcard,
        &iam::trust_lacks_principal::TrustLacksPrincipal,
        &iam::malformed_arn::MalformedArn,
        &iam::no_mfa_policy::NoMfaPolicy,
        &kin::stream_not_encrypted::StreamNotEncrypted,
        &kin::firehose_not_encrypted::FirehoseNotEncrypted,
        &kin::retention_short::RetentionShort,
        &kin::stream_not_customer_key::StreamNotCustomerKey,
        &iam::password_too_short::PasswordTooShort,
        &iam::password_not_complex::PasswordNotComplex,
        &iam::password_reuse_allowed::PasswordReuseAllowed,
        &iam::password_never_expires::PasswordNeverExpires,
        &iam::trust_any_principal::TrustAnyPrincipal,
        &iam::github_oidc_unrestricted::GithubOidcUnrestricted,
        &iam::privilege_escalation::PrivilegeEscalation,
        &iam::policy_on_user::PolicyOnUser,
        &iam::admin_policy_attached::AdminPolicyAttached,
        &iam::several_active_keys::SeveralActiveKeys,
        &iam::users_cannot_change_password::UsersCannotChangePassword,
        &iam::access_key_secret_in_state::AccessKeySecretInState,
        &iam::cloudshell_full_access::CloudshellFullAccess,
        &iam::user_defined::UserDefined,
        &iam::user_console_access::UserConsoleAccess,
        &iam::credential_exposure::CredentialExposure,
        &iam::data_exfiltration::DataExfiltration,
        &iam::permissions_management::PermissionsManagement,
        &iam::policy_document_any_principal::PolicyDocumentAnyPrincipal,
        &iam::lambda_role_privileged::LambdaRolePrivileged,
        &iam::notebook_role_privileged::NotebookRolePrivileged,
        &iam::user_not_in_group::UserNotInGroup,
        &kms::key_policy_grants_all::KeyPolicyGrantsAll,
        &kms::key_policy_misses_service::KeyPolicyMissesService,
        &kms::key_never_used::KeyNeverUsed,
        &kms::key_from_other_region::KeyFromOtherRegion,
        &kms::key_policy_public::KeyPolicyPublic,
        &kms::rotation_disabled::RotationDisabled,
        &kms::key_disabled::KeyDisabled,
        &lmb::deprecated_runtime::DeprecatedRuntime,
        &lmb::no_failure_destination::NoFailureDestination,
        &lmb::tracing_not_active::TracingNotActive,
        &lmb::layer_from_other_region::LayerFromOtherRegion,
        &lmb::local_package::LocalPackage,
        &lmb::hard_coded_environment::HardCodedEnvironment,
        &lmb::environment_secrets::EnvironmentSecrets,
        &lmb::permission_public::PermissionPublic,
        &lmb::permission_unscoped::PermissionUnscoped,
        &lmb::permission_action_broad::PermissionActionBroad,
        &lmb::code_signing_off::CodeSigningOff,
        &lmb::environment_not_customer_key::EnvironmentNotCustomerKey,
        &lmb::url_auth_none::UrlAuthNone,
        &lmb::url_cors_open::UrlCorsOpen,
        &mq::broker_public::BrokerPublic,
        &mq::audit_log_off::AuditLogOff,
        &mq::general_log_off::GeneralLogOff,
        &mq::broker_not_customer_key::BrokerNotCustomerKey,
        &mq::minor_upgrade_off::MinorUpgradeOff,
        &mq::engine_version_unsupported::EngineVersionUnsupported,
        &msk::in_transit_not_tls::InTransitNotTls,
        &msk::at_rest_not_customer_key::AtRestNotCustomerKey,
        &msk::broker_logs_off::BrokerLogsOff,
        &msk::public_access::PublicAccess,
        &msk::unauthenticated_access::UnauthenticatedAccess,
        &msk::enhanced_monitoring_off::EnhancedMonitoringOff,
        &msk::connector_unencrypted_or_unlogged::ConnectorUnencryptedOrUnlogged,
        &mwaa::logs_disabled::LogsDisabled,
        &mwaa::webserver_public::WebserverPublic,
        &name::name_violates_limits::NameViolatesLimits,
        &nep::not_encrypted::NotEncrypted,
        &nep::audit_logs_off::AuditLogsOff,
        &nep::not_customer_key::NotCustomerKey,
        &nep::iam_auth_disabled::IamAuthDisabled,
        &nep::snapshot_not_encrypted::SnapshotNotEncrypted,
        &os::not_encrypted_at_rest::NotEncryptedAtRest,
        &os::logs_not_published::LogsNotPublished,
        &os::node_to_node_off::NodeToNodeOff,
        &os::not_customer_key::NotCustomerKey,
        &os::default_security_group::DefaultSecurityGroup,
        &os::fine_grained_access_off::FineGrainedAccessOff,
        &os::https_not_enforced::HttpsNotEnforced,
        &os::tls_policy_weak::TlsPolicyWeak,
        &os::not_in_vpc::NotInVpc,
        &acm::pca_root_enabled::PcaRootEnabled,
        &org::scp_disabled::ScpDisabled,
        &qs::athena_source_without_analytics::AthenaSourceWithoutAnalytics,
        &r53::public_zone_without_query_log::PublicZoneWithoutQueryLog,
        &r53::domain_transfer_lock_off::DomainTransferLockOff,
        &r53::public_zone_without_dnssec::PublicZoneWithoutDnssec,
        &rds::password_managed_by_terraform::PasswordManagedByTerraform,
        &rds::enhanced_monitoring_off::EnhancedMonitoringOff,
        &rds::static_final_snapshot_identifier::StaticFinalSnapshotIdentifier,
        &rds::tls_not_enforced::TlsNotEnforced,
        &rds::logs_not_enabled::LogsNotEnabled,
        &rds::storage_not_encrypted::StorageNotEncrypted,
        &rds::instance_publicly_accessible::InstancePubliclyAccessible,
        &rds::cluster_storage_not_encrypted::ClusterStorageNotEncrypted,
        &rds::backup_retention_too_short::BackupRetentionTooShort,
        &rds::iam_auth_disabled::IamAuthDisabled,
        &rds::auto_minor_upgrade_off::AutoMinorUpgradeOff,
        &rds::deletion_protection_off::DeletionProtectionOff,
        &rds::not_multi_az::NotMultiAz,
        &rds::snapshot_public::SnapshotPublic,
        &rds::performance_insights_off::PerformanceInsightsOff,
        &rds::performance_insights_not_cmk::PerformanceInsightsNotCmk,
        &rds::cluster_not_cmk::ClusterNotCmk,
        &rds::copy_tags_to_snapshot_off::CopyTagsToSnapshotOff,
        &rds::default_admin_username::DefaultAdminUsername,
        &rds::proxy_tls_not_required::ProxyTlsNotRequired,
        &rds::global_cluster_not_encrypted::GlobalClusterNotEncrypted,
        &rds::activity_stream_not_cmk::ActivityStreamNotCmk,
        &rds::backtrack_off::BacktrackOff,
        &rds::ca_cert_outdated::CaCertOutdated,
        &rds::aurora_mysql_audit_log_not_exported::AuroraMysqlAuditLogNotExported,
        &rds::aurora_postgresql_log_not_exported::AuroraPostgresqlLogNotExported,
        &rds::snapshot_copy_not_cmk::SnapshotCopyNotCmk,
        &reg::second_region_stub::SecondRegionStub,
        &rs::not_encrypted::NotEncrypted,
        &rs::publicly_accessible::PubliclyAccessible,
        &rs::enhanced_vpc_routing_off::EnhancedVpcRoutingOff,
        &rs::audit_logging_off::AuditLoggingOff,
        &rs::not_in_vpc::NotInVpc,
        &s3::bucket_without_public_access_block::BucketWithoutPublicAccessBlock,
        &s3::versioning_not_enabled::VersioningNotEnabled,
        &s3::access_logging_off::AccessLoggingOff,
        &s3::no_tls_only_policy::NoTlsOnlyPolicy,
        &s3::no_deny_unencrypted_uploads::NoDenyUnencryptedUploads,
        &s3::no_lifecycle_configuration::NoLifecycleConfiguration,
        &s3::lifecycle_never_transitions::LifecycleNeverTransitions,
        &s3::no_default_kms_encryption::NoDefaultKmsEncryption,
        &s3::acl_public_read::AclPublicRead,
        &s3::acl_public_write::AclPublicWrite,
        &s3::bucket_policy_public::BucketPolicyPublic,
        &s3::access_point_public::AccessPointPublic,
        &s3::object_not_customer_key::ObjectNotCustomerKey,
        &ses::identity_policy_all_actions::IdentityPolicyAllActions,
        &ses::tls_not_required::TlsNotRequired,
        &sfn::logging_off::LoggingOff,
        &sfn::xray_off::XrayOff,
        &s3::policy_allows_all_actions::PolicyAllowsAllActions,
        &s3::multi_region_access_point_public::MultiRegionAccessPointPublic,
        &s3::website_hosting::WebsiteHosting,
        &s3::object_lock_disabled::ObjectLockDisabled,
        &s3::acls_enabled::AclsEnabled,
        &s3::cors_open::CorsOpen,
        &s3::no_abort_incomplete_uploads::NoAbortIncompleteUploads,
        &s3::policy_lockout::PolicyLockout,
        &sc::portfolio_shared_outside_org::PortfolioSharedOutsideOrg,
        &sg::unrestricted_egress::UnrestrictedEgress,
        &sgm::endpoint_storage_not_encrypted::EndpointStorageNotEncrypted,
        &sgm::notebook_direct_internet_access::NotebookDirectInternetAccess,
        &sgm::notebook_without_customer_key::NotebookWithoutCustomerKey,
        &sgm::notebook_root_access::NotebookRootAccess,
        &sgm::notebook_not_in_vpc::NotebookNotInVpc,
        &sgm::model_network_isolation_off::ModelNetworkIsolationOff,
        &sgm::notebook_imdsv1::NotebookImdsv1,
        &sgm::endpoint_single_instance::EndpointSingleInstance,
        &sgm::job_not_encrypted::JobNotEncrypted,
        &sgm::notebook_platform_deprecated::NotebookPlatformDeprecated,
        &sm::secret_without_customer_key::SecretWithoutCustomerKey,
        &sm::rotation_not_configured::RotationNotConfigured,
        &ssm::session_preferences_missing::SessionPreferencesMissing,
        &ssm::document_shared_publicly::DocumentSharedPublicly,
        &sso::session_too_long::SessionTooLong,
        &sns::topic_without_policy::TopicWithoutPolicy,
        &sns::topic_not_encrypted::TopicNotEncrypted,
        &sns::topic_policy_public::TopicPolicyPublic,
        &sns::topic_not_customer_key::TopicNotCustomerKey,
        &sns::delivery_logging_off::DeliveryLoggingOff,
        &sqs::queue_not_encrypted::QueueNotEncrypted,
        &sqs::queue_policy_public::QueuePolicyPublic,
        &sqs::queue_policy_all_actions::QueuePolicyAllActions,
        &sqs::queue_not_customer_key::QueueNotCustomerKey,
        &sg::no_egress::SgNoEgress,
        &sg::listener_port_not_admitted::ListenerPortNotAdmitted,
        &sg::ingress_admin_ports_open::IngressAdminPortsOpen,
        &sg::default_group_has_rules::DefaultGroupHasRules,
        &sg::ingress_all_traffic::IngressAllTraffic,
        &sg::ingress_high_risk_ports_open::IngressHighRiskPortsOpen,
        &sg::ingress_unauthorized_ports_open::IngressUnauthorizedPortsOpen,
        &sg::without_description::WithoutDescription,
        &stack::required_types_missing::RequiredTypesMissing,
        &tag::required_tags_missing::RequiredTagsMissing,
        &tf::deprecated_argument::DeprecatedArgument,
        &tf::region_variable_unused::RegionVariableUnused,
        &tf::non_aws_providers::NonAwsProviders,
        &tf::provider_version_unconstrained::ProviderVersionUnconstrained,
        &tf::outputs_missing::OutputsMissing,
        &tf::secret_variable_not_sensitive::SecretVariableNotSensitive,
        &tf::environment_flags_hard_coded::EnvironmentFlagsHardCoded,
        &tf::plan_errored::PlanErrored,
        &tf::provider_static_credentials::ProviderStaticCredentials,
        &vpc::vpc_without_flow_logs::VpcWithoutFlowLogs,
        &vpc::flow_log_without_role::FlowLogWithoutRole,
        &vpc::gateway_endpoint_without_route_tables::GatewayEndpointWithoutRouteTables,
        &vpc::subnets_collapsed_onto_fewer_azs::SubnetsCollapsedOntoFewerAzs,
        &vpc::availability_zone_outside_region::AvailabilityZoneOutsideRegion,
        &vpc::route_table_never_associated::RouteTableNeverAssociated,
        &vpc::public_nat_without_eip::PublicNatWithoutEip,
        &vpc::no_private_access_path::NoPrivateAccessPath,
        &vpc::no_custom_network_acl::NoCustomNetworkAcl,
        &vpc::network_acl_admin_ports_open::NetworkAclAdminPortsOpen,
        &vpc::subnet_auto_assigns_public_ip::SubnetAutoAssignsPublicIp,
        &vpc::network_acl_all_ports_open::NetworkAclAllPortsOpen,
        &vpc::transit_gateway_auto_accepts::TransitGatewayAutoAccepts,
        &vpc::peering_route_to_everywhere::PeeringRouteToEverywhere,
        &vpc::default_vpc_in_use::DefaultVpcInUse,
        &vpc::network_acl_ftp_ports_open::NetworkAclFtpPortsOpen,
        &vpc::endpoint_service_auto_accepts::EndpointServiceAutoAccepts,
        &vpc::block_public_access_off::BlockPublicAccessOff,
        &vpc::network_acl_unused::NetworkAclUnused,
        &vpc::endpoint_private_dns_without_vpc_dns::EndpointPrivateDnsWithoutVpcDns,
        &waf::alb_without_waf::AlbWithoutWaf,
        &waf::web_acl_without_logging::WebAclWithoutLogging,
        &waf::web_acl_without_rules::WebAclWithoutRules,
        &waf::metrics_off::MetricsOff,
        &waf::web_acl_without_log4j_rules::WebAclWithoutLog4jRules,
        &ws::volumes_not_encrypted::VolumesNotEncrypted,
        &ddb::dax_without_tls::DaxWithoutTls,
        &ddb::deletion_protection_off::DeletionProtectionOff,
        &docdb::backup_retention_short::BackupRetentionShort,
        &docdb::deletion_protection_off::DeletionProtectionOff,
        &elc::not_customer_key::NotCustomerKey,
        &elc::automatic_failover_off::AutomaticFailoverOff,
        &elc::minor_upgrade_off::MinorUpgradeOff,
        &elc::memcached_single_az::MemcachedSingleAz,
        &memdb::not_customer_key::NotCustomerKey,
        &memdb::tls_disabled::TlsDisabled,
        &nep::backup_retention_short::BackupRetentionShort,
        &nep::copy_tags_off::CopyTagsOff,
        &nep::deletion_protection_off::DeletionProtectionOff,
        &nep::instance_public::InstancePublic,
        &os::data_nodes_too_few::DataNodesTooFew,
        &os::dedicated_masters_missing::DedicatedMastersMissing,
        &os::software_updates_off::SoftwareUpdatesOff,
        &os::domain_policy_public::DomainPolicyPublic,
        &rs::not_customer_key::NotCustomerKey,
        &rs::default_admin_username::DefaultAdminUsername,
        &rs::default_database_name::DefaultDatabaseName,
        &rs::single_az::SingleAz,
        &rs::snapshots_off::SnapshotsOff,
        &rs::version_upgrade_off::VersionUpgradeOff,
        &rs::serverless_workgroup_exposed::ServerlessWorkgroupExposed,
        &rs::serverless_namespace_defaults::ServerlessNamespaceDefaults,
        &os::audit_logs_off::AuditLogsOff,
        &sm::secret_policy_public::SecretPolicyPublic,
        &sm::rotation_interval_long::RotationIntervalLong,
        &ssm::public_sharing_allowed::PublicSharingAllowed,
        &ssm::automation_logs_not_in_cloudwatch::AutomationLogsNotInCloudwatch,
        &ssm::parameter_without_customer_key::ParameterWithoutCustomerKey,
        &efs::access_point_root_directory::AccessPointRootDirectory,
        &efs::access_point_without_posix_user::AccessPointWithoutPosixUser,
        &efs::file_system_without_customer_key::FileSystemWithoutCustomerKey,
        &efs::policy_public::PolicyPublic,
        &fsx::not_customer_key::NotCustomerKey,
        &fsx::copy_tags_off::CopyTagsOff,
        &fsx::single_az::SingleAz,
        &connect::flow_logs_off::FlowLogsOff,
        &nfw::protection_off::ProtectionOff,
        &nfw::not_customer_key::NotCustomerKey,
        &trf::ftp_enabled::FtpEnabled,
        &trf::server_public::ServerPublic,
        &trf::connector_without_logging::ConnectorWithoutLogging,
        &docdb::tls_disabled::TlsDisabled,
        &rs::parameter_group_ssl_not_required::ParameterGroupSslNotRequired,
        &rs::cluster_port_open_to_internet::ClusterPortOpenToInternet,
        &eb::environment_hardening_missing::EnvironmentHardeningMissing,
        &misc::not_customer_key::NotCustomerKey,
        &nfw::firewall_without_logging::FirewallWithoutLogging,
        &nfw::policy_passes_by_default::PolicyPassesByDefault,
        &efs::mount_target_in_public_subnet::MountTargetInPublicSubnet,
        &xray::no_sampling_rules::NoSamplingRules,
        &xray::permissions_without_tracing::PermissionsWithoutTracing,
    ];
    RULES
}

/// A rule's documentation page: `tfaudit explain ID` and `docs/rules/ID.md` print this.
pub fn markdown(m: &RuleMeta) -> String {
    let mut page = format!(
        "# {} {}\n\n| | |\n|---|---|\n| Severity | {} |\n| Enabled by default | {} |\n| Service | {} |\n| Category | {} |\n| Slug | `{}` |\n| Resource types | {} |\n",
        m.id,
        m.title,
        m.severity.as_str(),
        if m.default_enabled { "yes" } else { "no (enable it in tfaudit.toml)" },
        m.service,
        m.category,
        m.slug,
        m.types.iter().map(|t| format!("`{t}`")).collect::<Vec<_>>().join(", ")
    );
    if !m.params.is_empty() {
        let params: Vec<String> = m
            .params
            .iter()
            .map(|(n, k)| format!("`{n}` ({k})"))
            .collect();
        page.push_str(&format!("| Parameters | {} |\n", params.join(", ")));
    }
    for p in Peer::ALL {
        let ids: Vec<String> = m
            .covers
            .iter()
            .filter(|c| c.peer == p)
            .map(|c| match c.types {
                [] => format!("`{}`", c.id),
                t => format!("`{}` ({})", c.id, t.join(", ")),
            })
            .collect();
        if !ids.is_empty() {
            page.push_str(&format!("| {} | {} |\n", p.label(), ids.join(", ")));
        }
    }
    page.push('\n');
    page.push_str(m.documentation().trim());
    page.push('\n');
    page
}

/// What `tfaudit explain` prints: the documentation page with the profiles that run the rule
/// (a row of its own here, so that docs/ and SARIF help stay as they are).
pub fn explain(m: &RuleMeta) -> String {
    let page = markdown(m);
    let profiles = match m.profiles() {
        ["strict"] => "strict (or enable it in tfaudit.toml)".to_string(),
        p => p.join(", "),
    };
    let row = format!("| Profiles | {profiles} |\n");
    match page.find("| Service |") {
        Some(at) => format!("{}{row}{}", &page[..at], &page[at..]),
        None => page,
    }
}

/// The index page `docs/rules/README.md`.
pub fn markdown_index() -> String {
    let mut page = String::from("# tfaudit rules\n\nGenerated from the rule declarations (`src/rules/`); `cargo test` fails when this folder is stale, and `UPDATE_DOCS=1 cargo test --test docs` rewrites it.\n\n| ID | Severity | Default | Title |\n|---|---|---|---|\n");
    for r in registry() {
        let m = r.meta();
        page.push_str(&format!(
            "| [{}]({}.md) | {} | {} | {} |\n",
            m.id,
            m.id,
            m.severity.as_str(),
            if m.default_enabled { "on" } else { "off" },
            m.title
        ));
    }
    page
}

pub fn find(id: &str) -> Option<&'static dyn Rule> {
    registry()
        .iter()
        .copied()
        .find(|r| r.meta().id.eq_ignore_ascii_case(id))
}

/// Report order: severity (highest first), rule, address, attribute, status.
pub fn sort(evals: &mut [Eval]) {
    // Results come sorted from `run`; checking is linear, sorting again is not.
    if !evals.is_sorted_by(|a, b| order(a, b).is_le()) {
        evals.sort_unstable_by(order);
    }
}

/// Results in report order. Total up to identical results (the message decides last), so an
/// unstable sort, which needs no buffer as large as the results, orders them as a stable one.
fn order(a: &Eval, b: &Eval) -> std::cmp::Ordering {
    (b.severity, a.rule.id, &a.address, &a.attribute, a.status)
        .cmp(&(a.severity, b.rule.id, &b.address, &b.attribute, b.status))
        .then_with(|| a.message.cmp(&b.message))
}

/// Run the given rules over a stack; results sorted by severity, rule and address.
pub fn run(stack: &Stack, rules: &[&'static dyn Rule], params: &Params) -> Vec<Eval> {
    let mut all: Vec<Eval> = run_lists(stack, rules, params)
        .into_iter()
        .flatten()
        .collect();
    sort(&mut all);
    all
}

/// [`run`], each rule's results a list of its own in report order: [`Evals`] orders the
/// lists without merging them.
pub fn run_lists(stack: &Stack, rules: &[&'static dyn Rule], params: &Params) -> Vec<Vec<Eval>> {
    use rayon::prelude::*;
    // Rules read the immutable stack; each has its own resolution budget, so results do not
    // depend on which thread ran what.
    let one = |rule: &&'static dyn Rule| {
        let mut cx = Cx {
            stack,
            params,
            meta: rule.meta(),
            out: Vec::new(),
            last: Default::default(),
        };
        stack.task(|| rule.check(&mut cx));
        sort(&mut cx.out);
        cx.out
    };
    if stack.worth_threads() {
        rules.par_iter().map(one).collect()
    } else {
        rules.iter().map(one).collect()
    }
}

/// Where a result is in [`Evals`]: its list and its place in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At(u32, u32);

/// Results in report order, kept in the lists the rules made: a list of them all would hold
/// every result twice while it is built (5 MB on a 10k-resource plan), and the lists' memory
/// was allocated on the rules' threads, where the main thread cannot reuse it.
#[derive(Debug)]
pub struct Evals {
    lists: Vec<Vec<Eval>>,
    /// The runs of one severity and rule, `(list, start, end)`, in report order.
    runs: Vec<(u32, u32, u32)>,
}

impl Evals {
    /// Orders lists each of one rule and each in report order ([`run_lists`]).
    pub fn new(lists: Vec<Vec<Eval>>) -> Evals {
        let mut runs = Vec::new();
        for (l, list) in lists.iter().enumerate() {
            debug_assert!(list.is_sorted_by(|a, b| order(a, b).is_le()));
            let mut start = 0;
            for end in 1..=list.len() {
                let a = &list[start];
                if end == list.len()
                    || (list[end].severity, list[end].rule.id) != (a.severity, a.rule.id)
                {
                    runs.push((l as u32, start as u32, end as u32));
                    start = end;
                }
            }
        }
        // Rule IDs are unique, so no two runs tie and their order is the results' order.
        let first = |&(l, s, _): &(u32, u32, u32)| &lists[l as usize][s as usize];
        runs.sort_by(|a, b| order(first(a), first(b)));
        Evals { lists, runs }
    }

    /// Every result in report order, with where it is.
    pub fn iter_at(&self) -> impl Iterator<Item = (At, &Eval)> {
        self.runs.iter().flat_map(|&(l, s, e)| {
            self.lists[l as usize][s as usize..e as usize]
                .iter()
                .zip(s..e)
                .map(move |(ev, i)| (At(l, i), ev))
        })
    }

    /// Every result in report order.
    pub fn iter(&self) -> impl Iterator<Item = &Eval> {
        self.iter_at().map(|(_, e)| e)
    }

    pub fn get(&self, at: At) -> &Eval {
        &self.lists[at.0 as usize][at.1 as usize]
    }

    /// Adds a result after all others.
    pub fn push(&mut self, e: Eval) -> At {
        let l = self.lists.len() as u32;
        self.lists.push(vec![e]);
        self.runs.push((l, 0, 1));
        At(l, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::sync::Arc;

    #[test]
    fn equal_texts_share_one_allocation_and_others_do_not() {
        let mut last = None;
        let a = shared(&mut last, "encryption is off");
        let b = shared(&mut last, "encryption is off");
        assert!(Arc::ptr_eq(&a, &b));
        let c = shared(&mut last, "encryption is on");
        assert_eq!((&*c, Arc::ptr_eq(&b, &c)), ("encryption is on", false));
        // Only the last text is kept: going back allocates again, with the same words.
        let d = shared(&mut last, "encryption is off");
        assert_eq!((&*d, Arc::ptr_eq(&a, &d)), ("encryption is off", false));
    }

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for r in registry() {
            let m = r.meta();
            assert!(seen.insert(m.id), "duplicate id {}", m.id);
            let parts: Vec<&str> = m.id.split('-').collect();
            assert!(
                parts.len() == 3
                    && parts[0] == "AWS"
                    && parts[1]
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && parts[2].len() == 3
                    && parts[2].chars().all(|c| c.is_ascii_digit()),
                "malformed id {}",
                m.id
            );
            assert!(
                m.slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "slug {}",
                m.slug
            );
            assert!(!m.types.is_empty(), "{} names no resource types", m.id);
        }
    }

    #[test]
    fn covered_ids_are_well_formed_and_unique_per_rule() {
        for r in registry() {
            let m = r.meta();
            let mut seen = HashSet::new();
            for c in m.covers {
                let (p, id) = (c.peer, c.id);
                assert!(p.well_formed(id), "{}: malformed {} ID {id}", m.id, p.key());
                assert!(seen.insert((p, id)), "{}: {id} declared twice", m.id);
                for t in c.types {
                    assert!(
                        m.types.contains(t),
                        "{}: {id} scoped to {t}, not a rule type",
                        m.id
                    );
                }
            }
            // SARIF tags: GitHub keeps 20 per rule, three of which are not IDs.
            assert!(
                m.covers.len() <= 17,
                "{}: too many IDs for SARIF tags",
                m.id
            );
        }
    }

    #[test]
    fn peer_id_shapes() {
        assert!(Peer::Fsbp.well_formed("EC2.21") && Peer::Fsbp.well_formed("CloudTrail.4"));
        assert!(!Peer::Fsbp.well_formed("EC2") && !Peer::Fsbp.well_formed("EC2.x"));
        assert!(Peer::Cis.well_formed("5.1") && Peer::Cis.well_formed("2.1.4"));
        assert!(!Peer::Cis.well_formed("5") && !Peer::Cis.well_formed("1.2.3.4"));
        assert!(
            Peer::Checkov.well_formed("CKV_AWS_24") && Peer::Checkov.well_formed("CKV2_AWS_11")
        );
        assert!(!Peer::Checkov.well_formed("CKV_AWS_") && !Peer::Checkov.well_formed("CKV_GCP_1"));
        assert!(Peer::Trivy.well_formed("AVD-AWS-0107") && !Peer::Trivy.well_formed("AVD-AWS-107"));
        assert!(Peer::Kics.well_formed("vpc_flowlogs_disabled") && !Peer::Kics.well_formed("VPC"));
        assert!(Peer::Kics.well_formed("lambda_functions_without_x-ray_tracing"));
    }

    #[test]
    fn generated_framework_tables_are_well_formed_and_sorted() {
        use compliance::sort_key;
        for (p, table) in [(Peer::Fsbp, frameworks::FSBP), (Peer::Cis, frameworks::CIS)] {
            for w in table.windows(2) {
                assert!(
                    sort_key(w[0].0) < sort_key(w[1].0),
                    "{} before {}",
                    w[0].0,
                    w[1].0
                );
            }
            for (id, _) in table {
                assert!(p.well_formed(id), "{}: {id}", p.key());
            }
        }
    }

    #[test]
    fn every_rule_is_documented_with_all_headings() {
        for r in registry() {
            let doc = r.meta().documentation();
            for h in [
                "## What it checks",
                "## Why it matters",
                "## Example",
                "## Fix",
            ] {
                assert!(doc.contains(h), "{} lacks {h}", r.meta().id);
            }
        }
    }

    #[test]
    fn every_rule_file_is_registered() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let mut files = 0;
        for service in std::fs::read_dir(&dir).unwrap().flatten() {
            if !service.path().is_dir() {
                continue;
            }
            for f in std::fs::read_dir(service.path()).unwrap().flatten() {
                let name = f.file_name().to_string_lossy().to_string();
                if name == "mod.rs" {
                    continue;
                }
                files += 1;
                let text = std::fs::read_to_string(f.path()).unwrap();
                let id = text
                    .split("id: \"")
                    .nth(1)
                    .and_then(|s| s.split('"').next())
                    .unwrap_or_else(|| panic!("{name} declares no rule"));
                assert!(find(id).is_some(), "{id} ({name}) is not in the registry");
            }
        }
        assert_eq!(files, registry().len());
    }

    #[test]
    fn three_valued_logic() {
        assert_eq!(tri_or(None, Some(true)), Some(true));
        assert_eq!(tri_or(None, Some(false)), None);
        assert_eq!(tri_and(None, Some(false)), Some(false));
        assert_eq!(tri_and(Some(true), None), None);
    }
}
