//! A compact JSON tree whose strings borrow from the input text ([`parse`]) or are copied into
//! an arena with its arrays and objects ([`parse_in`], what the audit uses, so that the text
//! can be freed once parsed).
//!
//! `serde_json::Value` needs about ten times the file size on large plans (a `String` per
//! key and a B-tree per object); this tree needs about the file size, and parses in half the
//! time. Objects keep their members sorted by key (last duplicate wins, as in serde_json) for
//! binary search.

use bumpalo::Bump;
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// A string: borrowed from the input when it had no escapes, owned otherwise. Twelve bytes
/// (a pointer and a 31-bit length whose top bit says "owned"), so that a [`Val`] is sixteen
/// bytes and an object member thirty-two: the tree of a large plan is half what it was with
/// `Cow<str>` and `Box<[T]>`.
#[repr(C, packed)]
pub struct Str<'a> {
    ptr: NonNull<u8>,
    len: u32,
    _text: PhantomData<&'a str>,
}

const OWNED: u32 = 1 << 31;

// Safety: a `Str` is a `&str` or a `Box<str>`, both of which are Send and Sync.
unsafe impl Send for Str<'_> {}
unsafe impl Sync for Str<'_> {}

impl<'a> Str<'a> {
    /// The longest string the tree holds (2 GB); longer ones are a parse error.
    pub const MAX: usize = (OWNED - 1) as usize;

    pub fn borrowed(s: &'a str) -> Self {
        assert!(s.len() <= Self::MAX, "string longer than 2 GB");
        Str {
            ptr: NonNull::from(s.as_bytes()).cast(),
            len: s.len() as u32,
            _text: PhantomData,
        }
    }

    pub fn owned(s: String) -> Self {
        assert!(s.len() <= Self::MAX, "string longer than 2 GB");
        let len = s.len() as u32;
        let ptr = NonNull::from(Box::leak(s.into_boxed_str())).cast();
        Str {
            ptr,
            len: len | OWNED,
            _text: PhantomData,
        }
    }

    pub fn as_str(&self) -> &str {
        let (ptr, len) = (self.ptr, self.len & !OWNED);
        // Safety: `ptr` and `len` come from a `&'a str` or a leaked `Box<str>` that lives
        // until `drop`.
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(ptr.as_ptr(), len as usize))
        }
    }

    pub fn is_owned(&self) -> bool {
        self.len & OWNED != 0
    }
}

impl Drop for Str<'_> {
    fn drop(&mut self) {
        if self.is_owned() {
            let (ptr, len) = (self.ptr, (self.len & !OWNED) as usize);
            // Safety: an owned `Str` was made from `Box<str>` by `owned`.
            unsafe {
                drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                    ptr.as_ptr(),
                    len,
                )));
            }
        }
    }
}

impl Clone for Str<'_> {
    fn clone(&self) -> Self {
        if self.is_owned() {
            Str::owned(self.as_str().to_owned())
        } else {
            Str { ..*self }
        }
    }
}

impl std::ops::Deref for Str<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Str<'_> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Str<'_> {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq for Str<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Eq for Str<'_> {}
impl PartialEq<str> for Str<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}
impl PartialEq<&str> for Str<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
impl PartialEq<String> for Str<'_> {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}
impl PartialOrd for Str<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Str<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}
impl std::hash::Hash for Str<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}

impl<'a> From<&'a str> for Str<'a> {
    fn from(s: &'a str) -> Self {
        Str::borrowed(s)
    }
}
impl<'a> From<&'a String> for Str<'a> {
    fn from(s: &'a String) -> Self {
        Str::borrowed(s)
    }
}
impl From<String> for Str<'_> {
    fn from(s: String) -> Self {
        Str::owned(s)
    }
}
impl<'a> From<Cow<'a, str>> for Str<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        match s {
            Cow::Borrowed(b) => Str::borrowed(b),
            Cow::Owned(o) => Str::owned(o),
        }
    }
}

/// A slice in twelve bytes (a pointer and a 31-bit length whose top bit says "in an
/// arena"): `Box<[T]>` in less room, or a slice of a parse's arena, whose memory the arena
/// frees (one allocation per chunk instead of one per array and object).
#[repr(C, packed)]
pub struct List<T> {
    ptr: NonNull<T>,
    len: u32,
    _owns: PhantomData<Box<[T]>>,
}

