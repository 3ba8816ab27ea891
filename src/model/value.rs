//! Attribute values as rules see them: known, not set (AWS default applies), coming from other
//! resources, or unresolved — never silently one of the others.

use super::resolve::{Leaf, Resolved};
use super::{ResId, Resource, Stack};
use crate::load::json::{format_num, Val, NULL};

/// What messages print instead of a sensitive value.
pub const SENSITIVE: &str = "(sensitive)";

/// The effective value of an attribute.
#[derive(Debug, Clone)]
pub enum Eff<'p> {
    /// Known at plan time (null when the plan says so).
    Known(&'p Val<'p>),
    /// Unknown in the plan, and the configuration does not set it: AWS's default applies.
    NotSet,
    /// Unknown in the plan, and set from other resources' attributes (IDs, ARNs): it will exist.
    FromResources { ids: Vec<ResId>, reference: String },
    /// Unknown in the plan, and the configuration cannot be followed.
    Unresolved(String),
}

impl<'p> Eff<'p> {
    /// The value as a string, when it is a known string.
    pub fn clone_known(&self) -> Option<String> {
        match self {
            Eff::Known(Val::Str(s)) => Some(s.to_string()),
            _ => None,
        }
    }
}

/// How many elements the list at `path` has (0 when it is absent or not a list).
pub fn count(root: &Val, path: &str) -> usize {
    lookup(root, path)
        .and_then(Val::as_array)
        .map_or(0, <[Val]>::len)
}

