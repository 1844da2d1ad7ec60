//! Texts of `crate::domain::validate`, moved out of the domain's tests.

use crate::domain::case::{Objection, Tranche};
use crate::domain::rules::fixtures::*;
use crate::domain::validate::*;
use crate::domain::vocab::TrancheKind;
use crate::domain::*;
use crate::i18n::Lang;

fn problems(case: &Case) -> Vec<(&'static str, Severity, Problem)> {
    validate_case(case)
        .into_iter()
        .map(|i| (i.path, i.severity, i.problem))
        .collect()
}

#[test]
fn dates_in_the_forms_officers_type() {
    let want = d("2026-11-26");
    for ok in [
        "2026-11-26",
        "20261126",
        "2026/11/26",
        " 2026.11.26 ",
        "2026年11月26日",
        "２０２６－１１－２６",
    ] {
        assert_eq!(parse_date(ok), Ok(want), "{ok}");
    }
    assert_eq!(parse_date("2026-1-5"), Ok(d("2026-01-05")));
    for bad in [
        "2026-02-30",
        "26-11-26",
        "20261332",
        "next week",
        "",
        "2026-11",
    ] {
        assert!(parse_date(bad).is_err(), "{bad}");
    }
    let msg = parse_date("11/26").unwrap_err().message(Lang::Zh);
    assert!(
        msg.contains("2026-11-26") && msg.contains("20261126") && msg.contains("11/26"),
        "{msg}"
    );
}

#[test]
fn lengths_count_characters_not_bytes() {
    assert_eq!(char_count("稀土永磁"), 4);
    let mut case = breakthrough();
    case.achievement.description = "字".repeat(LIMIT_DESCRIPTION);
    assert_eq!(validate_case(&case), vec![]);
    case.achievement.description.push('字');
    case.achievement.team = "队".repeat(LIMIT_TEAM + 1);
    let issues = validate_case(&case);
    assert_eq!(issues.len(), 2);
    assert_eq!(
        issues[0].message(Lang::Zh),
        "拟转化科技成果情况: 不超过3000字, 现为3001字"
    );
    assert_eq!(
        issues[1].message(Lang::En),
        "Team description: at most 1000 characters, found 1001"
    );
    assert_eq!(limit_of("takers.consortium.name"), Some(LIMIT_NAME));
    assert_eq!(limit_of("issuer.contact.email"), Some(LIMIT_EMAIL));
}

#[test]
fn bad_mobile_and_credit_code_are_errors_with_field_names() {
    let mut case = breakthrough();
    case.issuer.contact.mobile = "1380000000".into();
    case.takers[0].org.credit_code = "91350100M000100Y44".into();
    let issues = validate_case(&case);
    assert!(!can_save(&issues));
    assert_eq!(
        issues[0].message(Lang::Zh),
        "发榜方联系人手机: 应为11位手机号, 如 13800000000 (可加 +86)"
    );
    assert_eq!(issues[1].path, "takers.org.credit_code");
    assert!(
        issues[1]
            .message(Lang::Zh)
            .starts_with("揭榜方1 统一社会信用代码: ")
    );
    assert!(
        issues[1]
            .message(Lang::En)
            .starts_with("Applicant 1 unified social credit code")
    );
}

#[test]
fn missing_publish_fields_are_warnings_that_do_not_block_saving() {
    let mut case = breakthrough();
    case.issuer.credit_code.clear();
    case.issuer.contact.mobile.clear();
    case.field = None;
    let issues = validate_case(&case);
    assert!(can_save(&issues));
    assert_eq!(
        problems(&case),
        vec![
            (
                "issuer.credit_code",
                Severity::Warning,
                Problem::NeededToPublish
            ),
            (
                "issuer.contact.mobile",
                Severity::Warning,
                Problem::NeededToPublish
            ),
            ("field", Severity::Warning, Problem::NeededToPublish),
        ]
    );
    assert_eq!(
        issues[0].message(Lang::Zh),
        "发榜方统一社会信用代码: 发布榜单前须填写"
    );
}

#[test]
fn required_names_block_saving() {
    let mut case = breakthrough();
    case.achievement.name = " ".into();
    case.takers[0].consortium.push(Org::default());
    let issues = validate_case(&case);
    assert!(!can_save(&issues));
    let paths: Vec<&str> = issues.iter().map(|i| i.path).collect();
    assert_eq!(paths, vec!["achievement.name", "takers.consortium.name"]);
    assert_eq!(
        issues[1].message(Lang::Zh),
        "揭榜方1 联合体成员1 单位名称: 必填"
    );
}

#[test]
fn dates_amounts_and_lists() {
    let mut case = breakthrough();
    case.plan.end = Some(d("2026-10-01"));
    case.amounts.funds_received = Some(Yuan(-1));
    case.tranches.push(Tranche {
        amount: Yuan::ZERO,
        date: d("2026-12-01"),
        kind: TrancheKind::PreFunding,
        special: true,
        ..Tranche::default()
    });
    case.publicity.objections.push(Objection {
        received: d("2026-10-08"),
        by: "某单位".into(),
        resolved: Some(d("2026-10-07")),
        ..Objection::default()
    });
    case.acceptance.completion_pct = Some(120);
    case.issuer.staff_total = Some(10);
    case.issuer.staff_rd = Some(12);
    let issues = validate_case(&case);
    let msgs: Vec<String> = issues.iter().map(|i| i.message(Lang::Zh)).collect();
    assert_eq!(
        msgs,
        vec![
            "实施结束日期: 不得早于实施开始日期",
            "实际到账金额: 金额不能为负数",
            "第1笔补助 补助金额: 金额须大于 0",
            "第1条异议 处理完毕日期: 不得早于收到日期",
            "任务完成度: 应在 0 到 100 之间, 现为 120",
            "发榜方研发人员数: 12 人多于单位总人数 10 人",
            "第1笔补助 一事一议理由: 应填写",
        ]
    );
}

#[test]
fn a_stored_officer_must_be_a_clean_user_name() {
    let mut case = breakthrough();
    case.officer = "zhangsan".into();
    assert_eq!(validate_case(&case), vec![]);
    for (bad, problem) in [
        (" zhangsan", Problem::OfficerName),
        ("zhang\nsan", Problem::OfficerName),
        (
            &*"x".repeat(65),
            Problem::TooLong {
                max: LIMIT_OFFICER,
                actual: 65,
            },
        ),
    ] {
        case.officer = bad.to_string();
        assert_eq!(
            problems(&case),
            vec![("officer", Severity::Error, problem)],
            "{bad:?}"
        );
    }
    case.officer = "zhang\nsan".into();
    let msg = validate_case(&case)[0].message(Lang::Zh);
    assert!(msg.starts_with("经办人: "), "{msg}");
}