const IN_ARENA: u32 = 1 << 31;

// Safety: a `List<T>` is a `Box<[T]>` or owns the elements of a `&mut [T]`.
unsafe impl<T: Send> Send for List<T> {}
unsafe impl<T: Sync> Sync for List<T> {}

impl<T> List<T> {
    /// The most elements a list holds; more is a parse error.
    pub const MAX: usize = (IN_ARENA - 1) as usize;

    /// A list of the elements of `slice`, which it owns: they are dropped with it, and the
    /// memory is not freed.
    ///
    /// # Safety
    /// `slice` lives as long as the list (an arena the list's elements borrow from), and
    /// nothing else drops its elements.
    unsafe fn in_arena(slice: &mut [T]) -> Self {
        assert!(slice.len() <= Self::MAX, "list longer than 2G elements");
        List {
            len: slice.len() as u32 | IN_ARENA,
            ptr: NonNull::from(slice).cast(),
            _owns: PhantomData,
        }
    }

    fn is_in_arena(&self) -> bool {
        self.len & IN_ARENA != 0
    }

    pub fn as_slice(&self) -> &[T] {
        let (ptr, len) = (self.ptr, self.len & !IN_ARENA);
        // Safety: made from a `Box<[T]>` or an arena's slice of `len` elements that lives
        // until `drop`.
        unsafe { std::slice::from_raw_parts(ptr.as_ptr(), len as usize) }
    }

    pub fn into_vec(self) -> Vec<T> {
        let (ptr, len) = (self.ptr, (self.len & !IN_ARENA) as usize);
        let in_arena = self.is_in_arena();
        std::mem::forget(self);
        if in_arena {
            // Safety: the elements are moved out once (`self` is forgotten, so not dropped);
            // the arena keeps the memory.
            return (0..len)
                .map(|i| unsafe { std::ptr::read(ptr.as_ptr().add(i)) })
                .collect();
        }
        // Safety: as in `drop`; `self` is forgotten, so the box is taken over once.
        unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr.as_ptr(), len)) }.into_vec()
    }
}

impl<T> From<Box<[T]>> for List<T> {
    fn from(b: Box<[T]>) -> Self {
        assert!(b.len() <= Self::MAX, "list longer than 2G elements");
        let len = b.len() as u32;
        List {
            ptr: NonNull::from(Box::leak(b)).cast(),
            len,
            _owns: PhantomData,
        }
    }
}
impl<T> From<Vec<T>> for List<T> {
    fn from(v: Vec<T>) -> Self {
        v.into_boxed_slice().into()
    }
}
impl<T, const N: usize> From<[T; N]> for List<T> {
    fn from(a: [T; N]) -> Self {
        Box::<[T]>::from(a).into()
    }
}
impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        it.into_iter().collect::<Box<[T]>>().into()
    }
}

impl<T> Drop for List<T> {
    fn drop(&mut self) {
        let (ptr, len) = (self.ptr, (self.len & !IN_ARENA) as usize);
        if self.is_in_arena() {
            // Safety: the list owns the elements (`in_arena`); the arena frees the memory.
            unsafe {
                std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(ptr.as_ptr(), len))
            };
            return;
        }
        // Safety: made from a `Box<[T]>` of `len` elements by `From<Box<[T]>>`.
        unsafe {
            drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                ptr.as_ptr(),
                len,
            )))
        }
    }
}

impl<T: Clone> Clone for List<T> {
    fn clone(&self) -> Self {
        self.as_slice().iter().cloned().collect()
    }
}

