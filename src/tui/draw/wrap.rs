//! Wrapping lines of Chinese text to an exact display width.
//!
//! ratatui's `Wrap` breaks on words; a run of Chinese has no spaces, and a line that ends
//! with a wide character one column short spilled it over the border. Here every line is
//! broken by character at its display width (never half a character), and a `label value`
//! line continues under its value, so a long address or e-mail stays readable.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// The widest first span treated as a label for the hanging indent.
const MAX_LABEL: usize = 14;

pub fn wrap_lines<'a>(lines: Vec<Line<'a>>, width: u16) -> Vec<Line<'a>> {
    let w = width.max(1) as usize;
    wrap_lines_by(lines, width, |l| hanging_indent(l, w))
}

/// As [`wrap_lines`], each line's continuations indented by `indent(line)` columns (for a
/// table whose last column starts at a fixed place, like the help's descriptions).
pub fn wrap_lines_by<'a>(
    lines: Vec<Line<'a>>,
    width: u16,
    indent: impl Fn(&Line) -> usize,
) -> Vec<Line<'a>> {
    let width = width.max(1) as usize;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let breaks = line.spans.iter().any(|sp| sp.content.contains('\n'));
        if !breaks && line.width() <= width {
            out.push(line);
            continue;
        }
        let indent = match indent(&line) {
            n if n * 2 < width => n,
            _ => 0,
        };
        let (style, alignment) = (line.style, line.alignment);
        let cells: Vec<(char, Style)> = line
            .spans
            .iter()
            .flat_map(|sp| sp.content.chars().map(move |c| (c, sp.style)))
            .collect();
        let mut start = 0;
        let mut first = true;
        while start < cells.len() {
            let lead = if first { 0 } else { indent };
            let end = break_at(&cells[start..], width.saturating_sub(lead).max(1)) + start;
            let hard = cells.get(end).is_some_and(|(c, _)| *c == '\n');
            let mut spans = Vec::new();
            if lead > 0 {
                spans.push(Span::raw(" ".repeat(lead)));
            }
            spans.extend(group(&cells[start..end]));
            out.push(finish(spans, style, alignment));
            // A continuation never starts with the space it was broken at; after a line
            // break of the text itself, its own indentation stays.
            start = end;
            if hard {
                start += 1;
            } else {
                while start < cells.len() && cells[start].0 == ' ' {
                    start += 1;
                }
            }
            first = false;
        }
    }
    out
}

/// At most `rows` of wrapped `lines`; when some are left out, the last one shown ends
/// with `more` (`…`; within `width` columns), so a cut pane never reads as complete.
pub fn clip_lines<'a>(
    mut lines: Vec<Line<'a>>,
    rows: usize,
    width: u16,
    more: &str,
) -> Vec<Line<'a>> {
    if lines.len() <= rows || rows == 0 {
        lines.truncate(rows);
        return lines;
    }
    lines.truncate(rows);
    let last = lines.pop().unwrap_or_default();
    let (style, alignment) = (last.style, last.alignment);
    let mut cells: Vec<(char, Style)> = last
        .spans
        .iter()
        .flat_map(|sp| sp.content.chars().map(move |c| (c, sp.style)))
        .collect();
    while cells.last().is_some_and(|(c, _)| *c == ' ') {
        cells.pop();
    }
    let room = (width as usize).saturating_sub(more.chars().filter_map(|c| c.width()).sum());
    while cells
        .iter()
        .map(|(c, _)| c.width().unwrap_or(0))
        .sum::<usize>()
        > room
    {
        cells.pop();
    }
    let ellipsis_style = cells.last().map(|(_, st)| *st).unwrap_or_default();
    cells.extend(more.chars().map(|c| (c, ellipsis_style)));
    lines.push(finish(group(&cells), style, alignment));
    lines
}

/// Closing punctuation that never starts a line (kinsoku): it stays with what it closes.
const NO_LINE_START: &str = "）」』】》〉，。、；：！？,.;:!?)]}";
/// Opening punctuation that never ends a line.
const NO_LINE_END: &str = "（「『【《〈([{";

/// How many cells fit in `width` columns. A line breaks after a space or next to a wide
/// character, never inside a run of ASCII (a word, a number, a date like `2026-11-20`) and
/// never before closing punctuation; only a token longer than the whole line is cut.
fn break_at(cells: &[(char, Style)], width: usize) -> usize {
    let mut used = 0;
    let mut last_opportunity = None;
    for (i, (c, _)) in cells.iter().enumerate() {
        if *c == '\n' {
            return i;
        }
        let breakable = i > 0 && may_break_before(cells, i);
        let w = c.width().unwrap_or(0);
        if used + w > width {
            if breakable {
                return i;
            }
            return match last_opportunity {
                Some(at) if at > 0 => at,
                _ => i.max(1),
            };
        }
        if breakable {
            last_opportunity = Some(i);
        }
        used += w;
    }
    cells.len()
}

