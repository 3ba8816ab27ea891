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

/// Numeric parts compare as numbers: `S3.9` before `S3.13`, `3.2` before `3.10`.
pub fn sort_key(id: &str) -> Vec<(u32, String)> {
    id.split('.')
        .map(|p| match p.parse::<u32>() {
            Ok(n) => (n, String::new()),
            Err(_) => (0, p.to_ascii_lowercase()),
        })
        .collect()
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
    evals: &[Eval],
) -> Vec<(Control, Verdict)> {
    framework
        .controls(rules)
        .into_iter()
        .filter(|c| !c.rules.is_empty())
        .map(|c| {
            let mut worst: Option<Status> = None;
            for e in evals
                .iter()
                .filter(|e| c.rules.iter().any(|m| m.id == e.rule.id))
            {
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
            .find(|(p, cid)| only.is_none_or(|o| o == *p) && cid.eq_ignore_ascii_case(id));
        if let Some(&(p, cid)) = hit {
            match &mut found {
                Some((_, _, list)) => list.push(*r),
                None => found = Some((p, cid, vec![*r])),
            }
        }
    }
    found
}
