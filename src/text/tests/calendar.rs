//! Texts of `crate::domain::calendar`, moved out of the domain's tests.

use crate::domain::calendar::*;
use crate::i18n::Lang;

#[test]
fn file_errors_name_the_year_and_entry() {
    let bad_workday = "[2026]\nholidays = [ { name = \"国庆节\", from = 2026-10-01, to = 2026-10-07, work = [2026-10-09] } ]";
    let e = Calendar::from_toml(bad_workday).unwrap_err();
    assert!(
        e.contains("2026") && e.contains("国庆节") && e.contains("2026-10-09"),
        "{e}"
    );
    let en = Calendar::parse(bad_workday).unwrap_err().message(Lang::En);
    assert!(en.contains("not a Saturday or Sunday"), "{en}");

    let bad_date = "[2026]\nholidays = [ { name = \"春节\", from = 2026-02-30, to = 2026-02-23 } ]";
    assert!(Calendar::from_toml(bad_date).is_err());
    let missing = "[2026]\nholidays = [ { name = \"春节\", to = 2026-02-23 } ]";
    let e = Calendar::parse(missing).unwrap_err();
    assert!(matches!(
        e,
        CalendarError::Entry {
            year: 2026,
            problem: EntryProblem::BadDate { key: "from", .. },
            ..
        }
    ));
    let year = Calendar::parse("[twenty]\nnotice = \"x\"").unwrap_err();
    assert_eq!(
        year,
        CalendarError::YearKey {
            key: "twenty".into()
        }
    );
    let outside = "[2026]\nholidays = [ { name = \"元旦\", from = 2027-01-01, to = 2027-01-01 } ]";
    assert!(matches!(
        Calendar::parse(outside).unwrap_err(),
        CalendarError::Entry {
            problem: EntryProblem::OutsideYear { .. },
            ..
        }
    ));
    assert!(matches!(
        Calendar::parse("[2026").unwrap_err(),
        CalendarError::Syntax { .. }
    ));
}