/// Whether a new line may start at `cells[i]` (`i > 0`).
fn may_break_before(cells: &[(char, Style)], i: usize) -> bool {
    let (prev, c) = (cells[i - 1].0, cells[i].0);
    if NO_LINE_START.contains(c) || NO_LINE_END.contains(prev) {
        return false;
    }
    if prev == ' ' || c == ' ' {
        return true;
    }
    // ASCII punctuation next to Chinese (`"王某"`, `(第十二条)`) belongs to its neighbour.
    let wide = |ch: char| ch.width().unwrap_or(0) > 1;
    let punct = |ch: char| ch.is_ascii_punctuation();
    (wide(prev) && wide(c)) || (wide(prev) && !punct(c)) || (wide(c) && !punct(prev))
}

/// Consecutive cells of one style as one span.
fn group<'a>(cells: &[(char, Style)]) -> Vec<Span<'a>> {
    let mut spans: Vec<Span<'a>> = Vec::new();
    let mut text = String::new();
    let mut current: Option<Style> = None;
    for (c, st) in cells {
        if current.is_some_and(|s| s != *st) {
            spans.push(Span::styled(
                std::mem::take(&mut text),
                current.unwrap_or_default(),
            ));
        }
        current = Some(*st);
        text.push(*c);
    }
    if !text.is_empty() {
        spans.push(Span::styled(text, current.unwrap_or_default()));
    }
    spans
}

fn finish<'a>(
    spans: Vec<Span<'a>>,
    style: Style,
    alignment: Option<ratatui::layout::Alignment>,
) -> Line<'a> {
    let mut l = Line::from(spans).style(style);
    l.alignment = alignment;
    l
}

/// `label  value` lines (a short first span, then the value) continue under the value.
fn hanging_indent(line: &Line, width: usize) -> usize {
    if line.spans.len() < 3 {
        return 0;
    }
    let lead = line.spans[0].width();
    let label: usize = line.spans[..2].iter().map(|s| s.width()).sum();
    if lead > MAX_LABEL || lead * 2 >= width {
        0
    } else if label * 2 < width {
        label
    } else {
        // A label too long to hang under (a policy with its setting's name) still keeps
        // the continuation under its own line, past the bullet.
        lead
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn text(l: &Line) -> String {
        l.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn never_wider_than_the_pane_and_never_half_a_character() {
        let line = Line::from(vec![
            Span::raw("单位地址  "),
            Span::raw(" "),
            Span::raw("内蒙古自治区包头市经济技术开发区腾飞路187号"),
        ]);
        for w in 5..60u16 {
            let out = wrap_lines(vec![line.clone()], w);
            for l in &out {
                assert!(text(l).width() <= w as usize, "width {w}: {:?}", text(l));
            }
            let joined: String = out
                .iter()
                .map(|l| text(l).trim_start().to_string())
                .collect();
            assert!(joined.contains("腾飞路187号"), "nothing lost at {w}");
        }
    }

    #[test]
    fn latin_words_break_at_spaces() {
        let line = Line::from("[conflict of interest: issuer 长沙某化工设计院] [recused]");
        let out = wrap_lines(vec![line], 50);
        assert_eq!(
            text(&out[1]),
            "[recused]",
            "{:?}",
            out.iter().map(text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn label_lines_continue_under_the_value() {
        let line = Line::from(vec![
            Span::raw("联系人    "),
            Span::raw(" "),
            Span::raw("萧然 技术经理 17626193534 xiaoran@xtcx.ac.cn"),
        ]);
        let out = wrap_lines(vec![line], 40);
        assert_eq!(out.len(), 2);
        assert!(
            text(&out[1]).starts_with(&" ".repeat(11)),
            "{:?}",
            text(&out[1])
        );
    }

    #[test]
    fn a_date_is_never_split_and_closing_punctuation_stays() {
        let line = Line::from("延期申请须在计划结束日期 2026-11-20 之前提出（第十五条）。");
        for w in 10..40u16 {
            let out = wrap_lines(vec![line.clone()], w);
            let texts: Vec<String> = out.iter().map(text).collect();
            assert!(
                texts.iter().any(|t| t.contains("2026-11-20")),
                "width {w}: {texts:?}"
            );
            for t in &texts {
                assert!(t.width() <= w as usize, "width {w}: {t:?}");
                let first = t.trim_start().chars().next();
                assert!(
                    !first.is_some_and(|c| NO_LINE_START.contains(c)),
                    "width {w}: {texts:?}"
                );
            }
        }
    }

    #[test]
    fn a_token_longer_than_the_line_is_still_cut() {
        let out = wrap_lines(vec![Line::from("https://example.org/a/very/long/path")], 10);
        assert!(out.iter().all(|l| text(l).width() <= 10));
        assert_eq!(out.iter().map(text).collect::<String>().len(), 36);
    }

    #[test]
    fn a_cut_pane_ends_with_an_ellipsis() {
        let lines: Vec<Line> = ["一二三四五", "六七八九十", "甲乙丙丁戊"]
            .into_iter()
            .map(Line::from)
            .collect();
        let out = clip_lines(lines.clone(), 2, 10, "…");
        assert_eq!(
            out.iter().map(text).collect::<Vec<_>>(),
            ["一二三四五", "六七八九…"]
        );
        assert_eq!(
            clip_lines(lines, 3, 10, "…").len(),
            3,
            "nothing cut, nothing added"
        );
    }
}