impl<T> std::ops::Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<'l, T> IntoIterator for &'l List<T> {
    type Item = &'l T;
    type IntoIter = std::slice::Iter<'l, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T: PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Val<'a> {
    Null,
    Bool(bool),
    Num(f64),
    Str(Str<'a>),
    Arr(List<Val<'a>>),
    Obj(List<(Str<'a>, Val<'a>)>),
}

const _: () = assert!(std::mem::size_of::<Val>() == 16);
const _: () = assert!(std::mem::size_of::<(Str, Val)>() == 32);

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

/// Parse JSON text into a tree that borrows its strings from the text.
pub fn parse(text: &str) -> Result<Val<'_>, serde_json::Error> {
    let scratch = RefCell::new(Scratch::default());
    let mut de = serde_json::Deserializer::from_str(text);
    let v = Seed(&scratch, &Borrow).deserialize(&mut de)?;
    de.end()?;
    Ok(v)
}

/// Parse JSON text into a tree whose strings are copied into `arena`, object keys once each:
/// the text can be freed after the parse. On large plans the keys are two thirds of the
/// string bytes but a few hundred distinct names, and the strings a sixth of the text.
pub fn parse_in<'a>(text: &str, arena: &'a Bump) -> Result<Val<'a>, serde_json::Error> {
    let scratch = RefCell::new(Scratch::default());
    let strings = Arena::new(arena);
    let mut de = serde_json::Deserializer::from_str(text);
    let v = Seed(&scratch, &strings).deserialize(&mut de)?;
    de.end()?;
    Ok(v)
}

