//! Read input bytes, decode them, and parse them into a [`Plan`]: the first arrow of the data flow.

pub mod json;

use json::Val;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::ptr::NonNull;

/// What to read: a file, or standard input (`-`).
#[derive(Debug, Clone)]
pub enum Input {
    Path(PathBuf),
    Stdin,
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }
}

/// An input that could not be read as a plan or state; prints as `FILE: reason`.
#[derive(Debug)]
pub struct LoadError {
    pub file: String,
    pub reason: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.reason)
    }
}

impl std::error::Error for LoadError {}

/// Decoded text of one input, and the arena its parsed tree keeps its strings in.
pub struct Source {
    pub name: String,
    /// Taken by [`parse`], which frees it: the tree does not borrow from it.
    text: std::cell::Cell<String>,
    strings: bumpalo::Bump,
    /// The arenas of a parse split across threads, one per part (see [`Source::lane`]).
    lanes: std::cell::RefCell<Vec<NonNull<bumpalo::Bump>>>,
}

impl Source {
    pub fn new(name: String, text: String) -> Source {
        Source {
            name,
            text: std::cell::Cell::new(text),
            strings: bumpalo::Bump::new(),
            lanes: Default::default(),
        }
    }

    /// A new arena for one part of a parse, as long-lived as the source and the only way to
    /// it: a part's thread allocates in it alone (a shared `Bump` cannot cross threads).
    #[allow(clippy::mut_from_ref)]
    fn lane(&self) -> &mut bumpalo::Bump {
        let lane = NonNull::from(Box::leak(Box::<bumpalo::Bump>::default()));
        self.lanes.borrow_mut().push(lane);
        // SAFETY: the box is freed only when the source drops, which this borrow of `self`
        // holds off; the pointer is dereferenced here only, so the reference is unique.
        unsafe { &mut *lane.as_ptr() }
    }
}

impl Drop for Source {
    fn drop(&mut self) {
        for lane in self.lanes.get_mut().drain(..) {
            // SAFETY: made by `Box::leak` in `lane`; what borrowed it borrowed `self` too.
            drop(unsafe { Box::from_raw(lane.as_ptr()) });
        }
    }
}

/// Texts from this size on are parsed on the thread pool ([`json::parse_deferring_parallel`]).
const PARALLEL_PARSE: usize = 1 << 20;

/// What `terraform show -json` was run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Plan,
    State,
}

/// The parsed document; the typed accessors live on the model.
pub struct Plan<'a> {
    pub kind: Kind,
    pub format_version: Option<String>,
    pub terraform_version: Option<String>,
    pub root: Val<'a>,
}

/// Large top-level members that the model does not read (see [`parse`]).
const DEFERRED: &[&str] = &[
    "planned_values",
    "resource_drift",
    "relevant_attributes",
    "checks",
    "output_changes",
];

/// Peak memory is at most about this many times the input size (measured with `make bench`:
/// 4.5x on real plans, up to 6–7x on plans without `planned_values`).
pub const MEMORY_PER_BYTE: u64 = 7;

/// Read and decode one input of at most `limit` bytes.
pub fn read(input: &Input) -> Result<Source, LoadError> {
    read_limited(input, u64::MAX)
}

