//! Another officer saved the case while this one edited it. The fields both changed are
//! shown side by side; the officer keeps theirs, takes the other's, or goes back to
//! editing. Fields only the other officer changed are taken over silently-safe (nothing of
//! this officer's is lost), and nothing is ever overwritten without being shown.

use crate::domain::Case;

use super::Form;

/// One field both officers changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub field: usize,
    pub mine: String,
    pub theirs: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub theirs: Box<Case>,
    pub by: String,
    pub clashes: Vec<Clash>,
    /// 0 keep mine, 1 take theirs, 2 back to editing.
    pub choice: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    KeepMine,
    TakeTheirs,
    BackToEditing,
}

impl Resolution {
    pub const ALL: [Resolution; 3] = [
        Resolution::KeepMine,
        Resolution::TakeTheirs,
        Resolution::BackToEditing,
    ];
}

/// Compares base, mine and theirs field by field.
pub fn compare(form: &Form, theirs: Case, by: String) -> Conflict {
    let their_doc = super::stages::their_doc(form, &theirs);
    let clashes = form
        .fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let base = f.raw_of(&form.base);
            let mine = f.raw();
            let other = f.raw_of(&their_doc);
            (mine != base && other != base && mine != other).then_some(Clash {
                field: i,
                mine,
                theirs: other,
            })
        })
        .collect();
    Conflict {
        theirs: Box::new(theirs),
        by,
        clashes,
        choice: 0,
    }
}

/// Moves the form onto the other officer's version: their revision and document, their
/// values where only they changed a field, and per `how` on the fields both changed.
pub fn rebase(form: &mut Form, c: &Conflict, how: Resolution) {
    let their_doc = super::stages::their_doc(form, &c.theirs);
    for (i, f) in form.fields.iter_mut().enumerate() {
        let base = f.raw_of(&form.base);
        let other = f.raw_of(&their_doc);
        let mine = f.raw();
        let clash = c.clashes.iter().any(|x| x.field == i);
        let take = if clash {
            how == Resolution::TakeTheirs
        } else {
            mine == base && other != base
        };
        if take {
            f.set_raw(&other);
        }
    }
    form.base = their_doc;
    form.rev = c.theirs.rev;
    form.case = Some(c.theirs.clone());
}
