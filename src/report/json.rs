//! The JSON wire format, version 1. Its types are kept apart from the internal ones so that the
//! format only changes on purpose.

use super::{Report, Reporter};
use crate::model::Kind;
use crate::rules::Eval;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

pub struct Json;

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    tool: Tool,
    files: Vec<File<'a>>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    kind: &'static str,
    summary: Summary,
    /// `--framework`: the verdict per control.
    #[serde(skip_serializing_if = "Option::is_none")]
    compliance: Option<Compliance>,
    /// Written as they are read: a list of them would be the largest thing in memory.
    findings: Findings<'a>,
}

struct Findings<'a> {
    report: &'a Report<'a>,
    file: &'a crate::policy::FileOutcome,
}

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.file.findings().map(|e| finding(self.report, e)))
    }
}

#[derive(Serialize)]
struct Compliance {
    framework: &'static str,
    controls: Vec<ControlVerdict>,
}

#[derive(Serialize)]
struct ControlVerdict {
    id: &'static str,
    title: &'static str,
    status: &'static str,
    rules: Vec<&'static str>,
}

#[derive(Serialize)]
struct Summary {
    resources: usize,
    outside_rule_set: usize,
    evaluated: usize,
    passed: usize,
    failed: usize,
    unknown: usize,
    failing: usize,
    suppressed: usize,
    baselined: usize,
    baseline_fixed: usize,
    below_severity: usize,
    by_severity: BTreeMap<&'static str, usize>,
    /// Set when stack-level presence rules fired under `--profile stack`.
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<String>,
    /// The root module whose `.tf` source was read (locations, inline suppressions).
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
}

#[derive(Serialize)]
struct Finding<'a> {
    rule: &'static str,
    title: &'static str,
    severity: &'static str,
    status: &'static str,
    address: &'a str,
    attribute: &'a str,
    message: &'a str,
    provenance: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

impl Reporter for Json {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let mut buf = io::BufWriter::with_capacity(1 << 16, out);
        write_doc(report, &mut buf, BATCH, PART)?;
        writeln!(buf)?;
        buf.flush()
    }
}

/// The document as `serde_json::to_writer_pretty` writes [`Doc`], byte for byte, with the
/// findings (nearly all of a large report) rendered on the thread pool, `batch` at a time in
/// tasks of `part`: memory grows by a batch, not by the report.
fn write_doc(report: &Report, w: &mut impl Write, batch: usize, part: usize) -> io::Result<()> {
    let doc = doc(report);
    w.write_all(b"{\n  \"version\": ")?;
    put(w, 1, &doc.version)?;
    w.write_all(b",\n  \"tool\": ")?;
    put(w, 1, &doc.tool)?;
    w.write_all(b",\n  \"files\": [")?;
    for (i, f) in doc.files.iter().enumerate() {
        w.write_all(if i == 0 { b"\n    {" } else { b",\n    {" })?;
        w.write_all(b"\n      \"path\": ")?;
        put(w, 3, &f.path)?;
        w.write_all(b",\n      \"kind\": ")?;
        put(w, 3, &f.kind)?;
        w.write_all(b",\n      \"summary\": ")?;
        put(w, 3, &f.summary)?;
        if let Some(c) = &f.compliance {
            w.write_all(b",\n      \"compliance\": ")?;
            put(w, 3, c)?;
        }
        w.write_all(b",\n      \"findings\": [")?;
        let file = f.findings.file;
        let mut first = true;
        for batch in file.shown.chunks(batch) {
            let render = |ats: &[crate::rules::At]| -> io::Result<Vec<u8>> {
                let mut b = Vec::with_capacity(ats.len() * 512);
                for &at in ats {
                    b.extend_from_slice(b",\n        ");
                    put(&mut b, 4, &finding(report, file.evals.get(at)))?;
                }
                Ok(b)
            };
            let rendered: Vec<io::Result<Vec<u8>>> = if batch.len() >= part * 2 {
                use rayon::prelude::*;
                batch.par_chunks(part).map(render).collect()
            } else {
                vec![render(batch)]
            };
            for text in rendered {
                let text = text?;
                // Each element starts with its separator, `,`: the first one's is left out.
                let skip = usize::from(first);
                first = false;
                w.write_all(&text[skip..])?;
            }
        }
        w.write_all(if first { b"]" } else { b"\n      ]" })?;
        w.write_all(b"\n    }")?;
    }
    w.write_all(if doc.files.is_empty() { b"]" } else { b"\n  ]" })?;
    w.write_all(b"\n}")
}

/// Findings rendered at a time, and per task (a finding is about 500 bytes).
const BATCH: usize = 512;
const PART: usize = 128;

