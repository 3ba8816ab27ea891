pub mod not_in_backup_plan;
pub mod vault_not_cmk;

use crate::model::{Eff, ResId, Resource, Val};
use crate::rules::{Cx, Status};

/// A selection's way to pick resources.
struct Selector {
    selection: String,
    all: bool,
    tags: Vec<(String, String)>,
}

/// The `aws_backup_selection`s of the plan: which resources they pick.
pub struct Selections {
    selectors: Vec<Selector>,
    /// Why a selection cannot be followed, if one cannot.
    open: Option<String>,
}

fn tag_matches(r: &Resource, key: &str, value: &str) -> bool {
    r.values
        .get("tags_all")
        .or(r.values.get("tags"))
        .and_then(|t| t.get(key))
        .and_then(Val::as_str)
        == Some(value)
}

impl Selections {
    pub fn of(cx: &Cx) -> Selections {
        let mut selectors = Vec::new();
        let mut open = None;
        for (_, s) in cx.live("aws_backup_selection") {
            let all =
                matches!(cx.stack.eff(s, "resources"), Eff::Known(v) if v.strings().contains(&"*"));
            let mut tags = Vec::new();
            if let Eff::Known(Val::Arr(items)) = cx.stack.eff(s, "selection_tag") {
                for t in items.iter() {
                    let get = |k: &str| t.get(k).and_then(Val::as_str).unwrap_or("").to_string();
                    if get("type").eq_ignore_ascii_case("STRINGEQUALS") {
                        tags.push((get("key"), get("value")));
                    }
                }
            }
            if let Eff::Unresolved(why) = cx.stack.eff(s, "resources") {
                open = open.or(Some(format!(
                    "the resources of {} cannot be followed: {why}",
                    s.address
                )));
            }
            selectors.push(Selector {
                selection: s.address.clone(),
                all,
                tags,
            });
        }
        Selections { selectors, open }
    }

    /// Whether a selection picks resource `id`: by reference or known ARN in its `resources`,
    /// by `*`, or by a `STRINGEQUALS` selection tag; Unknown when a selection cannot be
    /// followed and none picks it.
    pub fn judge(&self, cx: &Cx, id: ResId, r: &Resource) -> (Status, String) {
        let by_ref = cx
            .partners(id, "aws_backup_selection", "resources")
            .found
            .first()
            .map(|e| e.from);
        let by_rule = self
            .selectors
            .iter()
            .find(|s| s.all || s.tags.iter().any(|(k, v)| tag_matches(r, k, v)))
            .map(|s| s.selection.clone());
        match (by_ref, by_rule, &self.open) {
            (Some(s), _, _) => (Status::Pass, format!("selected by {}", cx.address(s))),
            (None, Some(s), _) => (Status::Pass, format!("selected by {s}")),
            (None, None, Some(why)) => (
                Status::Unknown,
                format!("no backup selection found, but {why}"),
            ),
            (None, None, None) => (
                Status::Fail,
                "no aws_backup_selection selects this resource".to_string(),
            ),
        }
    }
}
