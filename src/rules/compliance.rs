//! The compliance map: which rules cover each FSBP / CIS control and each peer check, and a
//! plan's verdict per control.

use super::{frameworks, Eval, Peer, Rule, RuleMeta, Status};

/// `--framework`: the compliance framework a listing or an audit is organised by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Framework {
    /// AWS Security Hub Foundational Security Best Practices.
    Fsbp,
    /// CIS AWS Foundations Benchmark v3.0.
    Cis,
}

impl Framework {
    pub fn peer(self) -> Peer {
        match self {
            Framework::Fsbp => Peer::Fsbp,
            Framework::Cis => Peer::Cis,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.peer().key()
    }

    pub fn label(self) -> &'static str {
        self.peer().label()
    }

    fn table(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Framework::Fsbp => frameworks::FSBP,
            Framework::Cis => frameworks::CIS,
        }
    }

    /// Every known control, with the given rules that cover it, in control order. A control
    /// a rule declares but the generated table lacks is listed too, without a title.
    pub fn controls(self, rules: &[&'static dyn Rule]) -> Vec<Control> {
        let mut out: Vec<Control> = self
            .table()
            .iter()
            .map(|&(id, title)| Control {
                id,
                title,
                rules: Vec::new(),
            })
            .collect();
        for r in rules {
            let m = r.meta();
            for id in m.covered(self.peer()) {
                match out.iter_mut().find(|c| c.id == id) {
                    Some(c) => c.rules.push(m),
                    None => out.push(Control {
                        id,
                        title: "",
                        rules: vec![m],
                    }),
                }
            }
        }
        out.sort_by_key(|c| sort_key(c.id));
        out
    }
}

pub struct Control {
    pub id: &'static str,
    pub title: &'static str,
    pub rules: Vec<&'static RuleMeta>,
}

/// Numeric parts compare as numbers (`S3.9` before `S3.13`, `3.2` before `3.10`), and before
/// words.
pub fn sort_key(id: &str) -> Vec<(bool, u32, String)> {
    id.split('.')
        .map(|p| match p.parse::<u32>() {
            Ok(n) => (false, n, String::new()),
            Err(_) => (true, 0, p.to_ascii_lowercase()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_type_of_an_address() {
        assert_eq!(resource_type("aws_db_instance.main"), "aws_db_instance");
        assert_eq!(
            resource_type("module.a[0].module.b.aws_s3_bucket.x[\"k\"]"),
            "aws_s3_bucket"
        );
        assert_eq!(
            resource_type("data.aws_iam_policy_document.p"),
            "aws_iam_policy_document"
        );
        assert_eq!(resource_type("(stack)"), "(stack)");
    }

    #[test]
    fn controls_sort_numerically() {
        let mut ids = vec!["S3.13", "S3.9", "EC2.6", "3.10", "3.2", "2.1.4"];
        ids.sort_by_key(|i| sort_key(i));
        assert_eq!(ids, ["2.1.4", "3.2", "3.10", "EC2.6", "S3.9", "S3.13"]);
    }
}

/// A control's verdict on one plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Fail,
    Unknown,
    Pass,
    /// No covering rule evaluated anything: the plan has nothing the control is about.
    NotInPlan,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Fail => "fail",
            Verdict::Unknown => "unknown",
            Verdict::Pass => "pass",
            Verdict::NotInPlan => "not_in_plan",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::NotInPlan => "not in this plan",
            v => v.as_str(),
        }
    }
}

/// The verdict of every control the rules that ran cover: fail when one of its rules failed
/// anywhere, else unknown when one was unknown, else pass when one passed.
pub fn verdicts(
    framework: Framework,
    rules: &[&'static dyn Rule],
    evals: &super::Evals,
) -> Vec<(Control, Verdict)> {
    framework
        .controls(rules)
        .into_iter()
        .filter(|c| !c.rules.is_empty())
        .map(|c| {
            let peer = framework.peer();
            // A scoped declaration counts only the results on its resource types.
            let counts = |e: &Eval| {
                c.rules.iter().any(|m| {
                    m.id == e.rule.id
                        && m.covers.iter().any(|k| {
                            k.peer == peer
                                && k.id == c.id
                                && (k.types.is_empty()
                                    || k.types.contains(&resource_type(&e.address)))
                        })
                })
            };
            let mut worst: Option<Status> = None;
            for e in evals.iter().filter(|e| counts(e)) {
                worst = Some(worst.map_or(e.status, |w| w.min(e.status)));
            }
            let v = match worst {
                Some(Status::Fail) => Verdict::Fail,
                Some(Status::Unknown) => Verdict::Unknown,
                Some(Status::Pass) => Verdict::Pass,
                None => Verdict::NotInPlan,
            };
            (c, v)
        })
        .collect()
}

/// The resource type of an address: `aws_db_instance` of `module.a.aws_db_instance.x[0]`.
fn resource_type(address: &str) -> &str {
    let mut parts = address.split('.');
    while let Some(p) = parts.next() {
        match p {
            // `module.NAME` (with its index) and `data.` lead to the type.
            "module" => {
                parts.next();
            }
            "data" => {}
            _ => return p,
        }
    }
    ""
}

/// The rules that cover a peer or framework ID (`CKV_AWS_21`, `fsbp:S3.14`, `ec2.6`; case
/// does not matter), with the source and the ID as declared.
pub fn covering<'r>(
    query: &str,
    rules: &[&'r dyn Rule],
) -> Option<(Peer, &'static str, Vec<&'r dyn Rule>)> {
    let (only, id) = match query.split_once(':') {
        Some((prefix, id)) => (
            Peer::ALL.into_iter().find(|p| {
                p.key().eq_ignore_ascii_case(prefix) || p.tag_prefix().eq_ignore_ascii_case(prefix)
            }),
            id,
        ),
        None => (None, query),
    };
    let mut found: Option<(Peer, &'static str, Vec<&'r dyn Rule>)> = None;
    for r in rules {
        let m = r.meta();
        let hit = m
            .covers
            .iter()
            .find(|c| only.is_none_or(|o| o == c.peer) && c.id.eq_ignore_ascii_case(id));
        if let Some(&super::Covers {
            peer: p, id: cid, ..
        }) = hit
        {
            match &mut found {
                Some((_, _, list)) => list.push(*r),
                None => found = Some((p, cid, vec![*r])),
            }
        }
    }
    found
}
