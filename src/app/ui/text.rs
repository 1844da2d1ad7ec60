//! Text for terminal cells: sanitising foreign text, measuring and truncating by display
//! width on character boundaries, and showing instants in Asia/Shanghai.

use chrono::{DateTime, FixedOffset, Utc};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::io::inert;

mod case;
mod rows;
pub use case::{LoadedCase, ShownCase};
pub use rows::{ShownRow, ShownRows};

/// The marker appended to truncated text: ASCII, so its width is the same everywhere.
pub const ELLIPSIS: &str = "..";

/// Text from the store, an import or another officer, made displayable: the only way to
/// build one is [`Shown::new`], which sanitises, so code that draws a `Shown` cannot have
/// forgotten to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shown(String);

impl Shown {
    /// One line: see [`sanitize`].
    pub fn new(s: &str) -> Shown {
        Shown(sanitize(s))
    }

    /// Several lines: see [`sanitize_lines`].
    pub fn lines(s: &str) -> Shown {
        Shown(sanitize_lines(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, to hand to the terminal.
    pub fn into_string(self) -> String {
        self.0
    }

    /// Pieces of shown text in order (our own made shown with [`Shown::new`]): shown text
    /// put together is shown text, so nothing is sanitised twice.
    pub fn concat<'a>(parts: impl IntoIterator<Item = ShownStr<'a>>) -> Shown {
        Shown(parts.into_iter().map(ShownStr::as_str).collect())
    }

    /// The text after `prefix`; a piece of shown text is shown text (sanitising escapes
    /// whole characters, so no cut can bring one back).
    pub fn strip_prefix(&self, prefix: &str) -> Option<Shown> {
        self.0.strip_prefix(prefix).map(|r| Shown(r.to_string()))
    }

    /// The text before and after the first `sep` (see [`Shown::strip_prefix`]).
    pub fn split_once(&self, sep: char) -> Option<(Shown, Shown)> {
        let (a, b) = self.0.split_once(sep)?;
        Some((Shown(a.to_string()), Shown(b.to_string())))
    }

    /// Columns on screen, counted on the sanitised text.
    pub fn width(&self) -> usize {
        width(&self.0)
    }

    /// Borrowed, to fit into a cell.
    pub fn as_shown(&self) -> ShownStr<'_> {
        ShownStr(&self.0)
    }
}

/// Borrowed shown text: a view into a [`Shown`] or into a row of [`ShownRows`], so the
/// cells of 100k rows are fitted without copying or sanitising them again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownStr<'a>(&'a str);

impl<'a> ShownStr<'a> {
    pub fn as_str(self) -> &'a str {
        self.0
    }

    /// Without surrounding whitespace: a piece of shown text is shown text.
    pub fn trimmed(self) -> ShownStr<'a> {
        ShownStr(self.0.trim())
    }

    pub fn to_shown(self) -> Shown {
        Shown(self.0.to_string())
    }

    /// `self`, a separator of ours and `other`: shown text joined is shown text.
    pub fn join(self, sep: &str, other: ShownStr<'_>) -> Shown {
        Shown(format!("{}{}{}", self.0, Shown::new(sep), other.0))
    }
}

impl<'a> From<&'a Shown> for ShownStr<'a> {
    fn from(s: &'a Shown) -> ShownStr<'a> {
        ShownStr(&s.0)
    }
}

impl std::ops::Deref for ShownStr<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

/// Read access only: a `Shown` is still built only by sanitising.
impl std::ops::Deref for Shown {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Shown {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Text being typed or pasted into a one-line input, as shown: the value sanitised, the
/// caret measured on the shown text (a typed U+202E takes eight columns once shown, not
/// zero), so the caret stays on the character it is at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownInput {
    text: Shown,
    /// Columns of the shown text before the caret.
    caret: usize,
}

impl ShownInput {
    pub fn of(input: &tui_input::Input) -> ShownInput {
        let value = input.value();
        let at = value
            .char_indices()
            .nth(input.cursor())
            .map_or(value.len(), |(i, _)| i);
        ShownInput {
            text: Shown::new(value),
            caret: width(&sanitize(&value[..at])),
        }
    }

    /// What `cols` columns show with the caret in view (the text is scrolled by whole
    /// characters, as the input scrolls), and the caret's column within them.
    pub fn window(&self, cols: usize) -> (Shown, usize) {
        let target = self.caret.max(cols) - cols;
        let mut skipped = 0;
        let visible: String = self
            .text
            .chars()
            .filter(|c| {
                if skipped < target {
                    skipped += char_width(*c);
                    return false;
                }
                true
            })
            .collect();
        (
            Shown(visible),
            (self.caret - skipped.min(self.caret)).min(cols),
        )
    }