/// Navigate a dotted path; numeric segments index lists.
pub fn lookup<'a, 'p>(root: &'a Val<'p>, path: &str) -> Option<&'a Val<'p>> {
    let mut cur = root;
    for seg in path.split('.').filter(|s| !s.is_empty()) {
        cur = match cur {
            Val::Arr(items) => items.get(seg.parse::<usize>().ok()?)?,
            Val::Obj(_) => cur.get(seg)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// Whether a mask (`after_unknown`, `after_sensitive`) marks the path or a parent of it.
pub fn masked(mask: &Val, path: &str) -> bool {
    let mut cur = mask;
    for seg in path.split('.').filter(|s| !s.is_empty()) {
        if matches!(cur, Val::Bool(true)) {
            return true;
        }
        cur = match cur {
            Val::Arr(items) => match seg.parse::<usize>().ok().and_then(|i| items.get(i)) {
                Some(v) => v,
                None => return false,
            },
            Val::Obj(_) => match cur.get(seg) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    matches!(cur, Val::Bool(true))
}

/// Whether a mask marks the path, a parent of it, or anything inside it (a list with one
/// sensitive element is not printable as a whole).
pub fn masked_within(mask: &Val, path: &str) -> bool {
    fn any(v: &Val, depth: usize) -> bool {
        match v {
            Val::Bool(b) => *b,
            Val::Arr(items) if depth < 64 => items.iter().any(|v| any(v, depth + 1)),
            Val::Obj(members) if depth < 64 => members.iter().any(|(_, v)| any(v, depth + 1)),
            _ => false,
        }
    }
    if masked(mask, path) {
        return true;
    }
    lookup(mask, path).is_some_and(|m| any(m, 0))
}

pub(crate) fn is_known(r: &Resource, path: &str) -> bool {
    lookup(r.values, path).is_some() && !masked(r.unknown, path)
}

/// Whether the top-level attribute `attr` is, or contains, a value known only after apply
/// (a nested block's field, a list element).
pub(crate) fn has_unknown(r: &Resource, attr: &str) -> bool {
    !is_known(r, attr) || r.unknown.get(attr).is_some_and(any_true)
}

/// Whether a mask marks anything inside it.
fn any_true(v: &Val) -> bool {
    match v {
        Val::Bool(b) => *b,
        Val::Arr(items) => items.iter().any(any_true),
        Val::Obj(members) => members.iter().any(|(_, v)| any_true(v)),
        _ => false,
    }
}

/// A configuration expression object (as opposed to a nested block of them).
pub(crate) fn is_expression(v: &Val) -> bool {
    match v {
        Val::Obj(m) => {
            m.is_empty() || v.get("constant_value").is_some() || v.get("references").is_some()
        }
        _ => false,
    }
}

impl<'p> Stack<'p> {
    /// The effective value of `path` (dotted, e.g. `egress.0.cidr_blocks`) on `r`.
    pub fn eff(&self, r: &Resource<'p>, path: &str) -> Eff<'p> {
        if !masked(r.unknown, path) {
            // A dynamic block's placeholder: how many elements it has is known only at apply.
            // A value the plan knows inside it (an expanded block's field) is that value.
            let whole_block = super::provider_tables::is_block_in(r.blocks, path)
                && path
                    .rsplit('.')
                    .next()
                    .is_some_and(|s| s.parse::<usize>().is_err());
            if whole_block {
                if let Some(why) = self.dynamic_block(r, path) {
                    return Eff::Unresolved(why);
                }
            }
            return Eff::Known(lookup(r.values, path).unwrap_or(&NULL));
        }
        let Some(expr) = self.expr_at(r, path) else {
            return match self.dynamic_unknown(r, path, true) {
                Some(why) => Eff::Unresolved(why),
                None => Eff::NotSet,
            };
        };
        let mut leaves = self.resolve_from(r, expr);
        // A reference to a block with no instances contributes nothing.
        leaves.retain(|l| !matches!(&l.leaf, Leaf::Resource { ids, .. } if ids.is_empty()));
        // A constant or variable the plan still marks unknown (Optional+Computed, such as
        // `route_table_ids = []`): the configured value is what AWS gets.
        if let [Resolved {
            leaf: Leaf::Value(v, _),
            ..
        }] = leaves.as_slice()
        {
            return Eff::Known(v);
        }
        for l in &leaves {
            match &l.leaf {
                Leaf::DeadEnd(why)
                | Leaf::Resource {
                    unsure: Some(why), ..
                } => return Eff::Unresolved(l.via_text(why)),
                _ => {}
            }
        }
        let mut ids = Vec::new();
        let mut reference = None;
        for l in &leaves {
            if let Leaf::Resource {
                ids: i,
                reference: text,
                ..
            } = &l.leaf
            {
                ids.extend(i);
                reference.get_or_insert_with(|| l.via_text(text));
            }
        }
        // One value from one of several resources: which one the references do not show.
        let mut distinct = ids.clone();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() > 1 && super::provider_tables::single_valued(r.rtype, path) {
            return Eff::Unresolved(format!(
                "{path} holds one value, from one of {} resources ({})",
                distinct.len(),
                reference.unwrap_or_default()
            ));
        }
        match reference {
            Some(reference) => Eff::FromResources { ids, reference },
            None if r.scope.is_none() => Eff::Unresolved("unknown at plan time".into()),
            None => Eff::Unresolved("computed at apply time".into()),
        }
    }

    /// Why `path` lies in a `dynamic` block whose collection is known only at apply, if it
    /// does. Terraform leaves such blocks out of the configuration and plans them as a
    /// placeholder element with unknown fields (or, nested in a block written out, as wholly
    /// unknown); more than one element is a known collection, judged element by element. A top-level block that is wholly unknown is ambiguous: a computed block left
    /// unset plans the same, and AWS's default applies to it.
    pub(crate) fn dynamic_block(&self, r: &Resource<'p>, path: &str) -> Option<String> {
        self.dynamic_unknown(r, path, false)
    }

    /// Why what `path` holds cannot be followed, if it lies in a `dynamic` block with
    /// values known only at apply: its collection, or (`fields`) some element's field, which
    /// the configuration does not show either.
    pub(crate) fn dynamic_unknown(
        &self,
        r: &Resource<'p>,
        path: &str,
        fields: bool,
    ) -> Option<String> {
        use super::provider_tables::block_child;
        // Most paths asked (every unknown attribute the link walks) are no block at all.
        if let Some(first) = path.split('.').find(|s| !s.is_empty()) {
            let block = first.parse::<usize>().is_ok()
                || r.blocks.and_then(|n| block_child(n, first)).is_some()
                || (r.mode == super::Mode::Data && super::data_block(r.rtype, first));
            if !block {
                return None;
            }
        }
        let mut prefix = String::with_capacity(path.len());
        let mut schema = String::with_capacity(path.len());
        let mut parent_written = false;
        // The block tree walked a segment at a time, not looked up again for each prefix.
        let mut node = r.blocks;
        for seg in path.split('.').filter(|s| !s.is_empty()) {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(seg);
            if seg.parse::<usize>().is_ok() {
                continue;
            }
            if !schema.is_empty() {
                schema.push('.');
            }
            schema.push_str(seg);
            node = node.and_then(|n| block_child(n, seg));
            let block = node.is_some()
                || (r.mode == super::Mode::Data && super::data_block(r.rtype, &schema));
            if !block {
                return None;
            }
            if let Some(written) = self.config_at(r, &prefix) {
                if fields && self.has_unwritten(r, &prefix, written) {
                    return Some(format!(
                        "{prefix} has dynamic blocks beside the written ones, which the configuration does not show"
                    ));
                }
                parent_written = true;
                continue;
            }
            // A `for_each` unknown at plan time expands to one block whose written arguments
            // are all unknown; several blocks are the collection's own elements.
            let (placeholder, field) = match lookup(r.unknown, &prefix) {
                Some(Val::Arr(items)) => {
                    let unknown = items.iter().any(any_true);
                    (unknown && items.len() == 1, unknown && fields)
                }
                Some(Val::Bool(true)) => (parent_written, false),
                _ => (false, false),
            };
            if placeholder {
                return Some(format!(
                    "{prefix} is a dynamic block whose collection is known only at apply"
                ));
            }
            return field.then(|| {
                format!(
                    "{prefix} is a dynamic block whose elements hold values known only at apply"
                )
            });
        }
        None
    }

    /// Whether the plan lists more `prefix` blocks than the configuration writes (`written`,
    /// its entry there): the others come from `dynamic` blocks, which the configuration
    /// leaves out, and its blocks cannot be paired with the plan's by position.
    fn has_unwritten(&self, r: &Resource<'p>, prefix: &str, written: &Val) -> bool {
        let written = match written {
            Val::Arr(items) => items.len(),
            e if is_expression(e) => match e.get("constant_value") {
                Some(Val::Arr(items)) => items.len(),
                _ => return false,
            },
            _ => return false,
        };
        matches!(lookup(r.values, prefix), Some(Val::Arr(items)) if items.len() > written)
    }

    /// Whether `path` lies in an element of a block list that has dynamic blocks beside its
    /// written ones (see [`Stack::has_unwritten`]).
    fn in_unwritten_block(&self, r: &Resource<'p>, path: &str) -> bool {
        let mut end = 0;
        let mut schema = String::new();
        let mut prev = "";
        for seg in path.split('.') {
            if seg.parse::<usize>().is_ok() {
                let prefix = path[..end].trim_end_matches('.');
                if !prev.is_empty() && super::provider_tables::is_block_in(r.blocks, &schema) {
                    if let Some(w) = self.config_at(r, prefix) {
                        if self.has_unwritten(r, prefix, w) {
                            return true;
                        }
                    }
                }
            } else {
                if !schema.is_empty() {
                    schema.push('.');
                }
                schema.push_str(seg);
                prev = seg;
            }
            end += seg.len() + 1;
        }
        false
    }

    /// The source's expression for argument `path` of `r`, when the `.tf` source was read.
    pub fn source_expr(&self, r: &Resource<'p>, path: &str) -> Option<&'p Val<'p>> {
        let module = super::address::module_config_path(&r.module);
        let e: &'p Val<'static> = self.source?.attr(&module, &r.block(), path)?;
        Some(e)
    }

    /// The configuration entry at exactly `path` (blocks are lists of objects).
    fn config_at(&self, r: &Resource<'p>, path: &str) -> Option<&'p Val<'p>> {
        let mut cur = r.config?.get("expressions")?;
        for seg in path.split('.').filter(|s| !s.is_empty()) {
            cur = match cur {
                Val::Arr(items) => items.get(seg.parse::<usize>().ok()?)?,
                Val::Obj(_) if !is_expression(cur) => cur.get(seg)?,
                _ => return None,
            };
        }
        Some(cur)
    }

    /// Whether the plan marks `path` as known only after apply.
    pub fn is_unknown(&self, r: &Resource<'p>, path: &str) -> bool {
        masked(r.unknown, path)
    }

    /// The configuration expression that sets `path`, descending through nested blocks.
    pub fn expr_at(&self, r: &Resource<'p>, path: &str) -> Option<&'p Val<'p>> {
        // In a block `dynamic` blocks generate: the source pairs it (see resolve/bind.rs).
        if let Some(e) = self.dynamic_expr(r, path) {
            return e;
        }
        // Written blocks cannot be told from the dynamic ones beside them.
        if path.bytes().any(|b| b.is_ascii_digit()) && self.in_unwritten_block(r, path) {
            return None;
        }
        self.expr_in_config(r, path)
    }

    /// [`Stack::expr_at`] from the plan's configuration.
    pub(crate) fn expr_in_config(&self, r: &Resource<'p>, path: &str) -> Option<&'p Val<'p>> {
        let mut cur = r.config?.get("expressions")?;
        // The source's expression, when it says more than the plan's references.
        let richer = |e: &'p Val<'p>, at: &str| {
            let src = || {
                let module = super::address::module_config_path(&r.module);
                self.source?.attr(&module, &r.block(), at)
            };
            self.richer(e, src)
        };
        // The path consumed so far, as a slice of `path`: no allocation on this hot path.
        let mut end = 0;
        for seg in path.split('.') {
            if seg.is_empty() {
                end += 1;
                continue;
            }
            if is_expression(cur) {
                return Some(richer(cur, path[..end].trim_matches('.')));
            }
            end += seg.len() + 1;
            cur = match cur {
                Val::Arr(items) => items.get(seg.parse::<usize>().ok()?)?,
                Val::Obj(_) => cur.get(seg)?,
                _ => return None,
            };
        }
        // A whole nested block (a list of block objects) is "set" too.
        if is_expression(cur) {
            return Some(richer(cur, path.trim_matches('.')));
        }
        Some(cur)
    }

    /// Whether the value at `path` is, or holds, something sensitive: marked in the plan, or
    /// from a sensitive variable.
    pub fn is_sensitive(&self, r: &Resource<'p>, path: &str) -> bool {
        masked_within(r.sensitive, path) || self.leaves_at(r, path).iter().any(|l| l.is_sensitive())
    }

    /// Where the value at `path` came from, when not a literal: `var.allowed (…)`.
    pub fn provenance(&self, r: &Resource<'p>, path: &str) -> Option<String> {
        provenance_of(&self.leaves_at(r, path))
    }

    /// A value for a message, `(sensitive)` when sensitive, with its provenance when not a
    /// literal.
    pub fn show(&self, r: &Resource<'p>, path: &str, v: &Val) -> String {
        // One resolution serves both questions.
        let leaves = self.leaves_at(r, path);
        // Where a sensitive value comes from is no secret, and says where to fix it.
        let text = if masked_within(r.sensitive, path) || leaves.iter().any(|l| l.is_sensitive()) {
            SENSITIVE.to_string()
        } else {
            display(v)
        };
        match provenance_of(&leaves) {
            Some(p) => format!("{text} (from {p})"),
            None => text,
        }
    }

    /// A value for a message, without its provenance: masked when sensitive.
    pub fn text(&self, r: &Resource<'p>, path: &str, v: &Val) -> String {
        if self.is_sensitive(r, path) {
            SENSITIVE.to_string()
        } else {
            display(v)
        }
    }

    /// What each known string at `path` of `r` means: the resource the configuration references
    /// when its value is that string (a reference beats a name), else the resources with that
    /// known ID or name in `r`'s provider configuration ([`Stack::known_matches`]).
    pub fn known_targets<'s>(
        &self,
        r: &Resource<'p>,
        path: &str,
        strings: &[&'s str],
    ) -> Vec<(&'s str, Vec<ResId>)> {
        let leaves = self.leaves_at(r, path);
        strings
            .iter()
            .map(|&s| {
                let by_reference: Vec<ResId> = leaves
                    .iter()
                    .filter_map(|l| match &l.leaf {
                        Leaf::Resource { ids, attr, .. } if !attr.is_empty() => Some((ids, attr)),
                        _ => None,
                    })
                    .flat_map(|(ids, attr)| {
                        let at = attr.join(".");
                        ids.iter().copied().filter(move |&i| {
                            lookup(self.resources[i].values, &at)
                                .is_some_and(|v| v.strings().contains(&s))
                        })
                    })
                    .collect();
                if by_reference.is_empty() {
                    (s, self.known_matches(r, s))
                } else {
                    (s, by_reference)
                }
            })
            .collect()
    }

    /// The resolved configuration expression at `path` (none for a nested block or no entry).
    pub fn leaves_at(&self, r: &Resource<'p>, path: &str) -> Vec<Resolved<'p>> {
        match self.expr_at(r, path) {
            Some(e) if is_expression(e) => self.resolve_from(r, e),
            _ => Vec::new(),
        }
    }
}

fn provenance_of(leaves: &[Resolved]) -> Option<String> {
    leaves.iter().find_map(|l| match &l.leaf {
        Leaf::Value(..) if !l.via.is_empty() => Some(l.via_text("")),
        Leaf::Resource { reference, .. } => Some(l.via_text(reference)),
        _ => None,
    })
}

/// Human text for a value: strings bare, lists joined.
pub fn display(v: &Val) -> String {
    match v {
        Val::Null => "null".into(),
        Val::Str(s) => s.to_string(),
        Val::Num(n) => format_num(*n),
        Val::Bool(b) => b.to_string(),
        Val::Arr(items) => format!(
            "[{}]",
            items.iter().map(display).collect::<Vec<_>>().join(", ")
        ),
        Val::Obj(_) => v.to_json(),
    }
}
