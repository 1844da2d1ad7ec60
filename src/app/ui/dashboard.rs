//! The dashboard's figures: counts by stage x field, deadlines, stale cases and subsidy
//! totals. Every figure knows exactly which cases it counts, so Enter can open them.

use chrono::NaiveDate;

pub use crate::app::facts::STALE_DAYS;
use crate::app::facts::{OverdueKind, Publicity};
use crate::domain::{CaseSummary, Field, Stage, Yuan};

use super::backend::RowFacts;
/// A case of mine with a deadline within this many days needs me now.
pub const MINE_DUE_DAYS: i64 = 30;
/// Publicity periods ending within this many working days are listed.
pub const PUBLICITY_SOON_DAYS: u32 = 5;

/// A column of the grid: one main-line stage, the side exits together, or the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageCol {
    Main(Stage),
    Closed,
    Total,
}

/// A row of the grid: one field, cases with no field yet, or the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldRow {
    Field(Field),
    Unset,
    Total,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Cell(FieldRow, StageCol),
    /// 待我处理: open cases whose 经办人 is me and that are overdue, due within
    /// [`MINE_DUE_DAYS`] or stale.
    Mine,
    /// Any deadline passed (the `overdue` filter, the status bar's count).
    Overdue,
    /// Those of one kind of deadline: each kind has its own figure.
    Late(OverdueKind),
    PublicitySoon,
    Stale,
    Subsidy,
    /// Stored with a flagged rule breach (违规/待核).
    Breach,
}

pub fn columns() -> Vec<StageCol> {
    Stage::MAIN
        .iter()
        .map(|s| StageCol::Main(*s))
        .chain([StageCol::Closed, StageCol::Total])
        .collect()
}

pub fn field_rows() -> Vec<FieldRow> {
    Field::ALL
        .iter()
        .map(|f| FieldRow::Field(*f))
        .chain([FieldRow::Unset, FieldRow::Total])
        .collect()
}

/// The figures below the grid, in display order.
pub const FOOTER: &[Figure] = &[
    Figure::Mine,
    Figure::Overdue,
    Figure::Late(OverdueKind::Implementation),
    Figure::Late(OverdueKind::Midterm),
    Figure::Late(OverdueKind::Rectify),
    Figure::Late(OverdueKind::Acceptance),
    Figure::Late(OverdueKind::Publicity),
    Figure::PublicitySoon,
    Figure::Stale,
    Figure::Subsidy,
    Figure::Breach,
];

#[derive(Debug, Clone, Default)]
pub struct Dashboard {
    /// `counts[row][col]` in the order of [`field_rows`] and [`columns`].
    pub counts: Vec<Vec<u32>>,
    pub mine: u32,
    pub overdue: u32,
    /// Cases overdue by each kind, in the order of [`OverdueKind::ALL`].
    pub late: [u32; OverdueKind::ALL.len()],
    pub publicity_soon: u32,
    pub stale: u32,
    pub breach: u32,
    pub committed: Yuan,
    pub paid: Yuan,
    /// The charts below the figures, computed with them.
    pub charts: super::dashboard_charts::ChartData,
    /// Selected figure: `(row, col)`; row `counts.len()` is the footer.
    pub cursor: (usize, usize),
}

impl Figure {
    /// `me`: the officer running the program (only [`Figure::Mine`] reads it).
    pub fn contains(self, r: &CaseSummary, f: &RowFacts, today: NaiveDate, me: &str) -> bool {
        match self {
            Figure::Mine => {
                let due_soon = f
                    .due
                    .is_some_and(|d| (d.date - today).num_days() <= MINE_DUE_DAYS);
                r.is_officer(me) && !r.stage.is_closed() && (due_soon || f.is_overdue() || f.stale)
            }
            Figure::Cell(row, col) => {
                let row_ok = match row {
                    FieldRow::Field(x) => r.field == Some(x),
                    FieldRow::Unset => r.field.is_none(),
                    FieldRow::Total => true,
                };
                let col_ok = match col {
                    StageCol::Main(s) => r.stage == s,
                    StageCol::Closed => r.stage.position().is_none(),
                    StageCol::Total => true,
                };
                row_ok && col_ok
            }
            Figure::Overdue => f.is_overdue(),
            Figure::Late(k) => f.overdue.contains(k),
            Figure::PublicitySoon => matches!(
                f.publicity,
                Publicity::Running { days_left, .. } if (1..=PUBLICITY_SOON_DAYS).contains(&days_left)
            ),
            Figure::Stale => f.stale,
            Figure::Subsidy => f.subsidy_committed > Yuan::ZERO || r.subsidy_paid > Yuan::ZERO,
            Figure::Breach => f.breach,
        }
    }

