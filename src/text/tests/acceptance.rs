//! Texts of `crate::domain::rules::acceptance`, moved out of the domain's tests.

use crate::domain::rules::fixtures::*;
use crate::domain::rules::*;
use crate::domain::*;
use crate::i18n::Lang;

#[test]
fn art_13_completion_needs_a_passed_acceptance() {
    let mut case = transformation();
    assert!(check_completion(&case).is_empty());
    case.acceptance.verdict = Some(Verdict::Review);
    let unmet = check_completion(&case);
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A13));
    assert_eq!(
        unmet[0].message(Lang::Zh),
        "第十三条: 结项须验收通过（验收结论: 需要复议）"
    );
    assert_eq!(
        unmet[0].message(Lang::En),
        "Art. 13: completion needs a passed acceptance (verdict: Needs review)"
    );
    case.acceptance.verdict = None;
    assert!(
        check_completion(&case)[0]
            .message(Lang::Zh)
            .contains("尚无")
    );
}