/// Read and decode one input, refusing one larger than `limit` bytes, or one that would not
/// fit in the memory available, before it is read rather than by being killed mid-way.
pub fn read_limited(input: &Input, limit: u64) -> Result<Source, LoadError> {
    let name = input.name();
    let err = |reason: String| LoadError {
        file: name.clone(),
        reason,
    };
    let mut bytes = Vec::new();
    match input {
        Input::Path(p) => {
            let mut f = std::fs::File::open(p).map_err(|e| err(io_reason(&e)))?;
            let meta = f.metadata().map_err(|e| err(io_reason(&e)))?;
            if meta.is_dir() {
                return Err(err("is a directory, not a plan file".into()));
            }
            check_size(meta.len(), limit).map_err(err)?;
            bytes = read_file(&mut f, meta.len()).map_err(|e| err(io_reason(&e)))?;
        }
        Input::Stdin => {
            std::io::stdin()
                .lock()
                .take(limit.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| err(io_reason(&e)))?;
            check_size(bytes.len() as u64, limit).map_err(err)?;
        }
    }
    if bytes.starts_with(GZIP) {
        // The limits apply to what the plan decompresses to: a small bomb is refused early.
        let cap = available_memory().map_or(limit, |m| limit.min(m / MEMORY_PER_BYTE));
        bytes = gunzip(&bytes, cap, limit).map_err(err)?;
        check_size(bytes.len() as u64, limit).map_err(err)?;
    }
    if let (true, Input::Path(p)) = (bytes.starts_with(ZIP), input) {
        bytes = show_binary_plan(p).map_err(err)?;
    }
    from_bytes(name, bytes)
}

/// A file of [`PARALLEL_PARSE`] bytes or more is read in parts on the thread pool: copying
/// from the page cache and faulting in the buffer's pages took a twentieth of the audit of a
/// 17 MB plan, on one core while the others waited.
fn read_file(f: &mut std::fs::File, len: u64) -> std::io::Result<Vec<u8>> {
    #[cfg(unix)]
    if let Some(bytes) = read_parts(f, len) {
        return Ok(bytes);
    }
    let mut bytes = Vec::new();
    f.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The whole file read by positioned reads (the file offset stays at 0), or `None` when it is
/// small, there is one thread, or any read falls short: a file that shrank, grew (its size
/// was read before) or is no regular file is then read in one piece.
#[cfg(unix)]
fn read_parts(f: &std::fs::File, len: u64) -> Option<Vec<u8>> {
    use rayon::prelude::*;
    use std::os::unix::fs::FileExt;
    let len = usize::try_from(len).ok()?;
    let part = pool_part(len)?;
    // Zeroed memory fresh from the system is not written to until the parts are read into it.
    let mut bytes = vec![0u8; len];
    bytes
        .par_chunks_mut(part)
        .enumerate()
        .try_for_each(|(i, chunk)| f.read_exact_at(chunk, (i * part) as u64))
        .ok()?;
    let mut more = [0u8; 1];
    matches!(f.read_at(&mut more, len as u64), Ok(0)).then_some(bytes)
}

const ZIP: &[u8] = b"PK\x03\x04";
const GZIP: &[u8] = &[0x1f, 0x8b];

/// Decompress a gzip stream (several members, as `cat a.gz b.gz` makes, are one stream),
/// reading at most `cap` (`limit`, or less for the memory) bytes of output, plus one to tell
/// that there was more.
fn gunzip(bytes: &[u8], cap: u64, limit: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(cap.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("gzip-compressed, but not a valid gzip stream ({e})"))?;
    if out.len() as u64 > cap {
        return Err(format!(
            "gzip-compressed, and decompresses to more than {} MB, {}",
            cap.div_ceil(1 << 20),
            if cap < limit {
                "more than the available memory allows"
            } else {
                "the most tfaudit is allowed to read (--max-input-mb)"
            }
        ));
    }
    Ok(out)
}

/// Decode bytes already read (a binary plan here has no file to hand to terraform).
pub fn from_bytes(name: String, mut bytes: Vec<u8>) -> Result<Source, LoadError> {
    if bytes.starts_with(GZIP) {
        // No size limit was given: the fuzzer's; a bounded one still stops bombs.
        bytes = gunzip(&bytes, 256 << 20, 256 << 20).map_err(|reason| LoadError {
            file: name.clone(),
            reason,
        })?;
    }
    if bytes.starts_with(ZIP) {
        return Err(LoadError {
            file: name,
            reason:
                "this is a binary plan file, not JSON; pipe `terraform show -json tfplan` instead"
                    .into(),
        });
    }
    match decode(bytes) {
        Ok(text) => Ok(Source::new(name, text)),
        Err(reason) => Err(LoadError { file: name, reason }),
    }
}

fn check_size(size: u64, limit: u64) -> Result<(), String> {
    let mb = |b: u64| b.div_ceil(1 << 20);
    if size > limit {
        return Err(format!(
            "{} MB is more than the {} MB tfaudit is allowed to read (--max-input-mb)",
            mb(size),
            mb(limit)
        ));
    }
    if let Some(available) = available_memory() {
        if size.saturating_mul(MEMORY_PER_BYTE) > available {
            return Err(format!(
                "{} MB needs about {} MB of memory and {} MB are available",
                mb(size),
                mb(size * MEMORY_PER_BYTE),
                mb(available)
            ));
        }
    }
    Ok(())
}

/// MemAvailable from /proc/meminfo (Linux); None elsewhere.
fn available_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read: {e}"),
    }
}

