//! The table a person reads: width, location column, compact lines, grouped view, colours.
//! Also the inputs a person hands over: gzip-compressed plans, binary plans terraform fails on.

use assert_cmd::Command;
use std::io::Write;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const DEMO: &str = "testdata/demo/plan.json";

/// tfaudit as a pipe sees it: no colour settings, no width unless given.
fn tfaudit(columns: Option<usize>) -> Command {
    let mut c = Command::cargo_bin("tfaudit").unwrap();
    c.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("TERM")
        .env_remove("COLUMNS");
    if let Some(w) = columns {
        c.env("COLUMNS", w.to_string());
    }
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// (address, location) of every finding, from the JSON report.
fn findings(args: &[&str]) -> Vec<(String, Option<String>)> {
    let r = run(tfaudit(None).args(args).args(["--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let loc = f["file"]
                .as_str()
                .map(|file| format!("{file}:{}", f["line"].as_u64().unwrap()));
            (f["address"].as_str().unwrap().to_string(), loc)
        })
        .collect()
}

fn width(line: &str) -> usize {
    line.chars().count()
}

/// Every address printed whole on some line: never broken mid-token.
fn addresses_whole(out: &str, addresses: &[(String, Option<String>)]) {
    for (a, _) in addresses {
        assert!(
            out.lines()
                .any(|l| l.split([' ', '│', '┆']).any(|w| w == a)),
            "{a} broken or missing in\n{out}"
        );
    }
}

#[test]
fn columns_sets_the_width_and_only_messages_wrap() {
    let all = findings(&[DEMO]);
    for w in [200, 150, 130] {
        let r = run(tfaudit(Some(w)).arg(DEMO));
        assert_eq!(r.code, 1);
        assert!(r.stdout.starts_with('┌'), "width {w}: a bordered table");
        let table: Vec<&str> = r.stdout.lines().filter(|l| !is_summary(l)).collect();
        assert!(
            table.iter().all(|l| width(l) <= w),
            "width {w}:\n{}",
            r.stdout
        );
        addresses_whole(&r.stdout, &all);
    }
    // Without COLUMNS, piped: one row per finding, however long.
    let r = run(tfaudit(None).arg(DEMO));
    assert_eq!(r.stdout.lines().count(), all.len() + 4 + 2);
}

#[test]
fn narrow_terminals_get_each_finding_on_its_own_lines() {
    let all = findings(&[DEMO]);
    let r = run(tfaudit(Some(70)).arg(DEMO));
    assert!(!r.stdout.contains('│'), "{}", r.stdout);
    addresses_whole(&r.stdout, &all);
    // Lines over the width are only those an address or a word longer than it makes.
    for l in r.stdout.lines().filter(|l| width(l) > 70 && !is_summary(l)) {
        assert!(
            l.split(' ').any(|w| width(w) > 40) || all.iter().any(|(a, _)| l.contains(a)),
            "{l}"
        );
    }
}

#[test]
fn location_column_with_sources() {
    let all = findings(&[DEMO, "--source-dir", "testdata/demo"]);
    let r = run(tfaudit(Some(250)).args([DEMO, "--source-dir", "testdata/demo"]));
    let header = r.stdout.lines().nth(1).unwrap();
    assert!(header.contains("┆ Location"), "{header}");
    let mut located = 0;
    for (a, loc) in &all {
        if let Some(loc) = loc {
            located += 1;
            assert!(
                r.stdout
                    .lines()
                    .any(|l| l.contains(a.as_str()) && l.contains(loc.as_str())),
                "{a} {loc}"
            );
        }
    }
    assert!(located > 20);
    // Without sources, no such column.
    let r = run(tfaudit(Some(250)).arg(DEMO));
    assert!(!r.stdout.contains("Location"));
}

#[test]
fn compact_is_one_line_per_finding_without_borders() {
    let all = findings(&[DEMO, "--source-dir", "testdata/demo"]);
    for columns in [None, Some(60)] {
        let r = run(tfaudit(columns).args([DEMO, "--compact", "--source-dir", "testdata/demo"]));
        assert_eq!(r.code, 1);
        let lines: Vec<&str> = r.stdout.lines().collect();
        // The findings, then the summary, the profile hint and the source line.
        assert_eq!(lines.len(), all.len() + 3, "{}", r.stdout);
        assert!(!r.stdout.contains(['│', '┆', '─']));
        for ((a, loc), line) in all.iter().zip(&lines) {
            let words: Vec<&str> = line.split_whitespace().collect();
            assert!(["critical", "high", "medium", "low", "info"].contains(&words[0]));
            assert!(words[1].starts_with("AWS-"), "{line}");
            assert!(["FAIL", "UNKNOWN"].contains(&words[2]), "{line}");
            assert_eq!(words[3], a);
            if let Some(loc) = loc {
                assert_eq!(words[4], loc);
            }
        }
    }
    let r = run(tfaudit(None).args([DEMO, "--compact"]));
    assert!(r
        .stdout
        .contains("high     AWS-SG-001    FAIL    module.network.aws_security_group_rule.egress egress rule of module.network.aws_security_group.app allows all traffic to 0.0.0.0/0 (from module.network.var.egress_cidrs ← var.egress_cidrs)\n"));
}

#[test]
fn colours_on_demand_and_critical_unlike_high() {
    let critical = "\x1b[38;5;13";
    let high = "\x1b[38;5;9m";
    for compact in [false, true] {
        let mut c = tfaudit(Some(200));
        c.args([DEMO, "--color", "always"])
            .env("NO_COLOR", "1")
            .env("TERM", "dumb");
        if compact {
            c.arg("--compact");
        }
        let r = run(&mut c);
        assert!(r.stdout.contains(critical), "{}", r.stdout);
        assert!(r.stdout.contains(high));
        let critical_line = r.stdout.lines().find(|l| l.contains("AWS-CT-001")).unwrap();
        assert!(!critical_line.contains(high));
    }
    // Piped, auto means none; never means none.
    for mode in ["auto", "never"] {
        let r = run(tfaudit(Some(200)).args([DEMO, "--color", mode]));
        assert!(!r.stdout.contains('\x1b'), "{mode}");
    }
    let r = run(tfaudit(None).args([DEMO, "--color", "sometimes"]));
    assert_eq!(r.code, 2);
}

/// The demo with `n` more copies of its exports bucket: many findings sharing a few rules.
fn many_buckets(n: usize) -> tempfile::NamedTempFile {
    let text = std::fs::read_to_string(root().join(DEMO)).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let rc = v["resource_changes"].as_array_mut().unwrap();
    let bucket = rc
        .iter()
        .find(|r| r["address"] == "aws_s3_bucket.exports")
        .unwrap()
        .clone();
    for i in 0..n {
        let mut b = bucket.clone();
        b["address"] = format!("aws_s3_bucket.copy_{i:03}").into();
        b["name"] = format!("copy_{i:03}").into();
        b["change"]["after"]["bucket"] = format!("demo-copy-{i:03}").into();
        rc.push(b);
    }
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(serde_json::to_string(&v).unwrap().as_bytes())
        .unwrap();
    f
}

#[test]
fn many_findings_are_grouped_by_rule() {
    let plan = many_buckets(60);
    let path = plan.path().to_str().unwrap();
    let all = findings(&[path]);
    assert!(all.len() > 300, "{}", all.len());
    let r = run(tfaudit(Some(100)).arg(path));
    assert_eq!(r.code, 1);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{} findings in ", all.len()))
            && lines[0].contains(" groups by rule"),
        "{}",
        lines[0]
    );
    let header = lines
        .iter()
        .position(|l| l.starts_with("high AWS-S3-001 ") && l.ends_with(" (61 findings)"))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    assert!(
        lines[header + 1].starts_with("    FAIL "),
        "{}",
        lines[header + 1]
    );
    // Every finding's address is on an indented line, whole.
    for (a, _) in &all {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("    ") && l.split(' ').any(|w| w == a)),
            "{a}"
        );
    }
    let table: Vec<&&str> = lines.iter().filter(|l| !is_summary(l)).collect();
    assert!(table
        .iter()
        .all(|l| width(l) <= 100 || l.split(' ').any(|w| width(w) > 30)));
    // Fewer lines than the bordered table would take for the same findings.
    assert!(lines.len() < all.len() * 2);
    // The summary counts the resources.
    let summary = lines.iter().find(|l| l.contains("checks:")).unwrap();
    assert!(summary.contains(" judged: "), "{summary}");
    assert!(summary.contains(" failed, "), "{summary}");
    // --compact stays one line each.
    let r = run(tfaudit(Some(100)).args([path, "--compact"]));
    assert_eq!(r.stdout.lines().count(), all.len() + 2);
}