    /// The filter query that selects exactly this figure's cases, when the language has
    /// one (a test checks each against [`Figure::contains`]).
    pub fn query(self) -> Option<String> {
        const CLOSED: &str = "stage:rejected,withdrawn,terminated";
        match self {
            Figure::Cell(row, col) => {
                let field = match row {
                    FieldRow::Field(f) => Some(format!("field:{}", f.id())),
                    FieldRow::Unset => return None,
                    FieldRow::Total => None,
                };
                let stage = match col {
                    StageCol::Main(s) => Some(format!("stage:{}", s.id())),
                    StageCol::Closed => Some(CLOSED.to_string()),
                    StageCol::Total => None,
                };
                Some(
                    [stage, field]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" "),
                )
            }
            Figure::Overdue => Some("overdue".into()),
            Figure::Breach => Some("breach".into()),
            Figure::Stale => Some(format!("stale>={STALE_DAYS}d -stage:completed -{CLOSED}")),
            // Their dates depend on the settings and the calendar, which the query
            // language does not name (and `Mine` is an "or" of them, which it cannot
            // say): the list pins the ids instead.
            Figure::Mine | Figure::Late(_) | Figure::PublicitySoon | Figure::Subsidy => None,
        }
    }
}

impl Dashboard {
    pub fn compute(
        rows: &[CaseSummary],
        facts: &[RowFacts],
        today: NaiveDate,
        me: &str,
    ) -> Dashboard {
        let cols = columns();
        let frows = field_rows();
        let mut counts = vec![vec![0u32; cols.len()]; frows.len()];
        let mut d = Dashboard::default();
        let none = RowFacts::default();
        let total_row = frows.len() - 1;
        let total_col = cols.len() - 1;
        for (i, r) in rows.iter().enumerate() {
            let f = facts.get(i).unwrap_or(&none);
            let ri = match r.field {
                Some(x) => Field::ALL.iter().position(|y| *y == x).unwrap_or(0),
                None => Field::ALL.len(),
            };
            let ci = r.stage.position().unwrap_or(Stage::MAIN.len());
            for (a, b) in [
                (ri, ci),
                (ri, total_col),
                (total_row, ci),
                (total_row, total_col),
            ] {
                counts[a][b] += 1;
            }
            d.mine += Figure::Mine.contains(r, f, today, me) as u32;
            d.overdue += Figure::Overdue.contains(r, f, today, me) as u32;
            for (n, k) in d.late.iter_mut().zip(OverdueKind::ALL) {
                *n += f.overdue.contains(k) as u32;
            }
            d.publicity_soon += Figure::PublicitySoon.contains(r, f, today, me) as u32;
            d.stale += Figure::Stale.contains(r, f, today, me) as u32;
            d.breach += Figure::Breach.contains(r, f, today, me) as u32;
            d.committed = d.committed + f.subsidy_committed;
            d.paid = d.paid + r.subsidy_paid;
        }
        d.counts = counts;
        d.charts = super::dashboard_charts::data(rows, facts, today);
        d
    }

    /// How many cases are overdue by deadlines of kind `k`.
    pub fn late(&self, k: OverdueKind) -> u32 {
        OverdueKind::ALL
            .iter()
            .position(|x| *x == k)
            .map_or(0, |i| self.late[i])
    }

    pub fn figure_at(&self, (row, col): (usize, usize)) -> Figure {
        let frows = field_rows();
        if row >= frows.len() {
            return FOOTER[col.min(FOOTER.len() - 1)];
        }
        let cols = columns();
        Figure::Cell(frows[row], cols[col.min(cols.len() - 1)])
    }

    pub fn selected(&self) -> Figure {
        self.figure_at(self.cursor)
    }

    fn row_len(&self, row: usize) -> usize {
        if row >= field_rows().len() {
            FOOTER.len()
        } else {
            columns().len()
        }
    }