/// UTF-8 (with or without BOM) or UTF-16 with a BOM, as PowerShell's `>` writes.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    let utf16 = |be: bool, body: &[u8]| -> Result<String, String> {
        if !body.len().is_multiple_of(2) {
            return Err("invalid UTF-16: odd number of bytes".into());
        }
        let units = body.chunks_exact(2).map(|c| {
            if be {
                u16::from_be_bytes([c[0], c[1]])
            } else {
                u16::from_le_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|e| format!("invalid UTF-16: {e}"))
    };
    match bytes.as_slice() {
        [0xFF, 0xFE, rest @ ..] => utf16(false, rest),
        [0xFE, 0xFF, rest @ ..] => utf16(true, rest),
        _ => {
            let start = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
                3
            } else {
                0
            };
            let mut bytes = bytes;
            bytes.drain(..start);
            // JSON text never starts with NUL; a NUL in the first two bytes is UTF-16 text.
            if bytes.len() >= 2 && (bytes[0] == 0 || bytes[1] == 0) {
                return Err("looks like UTF-16 without a byte-order mark; save it as UTF-8".into());
            }
            if is_utf8_in_parts(&bytes) {
                // SAFETY: every byte was checked to be UTF-8, in parts: text made of valid
                // UTF-8 pieces is valid UTF-8.
                return Ok(unsafe { String::from_utf8_unchecked(bytes) });
            }
            String::from_utf8(bytes)
                .map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
        }
    }
}

/// The size of the parts a file or text of `len` bytes is read or checked in on the pool, two
/// per thread; None when it is smaller than [`PARALLEL_PARSE`] or there is one thread.
fn pool_part(len: usize) -> Option<usize> {
    let threads = rayon::current_num_threads();
    (len >= PARALLEL_PARSE && threads >= 2).then(|| len.div_ceil(threads * 2))
}

/// A large text checked on the thread pool, in parts cut before a character's first byte.
/// False when it is small, or a part is not UTF-8 (the one-thread check then finds where).
fn is_utf8_in_parts(bytes: &[u8]) -> bool {
    use rayon::prelude::*;
    let Some(step) = pool_part(bytes.len()) else {
        return false;
    };
    let mut cuts = vec![0];
    let mut at = step;
    while at < bytes.len() {
        // A continuation byte (10xxxxxx) is never a character's first.
        while at < bytes.len() && bytes[at] & 0xC0 == 0x80 {
            at += 1;
        }
        cuts.push(at);
        at += step;
    }
    cuts.push(bytes.len());
    cuts.par_windows(2)
        .all(|w| std::str::from_utf8(&bytes[w[0]..w[1]]).is_ok())
}

/// A binary plan (a zip) is converted by the `terraform` the user has, never guessed at.
fn show_binary_plan(path: &Path) -> Result<Vec<u8>, String> {
    let how = format!(
        "convert it with `terraform show -json {} > plan.json` in the initialised working directory",
        path.display()
    );
    if !on_path("terraform") {
        return Err(format!(
            "binary plan file and terraform is not on PATH; {how}"
        ));
    }
    let out = Command::new("terraform")
        .args(["show", "-json", "-no-color"])
        .arg(path)
        .output()
        .map_err(|e| format!("binary plan file; running terraform failed ({e}); {how}"))?;
    if !out.status.success() {
        return Err(format!(
            "binary plan file; `terraform show -json` failed: {}",
            terraform_error(&String::from_utf8_lossy(&out.stderr))
        ));
    }
    Ok(out.stdout)
}