#[test]
fn the_summary_counts_resources_judged_passed_failed_unknown() {
    let r = run(tfaudit(None).arg(DEMO));
    let summary = r.stdout.lines().find(|l| l.contains("checks:")).unwrap();
    assert!(
        summary
            .starts_with("74 resources, 64 judged: 28 failed, 2 unknown, 34 passed; 263 checks: "),
        "{summary}"
    );
}

// Inputs.

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn gzip_compressed_plans_are_read_like_the_plan() {
    let plain = run(tfaudit(None).arg(DEMO));
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("plan.json.gz");
    std::fs::write(&gz, gzip(&std::fs::read(root().join(DEMO)).unwrap())).unwrap();
    let r = run(tfaudit(None).arg(&gz));
    assert_eq!((r.code, r.stdout.as_str()), (1, plain.stdout.as_str()));
    let r = run(tfaudit(None)
        .arg("-")
        .write_stdin(std::fs::read(&gz).unwrap()));
    assert_eq!((r.code, r.stdout.as_str()), (1, plain.stdout.as_str()));
}

#[test]
fn corrupt_or_oversized_gzip_is_exit_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| -> PathBuf {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let mut truncated = gzip(&std::fs::read(root().join(DEMO)).unwrap());
    truncated.truncate(truncated.len() / 2);
    let cases: Vec<(PathBuf, Vec<&str>, &str)> = vec![
        (
            write("garbage.gz", b"\x1f\x8b\x08\x00garbage"),
            vec![],
            "gzip-compressed, but not a valid gzip stream",
        ),
        (
            write("truncated.gz", &truncated),
            vec![],
            "gzip-compressed, but not a valid gzip stream",
        ),
        // 3 MB of zeros compress to a few KB: the limit is on what comes out.
        (
            write("bomb.gz", &gzip(&vec![b' '; 3 << 20])),
            vec!["--max-input-mb", "1"],
            "gzip-compressed, and decompresses to more than 1 MB",
        ),
        (write("text.gz", &gzip(b"hello")), vec![], "not valid JSON"),
    ];
    for (path, args, reason) in cases {
        let r = run(tfaudit(None).arg(&path).args(&args));
        assert_eq!(r.code, 2, "{}", path.display());
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
        assert!(
            r.stderr
                .starts_with(&format!("tfaudit: {}: {reason}", path.display())),
            "{}",
            r.stderr
        );
        assert!(!r.stderr.contains("UTF-8"));
    }
}

