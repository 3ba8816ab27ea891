pub mod security_control_deleted;

use crate::model::Val;
use crate::model::{Eff, ResId, Resource, Stack};

/// A security control, and what makes another control of its type take its place.
pub struct Control {
    pub rtype: &'static str,
    /// Attributes naming what it protects (a VPC, a bucket, a web ACL).
    pub targets: &'static [&'static str],
    /// Attributes an equivalent control must have with the same known value.
    pub same: &'static [&'static str],
    /// Flags that, on in the old control, must be on in the new one.
    pub strong: &'static [&'static str],
}

const PAB: &[&str] = &[
    "block_public_acls",
    "block_public_policy",
    "ignore_public_acls",
    "restrict_public_buckets",
];

/// Controls without targets and without `same` (a KMS key, a detector) have no equivalent:
/// only their own replacement keeps them.
pub const CONTROLS: &[Control] = &[
    Control {
        rtype: "aws_flow_log",
        targets: &[
            "vpc_id",
            "subnet_id",
            "eni_id",
            "transit_gateway_id",
            "transit_gateway_attachment_id",
        ],
        same: &[],
        strong: &[],
    },
    Control {
        rtype: "aws_s3_bucket_public_access_block",
        targets: &["bucket"],
        same: &[],
        strong: PAB,
    },
    Control {
        rtype: "aws_s3_account_public_access_block",
        targets: &[],
        same: &["account_id"],
        strong: PAB,
    },
    Control {
        rtype: "aws_s3_bucket_server_side_encryption_configuration",
        targets: &["bucket"],
        same: &[],
        strong: &[],
    },
    Control {
        rtype: "aws_s3_bucket_versioning",
        targets: &["bucket"],
        same: &[],
        strong: &[],
    },
    Control {
        rtype: "aws_kms_key",
        targets: &[],
        same: &[],
        strong: &[],
    },
    Control {
        rtype: "aws_cloudtrail",
        targets: &[],
        same: &["name"],
        strong: &[],
    },
    Control {
        rtype: "aws_wafv2_web_acl_association",
        targets: &["resource_arn"],
        same: &[],
        strong: &[],
    },
    Control {
        rtype: "aws_wafv2_web_acl_logging_configuration",
        targets: &["resource_arn"],
        same: &[],
        strong: &[],
    },
    Control {
        rtype: "aws_guardduty_detector",
        targets: &[],
        same: &[],
        strong: &[],
    },
    Control {
        rtype: "aws_config_configuration_recorder",
        targets: &[],
        same: &["name"],
        strong: &[],
    },
    Control {
        rtype: "aws_securityhub_account",
        targets: &[],
        same: &[],
        strong: &[],
    },
    Control {
        rtype: "aws_network_acl_rule",
        targets: &["network_acl_id"],
        same: &[
            "egress",
            "rule_action",
            "protocol",
            "from_port",
            "to_port",
            "cidr_block",
            "ipv6_cidr_block",
        ],
        strong: &[],
    },
];

pub fn control(rtype: &str) -> Option<&'static Control> {
    CONTROLS.iter().find(|c| c.rtype == rtype)
}

/// Where an attribute points: resources of the plan, IDs outside it, or why it cannot be told.
#[derive(Default)]
pub struct Points {
    pub ids: Vec<ResId>,
    pub external: Vec<String>,
    pub unresolved: Option<String>,
}

fn by_id(stack: &Stack, s: &str, p: &mut Points) {
    let found: Vec<ResId> = stack
        .by_known_id(s)
        .iter()
        .copied()
        .filter(|&i| !stack.resources[i].is_deleted())
        .collect();
    if found.is_empty() {
        p.external.push(s.to_string());
    }
    p.ids.extend(found);
}

/// Where `attr` pointed before the change (known values only).
pub fn before(stack: &Stack, r: &Resource, attr: &str) -> Points {
    let mut p = Points::default();
    for s in r.before.get(attr).map(Val::strings).unwrap_or_default() {
        by_id(stack, s, &mut p);
    }
    p
}

/// Where `attr` points after the change, through references and known IDs.
pub fn after(stack: &Stack, r: &Resource, attr: &str) -> Points {
    let mut p = Points::default();
    match stack.eff(r, attr) {
        Eff::Known(v) => {
            for s in v.strings() {
                by_id(stack, s, &mut p);
            }
        }
        Eff::NotSet => {}
        Eff::FromResources { ids, .. } => p.ids = ids,
        Eff::Unresolved(why) => p.unresolved = Some(why),
    }
    p
}

/// The resources a changed control protects, before and after the change: what
/// `--changed-only` must judge again when the control changes.
pub fn protected(stack: &Stack, r: &Resource) -> Vec<ResId> {
    let Some(c) = control(r.rtype) else {
        return Vec::new();
    };
    let mut ids = Vec::new();
    for attr in c.targets {
        ids.extend(before(stack, r, attr).ids);
        if !r.leaves_configuration() {
            ids.extend(after(stack, r, attr).ids);
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}
