//! crossterm key and mouse events to the UI core's [`KeyChord`] and [`MouseInput`].

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::ui::keys::{Key, KeyChord};
use crate::app::ui::mouse::{MouseInput, MouseKind};

/// The chord for a key press; `None` for releases and keys the UI has no use for.
pub fn chord(ev: &KeyEvent) -> Option<KeyChord> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let key = match ev.code {
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::Insert => Key::Insert,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::F(n) => Key::F(n),
        _ => return None,
    };
    let m = ev.modifiers;
    Some(KeyChord::new(
        key,
        m.contains(KeyModifiers::CONTROL),
        m.contains(KeyModifiers::ALT),
        m.contains(KeyModifiers::SHIFT),
    ))
}

/// A mouse event as the UI core takes it; moves and drags are not used.
pub fn mouse(m: &crossterm::event::MouseEvent, at_ms: u64) -> Option<MouseInput> {
    use crossterm::event::{MouseButton, MouseEventKind};
    let kind = match m.kind {
        MouseEventKind::Down(MouseButton::Left) => MouseKind::Click,
        MouseEventKind::ScrollUp => MouseKind::WheelUp,
        MouseEventKind::ScrollDown => MouseKind::WheelDown,
        _ => return None,
    };
    Some(MouseInput {
        kind,
        column: m.column,
        row: m.row,
        at_ms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_letters_and_ctrl_letters_normalise() {
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(chord(&ev), Some(KeyChord::ch('G')));
        let ev = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(chord(&ev), Some(KeyChord::parse("C-s").unwrap()));
        let ev = KeyEvent::new(KeyCode::Tab, KeyModifiers::SHIFT);
        assert_eq!(chord(&ev), Some(KeyChord::parse("S-Tab").unwrap()));
        let ev = KeyEvent::new(KeyCode::Char('中'), KeyModifiers::NONE);
        assert_eq!(chord(&ev).and_then(|c| c.text()), Some('中'));
    }
}