fn fake_terraform(dir: &Path, script: &str) {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join("terraform");
    std::fs::write(&p, format!("#!/bin/sh\n{script}")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn terraform_show_failures_report_the_error_not_the_warning() {
    let bin = tempfile::tempdir().unwrap();
    let path = format!("{}:/usr/bin:/bin", bin.path().display());
    // What terraform prints without -no-color taking effect on diagnostics, and with it.
    for (script, error) in [
        (
            r#"cat >&2 <<'EOF'
╷
│ Warning: Unable to open CLI configuration file
│ 
│ The CLI configuration file at "/root/.terraformrc" does not exist.
╵
╷
│ Error: Failed to load plugin schemas
│ 
│ Error while loading schemas for plugin components: Failed to obtain provider schema.
╵
EOF
exit 1"#,
            "Error: Failed to load plugin schemas Error while loading schemas for plugin components: Failed to obtain provider schema.",
        ),
        (
            r#"printf '\nWarning: Unable to open CLI configuration file\n\nThe CLI configuration file at "/x" does not exist.\n\nError: Failed to read the given file as a state or plan file\n\nState read error: zip: not a valid zip file\n' >&2
exit 1"#,
            "Error: Failed to read the given file as a state or plan file State read error: zip: not a valid zip file",
        ),
    ] {
        fake_terraform(bin.path(), script);
        let r = run(tfaudit(None)
            .arg("testdata/binary/tfplan")
            .env("PATH", &path));
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert_eq!(
            r.stderr,
            format!("tfaudit: testdata/binary/tfplan: binary plan file; `terraform show -json` failed: {error}\n")
        );
    }
    // A terraform that succeeds: its JSON is audited.
    fake_terraform(
        bin.path(),
        &format!("cat '{}'", root().join(DEMO).display()),
    );
    let r = run(tfaudit(None)
        .arg("testdata/binary/tfplan")
        .env("PATH", &path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.contains("AWS-SG-001"));
}

/// On a terminal (a pty from util-linux `script`, where there is one): its width, and colour
/// unless `NO_COLOR` or `TERM=dumb`.
#[test]
fn on_a_terminal_its_width_and_colour_unless_no_color_or_dumb() {
    let bin = assert_cmd::cargo::cargo_bin("tfaudit");
    let on_tty = |env: &str| -> Option<String> {
        let inner = format!("stty cols 150 rows 50; {env} '{}' {DEMO}", bin.display());
        let out = std::process::Command::new("script")
            .args(["-qec", &inner, "/dev/null"])
            .current_dir(root())
            .env_remove("NO_COLOR")
            .env_remove("COLUMNS")
            .env("TERM", "xterm")
            .stdin(std::process::Stdio::null())
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
        // No pty here (or no `script`): nothing to check.
        text.contains("AWS-CT-001").then_some(text)
    };
    let Some(coloured) = on_tty("") else {
        eprintln!("skipped: no pty");
        return;
    };
    assert!(coloured.starts_with('┌'), "{coloured}");
    assert!(coloured.contains("\x1b[38;5;13;1mcritical"), "{coloured}");
    let plain = on_tty("NO_COLOR=1").unwrap();
    assert!(plain.starts_with('┌') && !plain.contains('\x1b'), "{plain}");
    // Width: only the summary line is longer than the terminal.
    assert!(plain
        .lines()
        .filter(|l| !is_summary(l))
        .all(|l| width(l) <= 150));
    let dumb = on_tty("TERM=dumb").unwrap();
    assert!(!dumb.contains('\x1b'), "{dumb}");
}

/// The summary line and the profile hint after it (the demo's stack-level rules fire).
fn is_summary(line: &str) -> bool {
    line.contains("checks:") || line.contains("--profile module")
}
