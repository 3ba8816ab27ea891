//! An expression of the source read when the model first asks for it: most of a module's
//! arguments are never needed (the plan knows their values), and parsing them all was most of
//! the source's cost.

use super::expr::{self, Ctx, Templates};
use super::File;
use crate::model::Val;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// What the expressions of one directory share: where `templatefile` looks, and where the
/// errors of the expressions that do not parse go.
pub struct DirCtx {
    pub module_dir: PathBuf,
    pub root_dir: Arc<PathBuf>,
    pub templates: Arc<Templates>,
    pub errors: Arc<Mutex<Vec<String>>>,
}

impl DirCtx {
    /// Keeps, for the warning, parse error `e` of the text starting at byte `at` of `file`.
    fn failed(&self, file: &File, at: usize, e: &hcl_edit::parser::Error) {
        let line = file.line_of(at + e.location().offset());
        let mut errors = self.errors.lock().unwrap_or_else(|e| e.into_inner());
        errors.push(format!("{}:{line}: {}", file.shown, e.message()));
    }

    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            module_dir: &self.module_dir,
            root_dir: &self.root_dir,
            files: &self.templates,
        }
    }
}

/// One expression's text in its file; parsed once, on the first [`Lazy::get`].
pub struct Lazy {
    file: Arc<File>,
    at: Range<usize>,
    dir: Arc<DirCtx>,
    val: OnceLock<Option<Val<'static>>>,
}

impl std::fmt::Debug for Lazy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{:?}", self.file.shown, self.at)
    }
}

impl Lazy {
    pub fn new(file: &Arc<File>, at: Range<usize>, dir: &Arc<DirCtx>) -> Lazy {
        Lazy {
            file: file.clone(),
            at,
            dir: dir.clone(),
            val: OnceLock::new(),
        }
    }

    /// The expression as the plan's configuration would write it; None when it does not
    /// parse (the error is kept for a warning, and the plan alone decides).
    pub fn get(&self) -> Option<&Val<'static>> {
        self.val
            .get_or_init(|| {
                let text = self.file.text.get(self.at.clone())?;
                match super::parse_tf::<hcl_edit::expr::Expression>(text) {
                    Ok(e) => Some(expr::config_expr_in(&e, &self.dir.ctx())),
                    Err(e) => {
                        self.dir.failed(&self.file, self.at.start, &e);
                        None
                    }
                }
            })
            .as_ref()
    }
}

/// The `dynamic` blocks of one resource body, read on the first [`Dynamics::get`] (with their
/// iterators bound, as `dynamic::blocks` reads them; each `dynamic` block parsed alone).
pub struct Dynamics {
    file: Arc<File>,
    items: Arc<Vec<super::skel::Item>>,
    dir: Arc<DirCtx>,
    val: OnceLock<Vec<(String, Vec<crate::model::Slot>)>>,
}

impl std::fmt::Debug for Dynamics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} items", self.file.shown, self.items.len())
    }
}

impl Dynamics {
    /// Of the body whose items are `items`.
    pub fn new(
        file: &Arc<File>,
        items: &Arc<Vec<super::skel::Item>>,
        dir: &Arc<DirCtx>,
    ) -> Dynamics {
        Dynamics {
            file: file.clone(),
            items: items.clone(),
            dir: dir.clone(),
            val: OnceLock::new(),
        }
    }

    /// For each block name that `dynamic` blocks generate, its blocks in source order (none
    /// when the body does not parse: the error is kept for a warning).
    pub fn get(&self) -> &[(String, Vec<crate::model::Slot>)] {
        self.val.get_or_init(|| {
            let parse = |b: &super::skel::Block| {
                let text = self.file.text.get(b.body.clone())?;
                match super::parse_tf::<hcl_edit::structure::Body>(text) {
                    Ok(body) => Some(body),
                    Err(e) => {
                        self.dir.failed(&self.file, b.body.start, &e);
                        None
                    }
                }
            };
            super::dynamic::blocks(&self.items, parse, &self.dir.ctx())
        })
    }
}