    /// The whole value, read from its start (an input away from the caret).
    pub fn text(&self) -> &Shown {
        &self.text
    }
}

/// One line of foreign text for a terminal cell, by the CLI's policy (`io::inert`): control
/// characters (so any escape sequence), bidi overrides and isolates, zero-width and other
/// invisible format characters are shown as a visible `\u{..}` escape, never sent; a
/// newline is shown as `\n`. Mongolian and other scripts pass unchanged, free variation
/// selectors included. Common East-Asian ambiguous-width punctuation is then shown as
/// ASCII, because terminals disagree on its width (one or two cells) and a disagreement
/// shifts every cell after it.
fn sanitize(s: &str) -> String {
    narrow(&inert::inert_line(s))
}

/// Several lines of foreign text (a description, a note): as [`sanitize`], newlines kept.
fn sanitize_lines(s: &str) -> String {
    narrow(&inert::inert(s))
}

/// Whether [`narrow`] would change `c`.
fn is_ambiguous(c: char) -> bool {
    matches!(
        c,
        '\u{201C}'
            | '\u{201D}'
            | '\u{2033}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2032}'
            | '\u{2026}'
            | '\u{2014}'
            | '\u{2015}'
            | '\u{2013}'
            | '\u{00B7}'
            | '\u{2022}'
            | '\u{00D7}'
            | '\u{2190}'
            | '\u{2192}'
            | '\u{25CF}'
            | '\u{25B2}'
            | '\u{25A0}'
            | '\u{2605}'
            | '\u{2713}'
    )
}

/// The UTF-8 bytes that start (or are) a character sanitising may change: controls, and
/// the lead bytes of the blocks holding every unsafe or ambiguous character (U+0080–00FF,
/// U+0600–07FF, U+1000–1FFF, U+2000–2FFF, U+F000–FFFF, U+C0000–FFFFF). Han, kana, Latin
/// letters and digits never start with one, so a name is passed by one byte scan.
const MAY_NEED: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[0x7F] = true;
    let leads = [
        0xC2, 0xC3, 0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xE1, 0xE2, 0xEF, 0xF3,
    ];
    let mut i = 0;
    while i < leads.len() {
        t[leads[i]] = true;
        i += 1;
    }
    t
};

/// Whether `s` may hold a character [`sanitize`] changes (never false when it does).
fn may_need_work(s: &str) -> bool {
    s.bytes().any(|b| MAY_NEED[b as usize])
}

/// Sanitises `s` in place (one line), keeping its allocation when it is already clean,
/// as nearly every stored name is: 100k rows made shown cost no memory.
fn sanitize_in_place(s: &mut String) {
    if may_need_work(s) && s.chars().any(|c| inert::is_unsafe(c) || is_ambiguous(c)) {
        *s = sanitize(s);
    }
}

/// [`sanitize_in_place`] by the multi-line policy: newlines stay. Whether `s` changed.
fn sanitize_lines_in_place(s: &mut String) -> bool {
    let dirty = may_need_work(s)
        && s.chars()
            .any(|c| (inert::is_unsafe(c) && c != '\n') || is_ambiguous(c));
    if dirty {
        *s = sanitize_lines(s);
    }
    dirty
}

fn narrow(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{201C}' | '\u{201D}' | '\u{2033}' => out.push('"'),
            '\u{2018}' | '\u{2019}' | '\u{2032}' => out.push('\''),
            '\u{2026}' => out.push_str("..."),
            '\u{2014}' | '\u{2015}' => out.push_str("--"),
            '\u{2013}' => out.push('-'),
            '\u{00B7}' | '\u{2022}' => out.push('.'),
            '\u{00D7}' => out.push('x'),
            '\u{2190}' => out.push_str("<-"),
            '\u{2192}' => out.push_str("->"),
            '\u{25CF}' | '\u{25B2}' | '\u{25A0}' | '\u{2605}' | '\u{2713}' => out.push('*'),
            c => out.push(c),
        }
    }
    out
}

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

fn char_width(c: char) -> usize {
    if c.is_control() {
        1
    } else {
        UnicodeWidthChar::width(c).unwrap_or(0)
    }
}

/// Fits `s` into exactly `cols` columns: truncated on a character boundary with `..` when
/// too long (never half of a wide character), padded with spaces when short.
pub fn fit<'a>(s: impl Into<ShownStr<'a>>, cols: usize) -> String {
    let s = s.into().0;
    if width(s) <= cols {
        let pad = cols - width(s);
        return format!("{s}{}", " ".repeat(pad));
    }
    let budget = cols.saturating_sub(ELLIPSIS.len());
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = char_width(c);
        if used + w > budget {
            break;
        }
        out.push(c);
        used += w;
    }
    if cols >= ELLIPSIS.len() {
        out.push_str(ELLIPSIS);
        used += ELLIPSIS.len();
    }
    out.push_str(&" ".repeat(cols.saturating_sub(used)));
    out
}

/// [`fit`] without the padding: shown text still.
pub fn fit_trimmed<'a>(s: impl Into<ShownStr<'a>>, cols: usize) -> Shown {
    Shown(fit(s, cols).trim_end().to_string())
}

