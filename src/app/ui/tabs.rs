//! The groups of the detail screen, in Tab order.

use crate::i18n::{Msg, msg};

/// The groups of the detail screen, in Tab order (i18n keys of their titles).
pub const DETAIL_TABS: &[Msg] = &[
    msg::tui::DETAIL_TAB_ISSUER,
    msg::tui::DETAIL_TAB_NEED,
    msg::tui::DETAIL_TAB_TAKERS,
    msg::tui::DETAIL_TAB_MONEY,
    msg::tui::DETAIL_TAB_REVIEWS,
    msg::tui::DETAIL_TAB_PUBLICITY,
    msg::tui::DETAIL_TAB_RACING,
    msg::tui::DETAIL_TAB_MIDTERM,
    msg::tui::DETAIL_TAB_ACCEPTANCE,
    msg::tui::DETAIL_TAB_HISTORY,
    msg::tui::DETAIL_TAB_NOTES,
];

/// One group (tab) of the detail screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Issuer,
    Need,
    Takers,
    Money,
    Reviews,
    Publicity,
    Racing,
    Midterm,
    Acceptance,
    History,
    Notes,
}

impl Tab {
    /// Every tab, in Tab order (the order of [`DETAIL_TABS`]).
    pub const ALL: [Tab; 11] = [
        Tab::Issuer,
        Tab::Need,
        Tab::Takers,
        Tab::Money,
        Tab::Reviews,
        Tab::Publicity,
        Tab::Racing,
        Tab::Midterm,
        Tab::Acceptance,
        Tab::History,
        Tab::Notes,
    ];

    /// Its place in Tab order, from 0.
    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    pub fn prev(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }

    pub fn title_msg(self) -> Msg {
        DETAIL_TABS[self.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_cycle_in_order_and_have_titles() {
        assert_eq!(Tab::ALL.len(), DETAIL_TABS.len());
        assert_eq!(Tab::Notes.next(), Tab::Issuer);
        assert_eq!(Tab::Issuer.prev(), Tab::Notes);
        assert_eq!(Tab::Takers.title_msg(), msg::tui::DETAIL_TAB_TAKERS);
        for (i, t) in Tab::ALL.iter().enumerate() {
            assert_eq!(t.index(), i);
        }
    }
}
