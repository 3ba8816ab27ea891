use crate::model::Val;
use crate::model::{Eff, ResId, Resource};
use crate::rules::attr::{attr, case, judge, Expect::Is, Expect::Set, Lit::Bool, Test, Unset};
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};
use std::collections::HashMap;

declare_rule! {
    /// ## What it checks
    /// `aws_db_instance` has `storage_encrypted = true`. Unset means AWS's default, which is
    /// unencrypted. A value unknown until apply gives Unknown. A read replica
    /// (`replicate_source_db`) has its source's encryption: the source is judged when the plan
    /// has it (by reference, or by identifier or ARN in the same provider configuration), and
    /// the replica is Unknown when it does not. An instance restored from a snapshot
    /// (`snapshot_identifier`) or to a point in time (`restore_to_point_in_time`) without
    /// `storage_encrypted` has its source's encryption, which the plan does not show: Unknown.
    ///
    /// ## Why it matters
    /// Unencrypted storage exposes the database, its automated backups, read replicas and
    /// snapshots to anyone who gets hold of the volumes or a shared snapshot. Encryption
    /// cannot be switched on later without restoring from a snapshot.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   engine            = "postgres"
    ///   instance_class    = "db.t3.micro"
    ///   allocated_storage = 20
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// resource "aws_db_instance" "main" {
    ///   # ...
    ///   storage_encrypted = true
    ///   kms_key_id        = aws_kms_key.rds.arn
    /// }
    /// ```
    pub struct StorageNotEncrypted {
        id: "AWS-RDS-006",
        slug: "rds-storage-not-encrypted",
        service: "rds",
        category: "encryption",
        severity: High,
        title: "Storage not encrypted",
        types: ["aws_db_instance"],
        default_enabled: true,
        covers: [Fsbp "RDS.3", Cis "2.3.1", Checkov "CKV_AWS_16", Trivy "AVD-AWS-0080"],
    }
}

/// The verdict on one instance's own storage encryption.
fn own(cx: &Cx, r: &Resource) -> (Status, String) {
    let v = judge(cx, r, &ENCRYPTED);
    (v.status, v.message)
}

/// Unset, RDS storage is unencrypted, unless the instance is restored from a source.
const ENCRYPTED: Test = attr("storage_encrypted", Is(Bool(true)))
    .default(Bool(false))
    .unset_if(&[
        case(
            attr("snapshot_identifier", Set),
            Unset::Unknown("a restored instance has its snapshot's encryption"),
        ),
        case(
            attr("restore_to_point_in_time", Set),
            Unset::Unknown("a restored instance has its source instance's encryption"),
        ),
    ]);

/// The DB instances of the plan by the replicas that reference them, and by identifier and ARN:
/// built once, so each replica's lookup is cheap.
struct Sources<'s> {
    by_ref: HashMap<ResId, Vec<ResId>>,
    by_name: HashMap<&'s str, Vec<ResId>>,
}

impl<'s> Sources<'s> {
    fn new(cx: &Cx<'s, '_>) -> Sources<'s> {
        let mut by_ref: HashMap<ResId, Vec<ResId>> = HashMap::new();
        let mut by_name: HashMap<&'s str, Vec<ResId>> = HashMap::new();
        for (s, r) in cx.live("aws_db_instance") {
            for e in cx
                .stack
                .pointing_at(s, "aws_db_instance", "replicate_source_db")
            {
                by_ref.entry(e.from).or_default().push(s);
            }
            for key in ["identifier", "arn"] {
                if let Some(name) = r.values.get(key).and_then(Val::as_str) {
                    by_name.entry(name).or_default().push(s);
                }
            }
        }
        Sources { by_ref, by_name }
    }
}

/// The source of a read replica: Ok(None) when `r` is not a replica, Err when the plan cannot
/// tell which instance it is.
fn source(cx: &Cx, sources: &Sources, id: ResId, r: &Resource) -> Result<Option<ResId>, String> {
    let stack = cx.stack;
    let e = stack.eff(r, "replicate_source_db");
    let name = match &e {
        Eff::NotSet | Eff::Known(Val::Null) => return Ok(None),
        Eff::Known(Val::Str(s)) if s.is_empty() => return Ok(None),
        Eff::Known(Val::Str(s)) => Some(s.to_string()),
        Eff::Known(_) | Eff::FromResources { .. } => None,
        Eff::Unresolved(_) => {
            return Err(format!("replicate_source_db is {}", unknown_reason(&e)));
        }
    };
    // A configuration reference beats a name.
    if let Some([one]) = sources.by_ref.get(&id).map(Vec::as_slice) {
        return Ok(Some(*one));
    }
    let Some(name) = name else {
        return Err("its replicate_source_db cannot be tied to one instance".into());
    };
    let provider = stack.provider_config(r).map(|p| p as *const _);
    let by_name: Vec<ResId> = sources
        .by_name
        .get(name.as_str())
        .into_iter()
        .flatten()
        .copied()
        .filter(|&s| {
            // Identifiers are per region: only the same provider configuration matches.
            name.starts_with("arn:")
                || stack
                    .provider_config(&stack.resources[s])
                    .map(|p| p as *const _)
                    == provider
        })
        .collect();
    match by_name.as_slice() {
        [one] => Ok(Some(*one)),
        [] => Err(format!("its source {name} is not in the plan")),
        _ => Err(format!("several instances of the plan are named {name}")),
    }
}

/// The verdict on an instance, through its chain of sources (replicas of replicas).
fn verdict(cx: &Cx, sources: &Sources, id: ResId, r: &Resource, depth: usize) -> (Status, String) {
    let (status, msg) = own(cx, r);
    if status == Status::Pass {
        return (status, msg);
    }
    match source(cx, sources, id, r) {
        Ok(None) => (status, msg),
        Ok(Some(_)) if depth > 8 => (
            Status::Unknown,
            "read replica: its chain of sources is too long to follow".into(),
        ),
        Ok(Some(sid)) => {
            let s = &cx.stack.resources[sid];
            let (status, why) = verdict(cx, sources, sid, s, depth + 1);
            let msg = match status {
                Status::Pass => {
                    format!("read replica of {}, whose storage is encrypted", s.address)
                }
                _ => format!("read replica of {}: {why}", s.address),
            };
            (status, msg)
        }
        Err(why) => (
            Status::Unknown,
            format!("read replica with its source's encryption, but {why}"),
        ),
    }
}

impl Rule for StorageNotEncrypted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let sources = Sources::new(cx);
        for (id, r) in cx.live("aws_db_instance") {
            let (status, msg) = verdict(cx, &sources, id, r, 0);
            let prov = cx.stack.provenance(r, "storage_encrypted");
            cx.push(r, "storage_encrypted", status, msg, prov);
        }
    }
}
