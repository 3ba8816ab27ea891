//! A file's structure without its expressions: blocks (type, labels, where they start, their
//! body) and attributes (name, where they start, the text of their value). It is what the
//! locations, the inline suppressions, the module calls and the variable types need, read at a
//! few bytes per instruction; an expression is parsed (hcl-edit) only when the model asks for
//! it (see `Lazy`). Anything this scanner does not follow is an error, and the file is then
//! read by hcl-edit as a whole (`Item::from_body`), so a shape it misreads can only cost time.

use hcl_edit::structure::{Body, Structure};
use hcl_edit::Span;
use std::ops::Range;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// `key = value`: where the key starts, and the value's text (trimmed).
    Attr {
        key: String,
        start: usize,
        value: Range<usize>,
    },
    Block(Block),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub ident: String,
    pub labels: Vec<String>,
    /// Where the block type is written.
    pub start: usize,
    /// The text between the braces.
    pub body: Range<usize>,
    /// Shared: the locations of a block's attributes are found in them when asked for.
    pub items: Arc<Vec<Item>>,
}

impl Item {
    pub fn name(&self) -> &str {
        match self {
            Item::Attr { key, .. } => key,
            Item::Block(b) => &b.ident,
        }
    }

    pub fn start(&self) -> usize {
        match self {
            Item::Attr { start, .. } => *start,
            Item::Block(b) => b.start,
        }
    }

    /// The structure of a body hcl-edit parsed from `text` (a one-line block's body and
    /// attribute have no span there: found in the text).
    pub fn from_body(body: &Body, text: &str) -> Option<Vec<Item>> {
        body.iter()
            .map(|s| {
                Some(match s {
                    Structure::Attribute(a) => {
                        let value = a.value.span()?;
                        let start = match a.span() {
                            Some(s) => s.start,
                            None => key_start(text.as_bytes(), value.start)?,
                        };
                        Item::Attr {
                            key: a.key.as_str().to_string(),
                            start,
                            value,
                        }
                    }
                    Structure::Block(b) => {
                        let span = b.span()?;
                        let body = match b.body.span() {
                            Some(s) => s,
                            None => open_brace(text.as_bytes(), span.start)? + 1..span.end - 1,
                        };
                        Item::Block(Block {
                            ident: b.ident.as_str().to_string(),
                            labels: b.labels.iter().map(|l| l.as_str().to_string()).collect(),
                            start: span.start,
                            body,
                            items: Arc::new(Item::from_body(&b.body, text)?),
                        })
                    }
                })
            })
            .collect()
    }
}

/// Where the key of the attribute whose value starts at `value` starts (`key = value`).
fn key_start(b: &[u8], value: usize) -> Option<usize> {
    let mut j = value;
    while j > 0 && matches!(b[j - 1], b' ' | b'\t') {
        j -= 1;
    }
    if j == 0 || b[j - 1] != b'=' {
        return None;
    }
    j -= 1;
    while j > 0 && matches!(b[j - 1], b' ' | b'\t') {
        j -= 1;
    }
    while j > 0 && is_ident(b[j - 1]) {
        j -= 1;
    }
    Some(j)
}

/// The `{` that opens the body of the block starting at `start` (labels may hold braces).
fn open_brace(b: &[u8], start: usize) -> Option<usize> {
    let mut j = start;
    loop {
        match b.get(j)? {
            b'{' => return Some(j),
            b'"' => {
                j += 1;
                while *b.get(j)? != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                j += 1;
            }
            _ => j += 1,
        }
    }
}

impl Block {
    pub fn attr(&self, name: &str) -> Option<Range<usize>> {
        self.items.iter().find_map(|i| match i {
            Item::Attr { key, value, .. } if key == name => Some(value.clone()),
            _ => None,
        })
    }

    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        blocks(&self.items)
    }
}

/// The blocks among `items`.
pub fn blocks(items: &[Item]) -> impl Iterator<Item = &Block> {
    items.iter().filter_map(|i| match i {
        Item::Block(b) => Some(b),
        Item::Attr { .. } => None,
    })
}

