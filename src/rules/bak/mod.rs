pub mod not_in_backup_plan;
pub mod vault_not_cmk;

use crate::model::{Eff, ResId, Resource, Val};
use crate::rules::{Cx, Status};

/// A selection's way to pick resources.
struct Selector {
    id: ResId,
    all: bool,
    tags: Vec<(String, String)>,
}

/// The `aws_backup_selection`s of the plan: which resources they pick.
pub struct Selections {
    selectors: Vec<Selector>,
    /// Why a selection cannot be followed, if one cannot.
    open: Option<String>,
}

fn tags_of<'v>(r: &'v Resource) -> Option<&'v Val<'v>> {
    r.values.get("tags_all").or(r.values.get("tags"))
}

fn tag_matches(r: &Resource, key: &str, value: &str) -> bool {
    tags_of(r).and_then(|t| t.get(key)).and_then(Val::as_str) == Some(value)
}

/// The region a resource lives in: its own `region` argument (provider 6), else its
/// provider's.
fn region_of(cx: &Cx, r: &Resource) -> Option<String> {
    match r.values.get("region") {
        Some(Val::Str(s)) if !s.is_empty() => Some(s.to_string()),
        _ if crate::model::value::masked(r.unknown, "region") => None,
        _ => cx.stack.region(r),
    }
}

impl Selections {
    pub fn of(cx: &Cx) -> Selections {
        let mut selectors = Vec::new();
        let mut open = None;
        for (id, s) in cx.live("aws_backup_selection") {
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
            selectors.push(Selector { id, all, tags });
        }
        Selections { selectors, open }
    }

    /// Whether a selection that picks `r` keeps it: AWS Backup assigns a selection's
    /// resources in its own region only, less its `not_resources`, and only those that meet
    /// every `condition`. Err: why that cannot be told.
    fn keeps(&self, cx: &Cx, sel: ResId, id: ResId, r: &Resource) -> Result<bool, String> {
        let s = &cx.stack.resources[sel];
        match (region_of(cx, s), region_of(cx, r)) {
            (Some(a), Some(b)) if a != b => return Ok(false),
            (Some(_), Some(_)) => {}
            _ => {
                return Err(format!(
                    "the region of {} or of this resource is unknown until apply",
                    s.address
                ))
            }
        }
        let arn = match r.values.get("arn") {
            Some(Val::Str(a)) => Some(a.to_string()),
            _ => None,
        };
        let not = cx.targets(s, "not_resources");
        if not.ids.contains(&id) {
            return Ok(false);
        }
        if let Some(why) = not.unresolved {
            return Err(format!(
                "the not_resources of {} cannot be followed: {why}",
                s.address
            ));
        }
        for pattern in &not.external {
            match &arn {
                Some(a) if crate::rules::iam_actions::glob_match(pattern, a) => return Ok(false),
                Some(_) => {}
                None => {
                    return Err(format!(
                        "{} leaves out {pattern}, and this resource's ARN is unknown until apply",
                        s.address
                    ))
                }
            }
        }
        let conditions = match cx.stack.eff(s, "condition") {
            Eff::Known(v) => v,
            Eff::NotSet => return Ok(true),
            _ => {
                return Err(format!(
                    "the conditions of {} are unknown until apply",
                    s.address
                ))
            }
        };
        let ops = [
            "string_equals",
            "string_not_equals",
            "string_like",
            "string_not_like",
        ];
        for c in conditions.as_array().unwrap_or(&[]) {
            for op in ops {
                for kv in c.get(op).and_then(Val::as_array).unwrap_or(&[]) {
                    let (Some(key), Some(value)) = (
                        kv.get("key").and_then(Val::as_str),
                        kv.get("value").and_then(Val::as_str),
                    ) else {
                        return Err(format!(
                            "a condition of {} is unknown until apply",
                            s.address
                        ));
                    };
                    let Some(tag) = key.strip_prefix("aws:ResourceTag/") else {
                        return Err(format!("{} has a condition on {key}", s.address));
                    };
                    let Some(tags) =
                        tags_of(r).filter(|_| !crate::model::value::masked(r.unknown, "tags_all"))
                    else {
                        return Err("this resource's tags are unknown until apply".to_string());
                    };
                    let have = tags.get(tag).and_then(Val::as_str);
                    let like = |h: Option<&str>| {
                        h.is_some_and(|h| crate::rules::iam_actions::glob_match(value, h))
                    };
                    let met = match op {
                        "string_equals" => have == Some(value),
                        "string_not_equals" => have != Some(value),
                        "string_like" => like(have),
                        _ => !like(have),
                    };
                    if !met {
                        return Ok(false);
                    }
                }
            }
        }
        Ok(true)
    }

    pub fn judge(&self, cx: &Cx, id: ResId, r: &Resource) -> (Status, String) {
        let by_ref: Vec<ResId> = cx
            .partners(id, "aws_backup_selection", "resources")
            .found
            .iter()
            .map(|e| e.from)
            .collect();
        let mut unsure: Option<String> = None;
        for s in &self.selectors {
            let picks =
                by_ref.contains(&s.id) || s.all || s.tags.iter().any(|(k, v)| tag_matches(r, k, v));
            if !picks {
                continue;
            }
            match self.keeps(cx, s.id, id, r) {
                Ok(true) => return (Status::Pass, format!("selected by {}", cx.address(s.id))),
                Ok(false) => {}
                Err(why) => {
                    unsure.get_or_insert(why);
                }
            }
        }
        match (unsure.as_ref().or(self.open.as_ref()), unsure.is_some()) {
            (Some(why), true) => (
                Status::Unknown,
                format!("a backup selection picks this resource, but {why}"),
            ),
            (Some(why), false) => (
                Status::Unknown,
                format!("no backup selection found, but {why}"),
            ),
            (None, _) => (
                Status::Fail,
                "no aws_backup_selection of its region selects this resource".to_string(),
            ),
        }
    }
}
