//! The list-columns dialog (`C`): which columns the list shows and in what order, as in
//! lazygit's and k9s's column settings. Space shows or hides the column under the cursor,
//! J/K move it, Enter applies the choice and saves it to config.toml (`columns`).

use crate::i18n::msg;
use crate::i18n::tr;

use super::action::{Effect, Outcome};
use super::commands::Cmd;
use super::list::Column;
use super::state::{Dialog, Overlay, State};

/// Opens the dialog on the columns in force, the hidden ones after them.
pub fn open(state: &mut State) {
    let shown = state.list.shown_columns().to_vec();
    let mut items: Vec<(Column, bool)> = shown.iter().map(|c| (*c, true)).collect();
    items.extend(
        Column::ALL
            .iter()
            .filter(|c| !shown.contains(c))
            .map(|c| (*c, false)),
    );
    state.push_overlay(Overlay::Dialog(Dialog::Columns { items, cursor: 0 }));
}

pub fn command(state: &mut State, cmd: Cmd) -> Outcome {
    let Some(Overlay::Dialog(Dialog::Columns { items, cursor })) = state.overlay_mut() else {
        return Outcome::Ignored;
    };
    let last = items.len().saturating_sub(1);
    match cmd {
        Cmd::MoveDown => *cursor = (*cursor + 1).min(last),
        Cmd::MoveUp => *cursor = cursor.saturating_sub(1),
        // The id names the case in every action: it cannot be hidden.
        Cmd::Mark if items[*cursor].0 != Column::Id => items[*cursor].1 = !items[*cursor].1,
        Cmd::MoveItemDown if *cursor < last => {
            items.swap(*cursor, *cursor + 1);
            *cursor += 1;
        }
        Cmd::MoveItemUp if *cursor > 0 => {
            items.swap(*cursor, *cursor - 1);
            *cursor -= 1;
        }
        Cmd::Confirm => return confirm(state),
        Cmd::Back => {
            state.pop_overlay();
        }
        _ => {}
    }
    Outcome::done()
}

/// Applies the choice to the list and asks for it to be saved.
fn confirm(state: &mut State) -> Outcome {
    let Some(Overlay::Dialog(Dialog::Columns { items, .. })) = state.pop_overlay() else {
        return Outcome::Ignored;
    };
    let chosen: Vec<Column> = items
        .iter()
        .filter(|(_, on)| *on)
        .map(|(c, _)| *c)
        .collect();
    if chosen.len() < 2 {
        state.status.error = Some(tr(state.lang(), msg::dayc::COLUMNS_TOO_FEW).to_string());
        return Outcome::done();
    }
    let ids = chosen.iter().map(|c| c.id().to_string()).collect();
    state.list.columns = chosen;
    Outcome::Consumed(vec![Effect::SaveColumns { ids }])
}

/// The columns named in config.toml, in order; an unknown name is an error that lists the
/// known ones.
pub fn parse(names: &[String]) -> Result<Vec<Column>, String> {
    let mut out = Vec::new();
    if names.is_empty() {
        return Ok(out);
    }
    for n in names {
        match Column::parse(n) {
            Some(c) if !out.contains(&c) => out.push(c),
            Some(_) => {}
            None => {
                let known: Vec<&str> = Column::ALL.iter().map(|c| c.id()).collect();
                return Err(format!("{n} ({})", known.join(", ")));
            }
        }
    }
    if !out.contains(&Column::Id) {
        out.insert(0, Column::Id);
    }
    Ok(out)
}