/// Nesting of blocks, brackets, strings and templates followed, at most (hcl-edit's own limit;
/// deeper: an error, and hcl-edit reads the file).
const MAX_NESTING: usize = 64;

/// A table of the bytes that stop a run of plain ones.
const fn table(special: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < special.len() {
        t[special[i] as usize] = true;
        i += 1;
    }
    t
}

/// In an expression: spaces, comments, strings, heredocs and brackets.
const IN_EXPR: [bool; 256] = table(b" \t\r\n#/\"<([{)]}");
/// In a quoted template: its end, escapes and sequences.
const IN_STRING: [bool; 256] = table(b"\n\"\\$%");

/// The items of a file, or the offset where this scanner stops following it.
pub fn parse(text: &str) -> Result<Vec<Item>, usize> {
    let mut s = Scanner {
        text,
        b: text.as_bytes(),
        i: 0,
    };
    s.body(true, 0)
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn at(&self, n: usize) -> Option<u8> {
        self.b.get(self.i + n).copied()
    }

    /// Past a `/* */` comment (at its `/`).
    fn block_comment(&mut self) -> Result<(), usize> {
        let start = self.i;
        self.i += 2;
        loop {
            match self.peek() {
                None => return Err(start),
                Some(b'*') if self.at(1) == Some(b'/') => {
                    self.i += 2;
                    return Ok(());
                }
                _ => self.i += 1,
            }
        }
    }

    /// To the end of a `#` or `//` comment (its newline not taken).
    fn line_comment(&mut self) {
        while self.peek().is_some_and(|c| c != b'\n') {
            self.i += 1;
        }
    }

    fn is_line_comment(&self) -> bool {
        matches!(
            (self.peek(), self.at(1)),
            (Some(b'#'), _) | (Some(b'/'), Some(b'/'))
        )
    }

    /// Spaces and `/* */` comments on one line.
    fn space(&mut self) -> Result<(), usize> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\r') => self.i += 1,
                Some(b'/') if self.at(1) == Some(b'*') => self.block_comment()?,
                _ => return Ok(()),
            }
        }
    }

    /// Spaces, newlines and comments.
    fn blank(&mut self) -> Result<(), usize> {
        loop {
            self.space()?;
            if self.is_line_comment() {
                self.line_comment();
            }
            match self.peek() {
                Some(b'\n') => self.i += 1,
                _ => return Ok(()),
            }
        }
    }

    fn ident(&mut self) -> String {
        let start = self.i;
        while self.peek().is_some_and(is_ident) {
            self.i += 1;
        }
        // ASCII bytes only: the range is on character boundaries.
        self.text[start..self.i].to_string()
    }

    fn body(&mut self, top: bool, depth: usize) -> Result<Vec<Item>, usize> {
        if depth > MAX_NESTING {
            return Err(self.i);
        }
        let mut items = Vec::new();
        loop {
            self.blank()?;
            match self.peek() {
                None if top => return Ok(items),
                Some(b'}') if !top => return Ok(items),
                Some(c) if is_ident_start(c) => {}
                _ => return Err(self.i),
            }
            let start = self.i;
            let ident = self.ident();
            self.space()?;
            if self.peek() == Some(b'=') && self.at(1) != Some(b'=') {
                self.i += 1;
                self.space()?;
                let from = self.i;
                let to = self.value(depth)?;
                if to <= from {
                    return Err(from);
                }
                items.push(Item::Attr {
                    key: ident,
                    start,
                    value: from..to,
                });
            } else {
                let mut labels = Vec::new();
                loop {
                    match self.peek() {
                        Some(b'"') => labels.push(self.label()?),
                        Some(c) if is_ident_start(c) => labels.push(self.ident()),
                        Some(b'{') => break,
                        _ => return Err(self.i),
                    }
                    self.space()?;
                }
                self.i += 1;
                // As hcl-edit spans it: after the line the brace ends, when nothing else is on it.
                let mut from = self.i;
                self.space()?;
                if self.is_line_comment() {
                    self.line_comment();
                }
                if self.peek() == Some(b'\n') {
                    from = self.i + 1;
                }
                self.i = from;
                let inner = self.body(false, depth + 1)?;
                let to = self.i;
                self.i += 1;
                items.push(Item::Block(Block {
                    ident,
                    labels,
                    start,
                    body: from..to,
                    items: Arc::new(inner),
                }));
            }
            // An item ends its line (or a one-line block).
            self.space()?;
            if self.is_line_comment() {
                self.line_comment();
            }
            match self.peek() {
                None | Some(b'\n') => {}
                Some(b'}') if !top => {}
                _ => return Err(self.i),
            }
        }
    }

    /// A quoted block label without escapes or templates.
    fn label(&mut self) -> Result<String, usize> {
        let start = self.i;
        self.i += 1;
        loop {
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(self.text[start + 1..self.i - 1].to_string());
                }
                Some(b'\\' | b'\n') | None => return Err(start),
                Some(b'$' | b'%') if self.at(1) == Some(b'{') => return Err(start),
                _ => self.i += 1,
            }
        }
    }

    /// An attribute's value: to a newline, a comment or a `}` outside brackets. Returns where
    /// the value's text ends (trailing spaces and comments not included).
    fn value(&mut self, depth: usize) -> Result<usize, usize> {
        self.expr(depth, Vec::new())
    }

    /// An expression's tokens, brackets matched. With nothing `open`, an attribute's value (to
    /// a newline or a `}` outside brackets); else past the bracket that closes `open` (a
    /// template sequence). Returns where its text ends.
    fn expr(&mut self, depth: usize, mut open: Vec<u8>) -> Result<usize, usize> {
        let value = open.is_empty();
        let mut end = self.i;
        loop {
            let Some(c) = self.peek() else {
                return if value && open.is_empty() {
                    Ok(end)
                } else {
                    Err(self.i)
                };
            };
            match c {
                b'\n' | b'}' if value && open.is_empty() => return Ok(end),
                b' ' | b'\t' | b'\r' | b'\n' => self.i += 1,
                b'#' => self.line_comment(),
                b'/' if self.at(1) == Some(b'/') => self.line_comment(),
                b'/' if self.at(1) == Some(b'*') => self.block_comment()?,
                b'"' => {
                    self.string(depth + open.len())?;
                    end = self.i;
                }
                b'<' if self.at(1) == Some(b'<') => {
                    self.heredoc(depth + open.len())?;
                    end = self.i;
                }
                b'(' | b'[' | b'{' => {
                    if depth + open.len() > MAX_NESTING {
                        return Err(self.i);
                    }
                    open.push(c);
                    self.i += 1;
                    end = self.i;
                }
                b')' | b']' | b'}' => {
                    let want = match c {
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    if open.pop() != Some(want) {
                        return Err(self.i);
                    }
                    self.i += 1;
                    end = self.i;
                    if !value && open.is_empty() {
                        return Ok(end);
                    }
                }
                _ => {
                    self.plain(&IN_EXPR);
                    end = self.i;
                }
            }
        }
    }

    /// Past a run of bytes that are not `special` (at least one).
    fn plain(&mut self, special: &[bool; 256]) {
        self.i += 1;
        while self.i < self.b.len() && !special[self.b[self.i] as usize] {
            self.i += 1;
        }
    }

    /// Past the `}` that closes a template sequence (`${` or `%{`, at its `$` or `%`).
    fn sequence(&mut self, depth: usize) -> Result<(), usize> {
        self.i += 2;
        self.expr(depth, vec![b'{']).map(|_| ())
    }

    /// Past a quoted template (at its `"`).
    fn string(&mut self, depth: usize) -> Result<(), usize> {
        let start = self.i;
        if depth > MAX_NESTING {
            return Err(start);
        }
        self.i += 1;
        loop {
            match self.peek() {
                None | Some(b'\n') => return Err(start),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(b'\\') => self.i += 2,
                Some(b'$' | b'%') => self.template_char(depth)?,
                _ => self.plain(&IN_STRING),
            }
        }
    }

    /// At a `$` or `%` of a template: an escape (`$${`), a sequence, or a plain character.
    fn template_char(&mut self, depth: usize) -> Result<(), usize> {
        let c = self.peek();
        if self.at(1) == c && self.at(2) == Some(b'{') {
            self.i += 3;
        } else if self.at(1) == Some(b'{') {
            self.sequence(depth + 1)?;
        } else {
            self.i += 1;
        }
        Ok(())
    }

    /// Past a heredoc's closing marker (at its `<<`).
    fn heredoc(&mut self, depth: usize) -> Result<(), usize> {
        let start = self.i;
        self.i += 2;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        if !self.peek().is_some_and(is_ident_start) {
            return Err(start);
        }
        let from = self.i;
        while self.peek().is_some_and(is_ident) {
            self.i += 1;
        }
        let marker = &self.b[from..self.i];
        if self.peek() == Some(b'\r') {
            self.i += 1;
        }
        if self.peek() != Some(b'\n') {
            return Err(start);
        }
        self.i += 1;
        loop {
            // A line that is the marker, after spaces, closes it.
            let mut j = self.i;
            while matches!(self.b.get(j), Some(b' ' | b'\t')) {
                j += 1;
            }
            if self.b[j..].starts_with(marker) {
                let after = j + marker.len();
                if matches!(self.b.get(after), None | Some(b'\n' | b'\r')) {
                    self.i = after;
                    return Ok(());
                }
            }
            loop {
                match memchr::memchr3(b'\n', b'$', b'%', &self.b[self.i..]) {
                    None => return Err(start),
                    Some(n) => self.i += n,
                }
                if self.peek() == Some(b'\n') {
                    self.i += 1;
                    break;
                }
                self.template_char(depth)?;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scanner's items, each value shown as its text.
    fn shown(text: &str, items: &[Item], out: &mut Vec<String>, indent: usize) {
        for i in items {
            match i {
                Item::Attr { key, start, value } => out.push(format!(
                    "{}{key}@{start} = {}",
                    " ".repeat(indent),
                    &text[value.clone()]
                )),
                Item::Block(b) => {
                    out.push(format!(
                        "{}{} {:?}@{} [{}]",
                        " ".repeat(indent),
                        b.ident,
                        b.labels,
                        b.start,
                        text[b.body.clone()].trim()
                    ));
                    shown(text, &b.items, out, indent + 1);
                }
            }
        }
    }

    /// Every file's items as the scanner reads them, and as hcl-edit does (None: the scanner
    /// declines it, which is allowed).
    pub(crate) fn compare(text: &str) -> Option<(Vec<String>, Vec<String>)> {
        let mine = parse(text).ok()?;
        let body: Body = text.parse().ok()?;
        let theirs = Item::from_body(&body, text).expect("spans");
        let (mut a, mut b) = (Vec::new(), Vec::new());
        shown(text, &mine, &mut a, 0);
        shown(text, &theirs, &mut b, 0);
        Some((a, b))
    }

    #[test]
    fn the_scanner_reads_what_hcl_edit_reads() {
        let text = r#"
resource aws_s3_bucket "b" { # comment
  bucket = "a-${var.x}-b" // trailing
  tags   = { for k, v in var.tags : k => "${v}%{ if v != "" }x%{ endif }" }
  policy = <<-EOF
    {"a": "${jsonencode({ b = "}" })}", "c": "$${literal}"}
    EOF
  list = [
    1, # one
    2,
  ]
  one { a = 1 }
  /* block */ x = (1 +
    2)
  y = a.b[*].c
}
locals {
  z = <<EOT
EOT
}
"#;
        let (a, b) = compare(text).expect("both read it");
        assert_eq!(a, b);
        assert!(a.iter().any(|l| l.contains("one []@")), "{a:?}");
    }

    #[test]
    fn what_the_scanner_does_not_follow_is_an_error() {
        for text in [
            "a = \"x\n\"",
            "a = (1",
            "a = 1)",
            "b \"x\\\"y\" {\n}",
            "b {\n",
            "a = <<EOF\nno end",
            "a = 1 b = 2\n}",
        ] {
            assert!(parse(text).is_err(), "{text}");
        }
    }

    /// Every `.tf` file of `testdata/` (and of `$TFAUDIT_SKEL_DIR`, when set) reads alike.
    #[test]
    fn every_tf_file_reads_alike() {
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata"
        ))];
        if let Some(d) = std::env::var_os("TFAUDIT_SKEL_DIR") {
            dirs.push(d.into());
        }
        let (mut same, mut declined) = (0, Vec::new());
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "tf") {
                    let Ok(text) = std::fs::read_to_string(&p) else {
                        continue;
                    };
                    match compare(&text) {
                        Some((a, b)) => {
                            assert_eq!(a, b, "{}", p.display());
                            same += 1;
                        }
                        None if text.parse::<Body>().is_ok() => declined.push(p),
                        None => {}
                    }
                }
            }
        }
        assert!(same > 100, "{same}");
        assert!(declined.is_empty(), "declined: {declined:?}");
    }
}

