use crate::model::{Eff, Mode, Val};
use crate::rules::{declare_rule, tri_bool, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// Every `data "aws_ami"` lookup pins whose images it may return: `owners` is set (account
    /// IDs, `self`, `amazon`, `aws-marketplace`...), or a `filter` on `owner-id`,
    /// `owner-alias` or `image-id` is. Without one, EC2 searches every image the account may
    /// launch, every public AMI of every account included, and a name filter or `name_regex`
    /// matches whoever publishes that name; with `most_recent = true` the newest match wins
    /// (the "whoAMI" name-confusion attack). `owners` set from a resource of the plan counts
    /// as set; `owners` or filters unknown until apply give Unknown. AWS's default, with
    /// nothing set, is no owner restriction. The account-level "Allowed AMIs" setting, which
    /// can block such images, is outside the plan and not taken into account.
    ///
    /// ## Why it matters
    /// Anyone can publish a public AMI with any name. A lookup by name alone can pick an
    /// attacker's image, and every instance or launch template built from it runs their code
    /// with the instance role's permissions.
    ///
    /// ## Example
    /// ```hcl
    /// data "aws_ami" "ubuntu" {
    ///   most_recent = true
    ///   filter {
    ///     name   = "name"
    ///     values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// data "aws_ami" "ubuntu" {
    ///   most_recent = true
    ///   owners      = ["099720109477"] # Canonical
    ///   filter {
    ///     name   = "name"
    ///     values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
    ///   }
    /// }
    /// ```
    pub struct AmiLookupWithoutOwner {
        id: "AWS-EC2-015",
        slug: "ami-lookup-without-owner",
        service: "ec2",
        category: "supply-chain",
        severity: High,
        title: "AMI lookup does not pin owners",
        types: ["aws_ami"],
        default_enabled: true,
        covers: [Checkov "CKV_AWS_386", Trivy "AVD-AWS-0344", Kics "ami_owner_missing"],
    }
}

/// Filters that restrict the result to one owner or one image.
const PINNING_FILTERS: [&str; 3] = ["owner-id", "owner-alias", "image-id"];

impl Rule for AmiLookupWithoutOwner {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        let stack = cx.stack;
        let lookups: Vec<_> = stack
            .of_type("aws_ami")
            .filter(|(_, d)| d.mode == Mode::Data && !d.leaves_configuration())
            .collect();
        for (_, d) in lookups {
            let (status, msg) = match stack.eff(d, "owners") {
                Eff::Known(v) if !v.is_empty() => (
                    Status::Pass,
                    format!("owners is {}", stack.show(d, "owners", v)),
                ),
                Eff::FromResources { reference, .. } => {
                    (Status::Pass, format!("owners is set from {reference}"))
                }
                e @ Eff::Unresolved(_) => {
                    (Status::Unknown, format!("owners is {}", unknown_reason(&e)))
                }
                Eff::Known(_) | Eff::NotSet => unpinned(cx, d),
            };
            let prov = stack.provenance(d, "owners");
            cx.push(d, "owners", status, msg, prov);
        }
    }
}

/// The verdict on a lookup without `owners`: a pinning filter passes, else it fails.
fn unpinned(cx: &Cx, d: &crate::model::Resource) -> (Status, String) {
    let stack = cx.stack;
    let blocks = match stack.eff(d, "filter") {
        Eff::Known(Val::Arr(b)) => b.len(),
        Eff::Known(_) | Eff::NotSet => 0,
        e => {
            return (
                Status::Unknown,
                format!("owners is not set, and filter is {}", unknown_reason(&e)),
            )
        }
    };
    let mut unknown = None;
    for i in 0..blocks {
        let name_path = format!("filter.{i}.name");
        let name = stack.eff(d, &name_path);
        let pins = match &name {
            Eff::Known(n) => n.as_str().is_some_and(|n| PINNING_FILTERS.contains(&n)),
            Eff::NotSet => false,
            e => {
                unknown.get_or_insert(format!("{name_path} is {}", unknown_reason(e)));
                continue;
            }
        };
        if !pins {
            continue;
        }
        let pinned = format!(
            "owners is not set, but filter {} pins the result",
            stack.show(
                d,
                &name_path,
                &Val::Str(name.clone_known().unwrap_or_default().into())
            )
        );
        match stack.eff(d, &format!("filter.{i}.values")) {
            Eff::Known(v) if !v.is_empty() => return (Status::Pass, pinned),
            Eff::FromResources { .. } => return (Status::Pass, pinned),
            Eff::Known(_) | Eff::NotSet => {}
            e => {
                unknown.get_or_insert(format!("filter {i}'s values are {}", unknown_reason(&e)));
            }
        }
    }
    if let Some(why) = unknown {
        return (
            Status::Unknown,
            format!("owners is not set, and {why}: it may pin the owner or image"),
        );
    }
    let newest = match tri_bool(&stack.eff(d, "most_recent"), false) {
        Some(true) => "; most_recent = true takes the newest match, whoever published it",
        _ => "",
    };
    (
        Status::Fail,
        format!(
            "owners is not set and no owner-id, owner-alias or image-id filter pins the result: \
             any account's public AMI with a matching name can be returned{newest}"
        ),
    )
}
