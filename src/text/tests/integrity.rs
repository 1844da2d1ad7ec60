//! Texts of `crate::domain::rules::integrity`, moved out of the domain's tests.

use crate::domain::rules::fixtures::*;
use crate::domain::rules::*;
use crate::i18n::Lang;

fn entry(name: &str, code: &str) -> BlacklistEntry {
    BlacklistEntry {
        name: name.into(),
        credit_code: code.into(),
        reason: "科研失信".into(),
        listed_on: Some(d("2025-03-01")),
        source: "信用中国".into(),
    }
}

#[test]
fn art_14_issuer_found_by_credit_code() {
    let case = breakthrough();
    let list = Blacklist::new(vec![entry(
        "旧名称",
        &case.issuer.credit_code.to_lowercase(),
    )]);
    let unmet = check_integrity(&case, &list);
    assert_eq!(unmet.len(), 1);
    assert!(matches!(
        unmet[0].rule,
        Rule::Blacklisted {
            party: Party::Issuer,
            ..
        }
    ));
    assert_eq!(unmet[0].rule.source(), Source::from(Article::A14));
    let zh = unmet[0].message(Lang::Zh);
    assert!(
        zh.starts_with("第十四条: 发榜方「包头稀土永磁科技有限公司」"),
        "{zh}"
    );
    assert!(zh.contains("信用中国"));
    assert!(unmet[0].message(Lang::En).starts_with("Art. 14: issuer"));
}
