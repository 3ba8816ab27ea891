use super::{after, before, Control, CONTROLS};
use crate::model::{Action, Eff, Mode, ResId, Resource, Stack};
use crate::model::{Val, NULL};
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};
use std::collections::HashMap;

declare_rule! {
    /// ## What it checks
    /// The plan deletes a security control: a flow log, an S3 public access block (bucket or
    /// account), default bucket encryption, a KMS key, a CloudTrail trail, a WAF web ACL
    /// association or logging configuration, a GuardDuty detector, a Config recorder, Security
    /// Hub, or a network ACL rule that denies. It passes when the control is replaced
    /// (destroyed and created again) or when another control of its type, at least as strong,
    /// protects the same VPC, bucket or resource after the plan (a flow log recreated at a new
    /// address, a public access block moved without a `moved` block). A replacement that
    /// points elsewhere (a flow log moved to another VPC) fails. A control removed with
    /// `removed { lifecycle { destroy = false } }` is forgotten, not deleted: it passes. Not in
    /// the catalog's first list: tfaudit's own ID, `AWS-DEL`.
    ///
    /// ## Why it matters
    /// Rules that judge what a plan keeps cannot see what it removes: a refactor that drops the
    /// flow log module, or a `count = 0` on the trail, passes every other check.
    ///
    /// ## Example
    /// A plan whose `resource_changes` has `"actions": ["delete"]` for `aws_flow_log.main`.
    ///
    /// ## Fix
    /// Keep the control, or replace it in the same change; if the deletion is intended, record
    /// it as a suppression with a reason.
    pub struct SecurityControlDeleted {
        id: "AWS-DEL-001",
        slug: "security-control-deleted",
        service: "all",
        category: "change",
        severity: High,
        title: "Security control deleted by the plan",
        types: [
            "aws_flow_log", "aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block",
            "aws_s3_bucket_server_side_encryption_configuration", "aws_kms_key", "aws_cloudtrail",
            "aws_wafv2_web_acl_association", "aws_wafv2_web_acl_logging_configuration",
            "aws_guardduty_detector", "aws_config_configuration_recorder", "aws_securityhub_account",
            "aws_network_acl_rule",
        ],
        default_enabled: true,
    }
}

/// Whether `cand` (after the change) protects what `old` protected (before it): Err with why
/// when that cannot be told.
fn covers(stack: &Stack, c: &Control, old: &Resource, cand: &Resource) -> Result<bool, String> {
    if c.targets.is_empty() && c.same.is_empty() {
        return Ok(false);
    }
    let mut any_target = false;
    for attr in c.targets {
        let was = before(stack, old, attr);
        if was.ids.is_empty() && was.external.is_empty() {
            continue;
        }
        any_target = true;
        let now = after(stack, cand, attr);
        if let Some(why) = now.unresolved {
            return Err(format!(
                "the {attr} of {} cannot be followed: {why}",
                cand.address
            ));
        }
        let same = was.ids.iter().any(|i| now.ids.contains(i))
            || was.external.iter().any(|s| now.external.contains(s));
        if !same {
            return Ok(false);
        }
    }
    if !c.targets.is_empty() && !any_target {
        return Ok(false);
    }
    for attr in c.same {
        let was = old.before.get(attr).unwrap_or(&NULL);
        match stack.eff(cand, attr) {
            Eff::Known(v) if v == was => {}
            Eff::NotSet if was.is_null() => {}
            Eff::Known(_) | Eff::NotSet => return Ok(false),
            e => {
                return Err(format!(
                    "the {attr} of {} is {}",
                    cand.address,
                    unknown_reason(&e)
                ))
            }
        }
    }
    Ok(true)
}

/// What `cand` lacks that `old` had (flags turned off, less traffic logged), or why that
/// cannot be told.
fn weaker(
    stack: &Stack,
    c: &Control,
    old: &Resource,
    cand: &Resource,
) -> Result<Option<String>, String> {
    for flag in c.strong {
        if old.before.get(flag).and_then(Val::as_bool) != Some(true) {
            continue;
        }
        let e = stack.eff(cand, flag);
        match tri_bool(&e, false) {
            Some(true) => {}
            Some(false) => return Ok(Some(format!("{flag} is off in {}", cand.address))),
            None => {
                return Err(format!(
                    "the {flag} of {} is {}",
                    cand.address,
                    unknown_reason(&e)
                ))
            }
        }
    }
    if c.rtype == "aws_flow_log" {
        if let Some(was) = old.before.get("traffic_type").and_then(Val::as_str) {
            match stack.eff(cand, "traffic_type") {
                Eff::Known(Val::Str(t)) if t.as_ref() == "ALL" || t.as_ref() == was => {}
                Eff::Known(v) => {
                    return Ok(Some(format!(
                        "{} logs {} traffic, not {was}",
                        cand.address,
                        v.to_json()
                    )))
                }
                e => {
                    return Err(format!(
                        "the traffic_type of {} is {}",
                        cand.address,
                        unknown_reason(&e)
                    ))
                }
            }
        }
    }
    Ok(None)
}

