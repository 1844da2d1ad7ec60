//! Terminal-safe text. Anything that came from an import, another officer or a file may
//! carry escape sequences (a hostile OSC 52 can write the officer's clipboard, a CSI can
//! repaint the screen) or bidi overrides that make text read differently from what it is.
//! Before such text reaches the terminal it goes through [`inert`] or [`inert_line`], which
//! show every such character as a visible escape (`\u{1b}`) instead of letting the terminal
//! act on it.

use std::borrow::Cow;
use std::fmt::Write;

/// Multi-line text: keeps `\n` (a `\r\n` pair becomes `\n`), escapes everything else unsafe.
pub fn inert(s: &str) -> Cow<'_, str> {
    sanitize(s, true)
}

/// Single-line text (list cells, status line): newlines are shown as `\n` too.
pub fn inert_line(s: &str) -> Cow<'_, str> {
    sanitize(s, false)
}

/// True when the terminal might act on `c` or draw it misleadingly.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi(c) || is_invisible_format(c)
}

/// Bidi embeddings, overrides, isolates and marks (the "Trojan Source" characters).
fn is_bidi(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Zero-width and other format characters that hide text or make two strings that look
/// equal differ. Mongolian free variation selectors (U+180B–180D, 180F) are real script
/// and stay.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200D}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{2060}'..='\u{2064}'
            | '\u{206A}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

fn sanitize(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let needs = |c: char| is_unsafe(c) && !(keep_newlines && c == '\n');
    let Some(first) = s.find(needs) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..first]);
    let mut chars = s[first..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\r' if keep_newlines && chars.peek() == Some(&'\n') => {}
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn clean_text_is_borrowed() {
        let s = "包头稀土研究院 — 钕铁硼晶界扩散\n第二行";
        assert!(matches!(inert(s), Cow::Borrowed(_)));
        assert!(matches!(inert_line("包头 abc"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_are_shown_not_sent() {
        assert_eq!(inert_line("\x1b[2J红"), "\\u{1b}[2J红");
        // OSC 52 would write the clipboard; both ESC and BEL become visible.
        assert_eq!(
            inert("a\x1b]52;c;ZXZpbA==\x07b"),
            "a\\u{1b}]52;c;ZXZpbA==\\u{7}b"
        );
        assert_eq!(inert("\u{9b}31m"), "\\u{9b}31m"); // C1 CSI
        assert_eq!(inert("x\x7fy"), "x\\u{7f}y");
    }

    #[test]
    fn bidi_and_zero_width_are_visible() {
        assert_eq!(inert("ab\u{202E}cd"), "ab\\u{202e}cd");
        assert_eq!(inert("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
        assert_eq!(inert("包\u{200B}头"), "包\\u{200b}头");
        assert_eq!(inert("\u{FEFF}名称"), "\\u{feff}名称");
    }

    #[test]
    fn newlines_depend_on_the_variant() {
        assert_eq!(inert("一\r\n二\n三"), "一\n二\n三");
        assert_eq!(inert("a\rb"), "a\\rb");
        assert_eq!(inert_line("一\r\n二\t三"), "一\\r\\n二\\t三");
        assert_eq!(inert("a\tb"), "a\\tb");
    }

    proptest! {
        #[test]
        fn output_is_always_safe(s in any::<String>()) {
            for out in [inert(&s), inert_line(&s)] {
                prop_assert!(!out.chars().any(|c| is_unsafe(c) && c != '\n'), "{out:?}");
            }
            prop_assert!(!inert_line(&s).contains('\n'));
        }

        #[test]
        fn sanitising_twice_changes_nothing(s in "[a-z\\x00-\\x1f\\x7f\u{80}-\u{9f}\u{202a}-\u{202e}包头]{0,40}") {
            let once = inert_line(&s).into_owned();
            prop_assert_eq!(inert_line(&once), once.as_str());
        }

        #[test]
        fn safe_text_passes_through(s in "[a-zA-Z0-9 包头稀土研究院，。、]{0,60}") {
            prop_assert_eq!(inert_line(&s), s.as_str());
        }
    }
}
