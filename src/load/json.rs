//! A compact JSON tree that borrows its strings from the input text.
//!
//! `serde_json::Value` needs about ten times the file size on large plans (a `String` per
//! key and a B-tree per object); this tree needs about three, and parses faster. Objects keep
//! their members sorted by key (last duplicate wins, as in serde_json) for binary search.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// A string from the input: borrowed when it had no escapes, owned otherwise.
pub type Str<'a> = Cow<'a, str>;

#[derive(Debug, Clone, PartialEq)]
pub enum Val<'a> {
    Null,
    Bool(bool),
    Num(f64),
    Str(Str<'a>),
    Arr(Box<[Val<'a>]>),
    Obj(Box<[(Str<'a>, Val<'a>)]>),
}

pub static NULL: Val<'static> = Val::Null;

/// Byte order of keys, as `str::cmp`. Keys are short: a loop the compiler inlines beats a
/// call to memcmp, which was a third of the run time.
#[inline]
fn key_cmp(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

#[inline]
fn key_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl<'a> Val<'a> {
    pub fn get(&self, key: &str) -> Option<&Val<'a>> {
        match self {
            Val::Obj(members) if members.len() <= 32 => members
                .iter()
                .find(|(k, _)| key_eq(k.as_bytes(), key.as_bytes()))
                .map(|(_, v)| v),
            Val::Obj(members) => members
                .binary_search_by(|(k, _)| key_cmp(k.as_bytes(), key.as_bytes()))
                .ok()
                .map(|i| &members[i].1),
            _ => None,
        }
    }

    pub fn idx(&self, i: usize) -> Option<&Val<'a>> {
        match self {
            Val::Arr(items) => items.get(i),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Val::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Val::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Val::Num(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Val<'a>]> {
        match self {
            Val::Arr(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(Str<'a>, Val<'a>)]> {
        match self {
            Val::Obj(members) => Some(members),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Val::Null)
    }

    /// Null, or an empty string, list or object: "not set" for most AWS arguments.
    pub fn is_empty(&self) -> bool {
        match self {
            Val::Null => true,
            Val::Str(s) => s.is_empty(),
            Val::Arr(items) => items.is_empty(),
            Val::Obj(members) => members.is_empty(),
            _ => false,
        }
    }

    /// The strings of a string or a list of strings.
    pub fn strings(&self) -> Vec<&str> {
        match self {
            Val::Str(s) => vec![s.as_ref()],
            Val::Arr(items) => items.iter().filter_map(Val::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// Compact JSON text, for messages and custom rules.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Val::Null => out.push_str("null"),
            Val::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Val::Num(n) => out.push_str(&format_num(*n)),
            Val::Str(s) => out.push_str(&serde_json::to_string(s.as_ref()).unwrap_or_default()),
            Val::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write_json(out);
                }
                out.push(']');
            }
            Val::Obj(members) => {
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::to_string(k.as_ref()).unwrap_or_default());
                    out.push(':');
                    v.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

/// Integers print without a fraction, as Terraform wrote them.
pub fn format_num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Parse JSON text into a borrowed tree.
pub fn parse(text: &str) -> Result<Val<'_>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let v = Val::deserialize(&mut de)?;
    de.end()?;
    Ok(v)
}

struct ValVisitor;

impl<'de> Visitor<'de> for ValVisitor {
    type Value = Val<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Val<'de>, E> {
        Ok(Val::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Val<'de>, E> {
        Ok(Val::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Val<'de>, E> {
        Ok(Val::Num(n as f64))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Val<'de>, E> {
        Ok(Val::Num(n as f64))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Val<'de>, E> {
        Ok(Val::Num(n))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Val<'de>, E> {
        Ok(Val::Str(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Val<'de>, E> {
        Ok(Val::Str(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E>(self, s: String) -> Result<Val<'de>, E> {
        Ok(Val::Str(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Val<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element()? {
            items.push(v);
        }
        Ok(Val::Arr(items.into_boxed_slice()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Val<'de>, A::Error> {
        let mut members: Vec<(Str<'de>, Val<'de>)> = Vec::new();
        while let Some(k) = map.next_key::<Key<'de>>()? {
            members.push((k.0, map.next_value()?));
        }
        Ok(object(members))
    }
}

/// An object from its members: sorted by key, the last of duplicate keys kept.
pub fn object<'a>(mut members: Vec<(Str<'a>, Val<'a>)>) -> Val<'a> {
    if !members.windows(2).all(|w| w[0].0 < w[1].0) {
        // Stable, so among duplicates the last one read stays last; keep that one.
        members.sort_by(|a, b| a.0.cmp(&b.0));
        let mut deduped: Vec<(Str, Val)> = Vec::with_capacity(members.len());
        for m in members {
            match deduped.last_mut() {
                Some(last) if last.0 == m.0 => *last = m,
                _ => deduped.push(m),
            }
        }
        members = deduped;
    }
    Val::Obj(members.into_boxed_slice())
}

/// A top-level document whose members named in `defer` are kept as unparsed JSON text.
pub struct Deferred<'a> {
    pub root: Val<'a>,
    pub raw: Vec<(Str<'a>, &'a str)>,
}

/// Parse JSON text, keeping the top-level members named in `defer` as raw text: large parts of
/// a plan that most audits never read are checked for syntax but never built into a tree.
pub fn parse_deferring<'a>(
    text: &'a str,
    defer: &'static [&'static str],
) -> Result<Deferred<'a>, serde_json::Error> {
    struct RootVisitor(&'static [&'static str]);
    impl<'de> Visitor<'de> for RootVisitor {
        type Value = Deferred<'de>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Deferred<'de>, A::Error> {
            let mut members = Vec::new();
            let mut raw = Vec::new();
            while let Some(k) = map.next_key::<Key<'de>>()? {
                if self.0.contains(&k.0.as_ref()) {
                    let v: &'de serde_json::value::RawValue = map.next_value()?;
                    raw.retain(|(key, _): &(Str<'de>, &str)| *key != k.0);
                    raw.push((k.0, v.get()));
                } else {
                    members.push((k.0, map.next_value()?));
                }
            }
            Ok(Deferred {
                root: object(members),
                raw,
            })
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Deferred<'de>, A::Error> {
            ValVisitor.visit_seq(seq).map(Deferred::whole)
        }
        fn visit_unit<E>(self) -> Result<Deferred<'de>, E> {
            Ok(Deferred::whole(Val::Null))
        }
        fn visit_bool<E>(self, b: bool) -> Result<Deferred<'de>, E> {
            Ok(Deferred::whole(Val::Bool(b)))
        }
        fn visit_i64<E>(self, n: i64) -> Result<Deferred<'de>, E> {
            Ok(Deferred::whole(Val::Num(n as f64)))
        }
        fn visit_u64<E>(self, n: u64) -> Result<Deferred<'de>, E> {
            Ok(Deferred::whole(Val::Num(n as f64)))
        }
        fn visit_f64<E>(self, n: f64) -> Result<Deferred<'de>, E> {
            Ok(Deferred::whole(Val::Num(n)))
        }
        fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Deferred<'de>, E> {
            Ok(Deferred::whole(Val::Str(Cow::Borrowed(s))))
        }
        fn visit_str<E>(self, s: &str) -> Result<Deferred<'de>, E> {
            Ok(Deferred::whole(Val::Str(Cow::Owned(s.to_owned()))))
        }
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let v = serde::Deserializer::deserialize_any(&mut de, RootVisitor(defer))?;
    de.end()?;
    Ok(v)
}

impl<'a> Deferred<'a> {
    fn whole(root: Val<'a>) -> Self {
        Deferred {
            root,
            raw: Vec::new(),
        }
    }
}

impl<'de> Deserialize<'de> for Val<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValVisitor)
    }
}

struct Key<'a>(Str<'a>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_are_sorted_and_last_duplicate_wins() {
        let v = parse(r#"{"b":1,"a":2,"b":3}"#).unwrap();
        assert_eq!(v.get("a"), Some(&Val::Num(2.0)));
        assert_eq!(v.get("b"), Some(&Val::Num(3.0)));
        assert_eq!(v.as_object().unwrap().len(), 2);
    }

    #[test]
    fn escaped_strings_are_owned_and_plain_ones_borrowed() {
        let v = parse(r#"["plain","esc\"aped"]"#).unwrap();
        assert!(matches!(v.idx(0), Some(Val::Str(Cow::Borrowed("plain")))));
        assert_eq!(v.idx(1).and_then(Val::as_str), Some("esc\"aped"));
    }

    #[test]
    fn round_trips_to_compact_json() {
        let text = r#"{"a":[1,2.5,true,null],"b":{"c":"d"}}"#;
        assert_eq!(parse(text).unwrap().to_json(), text);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = "[".repeat(100_000);
        assert!(parse(&text).is_err());
    }

    #[test]
    fn deferred_members_stay_text_until_asked_for() {
        let d = parse_deferring(r#"{"b":{"x":[1]},"a":2,"b":{"y":3}}"#, &["b"]).unwrap();
        assert_eq!(d.root.to_json(), r#"{"a":2}"#);
        assert_eq!(d.raw.len(), 1);
        assert_eq!(parse(d.raw[0].1).unwrap().to_json(), r#"{"y":3}"#);
        assert!(parse_deferring("[1,", &["b"]).is_err());
        assert!(parse_deferring(r#"{"b":[1,}"#, &["b"]).is_err());
        assert_eq!(
            parse_deferring("[1]", &["b"]).unwrap().root.to_json(),
            "[1]"
        );
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        assert!(parse("{} x").is_err());
    }
}