#[cfg(test)]
mod fuzz {
    /// Random files of tricky fragments: where both readers accept one, they agree
    /// (`cargo test --release -- --ignored fuzz`; `TFAUDIT_FUZZ=N` rounds).
    #[test]
    #[ignore]
    fn fuzz_against_hcl_edit() {
        const PARTS: &[&str] = &[
            "a = 1\n",
            "b = \"x#y//z/*w\"\n",
            "c = \"${d}\"\n",
            "e = <<EOF\nline ${f} }\nEOF\n",
            "g = <<-EOT\n  x\n  EOT\n",
            "h = [\n1, # c\n2]\n",
            "i = { j = \"}\" }\n",
            "k = \"%{ if l }m%{ endif }\"\n",
            "n = \"$${o}\"\n",
            "p = \"\\\"q\\\"\"\n",
            "r = (1 +\n 2)\n",
            "s = t ? u : v\n",
            "w = [for x in y : x if x != \"]\"]\n",
            "z = \"${\"{\"}\"\n",
            "aa = <<EOF\n${ \"EOF\" }\nEOF\n",
            "bb = 1 # x = 2\n",
            "cc = 1 // y\n",
            "dd = /* c */ 2\n",
            "ee = 3 /* c */\n",
            "ff = a.b[0].c\n",
            "gg = <<EOF\n  EOF x\nEOF\n",
            "hh = \"<<EOF\"\n",
            "ii = x<<y\n",
            "jj = {\n}\n",
            "blk {\n",
            "}\n",
            "blk \"l\" {\n",
            "one { a = 1 }\n",
            "\n",
            "# comment {\n",
            "/* multi\nline } */\n",
            "kk = \"\\n${x}\\\\\"\n",
            "ll = <<EOF\n%{ for x in y }${x}%{ endfor }\nEOF\n",
            "mm = {a = 1, \"b\" = 2}\n",
            "nn = 1\r\n",
            "\tpp = 2\n",
            "qq = x.*.y\n",
            "rr = \"${ {a = \"}\"}.a }\"\n",
            "ss = <<EOF\n$${x}\n%%{y}\nEOF\n",
            "tt = [\"]\", \"[\"]\n",
        ];
        let rounds: u64 = std::env::var("TFAUDIT_FUZZ")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20000);
        let mut seed: u64 = 0x9e3779b97f4a7c15;
        let (mut both, mut agree) = (0, 0);
        for _ in 0..rounds {
            let mut text = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let n = 1 + (seed >> 60) as usize;
            for _ in 0..n {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(PARTS[(seed >> 33) as usize % PARTS.len()]);
            }
            if let Some((a, b)) = super::tests::compare(&text) {
                both += 1;
                assert_eq!(a, b, "{text:?}");
                agree += 1;
            }
        }
        eprintln!("{both} files both readers accept, {agree} alike");
        assert!(both > 100);
    }
}
