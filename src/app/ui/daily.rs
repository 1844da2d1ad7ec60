//! An officer's small daily commands on the current case or the list: copy the id or the
//! row to the clipboard, undo their own last change, mark every case shown.

use crate::domain::CaseSummary;
use crate::i18n::msg;
use crate::i18n::{Lang, tr, trf};

use super::action::Effect;
use super::backend::RowFacts;
use super::commands::Cmd;
use super::state::{Screen, State};

pub fn command(state: &mut State, cmd: Cmd) -> Vec<Effect> {
    let lang = state.lang();
    if cmd == Cmd::MarkAll {
        mark_all(state);
        return Vec::new();
    }
    let Some(id) = state.current_id() else {
        state.status.error = Some(tr(lang, msg::tui::NO_SELECTION).to_string());
        return Vec::new();
    };
    match cmd {
        Cmd::CopyId => vec![Effect::Copy {
            what: id.clone(),
            text: id,
        }],
        Cmd::CopyRow => {
            let text = match state.rows.iter().position(|r| r.id == id) {
                Some(i) => row_text(lang, &state.rows[i], state.facts.get(i)),
                None => id.clone(),
            };
            vec![Effect::Copy {
                what: trf(lang, msg::dayc::COPY_ROW, &[("id", &id)]),
                text,
            }]
        }
        Cmd::Undo if state.settings.read_only => {
            state.status.error = Some(tr(lang, msg::tui::READ_ONLY).to_string());
            Vec::new()
        }
        Cmd::Undo => vec![Effect::Undo { id }],
        _ => Vec::new(),
    }
}

/// Marks every case the list shows (the filter and search in force), on the list only:
/// elsewhere "all" would mean cases the officer cannot see.
fn mark_all(state: &mut State) {
    let lang = state.lang();
    if !matches!(state.screen, Screen::List) {
        return;
    }
    let ids: Vec<String> = state
        .list
        .visible
        .iter()
        .map(|i| state.rows[*i].id.clone())
        .collect();
    state.list.marks.extend(ids);
    state.status.message = Some(trf(
        lang,
        msg::dayc::MARKED_ALL,
        &[("count", &state.list.marks.len())],
    ));
}

/// The row as it pastes into a spreadsheet: one cell per column, tab-separated.
pub fn row_text(lang: Lang, r: &CaseSummary, f: Option<&RowFacts>) -> String {
    let due = f
        .and_then(|f| f.due)
        .map_or(String::new(), |d| d.date.format("%Y-%m-%d").to_string());
    let cells = [
        r.id.clone(),
        r.name.clone(),
        r.field.map_or(String::new(), |x| x.label(lang).to_string()),
        r.kind.label(lang).to_string(),
        r.stage.label(lang).to_string(),
        r.issuer.clone(),
        r.taker.clone().unwrap_or_default(),
        due,
        r.amount.map_or(String::new(), |a| a.wan_string()),
    ];
    cells
        .iter()
        .map(|c| c.replace(['\t', '\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join("\t")
}
