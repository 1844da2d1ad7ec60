//! Texts of `crate::domain::rules::takers`, moved out of the domain's tests.

use crate::domain::rules::fixtures::*;
use crate::domain::rules::*;
use crate::domain::*;

#[test]
fn art_4_8_subsidiary_by_name_or_code_and_through_a_member() {
    let mut case = transformation();
    case.takers[0].org.parent = case.issuer.name.clone();
    let unmet = check_for_review(&case);
    assert!(
        unmet.iter().any(|u| matches!(
            u.rule,
            Rule::SameUnit {
                subsidiary: true,
                ..
            }
        )),
        "{unmet:?}"
    );
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A4A8));

    let mut case = transformation();
    case.takers[0].org.parent = case.issuer.credit_code.to_lowercase();
    assert_eq!(
        check_for_review(&case).len(),
        1,
        "parent named by credit code"
    );

    // A consortium member whose parent is another member, whose parent is the issuer.
    let mut case = transformation();
    let mut mid = Org::named("中间控股公司");
    mid.parent = case.issuer.name.clone();
    let mut leaf = Org::named("孙公司");
    leaf.parent = "中间控股公司".into();
    case.takers[0].consortium = vec![leaf, mid];
    let unmet = check_for_review(&case);
    assert_eq!(unmet.len(), 2, "{unmet:?}");
    assert!(unmet[0].message(crate::i18n::Lang::Zh).contains("孙公司"));
}
