//! JUnit XML (quick-junit): a test suite per input, a test case per rule and resource
//! evaluated. Fail is a failure; Unknown is a failure under `--unknown fail`, else skipped.

use super::{Report, Reporter};
use crate::policy::UnknownMode;
use crate::rules::Status;
use quick_junit::{NonSuccessKind, Report as Junit_, TestCase, TestCaseStatus, TestSuite};
use std::io::{self, Write};

pub struct Junit;

impl Reporter for Junit {
    fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let mut doc = Junit_::new("tfaudit");
        for f in report.files {
            let mut suite = TestSuite::new(f.path.as_str());
            for e in &f.evals {
                let status = match e.status {
                    Status::Pass => TestCaseStatus::success(),
                    Status::Unknown if report.gate.unknown != UnknownMode::Fail => {
                        let mut s = TestCaseStatus::skipped();
                        s.set_message(format!("unknown: {}", e.message));
                        s
                    }
                    Status::Fail | Status::Unknown => {
                        let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                        s.set_message(e.message.as_str());
                        s.set_type(format!("{} {}", e.severity.as_str(), e.status.as_str()));
                        if let Some(p) = &e.provenance {
                            s.set_description(format!("from {p}"));
                        }
                        s
                    }
                };
                let mut case = TestCase::new(format!("{} {}", e.rule.id, e.address), status);
                case.set_classname(e.rule.id);
                suite.add_test_case(case);
            }
            doc.add_test_suite(suite);
        }
        let xml = doc.to_string().map_err(io::Error::other)?;
        out.write_all(xml.as_bytes())
    }
}
