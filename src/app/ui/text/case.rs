//! The case of the detail screen as the TUI shows it: every string in it made shown once,
//! when the case enters the UI, so the detail tabs draw from text that cannot have skipped
//! sanitising. The raw case stays beside it for the forms, undo and every operation, which
//! must save exactly what was stored.

use std::borrow::Cow;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{Shown, ShownStr, sanitize_lines_in_place};
use crate::domain::Case;

/// A sanitised copy of a [`Case`]: each string leaf went through the multi-line policy
/// (`sanitize_lines`), found by walking the case's serde form, so a field added to
/// `Case` (or to anything in it) is covered without being listed here. Built only by
/// [`ShownCase::new`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownCase(Case);

impl ShownCase {
    /// Fails only if a sanitised string no longer reads back into its field, i.e. an enum
    /// or date spelled with a character the policy escapes: none of ours is.
    pub fn new(case: &Case) -> Result<ShownCase, serde_json::Error> {
        sanitized(case).map(ShownCase)
    }

    /// The sanitised case, for its structure (dates, amounts, stages, how many of what).
    /// Its text keeps line breaks: draw text through [`ShownCase::text`] or
    /// [`ShownCase::lines`].
    pub fn view(&self) -> &Case {
        &self.0
    }

    /// A text field for one line: a line break is shown as `\n`, as the one-line policy
    /// shows it (the rest was sanitised already, so this pass only spells out newlines).
    pub fn text<'a>(&'a self, field: impl FnOnce(&'a Case) -> &'a str) -> Shown {
        Shown(one_line(field(&self.0)).into_owned())
    }

    /// A text field with its line breaks kept (a description, a note).
    pub fn lines<'a>(&'a self, field: impl FnOnce(&'a Case) -> &'a str) -> ShownStr<'a> {
        ShownStr(field(&self.0))
    }
}

/// `v` with every string in it sanitised, whatever its type: the walk goes by the serde
/// form, so it needs no list of fields. A clean `v` (nearly every case) is cloned rather
/// than read back, which costs a fraction.
fn sanitized<T: Serialize + DeserializeOwned + Clone>(v: &T) -> Result<T, serde_json::Error> {
    let mut value = serde_json::to_value(v)?;
    if sanitize_leaves(&mut value) {
        serde_json::from_value(value)
    } else {
        Ok(v.clone())
    }
}

/// Every string of `v`, object keys aside (they are our field names and map keys that
/// must keep matching), sanitised in place; whether any changed.
fn sanitize_leaves(v: &mut Value) -> bool {
    match v {
        Value::String(s) => sanitize_lines_in_place(s),
        Value::Array(items) => items.iter_mut().fold(false, |d, x| sanitize_leaves(x) | d),
        Value::Object(map) => map.values_mut().fold(false, |d, x| sanitize_leaves(x) | d),
        Value::Null | Value::Bool(_) | Value::Number(_) => false,
    }
}

fn one_line(s: &str) -> Cow<'_, str> {
    if s.contains('\n') {
        Cow::Owned(s.replace('\n', "\\n"))
    } else {
        Cow::Borrowed(s)
    }
}

/// A case as loaded into the UI: the raw case and its [`ShownCase`], made together by
/// [`LoadedCase::new`] and read-only after, so they cannot drift apart. Reads as the raw
/// [`Case`] (forms, undo, operations); the detail screen draws from [`LoadedCase::shown`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedCase {
    raw: Case,
    shown: ShownCase,
}

impl LoadedCase {
    pub fn new(raw: Case) -> Result<LoadedCase, serde_json::Error> {
        let shown = ShownCase::new(&raw)?;
        Ok(LoadedCase { raw, shown })
    }

    pub fn shown(&self) -> &ShownCase {
        &self.shown
    }

    /// The raw case, to edit or save.
    pub fn into_raw(self) -> Case {
        self.raw
    }
}

impl std::ops::Deref for LoadedCase {
    type Target = Case;
    fn deref(&self) -> &Case {
        &self.raw
    }
}

#[cfg(test)]
#[path = "case_tests.rs"]
mod tests;
