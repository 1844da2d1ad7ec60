//! Reaching and reading form fields the way an officer does: Tab to a field by its path,
//! type over it, read what it holds and what is said beside it.
#![allow(dead_code)]

use jiebang::app::ui::form::Form;
use jiebang::app::ui::state::Screen;

use super::Live;

/// The open form (fails the test, with the screen, when none is open).
pub fn form(h: &Live) -> &Form {
    match &h.state.screen {
        Screen::Form(f) => f,
        _ => panic!("no form open:\n{}", h.render()),
    }
}

/// The form closed (saved or discarded), back where it was opened.
pub fn closed(h: &Live) -> bool {
    !matches!(h.state.screen, Screen::Form(_))
}

/// Tabs to the field with this path, as an officer would.
pub fn to_field(h: &mut Live, path: &str) {
    for _ in 0..200 {
        if form(h).focused().path == path {
            return;
        }
        h.keys("<Tab>");
    }
    panic!("no field {path}");
}

/// Tabs to the field, clears it and types `text`.
pub fn type_into(h: &mut Live, path: &str, text: &str) {
    to_field(h, path);
    h.keys("<C-u>");
    h.keys(text);
}

/// What the field holds, as typed or chosen.
pub fn raw(h: &Live, path: &str) -> String {
    let f = form(h);
    f.fields
        .iter()
        .find(|x| x.path == path)
        .unwrap_or_else(|| panic!("no field {path}"))
        .raw()
}

/// The first problem shown beside the field.
pub fn message_beside(h: &Live, path: &str) -> Option<String> {
    let f = form(h);
    let i = f.fields.iter().position(|x| x.path == path)?;
    f.checks
        .iter()
        .find(|c| c.field == Some(i))
        .map(|c| c.short(h.state.lang()))
}

/// Errors (or warnings, `error: false`) beside a field, in the harness's language.
pub fn beside(h: &Live, path: &str, error: bool) -> Vec<String> {
    let f = form(h);
    let i = f
        .fields
        .iter()
        .position(|x| x.path == path)
        .unwrap_or_else(|| panic!("no field {path}"));
    f.checks
        .iter()
        .filter(|c| c.field == Some(i) && c.error == error)
        .map(|c| c.short(h.state.lang()))
        .collect()
}
