//! Texts of `crate::domain::rules::consistency`, moved out of the domain's tests.

use crate::domain::rules::fixtures::*;
use crate::domain::rules::*;

#[test]
fn headcount_parts_within_the_total() {
    let env = Env::new();
    let mut case = breakthrough();
    case.issuer.staff_total = Some(100);
    case.issuer.staff_bachelor = Some(100);
    case.issuer.staff_rd = Some(40);
    assert!(check_consistency(&case, &env.ctx("2026-12-01")).is_empty());
    case.issuer.staff_bachelor = Some(101);
    case.takers[0].org.staff_total = Some(10);
    case.takers[0].org.staff_rd = Some(11);
    let unmet = check_consistency(&case, &env.ctx("2026-12-01"));
    assert_eq!(unmet.len(), 2, "{unmet:?}");
    let zh = unmet[0].message(crate::i18n::Lang::Zh);
    assert!(
        zh.starts_with("数据一致性: 发榜方「包头稀土永磁科技有限公司」"),
        "{zh}"
    );
    assert!(zh.contains("101") && zh.contains("100"), "{zh}");
}
