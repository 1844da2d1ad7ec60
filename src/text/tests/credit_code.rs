//! Texts of `crate::domain::credit_code`, moved out of the domain's tests.

use crate::domain::credit_code::*;
use crate::i18n::Lang;

#[test]
fn messages_name_the_position_and_expected_character() {
    let e = CreditCodeError::CheckChar {
        expected: '3',
        found: '4',
    };
    assert!(e.message(Lang::Zh).contains('3'));
    assert!(e.message(Lang::En).contains("check character"));
    let b = CreditCodeError::BadChar { pos: 9, ch: 'I' };
    assert!(
        b.message(Lang::Zh).contains("第9位"),
        "{}",
        b.message(Lang::Zh)
    );
}
