//! Pickers for the closed vocabularies: type to filter (id, label in either language, or
//! pinyin initials of the label), Left/Right to move, Space to toggle in a multi-select.

use crate::i18n::Msg;
use std::borrow::Cow;

use crate::i18n::Lang;

use super::label::Label;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    /// (stable id, label): a vocabulary's ids and messages, or options made when the form
    /// opened (a case's takers, by number and name).
    pub options: Vec<(Cow<'static, str>, Label)>,
    pub chosen: Vec<bool>,
    /// The highlighted option (an index into `options`).
    pub cursor: usize,
    pub filter: String,
    pub multi: bool,
}

impl Picker {
    pub fn new(options: Vec<(&'static str, Msg)>, multi: bool) -> Picker {
        let options = options
            .into_iter()
            .map(|(id, key)| (Cow::Borrowed(id), Label::Key(key)))
            .collect();
        Picker::with(options, multi)
    }

    pub fn with(options: Vec<(Cow<'static, str>, Label)>, multi: bool) -> Picker {
        let n = options.len();
        Picker {
            options,
            chosen: vec![false; n],
            cursor: 0,
            filter: String::new(),
            multi,
        }
    }

    /// The chosen ids, comma-separated (the field's raw value).
    pub fn raw(&self) -> String {
        self.options
            .iter()
            .zip(&self.chosen)
            .filter(|(_, c)| **c)
            .map(|((id, _), _)| id.as_ref())
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn set_raw(&mut self, raw: &str) {
        let ids: Vec<&str> = raw.split(',').map(str::trim).collect();
        for (i, (id, _)) in self.options.iter().enumerate() {
            self.chosen[i] = ids.contains(&id.as_ref());
        }
        if let Some(i) = self.chosen.iter().position(|c| *c) {
            self.cursor = i;
        }
    }

    fn matches(&self, i: usize) -> bool {
        if self.filter.is_empty() {
            return true;
        }
        let f = self.filter.to_lowercase();
        let (id, label) = &self.options[i];
        id.contains(&f)
            || Lang::ALL.iter().any(|l| {
                let text = label.text(*l).to_lowercase();
                let (initials, full) = pinyin_forms(&text);
                text.contains(&f) || initials.contains(&f) || full.contains(&f)
            })
    }

    /// Options that pass the filter, in order.
    pub fn visible(&self) -> Vec<usize> {
        (0..self.options.len())
            .filter(|i| self.matches(*i))
            .collect()
    }

    pub fn type_text(&mut self, s: &str) {
        if self.multi && s == " " {
            self.toggle();
            return;
        }
        self.filter.push_str(s);
        self.follow_filter();
    }

    pub fn backspace(&mut self) {
        self.filter.pop();
        self.follow_filter();
    }

    fn follow_filter(&mut self) {
        if let Some(first) = self.visible().first() {
            self.cursor = *first;
            if !self.multi {
                self.pick(*first);
            }
        }
    }

    fn pick(&mut self, i: usize) {
        for c in self.chosen.iter_mut() {
            *c = false;
        }
        self.chosen[i] = true;
    }

    /// Moves among the visible options; a single-select picks as it moves. On an empty
    /// single choice the first step in either direction picks the highlighted option (the
    /// first), so `->` never skips it and `<-` never lands on the last by surprise.
    pub fn step(&mut self, dir: i32) {
        let vis = self.visible();
        if vis.is_empty() {
            return;
        }
        if !self.multi && !self.chosen.iter().any(|c| *c) {
            let at = if vis.contains(&self.cursor) {
                self.cursor
            } else {
                vis[0]
            };
            self.cursor = at;
            self.pick(at);
            return;
        }
        let at = vis.iter().position(|i| *i == self.cursor).unwrap_or(0) as i32;
        let n = vis.len() as i32;
        self.cursor = vis[((at + dir).rem_euclid(n)) as usize];
        if !self.multi {
            self.pick(self.cursor);
        }
    }

    pub fn toggle(&mut self) {
        if self.multi {
            self.chosen[self.cursor] = !self.chosen[self.cursor];
        }
    }

    /// Clears the choice (for optional single selects: Delete / Ctrl-U).
    pub fn clear(&mut self) {
        for c in self.chosen.iter_mut() {
            *c = false;
        }
        self.filter.clear();
    }
}

/// The pinyin initials and the full pinyin of a label (first reading of each character),
/// so `tg` and `tongguo` both find 通过 as they find names in search.
fn pinyin_forms(text: &str) -> (String, String) {
    let mut initials = String::new();
    let mut full = String::new();
    for c in text.chars() {
        if let Some(r) = crate::search::pinyin::readings(c).first() {
            initials.push_str(&r[..1]);
            full.push_str(r);
        }
    }
    (initials, full)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Field, IpType};

    #[test]
    fn typing_filters_and_picks() {
        let mut p = Picker::new(Field::options(), false);
        p.type_text("氢");
        assert_eq!(p.raw(), "hydrogen");
        p.backspace();
        p.type_text("rare");
        assert_eq!(p.raw(), "rare_earth");
        p.step(1);
        assert_eq!(
            p.raw(),
            "rare_earth",
            "Right stays within the filtered options"
        );
    }

    #[test]
    fn the_first_step_on_an_empty_choice_picks_the_first_option() {
        let fields = || Picker::new(Field::options(), false);
        let mut p = fields();
        p.step(1);
        assert_eq!(p.raw(), Field::ALL[0].id());
        let mut p = fields();
        p.step(-1);
        assert_eq!(p.raw(), Field::ALL[0].id(), "not the last");
        p.step(-1);
        assert_eq!(
            p.raw(),
            Field::ALL.last().unwrap().id(),
            "wraps from the first"
        );
    }

    #[test]
    fn pinyin_initials_filter_the_options() {
        let mut p = Picker::new(Field::options(), false);
        p.type_text("xt");
        assert_eq!(p.raw(), "rare_earth");
    }

    #[test]
    fn multi_select_toggles_with_space() {
        let mut p = Picker::new(IpType::options(), true);
        p.type_text(" ");
        p.step(1);
        p.type_text(" ");
        assert_eq!(p.raw(), "patent,trademark");
        p.type_text(" ");
        assert_eq!(p.raw(), "patent");
        p.set_raw("copyright,other");
        assert_eq!(p.raw(), "copyright,other");
    }
}
