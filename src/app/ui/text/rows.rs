//! The case summaries as the TUI holds them: their text made shown once, when they enter
//! the UI, so the list draws, searches and highlights on the same characters.

use super::{ShownStr, sanitize_in_place};
use crate::app::ui::find::Hit;
use crate::domain::CaseSummary;
use crate::store::{id_order, sort_by_id};

/// The rows of the list, every name in them sanitised. Read as `&[CaseSummary]` (search,
/// sort, filters see the shown text, so a highlight lands where it is drawn); built only by
/// [`ShownRows::new`].
#[derive(Debug, Clone, Default)]
pub struct ShownRows(Vec<CaseSummary>);

impl ShownRows {
    /// Sanitises each row's text in place: a clean string (nearly all) keeps its
    /// allocation, so the TUI holds no second copy of 100k rows. The rows are put in id
    /// order if they are not in it already (the backend gives them so), so a row's index
    /// is its place in id order: the list sorts by id, and breaks ties, by index.
    pub fn new(mut rows: Vec<CaseSummary>) -> ShownRows {
        let in_order = rows
            .windows(2)
            .all(|w| id_order(&w[0].id) <= id_order(&w[1].id));
        if !in_order {
            sort_by_id(&mut rows, |r: &CaseSummary| &r.id);
        }
        for r in &mut rows {
            sanitize_in_place(&mut r.name);
            sanitize_in_place(&mut r.issuer);
            sanitize_in_place(&mut r.issuer_region);
            sanitize_in_place(&mut r.officer);
            if let Some(t) = &mut r.taker {
                sanitize_in_place(t);
            }
            for n in &mut r.other_names {
                sanitize_in_place(n);
            }
        }
        ShownRows(rows)
    }

    /// Row `i` for drawing.
    pub fn row(&self, i: usize) -> ShownRow<'_> {
        ShownRow(&self.0[i])
    }
}

impl std::ops::Deref for ShownRows {
    type Target = [CaseSummary];
    fn deref(&self) -> &[CaseSummary] {
        &self.0
    }
}

/// One row of [`ShownRows`]: its texts come out as [`ShownStr`].
#[derive(Debug, Clone, Copy)]
pub struct ShownRow<'a>(&'a CaseSummary);

impl<'a> ShownRow<'a> {
    /// The row's other fields (ids, stages, dates: nothing foreign to draw).
    pub fn summary(self) -> &'a CaseSummary {
        self.0
    }

    pub fn name(self) -> ShownStr<'a> {
        ShownStr(&self.0.name)
    }

    pub fn issuer(self) -> ShownStr<'a> {
        ShownStr(&self.0.issuer)
    }

    pub fn taker(self) -> Option<ShownStr<'a>> {
        self.0.taker.as_deref().map(ShownStr)
    }

    /// The name a search hit matched, as searched and as drawn.
    pub fn hit_text(self, h: &Hit) -> ShownStr<'a> {
        ShownStr(h.text(self.0))
    }
}

impl std::ops::Deref for ShownRow<'_> {
    type Target = CaseSummary;
    fn deref(&self) -> &CaseSummary {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str) -> CaseSummary {
        let mut r = CaseSummary::of(&crate::domain::rules::fixtures::breakthrough());
        r.name = name.to_string();
        r
    }

    #[test]
    fn a_clean_name_keeps_its_allocation_and_a_hostile_one_is_made_inert() {
        let clean = row("ᠮᠣᠩᠭᠣᠯ稀土永磁");
        let at = clean.name.as_ptr();
        let rows = ShownRows::new(vec![clean, row("石\u{200d}墨\u{202e}烯")]);
        assert_eq!(rows[0].name.as_ptr(), at, "no copy of a clean name");
        assert_eq!(rows[0].name, "ᠮᠣᠩᠭᠣᠯ稀土永磁");
        assert_eq!(rows.row(1).name().as_str(), "石\\u{200d}墨\\u{202e}烯");
    }
}
