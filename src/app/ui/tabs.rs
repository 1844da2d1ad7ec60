//! The groups of the detail screen, in Tab order.

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
    /// Every tab, in Tab order (the order of `nav::DETAIL_TABS`).
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

    /// i18n key of its title.
    pub fn title_key(self) -> &'static str {
        super::nav::DETAIL_TABS[self.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_cycle_in_order_and_have_titles() {
        assert_eq!(Tab::ALL.len(), super::super::nav::DETAIL_TABS.len());
        assert_eq!(Tab::Notes.next(), Tab::Issuer);
        assert_eq!(Tab::Issuer.prev(), Tab::Notes);
        assert_eq!(Tab::Takers.title_key(), "tui.detail.tab.takers");
        for (i, t) in Tab::ALL.iter().enumerate() {
            assert_eq!(t.index(), i);
        }
    }
}