/// Where a parse keeps the strings of its tree.
trait Strings<'de, 'a> {
    /// An object key from the text.
    fn key(&self, s: &'de str) -> Str<'a>;
    /// A string value from the text.
    fn text(&self, s: &'de str) -> Str<'a>;
    /// A string that had escapes, unescaped by the parser.
    fn unescaped(&self, s: &str) -> Str<'a>;
    /// The elements of an array or the members of an object.
    fn list<T>(&self, items: impl ExactSizeIterator<Item = T>) -> List<T>;
}

/// Strings borrowed from the text; those that had escapes owned.
struct Borrow;

impl<'a> Strings<'a, 'a> for Borrow {
    fn key(&self, s: &'a str) -> Str<'a> {
        Str::borrowed(s)
    }
    fn text(&self, s: &'a str) -> Str<'a> {
        Str::borrowed(s)
    }
    fn unescaped(&self, s: &str) -> Str<'a> {
        Str::owned(s.to_owned())
    }
    fn list<T>(&self, items: impl ExactSizeIterator<Item = T>) -> List<T> {
        items.collect()
    }
}

/// Strings copied into an arena; a key seen recently is not copied again.
struct Arena<'a> {
    arena: &'a Bump,
    /// The keys last copied, by a hash of their text (direct-mapped: a collision copies a key
    /// once more, never gives a wrong one).
    keys: RefCell<Box<[&'a str]>>,
    hasher: foldhash::fast::FixedState,
}

const KEY_SLOTS: usize = 1024;

impl<'a> Arena<'a> {
    fn new(arena: &'a Bump) -> Self {
        Arena {
            arena,
            keys: RefCell::new(vec![""; KEY_SLOTS].into_boxed_slice()),
            hasher: foldhash::fast::FixedState::with_seed(0),
        }
    }
}

impl<'de, 'a> Strings<'de, 'a> for Arena<'a> {
    fn key(&self, s: &'de str) -> Str<'a> {
        use std::hash::BuildHasher;
        let slot = self.hasher.hash_one(s) as usize % KEY_SLOTS;
        let mut keys = self.keys.borrow_mut();
        if keys[slot] != s {
            keys[slot] = self.arena.alloc_str(s);
        }
        Str::borrowed(keys[slot])
    }
    fn text(&self, s: &'de str) -> Str<'a> {
        Str::borrowed(self.arena.alloc_str(s))
    }
    fn unescaped(&self, s: &str) -> Str<'a> {
        Str::borrowed(self.arena.alloc_str(s))
    }
    fn list<T>(&self, items: impl ExactSizeIterator<Item = T>) -> List<T> {
        // Safety: the tree's values borrow the arena (`Val<'a>`), so it outlives their lists;
        // the list alone drops the elements it is given.
        unsafe { List::in_arena(self.arena.alloc_slice_fill_iter(items)) }
    }
}

/// The elements and members of the arrays and objects being read, as two stacks: each node
/// takes its own off the top into one allocation of the exact size (a `Vec` per node grew by
/// doubling and left the allocator a fifth more memory than the tree).
#[derive(Default)]
struct Scratch<'a> {
    items: Vec<Val<'a>>,
    members: Vec<(Str<'a>, Val<'a>)>,
}

struct Seed<'s, 'a, S>(&'s RefCell<Scratch<'a>>, &'s S);

impl<S> Clone for Seed<'_, '_, S> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<S> Copy for Seed<'_, '_, S> {}

impl<'de, 'a, S: Strings<'de, 'a>> DeserializeSeed<'de> for Seed<'_, 'a, S> {
    type Value = Val<'a>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Val<'a>, D::Error> {
        d.deserialize_any(self)
    }
}

fn checked<E: de::Error>(s: &str) -> Result<(), E> {
    if s.len() > Str::MAX {
        return Err(E::custom("a string longer than 2 GB"));
    }
    Ok(())
}

impl<'de, 'a, S: Strings<'de, 'a>> Visitor<'de> for Seed<'_, 'a, S> {
    type Value = Val<'a>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Val<'a>, E> {
        Ok(Val::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Val<'a>, E> {
        Ok(Val::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Val<'a>, E> {
        Ok(Val::Num(n as f64))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Val<'a>, E> {
        Ok(Val::Num(n as f64))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Val<'a>, E> {
        Ok(Val::Num(n))
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Val<'a>, E> {
        checked(s)?;
        Ok(Val::Str(self.1.text(s)))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Val<'a>, E> {
        checked(s)?;
        Ok(Val::Str(self.1.unescaped(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Val<'a>, A::Error> {
        let start = self.0.borrow().items.len();
        while let Some(v) = seq.next_element_seed(self)? {
            self.0.borrow_mut().items.push(v);
        }
        let mut scratch = self.0.borrow_mut();
        if scratch.items.len() - start > List::<Val>::MAX {
            return Err(de::Error::custom("an array of more than 2G elements"));
        }
        Ok(Val::Arr(self.1.list(scratch.items.drain(start..))))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Val<'a>, A::Error> {
        let start = self.0.borrow().members.len();
        while let Some(k) = map.next_key_seed(KeySeed(self.1, PhantomData))? {
            let v = map.next_value_seed(self)?;
            self.0.borrow_mut().members.push((k, v));
        }
        let mut scratch = self.0.borrow_mut();
        if scratch.members.len() - start > List::<Val>::MAX {
            return Err(de::Error::custom("an object of more than 2G members"));
        }
        sort_members(&mut scratch.members, start);
        Ok(Val::Obj(self.1.list(scratch.members.drain(start..))))
    }
}

/// The members from `start` on sorted by key, in place, the last of duplicate keys kept.
fn sort_members(members: &mut Vec<(Str, Val)>, start: usize) {
    let tail = &mut members[start..];
    if tail
        .windows(2)
        .all(|w| key_cmp(w[0].0.as_bytes(), w[1].0.as_bytes()).is_lt())
    {
        return;
    }
    // Stable, so among duplicates the last one read stays last; keep that one.
    tail.sort_by(|a, b| key_cmp(a.0.as_bytes(), b.0.as_bytes()));
    // The last of each run of equal keys moves down to `kept`; the rest end past it.
    let mut kept = start;
    for i in start..members.len() {
        if i + 1 < members.len() && members[i].0 == members[i + 1].0 {
            continue;
        }
        members.swap(kept, i);
        kept += 1;
    }
    members.truncate(kept);
}

/// An object from its members: sorted by key, the last of duplicate keys kept.
pub fn object<'a>(mut members: Vec<(Str<'a>, Val<'a>)>) -> Val<'a> {
    sort_members(&mut members, 0);
    Val::Obj(members.into())
}

/// A top-level document whose members named in `defer` are kept as unparsed JSON text.
pub struct Deferred<'t, 'a> {
    pub root: Val<'a>,
    pub raw: Vec<(Str<'a>, &'t str)>,
}

/// [`parse_in`], keeping the top-level members named in `defer` as raw text: large parts of a
/// plan that most audits never read are checked for syntax but never built into a tree.
pub fn parse_deferring<'t, 'a>(
    text: &'t str,
    defer: &'static [&'static str],
    arena: &'a Bump,
) -> Result<Deferred<'t, 'a>, serde_json::Error> {
    struct RootVisitor<'s, 'a, S>(&'static [&'static str], Seed<'s, 'a, S>);
    impl<'de, 'a, S: Strings<'de, 'a>> Visitor<'de> for RootVisitor<'_, 'a, S> {
        type Value = Deferred<'de, 'a>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut members = Vec::new();
            let mut raw = Vec::new();
            while let Some(k) = map.next_key_seed(KeySeed(self.1 .1, PhantomData))? {
                if self.0.contains(&k.as_str()) {
                    let v: &'de serde_json::value::RawValue = map.next_value()?;
                    raw.retain(|(key, _): &(Str<'a>, &str)| *key != k);
                    raw.push((k, v.get()));
                } else {
                    members.push((k, map.next_value_seed(self.1)?));
                }
            }
            Ok(Deferred {
                root: object(members),
                raw,
            })
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            self.1.visit_seq(seq).map(Deferred::whole)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(Deferred::whole(Val::Null))
        }
        fn visit_bool<E>(self, b: bool) -> Result<Self::Value, E> {
            Ok(Deferred::whole(Val::Bool(b)))
        }
        fn visit_i64<E>(self, n: i64) -> Result<Self::Value, E> {
            Ok(Deferred::whole(Val::Num(n as f64)))
        }
        fn visit_u64<E>(self, n: u64) -> Result<Self::Value, E> {
            Ok(Deferred::whole(Val::Num(n as f64)))
        }
        fn visit_f64<E>(self, n: f64) -> Result<Self::Value, E> {
            Ok(Deferred::whole(Val::Num(n)))
        }
        fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
            self.1.visit_borrowed_str(s).map(Deferred::whole)
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
            self.1.visit_str(s).map(Deferred::whole)
        }
    }
    let scratch = RefCell::new(Scratch::default());
    let strings = Arena::new(arena);
    let mut de = serde_json::Deserializer::from_str(text);
    let v = serde::Deserializer::deserialize_any(
        &mut de,
        RootVisitor(defer, Seed(&scratch, &strings)),
    )?;
    de.end()?;
    Ok(v)
}

/// [`parse_deferring`] on several threads, for large plans. This thread scans the top-level
/// object, following only strings and brackets; each top-level array's elements go, in parts
/// of about [`PART_BYTES`] as the scan finds them, to the thread pool, which parses each part
/// into its own arena from `lane`; deferred members are checked for syntax there too. Smaller
/// members are parsed here.
///
/// `None` when the scan cannot vouch for the text (not an object, a separator out of place, a
/// key with escapes, nesting deeper than [`SPLIT_DEPTH`]) or any part fails to parse: the
/// caller then parses on one thread, which gives the same tree or the same error. Each span is
/// parsed to its end as one value and every byte between spans is checked by the scan, so the
/// text is valid exactly when the scan and every part succeed.
pub fn parse_deferring_parallel<'t, 'a>(
    text: &'t str,
    defer: &'static [&'static str],
    arena: &'a Bump,
    lane: impl FnMut() -> &'a mut Bump,
) -> Option<Deferred<'t, 'a>> {
    parse_split(text, defer, arena, lane, PART_BYTES)
}

fn parse_split<'t, 'a>(
    text: &'t str,
    defer: &'static [&'static str],
    arena: &'a Bump,
    mut lane: impl FnMut() -> &'a mut Bump,
    part_bytes: usize,
) -> Option<Deferred<'t, 'a>> {
    use std::sync::atomic::{AtomicBool, Ordering};
    let b = text.as_bytes();
    let scratch = RefCell::new(Scratch::default());
    let strings = Arena::new(arena);
    let mut members: Vec<(Str<'a>, Val<'a>)> = Vec::new();
    let mut raw: Vec<(Str<'a>, &'t str)> = Vec::new();
    // What the pool parsed: (member, part, elements); and whether every part and check passed.
    let parts = std::sync::Mutex::new(Vec::new());
    let good = AtomicBool::new(true);
    let scanned = rayon::in_place_scope(|s| {
        let (parts, good) = (&parts, &good);
        let mut i = skip_ws(b, 0);
        if *b.get(i)? != b'{' {
            return None;
        }
        i = skip_ws(b, i + 1);
        if *b.get(i)? == b'}' {
            return (skip_ws(b, i + 1) == b.len()).then_some(());
        }
        loop {
            if *b.get(i)? != b'"' {
                return None;
            }
            let key_end = string_end(b, i)?;
            // Keys are taken as they are written: no escapes, no control characters.
            let name = &text[i + 1..key_end - 1];
            if name.bytes().any(|c| c == b'\\' || c < 0x20) {
                return None;
            }
            let key = strings.key(name);
            i = skip_ws(b, key_end);
            if *b.get(i)? != b':' {
                return None;
            }
            i = skip_ws(b, i + 1);
            if defer.contains(&name) {
                let end = value_end(b, i, SPLIT_DEPTH - 1)?;
                let value = &text[i..end];
                s.spawn(move |_| {
                    let mut de = serde_json::Deserializer::from_str(value);
                    if de::IgnoredAny::deserialize(&mut de).is_err() || de.end().is_err() {
                        good.store(false, Ordering::Relaxed);
                    }
                });
                raw.retain(|(k, _)| *k != name);
                raw.push((key, value));
                i = end;
            } else if *b.get(i)? == b'[' {
                let m = members.len();
                members.push((key, Val::Arr(std::iter::empty().collect())));
                i = split_array(b, i, part_bytes, |n, start, ends| {
                    let lane = lane();
                    s.spawn(move |_| match parse_elements(&text[start..], &ends, lane) {
                        Some(v) => parts
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .push((m, n, v)),
                        None => good.store(false, Ordering::Relaxed),
                    });
                })?;
            } else {
                let end = value_end(b, i, SPLIT_DEPTH - 1)?;
                members.push((key, parse_span(&text[i..end], &scratch, &strings)?));
                i = end;
            }
            i = skip_ws(b, i);
            match *b.get(i)? {
                b',' => i = skip_ws(b, i + 1),
                b'}' => return (skip_ws(b, i + 1) == b.len()).then_some(()),
                _ => return None,
            }
        }
    });
    scanned?;
    if !good.into_inner() {
        return None;
    }
    let mut parts = parts.into_inner().unwrap_or_else(|p| p.into_inner());
    parts.sort_unstable_by_key(|&(m, n, _)| (m, n));
    let mut parts = parts.into_iter().peekable();
    while let Some((m, _, first)) = parts.next() {
        let mut all = first;
        while let Some((_, _, more)) = parts.next_if(|p| p.0 == m) {
            all.extend(more);
        }
        members[m].1 = Val::Arr(all.into_iter().collect());
    }
    Some(Deferred {
        root: object(members),
        raw,
    })
}

