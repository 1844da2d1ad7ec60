//! The officer's clipboard over SSH: OSC 52 (`ESC ] 52 ; c ; BASE64 BEL`) asks the
//! officer's own terminal, not the server, to take the text. Most terminals honour it;
//! tmux passes it on with `set -g set-clipboard on` (README).

use crate::i18n::msg;
use std::io::Write;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use crate::app::ui::action::Action;
use crate::i18n::{Lang, trf};

/// Terminals drop longer sequences (xterm's default limit is about 100 kB of base64).
pub const MAX_BYTES: usize = 74_000;

/// The escape sequence that puts `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text.as_bytes()))
}

/// Writes the sequence through the terminal backend, outside a frame, and says what came
/// of it: `Copied` for the confirmation, or why not.
pub fn copy(out: &mut impl Write, text: &str, what: String, lang: Lang) -> Action {
    if text.len() > MAX_BYTES {
        return Action::Failed(trf(lang, msg::dayc::COPY_TOO_LONG, &[("max", &MAX_BYTES)]));
    }
    match out
        .write_all(osc52(text).as_bytes())
        .and_then(|()| out.flush())
    {
        Ok(()) => Action::Copied { what },
        Err(e) => Action::Failed(e.to_string()),
    }
}
