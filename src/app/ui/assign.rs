//! `:assign [USER]` and `:unassign`: setting the 经办人 of the marked cases on the list,
//! else of the current case. Each case is written at the revision the screen shows, so a
//! case someone changed meanwhile is reported stale, not silently reassigned.

use crate::i18n::msg;
use crate::i18n::tr;

use super::action::Effect;
use super::state::{Screen, State};

/// Asks the backend to make `officer` (empty: nobody) the 经办人.
pub fn assign(state: &mut State, officer: String) -> Vec<Effect> {
    let lang = state.lang();
    if state.settings.read_only {
        state.status.error = Some(tr(lang, msg::tui::READ_ONLY).to_string());
        return Vec::new();
    }
    let ids: Vec<String> = match &state.screen {
        Screen::List if !state.list.marks.is_empty() => state.list.marks.iter().cloned().collect(),
        _ => state.current_id().into_iter().collect(),
    };
    if ids.is_empty() {
        state.status.error = Some(tr(lang, msg::tui::NO_SELECTION).to_string());
        return Vec::new();
    }
    let cases: Vec<(String, u64)> = ids
        .into_iter()
        .filter_map(|id| {
            let rev = match &state.screen {
                Screen::Detail(d) if d.detail.case.id == id => Some(d.detail.case.rev),
                _ => state.row_by_id(&id).map(|r| r.rev),
            }?;
            Some((id, rev))
        })
        .collect();
    vec![Effect::Assign { cases, officer }]
}

#[cfg(test)]
mod tests {
    use crate::app::ui::Settings;
    use crate::i18n::Lang;

    fn settings(user: &str) -> Settings {
        Settings {
            lang: Lang::Zh,
            ascii: false,
            no_color: true,
            read_only: false,
            store_path: String::new(),
            user: user.into(),
        }
    }

    #[test]
    fn me_is_the_user_name_without_the_ssh_client() {
        assert_eq!(settings("zhangsan").me(), "zhangsan");
        assert_eq!(settings("zhangsan@10.0.0.7").me(), "zhangsan");
        assert_eq!(settings("lisi@2001:db8::1").me(), "lisi");
        // Not an address after the `@`: part of the name.
        assert_eq!(settings("ops@example").me(), "ops@example");
    }
}
