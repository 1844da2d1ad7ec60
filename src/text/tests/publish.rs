//! Texts of `crate::domain::rules::publish`, moved out of the domain's tests.

use crate::domain::credit_code::CreditCodeError;
use crate::domain::rules::fixtures::*;
use crate::domain::rules::*;
use crate::i18n::Lang;

#[test]
fn art_9_1_required_fields_are_listed_by_name() {
    let mut case = breakthrough();
    case.achievement.description = "  ".into();
    case.issuer.contact.mobile.clear();
    case.achievement.suggested_period = " ".into();
    case.achievement.estimated_investment = None;
    let unmet = check_publish(&case);
    assert_eq!(
        unmet,
        vec![
            Rule::MissingFields {
                paths: vec![
                    "issuer.contact.mobile",
                    "achievement.description",
                    "achievement.suggested_period",
                    "achievement.estimated_investment"
                ]
            }
            .into()
        ]
    );
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A9_1));
    let zh = unmet[0].message(Lang::Zh);
    assert!(zh.starts_with("第九条(一): "), "{zh}");
    assert!(zh.contains("发榜方联系人手机、拟转化科技成果情况"), "{zh}");
    let en = unmet[0].message(Lang::En);
    assert!(en.starts_with("Art. 9(1): "), "{en}");
    assert!(en.contains("Issuer contact mobile"), "{en}");
}

#[test]
fn art_9_3_issuer_credit_code_required_and_valid() {
    let mut case = breakthrough();
    case.issuer.credit_code.clear();
    assert_eq!(
        check_publish(&case),
        vec![
            Rule::IssuerCreditCode {
                error: CreditCodeError::Empty
            }
            .into()
        ]
    );
    case.issuer.credit_code = "91350100M000100Y44".into();
    let unmet = check_publish(&case);
    assert!(unmet[0].message(Lang::Zh).contains("校验位应为 3"));
    // Lower case as typed is accepted: it names the same code.
    case.issuer.credit_code = code("91150200MA0N00009").to_lowercase();
    assert_eq!(check_publish(&case), vec![]);
}

#[test]
fn art_7_1_transformation_issuer_owns_ip() {
    let mut case = transformation();
    case.achievement.owns_ip = Some(false);
    let unmet = check_publish(&case);
    assert_eq!(
        unmet,
        vec![
            Rule::IssuerLacksIp {
                owns_ip: Some(false)
            }
            .into()
        ]
    );
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A7_1));
    case.achievement.owns_ip = None;
    assert!(
        check_publish(&case)[0]
            .message(Lang::Zh)
            .contains("尚未填写")
    );
}