/// The error of terraform's stderr on one line: its `Error:` diagnostics, not the warnings
/// printed before them (a missing CLI configuration file is the usual one).
fn terraform_error(stderr: &str) -> String {
    // One diagnostic: (is an error, its lines). With colour off, a diagnostic starts at its
    // `Error:`/`Warning:` line; with it on, it is also framed by ╷ … ╵.
    let mut diags: Vec<(bool, Vec<&str>)> = Vec::new();
    let mut loose: Vec<&str> = Vec::new();
    let mut open = false;
    for raw in stderr.lines() {
        let framed_end = raw.trim_start().starts_with('╵');
        let line = raw.trim_matches(|c: char| c.is_whitespace() || matches!(c, '│' | '╷' | '╵'));
        if framed_end {
            open = false;
        }
        if line.is_empty() {
            continue;
        }
        if line.starts_with("Error:") || line.starts_with("Warning:") {
            diags.push((line.starts_with("Error:"), vec![line]));
            open = true;
        } else if let (true, Some(d)) = (open, diags.last_mut()) {
            d.1.push(line);
        } else {
            loose.push(line);
        }
    }
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.0)
        .map(|d| d.1.join(" "))
        .collect();
    let text = if !errors.is_empty() {
        errors.join("; ")
    } else if !loose.is_empty() {
        loose[loose.len().saturating_sub(3)..].join(" ")
    } else if let Some(d) = diags.last() {
        d.1.join(" ")
    } else {
        "no message".to_string()
    };
    const MAX: usize = 600;
    match text.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text,
    }
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Parse decoded text into a plan or state document. The text is freed when it returns (peak
/// memory is the text and the tree, then the tree alone); a second call sees no input.
pub fn parse(src: &Source) -> Result<Plan<'_>, LoadError> {
    let err = |reason: String| LoadError {
        file: src.name.clone(),
        reason,
    };
    let text = src.text.take();
    if text.trim().is_empty() {
        return Err(err("empty input".into()));
    }
    let large = text.len() >= PARALLEL_PARSE;
    let parallel = large
        .then(|| json::parse_deferring_parallel(&text, DEFERRED, &src.strings, || src.lane()))
        .flatten();
    let json::Deferred { mut root, raw } = match parallel {
        Some(d) => d,
        None => json::parse_deferring(&text, DEFERRED, &src.strings)
            .map_err(|e| err(json_reason(&e)))?,
    };
    // `planned_values` repeats `resource_changes[].change.after`; it is built only for plans
    // without resource changes (old or trimmed ones).
    if root.get("resource_changes").is_none() {
        if let Some((_, text)) = raw.iter().find(|(k, _)| k == "planned_values") {
            let planned = json::parse_in(text, &src.strings).map_err(|e| err(json_reason(&e)))?;
            if let Val::Obj(members) = root {
                let mut members = members.into_vec();
                members.push(("planned_values".into(), planned));
                root = json::object(members);
            }
        }
    }
    let kind_of = |v: &Val| match v {
        Val::Null => "null",
        Val::Bool(_) => "a boolean",
        Val::Num(_) => "a number",
        Val::Str(_) => "a string",
        Val::Arr(_) => "an array",
        Val::Obj(_) => "an object",
    };
    if !matches!(root, Val::Obj(_)) {
        return Err(err(format!(
            "not a Terraform plan or state: the top level is {}, not an object",
            kind_of(&root)
        )));
    }
    let format_version = match root.get("format_version") {
        None => None,
        Some(Val::Str(s)) => Some(s.to_string()),
        Some(other) => {
            return Err(err(format!(
                "format_version is {}, not a string",
                kind_of(other)
            )))
        }
    };
    if let Some(v) = &format_version {
        let major = v.split('.').next().and_then(|m| m.parse::<u64>().ok());
        match major {
            Some(0) | Some(1) => {}
            _ => {
                return Err(err(format!(
                    "unsupported format_version {v:?} (tfaudit reads 0.x and 1.x)"
                )))
            }
        }
    }
    let has = |k: &str| root.get(k).is_some() || raw.iter().any(|(key, _)| key == k);
    let kind = if has("planned_values") || has("resource_changes") || has("configuration") {
        Kind::Plan
    } else if has("values") || format_version.is_some() {
        // `terraform show -json` of an empty state prints only the format version.
        Kind::State
    } else {
        return Err(err(
            "not a Terraform plan or state (no format_version, planned_values, resource_changes or values)"
                .into(),
        ));
    };
    let terraform_version = root
        .get("terraform_version")
        .and_then(Val::as_str)
        .map(str::to_string);
    drop(raw);
    drop(text);
    if large {
        give_back_freed();
    }
    Ok(Plan {
        kind,
        format_version,
        terraform_version,
        root,
    })
}