/// The size of the parts a top-level array is parsed in (see [`parse_deferring_parallel`]).
const PART_BYTES: usize = 256 << 10;

/// Nesting the split accepts: the one-thread parse counts depth from the top of the document
/// (serde_json stops at 128), a part's parse from the part, so deeper texts are left to it.
const SPLIT_DEPTH: usize = 64;

/// One value parsed from the whole of `span`.
fn parse_span<'a>(
    span: &str,
    scratch: &RefCell<Scratch<'a>>,
    strings: &Arena<'a>,
) -> Option<Val<'a>> {
    let mut de = serde_json::Deserializer::from_str(span);
    let v = Seed(scratch, strings).deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(v)
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// Past the closing quote of the string that opens at `b[i]`.
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    loop {
        let j = i + memchr::memchr2(b'"', b'\\', b.get(i..)?)?;
        if b[j] == b'"' {
            return Some(j + 1);
        }
        i = j + 2;
    }
}

/// Past the end of the value that starts at `b[i]`, if it nests at most `depth` deep.
fn value_end(b: &[u8], i: usize, depth: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut open = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'"' => {
                        j = string_end(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => {
                        open += 1;
                        if open > depth {
                            return None;
                        }
                    }
                    b'}' | b']' => {
                        open -= 1;
                        if open == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            None
        }
        _ => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

/// Scans the array that opens at `b[i]`, handing its elements to `part` in numbered parts of
/// about `part_bytes`: where the part starts, and the end of each element from there (four
/// bytes an element: a hostile array of one-digit numbers would need more for ranges than
/// its text); returns the index past the array.
fn split_array(
    b: &[u8],
    i: usize,
    part_bytes: usize,
    mut part: impl FnMut(usize, usize, Vec<u32>),
) -> Option<usize> {
    let mut n = 0;
    let mut i = skip_ws(b, i + 1);
    if *b.get(i)? == b']' {
        return Some(i + 1);
    }
    let (mut start, mut ends) = (i, Vec::new());
    loop {
        let end = value_end(b, i, SPLIT_DEPTH - 2)?;
        ends.push(u32::try_from(end - start).ok()?);
        if end - start >= part_bytes {
            part(n, start, std::mem::take(&mut ends));
            n += 1;
        }
        i = skip_ws(b, end);
        match *b.get(i)? {
            b',' => {
                i = skip_ws(b, i + 1);
                if ends.is_empty() {
                    start = i;
                }
            }
            b']' => {
                if !ends.is_empty() {
                    part(n, start, ends);
                }
                return Some(i + 1);
            }
            _ => return None,
        }
    }
}

/// The elements of one part of an array (see [`split_array`]), each parsed to its end.
fn parse_elements<'a>(text: &str, ends: &[u32], lane: &'a mut Bump) -> Option<Vec<Val<'a>>> {
    let scratch = RefCell::new(Scratch::default());
    let strings = Arena::new(lane);
    let b = text.as_bytes();
    let mut at = 0;
    ends.iter()
        .map(|&end| {
            let end = end as usize;
            let v = parse_span(&text[at..end], &scratch, &strings);
            // The separator was checked by the scan: blanks, a comma, blanks.
            at = skip_ws(b, skip_ws(b, end) + 1);
            v
        })
        .collect()
}

impl<'a> Deferred<'_, 'a> {
    fn whole(root: Val<'a>) -> Self {
        Deferred {
            root,
            raw: Vec::new(),
        }
    }
}

