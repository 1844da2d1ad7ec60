//! Finding a case by its id: `/JB-2026-0058` or `/0058` puts the case first among the
//! search hits, and `:open ID` / `:goto ID` opens it from anywhere. Officers quote ids on
//! the phone by their number alone, so a bare number matches the id's last part.

use crate::i18n::msg;
use crate::i18n::{tr, trf};

use super::action::Effect;
use super::case_id::rows_with_id;
use super::cursor::move_to;
use super::state::State;

/// `:open ID`: the case opens in the detail view; the list cursor goes onto it when the
/// list shows it. Two cases sharing a number are listed for the officer to pick from.
pub fn open(state: &mut State, query: &str) -> Vec<Effect> {
    let lang = state.lang();
    let found = rows_with_id(&state.rows, query, None);
    let id = match found.as_slice() {
        [one] => state.rows[*one].id.clone(),
        [] => {
            state.status.error = Some(trf(lang, msg::goto::NONE, &[("id", &query.trim())]));
            return Vec::new();
        }
        many => {
            let ids: Vec<&str> = many.iter().map(|i| state.rows[*i].id.as_str()).collect();
            state.status.error = Some(trf(
                lang,
                msg::goto::SEVERAL,
                &[("id", &query.trim()), ("ids", &ids.join(" "))],
            ));
            return Vec::new();
        }
    };
    if let Some(pos) = state
        .list
        .visible
        .iter()
        .position(|i| state.rows[*i].id == id)
    {
        move_to(state, pos);
    } else {
        state.status.message = Some(tr(lang, msg::goto::HIDDEN).to_string());
    }
    state.pending_open = Some(id.clone());
    vec![Effect::LoadCase { id }]
}
