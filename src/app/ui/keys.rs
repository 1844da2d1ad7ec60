//! Keys as the UI core sees them: a small closed type, independent of any terminal crate.
//! `src/tui` converts terminal events into [`KeyChord`]s; keymap files spell them as text
//! (`j`, `C-s`, `M-x`, `S-Tab`, `PageDown`, `Space`).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Insert,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
    F(u8),
}

/// A key with its modifiers, normalised so that equal chords compare equal: a character
/// carries its own case (no separate shift), Ctrl/Alt letters are lower case, Shift-Tab is
/// `BackTab`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyChord {
    pub key: Key,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

impl KeyChord {
    pub fn new(key: Key, ctrl: bool, alt: bool, shift: bool) -> KeyChord {
        let mut c = KeyChord {
            key,
            ctrl,
            alt,
            shift,
        };
        match c.key {
            Key::Char(ch) => {
                c.shift = false;
                if (c.ctrl || c.alt) && ch.is_ascii_uppercase() {
                    c.key = Key::Char(ch.to_ascii_lowercase());
                    c.shift = true;
                }
            }
            Key::Tab if c.shift => {
                c.key = Key::BackTab;
                c.shift = false;
            }
            Key::BackTab => c.shift = false,
            _ => {}
        }
        c
    }

    pub fn plain(key: Key) -> KeyChord {
        KeyChord::new(key, false, false, false)
    }

    pub fn ch(c: char) -> KeyChord {
        KeyChord::plain(Key::Char(c))
    }

    pub fn ctrl(c: char) -> KeyChord {
        KeyChord::new(Key::Char(c), true, false, false)
    }

    /// The character this chord types into a text field, if any.
    pub fn text(&self) -> Option<char> {
        match self.key {
            Key::Char(c) if !self.ctrl && !self.alt && !c.is_control() => Some(c),
            _ => None,
        }
    }

    /// Parses one key as written in a keymap file.
    pub fn parse(s: &str) -> Result<KeyChord, String> {
        if s.is_empty() {
            return Err("empty key".into());
        }
        if s.chars().count() == 1 {
            let c = s.chars().next().unwrap_or(' ');
            if c.is_control() {
                return Err(format!("control character in key {s:?}"));
            }
            return Ok(KeyChord::ch(c));
        }
        let (mut ctrl, mut alt, mut shift) = (false, false, false);
        let mut rest = s;
        // Modifiers are `X-` prefixes; the last part is the key itself (which may be `-`).
        while let Some((m, tail)) = rest.split_once('-') {
            if tail.is_empty() {
                break;
            }
            match m.to_ascii_lowercase().as_str() {
                "c" | "ctrl" | "control" => ctrl = true,
                "m" | "a" | "alt" | "meta" => alt = true,
                "s" | "shift" => shift = true,
                _ => return Err(format!("unknown modifier {m:?} in {s:?}")),
            }
            rest = tail;
        }
        let key = if rest.chars().count() == 1 {
            Key::Char(rest.chars().next().unwrap_or(' '))
        } else {
            match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" | "ret" | "cr" => Key::Enter,
                "esc" | "escape" => Key::Esc,
                "tab" => Key::Tab,
                "backtab" => Key::BackTab,
                "backspace" | "bs" => Key::Backspace,
                "del" | "delete" => Key::Delete,
                "ins" | "insert" => Key::Insert,
                "left" => Key::Left,
                "right" => Key::Right,
                "up" => Key::Up,
                "down" => Key::Down,
                "home" => Key::Home,
                "end" => Key::End,
                "pageup" | "pgup" => Key::PageUp,
                "pagedown" | "pgdn" => Key::PageDown,
                "space" | "spc" => Key::Char(' '),
                "lt" => Key::Char('<'),
                "gt" => Key::Char('>'),
                other => match other.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    Some(n) if (1..=24).contains(&n) => Key::F(n),
                    _ => return Err(format!("unknown key name {rest:?} in {s:?}")),
                },
            }
        };
        if let Key::Char(c) = key
            && shift
            && !ctrl
            && !alt
        {
            // `S-a` is just `A`.
            return Ok(KeyChord::ch(c.to_ascii_uppercase()));
        }
        Ok(KeyChord::new(key, ctrl, alt, shift))
    }
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("C-")?;
        }
        if self.alt {
            f.write_str("M-")?;
        }
        if self.shift {
            f.write_str("S-")?;
        }
        match self.key {
            Key::Char(' ') => f.write_str("Space"),
            Key::Char(c) => write!(f, "{c}"),
            Key::Enter => f.write_str("Enter"),
            Key::Esc => f.write_str("Esc"),
            Key::Tab => f.write_str("Tab"),
            Key::BackTab => f.write_str("S-Tab"),
            Key::Backspace => f.write_str("Backspace"),
            Key::Delete => f.write_str("Del"),
            Key::Insert => f.write_str("Ins"),
            Key::Left => f.write_str("Left"),
            Key::Right => f.write_str("Right"),
            Key::Up => f.write_str("Up"),
            Key::Down => f.write_str("Down"),
            Key::Home => f.write_str("Home"),
            Key::End => f.write_str("End"),
            Key::PageUp => f.write_str("PgUp"),
            Key::PageDown => f.write_str("PgDn"),
            Key::F(n) => write!(f, "F{n}"),
        }
    }
}

