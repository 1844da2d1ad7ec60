//! Plain-text tables aligned by display width, so Chinese (two columns per character)
//! lines up. Every cell is made inert first: no escape byte from stored text reaches the
//! terminal.

use unicode_width::UnicodeWidthStr;

use crate::io::inert::inert_line;

pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Per column: right-align (numbers).
    right: Vec<bool>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            right: vec![false; header.len()],
        }
    }

    pub fn align_right(mut self, col: usize) -> Table {
        if let Some(r) = self.right.get_mut(col) {
            *r = true;
        }
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(
            cells
                .into_iter()
                .map(|c| inert_line(&c).into_owned())
                .collect(),
        );
    }

    pub fn render(&self) -> String {
        let n = self.header.len();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.width()).collect();
        for row in &self.rows {
            for (i, c) in row.iter().enumerate().take(n) {
                widths[i] = widths[i].max(c.width());
            }
        }
        let mut out = String::new();
        for line in std::iter::once(&self.header).chain(self.rows.iter()) {
            let mut text = String::new();
            for (i, cell) in line.iter().enumerate().take(n) {
                let pad = widths[i].saturating_sub(cell.width());
                let last = i + 1 == n;
                if self.right[i] {
                    text.push_str(&" ".repeat(pad));
                    text.push_str(cell);
                } else {
                    text.push_str(cell);
                    if !last {
                        text.push_str(&" ".repeat(pad));
                    }
                }
                if !last {
                    text.push_str("  ");
                }
            }
            out.push_str(text.trim_end());
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_columns_line_up_by_display_width() {
        let mut t = Table::new(&["id", "名称", "n"]).align_right(2);
        t.row(vec!["A".into(), "包头稀土".into(), "1".into()]);
        t.row(vec!["BB".into(), "PEM".into(), "22".into()]);
        let out = t.render();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[1], "A   包头稀土   1");
        assert_eq!(lines[2], "BB  PEM       22");
    }

    #[test]
    fn escape_sequences_are_inert() {
        let mut t = Table::new(&["x"]);
        t.row(vec!["a\x1b[2Jb\x1b]52;c;aGk=\x07".into()]);
        assert!(!t.render().contains('\x1b'));
        assert!(!t.render().contains('\x07'));
    }
}
