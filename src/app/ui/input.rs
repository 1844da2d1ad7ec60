//! Editing a one-line text input (search, filter, command line, dialogs, form fields).

use tui_input::{Input, InputRequest};

use super::commands::Cmd;

/// Applies an editing command to an input; false when `cmd` is not an editing command.
pub fn edit(input: &mut Input, cmd: Cmd) -> bool {
    let req = match cmd {
        Cmd::InputLeft => InputRequest::GoToPrevChar,
        Cmd::InputRight => InputRequest::GoToNextChar,
        Cmd::InputWordLeft => InputRequest::GoToPrevWord,
        Cmd::InputWordRight => InputRequest::GoToNextWord,
        Cmd::InputHome => InputRequest::GoToStart,
        Cmd::InputEnd => InputRequest::GoToEnd,
        Cmd::InputBackspace => InputRequest::DeletePrevChar,
        Cmd::InputDelete => InputRequest::DeleteNextChar,
        Cmd::InputDeleteWord => InputRequest::DeletePrevWord,
        Cmd::InputClear => InputRequest::DeleteLine,
        Cmd::InputKillEnd => InputRequest::DeleteTillEnd,
        _ => return false,
    };
    input.handle(req);
    true
}

/// Types text into an input, character by character.
pub fn insert(input: &mut Input, text: &str) {
    for c in text.chars() {
        input.handle(InputRequest::InsertChar(c));
    }
}