/// Parses a key script for tests and macros: plain characters type themselves, `<Name>`
/// is a named key or chord (`<Enter>`, `<C-s>`, `<Space>`), `<<` is a literal `<`.
pub fn script(s: &str) -> Result<Vec<KeyChord>, String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<' {
            if chars.peek() == Some(&'<') {
                chars.next();
                out.push(KeyChord::ch('<'));
                continue;
            }
            let name: String = chars.by_ref().take_while(|c| *c != '>').collect();
            out.push(KeyChord::parse(&name)?);
        } else {
            out.push(KeyChord::ch(c));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_chord_are_equal() {
        let a = KeyChord::parse("C-s").unwrap();
        assert_eq!(a, KeyChord::parse("Ctrl-s").unwrap());
        assert_eq!(a, KeyChord::parse("ctrl-S").unwrap().with_shift(false));
        assert_eq!(
            KeyChord::parse("S-Tab").unwrap(),
            KeyChord::plain(Key::BackTab)
        );
        assert_eq!(KeyChord::parse("Space").unwrap(), KeyChord::ch(' '));
        assert_eq!(KeyChord::parse("S-g").unwrap(), KeyChord::ch('G'));
        assert_eq!(KeyChord::parse("-").unwrap(), KeyChord::ch('-'));
        assert_eq!(
            KeyChord::parse("M--").unwrap(),
            KeyChord::new(Key::Char('-'), false, true, false)
        );
    }

    #[test]
    fn bad_keys_are_named() {
        assert!(KeyChord::parse("Hyper-x").unwrap_err().contains("Hyper"));
        assert!(KeyChord::parse("Enterr").unwrap_err().contains("Enterr"));
        assert!(KeyChord::parse("").is_err());
    }

    #[test]
    fn display_round_trips() {
        for s in [
            "j", "C-s", "M-x", "S-Tab", "PgDn", "Space", "F5", "Enter", "G",
        ] {
            let k = KeyChord::parse(s).unwrap();
            assert_eq!(KeyChord::parse(&k.to_string()).unwrap(), k, "{s}");
        }
    }

    #[test]
    fn scripts_mix_text_and_named_keys() {
        let keys = script("/bt<Enter><C-s><<").unwrap();
        assert_eq!(keys.len(), 6);
        assert_eq!(keys[3], KeyChord::plain(Key::Enter));
        assert_eq!(keys[5], KeyChord::ch('<'));
    }

    impl KeyChord {
        fn with_shift(mut self, s: bool) -> KeyChord {
            self.shift = s;
            self
        }
    }
}
