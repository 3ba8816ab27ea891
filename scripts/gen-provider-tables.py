#!/usr/bin/env python3
"""gen-provider-tables.py SCHEMA.json VERSION — write src/model/provider_tables.rs from the
output of `terraform providers schema -json` for hashicorp/aws: the resource types that take
`tags`, and the deprecated arguments of every resource type (attributes, blocks marked
"(block)", nested ones as "block.attr", and "<resource deprecated>" for whole types), and the
nested block paths of every resource type (see BLOCKS below)."""
import json
import sys

schema = json.load(open(sys.argv[1]))
version = sys.argv[2]
aws = next(v for k, v in schema["provider_schemas"].items() if k.endswith("hashicorp/aws"))
resources = aws["resource_schemas"]

taggable = sorted(t for t, r in resources.items() if "tags" in r["block"].get("attributes", {}))

def walk(block, prefix, found):
    for a, d in sorted(block.get("attributes", {}).items()):
        if d.get("deprecated"):
            found.append(prefix + a)
    for b, nested in sorted(block.get("block_types", {}).items()):
        inner = nested.get("block", {})
        if inner.get("deprecated"):
            found.append(f"{prefix}{b} (block)")
        walk(inner, f"{prefix}{b}.", found)


IS_BLOCK = """/// Whether `path` (dotted, as in `after_unknown`; numeric list indexes are skipped, so
/// `rule.0.transition` is `rule.transition`) of a `rtype` resource is a nested block.
pub fn is_block(rtype: &str, path: &str) -> bool {
    is_block_in(block_root(rtype), path)
}

/// [`is_block`] of a type's node in the block tree ([`block_root`], which callers keep).
pub fn is_block_in(root: Option<u16>, path: &str) -> bool {
    let Some(mut node) = root else {
        return false;
    };
    let mut any = false;
    for seg in path.split('.').filter(|s| s.parse::<usize>().is_err()) {
        match block_child(node, seg) {
            Some(kid) => node = kid,
            None => return false,
        }
        any = true;
    }
    any
}

/// A `rtype` resource as a node of the block tree, for walks that go one segment at a time
/// ([`block_child`]) instead of looking each prefix up again.
pub fn block_root(rtype: &str) -> Option<u16> {
    let t = BLOCKS.binary_search_by(|(name, _)| (*name).cmp(rtype)).ok()?;
    Some(BLOCKS[t].1)
}

/// The nested block `name` of a node of the block tree.
pub fn block_child(node: u16, name: &str) -> Option<u16> {
    let kids = BLOCK_NODES[usize::from(node)];
    let i = kids.binary_search_by(|(k, _)| (*k).cmp(name)).ok()?;
    Some(kids[i].1)
}

#[cfg(test)]
mod tests {
    use super::is_block;

    #[test]
    fn blocks_of_real_types() {
        assert!(is_block("aws_s3_bucket_lifecycle_configuration", "rule"));
        assert!(is_block("aws_s3_bucket_lifecycle_configuration", "rule.0.transition"));
        assert!(is_block("aws_s3_bucket_lifecycle_configuration", "rule.transition"));
        assert!(!is_block("aws_s3_bucket_lifecycle_configuration", "rule.0.id"));
        assert!(!is_block("aws_s3_bucket_lifecycle_configuration", "bucket"));
        assert!(is_block("aws_security_group", "egress"));
        assert!(is_block("aws_security_group", "ingress.1"));
        assert!(!is_block("aws_security_group", "egress.0.cidr_blocks"));
        assert!(!is_block("aws_security_group", "name"));
        assert!(is_block("aws_instance", "ebs_block_device"));
        assert!(is_block("aws_instance", "ebs_block_device.3"));
        assert!(!is_block("aws_instance", "ami"));
        assert!(!is_block("aws_instance", ""));
        assert!(!is_block("aws_no_such_type", "rule"));
        // Computed-only lists of objects are not blocks: they are never written.
        assert!(!is_block("aws_acm_certificate", "domain_validation_options"));
        // Deep shared subtrees resolve like any other.
        assert!(is_block("aws_wafv2_web_acl", "rule.0.statement.0.and_statement.0.statement"));
    }
}
"""

SINGLE_VALUED = """/// Whether top-level attribute `attr` of a `rtype` resource holds one value (a string, number
/// or bool): not a list, set or map, and not a block. False for types the provider lacks.
pub fn single_valued(rtype: &str, attr: &str) -> bool {
    let Ok(t) = COLLECTIONS.binary_search_by(|(name, _)| (*name).cmp(rtype)) else {
        return false;
    };
    COLLECTIONS[t].1.binary_search(&attr).is_err() && !is_block(rtype, attr)
}

#[cfg(test)]
mod single_valued_tests {
    use super::single_valued;

    #[test]
    fn attributes_of_real_types() {
        assert!(single_valued("aws_flow_log", "vpc_id"));
        assert!(single_valued("aws_instance", "iam_instance_profile"));
        assert!(!single_valued("aws_vpc_endpoint", "route_table_ids"));
        assert!(!single_valued("aws_instance", "tags"));
        assert!(!single_valued("aws_security_group", "egress"));
        assert!(!single_valued("aws_instance", "ebs_block_device"));
        assert!(!single_valued("aws_no_such_type", "id"));
    }
}
"""