/// `value` as `serde_json`'s pretty printer writes it `depth` levels into a document.
fn put(w: &mut (impl Write + ?Sized), depth: usize, value: &impl Serialize) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(w, Pretty::at(depth));
    value.serialize(&mut ser).map_err(io::Error::from)
}

/// `serde_json::ser::PrettyFormatter` (two spaces) starting at a given depth, which it does not
/// offer.
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    fn at(depth: usize) -> Pretty {
        Pretty {
            depth,
            has_value: false,
        }
    }

    fn open(&mut self, w: &mut (impl Write + ?Sized), bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close(&mut self, w: &mut (impl Write + ?Sized), bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(w, false)?;
        }
        w.write_all(bracket)
    }

    fn newline(&self, w: &mut (impl Write + ?Sized), comma: bool) -> io::Result<()> {
        w.write_all(if comma { b",\n" } else { b"\n" })?;
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, !first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, !first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

fn finding<'a>(report: &Report, e: &'a Eval) -> Finding<'a> {
    let loc = report.location(e);
    Finding {
        rule: e.rule.id,
        title: e.rule.title,
        severity: e.severity.as_str(),
        status: e.status.as_str(),
        address: &e.address,
        attribute: &e.attribute,
        message: &e.message,
        provenance: e.provenance.as_deref(),
        file: loc.as_ref().map(|l| l.0.clone()),
        line: loc.map(|l| l.1),
    }
}

fn doc<'a>(report: &'a Report<'a>) -> Doc<'a> {
    let files = report.files;
    Doc {
        version: 1,
        tool: Tool {
            name: "tfaudit",
            version: env!("CARGO_PKG_VERSION"),
        },
        files: files
            .iter()
            .map(|f| File {
                path: &f.path,
                kind: match f.kind {
                    Kind::Plan => "plan",
                    Kind::State => "state",
                },
                summary: Summary {
                    resources: f.summary.resources,
                    outside_rule_set: f.summary.outside,
                    evaluated: f.summary.evaluated,
                    passed: f.summary.passed,
                    failed: f.summary.failed,
                    unknown: f.summary.unknown,
                    failing: f.summary.failing,
                    suppressed: f.summary.suppressed,
                    baselined: f.summary.baselined,
                    baseline_fixed: f.summary.baseline_fixed,
                    below_severity: f.summary.below_severity,
                    hint: f.summary.hint.clone(),
                    source: f.summary.source.clone(),
                    by_severity: f
                        .summary
                        .by_severity
                        .iter()
                        .map(|(s, n)| (s.as_str(), *n))
                        .collect(),
                },
                compliance: report.compliance(f).map(|(fw, controls)| Compliance {
                    framework: fw.as_str(),
                    controls: controls
                        .into_iter()
                        .map(|(c, v)| ControlVerdict {
                            id: c.id,
                            title: c.title,
                            status: v.as_str(),
                            rules: c.rules.iter().map(|m| m.id).collect(),
                        })
                        .collect(),
                }),
                findings: Findings { report, file: f },
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{load, policy, rules};

    /// `text` audited with every rule, or with none.
    fn outcome(text: &str, with_rules: bool) -> policy::FileOutcome {
        let rules = if with_rules {
            rules::registry().to_vec()
        } else {
            Vec::new()
        };
        crate::audit_with(load::Source::new("plan.json".into(), text.into()), rules).unwrap()
    }

    #[test]
    fn the_document_is_what_serde_json_writes() {
        let demo = outcome(include_str!("../../testdata/demo/plan.json"), true);
        let empty = outcome(include_str!("../../testdata/demo/plan.json"), false);
        assert!(empty.findings().next().is_none());
        let two = [demo, empty];
        let rules = rules::registry().to_vec();
        for files in [&two[..], &two[..1], &two[1..], &[]] {
            for framework in [None, Some(rules::compliance::Framework::Fsbp)] {
                let report = Report {
                    files,
                    rules: &rules,
                    sources: None,
                    gate: policy::Gate::default(),
                    color: false,
                    compact: false,
                    width: None,
                    framework,
                };
                let mut expected = serde_json::to_vec_pretty(&doc(&report)).unwrap();
                expected.push(b'\n');
                let mut whole = Vec::new();
                Json.write(&report, &mut whole).unwrap();
                assert!(whole == expected, "{}", String::from_utf8_lossy(&whole));
                // Batches of 7 in parts of 2 and 3: on the pool, and the batches' seams.
                for (batch, part) in [(7, 2), (7, 3), (1, 1)] {
                    let mut split = Vec::new();
                    write_doc(&report, &mut split, batch, part).unwrap();
                    split.push(b'\n');
                    assert!(split == expected, "{batch} {part}");
                }
            }
        }
    }
}
