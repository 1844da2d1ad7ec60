//! A multi-line text editor for the long descriptions: a caret over chars, soft-wrapped by
//! display width so Chinese paragraphs (one long line each) stay editable at 80 columns.

use unicode_width::UnicodeWidthChar;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LongText {
    chars: Vec<char>,
    /// Caret position, in chars (0..=len).
    pub caret: usize,
}

/// One screen row of wrapped text: chars `start..end` of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
}

fn cw(c: char) -> usize {
    c.width().unwrap_or(0)
}

impl LongText {
    pub fn new(text: &str) -> LongText {
        let chars: Vec<char> = text.chars().collect();
        let caret = chars.len();
        LongText { chars, caret }
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    pub fn insert(&mut self, s: &str) {
        for c in s.chars().filter(|c| *c == '\n' || !c.is_control()) {
            self.chars.insert(self.caret, c);
            self.caret += 1;
        }
    }

    pub fn backspace(&mut self) {
        if self.caret > 0 {
            self.caret -= 1;
            self.chars.remove(self.caret);
        }
    }

    pub fn delete(&mut self) {
        if self.caret < self.chars.len() {
            self.chars.remove(self.caret);
        }
    }

    pub fn left(&mut self) {
        self.caret = self.caret.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.caret = (self.caret + 1).min(self.chars.len());
    }

    pub fn home(&mut self, width: usize) {
        let rows = self.rows(width);
        self.caret = rows[self.caret_row(&rows)].start;
    }

    pub fn end(&mut self, width: usize) {
        let rows = self.rows(width);
        self.caret = rows[self.caret_row(&rows)].end;
    }

    pub fn clear(&mut self) {
        self.chars.clear();
        self.caret = 0;
    }

    /// Rows at `width` columns; a newline ends a row, a char that does not fit starts one.
    pub fn rows(&self, width: usize) -> Vec<Row> {
        let width = width.max(2);
        let mut rows = Vec::new();
        let (mut start, mut used) = (0, 0);
        for (i, c) in self.chars.iter().enumerate() {
            if *c == '\n' {
                rows.push(Row { start, end: i });
                start = i + 1;
                used = 0;
                continue;
            }
            let w = cw(*c);
            if used + w > width {
                rows.push(Row { start, end: i });
                start = i;
                used = 0;
            }
            used += w;
        }
        rows.push(Row {
            start,
            end: self.chars.len(),
        });
        rows
    }

    /// The row holding the caret (a caret at a wrap point belongs to the later row).
    pub fn caret_row(&self, rows: &[Row]) -> usize {
        rows.iter()
            .rposition(|r| r.start <= self.caret)
            .unwrap_or(0)
    }

    /// Caret as (row, display column) at `width`.
    pub fn caret_xy(&self, width: usize) -> (usize, usize) {
        let rows = self.rows(width);
        let r = self.caret_row(&rows);
        let col = self.chars[rows[r].start..self.caret.min(self.chars.len())]
            .iter()
            .map(|c| cw(*c))
            .sum();
        (r, col)
    }

    pub fn row_text(&self, row: Row) -> String {
        self.chars[row.start..row.end].iter().collect()
    }

    /// Moves the caret one row up (`-1`) or down (`1`) keeping its column; false at the
    /// first or last row, where the form moves to the neighbouring field instead.
    pub fn vertical(&mut self, width: usize, dir: i32) -> bool {
        let rows = self.rows(width);
        let r = self.caret_row(&rows);
        let target = if dir < 0 {
            match r.checked_sub(1) {
                Some(t) => t,
                None => return false,
            }
        } else if r + 1 < rows.len() {
            r + 1
        } else {
            return false;
        };
        let (_, col) = self.caret_xy(width);
        let row = rows[target];
        let mut used = 0;
        let mut pos = row.start;
        while pos < row.end && used + cw(self.chars[pos]) <= col {
            used += cw(self.chars[pos]);
            pos += 1;
        }
        self.caret = pos;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_wide_chars_and_tracks_the_caret() {
        let mut t = LongText::new("本项目针对低温");
        // 7 wide chars at 6 columns: 3 per row.
        let rows = t.rows(6);
        assert_eq!(rows.len(), 3);
        assert_eq!(t.row_text(rows[0]), "本项目");
        assert_eq!(t.caret_xy(6), (2, 2));
        t.caret = 3;
        assert_eq!(t.caret_xy(6), (1, 0));
        assert!(t.vertical(6, -1));
        assert_eq!(t.caret, 0);
        assert!(!t.vertical(6, -1));
        t.insert("a\nb");
        assert_eq!(t.text(), "a\nb本项目针对低温");
        t.backspace();
        t.backspace();
        assert_eq!(t.text(), "a本项目针对低温");
    }
}