deprecated = {}
for t, r in sorted(resources.items()):
    found = []
    walk(r["block"], "", found)
    if r["block"].get("deprecated"):
        found.append("<resource deprecated>")
    if found:
        deprecated[t] = found

out = [
    "//! Generated by scripts/gen-provider-tables.sh from `terraform providers schema -json`.",
    "//! Do not edit: regenerate, and `make provider-tables-check` compares with the provider.",
    "",
    f'pub const PROVIDER_VERSION: &str = "{version}";',
    "",
    "/// Resource types whose schema has a `tags` argument, sorted.",
    "pub static TAGGABLE: &[&str] = &[",
]
out += [f'    "{t}",' for t in taggable]
out += ["];", "", "/// Deprecated arguments by resource type, sorted.", "pub static DEPRECATED: &[(&str, &[&str])] = &["]
for t, attrs in deprecated.items():
    out.append(f'    ("{t}", &[{", ".join(json.dumps(a) for a in attrs)}]),')
out += ["];", ""]


# BLOCKS: which attribute paths are nested blocks. A `dynamic` block whose for_each is unknown
# shows only as `after_unknown: {"x": true}`, with nothing in `after` or `configuration`, exactly
# like an Optional+Computed attribute left to AWS's default; the model tells the two apart here.
# A path is listed when it is
# - a `block_types` entry of the schema, at any depth and in any nesting mode (timeouts too), or
# - an Optional or Required attribute whose type is a list or set of objects: SDKv2's
#   "attributes as blocks" (aws_security_group's egress/ingress, aws_default_route_table's
#   route) are written as blocks, dynamic ones included. The schema does not say which such
#   attributes take block syntax, so all are listed: a wrong "block" only turns an AWS default
#   into Unknown, never the reverse. Computed-only attributes cannot be written at all.
# Seen in real plans (provider 5.100): a list block (aws_s3_bucket_lifecycle_configuration's
# rule) is `[]` when unset, so `true` there means a dynamic block; an SDK Optional+Computed block
# (aws_instance's ebs_block_device) plans `after: null, after_unknown: true` both when unset and
# when dynamic with an unknown for_each (the schema does not mark such blocks computed); a set
# attribute-as-block (aws_security_group's egress) that is dynamic gets one placeholder element
# with unknown fields, and `null`/`true` only when unset.
# A flat list of dotted paths is 7.7 MB (QuickSight and WAFv2 nest 13 levels deep), so the
# table is a tree with identical subtrees shared: BLOCK_NODES[i] lists node i's children as
# (name, child node), sorted by name; node 0 has none; BLOCKS gives each type's root node.
def objects(ty):
    return isinstance(ty, list) and ty[0] in ("list", "set") and isinstance(ty[1], list) and ty[1][0] == "object"


def tree(block):
    kids = [(b, tree(n.get("block", {}))) for b, n in block.get("block_types", {}).items()]
    kids += [(a, ()) for a, d in block.get("attributes", {}).items()
             if objects(d.get("type")) and (d.get("optional") or d.get("required"))]
    return tuple(sorted(kids))


nodes = {(): 0}
order = [()]


def intern(t):
    key = tuple((name, intern(kids)) for name, kids in t)
    if key not in nodes:
        nodes[key] = len(order)
        order.append(key)
    return nodes[key]


roots = []
for t, r in sorted(resources.items()):
    root = intern(tree(r["block"]))
    if root:
        roots.append((t, root))
assert len(order) < 65536
out += [
    "/// Nested block paths as a tree with shared subtrees: node i's children as (name, node),",
    "/// sorted by name; node 0 has none. Blocks are the schema's block types and the",
    "/// configurable list/set-of-object attributes (written as blocks, `dynamic` ones too).",
    "pub static BLOCK_NODES: &[&[(&str, u16)]] = &[",
]
for key in order:
    out.append("    &[" + ", ".join(f'("{n}", {i})' for n, i in key) + "],")
out += ["];", "", "/// Each resource type's root node in BLOCK_NODES, sorted by type.", "pub static BLOCKS: &[(&str, u16)] = &["]
out += [f'    ("{t}", {i}),' for t, i in roots]
out += ["];", "", IS_BLOCK]


# COLLECTIONS: each resource type's top-level attributes that hold several values (list, set,
# map, and the framework's nested attributes). Every other attribute that is not a block holds
# one value: `vpc_id = try(aws_vpc.a[0].id, aws_vpc.b.id)` is one of them, never both, which
# the plan's list of references cannot tell (the model then says Unknown).
def many(d):
    ty = d.get("type")
    if isinstance(ty, list):
        return ty[0] in ("list", "set", "map")
    nested = d.get("nested_type")
    return bool(nested) and nested.get("nesting_mode") in ("list", "set", "map")


out += [
    "",
    "/// Every resource type with its top-level attributes of several values (list, set, map),",
    "/// sorted by type and name.",
    "pub static COLLECTIONS: &[(&str, &[&str])] = &[",
]
for t, r in sorted(resources.items()):
    names = sorted(a for a, d in r["block"].get("attributes", {}).items() if many(d))
    out.append(f'    ("{t}", &[{", ".join(json.dumps(a) for a in names)}]),')
out += ["];", "", SINGLE_VALUED]
sys.stdout.write("\n".join(out))