/// Returns the text's pages to the system now: mimalloc would keep them for reuse, and
/// nothing after the parse allocates that much, so they would only add to peak memory.
fn give_back_freed() {
    #[cfg(feature = "mimalloc")]
    // SAFETY: mi_collect only frees memory mimalloc holds unused; no pointer is touched.
    unsafe {
        libmimalloc_sys::mi_collect(true)
    }
}

fn json_reason(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => format!("truncated JSON ({e})"),
        Category::Syntax => format!("not valid JSON ({e})"),
        Category::Data => format!("unexpected JSON ({e})"),
        Category::Io => format!("cannot read ({e})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The demo plan with its resource changes repeated past [`PARALLEL_PARSE`].
    fn large_plan() -> String {
        let demo = include_str!("../../testdata/demo/plan.json");
        let mut v: serde_json::Value = serde_json::from_str(demo).unwrap();
        let changes = v["resource_changes"].as_array().unwrap().clone();
        let all = v["resource_changes"].as_array_mut().unwrap();
        while serde_json::to_string(all).unwrap().len() < PARALLEL_PARSE {
            all.extend(changes.iter().cloned());
        }
        serde_json::to_string(&v).unwrap()
    }

    #[test]
    fn large_plans_parse_on_the_pool_to_the_same_tree_and_errors() {
        let text = large_plan();
        assert!(text.len() >= PARALLEL_PARSE);
        let src = Source::new("big.json".into(), text.clone());
        let plan = parse(&src).unwrap();
        let arena = bumpalo::Bump::new();
        let whole = json::parse_deferring(&text, DEFERRED, &arena).unwrap();
        assert!(plan.root == whole.root);
        assert!(!src.lanes.borrow().is_empty(), "the pool did not parse it");
        // A fault in the middle of the resource changes: the one-thread parse's message.
        let at = text.len() / 2 + text[text.len() / 2..].find(",{").unwrap();
        let broken = format!("{}x{}", &text[..at + 1], &text[at + 1..]);
        let e = parse(&Source::new("big.json".into(), broken))
            .err()
            .unwrap();
        assert_eq!(
            e.to_string(),
            format!(
                "big.json: not valid JSON (expected value at line 1 column {})",
                at + 2
            )
        );
    }

    #[test]
    fn large_files_are_read_and_checked_in_parts() {
        // Four-byte characters throughout: most cuts fall inside one.
        let text = format!("{{\"a\":\"{}\"}}", "é€😀x".repeat(PARALLEL_PARSE / 9));
        let mut file = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut file, text.as_bytes()).unwrap();
        let read = read_parts(file.as_file(), text.len() as u64).expect("read in parts");
        assert!(read == text.as_bytes());
        assert!(is_utf8_in_parts(&read));
        let src = read_limited(&Input::Path(file.path().into()), u64::MAX).unwrap();
        assert!(src.text.take() == text);
        // A file longer than its size said is read in one piece; small ones always are.
        assert!(read_parts(file.as_file(), text.len() as u64 - 1).is_none());
        assert!(read_parts(file.as_file(), 1000).is_none());
        // An invalid byte in the last part: the one-thread check says where.
        let mut bad = text.into_bytes();
        let at = bad.len() - 10;
        bad[at] = 0xFF;
        assert!(!is_utf8_in_parts(&bad));
        assert_eq!(
            decode(bad).unwrap_err(),
            format!("invalid UTF-8 at byte {at}")
        );
    }

    fn parse_str(text: &str) -> Result<Kind, String> {
        let src = Source::new("t.json".into(), text.into());
        parse(&src).map(|p| p.kind).map_err(|e| e.to_string())
    }

    #[test]
    fn kinds_and_reasons() {
        assert_eq!(
            parse_str(r#"{"format_version":"1.2","planned_values":{}}"#),
            Ok(Kind::Plan)
        );
        assert_eq!(
            parse_str(r#"{"format_version":"1.0","values":{}}"#),
            Ok(Kind::State)
        );
        assert_eq!(parse_str(r#"{"format_version":"1.0"}"#), Ok(Kind::State));
        assert_eq!(parse_str("  \n"), Err("t.json: empty input".into()));
        assert_eq!(
            parse_str("[1]"),
            Err(
                "t.json: not a Terraform plan or state: the top level is an array, not an object"
                    .into()
            )
        );
        assert_eq!(
            parse_str(r#"{"format_version":"2.0","planned_values":{}}"#),
            Err(r#"t.json: unsupported format_version "2.0" (tfaudit reads 0.x and 1.x)"#.into())
        );
        assert!(parse_str(r#"{"format_version":"1.2","planned"#)
            .unwrap_err()
            .starts_with("t.json: truncated JSON (EOF while parsing"));
        assert_eq!(
            parse_str(r#"{"a":1}"#),
            Err("t.json: not a Terraform plan or state (no format_version, planned_values, resource_changes or values)".into())
        );
    }

    #[test]
    fn terraform_error_skips_warnings() {
        let framed = "╷\n│ Warning: Unable to open CLI configuration file\n│ \n│ The CLI configuration file at \"/x/.terraformrc\" does not exist.\n╵\n╷\n│ Error: Failed to load plugin schemas\n│ \n│ Error while loading schemas for plugin components.\n╵\n";
        assert_eq!(
            terraform_error(framed),
            "Error: Failed to load plugin schemas Error while loading schemas for plugin components."
        );
        let plain = "\nWarning: Unable to open CLI configuration file\n\nThe file does not exist.\n\nError: Failed to read the given file as a state or plan file\n\nState read error: zip: not a valid zip file\n";
        assert_eq!(
            terraform_error(plain),
            "Error: Failed to read the given file as a state or plan file State read error: zip: not a valid zip file"
        );
        assert_eq!(
            terraform_error("Warning: w\n\nsegmentation fault\n"),
            "Warning: w segmentation fault"
        );
        assert_eq!(
            terraform_error("panic: boom\ngoroutine 1\n"),
            "panic: boom goroutine 1"
        );
        assert_eq!(terraform_error(""), "no message");
    }

    #[test]
    fn decodes_utf16_with_bom_and_utf8_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("{}".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(le).unwrap(), "{}");
        let mut be = vec![0xFE, 0xFF];
        be.extend("{}".encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(be).unwrap(), "{}");
        assert_eq!(decode(b"\xEF\xBB\xBF{}".to_vec()).unwrap(), "{}");
        assert_eq!(
            decode(b"{\x00}\x00".to_vec()).unwrap_err(),
            "looks like UTF-16 without a byte-order mark; save it as UTF-8"
        );
        assert_eq!(
            decode(b"{\"a\":\"\xC3\"}".to_vec()).unwrap_err(),
            "invalid UTF-8 at byte 6"
        );
    }
}