    /// Moves the selection by `(drow, dcol)`, staying inside the grid and the footer. The
    /// footer's figures stand one under the other, so `j`/`k` step through them too.
    pub fn move_by(&mut self, drow: isize, dcol: isize) {
        let grid = field_rows().len();
        let (r, c) = self.cursor;
        if drow != 0 {
            // One vertical line: the grid's rows, then each footer figure.
            let v = if r >= grid { grid + c } else { r };
            let last = (grid + FOOTER.len() - 1) as isize;
            let nv = (v as isize + drow).clamp(0, last) as usize;
            self.cursor = match (nv >= grid, r >= grid) {
                (true, _) => (grid, nv - grid),
                (false, true) => (nv, 0),
                (false, false) => (nv, c),
            };
        }
        let (r, c) = self.cursor;
        let nc = (c as isize + dcol).clamp(0, self.row_len(r) as isize - 1);
        self.cursor = (r, nc as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_queries_name_stage_and_field() {
        let f = Figure::Cell(
            FieldRow::Field(Field::Hydrogen),
            StageCol::Main(Stage::Announcing),
        );
        assert_eq!(
            f.query().as_deref(),
            Some("stage:announcing field:hydrogen")
        );
        assert_eq!(
            Figure::Cell(FieldRow::Total, StageCol::Total)
                .query()
                .as_deref(),
            Some("")
        );
        assert_eq!(Figure::Cell(FieldRow::Unset, StageCol::Total).query(), None);
        assert_eq!(Figure::Subsidy.query(), None);
    }

    #[test]
    fn waiting_for_me_is_my_open_cases_that_are_late_due_or_stale() {
        use chrono::TimeZone;
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let fresh = chrono::Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap();
        let mut r = crate::search::tests::doc("永磁", "包头稀土", None);
        r.stage = Stage::Reviewing;
        r.updated_at = fresh;
        r.officer = "zhangsan".into();
        let due_in = |days: i64| RowFacts {
            due: Some(crate::domain::rules::Deadline {
                date: today + chrono::Duration::days(days),
                kind: crate::domain::rules::DeadlineKind::PublicityEnds,
                estimated: false,
            }),
            ..RowFacts::default()
        };
        let mine = |r: &CaseSummary, f: &RowFacts, me: &str| Figure::Mine.contains(r, f, today, me);
        let none = RowFacts::default();
        assert!(!mine(&r, &none, "zhangsan"), "nothing pressing");
        assert!(mine(&r, &due_in(MINE_DUE_DAYS), "zhangsan"));
        assert!(!mine(&r, &due_in(MINE_DUE_DAYS + 1), "zhangsan"));
        assert!(mine(&r, &due_in(-3), "zhangsan"), "past due");
        let mut late = RowFacts::default();
        late.overdue.insert(OverdueKind::Rectify);
        assert!(mine(&r, &late, "zhangsan"));
        assert!(!mine(&r, &late, "lisi"), "someone else's");
        assert!(!mine(&r, &late, ""), "nobody's");
        let stale = RowFacts {
            stale: true,
            ..RowFacts::default()
        };
        assert!(mine(&r, &stale, "zhangsan"), "stale");
        r.stage = Stage::Withdrawn;
        assert!(!mine(&r, &late, "zhangsan"), "closed");
        assert_eq!(Figure::Mine.query(), None);
    }

    #[test]
    fn cursor_stays_in_the_grid_and_footer() {
        let mut d = Dashboard::default();
        d.move_by(-1, -1);
        assert_eq!(d.cursor, (0, 0));
        d.move_by(100, 100);
        assert_eq!(d.cursor, (field_rows().len(), FOOTER.len() - 1));
        assert_eq!(d.selected(), Figure::Breach);
        d.move_by(-1, 0);
        assert_eq!(
            d.cursor,
            (field_rows().len(), FOOTER.len() - 2),
            "k steps up the footer"
        );
        d.move_by(-(FOOTER.len() as isize - 1), 0);
        assert_eq!(
            d.cursor,
            (field_rows().len() - 1, 0),
            "and back into the grid"
        );
        d.move_by(1, 0);
        assert_eq!(
            d.selected(),
            FOOTER[0],
            "j from the grid lands on the first figure"
        );
    }
}