/// The char indices of `s` kept by [`fit`] (to place highlights on a truncated name).
pub fn kept_chars<'a>(s: impl Into<ShownStr<'a>>, cols: usize) -> usize {
    let s = s.into().0;
    if width(s) <= cols {
        return s.chars().count();
    }
    let budget = cols.saturating_sub(ELLIPSIS.len());
    let mut used = 0;
    let mut n = 0;
    for c in s.chars() {
        let w = char_width(c);
        if used + w > budget {
            break;
        }
        used += w;
        n += 1;
    }
    n
}

fn shanghai() -> FixedOffset {
    // China has no daylight saving time: UTC+8 all year.
    match FixedOffset::east_opt(8 * 3600) {
        Some(o) => o,
        None => chrono::Offset::fix(&Utc),
    }
}

/// `11-20 10:02` in Asia/Shanghai.
pub fn local_time(at: DateTime<Utc>) -> String {
    at.with_timezone(&shanghai())
        .format("%m-%d %H:%M")
        .to_string()
}

/// `10:42` in Asia/Shanghai.
pub fn clock(at: DateTime<Utc>) -> String {
    at.with_timezone(&shanghai()).format("%H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_scan_flags_every_character_sanitising_changes() {
        // Exhaustive over Unicode: a character the one-line or multi-line policy would
        // change always has a flagged byte, so the fast path never lets one through.
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let s = c.encode_utf8(&mut buf);
            if sanitize(s) != *s || sanitize_lines(s) != *s {
                assert!(may_need_work(s), "U+{:04X} passes the byte scan", c as u32);
            }
        }
        assert!(!may_need_work("包头稀土永磁材料 Baotou 2026 一期"));
        assert!(may_need_work("石\u{200b}墨烯"));
    }

    #[test]
    fn fit_never_splits_a_wide_character() {
        assert_eq!(fit(&Shown::new("掺氢长输管道"), 7), "掺氢.. ");
        assert_eq!(width(&fit(&Shown::new("掺氢长输管道"), 7)), 7);
        assert_eq!(fit(&Shown::new("掺氢长输管道"), 8), "掺氢长..");
        assert_eq!(fit(&Shown::new("abc"), 5), "abc  ");
        assert_eq!(fit(&Shown::new("掺氢"), 4), "掺氢");
        for cols in 0..14 {
            assert_eq!(
                width(&fit(&Shown::new("包头a稀土永磁b材料"), cols)),
                cols,
                "{cols}"
            );
        }
    }

    #[test]
    fn control_characters_are_inert() {
        assert_eq!(sanitize("a\x1b[31mb\n"), "a\\u{1b}[31mb\\n");
        assert_eq!(sanitize_lines("a\x1b[31mb\nc"), "a\\u{1b}[31mb\nc");
        assert_eq!(sanitize("“甲”…乙·丙"), "\"甲\"...乙.丙");
        assert!(!fit(&Shown::new("x\x1b]0;pwned\x07"), 20).contains('\x1b'));
    }

    #[test]
    fn bidi_and_invisible_characters_are_shown_as_the_cli_shows_them() {
        let hostile = "石\u{200d}墨\u{200b}烯\u{feff}";
        assert_eq!(sanitize(hostile), "石\\u{200d}墨\\u{200b}烯\\u{feff}");
        assert_eq!(sanitize("a\u{202e}b\u{2066}c"), "a\\u{202e}b\\u{2066}c");
        assert_eq!(
            sanitize(hostile),
            crate::io::inert::inert_line(hostile),
            "one policy for the TUI and the CLI"
        );
        // Mongolian keeps its letters and free variation selectors, and its width.
        let mongol = "ᠮᠣᠩᠭᠣᠯ\u{180b}";
        assert_eq!(sanitize(mongol), mongol);
        assert_eq!(width(&fit(&Shown::new(mongol), 10)), 10);
        assert_eq!(Shown::new(hostile).width(), width(&sanitize(hostile)));
    }

    #[test]
    fn the_caret_of_a_typed_value_is_measured_on_the_shown_text() {
        let mut input = tui_input::Input::new("a\u{202e}b".to_string());
        let shown = ShownInput::of(&input);
        assert_eq!(shown.window(40), (Shown::new("a\u{202e}b"), 10));
        // Eight columns: scrolled by whole characters so the caret stays in view.
        let (visible, caret) = shown.window(8);
        assert_eq!((visible.as_str(), caret), ("u{202e}b", 8));
        input = input.with_cursor(1);
        assert_eq!(ShownInput::of(&input).window(40).1, 1);
    }

    #[test]
    fn kept_chars_agrees_with_fit() {
        assert_eq!(kept_chars(&Shown::new("掺氢长输管道"), 8), 3);
        assert_eq!(kept_chars(&Shown::new("掺氢"), 4), 2);
    }
}