/// What a kept control protects, by resource or by ID outside the plan.
#[derive(PartialEq, Eq, Hash)]
enum Target {
    Res(ResId),
    Ext(String),
}

/// The controls of one type that stay after the plan, indexed by what they protect, so that
/// each deletion looks only at the controls on its own VPC or bucket.
struct Kept {
    by_target: HashMap<Target, Vec<ResId>>,
    /// Controls whose target cannot be followed: candidates for every deletion.
    open: Vec<ResId>,
    all: Vec<ResId>,
}

impl Kept {
    fn new(stack: &Stack, c: &Control) -> Kept {
        let mut kept = Kept {
            by_target: HashMap::new(),
            open: Vec::new(),
            all: Vec::new(),
        };
        for (cid, cand) in stack.of_type(c.rtype) {
            if cand.mode != Mode::Managed
                || cand.leaves_configuration()
                || cand.action == Action::Read
            {
                continue;
            }
            kept.all.push(cid);
            for attr in c.targets {
                let p = after(stack, cand, attr);
                if p.unresolved.is_some() {
                    kept.open.push(cid);
                }
                let targets = p.ids.into_iter().map(Target::Res);
                for t in targets.chain(p.external.into_iter().map(Target::Ext)) {
                    kept.by_target.entry(t).or_default().push(cid);
                }
            }
        }
        kept
    }

    /// The kept controls that may protect what `old` protected, in address order.
    fn candidates(&self, stack: &Stack, c: &Control, old: &Resource) -> Vec<ResId> {
        if c.targets.is_empty() {
            return self.all.clone();
        }
        let mut out = self.open.clone();
        for attr in c.targets {
            let p = before(stack, old, attr);
            let targets = p.ids.into_iter().map(Target::Res);
            for t in targets.chain(p.external.into_iter().map(Target::Ext)) {
                out.extend(self.by_target.get(&t).into_iter().flatten());
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The verdict on a control deleted or replaced: does it, or another control of its type,
/// still cover what it protected?
fn taken_over(cx: &Cx, c: &Control, kept: &Kept, id: ResId, old: &Resource) -> (Status, String) {
    let stack = cx.stack;
    let replaced = old.action == Action::Replace;
    let gone = if replaced {
        let mut was = Vec::new();
        for attr in c.targets {
            let p = before(stack, old, attr);
            was.extend(
                p.ids
                    .iter()
                    .map(|&i| stack.resources[i].address.to_string()),
            );
            was.extend(p.external);
        }
        format!("its replacement no longer protects {}", was.join(", "))
    } else {
        format!("the plan deletes this {}", c.rtype)
    };
    let mut open = None;
    let mut weak = None;
    for cid in kept.candidates(stack, c, old) {
        let cand = &stack.resources[cid];
        if cid == id && !replaced {
            continue;
        }
        let verdict = covers(stack, c, old, cand).and_then(|same| match same {
            true => weaker(stack, c, old, cand).map(Some),
            false => Ok(None),
        });
        match verdict {
            Ok(Some(None)) if cid == id => {
                return (Status::Pass, "replaced, not removed".into());
            }
            Ok(Some(None)) => {
                return (
                    Status::Pass,
                    format!("{} takes its place on the same resource", cand.address),
                );
            }
            Ok(Some(Some(why))) => {
                weak.get_or_insert(why);
            }
            Ok(None) => {}
            Err(why) => {
                open.get_or_insert(why);
            }
        }
    }
    match (weak, open) {
        (Some(why), _) => (
            Status::Fail,
            format!("{gone}; what takes its place is weaker: {why}"),
        ),
        (None, Some(why)) => (
            Status::Unknown,
            format!("{gone}, unless another control takes its place: {why}"),
        ),
        (None, None) => (Status::Fail, gone),
    }
}

impl Rule for SecurityControlDeleted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for c in CONTROLS {
            let mut kept = None;
            for (id, r) in cx.stack.of_type(c.rtype) {
                if r.mode != Mode::Managed {
                    continue;
                }
                // Only deny rules narrow access; deleting an allow rule narrows it further.
                if c.rtype == "aws_network_acl_rule"
                    && r.before.get("rule_action").and_then(Val::as_str) != Some("deny")
                {
                    continue;
                }
                let (status, msg) = match r.action {
                    Action::Delete => {
                        let kept = kept.get_or_insert_with(|| Kept::new(cx.stack, c));
                        taken_over(cx, c, kept, id, r)
                    }
                    // Controls without an equivalent keep what they protect when replaced.
                    Action::Replace if c.targets.is_empty() && c.same.is_empty() => {
                        (Status::Pass, "replaced, not removed".into())
                    }
                    Action::Replace => {
                        let kept = kept.get_or_insert_with(|| Kept::new(cx.stack, c));
                        taken_over(cx, c, kept, id, r)
                    }
                    Action::Forget => (
                        Status::Pass,
                        "forgotten (removed with destroy = false): the object stays".into(),
                    ),
                    _ => continue,
                };
                cx.report(r, "", status, msg);
            }
        }
    }
}
