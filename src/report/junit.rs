//! JUnit XML for GitLab and Jenkins: a test suite per input, a test case per rule and resource
//! evaluated. Written by hand rather than with quick-junit, which always puts a `skipped`
//! attribute on `<testsuites>` (the Jenkins xunit schema, junit-10.xsd, rejects it).
//!
//! A finding that fails the run is a `<failure>` whose text holds everything (GitLab shows
//! the element's text, not its attributes). A failed check below `--fail-on` passes, with the
//! finding in `<system-out>`; an unknown that does not fail is `<skipped>`; `--unknown ignore`
//! leaves unknowns out. Under GitLab CI (`GITLAB_CI` set) a located test case gets GitLab's
//! `file` attribute, which junit-10.xsd does not allow on `<testcase>`.

use super::{Report, Reporter};
use crate::policy::UnknownMode;
use crate::rules::{Eval, Status};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{self, Write};

pub struct Junit;

/// XML 1.0 text: escaped, and characters XML cannot hold at all replaced.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// An attribute value: as text, and quotes and line breaks kept as references.
fn attr(s: &str) -> String {
    text(s)
        .replace('"', "&quot;")
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

/// Everything a reader of the CI page needs, one fact a line.
fn details(report: &Report, e: &Eval, location: Option<&(String, usize)>) -> String {
    let mut s = format!("{} {}\n", e.rule.id, e.rule.title);
    let _ = writeln!(
        s,
        "severity: {} ({})",
        e.severity.as_str(),
        e.status.as_str()
    );
    let _ = writeln!(s, "resource: {}", e.address);
    if !e.attribute.is_empty() {
        let _ = writeln!(s, "attribute: {}", e.attribute);
    }
    if let Some((file, line)) = location {
        let _ = writeln!(s, "location: {file}:{line}");
    }
    let _ = writeln!(s, "message: {}", e.message);
    if let Some(p) = &e.provenance {
        let _ = writeln!(s, "provenance: {p}");
    }
    if e.status == Status::Fail && !report.gate.fails(e) {
        s.push_str("not failing: below the --fail-on threshold\n");
    }
    s
}

impl Reporter for Junit {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let gitlab = std::env::var_os("GITLAB_CI").is_some_and(|v| !v.is_empty());
        let (mut tests, mut failures) = (0, 0);
        let mut suites = String::new();
        for f in report.files {
            let listed: Vec<&Eval> = f
                .evals
                .iter()
                .filter(|e| {
                    !(e.status == Status::Unknown && report.gate.unknown == UnknownMode::Ignore)
                })
                .collect();
            let names = unique_names(&listed);
            let (mut failed, mut skipped) = (0, 0);
            let mut cases = String::new();
            for (e, name) in listed.iter().zip(names) {
                // Looked up only where it is shown: most cases pass.
                let location = if gitlab || e.status != Status::Pass {
                    report.location(e)
                } else {
                    None
                };
                let _ = write!(
                    cases,
                    "        <testcase name=\"{}\" classname=\"{}\"",
                    attr(&name),
                    attr(e.rule.id)
                );
                if let (true, Some((file, _))) = (gitlab, &location) {
                    let _ = write!(cases, " file=\"{}\"", attr(file));
                }
                let body = details(report, e, location.as_ref());
                let kind = format!("{} {}", e.severity.as_str(), e.status.as_str());
                if report.gate.fails(e) {
                    failed += 1;
                    let _ = write!(
                        cases,
                        ">\n            <failure message=\"{}\" type=\"{}\">{}</failure>\n        </testcase>\n",
                        attr(&e.message),
                        attr(&kind),
                        text(&body)
                    );
                } else if e.status == Status::Unknown {
                    skipped += 1;
                    let _ = write!(
                        cases,
                        ">\n            <skipped message=\"unknown: {}\" type=\"{}\">{}</skipped>\n        </testcase>\n",
                        attr(&e.message),
                        attr(&kind),
                        text(&body)
                    );
                } else if e.status == Status::Fail {
                    let _ = write!(
                        cases,
                        ">\n            <system-out>{}</system-out>\n        </testcase>\n",
                        text(&body)
                    );
                } else {
                    cases.push_str("/>\n");
                }
            }
            tests += listed.len();
            failures += failed;
            let _ = writeln!(
                suites,
                "    <testsuite name=\"{}\" tests=\"{}\" skipped=\"{skipped}\" failures=\"{failed}\" errors=\"0\">",
                attr(&f.path),
                listed.len()
            );
            suites.push_str(&cases);
            suites.push_str("    </testsuite>\n");
        }
        write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tfaudit\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">\n{suites}</testsuites>\n"
        )
    }
}

/// `RULE ADDRESS`, told apart by the attribute, then by a number, when one rule judges a
/// resource more than once (CI tools merge or drop test cases of the same name).
fn unique_names(evals: &[&Eval]) -> Vec<String> {
    let base = |e: &Eval| format!("{} {}", e.rule.id, e.address);
    let mut count: HashMap<String, usize> = HashMap::new();
    for e in evals {
        *count.entry(base(e)).or_default() += 1;
    }
    let mut used = HashSet::new();
    evals
        .iter()
        .map(|e| {
            let b = base(e);
            let mut name = if count[&b] > 1 && !e.attribute.is_empty() {
                format!("{b} [{}]", e.attribute)
            } else {
                b
            };
            if !used.insert(name.clone()) {
                let mut n = 2;
                while !used.insert(format!("{name} #{n}")) {
                    n += 1;
                }
                name = format!("{name} #{n}");
            }
            name
        })
        .collect()
}