impl<'de> Deserialize<'de> for Val<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let scratch = RefCell::new(Scratch::default());
        Seed(&scratch, &Borrow).deserialize(d)
    }
}

struct KeySeed<'s, 'a, S>(&'s S, PhantomData<Str<'a>>);

impl<'de, 'a, S: Strings<'de, 'a>> DeserializeSeed<'de> for KeySeed<'_, 'a, S> {
    type Value = Str<'a>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Str<'a>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, 'a, S: Strings<'de, 'a>> Visitor<'de> for KeySeed<'_, 'a, S> {
    type Value = Str<'a>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object key")
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Str<'a>, E> {
        checked(s)?;
        Ok(self.0.key(s))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Str<'a>, E> {
        checked(s)?;
        Ok(self.0.unescaped(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFER: &[&str] = &["planned_values", "checks"];

    /// The split parse of `text` in parts of `part_bytes`, beside the one-thread parse: the same
    /// tree and deferred members, or `None` when it declines. Returns whether it declined.
    fn split_matches(text: &str, part_bytes: usize) -> bool {
        let (one, many) = (Bump::new(), Bump::new());
        let mut lanes: Vec<Bump> = (0..text.len() / part_bytes.max(1) + 8)
            .map(|_| Bump::new())
            .collect();
        let mut lanes = lanes.iter_mut();
        let split = parse_split(text, DEFER, &many, || lanes.next().unwrap(), part_bytes);
        let whole = parse_deferring(text, DEFER, &one);
        let declined = match (split, whole) {
            (Some(s), Ok(w)) => {
                assert!(s.root == w.root, "{text:.200}");
                assert_eq!(s.raw, w.raw, "{text:.200}");
                false
            }
            (Some(_), Err(e)) => {
                panic!("split parse accepted what the parse refuses ({e}): {text:.200}")
            }
            (None, _) => true,
        };
        declined
    }

    fn depth(v: &Val) -> usize {
        match v {
            Val::Arr(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
            Val::Obj(members) => 1 + members.iter().map(|(_, v)| depth(v)).max().unwrap_or(0),
            _ => 0,
        }
    }

    #[test]
    fn split_parse_of_real_plans_matches_one_thread() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata");
        let mut dirs = vec![std::path::PathBuf::from(root)];
        let mut plans = 0;
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.file_name().is_some_and(|n| n == "plan.json") {
                    let text = std::fs::read_to_string(&p).unwrap();
                    // Real plans are split, in parts of one element and of several, unless
                    // they nest deeper than the split follows (hand-made hostile ones).
                    let arena = Bump::new();
                    let Ok(whole) = parse_in(&text, &arena) else {
                        continue;
                    };
                    let shallow = depth(&whole) < SPLIT_DEPTH - 2;
                    for part in [1, 4096] {
                        assert_eq!(split_matches(&text, part), !shallow, "{}", p.display());
                    }
                    plans += 1;
                }
            }
        }
        assert!(plans > 100, "{plans} plans");
    }

    #[test]
    fn split_parse_declines_or_matches_on_hostile_text() {
        let deep = |n: usize| format!(r#"{{"a":[{}1{}]}}"#, "[".repeat(n), "]".repeat(n));
        let declined = [
            r#"{"a":[1,2 3]}"#,
            r#"{"a":[1,2,]}"#,
            r#"{"a":[1,,2]}"#,
            r#"{"a":1 "b":2}"#,
            r#"{"a":1,}"#,
            r#"{"a\"b":1}"#,
            r#"{"a":[1]} x"#,
            r#"{"a":[1]}}"#,
            r#"{"a":[{"b":"}"},{"c":]}]}"#,
            r#"{"a":[{"b":1}}]}"#,
            r#"{"a":[{"b":1]]}"#,
            r#"{"a":[tru]}"#,
            r#"{"planned_values":{"x":tru},"resource_changes":[]}"#,
            r#"{"checks":[1,2 3],"a":[1]}"#,
            r#"[1,2]"#,
            r#""x""#,
            r#"{"a":"unterminated}"#,
            r#"{"a":["\u12"]}"#,
            r#"{"a":[1"#,
            "",
        ];
        for text in declined {
            assert!(split_matches(text, 1), "not declined: {text}");
        }
        let (nested, too_deep) = (deep(40), deep(130));
        let matched = [
            r#"{}"#,
            " { } ",
            r#"{"a":[]}"#,
            r#"{"a":[ ]}"#,
            r#"{"resource_changes":[1],"resource_changes":[2,3]}"#,
            r#"{"checks":1,"a":[{"z":1,"b":2}],"checks":[2]}"#,
            r#"{"a":["\\\"]\\\\","x\\\\",{"}":"]["}],"b":{"c":[1,{"d":null}]}}"#,
            "{\n  \"a\": [\n    1 ,\n    {\"b\": true}\n  ],\n  \"n\": -1.5e3\n}\n",
            &nested,
        ];
        for text in matched {
            assert!(!split_matches(text, 1), "declined: {text}");
        }
        // Deeper than the split follows: left to the one-thread parse, which refuses it.
        assert!(split_matches(&too_deep, 1));
    }

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
        assert!(matches!(v.idx(0), Some(Val::Str(s)) if !s.is_owned() && s == "plain"));
        assert!(matches!(v.idx(1), Some(Val::Str(s)) if s.is_owned()));
        assert_eq!(v.idx(1).and_then(Val::as_str), Some("esc\"aped"));
    }

    #[test]
    fn owned_values_drop_and_clone() {
        let v = Val::Arr(
            [
                Val::Str(String::from("owned").into()),
                object(vec![
                    ("k".into(), Val::Str("x".into())),
                    ("a".into(), Val::Null),
                ]),
            ]
            .into(),
        );
        let w = v.clone();
        drop(v);
        assert_eq!(w.to_json(), r#"["owned",{"a":null,"k":"x"}]"#);
        let Val::Arr(items) = w else { unreachable!() };
        assert_eq!(items.into_vec().len(), 2);
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
        let arena = Bump::new();
        let d = parse_deferring(r#"{"b":{"x":[1]},"a":2,"b":{"y":3}}"#, &["b"], &arena).unwrap();
        assert_eq!(d.root.to_json(), r#"{"a":2}"#);
        assert_eq!(d.raw.len(), 1);
        assert_eq!(parse(d.raw[0].1).unwrap().to_json(), r#"{"y":3}"#);
        assert!(parse_deferring("[1,", &["b"], &arena).is_err());
        assert!(parse_deferring(r#"{"b":[1,}"#, &["b"], &arena).is_err());
        assert_eq!(
            parse_deferring("[1]", &["b"], &arena)
                .unwrap()
                .root
                .to_json(),
            "[1]"
        );
    }

    #[test]
    fn an_arena_tree_outlives_its_text() {
        let arena = Bump::new();
        let text = String::from(r#"[{"key":"a\"b"},{"key":"c"},{"key":"c"}]"#);
        let tree = parse_in(&text, &arena).unwrap();
        drop(text);
        assert_eq!(
            tree.to_json(),
            r#"[{"key":"a\"b"},{"key":"c"},{"key":"c"}]"#
        );
        // One copy of a key however often it occurs.
        let keys: Vec<*const u8> = tree
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o.as_object().unwrap()[0].0.as_ptr())
            .collect();
        assert!(keys[0] == keys[1] && keys[1] == keys[2]);
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        assert!(parse("{} x").is_err());
    }
}
